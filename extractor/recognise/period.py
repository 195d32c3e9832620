"""Period recogniser: finds the periods a trade story states and turns them into dates.

``find_periods`` runs a list of rules (one compiled regex and one handler each) over
the text; a handler reads its match into a ``_Found``: where the period sits in the
calendar (a ``build`` from an anchor year to an inclusive date range) and how that
year is fixed (stated, counted from the publication date, or left to a comparison).
The longest expression wins where rules overlap; the winners are then resolved.

Three kinds of period come out:

* stated ones ("February 1986", "the first two months of 2024"): exact;
* relative ones ("last year", "December", "the first quarter"): resolved against the
  publication date to the most recent such unit that has begun, with ``relative=True``;
* comparison ones ("a year earlier", "the same period of 2023"): left unresolved with
  their ``comparison`` rule, to be resolved by ``resolve_comparison`` against the
  period they compare with once the assembler knows it.

Explicit days ("April 15, 1987") are found by regex and read by dateparser, which is
slow, so it only ever sees those candidates, and its answers are cached.

Speed: Python's regex engine tries a pattern at every position of the text, which for
two dozen patterns costs seconds on a corpus. So each rule names its anchors (words
every match of it contains: "quarter", a month name, a year) and how far before an
anchor a match can start; anchors are found with ``str.find``, and a rule's pattern is
only tried at the word starts within reach of them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache, partial
from typing import Callable

from extractor.data import calendar as cal
from models.mentions import PeriodMention

Range = tuple[date, date]
Build = Callable[[int], Range]  # anchor year -> inclusive date range
Pick = Callable[[Build | None, date], Range | None]  # chooses the year from the publication date

# --------------------------------------------------------------------------- calendar


def _month_end(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date(year, month + 1, 1) - timedelta(days=1)


def _add_months(year: int, month: int, k: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + k
    return index // 12, index % 12 + 1


def _months_span(year: int, first_month: int, months: int) -> Range:
    """``months`` whole months starting with ``first_month`` of ``year``."""
    last_year, last_month = _add_months(year, first_month, months - 1)
    return date(year, first_month, 1), _month_end(last_year, last_month)


def _span_ending(year: int, last_month: int, months: int, last_day: int | None = None) -> Range:
    """``months`` months ending with ``last_month`` of ``year`` (on ``last_day`` if given).

    A span ending mid-month ("the 12 months to March 20") starts the day after the
    same day ``months`` months earlier.
    """
    end = date(year, last_month, last_day) if last_day else _month_end(year, last_month)
    if end == _month_end(year, last_month):
        first_year, first_month = _add_months(year, last_month, -(months - 1))
        return date(first_year, first_month, 1), end
    return _shift_date(end, -months) + timedelta(days=1), end


def _one_day(month: int, day: int, year: int) -> Range:
    d = date(year, month, day)
    return d, d


def _day_span(first: tuple[int, int], last: tuple[int, int], year: int) -> Range:
    """From (month, day) to (month, day), the end in ``year``; the start may fall a year before."""
    end = date(year, last[0], last[1])
    start = date(year, first[0], first[1])
    if start > end:
        start = date(year - 1, first[0], first[1])
    return start, end


def _shift_date(d: date, months: int) -> date:
    """``d`` moved by whole months; a month end stays a month end (Feb 29 -> Feb 28)."""
    year, month = _add_months(d.year, d.month, months)
    if d == _month_end(d.year, d.month):
        return _month_end(year, month)
    return date(year, month, min(d.day, _month_end(year, month).day))


def _months_between(start: date, end: date) -> int | None:
    """Length in whole months of a month-aligned range, else None."""
    if start.day != 1 or end != _month_end(end.year, end.month):
        return None
    return (end.year - start.year) * 12 + end.month - start.month + 1


# ------------------------------------------------------------------ fiscal years


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
    return _months_span(year_start, start_month, 12)


def _fiscal_label_start(label_year: int, economy_code: str | None) -> int:
    """Start year of the fiscal year a one-year label ("fiscal 1987", "FY2024") names."""
    if economy_code in cal.FISCAL_YEAR_NAMED_BY_END_YEAR and _fiscal_start_month(economy_code, label_year - 1) != 1:
        return label_year - 1
    return label_year


def _fiscal_containing(day: date, economy_code: str | None) -> int:
    """Start year of the fiscal year that contains ``day``."""
    start_month = _fiscal_start_month(economy_code, day.year)
    return day.year if day.month >= start_month else day.year - 1


# ------------------------------------------------------- choosing a year from publication


def _try(build: Build, year: int) -> Range | None:
    try:
        return build(year)
    except ValueError:  # Feb 29 outside a leap year, a day past the month's end
        return None


def _years_around(published: date) -> range:
    return range(published.year - 2, published.year + 3)


def _latest(test: Callable[[Range, date], bool], build: Build, published: date) -> Range | None:
    for year in reversed(_years_around(published)):
        found = _try(build, year)
        if found and test(found, published):
            return found
    return None


def _earliest(test: Callable[[Range, date], bool], build: Build, published: date) -> Range | None:
    for year in _years_around(published):
        found = _try(build, year)
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
    return r[0] > _month_end(p.year, p.month)


def _not_yet_ended(r: Range, p: date) -> bool:  # "the year ending March 31", "until April"
    return r[1] >= p


def _starts_this_month_or_later(r: Range, p: date) -> bool:  # "the year beginning April 1"
    return r[0] >= p.replace(day=1)


_LATEST_BEGUN: Pick = partial(_latest, _has_begun)
_LATEST_LAST_MONTH_BEGUN: Pick = partial(_latest, _last_month_has_begun)
_PREVIOUS: Pick = partial(_latest, _ended_before_month)
_NEXT: Pick = partial(_earliest, _starts_after_month)
_UPCOMING_END: Pick = partial(_earliest, _not_yet_ended)
_UPCOMING_START: Pick = partial(_earliest, _starts_this_month_or_later)


def _nearest(build: Build, published: date) -> Range | None:
    # A day without a year is as often a coming deadline ("tariffs take effect on April
    # 17") as a past event, so it goes to the nearest such day, not the latest.
    options = [r for y in _years_around(published) if (r := _try(build, y))]
    return min(options, key=lambda r: abs((r[0] - published).days), default=None)


def _year_offset(k: int, build: Build, published: date) -> Range | None:
    return _try(build, published.year + k)


def _units_from_publication(unit_months: int, k: int, build: Build | None, published: date) -> Range:
    """The unit (month, quarter) containing the publication date, moved by ``k`` units."""
    first_month = (published.month - 1) // unit_months * unit_months + 1
    year, month = _add_months(published.year, first_month, k * unit_months)
    return _months_span(year, month, unit_months)


def _fiscal_from_publication(economy_code: str | None, k: int, build: Build | None, published: date) -> Range:
    return fiscal_year(_fiscal_containing(published, economy_code) + k, economy_code)


# ------------------------------------------------------------------ found periods


@dataclass(frozen=True, slots=True)
class _Found:
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


def _stated(start: int, end: int, granularity: str, build: Build, year: int, fiscal: bool = False) -> _Found | None:
    found = _try(build, year)
    return _Found(start, end, granularity, fixed=found, fiscal=fiscal) if found else None


def _relative(start: int, end: int, granularity: str, build: Build, pick: Pick, **kw) -> _Found:
    return _Found(start, end, granularity, build=build, pick=pick, **kw)


def _with_year(m: re.Match, granularity: str, build: Build, default: Pick, fiscal: bool = False) -> _Found | None:
    """Bind ``build`` to the year the match states (group ``y`` or ``ly``), to one counted
    from publication (group ``rel``: "this year", "last year"), or else to ``default``."""
    start, end = m.span()
    g = m.groupdict()
    year = g.get("y") or g.get("ly")
    if year:
        return _stated(start, end, granularity, build, int(year), fiscal)
    rel = _norm(g.get("rel"))
    if rel in _YEAR_OFFSETS:
        return _relative(start, end, granularity, build, partial(_year_offset, _YEAR_OFFSETS[rel]),
                         needs_publication=True, fiscal=fiscal)
    return _relative(start, end, granularity, build, default, fiscal=fiscal)


def _norm(word: str | None) -> str:
    return re.sub(r"\s+", " ", word.lower()) if word else ""


_YEAR_OFFSETS = {"this": 0, "the current": 0, "current": 0, "last": -1, "the previous": -1,
                 "previous": -1, "next": 1, "the coming": 1, "coming": 1}

# ------------------------------------------------------------------ regex pieces


def _alternation(words) -> str:
    """Regex alternation of ``words``, longest first so that "sept" wins over "sep"."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace(r"\-", r"[-\s]") for w in ordered)


