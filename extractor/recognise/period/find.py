"""``find_periods``: scan a text with the rules, date what was found, make mentions."""
from __future__ import annotations

from datetime import date

from extractor.data import calendar as cal
from extractor.recognise.period.calendar_math import Range
from extractor.recognise.period.found import Found, dates_of
from extractor.recognise.period.rules import RULES
from extractor.recognise.period.scan import scan
from extractor.recognise.period.tokens import WORD_BEFORE
from extractor.recognise.period.year_choice import publication_date
from models.mentions import PeriodMention


def _reference_year(text: str, found: list[Found]) -> int | None:
    """The latest year the text states outright, used for yearless months when there is
    no publication date ("Between January and February" after "the first two months of
    2024"). Targets ("by 2030") do not count."""
    years = []
    for f in found:
        if f.fixed and f.granularity in ("year", "month", "day", "quarter", "half", "span") and f.fixed[0].year == f.fixed[1].year:
            before = WORD_BEFORE.search(text, max(0, f.start - 12), f.start)
            if not (before and before.group(1).lower() in cal.TARGET_WORDS_BEFORE):
                years.append(f.fixed[0].year)
    return max(years, default=None)


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
    reference_year = None if published else _reference_year(text, found)
    return [_mention(text, f, dates_of(f, published, reference_year)) for f in found]
