"""Comparison periods: "a year earlier", "the same period of 2023", "the previous quarter".

They carry a comparison rule, not dates: ``resolve_comparison`` dates them once the
assembler knows the period they are compared with.
"""
from __future__ import annotations

import re

from extractor.data import calendar as cal
from extractor.recognise.period.found import Found
from extractor.recognise.period.patterns import MONTH_FULL_RE, PERIOD_NOUN_RE, year_group
from extractor.recognise.period.rules.fiscal_years import AFTER_BARE_FISCAL as _AFTER_BARE_FISCAL
from extractor.recognise.period.scan import rule
from extractor.recognise.period.tokens import normalise


_SPLIT_YEAR_AFTER = re.compile(r"[-/–](\d{2}|\d{4})(?!\d)")
_OPENS_SENTENCE_WITH_LAST_YEAR = re.compile(r"last\s+year'?s\b", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n)\W*$")


def _comparison(comparison_rule: str):
    """Handler factory for comparison periods: they carry a rule, not dates."""

    def handler(m: re.Match, economy: str | None) -> Found | None:
        g = m.groupdict()
        if _OPENS_SENTENCE_WITH_LAST_YEAR.match(m.group()) and _SENTENCE_START.search(m.string, 0, m.start()):
            return None  # "Last year's total volume of trade amounted to X": last year, no comparison
        year = g.get("y") or g.get("y1") or g.get("y2")
        if comparison_rule == "same_period_of_year" and not year:
            return None
        split = _SPLIT_YEAR_AFTER.match(m.string, m.end()) if year else None
        if split and int(split.group(1)[-2:]) == (int(year) + 1) % 100:
            year = str(int(year) + 1)  # "the same period of 2020-21": the fiscal year ending in 2021
        unit = next((normalise(v) for k, v in g.items() if k.startswith("unit") and v), "")
        granularity = _comparison_granularity(unit)
        return Found(*m.span(), granularity, comparison=comparison_rule, year=int(year) if year else None)

    return handler


def _comparison_granularity(unit: str) -> str | None:
    """Granularity named by a comparison's noun: "the same month", "the previous quarter"."""
    words = unit.split()
    if not words:
        return None
    first = {"m": "month", "q": "quarter"}.get(words[0], words[0])  # "m/m", "q-o-q"
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


def _previous_unit(name: str) -> str:
    return rf"(?P<{name}>month|quarter|half[-\s]year|half|period)"


_SAME_RE = "|".join(map(re.escape, cal.SAME_PERIOD_WORDS))
# Right after a percentage: "up 4.5% on the year", "1.2 percent on the month".
_AFTER_PERCENT = r"(?:(?<=%\s)|(?<=percent\s)|(?<=pct\s)|(?<=cent\s))"

SAME_PERIOD_OF_YEAR = rule(
    "same period of year", cal.SAME_PERIOD_WORDS, 4,
    rf"(?:the\s+)?(?:{_SAME_RE})\s+"
    rf"(?:{year_group('y1')}\s+(?P<unit1>{PERIOD_NOUN_RE})"
    # "the same period (Q2) of 2022": a bracketed gloss of the period is part of it
    # ("in the same period 2017", with the preposition left out)
    rf"|(?P<unit2>{PERIOD_NOUN_RE})\s+(?:\([^()\n]{{1,30}}\)\s+)?(?:(?:of|in|for|during)\s+)?{year_group('y2')})",
    _comparison("same_period_of_year"))

YEAR_EARLIER = rule(
    "year earlier",
    # ("financial" and "budget" too: "the previous financial year" is the year before, as
    # "the previous fiscal year" is, not one counted back from the publication date)
    ("year", "yoy", "y/y", "y-o-y", "annual", "yearly", "comparison", "fiscal", "financial", "budget")
    + cal.SAME_PERIOD_WORDS, 14,
    rf"(?:the\s+)?(?:{_SAME_RE})\s+(?P<unit>{PERIOD_NOUN_RE})"
    r"(?:\s+(?:a|one|the)\s+year\s+(?:ago|earlier|before|prior)|(?:\s+(?:of|in))?\s+(?:last|the\s+previous|the\s+preceding|the\s+prior|the\s+last|the\s+past)"
    # ("during the same period of the previous fiscal": South Asian copy's noun for the year)
    r"\s+(?:(?:(?:fiscal|financial)\s+)?year|fiscal(?!\s+\d))\b)"
    r"|(?:the\s+|a\s+)?year[-\s]+(?:earlier|ago)(?:\s+(?:period|months?|quarters?|levels?|figures?|totals?))?\b"
    r"|(?:a|one|the)\s+year\s+(?:earlier|ago|before|prior)\b"
    r"|(?:the\s+)?(?:previous|preceding|prior)\s+(?P<unitp>(?:fiscal\s+|financial\s+|budget\s+)?year)\b"
    # ("against $451.1 billion in the previous fiscal": South Asian copy's noun for the
    # year, with no noun after it: "the previous fiscal deficit" is no period)
    r"|(?:the\s+)?(?:previous|preceding|prior)\s+(?P<unitf>fiscal)\b(?!\s*-?\d)(?=\s*(?:[,.;:)]|$|\s(?:"
    + _AFTER_BARE_FISCAL + r")\b))"
    r"|\byear[-\s]+(?:on|over)[-\s]+year\b|\by/y\b|\byoy\b|\by-o-y\b"
    # "up 30.9 percent on year" (wire shorthand), "a decline of 31.5 percent on an annual basis"
    r"|(?<=\bon\s)year\b(?![-\s]+(?:on|over|to[-\s]+date|end|earlier|ago|before))"
    # "up 4.5% on the year" (wire shorthand with the article)
    rf"|{_AFTER_PERCENT}on\s+the\s+year\b(?![-\s]+(?:on|over|to[-\s]+date|end|earlier|ago|before))"
    r"|\bon\s+(?:an\s+annual|a\s+yearly|a\s+year-on-year)\s+basis\b"
    r"|\bin\s+(?:annual|yearly|year-on-year)\s+terms\b"  # "In annual terms, exports fell 12 percent"
    # "This time last year, the gap stood at X", "at the same point a year ago"
    r"|\b(?:this|that|the\s+same)\s+(?:time|point|stage)\s+(?:last\s+year|a\s+year\s+(?:ago|earlier|before))\b"
    # "compared with JD 748 million in the comparison period": a release's year-earlier period
    r"|\bthe\s+(?:comparison|corresponding|comparable)\s+(?P<unitc>period|month|quarter)\b"
    r"(?!\s+(?:of|in|a|last|the|previous)\b)(?!\s+\d)"
    r"|last\s+year'?s\s+(?:levels?|figures?|totals?|period|corresponding\s+period)\b"
    rf"|(?:the\s+)?same\s+(?P<unitm>{MONTH_FULL_RE})\s+period\b",
    _comparison("year_earlier"))

