"""Spans of months or days: "the eight months to February", "the first two months of
2024", "the first 20 days of March", "January-September", "the January/March quarter".
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import partial

from extractor.data import calendar as cal
from extractor.recognise.period.calendar_math import (
    Range, add_months, month_end, months_between, months_span, span_ending,
)
from extractor.recognise.period.found import Found, relative, stated, with_year
from extractor.recognise.period.patterns import (
    DAY_RE, MONTH_FULL_RE, NUM_RE, UNIT_RE, month_group, right_after, year_group, year_prefix, year_suffix,
)
from extractor.recognise.period.scan import MONTH, YEAR, rule
from extractor.recognise.period.tokens import month_number, normalise, number_value
from extractor.recognise.period.year_choice import (
    LATEST_BEGUN, LATEST_LAST_MONTH_BEGUN, latest_calendar_or_fiscal_part, nearest_end,
)


_THIS_BEFORE = re.compile(r"\bthis\s+$", re.IGNORECASE)


def _unit_months(unit: str) -> int:
    """How many months a unit word is ("quarter", "half year", "months")."""
    return cal.UNIT_MONTHS[unit.replace(" ", "-") if "half" in unit else unit]


def _on_span_to_month(m: re.Match, economy: str | None) -> Found | None:
    """ "the eight months to the end of February", "the year to March", "the quarter ended
    December 31", "the 12 months to June 30", "the fiscal year to end-March 1988"."""
    month = month_number(m.group("mon"))
    if not month:
        return None
    unit = normalise(m.group("unit"))
    fiscal = unit.split(" ")[0] in cal.FISCAL_WORDS
    unit_months = 12 if fiscal else _unit_months(unit)
    count = number_value(m.group("n")) if m.group("n") else 1
    months = count * unit_months
    if unit == "year" and not m.group("n") and _THIS_BEFORE.search(m.string, max(0, m.start() - 8), m.start()):
        months = month  # "this year to August 2020": the year so far, January to August
    if not 0 < months <= 60:
        return None
    said_day = m.group("day") or m.group("dayb")
    day = int(re.sub(r"\D", "", said_day)) if said_day else None
    if day and day > month_end(2000, month).day:
        return None
    if day and day >= month_end(2001, month).day:
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
    build = partial(span_ending, last_month=month, months=months, last_day=day)
    tense = m.group("tense").lower()
    # "ending" may look forward (the current year ending March 31) or just back (the year
    # ending June, in August): the nearest end; "to"/"ended" look back.
    default = nearest_end if tense == "ending" else LATEST_LAST_MONTH_BEGUN
    return with_year(m, granularity, build, default, fiscal=fiscal)


def _months_counted(m: re.Match) -> int | None:
    """How many months "two months" or "three quarters" are, if a year can hold them."""
    # ("the final month of 2013": one month, its count left unsaid)
    count = number_value(m.group("n")) if m.group("n") else 1
    unit = m.group("unit") or m.group("unit1")
    months = count * (3 if unit.lower().startswith("quarter") else 1)
    return months if 0 < months <= 12 else None


# What says where a stretch of months ends: "to May", "as of February 2023", "ending June".
_END_SAID_AFTER = re.compile(r"\s*,?\s+(?:to|as\s+(?:of|at)|through|thru|till|until|up\s+(?:un)?till|up\s+to|ending|ended|"
                             r"since|before|leading)\b", re.IGNORECASE)


_OF_THE_YEAR = re.compile(r"\b(?:of|in)\s+the\s+year$", re.IGNORECASE)


