"""Rules and the word-anchored scan that runs them over a text.

A rule is one compiled pattern and one handler that reads a match into a ``Found`` (or
rejects it). Python's regex engine tries a pattern at every position of the text, which
for two dozen patterns costs seconds on a corpus. So each rule names its anchors (words
every match of it contains: "quarter", a month name, a year) and how far before an
anchor a match can start; anchors are found with ``str.find``, and a rule's pattern is
only tried at the word starts within reach of them. Where rules overlap, the longest
expression wins.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from extractor.data import calendar as cal
from extractor.recognise.period.found import Found
from extractor.recognise.period.tokens import ALL_MONTHS, LOWER_CASE_MONTHS

# Each handler takes a match (and the economy whose fiscal year applies, None in
# find_periods) and returns a Found, or None to reject the match.
Handler = Callable[[re.Match, str | None], Found | None]

MONTH, YEAR, FY_CODE = "<month>", "<year>", "<fy code>"  # anchors found by _anchors, not by a word
SOLAR_YEAR = "<solar year>"  # a Solar Hijri year's number ("in 1402")


# eq=False: a rule is equal only to itself, so hashing one (to cache per rule set) does
# not hash its compiled pattern, which costs ~15 ms over the dev corpus.
@dataclass(frozen=True, slots=True, eq=False)
class Rule:
    """A pattern, the words that any match of it contains (its anchors), and how far
    before an anchor a match can start (its reach, in characters)."""

    name: str
    pattern: re.Pattern
    handler: Handler
    anchors: tuple[str, ...]
    reach: int


# Whitespace in news copy runs to a line break and an indent: room for it in each reach.
_REACH_MARGIN = 8


def rule(name: str, anchors: tuple[str, ...], reach: int, pattern: str, handler: Handler) -> Rule:
    return Rule(name, re.compile(pattern, re.IGNORECASE), handler, anchors, reach + _REACH_MARGIN)


# Where anchors are looked for: every word an anchor names, at the start of a word, in
# the lower-cased text; months by their first three letters, capitalised as a month
# name must be (or in lower case, for the full names that are no common word); years
# by digits.
_MONTH_PREFIXES = tuple(sorted({p for name in cal.MONTH_NAMES for p in (name[:3].capitalize(), name[:3].upper())}))
_LOWER_MONTH_PREFIXES = tuple(sorted({name[:3] for name in LOWER_CASE_MONTHS}))
_YEAR_ANCHOR = re.compile(r"(?<!\d)(?:19|20)\d\d")
# "7MFY24", "1HFY24", "1QFY25": months, a half or a quarter glued to a fiscal year
_FY_CODE_ANCHOR = re.compile(r"(?<![\w.])\d{1,2}[MHQ]\s?FY")
_SOLAR_YEAR_ANCHOR = re.compile(r"(?<![\d.,])1[34]\d\d(?![\d.,]\d)")
_WORD_START = re.compile(r"\b\w")
_WORD_AT = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=None)
def _anchor_words(rules: tuple[Rule, ...]) -> tuple[str, ...]:
    return tuple(sorted({a for r in rules for a in r.anchors if not a.startswith("<")}))


def _starts_of(haystack: str, needle: str, into: list[int]) -> None:
    """Positions where ``needle`` begins a word of ``haystack`` (str.find runs in C)."""
    i = haystack.find(needle)
    while i != -1:
        if i == 0 or not haystack[i - 1].isalnum():
            into.append(i)
        i = haystack.find(needle, i + 1)


def _anchors(text: str, words: tuple[str, ...]) -> dict[str, list[int]]:
    lower = text.lower()
    found: dict[str, list[int]] = {}
    for word in words:
        _starts_of(lower, word, found.setdefault(word, []))
    months = found.setdefault(MONTH, [])
    for prefix in _MONTH_PREFIXES:
        _starts_of(text, prefix, months)
    # "Mar" also starts "Market" and "Dec" "Decision": keep real month words only.
    months[:] = [i for i in months if _WORD_AT.match(text, i).group().lower() in ALL_MONTHS]
    # Copy also writes a month in lower case ("in september"): only a full name that is
    # no common word counts then.
    lower_months: list[int] = []
    for prefix in _LOWER_MONTH_PREFIXES:
        _starts_of(text, prefix, lower_months)
    months += [i for i in lower_months if _WORD_AT.match(text, i).group() in LOWER_CASE_MONTHS]
    months.sort()
    found[YEAR] = [m.start() for m in _YEAR_ANCHOR.finditer(text)]
    found[FY_CODE] = [m.start() for m in _FY_CODE_ANCHOR.finditer(text)] if "FY" in text else []
    found[SOLAR_YEAR] = [m.start() for m in _SOLAR_YEAR_ANCHOR.finditer(text)]
    return found


def _matches(text: str, rule: Rule, anchors: dict[str, list[int]], economy: str | None):
    """The rule's readings, tried only at word starts within reach of one of its anchors.

    Like finditer, a rule's readings do not overlap each other.
    """
    positions = sorted({p for a in rule.anchors for p in anchors[a]})
    done_until = 0
    tried: set[int] = set()
    for anchor in positions:
        if anchor < done_until:
            continue
        for w in _WORD_START.finditer(text, max(done_until, anchor - rule.reach), anchor + 1):
            start = w.start()
            if start in tried:
                continue
            tried.add(start)
            m = rule.pattern.match(text, start)
            if m is None or m.end() == start:
                continue
            reading = rule.handler(m, economy)
            if reading is None:
                continue
            yield reading
            done_until = m.end()
            if done_until > anchor:
                break


def scan(text: str, rules: tuple[Rule, ...], economy: str | None) -> list[Found]:
    """Every rule's findings, reduced to the longest non-overlapping ones, in text order.

    Between matches of equal length the rule earlier in ``rules`` wins.
    """
    anchors = _anchors(text, _anchor_words(rules))
    found: list[tuple[int, Found]] = []
    for order, rule in enumerate(rules):
        found.extend((order, reading) for reading in _matches(text, rule, anchors, economy))
    # Longest first; then the earlier rule; then the earlier place.
    found.sort(key=lambda x: (x[1].start - x[1].end, x[0], x[1].start))
    taken: list[Found] = []
    occupied = bytearray(len(text) + 1)
    for _, f in found:
        if any(occupied[f.start:f.end]):
            continue
        occupied[f.start:f.end] = b"\x01" * (f.end - f.start)
        taken.append(f)
    taken.sort(key=lambda f: f.start)
    return taken
