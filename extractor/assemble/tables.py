"""Trade facts from an article's tables (extractor/recognise/tables.py lays the grid).

A table gives a fact for each cell whose row (or column) names a trade measure and
whose column (or row) names a period, in the unit its caption states: "(in millions
of levs)" over "Exports (FOB) | 46,039.8" under "Jan-Oct'18" is Bulgaria's exports of
46,039.8 million levs in January to October 2018. The reporter is the story's subject;
a table names a partner only as a row of a table of partners (table_partners.py). A
year-on-year change column gives the change of the
table's first period, measured against that period a year before where the table has
it, so the checker can recompute it.

A table is read only when everything is known: a unit with both its scale and its
currency, and a period for each figure. Guessing a unit or a column would put a wrong
number in a user's database with the authority of a table.
"""
from __future__ import annotations

import re
from datetime import date

from extractor.assemble.context import ArticleContext
from extractor.assemble.table_partners import WORLD, caption_months, partner_table_measure, restricted, row_partner
from extractor.assemble.timing import same_period_a_year_before
from extractor.data.currencies import CODE_ALIASES, DOLLAR, PREFIX_CODES
from extractor.data.tables import (
    BARE_COMPARISON, CHANGE_LABEL, DEFICIT_LABELS, INDEX_WORD, INDEX_YEARS, LABEL_BRACKET, LABEL_FILLER, LABEL_MEASURES, NUMBER_CELL, PERCENT_LABEL,
    PERIOD_LABEL, SEQUENTIAL_WORDS, UNIT_SCALES, YEARLY_WORDS,
)
from extractor.recognise.currency import NAME_SENSES, SYMBOL_SENSES, resolve
from extractor.recognise.money import literal_alternation, resolve_dollar
from extractor.recognise.numbers import parse_digits
from extractor.recognise.period.calendar_math import month_end, months_span
from extractor.recognise.period.tokens import ALL_MONTHS
from extractor.recognise.tables import Cell, Table, find_tables
from models import Change, Economy, Period, Span, TradeFact, Value


# Symbols of letters ("KSh", "Rs", "RM") only as words of their own, in their own case;
# a lone capital ("R", "K") is as likely an initial.
_CURRENCY = re.compile(
    rf"(?P<symbol>{literal_alternation(s for s in SYMBOL_SENSES if not s.isalpha())}"
    rf"|\b(?:{literal_alternation(s for s in SYMBOL_SENSES if s.isalpha() and len(s) > 1)})\b)"
    rf"|\b(?P<code>{literal_alternation(set(PREFIX_CODES) | set(CODE_ALIASES))})\b"
    rf"|(?i:\b(?P<name>{literal_alternation(n for n in NAME_SENSES if len(n) > 2)})\b)")
_SCALE = re.compile(rf"(?i)(?<![A-Za-z])(?P<scale>{literal_alternation(UNIT_SCALES)})(?![A-Za-z])")
# How close a scale and a currency must be to be one unit: "millions of levs", "BIL S$",
# "USD million"; a one-letter scale ("$m", "€ b") only right beside its currency.
_UNIT_REACH, _LETTER_REACH = 12, 1


def table_unit(caption: str, economies: tuple[str, ...], published: date | None) -> tuple[float, str] | None:
    """The scale and currency the caption states, resolved in the story; None unless both."""
    currencies = list(_CURRENCY.finditer(caption))
    for scale in _SCALE.finditer(caption):
        if re.search(r"\d[\s,.]*$", caption[:scale.start()]):
            continue  # "S$7 billion": an amount's scale, not the table's unit
        word = scale["scale"].lower()
        reach = _LETTER_REACH if len(word) == 1 else _UNIT_REACH
        for cur in currencies:
            gap = cur.start() - scale.end() if cur.start() >= scale.end() else scale.start() - cur.end()
            if 0 <= gap <= reach:
                code = _currency_code(cur, economies, published)
                if code:
                    return UNIT_SCALES[word], code
    return None


