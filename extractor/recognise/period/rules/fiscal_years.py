"""Fiscal years: "fiscal 1986/87", "FY2023", "the current fiscal year", "the first ten
months of fiscal 1987", "the fiscal year beginning April 1".

A label without its months ("fiscal 1986") depends on whose fiscal year it is; the
handlers take that economy, and ``find_periods`` (which does not know it) reads it as
the default's. ``fiscal_period_for`` runs these rules again with the reporter's economy.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import partial

from extractor.data import calendar as cal
from extractor.recognise.period.calendar_math import Range, add_months, month_end, months_between, months_span, span_ending
from extractor.recognise.period.fiscal_calendar import (
    fiscal_label_start, fiscal_last_month, fiscal_part, fiscal_year, label_start,
)
from extractor.recognise.period.found import Found, with_year
from extractor.recognise.period.local_calendars import months_range
from extractor.recognise.period.patterns import DAY_RE, MONTH_ANY_RE, NUM_RE, alternation, month_group, year_suffix
from extractor.recognise.period.scan import FY_CODE, MONTH, SOLAR_YEAR, YEAR, rule
from extractor.recognise.period.tokens import full_year, month_number, number_value
from extractor.recognise.period.year_choice import (
    LATEST_BEGUN, LATEST_LAST_MONTH_BEGUN, UPCOMING_START, Pick, fiscal_from_publication, nearest_end,
)

# A fiscal-year reference: a label ("fiscal 1986/87", "FY2023", "the 1986/87 fiscal
# year", "1987/88") or a relative one ("the current fiscal year"), optionally with the
# month it ends in ("fiscal 1986/87, ending June 30") or its months ("(April/March)").
_CAL_WORD = rf"(?:{alternation(cal.CALENDAR_YEAR_WORDS)})"
_CAL_ABBR = rf"(?:{alternation(cal.CALENDAR_FISCAL_ABBREVIATIONS)})"
_REL_WORD = rf"(?:{alternation(set(cal.RELATIVE_OFFSET_WORDS) | set(cal.FISCAL_RELATIVE_WORDS) - {'the current', 'the previous', 'the coming'})}|present)"
# A year kept in a calendar of its own: "the Iranian calendar year 1401", "the solar year
# 1400", "the 2015 Ethiopian fiscal year", "2015 EFY", "EFY 2015".
_LOCAL_LABEL_RE = (
    rf"(?P<lcal>{_CAL_WORD})\s+(?:(?:calendar|solar|fiscal)\s+)?year\s+(?P<ly>1[34]\d\d|20\d\d)(?!\d)"
    rf"(?:\s*[/-]\s*(?P<ly2>\d\d(?:\d\d)?)(?!\d))?"
    rf"|(?P<ly3>1[34]\d\d|20\d\d)(?!\d)(?:\s*[/-]\s*(?P<ly3b>\d\d(?:\d\d)?)(?!\d))?\s+(?:(?P<lcal3>{_CAL_WORD})\s+(?:(?:calendar|solar|fiscal)\s+)?year\b|(?P<labbr3>{_CAL_ABBR})\b)"
    rf"|\b(?P<labbr>{_CAL_ABBR})\s*(?P<ly4>20\d\d)(?!\d)"
    # "in 1402", "the first four months of 1402": a bare Solar Hijri year, in a story of an
    # economy that counts in that calendar (no amount: "1402 tonnes", "1402 million")
    rf"|(?<![\d.,$€£])(?P<ly5>1[34]\d\d)(?![\d.,]?\d|\s*(?:%|percent|per\s+cent|pct|tons?\b|tonnes?\b|kg\b"
    rf"|units\b|items\b|thousand|mln\b|million|bln\b|billion|dollars?\b|rials?\b|afghanis?\b|USD\b|AFN\b|IRR\b))"
)

# "of the current 2019-20 fiscal year", "the current Egyptian fiscal year 2022/2023", "of
# the previous 2017-18 fiscal year": the year named, "current" (and a nationality) mere words.
_CURRENT_LABELLED = (r"(?:(?:current|ongoing|previous|preceding|last|past)\s+(?:[A-Z][a-z]+\s+)?"
                     r"(?=(?:19|20)\d\d|(?:fiscal|financial)\s+(?:year\s+)?(?:19|20)\d\d))?")
# Words that may follow "the current fiscal" when it is the year: no noun.
AFTER_BARE_FISCAL = ("and|to|as|compared|against|from|while|when|which|in|on|at|with|the|over|than|amid|so|for"
                     # ("exports for the first eight months of this fiscal fell 18.46 percent")
                     "|fell|rose|grew|declined|dropped|increased|decreased|was|were|stood|amounted|reached|"
                     "totalled|totaled|jumped|surged|climbed|slipped|narrowed|widened")

# A fiscal-year reference: a label ("fiscal 1986/87", "FY2023", "the 1986/87 fiscal
# year", "1987/88") or a relative one ("the current fiscal year", "the current Iranian
# year"), optionally with the month it ends in ("fiscal 1986/87, ending June 30") or its
# months ("(April/March)").
FISCAL_REF_RE = (
    rf"(?:{_LOCAL_LABEL_RE}"
    r"|(?P<fw>fiscal|financial|budget)\s+(?:years?\s+)?(?:\(FY\)\s*)?(?P<fy1>(?:19|20)\d\d)(?!\d)"
    r"(?:\s*[/-]\s*(?P<fy2>(?:19|20)\d\d|\d\d)(?!\d))?"
    # (Nepali copy writes the Bikram Sambat year's second part in three digits: "FY 2079/080")
    r"|(?:\b|(?<=\d[MHQ])|(?<=Q[1-4])|(?<=H[12]))FY\s?-?(?P<fy1b>(?:19|20)\d\d|\d\d)(?!\d)"
    r"(?:\s*[/-]\s*(?P<fy2b>(?:19|20)\d\d|0?\d\d)(?!\d))?"
    r"|(?<![\d.,/])(?P<fy1c>(?:19|20)\d\d)\s*[/\-–]\s*(?P<fy2c>(?:19|20)\d\d|\d\d)(?![\d%]|[.,]\d)"
    r"(?:\s+(?P<fwc>fiscal|financial|budget)\s+year\b)?"
    rf"|(?P<frel>{_REL_WORD})\s+(?:(?:(?P<fwd>fiscal|financial|budget)|(?P<rcal>{_CAL_WORD})(?:\s+(?:calendar|solar|fiscal))?)\s+year\b"
    # "the first four months of the current FY", "... of the current fiscal", "last
    # fiscal": the year left unsaid, where no noun follows ("the current fiscal deficit" is
    # no period); a bare "fiscal" with no such word is too loose, as "the fiscal year" is
    rf"|(?P<fwx>FY|fiscal)\b(?!\s*-?\d)(?=\s*(?:[,.;:)]|$|\s(?:{AFTER_BARE_FISCAL})\b)))"
    r"(?:\s*\(?(?P<fpy1>(?:19|20)\d\d)\s*[/-]\s*(?P<fpy2>(?:19|20)\d\d|\d\d)(?!\d)\)?)?"
    rf"|(?P<fthe>the)\s+(?:(?P<fwe>fiscal|financial|budget)|(?P<tcal>{_CAL_WORD})(?:\s+(?:calendar|solar|fiscal))?)\s+year\b"
    # "the fiscal year just ended", "the financial year that recently concluded"
    # ("the fiscal year that has just ended")
    r"(?:\s+(?P<fjust>(?:that\s+|which\s+)?(?:has\s+|had\s+)?(?:just|recently)\s+(?:ended|concluded|closed)))?)"
    rf"(?:\s*\((?P<fm1>{MONTH_ANY_RE})\s*[/-]\s*(?P<fm2>{MONTH_ANY_RE})\)"
    # ("the current fiscal year ending in June": "in" or "on" before the month)
    # ("for the fiscal year through March": as "ended")
    rf"|,?\s+\(?(?:ending|ended|to|through|thru)\s+(?:(?:in|on)\s+)?(?:the\s+end\s+of\s+|end-)?(?P<fem>{MONTH_ANY_RE})"
    rf"(?:\s+(?P<fed>{DAY_RE}))?\)?"
    # "the current fiscal year (started March 21)": when it began, a note on the year;
    # "the current fiscal year ending next month": when it ends, another
    rf"|\s*\((?:which\s+|that\s+)?(?:started|began|starting|beginning)\s+(?:on\s+)?{MONTH_ANY_RE}(?:\s+{DAY_RE})?\)"
    r"|,?\s+(?:which\s+|that\s+)?(?:ending|ends|closing|closes)\s+next\s+month\b)?"
)


@dataclass(frozen=True, slots=True)
class _FiscalRef:
    fixed: Range | None = None
    pick: Pick | None = None
    economy: str | None = None  # whose year it is, when the words say ("the Iranian year")


def _fiscal_ref(m: re.Match, economy_code: str | None) -> _FiscalRef | None:
    """Read a ``FISCAL_REF_RE`` match into dates for ``economy_code``'s fiscal year
    (or for the economy whose calendar the words name)."""
    g = m.groupdict()
    if g.get("ly5"):
        if economy_code not in cal.SOLAR_HIJRI_ECONOMIES:
            return None
        return _FiscalRef(fixed=months_range("solar_hijri", int(g["ly5"]), 1, 12), economy=economy_code)
    named = _calendar_economy(g)
    if named:
        economy_code = named
        ref = _local_label(g, named)
        if ref is not None:
            return ref
    rel = re.sub(r"\s+", " ", g.get("frel") or g.get("fthe") or "").lower()
    if rel and g.get("fpy1"):  # "the current fiscal year (2022-23)": the label says which
        label = int(g["fpy1"])
        if full_year(g["fpy2"], after=label) != label + 1:
            return None
        return _FiscalRef(fixed=fiscal_year(label_start(label, economy_code), economy_code))
    current = rel and not g.get("fjust") \
        and cal.RELATIVE_OFFSET_WORDS.get(rel, cal.FISCAL_RELATIVE_WORDS.get(rel, 0)) == 0
    if current and g.get("fem") and month_number(g["fem"]):
        # "the fiscal year (ended June 30)": the latest one to end in that month; "the
        # current fiscal year ending in June": the one whose end is nearest
        end_month, day = month_number(g["fem"]), int(re.sub(r"\D", "", g["fed"])) if g.get("fed") else None
        if day and day >= month_end(2001, end_month).day:
            day = None
        build = partial(span_ending, last_month=end_month, months=12, last_day=day)
        # "ended": the latest to have reached its last month; "ending": the one whose end
        # is nearest, just past or still to come
        said = nearest_end if re.search(r"\bending\b", m.group(0), re.IGNORECASE) else LATEST_LAST_MONTH_BEGUN
        return _FiscalRef(pick=partial(_with_build, said, build))
    if rel and _ENDS_NEXT_MONTH.search(m.group(0)):
        # "the current fiscal year ending next month": the one whose last month follows
        # publication's, whatever the economy's usual calendar
        return _FiscalRef(pick=_ending_next_month)
    if rel:
        # "the", "present": the current one; "the fiscal year just ended": the one before
        k = -1 if g.get("fjust") else cal.RELATIVE_OFFSET_WORDS.get(rel, cal.FISCAL_RELATIVE_WORDS.get(rel, 0))
        return _FiscalRef(pick=partial(fiscal_from_publication, economy_code, k), economy=named)
    first = g.get("fy1") or g.get("fy1b") or g.get("fy1c")
    if not first:
        return None
    label = full_year(first)
    second_token = g.get("fy2") or g.get("fy2b") or g.get("fy2c")
    second = full_year(second_token, after=label) if second_token else None
    if g.get("fy1c") and second != label + 1:
        return None  # "1986-90" is a span of calendar years, read elsewhere
    if g.get("fy1c") and not g.get("fwc") and _season_follows(m):
        return None  # "the 1986/87 sugar harvest": a crop year, not a fiscal year
    if second is not None and second <= label:
        return None
    end_month = g.get("fem") and month_number(g["fem"])
    if g.get("fem") and not end_month:
        return None
    if end_month:  # the ending month fixes the year for any economy
        end_year = second if second else (label if end_month >= 6 else label + 1)
        day = int(re.sub(r"\D", "", g["fed"])) if g.get("fed") else None
        try:
            return _FiscalRef(fixed=span_ending(end_year, end_month, 12, day))
        except ValueError:
            return None
    first_month, last_month = month_number(g.get("fm1") or ""), month_number(g.get("fm2") or "")
    if first_month and last_month and (last_month - first_month) % 12 == 11:
        # "fiscal 1986/87 (April/March)", "FY23 (July-June)": the year's months; a one-year
        # label names the year it ends in where the economy's labels do ("FY23" is July
        # 2022 to June 2023 in Bangladesh)
        start = label - 1 if second is None and first_month != 1 \
            and economy_code in cal.FISCAL_YEAR_NAMED_BY_END_YEAR else label
        return _FiscalRef(fixed=months_span(start, first_month, 12))
    # ("Q1 FY25 (April-June)", "8MFY24 (July-February)": the months of the part before the
    # label, which say nothing of the year's own months)
    if second is not None and second > label + 1:  # "fiscal years 1987-89"
        start = fiscal_year(fiscal_label_start(label, economy_code), economy_code)[0]
        end = fiscal_year(fiscal_label_start(second, economy_code), economy_code)[1]
        return _FiscalRef(fixed=(start, end))
    start_year = label_start(label, economy_code) if second is not None else fiscal_label_start(label, economy_code)
    return _FiscalRef(fixed=fiscal_year(start_year, economy_code))


_ENDS_NEXT_MONTH = re.compile(r"\b(?:ending|ends|closing|closes)\s+next\s+month\b", re.IGNORECASE)


def _ending_next_month(_no_build, published) -> Range:
    year, month = add_months(published.year, published.month, 1)
    return span_ending(year, month, 12)


def _with_build(pick: Pick, build, _no_build, published):
    """``pick`` with its build bound: a fiscal reference's Found carries no build of its own."""
    return pick(build, published)


