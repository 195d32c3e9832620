"""What earlier sentences settle for later ones.

A bare "deficit" is of whatever the story last talked about (trade, the current
account, the budget); a change stated without its figure ("Trade between Argentina
and Brazil jumped 90 pct in 1986") belongs to the figure stated later for the same
trade and period ("trade last year totalled 1.3 billion dlrs").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.assemble.triggers import kind_of_words

_KIND_PHRASES = re.compile(
    r"\b(?:(?P<trade>(?:trade|merchandise|visible)(?:\s+\w+)?\s+(?:surplus|deficit|balance|account|gap|figures|data|"
    r"statistics|shortfall|imbalance)|excess\s+of\s+(?:exports|imports)\s+over)"
    r"|(?P<current>current[\s-]+account)"
    r"|(?P<other>invisibles|budget|fiscal|services|capital\s+account|balance\s+of\s+payments|transfer\s+payments))\b",
    re.IGNORECASE,
)


class BalanceKinds:
    """The kind of balance the story last talked about, at any point of its text."""

    def __init__(self, text: str, title: str | None):
        self.marks: list[tuple[int, str]] = []
        if title:
            for m in _KIND_PHRASES.finditer(title):
                self.marks.append((-1, m.lastgroup))
        for m in _KIND_PHRASES.finditer(text):
            self.marks.append((m.start(), m.lastgroup))

    def before(self, position: int) -> str | None:
        kind = None
        for start, k in self.marks:
            if start >= position:
                break
            kind = k
        return kind


def kind_in_sentence(words_before: list[str]) -> str | None:
    """The nearest kind word before a bare surplus/deficit in its own sentence."""
    for i in range(len(words_before) - 1, -1, -1):
        kind = kind_of_words(words_before[max(0, i - 1):i + 1])
        if kind:
            return kind
    return None


@dataclass
class ChangeOnly:
    """A change stated for a trigger that has no current figure in its sentence."""

    measure: str
    reporter: str | None
    partner: str | None
    period: tuple | None
    percent: float
    text: str
    start: int
    end: int
    position: int
    against_figure: bool      # the sentence gives the comparison figure ("25 pct below ... 18.9 billion")


def merge_changes(facts: list, changes: list[ChangeOnly]) -> None:
    """Give each change-only statement to the fact it is about, in place."""
    from models import Change, Span

    for ch in changes:
        target = None
        for fact in facts:
            if fact.change is not None or fact.measure != ch.measure or fact.role == "comparison":
                continue
            same_parties = (fact.reporter and fact.reporter.iso3) == ch.reporter and \
                (fact.partner and fact.partner.iso3) == ch.partner
            same_period = fact.period is not None and ch.period is not None and \
                (fact.period.start, fact.period.end) == ch.period
            if same_parties and same_period:
                target = fact
                break
        if target is None and ch.against_figure:
            earlier = [f for f in facts if f.value.start < ch.position and f.measure == ch.measure
                       and f.change is None and f.role != "comparison"
                       and (f.reporter and f.reporter.iso3) == ch.reporter]
            target = earlier[-1] if earlier else None
        if target is not None:
            target.change = Change(percent=ch.percent, text=ch.text, span=Span(start=ch.start, end=ch.end))
