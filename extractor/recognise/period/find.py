"""``find_periods``: scan a text with the rules, date what was found, make mentions."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from extractor.data import calendar as cal
from extractor.recognise.period.calendar_math import Range
from extractor.recognise.period.found import Found, dates_of
from extractor.recognise.period.rules import RULES
from extractor.recognise.period.scan import scan
from extractor.recognise.period.tokens import WORD_BEFORE
from extractor.recognise.period.year_choice import publication_date
from models.mentions import PeriodMention


def _reference_day(text: str, found: list[Found]) -> date | None:
    """The last day of the latest period the text states outright, for yearless months
    when there is no publication date. Targets ("by 2030") do not count."""
    ends = []
    for f in found:
        if f.fixed and f.granularity in ("year", "month", "day", "quarter", "half", "span") and f.fixed[0].year == f.fixed[1].year:
            before = WORD_BEFORE.search(text, max(0, f.start - 12), f.start)
            if not (before and before.group(1).lower() in cal.TARGET_WORDS_BEFORE):
                ends.append(f.fixed[1])
    return max(ends, default=None)


def _reference_year(f: Found, day: date | None) -> int | None:
    """The year a yearless period takes from the text: the story is told after every
    period it states, so "February" after "a record set in August 2016" is February
    2017, and "the first five months of the year" after "In 2016, ..." are 2017's."""
    if day is None or f.build is None:
        return day.year if day else None
    try:
        first = f.build(day.year)
    except (ValueError, OverflowError):
        return day.year
    return day.year + 1 if first[1] < day else day.year


def _mention(text: str, f: Found, dates: Range | None) -> PeriodMention:
    if f.comparison:
        year = f.year
    elif dates is None:
        year = None
    elif f.fiscal or f.granularity == "fiscal_year" or dates[0].year == dates[1].year:
        year = dates[0].year
    else:
        year = None
    return PeriodMention(
        text=text[f.start:f.end], start=f.start, end=f.end,
        period_start=dates[0] if dates else None, period_end=dates[1] if dates else None,
        granularity=f.granularity, relative=f.fixed is None and f.comparison is None,
        comparison=f.comparison, year=year,
    )


def find_periods(text: str, published: date | None = None, economy: str | None = None) -> list[PeriodMention]:
    """Periods stated in ``text``, in order, without overlaps, longest expression first.

    Relative periods are resolved against ``published``; without it, yearless months
    and days take the latest year the text states, and "last year" stays unresolved.
    Comparison periods keep their rule for ``resolve_comparison``. Fiscal years are
    ``economy``'s (the story's subject), Japan's April-March without one.
    """
    published = publication_date(published)
    found = scan(text, RULES, economy)
    if published:
        return [_mention(text, f, dates_of(f, published, None)) for f in found]
    day = _reference_day(text, found)
    # "compared with the same month of 2021" is said in a later year.
    after = max((f.year + 1 for f in found if f.comparison == "same_period_of_year" and f.year), default=None)
    out = []
    for f in found:
        year = _reference_year(f, day) if day else None
        if after and (year is None or year < after) and f.build is not None:
            year = after
        if f.needs_publication and f.granularity == "month" and year is not None:
            f = replace(f, needs_publication=False)  # "last December" in a story that fixes its year
        out.append(_mention(text, f, dates_of(f, published, year)))
    return out
