"""Explicit days and day ranges: "April 15, 1987", "15 April", "March 2-4, 1987".

Candidates are found by regex and read by dateparser, which is slow, so it only ever
sees those candidates, and its answers are cached.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache, partial

from extractor.recognise.period.calendar_math import day_span, one_day
from extractor.recognise.period.found import Found, relative, stated
from extractor.recognise.period.patterns import DAY_RE, month_group, year_group
from extractor.recognise.period.scan import MONTH, rule
from extractor.recognise.period.tokens import amount_follows, month_number
from extractor.recognise.period.year_choice import nearest

_DATE_READER = None


def _date_reader():
    # Built on first use: importing dateparser and its first parse cost ~0.25 s, which
    # a caller that never meets a day date should not pay.
    global _DATE_READER
    if _DATE_READER is None:
        from dateparser.date import DateDataParser

        _DATE_READER = DateDataParser(languages=["en"], settings={
            # A leap year as the base, so that "February 29" without a year still reads;
            # the year is then put right by the resolver.
            "RELATIVE_BASE": datetime(2000, 1, 1),
            "REQUIRE_PARTS": ["day", "month"],
            "DATE_ORDER": "MDY",
            "PARSERS": ["absolute-time"],
        })
    return _DATE_READER


@lru_cache(maxsize=8192)
def _read_day(candidate: str) -> tuple[int, int, int] | None:
    """(year, month, day) that dateparser reads in a candidate like "April 15, 1987"."""
    data = _date_reader().get_date_data(candidate)
    if data.date_obj is None or data.period != "day":
        return None
    d = data.date_obj
    return d.year, d.month, d.day


def day_of(m: re.Match, month_key: str, day_key: str, year_key: str | None) -> tuple[int, int, int | None] | None:
    """(month, day, stated year or None) of one day in a match, read by dateparser."""
    month = month_number(m.group(month_key))
    if not month:
        return None
    day = re.sub(r"\D", "", m.group(day_key))
    year = m.group(year_key) if year_key else None
    candidate = f"{m.group(month_key)} {day}" + (f" {year}" if year else "")
    read = _read_day(candidate)
    if read is None:
        return None
    return read[1], read[2], int(year) if year else None


def _on_day(m: re.Match, economy: str | None) -> Found | None:
    if amount_follows(m.string, m.end()):
        return None  # "March 25 pct"
    g = m.groupdict()
    side = "a" if g.get("mona") else "b"
    read = day_of(m, "mon" + side, "day" + side, "y" + side)
    if not read:
        return None
    month, day, year = read
    build = partial(one_day, month, day)
    if year:
        return stated(*m.span(), "day", build, year)
    return relative(*m.span(), "day", build, nearest)


def _on_day_range(m: re.Match, economy: str | None) -> Found | None:
    """ "January 1 to March 23", "March 2-4, 1987"."""
    if amount_follows(m.string, m.end()):
        return None
    if m.group("sep").strip().lower() == "and" and (m.group("pre") or "").lower() != "between":
        return None  # "the April 11 and 26 elections" are two days
    first = day_of(m, "mon1", "day1", "y1")
    if m.group("mon2"):
        last = day_of(m, "mon2", "day2", "y2")
    else:  # the same month: "March 2-4"
        last = day_of(m, "mon1", "day2", "y2")
    if not first or not last:
        return None
    build = partial(day_span, first[:2], last[:2])
    if first[2] and last[2]:
        fixed = (date(first[2], first[0], first[1]), date(last[2], last[0], last[1]))
        return Found(*m.span(), "span", fixed=fixed) if fixed[0] <= fixed[1] else None
    if last[2]:
        return stated(*m.span(), "span", build, last[2])
    return relative(*m.span(), "span", build, nearest)


DAY_RANGE = rule(
    "day range", (MONTH,), 8,
    rf"(?:(?P<pre>from|between)\s+)?{month_group('mon1')}\s+(?P<day1>{DAY_RE})(?:,?\s+{year_group('y1')})?"
    rf"\s*(?P<sep>[-–]|\s+(?:to|through|until|and)\s+)\s*(?:{month_group('mon2')}\s+)?(?P<day2>{DAY_RE})"
    rf"(?:,?\s+{year_group('y2')})?",
    _on_day_range)

DAY = rule(
    "day", (MONTH,), 6,
    rf"{month_group('mona')}\s+(?P<daya>{DAY_RE})(?:,?\s+{year_group('ya')})?"
    rf"|(?<![\d.,])(?P<dayb>{DAY_RE})\s+(?:of\s+)?{month_group('monb')}(?:,?\s+{year_group('yb')})?",
    _on_day)