_ALL_MONTHS = {**cal.MONTH_NAMES, **cal.MONTH_ABBREVIATIONS}
_MONTH_FULL_RE = rf"\b(?:{_alternation(cal.MONTH_NAMES)})\b"
_MONTH_ANY_RE = rf"(?:{_MONTH_FULL_RE}|\b(?:{_alternation(cal.MONTH_ABBREVIATIONS)})(?:\.|\b))"
_NUMBER_WORDS = {**cal.NUMBER_WORDS, "a": 1, "an": 1}
_NUM_RE = rf"(?:\d{{1,2}}(?!\d)|(?:{_alternation(cal.NUMBER_WORDS)})\b)"
_YEAR_RE = r"(?<![\d.,])(?:19|20)\d\d(?!\d|[.,]\d)"
_DAY_RE = r"(?:3[01]|[12]\d|0?[1-9])(?!\d|[.,]\d)(?:st|nd|rd|th)?"
_UNIT_RE = rf"(?:(?:{_alternation(cal.FISCAL_WORDS)})\s+years?|{_alternation(cal.UNIT_MONTHS)})"
_QUARTER_CODE_RE = _alternation(cal.QUARTER_CODES)
_PERIOD_NOUN_RE = rf"(?:periods?|months?|quarters?|half|half[-\s]year|time|{_NUM_RE}\s+months|{_MONTH_FULL_RE}(?:\s+period)?)"


def _month(name: str, full_only: bool = False) -> str:
    return rf"(?P<{name}>{_MONTH_FULL_RE if full_only else _MONTH_ANY_RE})"


def _year(name: str) -> str:
    return rf"(?P<{name}>{_YEAR_RE})"


def _year_suffix(prefix: str = "") -> str:
    """Optional year after a period: " 1986", " of 1986", " this year", " of last year"."""
    return (rf"(?:(?:\s+(?:of|in|for))?\s+(?:{_year(prefix + 'y')}"
            rf"|(?P<{prefix}rel>this|last|next|the\s+current|the\s+previous|the)\s+year\b))?")


def _month_number(token: str) -> int | None:
    """Month of a matched token, or None when it is a lower-case word ("may", "march")."""
    if not token[:1].isupper():
        return None
    return _ALL_MONTHS.get(token.rstrip(".").lower())


def _number(token: str) -> int:
    token = token.lower()
    return int(token) if token.isdigit() else _NUMBER_WORDS[re.sub(r"[-\s]+", "-", token)]


# A fiscal-year reference: a label ("fiscal 1986/87", "FY2023", "the 1986/87 fiscal
# year", "1987/88") or a relative one ("the current fiscal year"), optionally with the
# month it ends in ("fiscal 1986/87, ending June 30") or its months ("(April/March)").
_FISCAL_REF_RE = (
    r"(?:(?P<fw>fiscal|financial|budget)\s+(?:years?\s+)?(?P<fy1>(?:19|20)\d\d)(?!\d)"
    r"(?:\s*[/-]\s*(?P<fy2>(?:19|20)\d\d|\d\d)(?!\d))?"
    r"|\bFY\s?-?(?P<fy1b>(?:19|20)\d\d|\d\d)(?!\d)(?:\s*[/-]\s*(?P<fy2b>(?:19|20)\d\d|\d\d)(?!\d))?"
    r"|(?<![\d.,/])(?P<fy1c>(?:19|20)\d\d)\s*[/\-–]\s*(?P<fy2c>(?:19|20)\d\d|\d\d)(?![\d%]|[.,]\d)"
    r"(?:\s+(?P<fwc>fiscal|financial|budget)\s+year\b)?"
    r"|(?P<frel>current|this|next|coming|last|previous|present)\s+(?P<fwd>fiscal|financial|budget)\s+year\b"
    r"|(?P<fthe>the)\s+(?P<fwe>fiscal|financial|budget)\s+year\b)"
    rf"(?:\s*\((?P<fm1>{_MONTH_ANY_RE})\s*[/-]\s*(?P<fm2>{_MONTH_ANY_RE})\)"
    rf"|,?\s+\(?(?:ending|ended|to)\s+(?:the\s+end\s+of\s+|end-)?(?P<fem>{_MONTH_ANY_RE})"
    rf"(?:\s+(?P<fed>{_DAY_RE}))?\)?)?"
)