def _currency_code(m: re.Match, economies: tuple[str, ...], published: date | None) -> str | None:
    if m["code"]:
        return CODE_ALIASES.get(m["code"], m["code"])
    sense = SYMBOL_SENSES[m["symbol"]] if m["symbol"] else NAME_SENSES[m["name"].lower()]
    code = resolve(sense, economies, published)
    return resolve_dollar(code, economies[0] if economies else None, published) if code == DOLLAR else code


def label_measure(label: str) -> tuple[str, int] | None:
    """The measure a row or column label names, and the sign its figures take."""
    words = LABEL_BRACKET.sub("", label.lower())
    words = re.sub(r"\s+", " ", LABEL_FILLER.sub(" ", words)).strip(" -–")
    measure = LABEL_MEASURES.get(words)
    if measure is None:
        return None
    return measure, -1 if words in DEFICIT_LABELS else 1


def _year(digits: str, published: date | None) -> int:
    """A two-digit year is the latest one not after the publication ("Sep 09" in 2010)."""
    if len(digits) == 4:
        return int(digits)
    now = (published or date.today()).year
    year = now - now % 100 + int(digits)
    return year - 100 if year > now + 1 else year


def column_period(label: str, published: date | None) -> tuple[date, date] | None:
    m = PERIOD_LABEL.fullmatch(label.strip())
    if m is None:
        return None
    if m["year_only"]:
        year = int(m["year_only"])
        return date(year, 1, 1), date(year, 12, 31)
    if m["first"]:
        year = _year(m["year"], published)
        first = ALL_MONTHS[m["first"].lower()]
        last = ALL_MONTHS[m["last"].lower()] if m["last"] else first
        if last < first:
            return None
        return date(year, first, 1), month_end(year, last)
    part, number, year = (m["part"], m["number"], m["part_year"]) if m["part"] else (m["part2"], m["number2"], m["part_year2"])
    size = 3 if part.upper() == "Q" else 6
    if int(number) * size > 12:
        return None
    return months_span(_year(year, published), (int(number) - 1) * size + 1, size)


def _latest_month(label: str, published: date | None) -> tuple[date, date] | None:
    """A month named without its year ("January" over a table's columns): the latest one
    that has ended by the publication."""
    month = ALL_MONTHS.get(label.strip().rstrip(".").lower())
    if month is None or published is None:
        return None
    year = published.year if month < published.month else published.year - 1
    return date(year, month, 1), month_end(year, month)


def column_change(column: Cell, cells: list[Cell]) -> str | None:
    """'yearly', 'sequential' or 'change' (it says not which) for a column of percentage
    changes or of indices; None for any other. A change column is in percent when its
    label or every one of its cells says so, or when the label is a comparison alone
    ("y/y"): "Y/Y Chg" of a balance in billions is a change in level."""
    label = column.text.strip()
    if is_index(column):
        years = INDEX_YEARS.search(label)
        if years and int(years["later"]) - int(years["earlier"]) != 1:
            return None  # "2019/2017" compares two years apart: no change of GUIDELINES.md's kinds
        return "yearly" if years or re.search(YEARLY_WORDS, label, re.IGNORECASE) else "change"
    if CHANGE_LABEL.fullmatch(label) is None:
        return None
    filled = [c.text for c in cells if c.text]
    if not PERCENT_LABEL.search(label) and not BARE_COMPARISON.fullmatch(label) \
            and not (filled and all(c.rstrip("* ").endswith("%") for c in filled)):
        return None
    if re.search(YEARLY_WORDS, label, re.IGNORECASE):
        return "yearly"
    return "sequential" if re.search(SEQUENTIAL_WORDS, label, re.IGNORECASE) else "change"


def is_index(column: Cell) -> bool:
    """"Index", "Index 2019/2018", or two years alone ("2019/2018")."""
    label = column.text.strip()
    return INDEX_WORD.search(label) is not None or INDEX_YEARS.fullmatch(label) is not None