_SEASON_AFTER = re.compile(rf"\s+(?:{alternation(cal.SEASON_WORDS)})\b", re.IGNORECASE)


def _calendar_economy(g: dict) -> str | None:
    word = g.get("lcal") or g.get("lcal3") or g.get("rcal") or g.get("tcal")
    if word:
        return cal.CALENDAR_YEAR_WORDS[word.lower()]
    abbreviation = g.get("labbr") or g.get("labbr3")
    return cal.CALENDAR_FISCAL_ABBREVIATIONS[abbreviation.lower()] if abbreviation else None


def _local_label(g: dict, economy: str) -> _FiscalRef | None:
    """ "the Iranian calendar year 1401", "2015 EFY": a year numbered in the economy's calendar."""
    number = g.get("ly") or g.get("ly3") or g.get("ly4")
    if not number:
        return None
    calendar = cal.FISCAL_YEAR_LOCAL_START[economy][0]
    if calendar in cal.LOCAL_LABEL_NAMES_END_YEAR and (g.get("ly2") or g.get("ly3b")):
        # "the Ethiopian fiscal year 2023/24": a calendar whose fiscal years are named by
        # one year (2016 EFY) is not the one written as a pair; the pair is the two
        # Gregorian years the economy's fiscal year straddles
        return _FiscalRef(fixed=fiscal_year(int(number), economy), economy=economy)
    start = int(number) - cal.LOCAL_YEAR_OFFSET[calendar] - (calendar in cal.LOCAL_LABEL_NAMES_END_YEAR)
    return _FiscalRef(fixed=fiscal_year(start, economy), economy=economy)


