"""Month arithmetic on dates: the inclusive ranges that periods are made of.

Every period is an inclusive ``(first day, last day)`` range; these helpers build them
from months and days and move them by whole months. They raise ``ValueError`` for a day
the calendar lacks (Feb 29 outside a leap year), which the callers take as "no such
period in that year".
"""
from __future__ import annotations

from datetime import date, timedelta

Range = tuple[date, date]


def month_end(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date(year, month + 1, 1) - timedelta(days=1)


def add_months(year: int, month: int, k: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + k
    return index // 12, index % 12 + 1


def months_span(year: int, first_month: int, months: int) -> Range:
    """``months`` whole months starting with ``first_month`` of ``year``."""
    last_year, last_month = add_months(year, first_month, months - 1)
    return date(year, first_month, 1), month_end(last_year, last_month)


def span_ending(year: int, last_month: int, months: int, last_day: int | None = None) -> Range:
    """``months`` months ending with ``last_month`` of ``year`` (on ``last_day`` if given).

    A span ending mid-month ("the 12 months to March 20") starts the day after the
    same day ``months`` months earlier.
    """
    end = date(year, last_month, last_day) if last_day else month_end(year, last_month)
    if end == month_end(year, last_month):
        first_year, first_month = add_months(year, last_month, -(months - 1))
        return date(first_year, first_month, 1), end
    return shift_date(end, -months) + timedelta(days=1), end


def one_day(month: int, day: int, year: int) -> Range:
    d = date(year, month, day)
    return d, d


def day_span(first: tuple[int, int], last: tuple[int, int], year: int) -> Range:
    """From (month, day) to (month, day), the end in ``year``; the start may fall a year before."""
    end = date(year, last[0], last[1])
    start = date(year, first[0], first[1])
    if start > end:
        start = date(year - 1, first[0], first[1])
    return start, end


def shift_date(d: date, months: int) -> date:
    """``d`` moved by whole months; a month end stays a month end (Feb 29 -> Feb 28)."""
    year, month = add_months(d.year, d.month, months)
    if d == month_end(d.year, d.month):
        return month_end(year, month)
    return date(year, month, min(d.day, month_end(year, month).day))


def months_between(start: date, end: date) -> int | None:
    """Length in whole months of a month-aligned range, else None."""
    if start.day != 1 or end != month_end(end.year, end.month):
        return None
    return (end.year - start.year) * 12 + end.month - start.month + 1


def a_year_long(start: date, end: date) -> bool:
    """Whether the range is a year long in some calendar: a calendar or fiscal year, or a
    year of another calendar (a Nepali year runs mid-July to mid-July)."""
    return 360 <= (end - start).days <= 370


def is_calendar_year(period: Range) -> bool:
    """Whether the range is one whole calendar year (1 January to 31 December)."""
    start, end = period
    return (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year
