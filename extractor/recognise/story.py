"""Whose story it is, and its money read for that economy: one reading for every caller.

The subject decides what an ambiguous "$", "kr" or "francs" is, and the money can in
turn name the subject (a story all in koruna is the Czech Republic's), so the two are
read together: economies, subject, money, then, where the story's own currency points
elsewhere, the subject again and the money for it. ``extractor.extraction`` (the
article path) and ``extractor.recognise.mentions`` (the spaCy component) both read a
story here, so they agree on every currency.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from extractor.recognise.currency import names_currency_after
from extractor.recognise.economy import find_economies
from extractor.recognise.money import find_money
from extractor.recognise.subject import (currency_home, currency_word_economy, dateline_economy, source_economy,
                                         story_pair, subject_economy)
from models import EconomyMention, MoneyMention


@dataclass
class Story:
    named: list[EconomyMention]            # every economy the text names
    economies: list[EconomyMention]        # less those that only name a currency ("U.S. Dlrs")
    title_economies: list[EconomyMention]
    subject: str | None
    money: list[MoneyMention]
    pair: tuple[str, str] | None


def read_story(text: str, published: date | None, title: str | None, sentences: list[tuple[int, int]],
               checkpoint: Callable[[], None] = lambda: None) -> Story:
    """The story's economies, subject, money and pair; ``checkpoint`` runs between recognisers."""
    named_economies = economies = _with_the_mainland(text, find_economies(text, published))
    title_economies = find_economies(title, published) if title else []
    # (a page's section label above the headline, "US Markets", "World Economy", is no
    # lead: the story is the headline's, "Chile posts trade balance of ...")
    labels = _section_labels(text, sentences)
    economies = [m for m in economies if not _inside(labels, m.start, m.end)]
    sentences = sentences[len(labels):]
    headline_end = -1
    if _headline_line(text, sentences) and (title is None or title.strip() == text[slice(*sentences[0])].strip()):
        # A text that opens with its headline on a line of its own (a .txt file, a page)
        # has it as its title; the lead is the first sentence after it ("China trade tops
        # $140b" over "AUSTRALIA'S goods trade with China climbed to X")
        title = text[slice(*sentences[0])].strip()
        title_economies = find_economies(title, published)
        headline_end = sentences[0][1]
        sentences = sentences[1:]
    lead_end = sentences[0][1] if sentences else len(text)
    # (after a headline line, the dateline opens the body: "Headline\n\nNEW DELHI, Sept 22 -")
    dateline = dateline_economy(text[headline_end:].lstrip() if headline_end > 0 else text)
    # (the dateline's own economies, "YEREVAN, Armenia, July 20 —", are not the lead's:
    # the first sentence starts past them; the headline's stay)
    economies = [m for m in economies if not sentences or m.start >= sentences[0][0] or m.end <= headline_end] \
        if dateline else economies
    # (the headline's are the title's; a dateline's city after it stays: "NEW DELHI, Sept 22 -")
    body = [m for m in economies if m.start >= headline_end]
    subject = subject_economy(body, title_economies, lead_end, dateline, text, title)
    checkpoint()
    named = [m.code for m in title_economies] + [m.code for m in body if m.start < lead_end]
    money = find_money(text, subject, published, named)
    checkpoint()
    money_spans = sorted((m.start, m.end) for m in money)
    # "U.S. Dlrs", "Japanese yen", "the US dollar value": a currency's name says
    # nothing about who trades.
    economies = [e for e in economies
                 if not _inside(money_spans, e.start, e.end) and not names_currency_after(text, e.end)]
    if subject is not None and subject not in {m.code for m in economies + title_economies}:
        # "Exports rose to 1.1 billion U.S. dollars": the subject was only a currency's name
        body = [m for m in economies if m.start >= headline_end]
        subject = subject_economy(body, title_economies, lead_end, dateline, text, title)
        money = find_money(text, subject, published, named)
    if subject is None and (source := source_economy(text)) is not None:
        # "Exports fell 11% in June, leaving a deficit of US$410 million, INDEC said": a
        # story that names no economy is that of the statistics office it cites
        subject = source
        money = find_money(text, subject, published, named)
    if not title_economies and dateline is None and not any(m.start < lead_end for m in economies) \
            and (spoken := currency_word_economy(text, {m.code for m in named_economies})) is not None:
        # "Exports rose 13.4% in November, the Commerce Ministry reported ... The baht's
        # appreciation would not affect exports": a story whose headline and lead name no
        # economy, and that speaks of a currency whose economy it never names, is that
        # economy's, not that of one named later in passing ("tax reform in the United States")
        subject = spoken
        money = find_money(text, subject, published, named)
    home = currency_home(money, economies) if not title_economies else None
    if home is not None and home != subject:
        subject = home
        money = find_money(text, subject, published, named)
    return Story(named_economies, economies, title_economies, subject, money, story_pair(subject, body, title_economies, lead_end))


# A line of at most three capitalised words standing alone at the top of a page.
_SECTION_LABEL = re.compile(r"(?:[A-Z][\w&'’.-]*[ \t]+){0,2}[A-Z][\w&'’.-]*")


def _section_labels(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences that open the text as section labels: lines of a few capitalised
    words each, followed by a longer sentence on a line of its own."""
    labels = []
    for (start, end), (next_start, _) in zip(sentences, sentences[1:]):
        if not (_SECTION_LABEL.fullmatch(text, start, end) and "\n" in text[end:next_start]):
            break
        labels.append((start, end))
    return labels


def _headline_line(text: str, sentences: list[tuple[int, int]]) -> bool:
    """Whether the first sentence is a headline: one line with no full stop at its end,
    a blank line after it, and a sentence after that."""
    if len(sentences) < 2:
        return False
    (start, end), (next_start, _) = sentences[0], sentences[1]
    line = text[start:end].strip()
    return "\n" not in line and not line.endswith((".", "!", "?", ":")) \
        and _BLANK_LINE.search(text, end, next_start) is not None


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


# "the mainland" in a story on Taiwan, Hong Kong or Macau is mainland China.
_THE_MAINLAND = re.compile(r"\b(?<=the\s)[Mm]ainland\b(?!\s+(?:China|Chinese|Europe|Tanzania|[A-Z]))")
_BESIDE_THE_MAINLAND = {"TWN", "HKG", "MAC"}


def _with_the_mainland(text: str, economies: list[EconomyMention]) -> list[EconomyMention]:
    if not any(m.code in _BESIDE_THE_MAINLAND for m in economies):
        return economies
    added = [EconomyMention(text=m.group(), start=m.start(), end=m.end(), code="CHN", name="China", form="alias")
             for m in _THE_MAINLAND.finditer(text)]
    return sorted(economies + added, key=lambda m: m.start) if added else economies


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether (start, end) lies within one of the sorted, non-overlapping spans."""
    k = bisect_left(spans, (start + 1,)) - 1
    return k >= 0 and spans[k][0] <= start and end <= spans[k][1]
