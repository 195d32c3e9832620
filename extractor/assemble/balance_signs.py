"""The sign of a balance no word gives, from the flows the article states beside it.

"Jamaica's trade balance reached US$1,950.4 million ... Imports were US$2,400.0 million
and exports US$449.6 million": nothing says deficit, but the article's own exports and
imports for the same parties and period differ by that amount, imports the larger. When
they do, within what their rounding allows, the balance takes their sign; otherwise it
stays as written (a surplus).
"""
from __future__ import annotations

from extractor.assemble.figure_changes import of_size
from models import TradeFact


def _key(fact: TradeFact) -> tuple:
    return (fact.reporter.iso3 if fact.reporter else None, fact.partner.iso3 if fact.partner else None,
            (fact.period.start, fact.period.end) if fact.period else None, fact.value.currency, fact.product,
            fact.modality, fact.role)


def _bounds(fact: TradeFact) -> tuple[float, float]:
    value = fact.value
    low = value.low if value.low is not None else value.amount
    high = value.high if value.high is not None else value.amount
    return min(low, high), max(low, high)


def sign_from_flows(facts: list[TradeFact], unsigned: set[str]) -> None:
    """Make an unsigned balance a deficit where the stated flows say imports exceed
    exports by its amount; in place."""
    flows: dict[tuple, dict[str, TradeFact]] = {}
    for fact in facts:
        if fact.measure in ("export", "import") and fact.period is not None:
            flows.setdefault(_key(fact), {}).setdefault(fact.measure, fact)
    for fact in facts:
        if fact.id not in unsigned or fact.measure != "balance" or fact.value.amount <= 0:
            continue
        pair = flows.get(_key(fact), {})
        if "export" not in pair or "import" not in pair:
            continue
        x_low, x_high = _bounds(pair["export"])
        m_low, m_high = _bounds(pair["import"])
        b_low, b_high = _bounds(fact)
        # the deficit the flows allow overlaps the stated size
        if x_high < m_low and m_low - x_high <= b_high and b_low <= m_high - x_low:
            value = fact.value
            fact.value = value.model_copy(update={"amount": -value.amount, "low": -b_high, "high": -b_low})
            if fact.change is not None:  # "deteriorated by 2.5%": a deficit's size grew
                fact.change = of_size(fact.change, fact.value.amount)
