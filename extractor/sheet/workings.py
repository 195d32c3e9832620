"""A check's arithmetic, step by step, for a reader who wants to redo it.

The check's message says what the figures imply; the workings show how: each stated
figure as the interval its rounding allows, then what follows from it ("exports $1.17
billion, +2%, imply 2022 exports of $1.142 billion to $1.153 billion"). They are
recomputed here with the checker's own interval helpers (extractor.check), so they
are the checker's arithmetic; this module only words the intermediate results, and
decides nothing: the verdict is the check's.
"""
from __future__ import annotations

import math
from datetime import date

from extractor.check import describe
from extractor.check.figures import change_interval, share_interval, value_interval
from extractor.check.intervals import Interval, before_growth, corners
from extractor.data.lexicon import RE_EXPORTS
from models import Check, Share, TradeFact

_PERCENT_RULES = {"change", "change_of_parts", "share", "direction"}


def workings(check: Check, facts: dict[str, TradeFact], shares: dict[str, Share]) -> list[str]:
    """Lines of arithmetic for ``check``; none where the message says it all."""
    involved = [facts[i] for i in check.facts if i in facts]
    try:
        if check.rule == "change_of_parts" and len(involved) == 3:
            steps = _parts_before(*involved[1:3])
        elif check.rule == "previous" and len(involved) == 4:
            steps = _parts_before(*involved[2:4])
        elif check.rule in ("total", "balance") and involved:
            steps = [_figure(f) for f in involved]
        else:
            steps = []
    except (ZeroDivisionError, OverflowError, ValueError):
        steps = []
    return steps + _against(check, involved, shares)


def _figure(fact: TradeFact) -> str:
    """"exports $1.17 billion: $1.165 billion to $1.175 billion"."""
    return f"{_measure(fact)} {describe.quoted(fact)}: {money_range(value_interval(fact), fact.value.currency)}"


def money_range(interval: Interval, currency: str | None) -> str:
    """"$1.165 billion to $1.175 billion": with the digits it takes to show the interval's
    width (describe's three would make $325.645 to $325.655 million both "$326 million")."""
    width = interval.high - interval.low
    size = max(abs(interval.low), abs(interval.high))
    if not math.isfinite(width):  # a bound ("over 346 billion"): describe words the open side
        return describe.money_range(interval, currency)
    if width <= 0 or size == 0:
        return describe.money(interval.low, currency)
    digits = min(9, max(3, math.ceil(math.log10(size / width)) + 2))
    return describe.money_range(interval, currency, digits)


def percent_range(interval: Interval) -> str:
    """"-7.25% to -7.15%": signed where a bound is negative, low end first, with the
    decimals it takes to show the interval's width."""
    signed = interval.low < 0
    if math.isinf(interval.high):
        return f"more than {describe.percent(interval.low, signed, 3)}"
    if math.isinf(interval.low):
        return f"less than {describe.percent(interval.high, True, 3)}"
    width = interval.high - interval.low
    if width <= 0:
        return describe.percent(interval.low, signed, 3)
    decimals = min(6, max(1, math.ceil(-math.log10(width)) + 1))
    low = describe.percent(interval.low, signed, decimals)
    high = describe.percent(interval.high, signed, decimals)
    return low if low == high else f"{low} to {high}"


def _parts_before(x: TradeFact, m: TradeFact) -> list[str]:
    """What each part's stated change implies for the period before."""
    lines = []
    for part in (x, m):
        rate = change_interval(part)
        if rate is None:
            continue
        before = corners(before_growth, value_interval(part), rate)
        if before is None:
            continue
        lines.append(f"{_measure(part)} {describe.quoted(part)}, {describe.signed_change(part.change)}, imply "
                     f"{_year_before(part)}{_measure(part)} of {money_range(before, part.value.currency)}")
    return lines


def _against(check: Check, involved: list[TradeFact], shares: dict[str, Share]) -> list[str]:
    """The stated number's interval beside the implied one: the comparison that decides."""
    if check.stated is None or check.implied_low is None or check.rule in ("direction", "exchange_rate"):
        return []
    implied = Interval(check.implied_low, check.implied_high if check.implied_high is not None else float("inf"))
    verdict = "they overlap" if check.status == "consistent" else "they do not overlap: inconsistent"
    if check.rule in _PERCENT_RULES or check.rule == "shares_sum":
        said = _stated_percent(check, involved, shares)
        return [f"stated {said}; the other figures give {percent_range(implied)}: {verdict}"]
    stated = involved[0] if involved else None
    if stated is None:
        return []
    said = f"{describe.quoted(stated)} ({money_range(value_interval(stated), stated.value.currency)})"
    return [f"stated {said}; the other figures give {money_range(implied, stated.value.currency)}: {verdict}"]


def _stated_percent(check: Check, involved: list[TradeFact], shares: dict[str, Share]) -> str:
    """"-7.2% (-7.25% to -7.15%)": the stated percentage and what its rounding allows."""
    interval = None
    if check.rule in ("change", "change_of_parts") and involved and involved[0].change is not None:
        interval = change_interval(involved[0])
    elif check.rule == "share" and check.facts and check.facts[0] in shares:
        interval = share_interval(shares[check.facts[0]])
    said = describe.percent(check.stated, signed=check.rule in ("change", "change_of_parts"), decimals=3)
    return f"{said} ({percent_range(interval)})" if interval is not None else said


_WORDS = {"export": "exports", "import": "imports", "total": "total trade", "balance": "balance"}


def _measure(fact: TradeFact) -> str:
    # (the re-exports a total is checked with are named so, not as all exports)
    return fact.product if fact.product == RE_EXPORTS else _WORDS.get(fact.measure, fact.measure)


def _year_before(fact: TradeFact) -> str:
    """"2022 ": the period a year before the fact's, named when it can be."""
    p = fact.period
    if p is None or p.start is None or p.end is None:
        return "earlier "
    try:
        start, end = _a_year_back(p.start), _a_year_back(p.end, last_day=True)
    except ValueError:
        return "earlier "
    return describe.date_range(start, end) + " "


def _a_year_back(day: date, last_day: bool = False) -> date:
    if day.month == 2 and day.day == 29:
        return date(day.year - 1, 2, 28) if last_day else date(day.year - 1, 3, 1)
    return day.replace(year=day.year - 1)