def _on_first_months(m: re.Match, economy: str | None) -> Found | None:
    """ "the first two months of 2024", "the closing three months of 1986", "the first
    three quarters of 2023", "the opening eight months of the year"."""
    months = _months_counted(m)
    if months is None:
        return None
    # ("the opening eight months of the year", as Vietnamese copy writes it)
    which = "first" if m.group("which").lower() == "opening" else m.group("which").lower()
    said_year = m.group("y") or m.group("py")
    said_rel = normalise(m.group("rel") or m.group("prel"))
    if which == "first" and economy in cal.FISCAL_COUNTED_TRADE and not said_year and not said_rel:
        build = partial(months_span, first_month=1, months=months)
        return Found(*m.span(), "span", build=build, pick=partial(latest_calendar_or_fiscal_part, economy, months))
    if which == "first":
        build = partial(months_span, first_month=1, months=months)
    elif said_year or said_rel in ("this", "last", "next") or _OF_THE_YEAR.search(m.group(0)):
        # ("the last month of the year": the latest December that has begun)
        build = partial(months_span, first_month=13 - months, months=months)
    elif _END_SAID_AFTER.match(m.string, m.end()):
        return None  # "the last twelve months as of February 2023": another rule reads it whole
    else:
        # "in the last five months", "over the past two quarters": no calendar year to count
        # back from; the months up to the period just named (find._anaphors gives the dates)
        return Found(*m.span(), "span")
    return with_year(m, "month" if months == 1 else "span", build, LATEST_LAST_MONTH_BEGUN)


def _on_first_days(m: re.Match, economy: str | None) -> Found | None:
    """ "the first 20 days of February", "the first week of September" (seven days)."""
    month = month_number(m.group("mon"))
    if m.group("week"):
        days = 7 if m.group("week").lower() == "week" else 14
    else:
        days = number_value(m.group("n")) * (7 if m.group("unit").lower() == "weeks" else 1)
    if not month or not 0 < days <= 31:
        return None

    def build(year: int) -> Range:
        return date(year, month, 1), date(year, month, days)

    return with_year(m, "span", build, LATEST_BEGUN)


def _on_first_days_of_this_month(m: re.Match, economy: str | None) -> Found | None:
    """ "the first 20 days of this month", "... of the month" (Korean customs' early count):
    the month counted from publication, its first days."""
    if m.group("week"):
        days = 7 if m.group("week").lower() == "week" else 14
    else:
        days = number_value(m.group("n")) * (7 if m.group("unit").lower() == "weeks" else 1)
    if not 0 < days <= 31:
        return None
    rel = " ".join(m.group("rel").lower().split())

    def pick(build, published: date) -> Range:
        if rel == "the":
            # "the first 20 days of the month": the month the story is told in, unless
            # those days are not over at publication (then the month before)
            back = 0 if published.day > days else -1
        else:
            back = 0 if rel in ("this", "the current") else -1
        year, month = published.year, published.month + back
        if month < 1:
            year, month = year - 1, 12
        return date(year, month, 1), date(year, month, min(days, month_end(year, month).day))

    return relative(*m.span(), "span", None, pick, needs_publication=True)


def _on_year_to_month(m: re.Match, economy: str | None) -> Found | None:
    """ "until November 2023", "up to the end of June", "through September", "as of
    end-September": the year's months so far, from January. A stated first month makes
    a month range instead."""
    month = month_number(m.group("mon"))
    if not month:
        return None
    build = partial(months_span, first_month=1, months=month)
    return with_year(m, "year" if month == 12 else "span", build, LATEST_LAST_MONTH_BEGUN)


def _on_month_range(m: re.Match, economy: str | None) -> Found | None:
    """ "January-September", "the January/March quarter", "between January and February"."""
    first, last = month_number(m.group("mon1")), month_number(m.group("mon2"))
    if not first or not last:
        return None
    months = (last - first) % 12 + 1
    sep = "to" if m.group("sep") == "-to-" else m.group("sep").strip().lower()  # "January-to-March"
    pre = (m.group("pre") or "").lower()
    if pre == "from" and sep not in ("to", "through", "thru", "until", "till") and not sep.startswith("up"):
        return None  # "from the October/December quarter": "from" marks a comparison
    if sep == "and" and pre != "between" and not m.group("cnt") and (months != 2 or _respectively(m)):
        return None  # "in January and March" names two months, not a span
    if m.group("cnt") and number_value(m.group("cnt")) != months:
        return None
    quarter = (m.group("unit") or m.group("unit0") or "").lower() == "quarter"
    granularity = "quarter" if quarter and months == 3 and first % 3 == 1 else "span"
    if m.group("fy1"):
        # "April-March 2020-21", "July-September 2022/23": the months run from the
        # first named month of the split year's first year, forward.
        year = int(m.group("fy1"))
        if not _split_year_follows(year, m.group("fy2")):
            return None
        return stated(*m.span(), granularity, partial(months_span, first_month=first, months=months), year, False)
    build = partial(span_ending, last_month=last, months=months)
    return with_year(m, granularity, build, LATEST_BEGUN if quarter else LATEST_LAST_MONTH_BEGUN)


