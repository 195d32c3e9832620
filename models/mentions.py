"""Mentions: located, normalised things the recognisers find in text.

Every mention has ``kind``, ``text``, ``start`` and ``end`` with
``article_text[start:end] == text``; the rest depends on the kind.
"""
from datetime import date
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field


class _Located(BaseModel):
    model_config = ConfigDict(frozen=True)

    text: str
    start: int
    end: int


class MoneyMention(_Located):
    """An amount of money: "$237.22 million", "1.94 billion dlrs", "USD34.6 million".

    ``amount`` has the scale applied (892.3 million is 892300000.0). ``step`` is the
    unit of the last stated digit, also scaled ("1.8 billion" has step 1e8), so the
    stated figure stands for ``amount ± step / 2``. A range ("15 to 20 billion") has
    ``amount`` at its low end and ``amount_high`` at its top. ``inherited`` says the
    currency or scale came from an earlier figure ("... from 10.91 billion"), and
    ``converted`` holds a second statement of the same amount in another currency
    ("11.3 trillion riel ($2.806 billion)").
    """

    kind: Literal["money"] = "money"
    amount: float
    currency: str | None = Field(None, description="ISO 4217 code, historic codes included")
    step: float = 0.0
    amount_high: float | None = None
    inherited: bool = False
    converted: "MoneyMention | None" = None


class PercentMention(_Located):
    """A percentage: "15.3%", "9.3 per cent", "six pct", "over two-thirds".

    ``value`` is in percent (15.3 for 15.3 %); ``points`` marks percentage points,
    which are differences of two percentages, not relative changes. ``qualifier``
    keeps "over", "about", "nearly" and the like, since "over two-thirds" is a bound.
    """

    kind: Literal["percent"] = "percent"
    value: float
    points: bool = False
    step: float = 0.0
    qualifier: str | None = None
    fraction: bool = False


ComparisonRule = Literal[
    "year_earlier",        # "a year earlier", "year-on-year", "the year-earlier period"
    "same_period_of_year",  # "the same period of 2023" (uses ``year``)
    "previous_period",      # "the month before", "the previous quarter"
    "to_date",              # "year to date", "since the beginning of the year": 1 January to the period's end
    "rolling_year",         # "on a 12-month basis", "over the past 12 months": the year to the period's end
    "whole_year",           # "for the whole year", "full-year exports": the calendar year the period ends in
    "same_period_this_year",  # "in the same period this year": the period reported, in ``year`` (of publication)
    "from_start",           # "exports since July": from the start of the period given to the period's end
]


class PeriodMention(_Located):
    """A period as an inclusive date range: "the first two months of 2024".

    ``period_start``/``period_end`` are None when the text and the publication date
    cannot fix them. A comparison period ("a year earlier", "the same period of
    2023") is resolved against the period it compares with; until then it carries
    its ``comparison`` rule. ``relative`` marks periods resolved against the
    publication date ("last year", "in January").
    """

    kind: Literal["period"] = "period"
    period_start: date | None = None
    period_end: date | None = None
    granularity: Literal["day", "month", "quarter", "half", "year", "span", "fiscal_year"] | None = None
    relative: bool = False
    comparison: ComparisonRule | None = None
    year: int | None = None


class EconomyMention(_Located):
    """An economy: a country, a demonym, a capital standing for a government, a group.

    ``code`` is ISO 3166-1 alpha-3 (historic codes kept: DEU for West Germany, SUN for
    the Soviet Union) or a group code from the guidelines (EU, ASEAN, OPEC, GCC, WEST,
    EASTBLOC). ``form`` says how it was named.
    """

    kind: Literal["economy"] = "economy"
    code: str
    name: str
    form: Literal["name", "demonym", "capital", "group", "alias"] = "name"


Mention = Annotated[
    Union[MoneyMention, PercentMention, PeriodMention, EconomyMention],
    Field(discriminator="kind"),
]