def _two_digit_year(token: str, after: int | None = None) -> int:
    value = int(token)
    if len(token) == 4:
        return value
    if after is not None:  # "1986/87": the century of the first year
        return after // 100 * 100 + value
    return (2000 if value <= 50 else 1900) + value


@dataclass(frozen=True, slots=True)
class _FiscalRef:
    fixed: Range | None = None
    pick: Pick | None = None


def _fiscal_ref(m: re.Match, economy_code: str | None) -> _FiscalRef | None:
    """Read a ``_FISCAL_REF_RE`` match into dates for ``economy_code``'s fiscal year."""
    g = m.groupdict()
    rel = (g.get("frel") or g.get("fthe") or "").lower()
    if rel:
        k = {"next": 1, "coming": 1, "last": -1, "previous": -1}.get(rel, 0)
        return _FiscalRef(pick=partial(_fiscal_from_publication, economy_code, k))
    first = g.get("fy1") or g.get("fy1b") or g.get("fy1c")
    if not first:
        return None
    label = _two_digit_year(first)
    second_token = g.get("fy2") or g.get("fy2b") or g.get("fy2c")
    second = _two_digit_year(second_token, after=label) if second_token else None
    if g.get("fy1c") and second != label + 1:
        return None  # "1986-90" is a span of calendar years, read elsewhere
    if g.get("fy1c") and not g.get("fwc") and _season_follows(m):
        return None  # "the 1986/87 sugar harvest": a crop year, not a fiscal year
    if second is not None and second <= label:
        return None
    end_month = g.get("fem") and _month_number(g["fem"])
    if g.get("fem") and not end_month:
        return None
    if end_month:  # the ending month fixes the year for any economy
        end_year = second if second else (label if end_month >= 6 else label + 1)
        day = int(re.sub(r"\D", "", g["fed"])) if g.get("fed") else None
        try:
            return _FiscalRef(fixed=_span_ending(end_year, end_month, 12, day))
        except ValueError:
            return None
    if g.get("fm1"):
        first_month = _month_number(g["fm1"])
        return _FiscalRef(fixed=_months_span(label, first_month, 12)) if first_month else None
    if second is not None and second > label + 1:  # "fiscal years 1987-89"
        start = fiscal_year(_fiscal_label_start(label, economy_code), economy_code)[0]
        end = fiscal_year(_fiscal_label_start(second, economy_code), economy_code)[1]
        return _FiscalRef(fixed=(start, end))
    start_year = label if second is not None else _fiscal_label_start(label, economy_code)
    return _FiscalRef(fixed=fiscal_year(start_year, economy_code))


_SEASON_AFTER = re.compile(rf"\s+(?:{_alternation(cal.SEASON_WORDS)})\b", re.IGNORECASE)


def _season_follows(m: re.Match) -> bool:
    return bool(_SEASON_AFTER.match(m.string, m.end("fy2c")))


# ------------------------------------------------------------------ handlers
# Each handler takes a match (and the economy whose fiscal year applies, None in
# find_periods) and returns a _Found, or None to reject the match.


def _on_fiscal(m: re.Match, economy: str | None) -> _Found | None:
    if m.group("fthe"):
        return None  # a bare "the fiscal year" is too loose alone; "the first half of" it is not
    ref = _fiscal_ref(m, economy)
    if ref is None:
        return None
    if ref.fixed and _months_between(*ref.fixed) != 12:  # "fiscal years 1987-89"
        return _Found(*m.span(), "span", fixed=ref.fixed)
    if ref.fixed:
        return _Found(*m.span(), "fiscal_year", fixed=ref.fixed, fiscal=True)
    return _Found(*m.span(), "fiscal_year", pick=ref.pick, needs_publication=True, fiscal=True)


def _on_fiscal_part(m: re.Match, economy: str | None) -> _Found | None:
    """ "the first ten months of fiscal 1986/87", "the second half of 1986/87"."""
    ref = _fiscal_ref(m, economy)
    if ref is None:
        return None
    if m.groupdict().get("ord"):
        half = cal.ORDINAL_WORDS[m.group("ord").lower()]
        offset, months = (half - 1) * 6, 6
        granularity = "half"
    else:
        offset, months = 0, _number(m.group("n"))
        granularity = "span"
    if not 0 < months < 12:
        return None

    def part(fy: Range) -> Range:
        year, month = _add_months(fy[0].year, fy[0].month, offset)
        return _months_span(year, month, months)

    if ref.fixed:
        return _Found(*m.span(), granularity, fixed=part(ref.fixed))
    pick = ref.pick
    return _Found(*m.span(), granularity, pick=lambda b, p: part(pick(b, p)), needs_publication=True)


_DATE_READER = None


def _date_reader():
    # Built on first use: importing dateparser and its first parse cost ~0.25 s, which
    # a caller that never meets a day date should not pay.
    global _DATE_READER
    if _DATE_READER is None:
        from dateparser.date import DateDataParser

        _DATE_READER = DateDataParser(languages=["en"], settings={
            # A leap year as the base, so that "February 29" without a year still reads;
            # the year is then put right by the resolver.
            "RELATIVE_BASE": datetime(2000, 1, 1),
            "REQUIRE_PARTS": ["day", "month"],
            "DATE_ORDER": "MDY",
            "PARSERS": ["absolute-time"],
        })
    return _DATE_READER


@lru_cache(maxsize=8192)
def _read_day(candidate: str) -> tuple[int, int, int] | None:
    """(year, month, day) that dateparser reads in a candidate like "April 15, 1987"."""
    data = _date_reader().get_date_data(candidate)
    if data.date_obj is None or data.period != "day":
        return None
    d = data.date_obj
    return d.year, d.month, d.day


def _day_of(m: re.Match, month_group: str, day_group: str, year_group: str | None) -> tuple[int, int, int | None] | None:
    """(month, day, stated year or None) of one day in a match, read by dateparser."""
    month = _month_number(m.group(month_group))
    if not month:
        return None
    day = re.sub(r"\D", "", m.group(day_group))
    year = m.group(year_group) if year_group else None
    candidate = f"{m.group(month_group)} {day}" + (f" {year}" if year else "")
    read = _read_day(candidate)
    if read is None:
        return None
    return read[1], read[2], int(year) if year else None