# "$3 billion and $2 billion in January and February, respectively": months listed for
# as many figures are each one's, not a span.
_RESPECTIVELY_AFTER = re.compile(r"\s*,?\s*respectively\b", re.IGNORECASE)


def _respectively(m: re.Match) -> bool:
    return _RESPECTIVELY_AFTER.match(m.string, m.end()) is not None


def _split_year_follows(first: int, second: str) -> bool:
    """"2020-21", "2020/2021": the second year is the one after the first."""
    return int(second) == first + 1 if len(second) == 4 else int(second) == (first + 1) % 100


SPAN_TO_MONTH = rule(
    "span to month", ("month", "quarter", "half", "year"), 40,
    # "the 12-month period to October": the count may be joined to its unit and a period named
    rf"(?:the\s+)?(?:(?:current|latest|past|last)\s+)?(?:(?P<n>{NUM_RE}|an?)(?:\s+|-(?=months?\b)))?(?P<unit>{UNIT_RE})"
    # ("the half-year period ended June 2025", "the quarter period to March")
    # ("For the year-ended December 2018": the tense joined to the unit, Pacific copy)
    rf"(?:(?:(?<=month)|(?<=quarter)|(?<=half-year)|(?<=half\syear))\s+period)?(?:\s+|-(?=end(?:ed|ing)\b))"
    # "the financial year that ended on March, 2018", "the year ended 31 March 2016"
    # ("the fiscal year that ended in June", "the three months ending in September")
    # ("the five months leading to May", "leading up to": looking back, as "to" does)
    rf"(?:(?:that|which)\s+)?(?P<tense>to|ended|ending|through|up\s+to|leading\s+(?:up\s+)?to)\s+"
    rf"(?:on\s+|(?<=ended\s)in\s+|(?<=ending\s)in\s+)?"
    rf"(?:the\s+end\s+of\s+|end-|(?:late|mid|early)[-\s]+)?"
    rf"(?:(?P<dayb>{DAY_RE})\s+)?{month_group('mon')}"
    rf"(?:\s+(?P<day>{DAY_RE}))?(?:,?\s+{year_group('y')}|\s+(?P<rel>this|last|next)\s+year\b)?",
    _on_span_to_month)


def _on_span_to_last_month(m: re.Match, economy: str | None) -> Found | None:
    """ "the quarter ended last month", "the three months to last month", "the year ending
    this month": the stretch ending with the month before publication (or its own)."""
    count = number_value(m.group("n")) if m.group("n") else 1
    months = count * _unit_months(normalise(m.group("unit")))
    if not 0 < months <= 24:
        return None
    back = 1 if m.group("rel").lower() == "last" else 0

    def pick(build, published: date) -> Range:
        year, month = add_months(published.year, published.month, -back)
        return span_ending(year, last_month=month, months=months)
    # (twelve months to a month are a span, not a calendar year)
    granularity = {3: "quarter", 6: "half"}.get(months, "span")
    return relative(*m.span(), granularity, None, pick, needs_publication=True)


SPAN_TO_LAST_MONTH = rule(
    "span to last month", ("month",), 45,
    rf"(?:the\s+)?(?:(?P<n>{NUM_RE}|an?)(?:\s+|-(?=months?\b)))?(?P<unit>quarter|half[-\s]year|year|months)\s+"
    rf"(?:(?:that|which)\s+)?(?:ended|ending|to|through)\s+(?P<rel>last|this)\s+month\b",
    _on_span_to_last_month)


def _on_months_code(m: re.Match, economy: str | None) -> Found | None:
    """ "9M 2017", "6M2023", "9m'25": the first months of the year, as financial news writes them."""
    months = int(m.group("n") or m.group("n2"))
    if not 0 < months <= 12:
        return None
    build = partial(months_span, first_month=1, months=months)
    if m.group("yy"):  # "in 9m'25", "in 5M23": a two-digit year
        return stated(m.start("n2"), m.end(), "span", build, 2000 + int(m.group("yy")), False)
    if not m.group("y"):  # "in 8M": this year's first eight months so far (the mention is "8M")
        return relative(m.start("n2"), m.end(), "span", build, LATEST_LAST_MONTH_BEGUN)
    return stated(*m.span(), "year" if months == 12 else "span", build, int(m.group("y")), False)


