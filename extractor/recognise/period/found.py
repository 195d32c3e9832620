"""What a rule reads from one match (``Found``), and its dates once the year is known.

A ``Found`` says where the period sits in the calendar (a ``build`` from an anchor year
to a range, or ``fixed`` dates when the text states them completely) and how its year
is fixed: stated, counted from the publication date (``pick``), or left to a
comparison with another period.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import partial

from extractor.data import calendar as cal
from extractor.recognise.period.calendar_math import Range
from extractor.recognise.period.tokens import normalise
from extractor.recognise.period.year_choice import Build, Pick, try_build, year_offset


@dataclass(frozen=True, slots=True)
class Found:
    """One rule's reading of one match, before its year is fixed."""

    start: int
    end: int
    granularity: str | None
    fixed: Range | None = None  # stated completely in the text
    build: Build | None = None  # for a period whose year comes from outside
    pick: Pick | None = None  # how to choose that year from the publication date
    needs_publication: bool = False  # "last month" cannot fall back to a year the text states
    comparison: str | None = None
    year: int | None = None  # a stated year: "the same period of 2023"
    fiscal: bool = False


def stated(start: int, end: int, granularity: str, build: Build, year: int, fiscal: bool = False) -> Found | None:
    found = try_build(build, year)
    return Found(start, end, granularity, fixed=found, fiscal=fiscal) if found else None


def relative(start: int, end: int, granularity: str, build: Build, pick: Pick, **kw) -> Found:
    return Found(start, end, granularity, build=build, pick=pick, **kw)


def with_year(m: re.Match, granularity: str, build: Build, default: Pick, fiscal: bool = False) -> Found | None:
    """Bind ``build`` to the year the match states (group ``y`` or ``ly``), to one counted
    from publication (group ``rel``: "this year", "last year"), or else to ``default``."""
    start, end = m.span()
    g = m.groupdict()
    year = g.get("y") or g.get("ly") or g.get("ly2") or g.get("py")  # py: "2023's first half"
    if year:
        return stated(start, end, granularity, build, int(year), fiscal)
    rel = normalise(g.get("rel") or g.get("prel"))  # prel: "this year's first half"
    if rel in cal.RELATIVE_OFFSET_WORDS:
        return relative(start, end, granularity, build, partial(year_offset, cal.RELATIVE_OFFSET_WORDS[rel]),
                        needs_publication=True, fiscal=fiscal)
    return relative(start, end, granularity, build, default, fiscal=fiscal)


def dates_of(f: Found, published: date | None, reference_year: int | None) -> Range | None:
    """The dates of ``f``: stated, chosen from the publication date, or else in the
    year the text itself states (``reference_year``)."""
    if f.fixed:
        return f.fixed
    try:
        if f.pick and published:
            return f.pick(f.build, published)
        if f.build and reference_year and not f.needs_publication:
            return try_build(f.build, reference_year)
    except (ValueError, OverflowError):  # counted past year 1 or 9999
        return None
    return None