def _season_follows(m: re.Match) -> bool:
    return bool(_SEASON_AFTER.match(m.string, m.end("fy2c")))


def _on_fiscal(m: re.Match, economy: str | None) -> Found | None:
    if m.group("fthe") and not (m.group("tcal") or m.group("fjust") or m.group("fem")):
        return None  # a bare "the fiscal year" is too loose alone; "the first half of" it is not
    if m.group("fwx") and not m.group("frel"):
        return None  # so is a bare "fiscal" ("last fiscal", "this fiscal" say which year)
    ref = _fiscal_ref(m, economy)
    if ref is None:
        return None
    if ref.fixed and months_between(*ref.fixed) != 12:  # "fiscal years 1987-89"
        return Found(*m.span(), "span", fixed=ref.fixed)
    if ref.fixed:
        return Found(*m.span(), "fiscal_year", fixed=ref.fixed, fiscal=True)
    return Found(*m.span(), "fiscal_year", pick=ref.pick, needs_publication=True, fiscal=True)


def _on_fiscal_part(m: re.Match, economy: str | None) -> Found | None:
    """ "the first ten months of fiscal 1986/87", "the second half of 1986/87"."""
    ref = _fiscal_ref(m, economy)
    if ref is None:
        return None
    economy = ref.economy or economy
    g = m.groupdict()
    if g.get("ord") or g.get("hn"):
        half = cal.ORDINAL_WORDS[m.group("ord").lower()] if g.get("ord") else int(g["hn"])
        offset, months = (half - 1) * 6, 6
        granularity = "half"
    elif g.get("qord") or g.get("qn"):
        quarter = cal.ORDINAL_WORDS[g["qord"].lower()] if g.get("qord") else int(g["qn"])
        if not 1 <= quarter <= 4:
            return None
        offset, months = (quarter - 1) * 3, 3
        granularity = "quarter"
    elif g.get("mon1"):
        first = month_number(g["mon1"])
        last = month_number(g["mon2"]) if g.get("mon2") else first  # one month: "July FY25"
        if not first or not last:
            return None
        offset, months = None, (last - first) % 12 + 1
        granularity = "span" if months > 1 else "month"
    elif g.get("nq"):
        offset, months = 0, 3 * number_value(g["nq"])  # "the first three quarters of FY23"
        granularity = "span"
    elif g.get("mord"):
        # "the fourth month of the current Iranian year": that one month of the year
        offset, months, granularity = cal.ORDINAL_WORDS[g["mord"].lower()] - 1, 1, "month"
    else:
        offset, months = 0, number_value(m.group("n")) if m.group("n") else 1  # "the first month of FY25"
        granularity = "span" if months > 1 else "month"
    return _part_found(m, ref, economy, offset, months, granularity)


