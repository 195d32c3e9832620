"""Restatements of one figure: a headline, its lead and the body giving the same number
for the same series count once (GUIDELINES.md, "Restatements").

"Trade surplus up to CZK 18.4bn" over "... ended in a surplus of CZK 18.4bn in June"
is one fact. A figure stated again with other words ("over $3.1 billion" beside
"$3.169 billion") is another number and stays. The first statement is kept, with
any change or comparison a later one adds, a later year-on-year change in place of a
change against the period before (GUIDELINES.md ranks the year-on-year change first),
and a later change that tells the first's more exactly (a headline's "up 12%", the
body's "11.6 percent"); references to a dropped fact move to it.
"""
from __future__ import annotations

from extractor.assemble.timing import same_period_a_year_before
from models import Change, Share, TradeFact


def _series(fact: TradeFact) -> tuple:
    period = (fact.period.start, fact.period.end) if fact.period else None
    return (fact.measure, fact.reporter.iso3 if fact.reporter else None, fact.partner.iso3 if fact.partner else None,
            fact.value.amount, fact.value.currency, period, fact.modality, fact.product)


def drop_repeats(facts: list[TradeFact], shares: list[Share]) -> list[TradeFact]:
    """``facts`` less the repeats of an earlier statement; ``shares`` are re-pointed in place."""
    by_id = {fact.id: fact for fact in facts}
    kept: dict[tuple, TradeFact] = {}
    moved: dict[str, str] = {}
    out = []
    for fact in facts:
        first = kept.get(_series(fact))
        if first is None:
            kept[_series(fact)] = fact
            out.append(fact)
            continue
        moved[fact.id] = first.id
        if fact.change is not None and (first.change is None or _yearly(fact, by_id) and not _yearly(first, by_id)
                                        or _yearly(fact, by_id) == _yearly(first, by_id)
                                        and _finer(fact.change, first.change)):
            first.change = fact.change
        if first.compared_with is None and fact.compared_with is not None:
            first.compared_with = fact.compared_with
    if moved:
        for fact in out:
            if fact.compared_with in moved:
                fact.compared_with = moved[fact.compared_with]
        for share in shares:
            for side in (share.part, share.whole):
                if side.fact in moved:
                    side.fact = moved[side.fact]
    return out


def _finer(later: Change, first: Change) -> bool:
    """Whether a later statement's change is the first's told more exactly: a headline's
    "up 12%" over the body's "rose 11.6 percent". The later one's rounding interval is
    narrower and it lies within the first's."""
    if None in (later.low, later.high, first.low, first.high):
        return False
    return later.high - later.low < first.high - first.low and first.low <= later.percent <= first.high \
        and (later.percent >= 0) == (first.percent >= 0)


def _yearly(fact: TradeFact, by_id: dict[str, TradeFact]) -> bool:
    """Whether the fact's change is measured against the same period a year before, as
    its words say ("4% YoY") or as the figure it is compared with shows."""
    if fact.change is not None and fact.change.against_period is not None:
        return fact.change.against_period == "year_earlier"
    basis = by_id.get(fact.change.against) if fact.change and fact.change.against else None
    if basis is None or basis.period is None or fact.period is None:
        return False
    return (basis.period.start, basis.period.end) == same_period_a_year_before((fact.period.start, fact.period.end))
