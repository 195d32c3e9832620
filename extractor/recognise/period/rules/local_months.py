"""Months of another calendar: "in Poush", "Shrawan-Chaitra", "the Iranian month of Dey".

Nepali stories count their trade in Bikram Sambat months, Iranian ones now and then in
Solar Hijri months, Ethiopian ones in Ethiopian months (extractor.data.calendar lists
the names). A month name alone does not say which calendar it is in ("Tir" is a month of
both the Iranian and the Ethiopian year), so it is read in the calendar its words name
("the Nepali month of Magh") or else in the calendar of the story's economy; in a story
about an economy that keeps no such calendar it is not a period. A short name, which is
also a word or a name elsewhere ("Dey", "Magh", "Tir"), counts only with "month of" or
beside another month of its calendar (calendar.LOCAL_SHORT_NAMES_ALONE lists those that
are not).
"""
from __future__ import annotations

import re
from functools import partial

from extractor.data import calendar as cal
from extractor.recognise.period import local_calendars as local
from extractor.recognise.period.calendar_math import Range
from extractor.recognise.period.found import Found, relative, stated
from extractor.recognise.period.patterns import alternation, month_group, year_group
from extractor.recognise.period.tokens import month_number
from extractor.recognise.period.scan import rule
from extractor.recognise.period.year_choice import LATEST_BEGUN, LATEST_LAST_MONTH_BEGUN

_ALL_NAMES = {name for names in cal.LOCAL_MONTH_NAMES.values() for name in names}
_NAME_RE = rf"(?:{alternation(_ALL_NAMES)})"
# The calendar each adjective names, through the economy that keeps it; "solar" names
# Iran's year ("the solar year 1400") but no one writes "the solar month of Dey".
_CALENDAR_OF_WORD = {word: cal.FISCAL_YEAR_LOCAL_START[economy][0]
                     for word, economy in cal.CALENDAR_YEAR_WORDS.items() if word != "solar"}
_SHORT = 5  # names shorter than this need "month of" or a second month beside them


def _occurrence(calendar: str, month: int, months: int, year: int) -> Range:
    """The run of ``months`` months from ``month`` whose first day falls in Gregorian ``year``."""
    offset = cal.LOCAL_YEAR_OFFSET[calendar]
    for local_year in (year + offset - 1, year + offset, year + offset + 1):
        try:
            found = local.months_range(calendar, local_year, month, months)
        except ValueError:
            continue
        if found[0].year == year:
            return found
    raise ValueError(f"no {calendar} month {month} starts in {year}")


def _on_local_month(m: re.Match, economy: str | None) -> Found | None:
    word = (m.group("cal") or "").lower()
    calendar = _CALENDAR_OF_WORD.get(word) or cal.FISCAL_YEAR_LOCAL_START.get(economy or "", (None,))[0]
    if calendar is None:
        return None
    names = cal.LOCAL_MONTH_NAMES[calendar]
    first_word, last_word = m.group("lm1"), m.group("lm2")
    if not first_word[0].isupper() or (last_word and not last_word[0].isupper()):
        return None  # month names are capitalised; "push", "magh" in lower case are words
    first, last = names.get(first_word.lower()), names.get((last_word or first_word).lower())
    if not first or not last:
        return None
    if not (m.group("of") or last_word) and len(first_word) < _SHORT \
            and first_word.lower() not in cal.LOCAL_SHORT_NAMES_ALONE:
        return None
    months = (last - first) % 12 + 1
    build = partial(_occurrence, calendar, first, months)
    granularity = "month" if months == 1 else "span"
    if m.group("ly"):  # "Poush 2079": the year is the calendar's own
        local_year = int(m.group("ly"))
        try:
            return Found(*m.span(), granularity, fixed=local.months_range(calendar, local_year, first, months))
        except ValueError:
            return None
    return relative(*m.span(), granularity, build, LATEST_LAST_MONTH_BEGUN if months > 1 else LATEST_BEGUN)


LOCAL_MONTH = rule(
    "local month", tuple(sorted(_ALL_NAMES)), 40,
    rf"(?:(?:the\s+)?(?:(?P<cal>{alternation(_CALENDAR_OF_WORD)})\s+)?(?P<of>months?\s+of\s+))?"
    rf"\b(?P<lm1>{_NAME_RE})\b(?:\s*(?:[-–]|\s+to\s+|\s+through\s+)\s*(?P<lm2>{_NAME_RE})\b)?"
    rf"(?:,?\s+(?P<ly>20[4-9]\d|1[34]\d\d)(?!\d))?",
    _on_local_month)


def _mid_month_run(calendar: str, first_month: int, months: int, year: int) -> Range:
    """The ``months`` local months from the one that begins in the middle of Gregorian
    ``first_month`` of ``year``."""
    for local_month in range(1, 13):
        try:
            found = _occurrence(calendar, local_month, 1, year)
        except ValueError:
            continue
        if found[0].month == first_month and 10 <= found[0].day <= 20:
            return _occurrence(calendar, local_month, months, year)
    raise ValueError(f"no {calendar} month begins in the middle of month {first_month}")


def _on_mid_month_range(m: re.Match, economy: str | None) -> Found | None:
    """ "between mid-July and mid-September" in a Nepali story: the Bikram Sambat months
    the words approximate (Shrawan and Bhadra), in a calendar whose months begin in the
    middle of Gregorian ones. Elsewhere the words fix no days and are left to other rules."""
    calendar = cal.FISCAL_YEAR_LOCAL_START.get(economy or "", (None,))[0]
    first, last = month_number(m.group("mm1")), month_number(m.group("mm2"))
    if calendar is None or not first or not last:
        return None
    months = (last - first) % 12
    if months == 0:
        return None
    build = partial(_mid_month_run, calendar, first, months)
    if m.group("y1"):
        return stated(*m.span(), "span", build, int(m.group("y1")))
    if m.group("y"):  # the year of the end
        end_year = int(m.group("y"))
        return stated(*m.span(), "span", build, end_year if first < last else end_year - 1)
    return relative(*m.span(), "span", build, LATEST_LAST_MONTH_BEGUN)


MID_MONTH_RANGE = rule(
    "mid-month range", ("mid",), 10,
    rf"(?:(?:between|from)\s+)?mid[-\s]?{month_group('mm1')}(?:,?\s+{year_group('y1')})?\s*(?:[-–]|\s+(?:to|and|through|till|until)\s+)\s*"
    rf"mid[-\s]?{month_group('mm2')}(?:,?\s+{year_group('y')})?",
    _on_mid_month_range)
