"""Regex building blocks for calendar words: months, years, days, counts, units.

The words come from ``extractor.data.calendar``; the rules' patterns are assembled from
these pieces, so a new spelling is added to the table, not to each pattern.
"""
from __future__ import annotations

import re

from extractor.data import calendar as cal


def alternation(words) -> str:
    """Regex alternation of ``words``, longest first so that "sept" wins over "sep"."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace(r"\-", r"[-\s]") for w in ordered)


# A full month name may be glued to its year ("March2021"), as copy pasted from
# statistical releases often is.
MONTH_FULL_RE = rf"\b(?:{alternation(cal.MONTH_NAMES)})(?![^\W\d_])"
MONTH_ANY_RE = rf"(?:{MONTH_FULL_RE}|\b(?:{alternation(cal.MONTH_ABBREVIATIONS)})(?:\.|\b))"
NUM_RE = rf"(?:\d{{1,2}}(?!\d)|(?:{alternation(cal.NUMBER_WORDS)})\b)"
YEAR_RE = r"(?<![\d.,])(?:19|20)\d\d(?!\d|[.,]\d)"
DAY_RE = r"(?:3[01]|[12]\d|0?[1-9])(?!\d|[.,]\d)(?:st|nd|rd|th)?"
UNIT_RE = rf"(?:(?:{alternation(cal.FISCAL_WORDS)})\s+years?|{alternation(cal.UNIT_MONTHS)})"
QUARTER_CODE_RE = alternation(cal.QUARTER_CODES)
# ("the same time span of 2022", "the same timeframe last year")
PERIOD_NOUN_RE = (rf"(?:periods?|months?|quarters?|half|half[-\s]year|time\s+(?:span|frame)|timeframe|time|duration|"
                  # ("the corresponding five month period in 2022", "the comparable six-month period")
                  rf"span|stretch|{NUM_RE}[-\s]+months?[-\s]+period|{NUM_RE}\s+months|{MONTH_FULL_RE}(?:\s+period)?)")


def right_after(*words: str) -> str:
    """Straight after one of ``words`` and a space ("exports since July", "the surplus
    after September"): one fixed-width lookbehind per word, which Python's lookbehinds need."""
    return "(?:" + "|".join(rf"(?<={word}\s)" for word in words) + ")"


def month_group(name: str, full_only: bool = False) -> str:
    return rf"(?P<{name}>{MONTH_FULL_RE if full_only else MONTH_ANY_RE})"


def year_group(name: str) -> str:
    return rf"(?P<{name}>{YEAR_RE})"


def year_prefix() -> str:
    """Optional possessive year before a part of it: "this year's", "2023's", "the year's"."""
    return (rf"(?:(?:{year_group('py')}|(?P<prel>this|last|next|the\s+current|the\s+previous|the)\s+year)"
            r"['’]s\s+)?")


def year_suffix(prefix: str = "") -> str:
    """Optional year after a period: " 1986", " of 1986", " this year", " of last year",
    " of the past year" (after a part of it, the year before this one)."""
    # An acronym may stand before the year: "the first nine months (9M) of 2022".
    # "the first 4 months of the year 2016": the year named with its number.
    # ("the first seven months (January through July) of 2020": or the months it covers)
    return (rf"(?:(?:\s*\((?:[A-Za-z0-9 -]{{1,12}}|{MONTH_ANY_RE}\s*(?:-|–|to|through|thru)\s*{MONTH_ANY_RE})\))?"
            # ("of calendar 2022", "of the 2022 calendar year": a calendar year said so)
            rf"(?:\s+(?:of|in|for))?\s+(?:(?:the\s+year\s+|calendar\s+(?:year\s+)?"
            rf"|the\s+(?=(?:19|20)\d\d\s+calendar\s+year\b))?{year_group(prefix + 'y')}(?:\s+calendar\s+year\b)?"
            rf"|(?P<{prefix}rel>this|last|next|the\s+current|the\s+previous|the\s+preceding|the\s+past|the)\s+year\b))?")
