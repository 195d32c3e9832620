"""Calendar years and spans of them: "in 1985", "calendar 1986", "between 2017 and 2021",
"1986-90", unless the number is an amount ("1987 tonnes").
"""
from __future__ import annotations

import re
from datetime import date
from functools import partial

from extractor.data import calendar as cal
from extractor.recognise.period.calendar_math import months_span
from extractor.recognise.period.found import Found, stated
from extractor.recognise.period.patterns import year_group
from extractor.recognise.period.scan import YEAR, rule
from extractor.recognise.period.tokens import amount_follows, full_year

_TOKEN_BEFORE = re.compile(r"(\S+)\s*$")
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
# A change said just before "from 2021 to 2022": the years it went from and to, no span.
_CHANGE_BEFORE = re.compile(r"(?:%|\bpct|\bper\s?cent|\bpercent|\b(?:rose|risen|rising|increased|grew|grown|jumped|"
                            r"climbed|surged|fell|fallen|declined|dropped|decreased|slipped|widened|narrowed|shrank))"
                            r"(?:\s+(?:\w+\s+){0,2}?by\s+[\d.,]+\s*(?:%|pct|per\s?cent|percent))?\s*,?\s*$", re.IGNORECASE)


def _on_year_span(m: re.Match, economy: str | None) -> Found | None:
    """ "between 2017 and 2021", "1986-90", "from 1986 to 1990"."""
    first = int(m.group("y1"))
    last = full_year(m.group("y2"), after=first)
    sep = m.group("sep").strip().lower()
    if amount_follows(m.string, m.end()):
        return None  # "in 1986 to 95 mln dlrs"
    if last <= first or (sep in ("-", "–", "/") and last == first + 1):
        return None  # "1986/87" and "1986-87" name one fiscal year
    if sep == "and" and (m.group("pre") or "").lower() != "between":
        return None  # "1986 and 1987" names two years
    before = m.string[max(0, m.start() - 70):m.start()]
    if not m.group("pre") and (said := _FROM_BEFORE.search(before)) is not None:
        before = before[:said.start()]  # (the match without its "from")
    elif (m.group("pre") or "").lower() != "from":
        before = None
    if before is not None and _CHANGE_BEFORE.search(before):
        return None  # "rose nearly 8% from 2021 to 2022, to X": a change from one year to the next
    return Found(*m.span(), "span", fixed=(date(first, 1, 1), date(last, 12, 31)))


def _on_year(m: re.Match, economy: str | None) -> Found | None:
    """A bare year ("in 1985", "versus 1985", "by 1990"), unless it is an amount."""
    if amount_follows(m.string, m.end()):
        return None  # "1987 tonnes", "$2021 million"
    before = _TOKEN_BEFORE.search(m.string, max(0, m.start() - 16), m.start())
    if before and (before.group(1).lower() in cal.AMOUNT_MARKS_BEFORE or before.group(1)[-1] in "$£€¥"):
        return None
    return stated(*m.span(), "year", partial(months_span, first_month=1, months=12), int(m.group("y")))


YEAR_SPAN = rule(
    "year span", (YEAR,), 18,
    rf"(?:(?P<pre>between|from)\s+)?(?:the\s+years\s+)?{year_group('y1')}"
    r"\s*(?P<sep>[-–/]|\s+(?:to|through|and)\s+)\s*(?P<y2>(?:19|20)\d\d|\d\d)(?![\d%]|[.,]\d)",
    _on_year_span)

YEAR_WITH_WORD = rule(
    "year with word", (YEAR,), 22,
    # (not "the year 2015-16": a fiscal year the year rules read)
    rf"(?:(?:the\s+)?(?:(?:full|whole|calendar)\s+)?year\s+(?:of\s+)?|\bcalendar\s+){year_group('y')}"
    r"(?!\s*[/-]\s*\d)",
    _on_year)

BARE_YEAR = rule(
    "year", (YEAR,), 0,
    rf"(?<![\w$£€¥])(?<!\d/)(?<!\d-){year_group('y')}(?!s\b|(?<=0)'s\b)(?!\s*[/-]\s*\d)",
    _on_year)
