"""Explicit days and day ranges: "April 15, 1987", "15 April", "March 2-4, 1987".

The pattern has already split a candidate into month name, day and year; what is left
is whether the calendar has that day ("April 31" is no date), which ``datetime.date``
answers. (dateparser did this once, re-reading a string built from those parts: the
same answers on every candidate of the 13,186 development articles, at the price of
about 0.25 s for its import and first parse in every process.)
"""
from __future__ import annotations

import re
from datetime import date
from functools import partial

from extractor.recognise.period.calendar_math import day_span, month_end, one_day
from extractor.recognise.period.found import Found, relative, stated, with_year
from extractor.recognise.period.patterns import DAY_RE, month_group, year_group
from extractor.recognise.period.scan import MONTH, rule
from extractor.recognise.period.tokens import amount_follows, month_number
from extractor.recognise.period.year_choice import LATEST_LAST_MONTH_BEGUN, nearest

def _is_day(month: int, day: int, year: int | None) -> bool:
    # Without a year, a leap year, so that "February 29" reads; the resolver then puts
    # the year right.
    try:
        date(year or 2000, month, day)
    except ValueError:
        return False
    return True


def day_of(m: re.Match, month_key: str, day_key: str, year_key: str | None) -> tuple[int, int, int | None] | None:
    """(month, day, stated year or None) of one day in a match, if the calendar has that day."""
    month = month_number(m.group(month_key))
    if not month:
        return None
    day = int(re.sub(r"\D", "", m.group(day_key)))
    year = int(m.group(year_key)) if year_key and m.group(year_key) else None
    return (month, day, year) if _is_day(month, day, year) else None


def _on_day(m: re.Match, economy: str | None) -> Found | None:
    if amount_follows(m.string, m.end()):
        return None  # "March 25 pct"
    g = m.groupdict()
    side = "a" if g.get("mona") else "b"
    read = day_of(m, "mon" + side, "day" + side, "y" + side)
    if not read:
        return None
    month, day, year = read
    if _TO_DAY.search(m.string, max(0, m.start() - 14), m.start()):
        # "as of February 14": the figures run from the start of the year to that day,
        # and are told once that day's month has come.
        build = partial(day_span, (1, 1), (month, day))
        return stated(*m.span(), "span", build, year) if year else relative(*m.span(), "span", build,
                                                                            LATEST_LAST_MONTH_BEGUN)
    build = partial(one_day, month, day)
    if year:
        return stated(*m.span(), "day", build, year)
    return relative(*m.span(), "day", build, nearest)


