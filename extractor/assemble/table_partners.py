"""Tables of partners: one row an economy, the columns periods, the flow in the caption.

"Canada's merchandise exports to top partners, January to June (billions of dollars)"
over "Partner | 2018 | 2019 | % change" and "United States | 199.8 | 207.3 | 3.8" is
Canada's exports to the United States of 199.8 and 207.3 billion dollars in the first
halves of 2018 and 2019. extractor/assemble/tables.py reads such a table as one of
measures down the side, each row's measure the caption's and its partner the row's
economy ("Total, all countries": the world).
"""
from __future__ import annotations

import re
from datetime import date

from extractor.recognise.economy import find_economies
from extractor.recognise.period import find_periods
from extractor.recognise.period.calendar_math import month_end
from extractor.recognise.tables import Table

WORLD = "WORLD"  # a row of all partners together

# What a caption or the label column's head says to rank partners by.
_PARTNER_HEAD = re.compile(r"^(?:(?:trading\s+)?partners?|countr(?:y|ies)|destinations?|markets?|origins?"
                           r"|sources?|suppliers?|economy|economies)$", re.IGNORECASE)
_BY_PARTNER = re.compile(r"\b(?:partners?|markets?|destinations?|suppliers?|sources|by\s+countr(?:y|ies)"
                         r"|by\s+partner|by\s+destination|by\s+origin)\b", re.IGNORECASE)
# The flow a caption names, first said first.
_FLOW_WORD = re.compile(r"\b(?P<export>exports?)\b|\b(?P<import>imports?)\b|\b(?P<total>trade|turnover)\b"
                        r"|\b(?P<balance>balance|surplus|deficit)\b", re.IGNORECASE)
_ALL_PARTNERS = re.compile(r"^(?:total\b.*|all\s+countries|world(?:\s+total)?)$", re.IGNORECASE)


def partner_table_measure(table: Table) -> str | None:
    """The measure of a table of partners, from its caption or the line before it; None
    for a table that is not one (its label column's head, or its caption, names no
    partners)."""
    if not (_PARTNER_HEAD.match(table.caption.strip()) or _BY_PARTNER.search(table.before)):
        return None
    flow = _FLOW_WORD.search(f"{table.caption} {table.before}")
    return flow.lastgroup if flow else None


def row_partner(label: str, published: date | None) -> str | None:
    """The economy a row names (its whole label), ``WORLD`` for all partners together,
    or None for a row that is neither (a group, a product)."""
    if _ALL_PARTNERS.match(label.strip()):
        return WORLD
    named = find_economies(label, published)
    codes = {m.code for m in named}
    if len(codes) != 1 or len(codes.pop()) != 3:
        return None  # (nor a group's row, "EU" or "ASEAN": it may sum members listed in the table)
    covered = sum(m.end - m.start for m in named)
    return named[0].code if covered >= len(label.strip()) - 2 else None


def caption_months(text: str, published: date | None) -> tuple[int, int] | None:
    """The months of each year a caption restricts its year columns to ("January to
    June", "first half"), as (first, last); None when it names no such part."""
    for p in find_periods(text, published):
        if p.period_start is None or p.period_end is None or p.comparison:
            continue
        start, end = p.period_start, p.period_end
        if start.year == end.year and start.day == 1 and end == month_end(end.year, end.month) \
                and (start.month, end.month) != (1, 12):
            return start.month, end.month
    return None


def restricted(period: tuple[date, date] | None, months: tuple[int, int] | None) -> tuple[date, date] | None:
    """A year column's period less the months the caption leaves out."""
    if period is None or months is None \
            or (period[0].month, period[0].day, period[1].month, period[1].day) != (1, 1, 12, 31):
        return period
    year = period[0].year
    return date(year, months[0], 1), month_end(year, months[1])
