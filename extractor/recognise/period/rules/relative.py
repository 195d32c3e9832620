"""Periods counted from the publication date: "last month", "this quarter", "next year"."""
from __future__ import annotations

import re
from functools import partial

from extractor.data import calendar as cal
from extractor.recognise.period.calendar_math import months_span
from extractor.recognise.period.found import Found, relative
from extractor.recognise.period.patterns import NUM_RE, year_group
from extractor.recognise.period.scan import rule
from extractor.recognise.period.tokens import normalise, number_value
from extractor.recognise.period.year_choice import units_from_publication, year_offset


def _on_relative_unit(m: re.Match, economy: str | None) -> Found | None:
    """ "last month", "this quarter", "next month"."""
    k = cal.RELATIVE_OFFSET_WORDS[normalise(m.group("rel"))]
    unit = m.group("unit").lower()
    unit_months = 3 if unit == "quarter" else 1
    return relative(*m.span(), unit, None, partial(units_from_publication, unit_months, k),
                    needs_publication=True)


def _on_unit_anaphor(m: re.Match, economy: str | None) -> Found | None:
    """ "during the month", "in the quarter under review": the month or quarter just
    named; its dates come from that mention (find._anaphors)."""
    return Found(m.start("the"), m.end(), m.group("unit").lower())


UNIT_ANAPHOR = rule(
    "unit anaphor", ("month", "quarter"), 20,
    r"\b(?:during|in|for|over|throughout)\s+(?P<the>the)\s+(?P<unit>month|quarter)"
    r"(?:\s+under\s+review)?\b(?!\s*(?:of|ending|ended|to|before|after|earlier|ago)\b|-)",
    _on_unit_anaphor)


# "Kenya exported X in October, rising to Y the following month": the month (or quarter)
# after the one just named (find._anaphors gives it its dates). Not "the next month",
# which may be the one to come.
FOLLOWING_UNIT_TEXT = r"the\s+(?:following|succeeding|subsequent)\s+(?:month|quarter)"
FOLLOWING_UNIT = rule(
    "following unit", ("following", "succeeding", "subsequent"), 8,
    rf"\b(?P<the>{FOLLOWING_UNIT_TEXT})\b(?!\s*(?:of|to|ending|ended)\b|-)",
    lambda m, economy: Found(m.start("the"), m.end(), "quarter" if m.group(0).lower().endswith("quarter") else "month"))


# "In that last year, exports totaled X", "that same year", "in the same year": the year
# just named (find._anaphors gives it that year's dates), not the year before publication.
YEAR_ANAPHOR_TEXT = r"(?:that|the\s+same)\s+(?:(?:last|same|very)\s+)?year"
YEAR_ANAPHOR = rule(
    "year anaphor", ("year",), 20,
    rf"\b(?P<the>{YEAR_ANAPHOR_TEXT})\b(?![-\s]+(?:on|over|earlier|ago|before|to[-\s]+date)\b|['’]s|-)",
    lambda m, economy: Found(m.start("the"), m.end(), "year"))


# "In the reporting period, exports amounted to X", "during the period under review": the
# period the story reports (find._anaphors drops the mention, so that no year in it or
# after it is taken for the figure's).
PERIOD_ANAPHOR_TEXT = (r"the\s+(?:(?:reporting|reported|review|indicated|said)\s+period"
                       r"|period\s+(?:under\s+review|in\s+question))(?:\s+of\s+(?:19|20)\d\d)?")
PERIOD_ANAPHOR = rule(
    "period anaphor", ("period",), 24,
    rf"\b(?:during|in|for|over|throughout)\s+(?P<the>{PERIOD_ANAPHOR_TEXT})\b"
    r"(?!\s*(?:ending|ended|to|before|after|earlier|ago)\b)",
    lambda m, economy: Found(m.start("the"), m.end(), "span"))


