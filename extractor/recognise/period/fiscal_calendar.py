"""Which months an economy's fiscal year spans, and which year a fiscal label names.

The conventions themselves (start months, their history, naming by end year) are
tables in ``extractor.data.calendar``; this module only reads them.
"""
from __future__ import annotations

from datetime import date

from extractor.data import calendar as cal
from extractor.recognise.period.calendar_math import Range, months_span


def _fiscal_start_month(economy_code: str | None, year_start: int) -> int:
    for first_year, month in reversed(cal.FISCAL_YEAR_START_HISTORY.get(economy_code or "", ())):
        if year_start >= first_year:
            return month
    return cal.FISCAL_YEAR_START_MONTH.get(economy_code or "", cal.DEFAULT_FISCAL_YEAR_START_MONTH)


def fiscal_year(year_start: int, economy_code: str | None) -> Range:
    """The fiscal year of ``economy_code`` that starts in calendar year ``year_start``.

    Unknown or missing economies get Japan's April-March year (the guidelines' example).
    """
    start_month = _fiscal_start_month(economy_code, year_start)
    return months_span(year_start, start_month, 12)


def fiscal_label_start(label_year: int, economy_code: str | None) -> int:
    """Start year of the fiscal year a one-year label ("fiscal 1987", "FY2024") names."""
    if economy_code in cal.FISCAL_YEAR_NAMED_BY_END_YEAR and _fiscal_start_month(economy_code, label_year - 1) != 1:
        return label_year - 1
    return label_year


def fiscal_containing(day: date, economy_code: str | None) -> int:
    """Start year of the fiscal year that contains ``day``."""
    start_month = _fiscal_start_month(economy_code, day.year)
    return day.year if day.month >= start_month else day.year - 1