MONTHS_CODE = rule(
    "months code", (YEAR, "in", "for", "during", "over", "the"), 8,
    r"(?<![\w$€£¥.,])(?P<n>\d{1,2})M\s?(?P<y>(?:19|20)\d\d)(?![\w%]|[.,]\d)"
    # ("in 5M23": Central Asian copy's two-digit year with no apostrophe)
    r"|\b(?:in|for|during|over|the)\s(?P<n2>\d{1,2})M(?:['’]?(?P<yy>\d\d))?\b"
    r"(?![\w%]|[.,]\d|\s+(?:dollars|dlrs|euros|tonnes|tons|barrels|units|[A-Z]{3}\b))",
    _on_months_code)


def _on_n_month_period(m: re.Match, economy: str | None) -> Found | None:
    """ "the nine-month period", "the first six-month period of 2018": the year's first months."""
    months = number_value(m.group("n"))
    if not 0 < months < 12:
        return None
    return with_year(m, "span", partial(months_span, first_month=1, months=months), LATEST_LAST_MONTH_BEGUN)


def _on_in_n_months(m: re.Match, economy: str | None) -> Found | None:
    """ "in the five months": the year's first months, as "the first five months" are,
    counted in the fiscal year where the economy counts its trade so."""
    months = number_value(m.group("n"))
    if not 0 < months < 12:
        return None
    build = partial(months_span, first_month=1, months=months)
    if economy in cal.FISCAL_COUNTED_TRADE:
        return Found(*m.span(), "span", build=build, pick=partial(latest_calendar_or_fiscal_part, economy, months))
    return with_year(m, "span", build, LATEST_LAST_MONTH_BEGUN)


def _on_n_month_flow(m: re.Match, economy: str | None) -> Found | None:
    """ "the nine-month total", "Vietnam's half-year trade surplus": a count of months
    said of a flow or its figure is the year's first months, as "the nine-month period" is."""
    months = 6 if m.group("half") else number_value(m.group("n"))
    if not 1 < months < 12:
        return None
    return with_year(m, "half" if months == 6 else "span", partial(months_span, first_month=1, months=months),
                     LATEST_LAST_MONTH_BEGUN)


def _on_year_by_month(m: re.Match, economy: str | None) -> Found | None:
    """ "the June year", "the March 2018 year": the twelve months ending that month, as
    New Zealand's statistics name their annual figures."""
    month = month_number(m.group("mon"))
    if not month:
        return None
    return with_year(m, "year" if month == 12 else "span", partial(span_ending, last_month=month, months=12),
                     LATEST_LAST_MONTH_BEGUN)  # "the December year" is the calendar year


YEAR_BY_MONTH = rule(
    "year by month", (MONTH,), 10,
    rf"the\s+{month_group('mon', full_only=True)}(?:\s+{year_group('y')})?\s+year\b(?![-\s]+(?:on|to|ago|earlier|before|end))",
    _on_year_by_month)


N_MONTH_PERIOD = rule(
    "n-month period", ("month",), 30,
    rf"the\s+(?:first\s+)?(?P<n>{NUM_RE})[-\s]month\s+(?:period|stretch|span)\b{year_suffix()}",
    _on_n_month_period)

# "the surplus reached EUR 5.2 billion after seven months" (Polish statistics copy): the
# year's first months ("after seven months of decline" is no period).
AFTER_MONTHS = rule(
    "after months", ("months",), 30,
    rf"\bafter\s+(?:the\s+first\s+)?(?P<n>{NUM_RE})\s+months\b{year_suffix()}(?!\s+of\b)",
    _on_n_month_period)

# "Exports reached $4.1 billion in the five months": a count of months said as a stretch
# of its own, with no "first", no end month, no year and no "past" or "last", is the
# year's first months, as "after seven months" is. What follows may make it another
# stretch ("in the five months to May" and "the five months of 2024" are other rules';
# "in the five months since the ban" is none).
# ("during the eight months from $18.74 billion a year earlier": "from" an amount is no stretch)
_ANOTHER_STRETCH_AFTER = (r"to|through|thru|till|until|up\s+to|ending|ended|since|before|after|from(?!\s+\S{0,4}\d)|of|in"
                          r"|leading|that|when"
                          r"|ahead|this|last|next")
