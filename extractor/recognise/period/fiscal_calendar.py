"""Which days an economy's fiscal year spans, and which year a fiscal label names.

The conventions themselves (start months, their history, naming by end year, the
economies that count their year in another calendar) are tables in
``extractor.data.calendar``; this module only reads them. A fiscal year is named here
by the Gregorian year in which it starts; its parts ("the first eight months") are
counted in the months of the calendar it is kept in.
"""
from __future__ import annotations

from datetime import date

from extractor.data import calendar as cal
from extractor.recognise.period import local_calendars as local
from extractor.recognise.period.calendar_math import Range, add_months, months_span


def _fiscal_start_month(economy_code: str | None, year_start: int) -> int:
    for first_year, month in reversed(cal.FISCAL_YEAR_START_HISTORY.get(economy_code or "", ())):
        if year_start >= first_year:
            return month
    return cal.FISCAL_YEAR_START_MONTH.get(economy_code or "", cal.DEFAULT_FISCAL_YEAR_START_MONTH)


def fiscal_last_month(economy_code: str | None) -> int:
    """The calendar month an economy's fiscal year now ends in (March for Japan's April-March
    year, also the year of unknown or missing economies)."""
    return (_fiscal_start_month(economy_code, date.max.year) - 2) % 12 + 1


def fiscal_year(year_start: int, economy_code: str | None) -> Range:
    """The fiscal year of ``economy_code`` that starts in calendar year ``year_start``.

    Unknown or missing economies get Japan's April-March year (the guidelines' example).
    """
    kept_in = cal.FISCAL_YEAR_LOCAL_START.get(economy_code or "")
    if kept_in:
        calendar, month = kept_in
        try:
            return local.months_range(calendar, year_start + cal.LOCAL_YEAR_OFFSET[calendar], month,
                                      local.MONTHS_IN_YEAR[calendar])
        except ValueError:  # beyond the calendar's tables: the Gregorian months it roughly spans
            pass
    start_month = _fiscal_start_month(economy_code, year_start)
    return months_span(year_start, start_month, 12)


def fiscal_part(fiscal: Range, economy_code: str | None, offset: int, months: int) -> Range:
    """``months`` months of the fiscal year ``fiscal`` from its month ``offset`` (0 = its first),
    counted in the calendar the economy keeps its year in: Nepal's "first eight months"
    end on the last day of Falgun, mid-March, not on 15 March."""
    kept_in = cal.FISCAL_YEAR_LOCAL_START.get(economy_code or "")
    if kept_in:
        # The year fiscal_year made: it starts on that calendar's month, unless it fell
        # back to Gregorian months beyond the calendar's tables.
        calendar, first_month = kept_in
        year = fiscal[0].year + cal.LOCAL_YEAR_OFFSET[calendar]
        try:
            if local.first_day(calendar, year, first_month) == fiscal[0]:
                return local.months_range(calendar, *local.step(calendar, year, first_month, offset), months)
        except ValueError:
            pass
    year, month = add_months(fiscal[0].year, fiscal[0].month, offset)
    return months_span(year, month, months)


def fiscal_label_start(label_year: int, economy_code: str | None) -> int:
    """Start year of the fiscal year a one-year label ("fiscal 1987", "FY2024") names."""
    own = _own_calendar_label(label_year, economy_code)
    if own is not None:
        return own
    if economy_code in cal.FISCAL_YEAR_NAMED_BY_END_YEAR and _fiscal_start_month(economy_code, label_year - 1) != 1:
        return label_year - 1
    return label_year


def label_start(label_year: int, economy_code: str | None) -> int:
    """Start year of the fiscal year whose split label ("2079/80", "2020/21") begins with
    ``label_year``: the same year, unless the label is in the economy's own calendar."""
    own = _own_calendar_label(label_year, economy_code)
    return label_year if own is None else own


def _own_calendar_label(label_year: int, economy_code: str | None) -> int | None:
    """The Gregorian start year of a label in the economy's own calendar ("fiscal year
    2079/80" in a Nepali story is July 2022 - July 2023), else None."""
    calendar = cal.FISCAL_YEAR_LOCAL_START.get(economy_code or "", ("", 0))[0]
    if label_year >= cal.LOCAL_LABEL_FROM.get(calendar, 10_000):
        return label_year - cal.LOCAL_YEAR_OFFSET[calendar]
    return None


def fiscal_containing(day: date, economy_code: str | None) -> int:
    """Start year of the fiscal year that contains ``day``."""
    if economy_code in cal.FISCAL_YEAR_LOCAL_START:
        return day.year if fiscal_year(day.year, economy_code)[0] <= day else day.year - 1
    start_month = _fiscal_start_month(economy_code, day.year)
    return day.year if day.month >= start_month else day.year - 1
