"""What a balance said plainly counts, in a story that sets goods apart from it.

Releases that lead with the goods and services balance (the US, the UK, Denmark) call it
plainly "the trade deficit", then go on with "exports of goods and services", or give the
goods balance beside it ("The goods trade deficit widened to £38.9 billion"). Such a plain
balance is no merchandise figure (GUIDELINES.md): it is marked "goods and services", as a
balance that says so is, and the checker and the scorer leave it out.
"""
from __future__ import annotations

from extractor.assemble.discourse import FlowScope
from models import TradeFact

GOODS_AND_SERVICES = "goods and services"


def _plain_balance(fact: TradeFact) -> bool:
    return fact.measure == "balance" and not fact.product and "goods" not in fact.basis and fact.period is not None


def _code(economy) -> str | None:
    return economy.iso3 if economy is not None else None


def _goods_balance_beside(fact: TradeFact, facts: list[TradeFact]) -> bool:
    """"Britain's trade deficit widened to £8.4 billion in the three months to June. The
    goods trade deficit widened to £38.9 billion": a goods balance of the same reporter,
    partner and period that cannot be the same number."""
    return any(other.measure == "balance" and not other.product and "goods" in other.basis and other.period is not None
               and (other.period.start, other.period.end) == (fact.period.start, fact.period.end)
               and _code(other.reporter) == _code(fact.reporter) and _code(other.partner) == _code(fact.partner)
               and other.value.currency == fact.value.currency and other.modality == fact.modality
               and (other.value.high < fact.value.low or fact.value.high < other.value.low)
               for other in facts)


def mark_headline_balances(facts: list[TradeFact], scope: FlowScope) -> None:
    """Mark, in place, the plain balances that count services too: beside a goods balance
    of another amount, or followed (before any word of goods alone) by "exports of goods
    and services" ("The U.S. trade deficit rose to $61.9 billion in September. Exports of
    goods and services increased to $260.4 billion"); with them, the plain balances of
    their sentences (the one they were compared with)."""
    sentences = {(f.sentence.start, f.sentence.end) for f in facts
                 if _plain_balance(f) and (_goods_balance_beside(f, facts) or scope.services_next(f.value.end))}
    for fact in facts:
        if _plain_balance(fact) and (fact.sentence.start, fact.sentence.end) in sentences:
            fact.product = GOODS_AND_SERVICES