IN_N_MONTHS = rule(
    "in n months", ("months",), 30,
    # ("Over the four months Turkey exported X": the stretch a sentence opens with, too)
    rf"(?:(?<=\bin\s)|(?<=during\s)|(?<=\bfor\s)|(?<=\b[Oo]ver\s))the\s+(?P<n>{NUM_RE})\s+months\b"
    rf"(?!\s+(?:{_ANOTHER_STRETCH_AFTER})\b)",
    _on_in_n_months)

# "Kosovo's exports in six months amounted to X", "In nine months, exports reached X": the
# same with no "the", only right after a flow's noun or opening a sentence ("could double
# in six months" is no period).
_FLOW_IN = "".join(rf"|(?<=\b{word}\sin\s)" for word in ("exports", "imports", "trade", "turnover", "surplus", "deficit"))
# ... or right after a figure's amount ("Sri Lanka's trade deficit narrows to US$ 5.2 billion
# in eight months", "exports to China grow to $2.34 billion in 10 months": headlines)
_FLOW_IN += "".join(rf"|(?<=\d\s{word}\sin\s)|(?<=\d{word}\sin\s)"
                    for word in ("billion", "million", "trillion", "bn", "mn", "crore", "lakh"))
IN_N_MONTHS_BARE = rule(
    "in n months, bare", ("months",), 20,
    rf"(?:(?<=^In\s)|(?<=[.!?]\sIn\s)|(?<=\nIn\s){_FLOW_IN})(?P<n>{NUM_RE})\s+months\b"
    rf"(?!\s+(?:{_ANOTHER_STRETCH_AFTER}|ago|earlier|later)\b)",
    _on_in_n_months)

# ... and an opening phrase of agency copy translated from Russian ("за N месяцев", "по
# итогам N месяцев"): "Over ten months, exports reached X", "For 10 months, ...",
# "Following the results of 10 months, ...": the year's first months, set off by a comma.
_OPENERS = ("Over", "For", "During", "After", "Following the results of", "Based on the results of",
            "According to the results of", "By the results of", "At the end of")
_OPENING = "|".join(rf"(?<=^{w}\s)|(?<=[.!?]\s{w}\s)|(?<=\n{w}\s)" for w in _OPENERS)
N_MONTHS_OPENING = rule(
    "n months opening a sentence", ("months",), 20,
    rf"(?:{_OPENING})(?:the\s+)?(?P<n>{NUM_RE})\s+months(?=\s*,)",
    _on_in_n_months)

# Only before a flow or its figure: "a nine-month high", "a six-month deal" are no period.
N_MONTH_FLOW = rule(
    "n-month flow", ("month", "half"), 16,
    rf"(?<![\w-])(?:(?P<n>{NUM_RE})[-\s]month|(?P<half>half)[-\s]year(?:ly)?)"
    # ("Kenya's 9-month foreign trade gap")
    rf"(?=\s+(?:(?:cumulative|accumulated|aggregate|combined|foreign|external|overall|total)\s+)?"
    rf"(?:(?:trade|merchandise|goods|export|import)\s+)?"
    rf"(?:{'|'.join(cal.CUMULATIVE_FIGURE_NOUNS)})\b)",
    _on_n_month_flow)

YEAR_TO_MONTH = rule(
    "year to month", (MONTH,), 24,
    rf"(?:(?:until|till|through|thru|up\s+(?:un)?till|up\s+to)\s+(?:the\s+end\s+of\s+|end-)?"
    rf"|(?<=the\s)period\s+to\s+(?:the\s+end\s+of\s+|end-)?"  # "in the period to May": the months so far
    rf"|as\s+(?:of|at)\s+(?:the\s+end\s+of\s+|end-)?"  # "as of (end-)September": a flow's months so far
    # "by the end of May this year": the year's months to then ("by end of April" too)
    rf"|by\s+(?:the\s+end\s+of\s+|end\s+of\s+|end-|end\s+|late\s+)?"
    # "Exports to end-December amounted to X", "the deficit to the end of June" (East African
    # central banks' copy): "to" right after the flow, before a month, is no partner's
    rf"|{right_after('exports', 'imports', 'trade', 'deficit', 'surplus', 'balance')}"
    rf"to\s+(?:the\s+end\s+of\s+|end-)?)"
    # ("exports rose to X by July", "widened by late July": Tunisian and Lebanese copy)
    # ("until the end of last September": the latest September, as the month alone is)
    rf"(?:last\s+)?{month_group('mon')}"
    # (not a day's month: "until September 20", "as of Sept. 20", whose dot the month may leave;
    # nor the month's own figure: "weighed down by December's US$1.21bn deficit")
    rf"(?!\.?\s+\d{{1,2}}\b(?!,?\s+(?:19|20)\d\d))(?![’']s\b)(?:,?\s+{year_group('y')}|\s+(?P<rel>this|last)\s+year\b)?",
    _on_year_to_month)