def _decimal_comma(table: Table) -> bool:
    """Whether the table writes decimals with a comma: "22 503,5", never a dot decimal."""
    cells = [c.text for row in table.rows for c in row.cells]
    return any(re.search(r"\d,(?:\d{1,2}|\d{4,})\*?\)?$", c) for c in cells) \
        and not any(re.search(r"\d\.\d{1,2}\*?\)?$", c) for c in cells)


def _number(cell: Cell, decimal_comma: bool, percent: bool = False) -> tuple[float, float] | None:
    """The cell's value and step; None for a footnoted cell (in other terms than its
    column), and for a percentage where an amount is due."""
    m = NUMBER_CELL.fullmatch(cell.text)
    if m is None or m["note"] or (m["percent"] and not percent) or (percent and (m["symbol"] or m["scale"])):
        return None
    parsed = parse_digits(m["digits"], decimal_comma)
    negative = bool(m["sign"] and m["sign"] != "+") or bool(m["open"])
    return (-parsed.value if negative else parsed.value), parsed.step


def _own_scale(cell: Cell) -> float | None:
    """The scale a cell prints beside its number ("$1.248 bn"), which overrides its row's."""
    m = NUMBER_CELL.fullmatch(cell.text)
    return UNIT_SCALES[m["scale"]] if m is not None and m["scale"] else None


def table_facts(ctx: ArticleContext, first_id: int) -> list[TradeFact]:
    """The facts of every table in the article, numbered on from ``first_id``."""
    reporter = ctx.subject
    if reporter is None:
        return []  # whose figures they are would be a guess
    economies = tuple(dict.fromkeys([reporter, *(m.code for m in ctx.economies)]))
    facts: list[TradeFact] = []
    for table in find_tables(ctx.text):
        # The table's own caption first: the line before it may be a sentence of the story.
        unit = table_unit(table.caption, economies, ctx.published) or table_unit(table.before, economies, ctx.published) \
            or (table_unit(table.after, economies, ctx.published) if table.groups else None)
        if unit is not None or any(table_unit(row.label_text, economies, ctx.published) for row in table.rows):
            facts.extend(_facts(table, unit, reporter, ctx, first_id + len(facts)))
    return facts


_CHANGE_RANK = ("yearly", "change", "sequential")  # GUIDELINES.md: the year-on-year change first


