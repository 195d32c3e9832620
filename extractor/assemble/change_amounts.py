"""Bracketed amounts of change read as the level compared with.

"Exports fell 6.1% compared to May 2022 (US$ 1,845 million)": translated copy puts the
amount of the change in the bracket where other copy puts the earlier level. The
article's own numbers tell which it is: the earlier level is the current figure less
the change, the amount of change the difference. A bracketed comparison figure that
matches the difference and not the earlier level is no figure of trade.
"""
from __future__ import annotations

from models import TradeFact

# How close (relatively) the bracketed amount must come to the difference the current
# figure and its percentage imply, and how far from the earlier level they imply.
_MATCHES = 0.02
_DIFFERS = 0.10


def _bracketed(fact: TradeFact, text: str) -> bool:
    return text[:fact.value.start].rstrip().endswith("(")


def drop_change_amounts(facts: list[TradeFact], text: str) -> list[TradeFact]:
    """``facts`` less the bracketed comparison figures that are amounts of change."""
    dropped: set[str] = set()
    for k, fact in enumerate(facts):
        if fact.role != "comparison" or not _bracketed(fact, text):
            continue
        current = next((c for c in reversed(facts[:k]) if c.role == "current" and c.measure == fact.measure
                        and c.change is not None and c.reporter == fact.reporter and c.partner == fact.partner), None)
        if current is None or current.change.percent <= -100:
            continue
        level = abs(current.value.amount)
        earlier = level / (1 + current.change.percent / 100)
        difference = abs(level - earlier)
        amount = abs(fact.value.amount)
        if difference and abs(amount - difference) <= _MATCHES * difference and abs(amount - earlier) > _DIFFERS * earlier:
            dropped.add(fact.id)
            if current.change.against == fact.id:
                current.change = current.change.model_copy(update={"against": None})
    return [f for f in facts if f.id not in dropped]
