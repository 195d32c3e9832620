"""Days of other calendars: the Bikram Sambat (Nepal), Solar Hijri (Iran) and Ethiopian.

Some economies count their fiscal year, and their news its months, in their own
calendar: Nepal's year runs from 1 Shrawan (mid-July), Iran's from 1 Farvardin (20 or 21
March), Ethiopia's from 1 Hamle (8 July). A period stated in those terms becomes the
Gregorian days it covers. The conversions come from maintained libraries, not from
arithmetic written here: nepali-datetime holds the Bikram Sambat's month lengths (they
are fixed by almanac, year by year, and follow no rule); convertdate computes the Solar
Hijri and the Coptic calendar, whose months and leap years the Ethiopian calendar shares
(an Ethiopian year is the Coptic year plus 276).
"""
from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from extractor.recognise.period.calendar_math import Range

# Months counted in a year of each calendar. The Ethiopian year has a thirteenth month of
# five or six days, Pagume, which no one counts as a month of the fiscal year ("the
# first six months" are Hamle to Tahsas): it is counted here as the end of Nehase, the
# twelfth, whose range runs to the day before Meskerem 1.
MONTHS_IN_YEAR = {"bikram_sambat": 12, "solar_hijri": 12, "ethiopian": 12}
_COPTIC_YEAR_OFFSET = 276


@lru_cache(maxsize=2048)
def first_day(calendar: str, year: int, month: int) -> date:
    """The Gregorian date of the first day of ``month`` of ``year`` of ``calendar``.

    Raises ValueError for a year the calendar's tables do not cover.
    """
    if calendar == "bikram_sambat":
        import nepali_datetime

        try:
            return nepali_datetime.date(year, month, 1).to_datetime_date()
        except (ValueError, KeyError, IndexError) as exc:
            raise ValueError(f"no Bikram Sambat table for {year}") from exc
    if calendar == "solar_hijri":
        from convertdate import persian

        return date(*persian.to_gregorian(year, month, 1))
    if calendar == "ethiopian":
        from convertdate import coptic

        return date(*coptic.to_gregorian(year - _COPTIC_YEAR_OFFSET, month, 1))
    raise ValueError(f"unknown calendar {calendar!r}")


def step(calendar: str, year: int, month: int, k: int) -> tuple[int, int]:
    """The month ``k`` months after ``month`` of ``year`` (k may be negative)."""
    size = MONTHS_IN_YEAR[calendar]
    index = year * size + (month - 1) + k
    return index // size, index % size + 1


def months_range(calendar: str, year: int, first_month: int, months: int) -> Range:
    """``months`` whole months of ``calendar`` from ``first_month`` of ``year``, as Gregorian days."""
    end_year, end_month = step(calendar, year, first_month, months)
    return first_day(calendar, year, first_month), first_day(calendar, end_year, end_month) - timedelta(days=1)


@lru_cache(maxsize=2048)
def local_date(calendar: str, day: date) -> tuple[int, int, int]:
    """``day`` as (year, month, day) of ``calendar``; ValueError outside its tables."""
    if calendar == "bikram_sambat":
        import nepali_datetime

        try:
            local = nepali_datetime.date.from_datetime_date(day)
        except (ValueError, KeyError, IndexError, OverflowError) as exc:
            raise ValueError(f"no Bikram Sambat table for {day}") from exc
        return local.year, local.month, local.day
    if calendar == "solar_hijri":
        from convertdate import persian

        return persian.from_gregorian(day.year, day.month, day.day)
    if calendar == "ethiopian":
        from convertdate import coptic

        year, month, dom = coptic.from_gregorian(day.year, day.month, day.day)
        return year + _COPTIC_YEAR_OFFSET, month, dom
    raise ValueError(f"unknown calendar {calendar!r}")


def whole_local_months(start: date, end: date) -> tuple[str, int, int, int] | None:
    """(calendar, year, first month, months) when ``start``-``end`` is whole months of one
    of these calendars and no Gregorian month range (their months begin mid-month, so a
    range starting on the 1st is never theirs)."""
    if start.day == 1 or end < start:
        return None
    for calendar in MONTHS_IN_YEAR:
        try:
            year, month, dom = local_date(calendar, start)
            end_year, end_month, end_dom = local_date(calendar, end + timedelta(days=1))
        except ValueError:
            continue
        if dom == 1 and end_dom == 1:
            months = (end_year - year) * MONTHS_IN_YEAR[calendar] + end_month - month
            if months > 0:
                return calendar, year, month, months
    return None


def shifted_years(start: date, end: date, years: int) -> Range | None:
    """The same months of a local calendar ``years`` on (back, when negative): "the same
    period last fiscal year" of Nepal's first nine months runs to the eve of 1 Baisakh a
    year before, which is not the same Gregorian day."""
    whole = whole_local_months(start, end)
    if whole is None:
        return None
    calendar, year, month, months = whole
    try:
        return months_range(calendar, year + years, month, months)
    except ValueError:
        return None