def _on_month_end(m: re.Match, economy: str | None) -> Found | None:
    """ "at the end of March 2019", "at end-June" in a story on an economy that publishes
    its trade in French (calendar.MONTH_END_CUMULATIVE): the year's months to then, as
    "à fin mars" says; elsewhere the month rules read the month alone."""
    if economy not in cal.MONTH_END_CUMULATIVE:
        return None
    return _on_year_to_month(m, economy)


MONTH_END = rule(
    "at the end of a month", ("end", "after"), 4,
    # ("the surplus after September stood at X": Polish copy's "po wrześniu", said of a flow)
    rf"(?:\bat\s+(?:the\s+)?end(?:\s+of\s+|\s*-\s*|\s+)"
    rf"|{right_after('surplus', 'deficit', 'exports', 'imports', 'balance', 'turnover')}after\s+)"
    rf"(?:last\s+)?{month_group('mon')}"
    rf"(?!\.?\s+\d{{1,2}}\b(?!,?\s+(?:19|20)\d\d))(?:,?\s+{year_group('y')}|\s+(?P<rel>this|last)\s+year\b)?",
    _on_month_end)


def _on_flow_since_month(m: re.Match, economy: str | None) -> Found | None:
    """ "Total exports since July stand at X": a flow counted from that month's start to
    the end of the period the story reports, which only the story knows (as "since the
    beginning of the year" is; comparison_dates gives the dates)."""
    month = month_number(m.group("mon"))
    if not month:
        return None
    found = with_year(m, "month", partial(months_span, first_month=month, months=1), LATEST_LAST_MONTH_BEGUN)
    return replace(found, comparison="from_start") if found else None


# Only straight after a flow's noun: "the highest since July" is a starting point, no period.
FLOW_SINCE_MONTH = rule(
    "flow since month", ("since",), 2,
    rf"{right_after('exports', 'imports', 'trade', 'turnover', 'shipments', 'receipts', 'earnings')}"
    rf"since\s+{month_group('mon')}(?!\s+\d{{1,2}}\b(?!,?\s+(?:19|20)\d\d))(?:,?\s+{year_group('y')})?",
    _on_flow_since_month)

# ... or opening the sentence, set off by a comma: "Since July, exports have totalled X"
# (Pakistani copy counting the fiscal year so far).
SINCE_MONTH_OPENING = rule(
    "since month, opening", ("since",), 2,
    rf"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))(?-i:Since)\s+{month_group('mon')}(?:\s+{year_group('y')})?(?=\s*,)",
    _on_flow_since_month)

FIRST_MONTHS = rule(
    "first months", ("month", "quarters"), 48,
    rf"{year_prefix()}(?:the\s+)?(?P<which>first|opening|last|past|final|closing)\s+(?:(?P<n>{NUM_RE})\s+(?P<unit>months|quarters|month(?=\s+of\b))"
    rf"|(?P<unit1>month)(?=\s+(?:of|in)\s+(?:the\s+year\b|(?:19|20)\d\d\b|(?:this|last|the\s+(?:current|previous))\s+year\b)))\b{year_suffix()}",
    _on_first_months)


def _on_months_of_year(m: re.Match, economy: str | None) -> Found | None:
    """ "the eight months of 2019", "during nine months of 2023", "in 4 first months of this year": a year's first
    months, said without "first" (or with it after the number, as French "4 premiers
    mois" comes out in translation); the year must be said."""
    months = _months_counted(m)
    if months is None:
        return None
    return with_year(m, "span", partial(months_span, first_month=1, months=months), LATEST_LAST_MONTH_BEGUN)


