"""Restatements of one figure: a headline, its lead and the body giving the same number
for the same series count once (GUIDELINES.md, "Restatements").

"Trade surplus up to CZK 18.4bn" over "... ended in a surplus of CZK 18.4bn in June"
is one fact. A figure stated again with other words ("over $3.1 billion" beside
"$3.169 billion") is another number and stays. The first statement is kept, with
any change or comparison a later one adds; references to a dropped fact move to it.
"""
from __future__ import annotations

from models import Share, TradeFact


def _series(fact: TradeFact) -> tuple:
    period = (fact.period.start, fact.period.end) if fact.period else None
    return (fact.measure, fact.reporter.iso3 if fact.reporter else None, fact.partner.iso3 if fact.partner else None,
            fact.value.amount, fact.value.currency, period, fact.modality, fact.product)


def drop_repeats(facts: list[TradeFact], shares: list[Share]) -> list[TradeFact]:
    """``facts`` less the repeats of an earlier statement; ``shares`` are re-pointed in place."""
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
        if first.change is None and fact.change is not None:
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