def _facts(table: Table, unit: tuple[float, str] | None, reporter: str, ctx: ArticleContext,
           first_id: int) -> list[TradeFact]:
    """The table's facts, in the caption's unit or, where it states none, in each row
    label's ("Exports (billions of dollars)"), a cell's own scale first ("$1.248 bn")."""
    economies = tuple(dict.fromkeys([reporter, *(m.code for m in ctx.economies)]))
    decimal_comma = _decimal_comma(table)
    periods = [column_period(c.text, ctx.published) for c in table.columns]
    measures = [label_measure(c.text) for c in table.columns]
    if table.groups:
        # measures across the top, each under its period: only rows of the whole trade
        # ("Trade (adjusted)") give facts; a product's row ("Agricultural products") does not
        periods = [column_period(g.text, ctx.published) or _latest_month(g.text, ctx.published) for g in table.groups]
    # A table of partners: each row's measure the caption's, its period a year column
    # restricted to the caption's months ("January to June")
    partners_by = partner_table_measure(table) if not table.groups and not any(measures) else None
    if partners_by is not None:
        months = caption_months(f"{table.caption} {table.before}", ctx.published)
        periods = [restricted(p, months) for p in periods]
    kinds = [column_change(c, [row.cells[k] for row in table.rows]) for k, c in enumerate(table.columns)]
    # Which column each change column changes: periods across the top, or measures.
    period_targets, measure_targets = _change_targets(kinds, periods), _change_targets(kinds, measures)
    economy = Economy(iso3=reporter, name=ctx.display_name(reporter))
    out: list[TradeFact] = []
    series: dict[tuple, TradeFact] = {}  # (measure, period) -> fact, to find a change's basis
    for row in table.rows:
        row_measure = label_measure(row.label_text)
        partner = None
        if row_measure is None and partners_by is not None:
            partner = row_partner(row.label_text, ctx.published)
            if partner is None:
                continue
            row_measure = (partners_by, 1)
            partner = None if partner == WORLD else Economy(iso3=partner, name=ctx.display_name(partner))
        if table.groups:
            if row_measure is None or row_measure[0] != "total":
                continue
            row_measure = None  # the columns say which flow
        row_unit = unit or table_unit(row.label_text, economies, ctx.published)
        if row_unit is None:
            continue
        at: dict[int, TradeFact] = {}
        for k, cell in enumerate(row.cells):
            scale, currency = _own_scale(cell) or row_unit[0], row_unit[1]
            # Measures down the side and periods across the top, or the other way round.
            measure = row_measure or measures[k]
            period = periods[k] if row_measure or table.groups else column_period(row.label.text, ctx.published)
            number = _number(cell, decimal_comma)
            if measure is None or period is None or number is None:
                continue
            (name, sign), (amount, step) = measure, number
            if sign < 0 and amount > 0:
                amount = -amount
            label = table.groups[k] if table.groups else table.columns[k] if row_measure else row.label
            fact = TradeFact(
                id=f"f{first_id + len(out)}", measure=name, reporter=economy, partner=partner,
                value=Value(amount=amount * scale, currency=currency, text=cell.text, start=cell.start, end=cell.end,
                            low=(amount - step / 2) * scale, high=(amount + step / 2) * scale),
                period=Period(start=period[0], end=period[1], text=label.text,
                              span=Span(start=label.start, end=label.end)),
                sentence=Span(start=row.label.start, end=row.cells[-1].end),
            )
            at[k] = series[(name, period, partner)] = fact
            out.append(fact)
        targets = period_targets if row_measure else measure_targets
        for k in sorted(targets, key=lambda k: _CHANGE_RANK.index(kinds[k])):
            fact = at.get(targets[k])
            if fact is not None and fact.change is None:
                _attach_change(fact, row.cells[k], kinds[k], series, decimal_comma, is_index(table.columns[k]))
    return out


def _change_targets(kinds: list[str | None], heads: list) -> dict[int, int]:
    """For each change column, the column whose figure it changes.

    Periods across the top: the latest period of the run of periods before the change
    columns ("Sep 10 | Aug 10 | Sep 09 | M/M % | Y/Y %", or Eurostat's "Sep 18 | Sep 19 |
    Growth"). Measures across the top ("Exports | y/y % | Imports | y/y %"): the measure
    just before.
    """
    targets, run = {}, []
    for k, kind in enumerate(kinds):
        if kind is not None:
            if run:
                targets[k] = max(run, key=lambda j: heads[j][1]) if _is_period(heads[run[0]]) else run[-1]
            continue
        if heads[k] is None or not _is_period(heads[k]) or (k and kinds[k - 1] is not None):
            run = []
        if heads[k] is not None:
            run.append(k)
    return targets


def _is_period(head) -> bool:
    return isinstance(head[0], date)


def _attach_change(fact: TradeFact, cell: Cell, kind: str, series: dict, decimal_comma: bool, index: bool) -> None:
    """The change column's figure (an index less 100), measured against the same period
    a year before when the column is year-on-year and the table has that period."""
    number = _number(cell, decimal_comma, percent=True)
    if number is None:
        return
    percent, step = number
    if index:
        percent = float(f"{percent - 100:.10g}")
    against = None
    if kind == "yearly":
        against = series.get((fact.measure, same_period_a_year_before((fact.period.start, fact.period.end)), fact.partner))
    fact.change = Change(percent=percent, text=cell.text, span=Span(start=cell.start, end=cell.end),
                         low=percent - step / 2, high=percent + step / 2, against=against.id if against else None)
    if against is not None:
        fact.compared_with = against.id
