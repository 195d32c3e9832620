"""Reading matched tokens (month names, counts, two-digit years) and the words around a match."""
from __future__ import annotations

import re

from extractor.data import calendar as cal
from extractor.recognise.period.patterns import alternation

ALL_MONTHS = {**cal.MONTH_NAMES, **cal.MONTH_ABBREVIATIONS}
LOWER_CASE_MONTHS = frozenset(cal.MONTH_NAMES) - cal.AMBIGUOUS_MONTH_NAMES
# "a year to March": an article before a unit counts as one.
_NUMBER_WORDS = {**cal.NUMBER_WORDS, "a": 1, "an": 1}


def month_number(token: str) -> int | None:
    """Month of a matched token, or None when it is a lower-case word ("may", "march",
    "jan"); a full name that is no common word counts in lower case too ("in september")."""
    if not token[:1].isupper() and token not in LOWER_CASE_MONTHS:
        return None
    return ALL_MONTHS.get(token.rstrip(".").lower())


def number_value(token: str) -> int:
    """Value of a count matched by ``NUM_RE`` or an article: "12", "eight", "twenty-one", "a"."""
    token = token.lower()
    return int(token) if token.isdigit() else _NUMBER_WORDS[re.sub(r"[-\s]+", "-", token)]


def full_year(token: str, after: int | None = None) -> int:
    """Four-digit year of a matched "1987", "87" or, after ``after``, the "87" of "1986/87"."""
    value = int(token)
    if len(token) == 4:
        return value
    if after is not None:  # "1986/87": the century of the first year
        return after // 100 * 100 + value
    return (2000 if value <= 50 else 1900) + value


def normalise(words: str | None) -> str:
    """Lower case, single spaces: the key under which matched words are looked up."""
    return re.sub(r"\s+", " ", words.lower()) if words else ""


# The word just before a match.
WORD_BEFORE = re.compile(r"([A-Za-z]+)[\s-]*$")
_AMOUNT_AFTER = re.compile(rf"\s*(?:%|(?:{alternation(cal.AMOUNT_WORDS_AFTER)})\b)", re.IGNORECASE)


def amount_follows(text: str, end: int) -> bool:
    """Whether an amount word follows ``end``: "1987 tonnes", "March 25 pct" are no dates."""
    return bool(_AMOUNT_AFTER.match(text, end))
