"""Quarters and halves: "the first quarter", "Q1 2023", "the September quarter",
"the second half of 1986", "H1".
"""
from __future__ import annotations

import re
from functools import partial

from extractor.data import calendar as cal
from extractor.recognise.period.calendar_math import months_span, span_ending
from extractor.recognise.period.found import Found, relative, with_year
from extractor.recognise.period.patterns import (
    MONTH_ANY_RE, QUARTER_CODE_RE, alternation, month_group, year_group, year_prefix, year_suffix,
)
from extractor.recognise.period.scan import MONTH, YEAR, rule
from extractor.recognise.period.tokens import month_number, number_value
from extractor.recognise.period.year_choice import (
    LATEST_BEGUN, LATEST_LAST_MONTH_BEGUN, latest_calendar_or_fiscal_part, units_from_publication,
)


def _on_quarter(m: re.Match, economy: str | None) -> Found | None:
    """ "the first quarter", "first-quarter 1987", "the final quarter of last year"."""
    if m.group("num"):  # "quarter 2 of 2023", "Quarter two, 2023"
        word = _QUARTER_NUMBERS[m.group("num").lower()]
    else:
        word = m.group("ord").lower()
    stated = m.group("y") or m.group("ly") or m.group("rel") or m.group("py") or m.group("prel")
    if word == "last" and not stated:  # "the last quarter": the one before this one
        return relative(*m.span(), "quarter", None, partial(units_from_publication, 3, -1),
                        needs_publication=True)
    number = 4 if word in cal.CLOSING_ORDINAL_WORDS else cal.ORDINAL_WORDS[word]
    if number > 4:
        return None
    build = partial(months_span, first_month=3 * number - 2, months=3)
    return _fiscal_counted(m, "quarter", build, economy, stated, number, 3) \
        or with_year(m, "quarter", build, LATEST_BEGUN)


def _fiscal_counted(m: re.Match, granularity: str, build, economy: str | None, stated, number: int,
                    months: int) -> Found | None:
    """"the first quarter", "H1" with no year, where trade is counted in fiscal years
    (Pakistan, Bangladesh, India, Nepal): the newest such part of the calendar or the
    fiscal year, as for "the first eight months" (spans.py)."""
    if economy not in cal.FISCAL_COUNTED_TRADE or stated:
        return None
    pick = partial(latest_calendar_or_fiscal_part, economy, months, offset=months * (number - 1))
    return Found(*m.span(), granularity, build=build, pick=pick)


def _on_quarter_code(m: re.Match, economy: str | None) -> Found | None:
    """ "Q1 2023", "2023Q1", "Q4"."""
    number = cal.QUARTER_CODES[(m.group("code") or m.group("code0")).lower()]
    build = partial(months_span, first_month=3 * number - 2, months=3)
    return _fiscal_counted(m, "quarter", build, economy, m.group("y") or m.group("ly") or m.group("rel"), number, 3) \
        or with_year(m, "quarter", build, LATEST_BEGUN)


def _on_quarter_by_month(m: re.Match, economy: str | None) -> Found | None:
    """ "the September quarter", "the December 1986 quarter": the quarter ending that month."""
    month = month_number(m.group("mon"))
    if not month:
        return None
    granularity = "quarter" if month % 3 == 0 else "span"
    return with_year(m, granularity, partial(span_ending, last_month=month, months=3), LATEST_BEGUN)


def _on_half(m: re.Match, economy: str | None) -> Found | None:
    """ "the first half of 1986", "second half", "H1 2023"."""
    if m.group("code"):
        number = cal.HALF_CODES[m.group("code").lower()]
    else:
        word = m.group("ord").lower()
        number = 2 if word in cal.CLOSING_ORDINAL_WORDS or word == "latter" else cal.ORDINAL_WORDS[word]
    if number > 2:
        return None
    build = partial(months_span, first_month=6 * number - 5, months=6)
    stated = m.group("y") or m.group("ly") or m.group("rel") or m.group("py") or m.group("prel")
    return _fiscal_counted(m, "half", build, economy, stated, number, 6) or with_year(m, "half", build, LATEST_BEGUN)


# "quarter 2", "Quarter two" (East and Southeast Asian and some African outlets): the
# number after the word, not a percentage's or an amount's ("the quarter 2.5% higher").
_QUARTER_NUMBERS = {"1": "first", "2": "second", "3": "third", "4": "fourth",
                    "one": "first", "two": "second", "three": "third", "four": "fourth"}

QUARTER = rule(
    "quarter", ("quarter",), 40,
    rf"{year_prefix()}(?:the\s+)?(?:{year_group('ly')}\s+)?(?:(?P<ord>first|second|third|fourth|final|last|closing|1st|2nd|3rd|4th)"
    rf"[-\s]+quarter\b|quarter\s+(?P<num>[1-4]|one|two|three|four)\b(?![.,]\d|\s*(?:%|per\s?cent\b|per\b|pct\b))"
    rf"(?:,(?=\s+(?:19|20)\d\d\b))?){year_suffix()}",
    _on_quarter)

