"""Choosing the year of a relative period ("December", "last year") from the publication date.

A rule that reads a period without a stated year gives a ``Build`` (anchor year ->
range) and a ``Pick``: the policy that chooses among the years around publication.
"""
from __future__ import annotations

from datetime import date, datetime
from functools import partial
from typing import Callable

from extractor.recognise.period.calendar_math import Range, add_months, month_end, months_span
from extractor.recognise.period.fiscal_calendar import fiscal_containing, fiscal_part, fiscal_year

Build = Callable[[int], Range]  # anchor year -> inclusive date range
Pick = Callable[[Build | None, date], Range | None]  # chooses the year from the publication date


def publication_date(published: date | datetime | None) -> date | None:
    return published.date() if isinstance(published, datetime) else published


def try_build(build: Build, year: int) -> Range | None:
    try:
        return build(year)
    except ValueError:  # Feb 29 outside a leap year, a day past the month's end
        return None


def _years_around(published: date) -> range:
    return range(published.year - 2, published.year + 3)


def _latest(test: Callable[[Range, date], bool], build: Build, published: date) -> Range | None:
    for year in reversed(_years_around(published)):
        found = try_build(build, year)
        if found and test(found, published):
            return found
    return None


def _earliest(test: Callable[[Range, date], bool], build: Build, published: date) -> Range | None:
    for year in _years_around(published):
        found = try_build(build, year)
        if found and test(found, published):
            return found
    return None


# The tests behind the year rules. "Begun" is the default: a story published on 13 March
# 1987 that says "December" means December 1986, and "March" means March 1987. It
# misplaces announced months ("talks in late April" becomes April 1986), but a reported
# figure is always for a period that has begun, and forecasts are not scored facts.
def _has_begun(r: Range, p: date) -> bool:
    return r[0] <= p


def _last_month_has_begun(r: Range, p: date) -> bool:
    # A span counted from the start of the year ("January-September", "the first 11
    # months") is reported after its last month has begun, not merely its first.
    return r[1].replace(day=1) <= p


def _ended_before_month(r: Range, p: date) -> bool:  # "last December"
    return r[1] < p.replace(day=1)


def _starts_after_month(r: Range, p: date) -> bool:  # "next January"
    return r[0] > month_end(p.year, p.month)


def _not_yet_ended(r: Range, p: date) -> bool:  # "the year ending March 31", "until April"
    return r[1] >= p


def _starts_this_month_or_later(r: Range, p: date) -> bool:  # "the year beginning April 1"
    return r[0] >= p.replace(day=1)


LATEST_BEGUN: Pick = partial(_latest, _has_begun)
LATEST_LAST_MONTH_BEGUN: Pick = partial(_latest, _last_month_has_begun)
PREVIOUS: Pick = partial(_latest, _ended_before_month)
NEXT: Pick = partial(_earliest, _starts_after_month)
UPCOMING_END: Pick = partial(_earliest, _not_yet_ended)
UPCOMING_START: Pick = partial(_earliest, _starts_this_month_or_later)


def _nearest(edge: int, build: Build, published: date) -> Range | None:
    options = [r for y in _years_around(published) if (r := try_build(build, y))]
    return min(options, key=lambda r: abs((r[edge] - published).days), default=None)


# A day without a year is as often a coming deadline ("tariffs take effect on April 17")
# as a past event, so it goes to the nearest such day, not the latest.
nearest: Pick = partial(_nearest, 0)
# "the year ending June", "the current financial year ending March 31": the one whose end
# is nearest publication, just past (a story of August reports the year to June) or still
# to come (a story of mid-March speaks of the year it is in).
nearest_end: Pick = partial(_nearest, 1)


def year_offset(k: int, build: Build, published: date) -> Range | None:
    return try_build(build, published.year + k)


def counts_years(pick: Pick | None) -> bool:
    """Whether a pick counts whole years from publication ("last year", "January last
    year"), so that a story's own year may stand in for publication's."""
    return isinstance(pick, partial) and pick.func is year_offset


def units_from_publication(unit_months: int, k: int, build: Build | None, published: date) -> Range:
    """The unit (month, quarter) containing the publication date, moved by ``k`` units."""
    first_month = (published.month - 1) // unit_months * unit_months + 1
    year, month = add_months(published.year, first_month, k * unit_months)
    return months_span(year, month, unit_months)


def fiscal_from_publication(economy_code: str | None, k: int, build: Build | None, published: date) -> Range:
    return fiscal_year(fiscal_containing(published, economy_code) + k, economy_code)


def latest_calendar_or_fiscal_part(economy_code: str, months: int, build: Build | None, published: date,
                                   offset: int = 0) -> Range | None:
    """"The first eight months", "the first quarter", unlabelled, where trade is counted in
    fiscal years: the latest such stretch, of the calendar year or of the fiscal year (from
    its month ``offset``), whose last month has begun. A story reports the newest figures:
    in March the first eight months are July to February; in October the first quarter is
    July to September."""
    options = [r for r in (LATEST_LAST_MONTH_BEGUN(build, published) if build else None,) if r]
    current = fiscal_containing(published, economy_code)
    for year in (current, current - 1):
        part = fiscal_part(fiscal_year(year, economy_code), economy_code, offset, months)
        if _last_month_has_begun(part, published):
            options.append(part)
            break
    return max(options, key=lambda r: r[1], default=None)