# "Exports rose 8.1% in the January-June period. During the same period, exports were X":
# the period said last (find._anaphors); not "the same period last year", a comparison.
SAME_PERIOD_ANAPHOR_TEXT = r"the\s+same\s+(?:period|time\s*frame|time\s+(?:period|span))"
SAME_PERIOD_ANAPHOR = rule(
    "same period anaphor", ("same",), 16,
    rf"\b(?:during|in|for|over|throughout)\s+(?P<the>{SAME_PERIOD_ANAPHOR_TEXT})\b"
    r"(?!\s*(?:,\s*)?(?:last|of|a\s+year|in\s|the\s|previous|one\s+year|ago|earlier|before|a\s+decade)\b)",
    lambda m, economy: Found(m.start("the"), m.end(), "span"))


def _on_relative_year(m: re.Match, economy: str | None) -> Found | None:
    k = cal.RELATIVE_OFFSET_WORDS[normalise(m.group("rel"))]
    return relative(*m.span(), "year", partial(months_span, first_month=1, months=12),
                    partial(year_offset, k), needs_publication=True)


RELATIVE_UNIT = rule(
    "relative unit", ("month", "quarter"), 12,
    r"\b(?P<rel>last|this|next|the\s+current|the\s+coming)\s+(?P<unit>month|quarter)\b",
    _on_relative_unit)

RELATIVE_YEAR = rule(
    "relative year", ("year",), 12,
    r"\b(?P<rel>last|this|next|the\s+current|the\s+coming)\s+year\b",
    _on_relative_year)


def _on_year_to_date(m: re.Match, economy: str | None) -> Found | None:
    """ "the year to date", "since the beginning of the year", "so far this year", "in
    2016 so far": from 1 January to the end of the period the story reports, which only
    the story knows (in the year stated, when one is)."""
    year = m.group("y") or m.group("y2")
    return Found(*m.span(), "span", comparison="to_date", year=int(year) if year else None)


YEAR_TO_DATE = rule(
    "year to date", ("year", "ytd", "since", "far", "date"), 16,
    r"\b(?:(?:the\s+)?year[-\s]to[-\s]date|YTD|since\s+the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+year"
    r"|so\s+far\s+(?:this|in\s+the)\s+year|(?:this|the|the\s+current)\s+year\s+(?:so\s+far|to\s+date)"
    rf"|so\s+far\s+in\s+{year_group('y')}|(?:in\s+)?{year_group('y2')},?\s+(?:so\s+far|to\s+date)"
    # a sentence opening "To date, exports contracted by 0.9% to X" (not "the largest to date"),
    # or "In the year, exports totaled X" (Brazilian weekly copy; not "In the year to March")
    r"|(?-i:To)\s+date(?=\s*,)|(?-i:In)\s+the\s+year(?=\s*,))\b",
    _on_year_to_date)


def _on_rolling_year(m: re.Match, economy: str | None) -> Found | None:
    """ "on a 12-month basis", "over the past 12 months", "on a rolling annual basis": the
    twelve months to the end of the period the story reports."""
    return Found(*m.span(), "span", comparison="rolling_year")


