"""``resolve_comparison``: the dates of "a year earlier" once the compared period is known."""
from __future__ import annotations

from datetime import date, timedelta

from extractor.data import calendar as cal
from extractor.recognise.period.calendar_math import Range, months_between, shift_date
from extractor.recognise.period.local_calendars import shifted_years
from models.mentions import PeriodMention


def resolve_comparison(mention: PeriodMention, base_start: date, base_end: date) -> Range | None:
    """Dates of a comparison period, given the period it is compared with.

    "a year earlier" / "year-on-year": the base a year back; "the same period of 2023":
    the base moved to 2023; "the month before" / "the previous quarter": the base moved
    back one such unit (or by its own length for "the previous period"). A mention that
    is not a comparison gives back its own dates.
    """
    if mention.comparison is None:
        if mention.period_start and mention.period_end:
            return mention.period_start, mention.period_end
        return None
    if base_start > base_end:
        return None
    if mention.comparison == "to_date":
        if mention.year is not None and mention.year != base_end.year:
            return None  # "in 2016 so far", told beside a period of another year
        return date(base_end.year, 1, 1), base_end
    if mention.comparison == "from_start":
        # "exports since July": from the start of the month named to the base's end
        if mention.period_start is None or mention.period_start > base_end:
            return None
        return mention.period_start, base_end
    if mention.comparison == "whole_year":
        return date(base_end.year, 1, 1), date(base_end.year, 12, 31)
    if mention.comparison == "rolling_year":
        start = base_end + timedelta(days=1)
        return date(start.year - 1, start.month, start.day), base_end
    if mention.comparison == "year_earlier":
        months = -12
    elif mention.comparison == "same_period_of_year" and mention.period_start and mention.period_end:
        # "the same period of FY24": the base moved by whole years into that fiscal year
        for years in range(-5, 6):
            start, end = shift_date(base_start, 12 * years), shift_date(base_end, 12 * years)
            if mention.period_start <= start and end <= mention.period_end:
                months = 12 * years
                break
        else:
            return None
    elif mention.comparison in ("same_period_of_year", "same_period_this_year"):
        # ("in the same period this year": the period reported, moved into the year of
        # publication, which find_periods gave it; it may have been last year's)
        if mention.year is None:
            return None
        # A base across the turn of a year ("the eight months to February 1987") is
        # named by the year it ends in.
        anchor = base_start.year if base_start.year == base_end.year else base_end.year
        months = (mention.year - anchor) * 12
    else:
        step = cal.GRANULARITY_MONTHS.get(mention.granularity or "")
        if step is None:
            step = months_between(base_start, base_end)
        if step is None:  # a base of loose days: step back by its length in days
            days = (base_end - base_start).days + 1
            return base_start - timedelta(days=days), base_end - timedelta(days=days)
        months = -step
        if step < 12 and base_start == date(base_end.year, 1, 1) \
                and months_between(base_start, base_end) not in (None, step):
            # "US$10.94 billion in the first 11 months of 2019, up from US$9.01 billion a
            # month earlier": the year so far, as it stood a month before
            return base_start, shift_date(base_end + timedelta(days=1), months) - timedelta(days=1)
    if months % 12 == 0 and (local := shifted_years(base_start, base_end, months // 12)) is not None:
        return local  # whole months of Nepal's, Iran's or Ethiopia's calendar, moved in that calendar
    if months_between(base_start, base_end) is not None:
        return shift_date(base_start, months).replace(day=1), shift_date(base_end, months)
    return shift_date(base_start, months), shift_date(base_end, months)