MONTHS_OF_YEAR = rule(
    "months of a year", ("month", "quarters"), 26,
    # ("during nine months of 2023", "over ten months of 2023": a preposition does as "the")
    rf"(?:(?P<lead>the)\s+|(?P<prep>(?<=during\s)|(?<=over\s)|(?<=\bin\s)|(?<=\bfor\s)))?"
    rf"(?P<n>{NUM_RE})\s+(?(lead)|(?(prep)|first\s+))(?P<unit>months|quarters)\s+(?:of|in)\s+"
    rf"(?:(?:the\s+year\s+)?{year_group('y')}\b|(?P<rel>this|last|the\s+current|the\s+previous)\s+year\b)",
    _on_months_of_year)


def _on_ordinal_month(m: re.Match, economy: str | None) -> Found | None:
    """ "the fourth month of 2019": the year's fourth month, April ("of the year": the
    latest one that has begun)."""
    month = cal.ORDINAL_WORDS.get(m.group("ord").lower())
    if not month:
        return None
    return with_year(m, "month", partial(months_span, first_month=month, months=1), LATEST_LAST_MONTH_BEGUN)


ORDINAL_MONTH = rule(
    "ordinal month", ("month",), 24,
    rf"(?:the\s+)?(?P<ord>{'|'.join(sorted(cal.ORDINAL_WORDS, key=len, reverse=True))})\s+month\s+of\s+"
    rf"(?:(?:the\s+year\s+)?{year_group('y')}\b|(?P<rel>this|last|the\s+current)\s+year\b|the\s+year\b)",
    _on_ordinal_month)


# "this year to May", "so far this year through August": January to that month, as
# "until May" is.
THIS_YEAR_TO_MONTH = rule(
    "this year to month", ("year",), 16,
    rf"(?:so\s+far\s+)?(?P<rel>this)\s+year\s+(?:to|through|until|up\s+to)\s+(?:the\s+end\s+of\s+|end-)?"
    rf"{month_group('mon')}",
    _on_year_to_month)


def _on_month_list(m: re.Match, economy: str | None) -> Found | None:
    """ "July, August and September 2011": the months from the first listed to the last.
    Without a year ("in the months of January, February and March") only months that
    follow one another make a span, in the year the text or the publication gives."""
    first, last = month_number(m.group("mon1")), month_number(m.group("mon2"))
    if not first or not last or not first < last or _respectively(m):
        return None
    granularity = "span" if last - first != 2 or first % 3 != 1 else "quarter"
    build = partial(months_span, first_month=first, months=last - first + 1)
    if m.group("y"):
        return stated(*m.span(), granularity, build, int(m.group("y")), False)
    listed = [month_number(w) for w in re.findall(r"[A-Za-z]+", m.group(0))]
    if [k for k in listed if k] != list(range(first, last + 1)):
        return None  # "in January, March and June": months apart, no span
    return with_year(m, granularity, partial(span_ending, last_month=last, months=last - first + 1),
                     LATEST_LAST_MONTH_BEGUN)


MONTH_LIST = rule(
    "month list", (MONTH,), 40,
    rf"{month_group('mon1', full_only=True)}(?:,\s*{MONTH_FULL_RE})+,?\s+and\s+{month_group('mon2', full_only=True)}"
    rf"(?:,?\s+{year_group('y')})?",
    _on_month_list)


FIRST_DAYS_OF_THIS_MONTH = rule(
    "first days of this month", ("days", "week", "weeks", "fortnight"), 24,
    rf"(?:the\s+)?first\s+(?:(?P<n>{NUM_RE})\s+(?P<unit>days|weeks)|(?P<week>week|fortnight))\s+of\s+"
    r"(?P<rel>this|the\s+current|last|the\s+previous|the)\s+month\b",
    _on_first_days_of_this_month)

FIRST_DAYS = rule(
    "first days", ("days", "week", "weeks", "fortnight"), 24,
    # "the first 20 days of February", "the first week of September", "the first two weeks of May"
    # ("the first twenty days in August")
    rf"(?:the\s+)?first\s+(?:(?P<n>{NUM_RE})\s+(?P<unit>days|weeks)|(?P<week>week|fortnight))\s+(?:of|in)\s+"
    rf"{month_group('mon')}{year_suffix()}",
    _on_first_days)