QUARTER_CODE = rule(
    "quarter code", (*cal.QUARTER_CODES, YEAR), 6,
    # ("Q2, 2019": the year set off by a comma, as some outlets write it)
    rf"\b(?P<code>{QUARTER_CODE_RE})\b(?:(?:\s*[-/,]?\s*|\s+of\s+){year_group('y')}"
    rf"|\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b)?"
    rf"|{year_group('ly')}\s*[-/]?\s*(?P<code0>{QUARTER_CODE_RE})\b",
    _on_quarter_code)

def _on_quarter_short_year(m: re.Match, economy: str | None) -> Found | None:
    """ "1Q21", "Q3'22", "Q2-23": a quarter with the year's last two digits."""
    number = int(m.group("n1") or m.group("n2"))
    year = 2000 + int(m.group("yy"))
    return Found(*m.span(), "quarter", fixed=months_span(year, first_month=3 * number - 2, months=3))


QUARTER_SHORT_YEAR = rule(
    "quarter with a short year", ("1q", "2q", "3q", "4q", "q1", "q2", "q3", "q4"), 0,
    r"\b(?:(?P<n1>[1-4])Q|Q(?P<n2>[1-4]))\s?['’-]?\s?(?P<yy>[0-3]\d)\b(?![.,]?\d)",
    _on_quarter_short_year)

def _on_half_short_year(m: re.Match, economy: str | None) -> Found | None:
    """ "1H23", "H2'24", "2H-22": a half with the year's last two digits, as analysts write it."""
    number = int(m.group("n1") or m.group("n2"))
    year = 2000 + int(m.group("yy"))
    return Found(*m.span(), "half", fixed=months_span(year, first_month=6 * number - 5, months=6))


HALF_SHORT_YEAR = rule(
    "half with a short year", ("1h", "2h", "h1", "h2"), 0,
    # no space before the year: "H1 23" is as likely a half and a count
    r"\b(?:(?P<n1>[12])H|H(?P<n2>[12]))['’-]?(?P<yy>[0-3]\d)\b(?![.,]?\d)",
    _on_half_short_year)

def _on_half_code(m: re.Match, economy: str | None) -> Found | None:
    """ "H1-2023", "1H 2023", "2H/2022": a half by its code, the year joined to it."""
    number = int(m.group("n1") or m.group("n2"))
    build = partial(months_span, first_month=6 * number - 5, months=6)
    return _fiscal_counted(m, "half", build, economy, m.group("y"), number, 6) \
        or with_year(m, "half", build, LATEST_BEGUN)


HALF_CODE = rule(
    "half code", ("1h", "2h", "h1", "h2"), 6,
    # the year joined by a hyphen, a slash or a comma ("H1-2023", "1H/2023", "2H, 2022"),
    # as West African and analysts' copy writes it (with a space, the rule "half" reads "H1 2023")
    r"\b(?:(?P<n1>[12])H|H(?P<n2>[12]))(?:\s*[-/,]\s*|\s+)" + year_group("y"),
    _on_half_code)

QUARTER_BY_MONTH = rule(
    "quarter by month", (MONTH,), 10,
    rf"(?:the\s+)?(?:{year_group('ly')}\s+)?{month_group('mon', full_only=True)}(?:\s+{year_group('y')})?\s+quarter\b"
    rf"(?(y)|(?(ly)|(?:\s+(?:of\s+)?{year_group('ly2')})?))",  # "the December quarter 2021"
    _on_quarter_by_month)

QUARTER_OF_MONTH = rule(
    "quarter of a month", ("quarter",), 6,
    rf"(?:the\s+)?quarter\s+(?:of|ending|ended)\s+{month_group('mon', full_only=True)},?(?:\s+{year_group('y')})?",
    _on_quarter_by_month)  # "the Quarter of September, 2011": the quarter ending that month

HALF = rule(
    "half", ("half", "semester", *cal.HALF_CODES), 40,
    # "semester" is how Philippine and Latin American outlets name a half-year.
    rf"{year_prefix()}(?:the\s+)?(?:{year_group('ly')}\s+)?(?:(?P<ord>first|second|1st|2nd|final|last|latter)[-\s]+(?:half|semester)\b"
    rf"(?![-\s]+(?:point|percentage|of\s+(?:{MONTH_ANY_RE}|the\s+(?:month|decade|century|financial|fiscal))))"
    rf"|\b(?P<code>{alternation(cal.HALF_CODES)})\b){year_suffix()}",
    _on_half)


