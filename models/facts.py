"""The trade fact: one stated figure of an economy's goods trade, with its context."""
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from models.spans import Span

# The four scored measures; other kinds of figure may use their own names.
Measure = Literal["export", "import", "total", "balance"]
MEASURES: tuple[str, ...] = ("export", "import", "total", "balance")
Modality = Literal["actual", "forecast"]


class Economy(BaseModel):
    """An economy as a code (ISO 3166-1 alpha-3 or a group code) and a display name."""

    model_config = ConfigDict(frozen=True)

    iso3: str
    name: str


def iso3_of(economy: Economy | None) -> str | None:
    """An economy's code, or None for none (a fact with no partner is with the world)."""
    return economy.iso3 if economy is not None else None


class Money(BaseModel):
    """An amount in a currency (ISO 4217); ``low``/``high`` bound what its rounding allows."""

    amount: float
    currency: str | None
    low: float | None = None
    high: float | None = None


class Value(Money):
    """The figure as stated: the amount, its currency and where the text says it.

    A balance is signed: a surplus is positive, a deficit negative. ``low``/``high``
    bound what the stated figure may stand for given its rounding ("1.8 billion" is
    1.75 to 1.85 billion), with the sign applied.
    """

    text: str
    start: int
    end: int
    converted: Money | None = None


class Period(BaseModel):
    """The inclusive date range a figure covers; ``span`` locates ``text``."""

    start: date | None
    end: date | None
    text: str | None = None
    span: Span | None = None


class Change(BaseModel):
    """The stated percentage change against the comparison period, signed.

    ``against`` names the fact holding the figure the percentage is measured against
    when the sentence states it ("rose 9.3% to X from Y": Y's fact); ``against_period``
    what the words after the percentage measure it against, where they say: the period
    just before ("on the previous month") or the same period a year earlier ("year-on-
    year"); ``qualifier`` keeps "more than", "about" and the like.
    """

    percent: float
    text: str
    span: Span | None = None
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None
    against: str | None = None
    against_period: Literal["previous_period", "year_earlier"] | None = None
    # Said as better or worse ("improved 10%"): for a deficit the sign of its size turns.
    _by_merit: bool = PrivateAttr(default=False)


class Trend(BaseModel):
    """The direction word a figure is reported with ("widened to", "fell to"), signed.

    For a balance it is the direction of the size of the surplus or deficit: a
    deficit that "widened" grew in size.
    """

    word: str
    sign: Literal[-1, 1]
    span: Span


class TradeFact(BaseModel):
    """One stated trade figure.

    ``role`` says whether the figure is the one the sentence reports ("current") or
    the one it is compared with ("comparison": "rose to X from Y" makes Y one);
    ``compared_with`` names the fact holding the figure this one is compared with
    (X's fact points at Y's), so checks can pair the two periods. ``qualifiers`` keeps
    the words that make the figure a bound or an approximation ("more than", "about");
    ``basis`` how its sentence says the series is measured ("seasonally adjusted",
    "cif", "goods"), so that differently measured figures are not checked against each other.
    ``product`` names the part of the goods a figure is about ("oil", "rice", "goods and
    services") when it is not the economy's merchandise trade (GUIDELINES.md: such
    facts are neither rewarded nor penalised, and the checker leaves them out).
    """

    id: str
    measure: Measure | str
    modality: Modality = "actual"
    reporter: Economy | None = None
    partner: Economy | None = None
    value: Value
    period: Period | None = None
    change: Change | None = None
    sentence: Span
    role: Literal["current", "comparison"] = "current"
    compared_with: str | None = None
    trend: Trend | None = None
    qualifiers: list[str] = Field(default_factory=list)
    basis: list[str] = Field(default_factory=list)
    product: str | None = None
