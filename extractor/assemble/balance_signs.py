"""The sign of a balance: the words that give it, else the flows stated beside it.

A deficit word right after the figure or the nearest before it, a minus, the ledger's
colour ("in the red") or a sign word ("negative") sign a balance (``balance_sign``).
When none does ("Jamaica's trade balance reached US$1,950.4 million ... Imports were
US$2,400.0 million and exports US$449.6 million"), the article's own exports and imports
for the same parties and period may differ by that amount, imports the larger; when
they do, within what their rounding allows, the balance takes their sign
(``sign_from_flows``); otherwise it stays as written (a surplus).
"""
from __future__ import annotations

import re

from extractor.assemble.figure_changes import of_size
from extractor.assemble.figures import Figure
from extractor.assemble.triggers import Trigger
from models import TradeFact

_BALANCE_WORD = re.compile(r"\b(surplus|deficit|gap|shortfall|excess)(?:es|s)?\b", re.IGNORECASE)


def balance_sign(fig: Figure, trig: Trigger, text: str, s_start: int) -> int:
    """A deficit word right after the figure ("a 47 mln dlr deficit") or the nearest before
    it; 0 when nothing says ("the trade balance reached US$1,950.4 million")."""
    if trig.fixed_sign:
        return trig.sign
    if _MINUS_BEFORE.search(text, max(s_start, fig.money.start - 8), fig.money.start) \
            or _CODE_THEN_MINUS.match(fig.money.text):
        return -1  # "the trade balance was minus EUR 1.2 billion", "amounted to -5.09 billion dollars"
    if _PLUS_BEFORE.search(text, max(s_start, fig.money.start - 3), fig.money.start):
        return 1  # "a deficit of €1.9 bn, compared with +€5.2 bn in October 2017" (Eurostat's notation)
    after = _BALANCE_WORD.match(text, fig.money.end, fig.money.end + 12) or \
        _BALANCE_WORD_AFTER.match(text[fig.money.end:fig.money.end + 40])
    if after:
        return _sign_of(after.group(1))
    # "150.5 mln dollars of negative balance occurred": the sign said after the figure
    after_sign = re.match(rf"\s+of\s+(?:the\s+|a\s+)?({_SIGN_WORDS})\s+(?:trade\s+)?balance\b",
                          text[fig.money.end:fig.money.end + 50], re.IGNORECASE)
    if after_sign:
        return _sign_of(after_sign.group(1))
    ledger = _LEDGER_COLOUR.match(text, fig.money.end)
    if ledger:
        return _sign_of(ledger.group(1))  # "is Nu 22.35B in the red"
    before = list(_BALANCE_WORD.finditer(text, s_start, fig.money.start))
    # "Ukraine's negative trade balance ... to $16.7 billion", "the balance was
    # negative, at $2.5 billion": the sign in words; the nearest word before the figure
    # rules ("a deficit of X excluding gold, but including it the balance is positive at Y")
    signed = list(_SIGN_WORD.finditer(text, s_start, fig.money.start))
    if before and not (signed and signed[-1].start() > before[-1].end()):
        word = before[-1].group(1)
        if word.lower() == "gap" and (said := _SIGN_BEFORE_GAP.search(text, max(s_start, before[-1].start() - 30),
                                                                       before[-1].start())):
            return _sign_of(said.group(1))  # "the favourable trade gap", "a positive trade gap": a surplus
        return _sign_of(word)
    if signed:
        return _sign_of(signed[-1].group(1))
    return trig.sign or 0


# A balance word a word or two after the figure, as its noun ("X trade deficit", "X in
# trade surplus"); not one after a word that opens another figure's phrase ("a deficit
# of X from a surplus of Y", "from a deficit of X to a surplus of Y").
_BALANCE_WORD_AFTER = re.compile(r"\s+(?:(?!(?:from|after|against|than|versus|vs|compared|with|and|to|or|while|but)\b)"
                                 r"[\w.]+\s+){0,2}?(surplus|deficit|gap|shortfall)\b", re.IGNORECASE)

