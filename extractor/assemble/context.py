"""What the assembler knows about the whole article: its mentions, sentences and subject.

The subject economy (extractor.recognise.subject) is the one the story is about: the
reporter of figures whose sentence leaves it implicit, the referent of "the island"
or "the Kingdom", and the economy whose dollar a bare "dlrs" may be.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date

from models import EconomyMention, MoneyMention, PercentMention, PeriodMention


@dataclass
class ArticleContext:
    text: str
    published: date | None
    title: str | None
    sentences: list[tuple[int, int]]
    money: list[MoneyMention]
    percents: list[PercentMention]
    periods: list[PeriodMention]
    economies: list[EconomyMention]
    subject: str | None = None
    pair: tuple[str, str] | None = None
    names: dict[str, str] = field(default_factory=dict)

    def display_name(self, code: str) -> str:
        """A short name for a code: as the article named it, else the standard one."""
        if code in self.names:
            return self.names[code]
        return standard_name(code)

    def within(self, mentions, start: int, end: int):
        return [m for m in mentions if start <= m.start and m.end <= end]

    def sentence_of(self, offset: int) -> tuple[int, int]:
        """The span of the sentence holding ``offset`` (the offset alone when none does)."""
        k = bisect_right(self.sentences, (offset, float("inf"))) - 1
        if k >= 0 and self.sentences[k][0] <= offset < self.sentences[k][1]:
            return self.sentences[k]
        return offset, offset

    def economy_at(self, start: int, end: int) -> EconomyMention | None:
        for m in self.economies:
            if m.start < end and start < m.end:
                return m
        return None


def display_names(economies: list[EconomyMention]) -> dict[str, str]:
    return {m.code: m.name for m in economies}


def standard_name(code: str) -> str:
    """The display name of an economy code, from the economies table or ISO 3166."""
    import pycountry

    from extractor.data.economies import DISPLAY_NAMES

    if code in DISPLAY_NAMES:
        return DISPLAY_NAMES[code]
    country = pycountry.countries.get(alpha_3=code)
    return getattr(country, "common_name", None) or (country.name if country else code)


_WS = re.compile(r"\s+")


def squash(text: str) -> str:
    return _WS.sub(" ", text).strip()


@dataclass
class ParsedSentence:
    """A candidate sentence and its parse; ``offset`` turns token.idx into article offsets."""

    start: int
    end: int
    sent: object
    offset: int
