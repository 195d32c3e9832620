"""Single months: "February 1986", "March this year", "last December", "this March",
"next January 5", a bare "February".
"""
from __future__ import annotations

import re
from functools import partial

from extractor.data import calendar as cal
from extractor.recognise.period.calendar_math import months_span, one_day
from extractor.recognise.period.found import Found, relative, with_year
from extractor.recognise.period.patterns import DAY_RE, month_group, year_group
from extractor.recognise.period.rules.days import day_of
from extractor.recognise.period.scan import MONTH, rule
from extractor.recognise.period.tokens import WORD_BEFORE, amount_follows, month_number
from extractor.recognise.period.year_choice import LATEST_BEGUN, NEXT, PREVIOUS, UPCOMING_END, Pick, year_offset


def _on_month_year(m: re.Match, economy: str | None) -> Found | None:
    month = month_number(m.group("mon"))
    if not month:
        return None
    return with_year(m, "month", partial(months_span, first_month=month, months=1), LATEST_BEGUN)


_MONTH_WORD_PICKS: dict[str, Pick] = {"last": PREVIOUS, "next": NEXT}


def _on_month_after_word(m: re.Match, economy: str | None) -> Found | None:
    """ "last December", "this March", "next January", "last February 28"."""
    month = month_number(m.group("mon"))
    if not month:
        return None
    build = partial(months_span, first_month=month, months=1)
    granularity = "month"
    if m.group("day"):
        read = day_of(m, "mon", "day", None)
        if not read or amount_follows(m.string, m.end()):
            return None
        build, granularity = partial(one_day, read[0], read[1]), "day"
    word = m.group("word").lower()
    if word == "this":
        return relative(*m.span(), granularity, build, partial(year_offset, 0), needs_publication=True)
    return relative(*m.span(), granularity, build, _MONTH_WORD_PICKS[word], needs_publication=True)


# The word before a month, looking past "late", "early", "mid-" and "the end of".
_WORD_BEFORE_MONTH = re.compile(r"([A-Za-z]+)[\s-]+(?:(?:early|late|mid|end|the\s+end\s+of|the\s+middle\s+of)[\s-]+)?$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"(?:'s)?\s*([A-Za-z]+)")


def _on_month(m: re.Match, economy: str | None) -> Found | None:
    """A bare month: "February", "a December figure"."""
    token = m.group("mon")
    month = month_number(token)
    if not month:
        return None
    before = WORD_BEFORE.search(m.string, max(0, m.start() - 24), m.start())
    word_before = before.group(1).lower() if before else ""
    if token.lower() in cal.AMBIGUOUS_MONTH_NAMES and word_before not in cal.MONTH_CONTEXT_BEFORE:
        after = _WORD_AFTER.match(m.string, m.end())
        possessive = m.string.startswith("'s", m.end())
        if not possessive and not (after and after.group(1).lower() in cal.MONTH_CONTEXT_AFTER):
            return None  # "trade may recover", "the march on Washington"
    lead = _WORD_BEFORE_MONTH.search(m.string, max(0, m.start() - 40), m.start())
    # ("weighed down by December's deficit": the month's own figure, no deadline)
    owned = m.string.startswith(("'s", "’s"), m.end())
    pick = UPCOMING_END if lead and lead.group(1).lower() in cal.DEADLINE_WORDS_BEFORE and not owned else LATEST_BEGUN
    return relative(*m.span(), "month", partial(months_span, first_month=month, months=1), pick)


MONTH_AND_YEAR = rule(
    "month and year", (MONTH,), 0,
    # "September of the previous year", "March of last year"
    rf"{month_group('mon')}(?:(?:,?\s+(?:of\s+)?|(?<=[a-z])){year_group('y')}"
    rf"|\s+(?:of\s+)?(?P<rel>this|last|next|the\s+previous|the\s+preceding|the\s+current)\s+year\b)",
    _on_month_year)

WORD_AND_MONTH = rule(
    "word and month", (MONTH,), 5,
    rf"\b(?P<word>last|this|next)\s+{month_group('mon', full_only=True)}(?:\s+(?P<day>{DAY_RE}))?",
    _on_month_after_word)

BARE_MONTH = rule("month", (MONTH,), 0, month_group("mon", full_only=True), _on_month)
# Headlines abbreviate a month after "in"/"for": "surplus narrows to R8.2 bln in Dec".
ABBREVIATED_MONTH = rule(
    "abbreviated month", (MONTH,), 0,
    rf"(?:(?<=\bin\s)|(?<=\bfor\s)){month_group('mon')}(?![\w'’-])(?!\.?\s*\d)",
    _on_month)