ROLLING_YEAR = rule(
    "rolling year", ("basis", "past", "last", "rolling", "trailing", "moving", "12", "twelve"), 30,
    r"\b(?:on\s+an?\s+(?:rolling\s+)?(?:12|twelve)[-\s]months?\s+basis|on\s+a\s+rolling\s+(?:annual|yearly|12[-\s]month)\s+basis"
    r"|(?:over|in|during)\s+the\s+(?:past|last)\s+(?:12|twelve)\s+months"
    # "a surplus of X over the last four quarters" (central banks' quarterly copy)
    r"|(?:over|in|during)\s+the\s+(?:past|last)\s+(?:4|four)\s+quarters"
    # "exports to China were worth $11.2 billion in the past year"
    r"|(?:over|in|during)\s+the\s+past\s+year(?!\s*['’]s)"
    # "the 12-month trailing trade balance", "the rolling 12-month deficit"
    r"|(?:12|twelve)[-\s]months?\s+(?:trailing|rolling|moving|cumulative)"
    # "The country's 12-month exports jumped 10.1 percent" (Turkish copy): the flow's
    # twelve months to date
    r"|(?:12|twelve)[-\s]month(?=\s+(?:overall\s+|total\s+|accumulated\s+|cumulative\s+)?"
    r"(?:exports?|imports?|trade|deficit|surplus)\b)"
    r"|(?:trailing|rolling|moving)\s+(?:12|twelve)[-\s]months?"
    # "over twelve rolling months"
    r"|(?:12|twelve)\s+(?:rolling|trailing|moving|sliding)\s+months"
    # "Over 12 months, the trade surplus totaled X", "In 12 months, the surplus reaches X"
    # (Brazilian weekly copy, "Em 12 meses"): opening the sentence, as its own phrase; not
    # "rose 5% over 12 months", a change
    r"|(?-i:Over|In)\s+(?:12|twelve)\s+months(?=\s*,)"
    # "Cumulated over twelve months, the trade deficit stood at X in August" (French customs;
    # "Cumulative over 12 months" in wire copy)
    r"|(?:cumulated|cumulative|accumulated|cumulatively|summed)\s+over\s+(?:the\s+(?:past|last)\s+)?(?:12|twelve)\s+months)\b",
    _on_rolling_year)

def _on_whole_year(m: re.Match, economy: str | None) -> Found | None:
    """ "For the whole year, imports fell 1.7 percent", "full-year exports": the year the
    period the story reports falls in (a December story published in January is of the
    year before)."""
    return Found(*m.span(), "year", comparison="whole_year")


WHOLE_YEAR = rule(
    "whole year", ("year",), 30,
    r"\b(?:for|in|over|during|throughout)\s+the\s+(?:whole|full|entire)\s+year\b(?![-\s]+(?:on|to|ago|earlier|before))"
    r"|\bfull[-\s]year(?=\s+(?:(?:goods|merchandise|trade|export|import)\s+)?"
    r"(?:deficit|surplus|balance|exports|imports|trade|shipments|sales|figures?|total)\b)",
    _on_whole_year)

ANNUAL_FLOW = rule(
    "annual flow", ("annual", "annualised", "annualized"), 6,
    # "The annual trade deficit was NZ$3.9 billion" in a monthly release: the twelve months
    # to the month reported (a year stated with the figure wins as the nearer period);
    # "annualized exports" (Turkish copy) are the same twelve months
    r"\bannual(?:i[sz]ed)?(?=\s+(?:(?:goods|merchandise|trade)\s+)*"
    r"(?:deficit|surplus|balance|exports|imports)\b)",
    _on_rolling_year)


def _whole_years_before(years: int, build, published):
    return build(published.year - years)


# "the highest in the last five years", "for the first time in a decade": a record's
# reach, not the period of a figure.
_RECORD_BEFORE = re.compile(r"\b(?:high|low|larg|bigg|wid|narrow|small|great|strong|weak)est\b[^.;]{0,30}$"
                            r"|\b(?:record|first\s+time|since)\b[^.;]{0,20}$", re.IGNORECASE)


def _on_years_before(m: re.Match, economy: str | None) -> Found | None:
    """ "in the last five years", "over the past decade": that many whole calendar years,
    the last of them the one before publication (the latest a total can be of)."""
    years = 10 if m.group("decade") else number_value(m.group("n"))
    if not 1 < years <= 30 or _RECORD_BEFORE.search(m.string, max(0, m.start() - 50), m.start()):
        return None
    return relative(*m.span(), "span", partial(months_span, first_month=1, months=12 * years),
                    partial(_whole_years_before, years), needs_publication=True)


YEARS_BEFORE = rule(
    "years before", ("years", "decade"), 6,
    # (not "the previous two years": counted back from the period reported, not from today)
    rf"\b(?:the\s+)?(?:last|past)\s+(?:(?P<n>{NUM_RE})\s+years|(?P<decade>decade))\b"
    r"(?!\s*(?:ago|earlier|before)\b)",
    _on_years_before)