def _on_day(m: re.Match, economy: str | None) -> _Found | None:
    if _amount_follows(m.string, m.end()):
        return None  # "March 25 pct"
    g = m.groupdict()
    side = "a" if g.get("mona") else "b"
    read = _day_of(m, "mon" + side, "day" + side, "y" + side)
    if not read:
        return None
    month, day, year = read
    build = partial(_one_day, month, day)
    if year:
        return _stated(*m.span(), "day", build, year)
    return _relative(*m.span(), "day", build, _nearest)


def _on_day_range(m: re.Match, economy: str | None) -> _Found | None:
    """ "January 1 to March 23", "March 2-4, 1987"."""
    if _amount_follows(m.string, m.end()):
        return None
    if m.group("sep").strip().lower() == "and" and (m.group("pre") or "").lower() != "between":
        return None  # "the April 11 and 26 elections" are two days
    first = _day_of(m, "mon1", "day1", "y1")
    if m.group("mon2"):
        last = _day_of(m, "mon2", "day2", "y2")
    else:  # the same month: "March 2-4"
        last = _day_of(m, "mon1", "day2", "y2")
    if not first or not last:
        return None
    build = partial(_day_span, first[:2], last[:2])
    if first[2] and last[2]:
        fixed = (date(first[2], first[0], first[1]), date(last[2], last[0], last[1]))
        return _Found(*m.span(), "span", fixed=fixed) if fixed[0] <= fixed[1] else None
    if last[2]:
        return _stated(*m.span(), "span", build, last[2])
    return _relative(*m.span(), "span", build, _nearest)


def _on_first_days(m: re.Match, economy: str | None) -> _Found | None:
    """ "the first 20 days of February"."""
    month = _month_number(m.group("mon"))
    days = _number(m.group("n"))
    if not month or not 0 < days <= 31:
        return None

    def build(year: int) -> Range:
        return date(year, month, 1), date(year, month, days)

    return _with_year(m, "span", build, _LATEST_BEGUN)


def _on_month_year(m: re.Match, economy: str | None) -> _Found | None:
    month = _month_number(m.group("mon"))
    if not month:
        return None
    return _with_year(m, "month", partial(_months_span, first_month=month, months=1), _LATEST_BEGUN)


_MONTH_WORD_RULES: dict[str, Pick] = {"last": _PREVIOUS, "next": _NEXT}


def _on_month_after_word(m: re.Match, economy: str | None) -> _Found | None:
    """ "last December", "this March", "next January", "last February 28"."""
    month = _month_number(m.group("mon"))
    if not month:
        return None
    build = partial(_months_span, first_month=month, months=1)
    granularity = "month"
    if m.group("day"):
        read = _day_of(m, "mon", "day", None)
        if not read or _amount_follows(m.string, m.end()):
            return None
        build, granularity = partial(_one_day, read[0], read[1]), "day"
    word = m.group("word").lower()
    if word == "this":
        return _relative(*m.span(), granularity, build, partial(_year_offset, 0), needs_publication=True)
    return _relative(*m.span(), granularity, build, _MONTH_WORD_RULES[word], needs_publication=True)