def _on_half_year_alone(m: re.Match, economy: str | None) -> Found | None:
    """ "In the half-year, exports rose to X" (Central Asian agencies' copy): the year's
    first half, the latest whose last month has begun, as "the first half" would be."""
    if not _SAID_AS_ITS_PERIOD.search(m.string, max(0, m.start() - 12), m.start()):
        return None  # "the half-year before", "a half-year high": no period of a figure
    build = partial(months_span, first_month=1, months=6)
    return _fiscal_counted(m, "half", build, economy, None, 1, 6) or with_year(m, "half", build, LATEST_LAST_MONTH_BEGUN)


_SAID_AS_ITS_PERIOD = re.compile(r"\b(?:in|over|during|for)\s+$", re.IGNORECASE)

HALF_YEAR_ALONE = rule(
    "half-year alone", ("half",), 40,
    rf"the\s+half[-\s]year(?:\s+period)?\b(?![-\s]+(?:of|ended|ending|to|earlier|ago|before|on)\b){year_suffix()}",
    _on_half_year_alone)


def _on_tertile(m: re.Match, economy: str | None) -> Found | None:
    """ "the first tertile of 2023": a third of the year, four months (Jordan's statistics
    office reports its foreign trade so)."""
    number = cal.ORDINAL_WORDS[m.group("ord").lower()]
    if number > 3:
        return None
    return with_year(m, "span", partial(months_span, first_month=4 * number - 3, months=4), LATEST_BEGUN)


TERTILE = rule(
    "tertile", ("tertile",), 40,
    rf"{year_prefix()}(?:the\s+)?(?P<ord>first|second|third|1st|2nd|3rd)[-\s]+tertile\b{year_suffix()}",
    _on_tertile)


# Latin American copy names parts of the year after Spanish and Portuguese: "bimestre"
# (two months), "trimestre" (a quarter), "cuatrimestre"/"quadrimestre" (four months).
_PART_MONTHS = {"bimester": 2, "trimester": 3, "quadrimester": 4, "cuatrimestre": 4, "quatrimester": 4}


def _on_part_of_year(m: re.Match, economy: str | None) -> Found | None:
    """ "the first bimester of 2019", "the first trimester of 2021", "the last trimester of
    2022", "the first quadrimester of 2023": that part of the calendar year."""
    months = _PART_MONTHS[m.group("part").lower()]
    word = m.group("ord").lower()
    number = 12 // months if word in cal.CLOSING_ORDINAL_WORDS else cal.ORDINAL_WORDS[word]
    if number > 12 // months:
        return None
    return with_year(m, "quarter" if months == 3 else "span",
                     partial(months_span, first_month=months * (number - 1) + 1, months=months), LATEST_BEGUN)


PART_OF_YEAR = rule(
    "bimester, trimester, quadrimester", tuple(_PART_MONTHS), 40,
    rf"{year_prefix()}(?:the\s+)?(?P<ord>first|second|third|fourth|fifth|sixth|final|last|1st|2nd|3rd|4th|5th|6th)"
    rf"[-\s]+(?P<part>{alternation(_PART_MONTHS)})\b{year_suffix()}",
    _on_part_of_year)


def _on_after_quarters(m: re.Match, economy: str | None) -> Found | None:
    """ "After the third quarter of this year, Hungary recorded a surplus of X", "After
    three quarters of 2018", "As of the end of the second quarter of 2022": the year's
    months so far, from January."""
    number = cal.ORDINAL_WORDS[m.group("ord").lower()] if m.group("ord") else number_value(m.group("n"))
    if number > 3:
        return None
    return with_year(m, "span", partial(months_span, first_month=1, months=3 * number), LATEST_BEGUN)


AFTER_QUARTERS = rule(
    "after quarters", ("after",), 2,
    # only opening a sentence: "after the third quarter" inside one is a point in time
    rf"(?:(?<=^)|(?<=\n)|(?<=\.\s))After\s+(?:the\s+)?(?:(?P<ord>first|second|third|1st|2nd|3rd)\s+quarter"
    rf"|(?P<n>two|three|2|3)\s+quarters)\b{year_suffix()}",
    _on_after_quarters)

# "As of the end of the second quarter of 2022, trade amounted to X", "by the end of the
# third quarter", "imports at the end of the third quarter of the year climbed to X": a
# flow's months so far, as "as of end-September" is (spans.YEAR_TO_MONTH).
QUARTERS_SO_FAR = rule(
    "quarters so far", ("end",), 14,
    rf"(?:as\s+(?:of|at)|at|by|until|till|through|up\s+to)\s+(?:the\s+)?end\s+of\s+(?:the\s+)?"
    rf"(?P<ord>first|second|third|1st|2nd|3rd)[-\s]+quarter\b{year_suffix()}",
    _on_after_quarters)