# "Sh1.7 trillion a year ago in 2021", "a fiscal year ago in 2021-22": the year named is
# the earlier period itself (the same period of that year), not the one it is a year before.
YEAR_AGO_IN_YEAR = rule(
    "year ago in year", ("year", "fiscal", "financial"), 14,
    r"(?:a|one|the)\s+(?P<unit>(?:(?:fiscal|financial)\s+)?year)\s+(?:ago|earlier|before)\s*,?\s+in\s+"
    + year_group("y"),
    _comparison("same_period_of_year"))

# "imports dropped 8 percent in the same period this year" (after a year-earlier figure):
# the period the story reports, in the year of publication (find_periods sets the year).
SAME_PERIOD_THIS_YEAR = rule(
    "same period this year", ("this",), 8,
    rf"(?:the\s+)?(?:{_SAME_RE})\s+(?P<unit>{PERIOD_NOUN_RE})\s+(?:of\s+|in\s+)?this\s+year\b(?!['’])",
    lambda m, economy: Found(*m.span(), _comparison_granularity(normalise(m.group("unit"))),
                             comparison="same_period_this_year"))

PREVIOUS_PERIOD = rule(
    "previous period", ("month", "quarter", "half", "period", "monthly", "quarterly", "semi-annual", "half-yearly",
                        "m/m", "m-o-m", "mom", "q/q", "q-o-q", "qoq", "sequential", "previous", "prior"), 14,
    rf"(?:the|a|one)\s+{_previous_unit('unit')}\s+(?:before|earlier|ago|previously)\b"
    # "the same period a month ago", "In the same period last month" (Korean customs' first
    # days of a month, against the same days of the month before)
    r"|(?:the\s+)?same\s+period\s+(?:(?:a|one)\s+(?P<unitsm>month)\s+(?:ago|earlier|before)"
    r"|(?:of\s+|in\s+)?last\s+(?P<unitsl>month))\b"
    rf"|(?:the\s+)?(?:previous|preceding|prior)\s+{_previous_unit('unitq')}\b"
    # "up 5.2 per cent on the previous three months": the stretch of as many months before,
    # said as what a change is measured against ("in the previous three months" may be a
    # figure's own stretch)
    r"|(?:(?<=\bon\s)|(?<=\bover\s)|(?<=\bfrom\s)|(?<=\bwith\s)|(?<=\bthan\s)|(?<=\bagainst\s))"
    r"the\s+(?:previous|preceding|prior)\s+(?:two|three|four|six|2|3|4|6)[-\s]+(?P<unitm>months)\b"
    r"|\b(?P<unitx>month|quarter)[-\s]+(?:on|over)[-\s]+(?:month|quarter)\b"
    # "rose 4 per cent half-on-half", "on a semi-annual basis": against the half before
    r"|\b(?P<unith>half)[-\s]+(?:on|over)[-\s]+half\b|\bon\s+a\s+(?P<unitsh>semi-annual|half-yearly)\s+basis\b"
    r"|(?<=\bon\s)(?P<unito>month|quarter)\b(?![-\s]+(?:on|over|to[-\s]+date|end|earlier|ago|before))"
    rf"|{_AFTER_PERCENT}on\s+the\s+(?P<unitn>month|quarter)\b"
    r"(?![-\s]+(?:on|over|to[-\s]+date|end|earlier|ago|before))"
    r"|\bon\s+a\s+(?P<unitb>month|quarter)ly\s+basis\b"
    r"|\bin\s+(?P<unitt>month|quarter)ly\s+terms\b"
    # the wire's shorthands, "fell 2.1% m/m", "up 3 pct q-o-q", "rose 4% MoM" (MoM only
    # right after a percentage: elsewhere it is a word)
    r"|\b(?P<unitab>[mq])(?:/|-o-)[mq]\b|" + _AFTER_PERCENT + r"(?P<unitac>[mq])o[mq]\b"
    # "rose 4.2 percent sequentially": against the period just before, of the figure's length
    r"|\bsequentially\b|\bon\s+a\s+sequential\s+basis\b"
    # a release table's label in brackets: "C$0.44 billion in October (previous: C$0.21 billion)"
    r"|(?<=\()\s*(?:previous|prior)(?=\s*:)",
    _comparison("previous_period"))
