"""A figure stated in two currencies against that year's average exchange rate.

"11.3 trillion riel ($2.806 billion)" implies 4,027 riel to the dollar; the 2023
average was about 4,111. Only a rate more than a factor of two away from the average is
flagged (extractor.data.exchange_rates): daily rates and rounding move a few per cent,
a slipped "million" for "billion" or a wrong currency moves far more.
"""
from __future__ import annotations

from collections.abc import Iterator

from extractor.check import describe
from extractor.check.intervals import Interval, corners
from extractor.check.figures import ArticleFigures, value_interval
from extractor.check.rules.verdict import verdict
from extractor.data.exchange_rates import PLAUSIBLE_FACTOR, RATES
from models import Check, TradeFact


def check(figures: ArticleFigures) -> Iterator[Check]:
    for fact in figures.facts:
        if fact.value.converted is not None and fact.value.converted.amount and fact.value.currency:
            yield _rate(fact)


def _year(fact: TradeFact) -> int | None:
    if fact.period and fact.period.start and fact.period.end and fact.period.start.year == fact.period.end.year:
        return fact.period.start.year
    return None


def _rate(fact: TradeFact) -> Check:
    first, second = fact.value.currency, fact.value.converted.currency
    conv = fact.value.converted
    stated = abs(fact.value.amount) / abs(conv.amount)  # units of first per unit of second
    # Both figures are rounded: the rate they state is a range, not a point.
    rate_range = corners(lambda a, b: a / b, value_interval(fact).magnitude(),
                         Interval(conv.low if conv.low is not None else conv.amount,
                                  conv.high if conv.high is not None else conv.amount).magnitude())
    year = _year(fact)
    rates = RATES.get(year, {}) if year else {}
    both = f"{describe.quoted(fact)} ({describe.money(conv.amount, second, digits=4)})"
    said = f"{both} implies {describe.number(stated)} {first} per {second}"
    implied, average = None, 0.0
    if first in rates and second in rates:
        average = rates[first] / rates[second]
        implied = Interval(average / PLAUSIBLE_FACTOR, average * PLAUSIBLE_FACTOR)
    return verdict(
        "exchange_rate", [fact.id], rate_range or Interval.point(stated), implied, stated,
        consistent=f"{said}, plausible against the {year} average of about {describe.number(average)}."
        if implied else "",
        inconsistent=f"{said}; the {year} average was about {describe.number(average)}, so one of the two "
                     "figures is likely wrong (a scale or a currency)." if implied else "",
        unverifiable=f"{said}; the project's table of average rates has no {first}/{second} rate for "
                     f"{year or 'this period'}.",
    )