def _on_fiscal_code(m: re.Match, economy: str | None) -> Found | None:
    """ "7MFY24" (the first seven months of FY24), "1HFY24", "2QFY25", as Pakistani and
    Bangladeshi business copy writes them."""
    ref = _fiscal_ref(m, economy)
    if ref is None:
        return None
    count, unit = int(m.group("nc")), m.group("unitc").upper()
    if unit == "M":
        offset, months, granularity = 0, count, "span" if count > 1 else "month"
    elif unit == "H" and count in (1, 2):
        offset, months, granularity = (count - 1) * 6, 6, "half"
    elif unit == "Q" and 1 <= count <= 4:
        offset, months, granularity = (count - 1) * 3, 3, "quarter"
    else:
        return None
    return _part_found(m, ref, ref.economy or economy, offset, months, granularity)


def _part_found(m: re.Match, ref, economy: str | None, offset: int | None, months: int,
                granularity: str) -> Found | None:
    """The months of the fiscal year ``ref`` from ``offset`` (None: from the Gregorian
    month the match's "mon1" names)."""
    g = m.groupdict()
    # (a month range may run the whole year round: "July-June FY23" is its twelve
    # months from July, as "July-June 2022-23" is)
    if not (0 < months < 12 or months == 12 and offset is None):
        return None

    def part(fy: Range) -> Range:
        if offset is not None:  # counted in the months of the calendar the year is kept in
            return fiscal_part(fy, economy, offset, months)
        # A month range ("July-March of FY24") names Gregorian months: from its first one.
        shift = (month_number(g["mon1"]) - fy[0].month) % 12
        year, month = add_months(fy[0].year, fy[0].month, shift)
        return months_span(year, month, months)

    if ref.fixed:
        return Found(*m.span(), granularity, fixed=part(ref.fixed))
    pick = ref.pick
    return Found(*m.span(), granularity, pick=lambda b, p: part(pick(b, p)), needs_publication=True)


