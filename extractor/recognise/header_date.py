"""The day an undated article was published, from a date line at its head.

Pages scraped without their metadata often keep the date their byline or source line
shows: "Source: Xinhua | 2020-02-20", "DATE:  Apr 14 2025", "27 Sep 2014 11:17", a line
holding only "July 3, 2017". When the caller gives no publication date, such a line
stands in for it, so "in January" and "last year" can be dated. Only a line that holds
nothing but the date (with a label, a weekday or a time beside it) counts, or a wire's
dateline that opens a line with its city and a dated day ("Addis Ababa July 17/2020(ENA)"):
a date inside a sentence is an event's or a period's ("the fiscal year, which ended January
7, 2019").
"""
from __future__ import annotations

import re
from datetime import date

from extractor.data.calendar import MONTH_ABBREVIATIONS, MONTH_NAMES

# How far down a page its date line may stand: below a headline, a standfirst, an
# author's name and a photo caption, before the story proper.
HEAD_LINES = 12

_MONTHS = {**MONTH_ABBREVIATIONS, **MONTH_NAMES}
_MONTH_WORDS = "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True))
_WEEKDAY = r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"


def _month(k: int) -> str:
    return rf"(?P<mon{k}>{_MONTH_WORDS})\.?"


def _day(k: int) -> str:
    return rf"(?P<day{k}>\d{{1,2}})(?:st|nd|rd|th)?"


def _year(k: int) -> str:
    return rf"(?P<year{k}>(?:19|20)\d\d)"


_DATE = (rf"(?:{_year(1)}-(?P<mon1>\d\d)-(?P<day1>\d\d)"  # 2020-02-20
         rf"|{_WEEKDAY}{_month(2)}\s+{_day(2)},?\s+{_year(2)}"  # July 3, 2017 | Apr 14 2025
         rf"|{_WEEKDAY}{_day(3)}\s+{_month(3)},?\s+{_year(3)})")  # 25 November 2012 | 27 Sep 2014
# What may stand beside the date on its line: a label ("Published:", "Source: Xinhua |"),
# a time ("11:17", "6:39 PM", "10:15 IST").
_LABEL = (r"(?:(?:source|by)\s*:?\s*[^|\n]{1,40}\|\s*)?"
          r"(?:(?:date|published|posted|updated|last\s+updated|first\s+published)(?:\s+on)?\s*:?\s*)?")
_TIME = r"(?:\s*[|,/-]?\s*\d{1,2}:\d\d(?::\d\d)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,4}|GMT[+-]\d{1,2})?)?"
# ... and, after it, where the page came from or who edited it ("2021-02-23 09:57:19
# 来源: Xinhua 责任编辑: 陈佳丽", "| Source: Reuters").
_SOURCE_AFTER = r"(?:\s*\|?\s*(?:source|editor|来源|责任编辑|编辑)\s*[:：][^|\n]{1,40}?)*"
_DATE_LINE = re.compile(rf"\s*{_LABEL}{_DATE}{_TIME}{_SOURCE_AFTER}\s*", re.IGNORECASE)


# ... or a wire's dateline that gives the year: "Addis Ababa July 17/2020(ENA) Ethiopia has
# secured ...", "NEW YORK, Oct. 5, 2023 /PRNewswire/ --" (a city of up to three words, then
# the date, then the agency or a dash).
_DATELINE_WITH_YEAR = re.compile(
    rf"\s*[A-Z][A-Za-z'’.-]+(?:\s+[A-Z][A-Za-z'’.-]+){{0,2}},?\s+(?i:{_month(2)})\s+{_day(2)}\s*(?:,\s*|/\s*){_year(2)}"
    r"(?=\s*(?:\(|/|[-–—:]))")


def header_date(text: str) -> date | None:
    """The date of the first line near the head of ``text`` that holds only a date, or
    of a dateline that gives its year."""
    for line in text.split("\n", HEAD_LINES)[:HEAD_LINES]:
        m = _DATE_LINE.fullmatch(line) or _DATELINE_WITH_YEAR.match(line)
        if m is None:
            continue
        k = next(k for k in (1, 2, 3) if m.groupdict().get(f"year{k}"))
        said = m[f"mon{k}"]
        month = int(said) if said.isdigit() else _MONTHS[said.lower()]
        day = int(m[f"day{k}"])
        try:
            return date(int(m[f"year{k}"]), month, day)
        except ValueError:
            continue  # "2020-02-31": no day
    return None
