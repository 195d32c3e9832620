"""A figure against the one it is compared with: its stated change, its direction word.

"rose 9.3% to $325.65 million from $298.06 million": 325.65 / 298.06 must be a rise
the stated 9.3% allows. "widened to $148.79 million, up from $113.24 million": the
later surplus must be the larger. A balance's change and direction are those of its
size, and are not defined when it changes sign.
"""
from __future__ import annotations

from collections.abc import Iterator

from extractor.check import describe
from extractor.check.figures import ArticleFigures, change_interval, comparable, months_apart, value_interval
from extractor.check.intervals import Interval, corners, growth
from extractor.check.rules.verdict import verdict
from models import Check, TradeFact


def check(figures: ArticleFigures) -> Iterator[Check]:
    for fact in figures.facts:
        if fact.change is not None:
            # (not a forecast's: a poll's figure beside the actual one takes the sentence's
            # change as often as not, "below the median forecast of an $8.9 billion surplus
            # in a Reuters poll, and down 26.1% from the $11.03 billion surplus")
            if fact.modality == "actual" and fact.change.against \
                    and (basis := figures.by_id.get(fact.change.against)) is not None \
                    and comparable(fact, basis) and _one_step_back(fact, basis):
                yield _change(fact, basis)
        elif fact.trend is not None and (before := figures.compared(fact)) is not None and comparable(fact, before):
            yield _direction(fact, before)


def _one_step_back(now: TradeFact, before: TradeFact) -> bool:
    """Whether the figure compared with is of the period a stated change is measured
    against: the period before, or the same one a year earlier (or one of unknown period).
    "grew 9.1 per cent to $83.9b in 2020-21, up from $58.5b in 2014-15": the percentage is
    the last year's, the figure six years older; they say nothing of each other."""
    if now.period is None or before.period is None or None in (now.period.start, now.period.end,
                                                               before.period.start, before.period.end):
        return True
    length = months_apart(now.period.start, now.period.end) + 1
    back = months_apart(before.period.start, now.period.start)
    return back in (0, length, 12)


def implied_growth(now: TradeFact, before: TradeFact) -> Interval | None:
    """The change from ``before`` to ``now`` their figures allow, in percent of size."""
    if now.value.currency != before.value.currency:
        return None
    a, b = value_interval(now), value_interval(before)
    if a.straddles_zero() or b.straddles_zero() or (a.low < 0) != (b.low < 0):
        return None  # a balance that changes sign has no percentage change
    return corners(growth, a.magnitude(), b.magnitude())


def _change(now: TradeFact, before: TradeFact) -> Check:
    implied = implied_growth(now, before)
    stated = change_interval(now)
    where = describe.where(now)
    said = describe.moved(now.change)
    digits = describe.decimals_of(now.change.text)
    figures = f"{describe.quoted(now)} against {describe.quoted(before)} {describe.period(before)}"
    return verdict(
        "change", [now.id, before.id], stated, implied, now.change.percent,
        consistent=f"{where} {said} to {describe.quoted(now)}; {figures} is {describe.change_range(implied, digits)}."
        if implied else "",
        inconsistent=f"{where} {said}, says the article; {figures} is {describe.change_range(implied, digits)}."
        if implied else "",
        unverifiable=f"{where} {said}, but {figures} cannot be compared as a percentage "
                     "(different currencies, or a balance that changed sign).",
    )


def _direction(now: TradeFact, before: TradeFact) -> Check:
    implied = implied_growth(now, before)
    trend = now.trend
    where = describe.where(now)
    figures = f"{describe.quoted(now)} against {describe.quoted(before)} {describe.period(before)}"
    # The word allows any growth of its sign; no growth at all is within rounding of both.
    stated = Interval(0.0, float("inf")) if trend.sign > 0 else Interval(float("-inf"), 0.0)
    return verdict(
        "direction", [now.id, before.id], stated, implied, float(trend.sign),
        consistent=f'{where} "{trend.word}": {figures} is {describe.change_range(implied)}.' if implied else "",
        inconsistent=f'{where} "{trend.word}", says the article, but {figures} is {describe.change_range(implied)}.'
        if implied else "",
        unverifiable=f'{where} "{trend.word}", but {figures} cannot be compared (different currencies, '
                     "or a balance that changed sign).",
    )