MONTH_RANGE = rule(
    "month range", (MONTH, "month"), 18,
    rf"(?:(?P<pre>between|from)\s+)?(?:the\s+)?(?:(?P<cnt>{NUM_RE})\s+months\s+of\s+)?"
    # ("from January to the end of May": the range's last month whole)
    rf"{month_group('mon1')}\s*(?P<sep>-to-|[-–/]|(?<=\s)—(?=\s)|\s+(?:to|through|thru|until|till|up\s+to|and)\s+)\s*"
    rf"(?:(?<=to\s)the\s+end\s+of\s+|(?<=until\s)the\s+end\s+of\s+)?{month_group('mon2')}"
    # "the January-March period this year": the noun may come before the year
    rf"(?:\s+(?P<unit0>quarter|period|months)(?=,?\s*(?:(?:in|of)\s+)?(?:(?:19|20)\d\d"
    rf"|(?:this|last|next|the\s+current|the\s+previous|the\s+preceding)\s+year)\b))?"
    rf"(?:,?\s*(?P<fy1>(?:19|20)\d\d)\s*[-–/]\s*(?P<fy2>(?:19|20)\d\d|\d\d)(?!\d)"
    # (not the first year of a split one: "the July-March period of 2020-21" is fiscal)
    # ("January-August of the current year", "... of the previous year": Caucasus wires)
    rf"|,?\s*(?:(?:in|of)\s+)?{year_group('y')}(?!\s*[-–/]\s*\d)"
    rf"|(?:\s+of)?\s+(?P<rel>this|last|next|the\s+current|the\s+previous|the\s+preceding)\s+year\b)?"
    rf"(?:\s+(?P<unit>quarter|period)\b)?",
    _on_month_range)


def _on_month_year_range(m: re.Match, economy: str | None) -> Found | None:
    """ "between January 2023 and June 2023", "from November 2022 to February 2023",
    "January 2022-June 2022": both ends stated with their years."""
    first, last = month_number(m.group("mon1")), month_number(m.group("mon2"))
    sep, pre = m.group("sep").strip().lower(), (m.group("pre") or "").lower()
    if not first or not last or (sep == "and" and pre != "between"):
        return None  # "in January 2023 and June 2023" names two months
    start, end = date(int(m.group("y1")), first, 1), month_end(int(m.group("y2")), last)
    # (a stretch of years only where "between" or "from" says so: "from January 2019 to
    # September 2024")
    if not start < end or months_between(start, end) > (120 if pre else 60):
        return None
    return Found(*m.span(), "span", fixed=(start, end))


MONTH_YEAR_RANGE = rule(
    "month and year range", (MONTH,), 8,
    rf"(?:(?P<pre>between|from)\s+)?{month_group('mon1')},?\s+{year_group('y1')}"
    # ("July 2012-June2013": a full month name may be glued to its year)
    rf"\s*(?P<sep>[-–]|\s+(?:to|through|thru|until|and)\s+)\s*{month_group('mon2')},?\s*{year_group('y2')}",
    _on_month_year_range)


def _on_compact(m: re.Match, economy: str | None) -> Found | None:
    """ "1Q23", "2H2022", "9M 2023", "CY2022": a part of a year in analysts' shorthand."""
    year = int(m.group("y"))
    year += 2000 if year < 100 else 0
    if m.group("cy"):
        return stated(*m.span(), "year", partial(months_span, first_month=1, months=12), year)
    n, unit = int(m.group("n")), m.group("u").upper()
    if unit == "Q" and 1 <= n <= 4:
        return stated(*m.span(), "quarter", partial(months_span, first_month=3 * n - 2, months=3), year)
    if unit == "H" and n in (1, 2):
        return stated(*m.span(), "half", partial(months_span, first_month=6 * n - 5, months=6), year)
    if unit == "M" and 1 <= n <= 11:
        return stated(*m.span(), "span", partial(months_span, first_month=1, months=n), year)
    return None


COMPACT = rule(
    "compact part of a year", (YEAR, "cy"), 6,
    # ("1Q’2023": the apostrophe may be a typographic one)
    r"\b(?:(?P<n>\d{1,2})(?P<u>[QqHhM])\s?|(?P<cy>CY)\s?)['’]?(?P<y>(?:19|20)\d\d|\d\d)\b",
    _on_compact)
