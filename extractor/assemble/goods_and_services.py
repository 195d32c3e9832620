"""Figures that count services too, where no flow word of theirs says so.

A sentence may say goods and services together in other words than the flow's own ("the
total trade deficit including goods and services", "Taking merchandise and services
together, ...", "exported $8.9 billion worth of goods and services"). And releases that
lead with the goods and services balance (the US, the UK, Denmark) call it plainly "the
trade deficit", then go on with "exports of goods and services", or give the goods
balance beside it ("The goods trade deficit widened to £38.9 billion"). Such figures are
no merchandise figures (GUIDELINES.md): they are marked "goods and services", as a flow
that says so is, and the checker and the scorer leave them out.
"""
from __future__ import annotations

import re

from extractor.assemble.discourse import FlowScope
from models import TradeFact, iso3_of

GOODS_AND_SERVICES = "goods and services"

# Goods and services said together: "including goods and services", "for goods and
# services", "merchandise and services", "services and merchandise", "Including services".
_GOODS_AND_SERVICES = re.compile(
    r"\b(?:goods|merchandise)\s+and\s+services?\b|\bservices?\s+and\s+(?:goods|merchandise)\b"
    r"|\b(?:including|with)\s+services\b|\bservices\s+included\b", re.IGNORECASE)
_GOODS_ALONE = re.compile(r"\b(?:goods|merchandise|visible)\b", re.IGNORECASE)
_GOODS_AND_SERVICES_AFTER = re.compile(r"\s*(?:worth\s+)?of\s+(?:goods|merchandise)\s+and\s+services\b", re.IGNORECASE)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
# The flows said as what made a goods and services balance: "exports of X and imports of
# Y resulted in a goods and services deficit of Z" (US Census release wording).
_MADE_A_SERVICES_BALANCE = re.compile(
    r"\b(?:result(?:ed|ing|s)?\s+in|leav(?:es|ing)|left|produc(?:ed|ing|es)|yield(?:ed|ing|s)?)\s+(?:a|an|the)\s+"
    r"(?:[\w$.,-]+\s+){0,3}?(?:goods|merchandise)\s+and\s+services\s+(?:trade\s+)?(?:deficit|surplus|balance|gap)\b",
    re.IGNORECASE)


def said_with_services(text: str, sentence: tuple[int, int], figure: tuple[int, int]) -> bool:
    """Whether the figure's sentence says goods and services together before it, with no
    word of goods alone after that ("Exports of goods and services rose to X, while the
    merchandise deficit narrowed to Y": Y is of goods), or right after it ("exported $8.9
    billion worth of goods and services"), or as the balance it made ("exports of X and
    imports of Y resulted in a goods and services deficit of Z"); not in a list said
    respectively ("merchandise and services exports were X and Y respectively":
    lists.respective_parts)."""
    if _RESPECTIVELY.search(text, *sentence):
        return False
    if _GOODS_AND_SERVICES_AFTER.match(text, figure[1]):
        return True
    made = _MADE_A_SERVICES_BALANCE.search(text, figure[1], sentence[1])
    if made is not None and _GOODS_ALONE.search(text, sentence[0], made.start()) is None:
        return True
    found = None
    for found in _GOODS_AND_SERVICES.finditer(text, sentence[0], figure[0]):
        pass
    return found is not None and _GOODS_ALONE.search(text, found.end(), figure[0]) is None


def _another_series(fact: TradeFact, text: str) -> bool:
    """Whether the balance is said as another series of the same goods (_ANOTHER_SERIES)."""
    return _ANOTHER_SERIES.search(text, fact.sentence.start, fact.value.start) is not None


def _plain_balance(fact: TradeFact) -> bool:
    """A balance with the world said with no word of goods (a release's headline balance;
    a balance with one partner is of goods: "The U.S. deficit with China fell to X")."""
    return fact.measure == "balance" and not fact.product and "goods" not in fact.basis and fact.period is not None \
        and fact.partner is None


def _goods_balance_beside(fact: TradeFact, facts: list[TradeFact], text: str) -> bool:
    """"Britain's trade deficit widened to £8.4 billion in the three months to June. The
    goods trade deficit widened to £38.9 billion": a goods balance of the same reporter,
    partner and period that cannot be the same number (and is not another series of the
    same goods: "Excluding ships and aircraft, the goods deficit amounted to X")."""
    return any(other.measure == "balance" and not other.product and "goods" in other.basis and other.period is not None
               and not _another_series(other, text)
               and (other.period.start, other.period.end) == (fact.period.start, fact.period.end)
               and iso3_of(other.reporter) == iso3_of(fact.reporter) and iso3_of(other.partner) == iso3_of(fact.partner)
               and other.value.currency == fact.value.currency and other.modality == fact.modality
               and (other.value.high < fact.value.low or fact.value.high < other.value.low)
               for other in facts)


# Words that say a balance is another series of the same goods: one leaving a part out
# ("Excluding fuels, the deficit was X"), or not seasonally adjusted ("The unadjusted
# trade surplus was X", "In actual terms, the balance was X") beside an adjusted one.
_ANOTHER_SERIES = re.compile(r"\b(?:excluding|except|not\s+counting|unadjusted|non-seasonally|not\s+seasonally"
                             r"|in\s+actual\s+terms|on\s+an\s+actual\s+basis)\b", re.IGNORECASE)


def mark_headline_balances(facts: list[TradeFact], scope: FlowScope, text: str) -> None:
    """Mark, in place, the plain balances that count services too: beside a goods balance
    of another amount, or followed (before any word of goods alone) by "exports of goods
    and services" ("The U.S. trade deficit rose to $61.9 billion in September. Exports of
    goods and services increased to $260.4 billion"); with them, the plain balances of
    their sentences (the one they were compared with)."""
    sentences = {(f.sentence.start, f.sentence.end) for f in facts
                 if _plain_balance(f) and (_goods_balance_beside(f, facts, text) and not _another_series(f, text)
                                           or scope.services_next(f.value.end))}
    for fact in facts:
        if _plain_balance(fact) and (fact.sentence.start, fact.sentence.end) in sentences:
            fact.product = GOODS_AND_SERVICES