def _day_in(fy: Range, month: int, day: int | None, last: bool) -> date:
    """The day of a month inside a fiscal year: the month's last day when none is named and
    ``last``, else its first."""
    shift = (month - fy[0].month) % 12
    if day is not None and shift == 0 and day < fy[0].day:
        shift = 12  # "(March 21) up to March 10": the year's last days
    year, month = add_months(fy[0].year, fy[0].month, shift)
    end = month_end(year, month)
    return end.replace(day=min(day, end.day)) if day else (end if last else end.replace(day=1))


def _day_of(m: re.Match, month_name: str, day_name: str, month_name2: str, day_name2: str):
    """The month and day (if any) a match names in either order ("May 10", "10 May")."""
    month = month_number(m.group(month_name) or m.group(month_name2))
    day_text = m.group(day_name) or m.group(day_name2)
    return month, int(re.sub(r"\D", "", day_text)) if day_text else None


def _fiscal_stretch(m: re.Match, ref: _FiscalRef, part) -> Found:
    """The ``part`` of the fiscal year ``ref``, its year fixed or picked from publication."""
    if ref.fixed:
        return Found(*m.span(), "span", fixed=part(ref.fixed))
    pick = ref.pick
    return Found(*m.span(), "span", pick=lambda b, p: part(pick(b, p)), needs_publication=True)


def _on_fiscal_to_day(m: re.Match, economy: str | None) -> Found | None:
    """ "since the beginning of the current Iranian year (March 21) up to May 10": from the
    fiscal year's first day to the day (or the end of the month) named, within that year."""
    ref = _fiscal_ref(m, economy)
    month, day = _day_of(m, "tm", "td", "tm2", "td2")
    if ref is None or not month:
        return None
    if not day and ref.fixed is None and month == fiscal_last_month(economy):
        # "for the fiscal year through March" (Japan): to its last month, the year that
        # ended then, which the fiscal-year rule reads as "ended" (not the current one)
        return None
    return _fiscal_stretch(m, ref, lambda fy: (fy[0], _day_in(fy, month, day, True)))