_WORD_BEFORE = re.compile(r"([A-Za-z]+)[\s-]*$")
# The word before a month, looking past "late", "early", "mid-" and "the end of".
_WORD_BEFORE_MONTH = re.compile(r"([A-Za-z]+)[\s-]+(?:(?:early|late|mid|end|the\s+end\s+of|the\s+middle\s+of)[\s-]+)?$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"(?:'s)?\s*([A-Za-z]+)")
# Prepositions after which a bare month is a coming deadline ("until April").
_DEADLINE_WORDS = frozenset({"until", "till", "by"})


def _on_month(m: re.Match, economy: str | None) -> _Found | None:
    """A bare month: "February", "a December figure"."""
    token = m.group("mon")
    month = _month_number(token)
    if not month:
        return None
    before = _WORD_BEFORE.search(m.string, max(0, m.start() - 24), m.start())
    word_before = before.group(1).lower() if before else ""
    if token.lower() in cal.AMBIGUOUS_MONTH_NAMES and word_before not in cal.MONTH_CONTEXT_BEFORE:
        after = _WORD_AFTER.match(m.string, m.end())
        possessive = m.string.startswith("'s", m.end())
        if not possessive and not (after and after.group(1).lower() in cal.MONTH_CONTEXT_AFTER):
            return None  # "trade may recover", "the march on Washington"
    lead = _WORD_BEFORE_MONTH.search(m.string, max(0, m.start() - 40), m.start())
    pick = _UPCOMING_END if lead and lead.group(1).lower() in _DEADLINE_WORDS else _LATEST_BEGUN
    return _relative(*m.span(), "month", partial(_months_span, first_month=month, months=1), pick)


def _on_month_range(m: re.Match, economy: str | None) -> _Found | None:
    """ "January-September", "the January/March quarter", "between January and February"."""
    first, last = _month_number(m.group("mon1")), _month_number(m.group("mon2"))
    if not first or not last:
        return None
    months = (last - first) % 12 + 1
    sep, pre = m.group("sep").strip().lower(), (m.group("pre") or "").lower()
    if pre == "from" and sep not in ("to", "through", "thru", "until"):
        return None  # "from the October/December quarter": "from" marks a comparison
    if sep == "and" and pre != "between" and not m.group("cnt") and months != 2:
        return None  # "in January and March" names two months, not a span
    if m.group("cnt") and _number(m.group("cnt")) != months:
        return None
    quarter = (m.group("unit") or "").lower() == "quarter"
    granularity = "quarter" if quarter and months == 3 and first % 3 == 1 else "span"
    build = partial(_span_ending, last_month=last, months=months)
    return _with_year(m, granularity, build, _LATEST_BEGUN if quarter else _LATEST_LAST_MONTH_BEGUN)


def _on_quarter(m: re.Match, economy: str | None) -> _Found | None:
    """ "the first quarter", "first-quarter 1987", "the final quarter of last year"."""
    word = m.group("ord").lower()
    stated = m.group("y") or m.group("ly") or m.group("rel")
    if word == "last" and not stated:  # "the last quarter": the one before this one
        return _relative(*m.span(), "quarter", None, partial(_units_from_publication, 3, -1),
                         needs_publication=True)
    number = 4 if word in cal.CLOSING_ORDINAL_WORDS else cal.ORDINAL_WORDS[word]
    if number > 4:
        return None
    return _with_year(m, "quarter", partial(_months_span, first_month=3 * number - 2, months=3), _LATEST_BEGUN)


def _on_quarter_code(m: re.Match, economy: str | None) -> _Found | None:
    """ "Q1 2023", "2023Q1", "Q4"."""
    number = cal.QUARTER_CODES[(m.group("code") or m.group("code0")).lower()]
    build = partial(_months_span, first_month=3 * number - 2, months=3)
    return _with_year(m, "quarter", build, _LATEST_BEGUN)


def _on_quarter_by_month(m: re.Match, economy: str | None) -> _Found | None:
    """ "the September quarter", "the December 1986 quarter": the quarter ending that month."""
    month = _month_number(m.group("mon"))
    if not month:
        return None
    granularity = "quarter" if month % 3 == 0 else "span"
    return _with_year(m, granularity, partial(_span_ending, last_month=month, months=3), _LATEST_BEGUN)


def _on_half(m: re.Match, economy: str | None) -> _Found | None:
    """ "the first half of 1986", "second half", "H1 2023"."""
    if m.group("code"):
        number = cal.HALF_CODES[m.group("code").lower()]
    else:
        word = m.group("ord").lower()
        number = 2 if word in cal.CLOSING_ORDINAL_WORDS or word == "latter" else cal.ORDINAL_WORDS[word]
    if number > 2:
        return None
    return _with_year(m, "half", partial(_months_span, first_month=6 * number - 5, months=6), _LATEST_BEGUN)


def _on_first_months(m: re.Match, economy: str | None) -> _Found | None:
    """ "the first two months of 2024", "the closing three months of 1986"."""
    months = _number(m.group("n"))
    if not 0 < months <= 12:
        return None
    which = m.group("which").lower()
    if which == "first":
        build = partial(_months_span, first_month=1, months=months)
    elif m.group("y") or _norm(m.group("rel")) in ("this", "last", "next"):
        build = partial(_months_span, first_month=13 - months, months=months)
    else:
        return None  # "the last three months": no calendar year to count back from
    return _with_year(m, "span", build, _LATEST_LAST_MONTH_BEGUN)


def _on_span_to_month(m: re.Match, economy: str | None) -> _Found | None:
    """ "the eight months to the end of February", "the year to March", "the quarter ended
    December 31", "the 12 months to June 30", "the fiscal year to end-March 1988"."""
    month = _month_number(m.group("mon"))
    if not month:
        return None
    unit = _norm(m.group("unit"))
    fiscal = unit.split(" ")[0] in cal.FISCAL_WORDS
    unit_months = 12 if fiscal else cal.UNIT_MONTHS[unit.replace(" ", "-") if "half" in unit else unit]
    count = _number(m.group("n")) if m.group("n") else 1
    months = count * unit_months
    if not 0 < months <= 60:
        return None
    day = int(re.sub(r"\D", "", m.group("day"))) if m.group("day") else None
    if day and day > _month_end(2000, month).day:
        return None
    if day and day >= _month_end(2001, month).day:
        day = None  # "ended December 31", "to February 28": the whole month
    if fiscal and months == 12:
        granularity = "fiscal_year"
    elif months == 12 and month == 12 and not day:
        granularity = "year"
    elif months == 3 and month % 3 == 0 and not day:
        granularity = "quarter"
    elif months == 6 and month % 6 == 0 and not day:
        granularity = "half"
    else:
        granularity = "span"
    build = partial(_span_ending, last_month=month, months=months, last_day=day)
    tense = m.group("tense").lower()
    # "ending" looks forward (the current year ending March 31); "to"/"ended" look back.
    default = _UPCOMING_END if tense == "ending" else _LATEST_LAST_MONTH_BEGUN
    return _with_year(m, granularity, build, default, fiscal=fiscal)


def _on_year_beginning(m: re.Match, economy: str | None) -> _Found | None:
    """ "the fiscal year beginning April 1", "the year starting July"."""
    month = _month_number(m.group("mon"))
    if not month:
        return None
    fiscal = bool(m.group("fw"))
    build = partial(_months_span, first_month=month, months=12)
    default = _LATEST_BEGUN if m.group("tense").lower() == "began" else _UPCOMING_START
    return _with_year(m, "fiscal_year" if fiscal else "span", build, default, fiscal=fiscal)


def _on_year_span(m: re.Match, economy: str | None) -> _Found | None:
    """ "between 2017 and 2021", "1986-90", "from 1986 to 1990"."""
    first = int(m.group("y1"))
    last = _two_digit_year(m.group("y2"), after=first)
    sep = m.group("sep").strip().lower()
    if _amount_follows(m.string, m.end()):
        return None  # "in 1986 to 95 mln dlrs"
    if last <= first or (sep in ("-", "–", "/") and last == first + 1):
        return None  # "1986/87" and "1986-87" name one fiscal year
    if sep == "and" and (m.group("pre") or "").lower() != "between":
        return None  # "1986 and 1987" names two years
    return _Found(*m.span(), "span", fixed=(date(first, 1, 1), date(last, 12, 31)))


_AMOUNT_AFTER = re.compile(rf"\s*(?:%|(?:{_alternation(cal.AMOUNT_WORDS_AFTER)})\b)", re.IGNORECASE)
_TOKEN_BEFORE = re.compile(r"(\S+)\s*$")


def _amount_follows(text: str, end: int) -> bool:
    return bool(_AMOUNT_AFTER.match(text, end))


def _on_year(m: re.Match, economy: str | None) -> _Found | None:
    """A bare year ("in 1985", "versus 1985", "by 1990"), unless it is an amount."""
    if _amount_follows(m.string, m.end()):
        return None  # "1987 tonnes", "$2021 million"
    before = _TOKEN_BEFORE.search(m.string, max(0, m.start() - 16), m.start())
    if before and (before.group(1).lower() in cal.AMOUNT_MARKS_BEFORE or before.group(1)[-1] in "$£€¥"):
        return None
    return _stated(*m.span(), "year", partial(_months_span, first_month=1, months=12), int(m.group("y")))


def _on_relative_year(m: re.Match, economy: str | None) -> _Found | None:
    k = _YEAR_OFFSETS[_norm(m.group("rel"))]
    return _relative(*m.span(), "year", partial(_months_span, first_month=1, months=12),
                     partial(_year_offset, k), needs_publication=True)


def _on_relative_unit(m: re.Match, economy: str | None) -> _Found | None:
    """ "last month", "this quarter", "next month"."""
    k = _YEAR_OFFSETS[_norm(m.group("rel"))]
    unit = m.group("unit").lower()
    unit_months = 3 if unit == "quarter" else 1
    return _relative(*m.span(), unit, None, partial(_units_from_publication, unit_months, k),
                     needs_publication=True)


def _comparison(rule: str):
    """Handler factory for comparison periods: they carry a rule, not dates."""

    def handler(m: re.Match, economy: str | None) -> _Found | None:
        g = m.groupdict()
        year = g.get("y") or g.get("y1") or g.get("y2")
        if rule == "same_period_of_year" and not year:
            return None
        unit = next((_norm(v) for k, v in g.items() if k.startswith("unit") and v), "")
        granularity = _comparison_granularity(unit)
        return _Found(*m.span(), granularity, comparison=rule, year=int(year) if year else None)

    return handler


def _comparison_granularity(unit: str) -> str | None:
    """Granularity named by a comparison's noun: "the same month", "the previous quarter"."""
    words = unit.split()
    if not words:
        return None
    first = words[0]
    if first == "months" or words[-1] == "months":  # "the same two months"
        return "span"
    if first == "month" or first in cal.MONTH_NAMES:
        return "month"
    if first.startswith("quarter"):
        return "quarter"
    if first.startswith("half"):
        return "half"
    if first in ("year", "years"):
        return "year"
    if first in cal.FISCAL_WORDS:
        return "fiscal_year"
    return None


# ------------------------------------------------------------------ the rules

_IGNORE = re.IGNORECASE



def _previous_unit(name: str) -> str:
    return rf"(?P<{name}>month|quarter|half[-\s]year|half|period)"


@dataclass(frozen=True, slots=True)
class _Rule:
    """A pattern, the words that any match of it contains (its anchors), and how far
    before an anchor a match can start (its reach, in characters)."""

    name: str
    pattern: re.Pattern
    handler: Callable[[re.Match, str | None], _Found | None]
    anchors: tuple[str, ...]
    reach: int


# Whitespace in news copy runs to a line break and an indent: room for it in each reach.
_REACH_MARGIN = 8


def _rule(name: str, anchors: tuple[str, ...], reach: int, pattern: str, handler) -> _Rule:
    return _Rule(name, re.compile(pattern, _IGNORE), handler, anchors, reach + _REACH_MARGIN)


_FIRST_N_RE = rf"(?:the\s+)?first\s+(?P<n>{_NUM_RE})\s+months\s+of\s+(?:the\s+)?{_FISCAL_REF_RE}"
_FISCAL_HALF_RE = rf"(?:the\s+)?(?P<ord>first|second|1st|2nd)[-\s]+half\s+of\s+(?:the\s+)?{_FISCAL_REF_RE}"

_MONTH, _YEAR = "<month>", "<year>"  # anchors found by _anchors, not by a word
_SAME_WORDS = ("same", "corresponding", "comparable", "equivalent", "like")

# Order matters only between matches of equal length: the earlier rule wins.
_RULES: tuple[_Rule, ...] = (
    # --- comparisons: resolved later against the period they compare with
    _rule("same period of year", _SAME_WORDS, 4,
          rf"(?:the\s+)?(?:same|corresponding|comparable|equivalent|like)\s+"
          rf"(?:{_year('y1')}\s+(?P<unit1>{_PERIOD_NOUN_RE})"
          rf"|(?P<unit2>{_PERIOD_NOUN_RE})\s+(?:of|in|for|during)\s+{_year('y2')})",
          _comparison("same_period_of_year")),
    _rule("year earlier", ("year", "yoy", "y/y") + _SAME_WORDS, 14,
          rf"(?:the\s+)?(?:same|corresponding|comparable|equivalent|like)\s+(?P<unit>{_PERIOD_NOUN_RE})"
          r"(?:\s+a\s+year\s+(?:ago|earlier|before)|(?:\s+(?:of|in))?\s+(?:last|the\s+previous|the\s+preceding|the\s+prior)\s+year\b)"
          r"|(?:the\s+|a\s+)?year[-\s]+(?:earlier|ago)(?:\s+(?:period|months?|quarters?|levels?|figures?|totals?))?\b"
          r"|(?:a|one|the)\s+year\s+(?:earlier|ago|before)\b"
          r"|(?:the\s+)?(?:previous|preceding|prior)\s+(?P<unitp>(?:fiscal\s+|financial\s+|budget\s+)?year)\b"
          r"|\byear[-\s]+(?:on|over)[-\s]+year\b|\by/y\b|\byoy\b"
          r"|last\s+year'?s\s+(?:levels?|figures?|totals?|period|corresponding\s+period)\b"
          rf"|(?:the\s+)?same\s+(?P<unitm>{_MONTH_FULL_RE})\s+period\b",
          _comparison("year_earlier")),
    _rule("previous period", ("month", "quarter", "half", "period"), 14,
          rf"(?:the|a)\s+{_previous_unit('unit')}\s+(?:before|earlier|ago|previously)\b"
          rf"|(?:the\s+)?(?:previous|preceding|prior)\s+{_previous_unit('unitq')}\b"
          r"|\b(?P<unitx>month|quarter)[-\s]+(?:on|over)[-\s]+(?:month|quarter)\b",
          _comparison("previous_period")),
    # --- fiscal years
    _rule("fiscal months", ("month",), 24, _FIRST_N_RE, _on_fiscal_part),
    _rule("fiscal half", ("half",), 12, _FISCAL_HALF_RE, _on_fiscal_part),
    _rule("fiscal year", ("fiscal", "financial", "budget", "fy", _YEAR), 12, rf"(?:the\s+)?{_FISCAL_REF_RE}", _on_fiscal),
    _rule("year beginning", ("year",), 14,
          rf"(?:the\s+)?(?:(?P<fw>fiscal|financial|budget)\s+)?year\s+(?P<tense>beginning|starting|began|begins|starts)"
          rf"\s+(?:on\s+)?{_month('mon')}(?:\s+(?P<day>{_DAY_RE}))?{_year_suffix()}",
          _on_year_beginning),
    # --- spans
    _rule("span to month", ("month", "quarter", "half", "year"), 26,
          rf"(?:the\s+)?(?:(?:current|latest|past|last)\s+)?(?:(?P<n>{_NUM_RE}|an?)\s+)?(?P<unit>{_UNIT_RE})\s+"
          rf"(?P<tense>to|ended|ending|through|up\s+to)\s+(?:the\s+end\s+of\s+|end-)?{_month('mon')}"
          rf"(?:\s+(?P<day>{_DAY_RE}))?(?:,?\s+{_year('y')}|\s+(?P<rel>this|last|next)\s+year\b)?",
          _on_span_to_month),
    _rule("first months", ("month",), 26,
          rf"(?:the\s+)?(?P<which>first|last|final|closing)\s+(?P<n>{_NUM_RE})\s+months\b{_year_suffix()}",
          _on_first_months),
    _rule("first days", ("days",), 24,
          rf"(?:the\s+)?first\s+(?P<n>{_NUM_RE})\s+days\s+of\s+{_month('mon')}{_year_suffix()}",
          _on_first_days),
    _rule("month range", (_MONTH, "month"), 18,
          rf"(?:(?P<pre>between|from)\s+)?(?:the\s+)?(?:(?P<cnt>{_NUM_RE})\s+months\s+of\s+)?"
          rf"{_month('mon1')}\s*(?P<sep>[-–/]|\s+(?:to|through|thru|until|and)\s+)\s*{_month('mon2')}"
          rf"(?:,?\s+{_year('y')}|\s+(?P<rel>this|last|next)\s+year\b)?(?:\s+(?P<unit>quarter|period)\b)?",
          _on_month_range),
    _rule("year span", (_YEAR,), 18,
          rf"(?:(?P<pre>between|from)\s+)?(?:the\s+years\s+)?{_year('y1')}"
          r"\s*(?P<sep>[-–/]|\s+(?:to|through|and)\s+)\s*(?P<y2>(?:19|20)\d\d|\d\d)(?![\d%]|[.,]\d)",
          _on_year_span),
    _rule("day range", (_MONTH,), 8,
          rf"(?:(?P<pre>from|between)\s+)?{_month('mon1')}\s+(?P<day1>{_DAY_RE})(?:,?\s+{_year('y1')})?"
          rf"\s*(?P<sep>[-–]|\s+(?:to|through|until|and)\s+)\s*(?:{_month('mon2')}\s+)?(?P<day2>{_DAY_RE})"
          rf"(?:,?\s+{_year('y2')})?",
          _on_day_range),
    # --- quarters and halves
    _rule("quarter", ("quarter",), 18,
          rf"(?:the\s+)?(?:{_year('ly')}\s+)?(?P<ord>first|second|third|fourth|final|last|closing|1st|2nd|3rd|4th)"
          rf"[-\s]+quarter\b{_year_suffix()}",
          _on_quarter),
    _rule("quarter code", (*cal.QUARTER_CODES, _YEAR), 6,
          rf"\b(?P<code>{_QUARTER_CODE_RE})\b(?:\s*[-/]?\s*{_year('y')}|\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b)?"
          rf"|{_year('ly')}\s*[-/]?\s*(?P<code0>{_QUARTER_CODE_RE})\b",
          _on_quarter_code),
    _rule("quarter by month", (_MONTH,), 10,
          rf"(?:the\s+)?(?:{_year('ly')}\s+)?{_month('mon', full_only=True)}(?:\s+{_year('y')})?\s+quarter\b",
          _on_quarter_by_month),
    _rule("half", ("half", *cal.HALF_CODES), 18,
          rf"(?:the\s+)?(?:{_year('ly')}\s+)?(?:(?P<ord>first|second|1st|2nd|final|last|latter)[-\s]+half\b"
          rf"(?![-\s]+(?:point|percentage|of\s+(?:{_MONTH_ANY_RE}|the\s+(?:month|decade|century|financial|fiscal))))"
          rf"|\b(?P<code>{_alternation(cal.HALF_CODES)})\b){_year_suffix()}",
          _on_half),
    # --- days, months, years
    _rule("day", (_MONTH,), 6,
          rf"{_month('mona')}\s+(?P<daya>{_DAY_RE})(?:,?\s+{_year('ya')})?"
          rf"|(?<![\d.,])(?P<dayb>{_DAY_RE})\s+(?:of\s+)?{_month('monb')}(?:,?\s+{_year('yb')})?",
          _on_day),
    _rule("month and year", (_MONTH,), 0,
          rf"{_month('mon')}(?:,?\s+(?:of\s+)?{_year('y')}|\s+(?P<rel>this|last|next)\s+year\b)",
          _on_month_year),
    _rule("word and month", (_MONTH,), 5,
          rf"\b(?P<word>last|this|next)\s+{_month('mon', full_only=True)}(?:\s+(?P<day>{_DAY_RE}))?",
          _on_month_after_word),
    _rule("month", (_MONTH,), 0, _month("mon", full_only=True), _on_month),
    _rule("relative unit", ("month", "quarter"), 12,
          r"\b(?P<rel>last|this|next|the\s+current|the\s+coming)\s+(?P<unit>month|quarter)\b",
          _on_relative_unit),
    _rule("relative year", ("year",), 12,
          r"\b(?P<rel>last|this|next|the\s+current|the\s+coming)\s+year\b",
          _on_relative_year),
    _rule("year with word", (_YEAR,), 22,
          rf"(?:(?:the\s+)?(?:(?:full|whole|calendar)\s+)?year\s+(?:of\s+)?|\bcalendar\s+){_year('y')}",
          _on_year),
    _rule("year", (_YEAR,), 0,
          rf"(?<![\w$£€¥])(?<!\d/)(?<!\d-){_year('y')}(?!s\b|(?<=0)'s\b)(?!\s*[/-]\s*\d)",
          _on_year),
)
_FISCAL_RULES = tuple(r for r in _RULES if r.name in ("fiscal months", "fiscal half", "fiscal year"))

# ------------------------------------------------------------------ public API


# Where anchors are looked for: every word an anchor names, at the start of a word, in
# the lower-cased text; months by their first three letters, capitalised as a month
# name must be; years by digits.
_ANCHOR_WORDS = tuple(sorted({a for r in _RULES for a in r.anchors if not a.startswith("<")}))
_MONTH_PREFIXES = tuple(sorted({p for name in cal.MONTH_NAMES for p in (name[:3].capitalize(), name[:3].upper())}))
_YEAR_ANCHOR = re.compile(r"(?<!\d)(?:19|20)\d\d")
_WORD_START = re.compile(r"\b\w")
_WORD_AT = re.compile(r"[A-Za-z]+")


def _starts_of(haystack: str, needle: str, into: list[int]) -> None:
    """Positions where ``needle`` begins a word of ``haystack`` (str.find runs in C)."""
    i = haystack.find(needle)
    while i != -1:
        if i == 0 or not haystack[i - 1].isalnum():
            into.append(i)
        i = haystack.find(needle, i + 1)


def _anchors(text: str) -> dict[str, list[int]]:
    lower = text.lower()
    found: dict[str, list[int]] = {}
    for word in _ANCHOR_WORDS:
        _starts_of(lower, word, found.setdefault(word, []))
    months = found.setdefault(_MONTH, [])
    for prefix in _MONTH_PREFIXES:
        _starts_of(text, prefix, months)
    # "Mar" also starts "Market" and "Dec" "Decision": keep real month words only.
    months[:] = [i for i in months if _WORD_AT.match(text, i).group().lower() in _ALL_MONTHS]
    found[_YEAR] = [m.start() for m in _YEAR_ANCHOR.finditer(text)]
    return found


def _matches(text: str, rule: _Rule, anchors: dict[str, list[int]], economy: str | None):
    """The rule's readings, tried only at word starts within reach of one of its anchors.

    Running each pattern over the whole text costs seconds on a corpus, because Python's
    regex engine tries every position; anchors found with str.find leave a few dozen.
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


def _find(text: str, rules: tuple[_Rule, ...], economy: str | None) -> list[_Found]:
    """Every rule's findings, reduced to the longest non-overlapping ones, in text order."""
    anchors = _anchors(text)
    found: list[tuple[int, _Found]] = []
    for order, rule in enumerate(rules):
        found.extend((order, reading) for reading in _matches(text, rule, anchors, economy))
    # Longest first; then the earlier rule; then the earlier place.
    found.sort(key=lambda x: (x[1].start - x[1].end, x[0], x[1].start))
    taken: list[_Found] = []
    occupied = bytearray(len(text) + 1)
    for _, f in found:
        if any(occupied[f.start:f.end]):
            continue
        occupied[f.start:f.end] = b"\x01" * (f.end - f.start)
        taken.append(f)
    taken.sort(key=lambda f: f.start)
    return taken


def _dates(f: _Found, published: date | None, reference_year: int | None) -> Range | None:
    if f.fixed:
        return f.fixed
    try:
        if f.pick and published:
            return f.pick(f.build, published)
        if f.build and reference_year and not f.needs_publication:
            return _try(f.build, reference_year)
    except (ValueError, OverflowError):  # counted past year 1 or 9999
        return None
    return None


# Words before a year that make it a target, not the story's own time ("by 1990").
_TARGET_WORDS = frozenset({"by", "until", "till", "before", "to", "through"})


def _reference_year(text: str, found: list[_Found]) -> int | None:
    """The latest year the text states outright, used for yearless months when there is
    no publication date ("Between January and February" after "the first two months of
    2024"). Targets ("by 2030") do not count."""
    years = []
    for f in found:
        if f.fixed and f.granularity in ("year", "month", "day", "quarter", "half", "span") and f.fixed[0].year == f.fixed[1].year:
            before = _WORD_BEFORE.search(text, max(0, f.start - 12), f.start)
            if not (before and before.group(1).lower() in _TARGET_WORDS):
                years.append(f.fixed[0].year)
    return max(years, default=None)


def _as_date(published: date | datetime | None) -> date | None:
    return published.date() if isinstance(published, datetime) else published


def _mention(text: str, f: _Found, dates: Range | None) -> PeriodMention:
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


def find_periods(text: str, published: date | None = None) -> list[PeriodMention]:
    """Periods stated in ``text``, in order, without overlaps, longest expression first.

    Relative periods are resolved against ``published``; without it, yearless months
    and days take the latest year the text states, and "last year" stays unresolved.
    Comparison periods keep their rule for ``resolve_comparison``.
    """
    published = _as_date(published)
    found = _find(text, _RULES, None)
    reference_year = None if published else _reference_year(text, found)
    return [_mention(text, f, _dates(f, published, reference_year)) for f in found]


def resolve_comparison(mention: PeriodMention, base_start: date, base_end: date) -> Range | None:
    """Dates of a comparison period, given the period it is compared with.

    "a year earlier" / "year-on-year": the base a year back; "the same period of 2023":
    the base moved to 2023; "the month before" / "the previous quarter": the base moved
    back one such unit (or by its own length for "the previous period"). A mention that
    is not a comparison gives back its own dates.
    """
    if mention.comparison is None:
        if mention.period_start and mention.period_end:
            return mention.period_start, mention.period_end
        return None
    if base_start > base_end:
        return None
    if mention.comparison == "year_earlier":
        months = -12
    elif mention.comparison == "same_period_of_year":
        if mention.year is None:
            return None
        # A base across the turn of a year ("the eight months to February 1987") is
        # named by the year it ends in.
        anchor = base_start.year if base_start.year == base_end.year else base_end.year
        months = (mention.year - anchor) * 12
    else:
        step = {"month": 1, "quarter": 3, "half": 6, "year": 12, "fiscal_year": 12}.get(mention.granularity or "")
        if step is None:
            step = _months_between(base_start, base_end)
        if step is None:  # a base of loose days: step back by its length in days
            days = (base_end - base_start).days + 1
            return base_start - timedelta(days=days), base_end - timedelta(days=days)
        months = -step
    if _months_between(base_start, base_end) is not None:
        return _shift_date(base_start, months).replace(day=1), _shift_date(base_end, months)
    return _shift_date(base_start, months), _shift_date(base_end, months)


def fiscal_period_for(mention: PeriodMention, economy_code: str | None,
                      published: date | None = None) -> Range | None:
    """Re-resolve a fiscal-year mention for the reporter's own fiscal year.

    ``find_periods`` does not know whose fiscal year "fiscal 1986" is and reads it as
    Japan's (April 1986 - March 1987); for ``USA`` it is October 1985 - September 1986.
    Other mentions give back their own dates.
    """
    published = _as_date(published)
    for rule in _FISCAL_RULES:
        m = rule.pattern.fullmatch(mention.text)
        if m:
            f = rule.handler(m, economy_code)
            if f is not None:
                return _dates(f, published, None)
    if mention.period_start and mention.period_end:
        return mention.period_start, mention.period_end
    return None