# ("exports by March 15 reached X": Vietnam's customs count to a day, as with "as of")
_TO_DAY = re.compile(r"\b(?:as\s+(?:of|at)|up\s+to|until|till|by)\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)


def _on_day_range(m: re.Match, economy: str | None) -> Found | None:
    """ "January 1 to March 23", "March 2-4, 1987"."""
    if amount_follows(m.string, m.end()):
        return None
    if (m.group("sep") or "-").strip().lower() == "and" and (m.group("pre") or "").lower() != "between":
        return None  # "the April 11 and 26 elections" are two days
    if m.group("mon1") is None:  # the same month, written after both days: "2-4 March"
        first, last = day_of(m, "mon2", "day1", "y2"), day_of(m, "mon2", "day2", "y2")
        first = first and (first[0], first[1], None)
    else:
        first = day_of(m, "mon1", "day1", "y1")
        # the same month, written before both days: "March 2-4"
        last = day_of(m, "mon2" if m.group("mon2") else "mon1", "day2", "y2")
    if not first or not last:
        return None
    build = partial(day_span, first[:2], last[:2])
    if first[2] and last[2]:
        fixed = (date(first[2], first[0], first[1]), date(last[2], last[0], last[1]))
        return Found(*m.span(), "span", fixed=fixed) if fixed[0] <= fixed[1] else None
    if last[2]:
        return stated(*m.span(), "span", build, last[2])
    # A run of days across months ("from January 1 to September 30") is a stretch figures
    # are told for once it is nearly over, like a run of months; a few days may be ahead.
    return relative(*m.span(), "span", build, LATEST_LAST_MONTH_BEGUN if first[0] != last[0] else nearest)


DAY_RANGE = rule(
    "day range", (MONTH,), 8,
    rf"(?:(?P<pre>from|between)\s+)?{month_group('mon1')}\s+(?P<day1>{DAY_RE})(?:,?\s+{year_group('y1')})?"
    rf"\s*(?P<sep>[-–]|\s+(?:to|through|until|and)\s+)\s*(?:{month_group('mon2')}\s+)?(?P<day2>{DAY_RE})"
    rf"(?:,?\s+{year_group('y2')})?",
    _on_day_range)

# The day before the month, as most of the world writes it: "between 1 October and 14
# February", "01 January to 30 September 2022", "2-4 March". Without a month after the
# first day only a dash joins the two ("2-4 March"): "from 5 to 14 March" may be figures.
DAY_FIRST_RANGE = rule(
    "day-first day range", (MONTH,), 8,
    rf"(?:(?P<pre>from|between)\s+)?(?<![\d.,])(?P<day1>{DAY_RE})"
    rf"(?:\s+(?:of\s+)?{month_group('mon1')}(?:,?\s+{year_group('y1')})?\s*(?P<sep>[-–]|\s+(?:to|through|until|and)\s+)"
    rf"|(?P<dash>[-–]))\s*(?P<day2>{DAY_RE})\s+(?:of\s+)?{month_group('mon2')}(?:,?\s+{year_group('y2')})?",
    _on_day_range)

def _on_days_after_month(m: re.Match, economy: str | None) -> Found | None:
    """ "the third week of September, from the 16th to the 20th", "the third week of
    September (12th to 18th)": the days said after their month (Brazilian weekly copy)."""
    month = month_number(m.group("mon"))
    year = int(m.group("y")) if m.group("y") else None
    first, last = (int(re.sub(r"\D", "", m.group(k))) for k in ("d1", "d2"))
    if not month or first > last or not _is_day(month, first, year) or not _is_day(month, last, year):
        return None
    build = partial(day_span, (month, first), (month, last))
    return stated(*m.span(), "span", build, year) if year else relative(*m.span(), "span", build, nearest)


DAYS_AFTER_MONTH = rule(
    "days after their month", (MONTH,), 12,
    rf"(?:the\s+(?:[\w-]+\s+){{1,3}}?(?:week|days|business\s+days|working\s+days)\s+of\s+)?"
    rf"{month_group('mon')}(?:,?\s+{year_group('y')})?\s*(?:,\s*|\(\s*)(?:from\s+)?(?:the\s+)?"
    rf"(?P<d1>{DAY_RE})\s*(?:to|through|until|-|–)\s*(?:the\s+)?(?P<d2>{DAY_RE})\s*\)?",
    _on_days_after_month)

DAY = rule(
    "day", (MONTH,), 6,
    rf"{month_group('mona')}\s+(?P<daya>{DAY_RE})(?:,?\s+{year_group('ya')})?"
    rf"|(?<![\d.,])(?P<dayb>{DAY_RE})\s+(?:of\s+)?{month_group('monb')}(?:,?\s+{year_group('yb')})?",
    _on_day)


# "mid-May", "mid May", "the middle of May": the month's 15th, where Vietnam's customs,
# which publish twice a month, end their first count.
_MIDDLE_OF = r"(?:the\s+)?mid(?:dle\s+of\s+|[-\s]?)"
_MIDDLE_DAY = 15


def _on_to_mid_month(m: re.Match, economy: str | None) -> Found | None:
    """ "as of mid-May", "until mid-April": from the start of the year to the middle of
    that month (its 15th), as the counts Vietnam's customs publish twice a month run."""
    month = month_number(m.group("mon"))
    if not month:
        return None
    return with_year(m, "span", partial(day_span, (1, 1), (month, _MIDDLE_DAY)), LATEST_LAST_MONTH_BEGUN)


def _on_month_to_mid_month(m: re.Match, economy: str | None) -> Found | None:
    """ "between October and mid-February": from the first month's first day to the
    middle (the 15th) of the last."""
    first, last = month_number(m.group("mon1")), month_number(m.group("mon2"))
    if not first or not last or first == last:
        return None
    return with_year(m, "span", partial(day_span, (first, 1), (last, _MIDDLE_DAY)), LATEST_LAST_MONTH_BEGUN)


MONTH_TO_MID_MONTH = rule(
    "month to mid-month", ("mid",), 40,
    rf"(?:between|from)\s+(?:the\s+start\s+of\s+)?{month_group('mon1')}\s+(?:and|to|until|till|through)\s+"
    rf"{_MIDDLE_OF}{month_group('mon2')}(?:,?\s+{year_group('y')})?",
    _on_month_to_mid_month)

TO_MID_MONTH = rule(
    "to mid-month", ("mid",), 20,
    rf"(?:as\s+(?:of|at)|up\s+to|until|till|by)\s+{_MIDDLE_OF}{month_group('mon')}"
    rf"(?:,?\s+{year_group('y')})?",
    _on_to_mid_month)


def _month_half(month: int, second: bool, year: int) -> tuple[date, date]:
    if second:
        return date(year, month, _MIDDLE_DAY + 1), month_end(year, month)
    return date(year, month, 1), date(year, month, _MIDDLE_DAY)


def _on_half_of_month(m: re.Match, economy: str | None) -> Found | None:
    """ "in the first half of June", "the second half of March 2021": the days 1-15 or 16
    to the month's end, as Vietnam's customs count twice a month."""
    month = month_number(m.group("mon"))
    if not month:
        return None
    build = partial(_month_half, month, m.group("ord").lower() in ("second", "2nd"))
    return with_year(m, "span", build, LATEST_LAST_MONTH_BEGUN)


HALF_OF_MONTH = rule(
    "half of a month", ("half",), 20,
    rf"(?:the\s+)?(?P<ord>first|second|1st|2nd)\s+half\s+of\s+{month_group('mon')}(?:,?\s+{year_group('y')})?",
    _on_half_of_month)


def _on_year_start_to_day(m: re.Match, economy: str | None) -> Found | None:
    """ "From the beginning of this year to July 15", "since the start of the year until
    November 15": from the year's first day to that day; "... to mid-July" to its 15th."""
    if m.group("monc"):
        month, day = month_number(m.group("monc")), _MIDDLE_DAY
        if not month:
            return None
    elif m.group("mond"):
        month, day = month_number(m.group("mond")), _FIRST_WEEK_END
        if not month:
            return None
    else:
        side = "a" if m.group("mona") else "b"
        read = day_of(m, "mon" + side, "day" + side, None)
        if not read:
            return None
        month, day, _ = read
    build = partial(day_span, (1, 1), (month, day))
    if m.group("ye"):  # "... to the first week of February 2017": the year said at the end
        return stated(*m.span(), "span", build, int(m.group("ye")), False)
    return with_year(m, "span", build, LATEST_LAST_MONTH_BEGUN)


# "until the first week of August": to its 7th.
_FIRST_WEEK_END = 7

YEAR_START_TO_DAY = rule(
    "year's start to a day", ("beginning", "start", MONTH), 16,
    # ("from the beginning of 2018 to mid-February", "From January until the first week of
    # August": the year named, or its first month)
    r"(?:from|since)\s+(?:the\s+(?:beginning|start)\s+of\s+(?:(?:(?P<rel>this|the\s+current)\s+|the\s+)year|"
    + year_group("y") + r")|(?:the\s+(?:beginning|start)\s+of\s+)?Jan(?:uary|\.)?(?:\s+1(?:st)?\b)?)\s*,?\s+"
    rf"(?:up\s+)?(?:to|until|till|through)\s+(?:{month_group('mona')}\s+(?P<daya>{DAY_RE})"
    rf"|(?P<dayb>{DAY_RE})\s+(?:of\s+)?{month_group('monb')}"
    rf"|{_MIDDLE_OF}{month_group('monc')}"
    rf"|(?:the\s+end\s+of\s+)?the\s+first\s+week\s+of\s+{month_group('mond')})"
    rf"(?:,?\s+{year_group('ye')})?",
    _on_year_start_to_day)