# Verbs of a balance's size: "narrowed", "widened", "shrank", "expanded", "contracted".
_SIZE_VERBS = re.compile(r"\b(?:narrow|widen|shr[iu]nk|expand|contract)\w*", re.IGNORECASE)


# ("Peru's trade deficit in September was X. In the same month last year, the imbalance was
# Y": the same balance a year back, of the kind the sentence before named)
_A_YEAR_BACK = re.compile(r"\b(?:(?:same|corresponding)\s+(?:month|period|quarter)\s+(?:of\s+|in\s+)?(?:last|the\s+previous)"
                          r"\s+year|a\s+year\s+(?:earlier|ago|before))\b", re.IGNORECASE)


# A minus sign glued to a figure, after a bracket, a colon or a space: "(-4,122.5 MD)".
_MINUS_GLUED = re.compile(r"(?:^|[\s(:])[-−]$")


def minus_glued(text: str, start: int) -> bool:
    """Whether a minus sign is glued to the figure starting at ``start`` ("trade with
    China (-4,122.5 MD)"): no flow of goods is negative, so the figure is a deficit."""
    return _MINUS_GLUED.search(text, max(0, start - 2), start) is not None


def sign_said_before(text: str, sentence: tuple[int, int], before: tuple[int, int] | None) -> int:
    """"Sri Lanka's trade gap widened in the first half. During June, the trade balance
    narrowed 18 percent to US $540 million": a balance said to narrow or widen, signed by
    no word of its own, is of the kind the sentence before named; 0 when none says."""
    if before is None or not (_SIZE_VERBS.search(text, *sentence) or _A_YEAR_BACK.search(text, *sentence)):
        return 0
    words = list(_BALANCE_WORD.finditer(text, *before))
    return _sign_of(words[-1].group(1)) if words else 0


# "MAD -21.4 billion", "$-640,115,902", "C$-0.51B" (market wires)
# ("USD (-) 118.76 billion": Indian and Pakistani official notation)
_CODE_THEN_MINUS = re.compile(r"(?:[A-Z]{3}|[A-Z]{0,3}\$|[€£¥])\s?(?:[-−]|\([-−]\))\s?\d")
# "minus EUR 1.2 billion", "-5.09 billion dollars", "(- 5.09)": a sign, not a range's dash
# nor a dash that opens an aside ("a surplus with Paraguay – $1.19 billion – in 2017")
_MINUS_BEFORE = re.compile(r"(?:\bminus\s+|(?<![\w.,%)-])[-−–]|(?<![\w.,%)\s-])[-−–]\s|\([-−]\)\s?)$", re.IGNORECASE)
# Words that make a balance negative: its name, or a word for its sign.
_NEGATIVE_WORDS = {"deficit", "gap", "shortfall", "negative", "adverse", "unfavourable", "unfavorable", "red"}


# "+€5.2 bn", "(+2.4 billion)": a plus sign set on the figure
_PLUS_BEFORE = re.compile(r"(?<![\w.,%)+])\+\s?$")


def _sign_of(word: str) -> int:
    return -1 if word.lower() in _NEGATIVE_WORDS else 1


_SIGN_WORDS = r"negative|positive|adverse|favourable|favorable|unfavourable|unfavorable"
_SIGN_BEFORE_GAP = re.compile(rf"\b({_SIGN_WORDS})\s+(?:(?:trade|merchandise|external|balance\s+of\s+trade)\s+)?$",
                              re.IGNORECASE)
# ("in the red", and what went there: "slipped into the red at X", "back into the black")
# ("against a red balance of USD 376 million": Latin American copy's colour before the word)
_SIGN_WORD = re.compile(rf"\b({_SIGN_WORDS}|(?:(?<=in the )|(?<=into the ))(?:red|black)|red(?=\s+balance\b))\b",
                        re.IGNORECASE)
# The ledger's colour right after a balance figure: "a balance of X in the red" is a deficit.
_LEDGER_COLOUR = re.compile(r"\s*,?\s*in\s+the\s+(red|black)\b", re.IGNORECASE)


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