def _on_fiscal_so_far(m: re.Match, economy: str | None) -> Found | None:
    """ "Total exports since the start of the fiscal year stand at X": from the fiscal
    year's first day to the end of the period the story reports (comparison_dates)."""
    ref = _fiscal_ref(m, economy)
    return _from_start(m, ref) if ref is not None else None


def _from_start(m: re.Match, ref: _FiscalRef) -> Found:
    """The fiscal year ``ref`` from its first day (comparison_dates ends it)."""
    if ref.fixed:
        return Found(*m.span(), "span", fixed=ref.fixed, comparison="from_start", fiscal=True)
    return Found(*m.span(), "span", pick=ref.pick, needs_publication=True, comparison="from_start", fiscal=True)


def _on_year_beginning(m: re.Match, economy: str | None) -> Found | None:
    """ "the fiscal year beginning April 1", "the year starting July"."""
    month = month_number(m.group("mon"))
    if not month:
        return None
    fiscal = bool(m.group("fw"))
    build = partial(months_span, first_month=month, months=12)
    default = LATEST_BEGUN if m.group("tense").lower() == "began" else UPCOMING_START
    return with_year(m, "fiscal_year" if fiscal else "span", build, default, fiscal=fiscal)


# The fiscal year a part is of: "the first quarter of the current fiscal year", "... of
# its new fiscal year" (the reporter's), "... of the country's 2023-24 financial year",
# "... of Bangladesh's fiscal year 2023-24" (the year named with its owner).
_THE = (r"(?:the\s+|its\s+|their\s+|the\s+(?:country|nation|kingdom|republic|island|state)['’]s\s+"
        r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?['’]s\s+)?")

FISCAL_MONTHS = rule(
    "fiscal months", ("month", "quarters"), 24,
    # "the first nine months of fiscal 2023", "the 9 months of the fiscal year 2021-22"
    # ("of the current 2019-20 fiscal year": the year named, "current" a mere word)
    # ("the first three quarters of the 2022-23 fiscal year": nine months)
    # ("the seven-month period of the current fiscal")
    # ("the past five months of the current budget year": of a year not over, the months so
    # far, which are its first; of a finished one "the last three months" are its end)
    rf"(?:(?:the\s+first\s+|first\s+"
    rf"|the\s+(?:past|last)\s+(?=\w+\s+months?\s+of\s+(?:the\s+)?(?:current|present|ongoing|this)\s)|the\s+)?"
    # (or bare: "exports rose to $19.3bn in 10 months of this fiscal")
    rf"(?P<n>{NUM_RE})(?:\s+months?|[-\s]month\s+(?:period|stretch|span))"
    rf"|the\s+first\s+month"
    # ("the fourth month of the current Iranian year", "the sixth month of FY24")
    rf"|the\s+(?P<mord>{'|'.join(w for w, n in cal.ORDINAL_WORDS.items() if 1 < n <= 12)})\s+month"
    rf"|(?:the\s+)?first\s+(?P<nq>two|three|2|3)\s+quarters)(?:\s*\([^()]{{1,40}}\))?\s+of\s+{_THE}"
    rf"{_CURRENT_LABELLED}{FISCAL_REF_RE}",
    _on_fiscal_part)

FISCAL_HALF = rule(
    "fiscal half", ("half", "h1", "h2"), 12,
    # ("H1 FY26", "H1FY26": the half glued to its year's label)
    rf"(?:(?:the\s+)?(?P<ord>first|second|1st|2nd)[-\s]+half|\bH(?P<hn>[12]))(?:\s*\([^()]{{1,40}}\))?"
    rf"(?:\s+of\s+{_THE}|(?<=H[12])\s*(?=FY))"
    rf"{_CURRENT_LABELLED}{FISCAL_REF_RE}",
    _on_fiscal_part)

# "the first quarter (July-September) of the current fiscal year (2022-23)", "Q1 of
# FY23", "Q1 FY2023-24": a quarter counted from the fiscal year's first month.
FISCAL_QUARTER = rule(
    "fiscal quarter", ("quarter", "q1", "q2", "q3", "q4"), 14,
    rf"(?:(?:the\s+)?(?P<qord>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|\bQ(?P<qn>[1-4]))"
    rf"(?:\s*\([^()]{{1,30}}\))?\s*(?:of\s+|in\s+)?{_THE}{FISCAL_REF_RE}",
    _on_fiscal_part)

FISCAL_CODE = rule(
    "fiscal code", (FY_CODE,), 2,
    rf"(?P<nc>\d{{1,2}})(?P<unitc>[MHQ])\s?(?=FY){FISCAL_REF_RE}",
    _on_fiscal_code)

# "July-March of the 2023/2024 fiscal year", "April-December of FY24", "July-January
# (2024-25)", "the October-December quarter of FY24": months of a fiscal year, from the
# first one named.
FISCAL_MONTH_RANGE = rule(
    "fiscal month range", (MONTH,), 4,
    # ("July, August and September of the current fiscal year": the months listed)
    rf"{month_group('mon1')}\s*(?:[-–/]|\s+to\s+|(?:\s*,\s*{MONTH_ANY_RE})*\s*,?\s+(?:and|&)\s+)\s*"
    rf"{month_group('mon2')}(?:\s+(?:period|months|quarter|half))?"
    # ("April-December this fiscal year": the fiscal year named straight after)
    rf"(?:\s+(?:of|in)\s+(?:the\s+)?|\s*(?P<open>\()\s*|\s+(?=FY|(?:this|current)\s+(?:fiscal|financial)\b))"
    rf"{_CURRENT_LABELLED}{FISCAL_REF_RE}"
    r"(?(open)\))",
    _on_fiscal_part)

# "July FY25", "July of FY 2024-25": a month named with the fiscal year it falls in.
FISCAL_MONTH = rule(
    "fiscal month", (MONTH,), 4,
    rf"{month_group('mon1')}\s+(?:of\s+)?(?=FY|fiscal)(?:the\s+)?{FISCAL_REF_RE}",
    _on_fiscal_part)

def _on_fiscal_same_period(m: re.Match, economy: str | None) -> Found | None:
    """ "the same period of FY24", "the corresponding months of fiscal year 2023-24": the
    compared figure's part of the year, in the fiscal year named."""
    ref = _fiscal_ref(m, economy)
    if ref is None or ref.fixed is None or months_between(*ref.fixed) != 12:
        return None
    return Found(*m.span(), None, fixed=ref.fixed, comparison="same_period_of_year", fiscal=True)


FISCAL_SAME_PERIOD = rule(
    "fiscal same period", cal.SAME_PERIOD_WORDS, 4,
    rf"(?:the\s+)?(?:{'|'.join(map(re.escape, cal.SAME_PERIOD_WORDS))})\s+(?:period|months|quarter|half|month)"
    rf"\s+(?:of|in|during|for)\s+(?:the\s+)?(?:previous\s+|last\s+)?{FISCAL_REF_RE}",
    _on_fiscal_same_period)

FISCAL_YEAR = rule(
    "fiscal year", ("fiscal", "financial", "budget", "fy", YEAR, SOLAR_YEAR,
                    *cal.CALENDAR_YEAR_WORDS, *cal.CALENDAR_FISCAL_ABBREVIATIONS), 18,
    rf"(?:the\s+)?{FISCAL_REF_RE}",
    _on_fiscal)

# "since the beginning of the current Iranian year (started March 21) up to May 10", "from
# the start of the fiscal year 2023-24 to March 15": a fiscal year so far, to the day.
FISCAL_TO_DAY = rule(
    "fiscal year to day", ("since", "from"), 2,
    rf"(?:since|from)\s+the\s+(?:beginning|start)\s+of\s+(?:the\s+)?{FISCAL_REF_RE}(?:\s*\([^()]{{1,40}}\))?"
    rf",?\s+(?:up\s+)?(?:to|until|till|through)\s+(?:the\s+end\s+of\s+)?"
    rf"(?:{month_group('tm')}(?:\s+(?P<td>{DAY_RE}))?|(?P<td2>{DAY_RE})\s+(?:of\s+)?(?P<tm2>{MONTH_ANY_RE}))",
    _on_fiscal_to_day)

# "this fiscal year until 24 May", "the current fiscal year up to March 15": the fiscal
# year named first, then the day it runs to (Myanmar copy).
FISCAL_UNTIL_DAY = rule(
    "fiscal year until a day", ("fiscal", "financial", "budget", "fy"), 14,
    rf"(?:the\s+)?{FISCAL_REF_RE},?\s+(?:up\s+)?(?:to|until|till|through)\s+"
    rf"(?:{month_group('tm')}(?:\s+(?P<td>{DAY_RE}))?|(?P<td2>{DAY_RE})\s+(?:of\s+)?(?P<tm2>{MONTH_ANY_RE}))",
    _on_fiscal_to_day)


def _on_fiscal_day_named_first(m: re.Match, economy: str | None) -> Found | None:
    """ "exports as of 23rd December in this fiscal year", "up to January 10 in the current
    fiscal year": from the fiscal year's first day to that day; "between 1 October and 6
    November in the current financial year": those days of the fiscal year."""
    ref = _fiscal_ref(m, economy)
    month, day = _day_of(m, "dtm", "dtd", "dtm2", "dtd2")
    if ref is None or not month:
        return None
    if not (m.group("dfm") or m.group("dfm2")):
        return _fiscal_stretch(m, ref, lambda fy: (fy[0], _day_in(fy, month, day, True)))
    first_month, first_day = _day_of(m, "dfm", "dfd", "dfm2", "dfd2")
    if not first_month:
        return None
    return _fiscal_stretch(m, ref, lambda fy: (_day_in(fy, first_month, first_day, False),
                                               _day_in(fy, month, day, True)))


_DAY_OF_MONTH = (r"(?:{m1}(?:\s+(?P<{d1}>{day}))?|(?P<{d2}>{day})\s+(?:of\s+)?(?P<{m2}>{month}))")
FISCAL_DAY_NAMED_FIRST = rule(
    "fiscal year to a day named first", ("as", "up", "until", "till", "through", "between"), 4,
    r"(?:(?:as\s+of|up\s+to|until|till|through)\s+"
    r"|between\s+" + _DAY_OF_MONTH.format(m1=month_group("dfm"), d1="dfd", d2="dfd2", m2="dfm2", day=DAY_RE,
                                         month=MONTH_ANY_RE) + r"\s+and\s+)"
    + _DAY_OF_MONTH.format(m1=month_group("dtm"), d1="dtd", d2="dtd2", m2="dtm2", day=DAY_RE, month=MONTH_ANY_RE)
    # ("as of 14 June this fiscal year": "this" without "in")
    + r",?\s+(?:(?:in|of|during)\s+(?:the\s+|this\s+)?|(?=this\s))"
    + r"(?=\w+\s+(?:fiscal|financial|budget)|fiscal|financial|FY)"
    rf"{FISCAL_REF_RE}",
    _on_fiscal_day_named_first)

FISCAL_SO_FAR = rule(
    "fiscal year so far", ("since", "from"), 2,
    rf"(?:since|from)\s+the\s+(?:beginning|start)\s+of\s+(?:the\s+)?{FISCAL_REF_RE}(?:\s*\([^()]{{1,40}}\))?",
    _on_fiscal_so_far)

# "in the current financial year so far", "So far in FY25", "FY2024-25 to date": the
# fiscal year's months so far, as "since the start of the fiscal year" (the label's
# first "so far" or its last, never both).
FISCAL_SO_FAR_SAID = rule(
    "fiscal year so far, said so", ("so", "fiscal", "financial", "budget", "fy", YEAR, *cal.CALENDAR_YEAR_WORDS), 24,
    rf"(?:(?P<sofar>so\s+far(?:\s+in)?(?=\s+(?:this|the|FY|fiscal|financial))|to\s+date\s+in)\s+)?"
    rf"(?:the\s+)?{FISCAL_REF_RE}"
    rf"(?(sofar)|,?\s+(?:so\s+far|to\s+date)\b)",
    _on_fiscal_so_far)


def _on_fiscal_to_date(m: re.Match, economy: str | None) -> Found | None:
    """ "fiscal year-to-date exports", "FYTD": the current fiscal year's months so far."""
    return _from_start(m, _FiscalRef(pick=partial(fiscal_from_publication, economy, 0)))


FISCAL_TO_DATE = rule(
    "fiscal year to date", ("fytd", "fiscal", "financial"), 4,
    r"\b(?:FYTD|(?:fiscal|financial)[-\s]year[-\s]to[-\s]date)\b",
    _on_fiscal_to_date)

YEAR_BEGINNING = rule(
    "year beginning", ("year",), 14,
    rf"(?:the\s+)?(?:(?P<fw>fiscal|financial|budget)\s+)?year\s+(?P<tense>beginning|starting|began|begins|starts)"
    rf"\s+(?:on\s+)?{month_group('mon')}(?:\s+(?P<day>{DAY_RE}))?{year_suffix()}",
    _on_year_beginning)

# The rules that read a fiscal-year mention, for re-reading it with another economy.
FISCAL_RULES = (FISCAL_TO_DAY, FISCAL_UNTIL_DAY, FISCAL_DAY_NAMED_FIRST, FISCAL_CODE, FISCAL_MONTHS, FISCAL_HALF,
                FISCAL_QUARTER, FISCAL_MONTH_RANGE, FISCAL_MONTH, FISCAL_YEAR)
