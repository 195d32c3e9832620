"""Words for checks: figures, periods and series as a reporter would write them.

A check's message names what the article says and what its other numbers imply,
without ids or field names: "Cambodia's total trade with Japan in 2023 fell 7.2%, says
the article; its exports (+2%) and imports (-18.5%) imply a fall of 5.4% to 7.0%."
"""
from __future__ import annotations

import calendar
import math
from datetime import date

from extractor.check.intervals import Interval
from extractor.data.currencies import SYMBOLS_FOR_MESSAGES
from models import Change, TradeFact

_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def money(amount: float, currency: str | None, digits: int = 3) -> str:
    """"$1.8 billion", "3.58 billion JPY": a readable amount with enough digits to compare."""
    size = abs(amount)
    for factor, word in _SCALES:
        if size >= factor * 0.95:
            number = f"{_trim(size / factor, digits)} {word}"
            break
    else:
        number = _trim(size, digits)
    sign = "-" if amount < 0 else ""
    symbol = SYMBOLS_FOR_MESSAGES.get(currency or "")
    if symbol:
        return f"{sign}{symbol}{number}"
    return f"{sign}{number} {currency}" if currency else f"{sign}{number}"


def number(value: float) -> str:
    """A rate or count in plain digits: "4,027", "140.5", "0.6234"."""
    if abs(value) >= 100:
        return f"{value:,.0f}"
    return _trim(abs(value), 4) if value >= 0 else "-" + _trim(abs(value), 4)


def money_range(interval: Interval, currency: str | None, digits: int = 3) -> str:
    """"$1.75 billion to $1.85 billion"; a figure stated as a bound ("over 346 billion")
    leaves its interval open on one side: "at least $346 billion"."""
    if math.isinf(interval.low) and math.isinf(interval.high):
        return "any amount"
    if math.isinf(interval.high):
        return f"at least {money(interval.low, currency, digits)}"
    if math.isinf(interval.low):
        return f"at most {money(interval.high, currency, digits)}"
    low, high = money(interval.low, currency, digits), money(interval.high, currency, digits)
    return low if low == high else f"{low} to {high}"


def _trim(value: float, digits: int) -> str:
    """Significant digits, at least two decimals' worth below ten: 1.793, 205.7, 8.12."""
    if value == 0:
        return "0"
    decimals = max(0, digits - 1 - int(math.floor(math.log10(value))))
    text = f"{value:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def percent(value: float, signed: bool = False, decimals: int = 1) -> str:
    """"9.3%", "+2%": trailing zeros dropped, ``decimals`` at most."""
    text = f"{abs(value):.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if signed:
        return ("+" if value >= 0 else "-") + text + "%"
    return text + "%"


def decimals_of(number_text: str) -> int:
    """Decimals to show an implied percentage with: one more than the stated "9.3%" has."""
    digits = number_text.split(".")[1] if "." in number_text else ""
    return len("".join(ch for ch in digits if ch.isdigit())) + 1


def percent_range(interval: Interval, decimals: int = 1) -> str:
    if math.isinf(interval.high):
        return f"more than {percent(interval.low, decimals=decimals)}"
    low, high = percent(interval.low, decimals=decimals), percent(interval.high, decimals=decimals)
    return low if low == high else f"{low} to {high}"


def change_range(interval: Interval, decimals: int = 1) -> str:
    """"a rise of 9.2% to 9.3%", "a fall of 5.9% to 6.5%", "a change of -1% to +2%"."""
    if interval.low == 0 and interval.high > 0:
        return f"no change or a rise of up to {percent(interval.high, decimals=decimals)}"
    if interval.high == 0 and interval.low < 0:
        return f"no change or a fall of up to {percent(-interval.low, decimals=decimals)}"
    if interval.low >= 0:
        return f"a rise of {percent_range(interval, decimals)}"
    if interval.high <= 0:
        return f"a fall of {percent_range(interval.magnitude(), decimals)}"
    return f"a change of {percent(interval.low, True, decimals)} to {percent(interval.high, True, decimals)}"


def period(fact: TradeFact) -> str:
    """"in 2023", "in January-February 2024", "in February 1987", "from 1 to 20 February 1987"."""
    p = fact.period
    if p is None or p.start is None or p.end is None:
        return ""
    return "in " + date_range(p.start, p.end)


def date_range(start: date, end: date, short: bool = False) -> str:
    """"2023", "January-February 2024" ("Jan-Feb 2024" when ``short``), else ISO dates."""
    names = calendar.month_abbr if short else calendar.month_name
    whole_months = start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]
    if whole_months and start.month == 1 and end.month == 12 and start.year == end.year:
        return str(start.year)
    if whole_months and start.year == end.year:
        first, last = names[start.month], names[end.month]
        return f"{first} {start.year}" if first == last else f"{first}-{last} {start.year}"
    if whole_months:
        return f"{names[start.month]} {start.year} to {names[end.month]} {end.year}"
    return f"{start.isoformat()} to {end.isoformat()}"


_MEASURE_WORDS = {"export": "exports", "import": "imports", "total": "total trade", "balance": "trade balance"}
_PARTNER_WORDS = {"export": "to", "import": "from", "total": "with", "balance": "with"}


def series(fact: TradeFact, measure: str | None = None) -> str:
    """"Cambodia's exports to Japan", "the trade balance", "Japan's total trade"."""
    measure = measure or fact.measure
    words = _MEASURE_WORDS.get(measure, measure)
    if measure == "balance" and fact.value.amount:
        words = "trade surplus" if fact.value.amount > 0 else "trade deficit"
    owner = f"{possessive(fact.reporter.name)} " if fact.reporter else "the "
    partner = f" {_PARTNER_WORDS.get(measure, 'with')} {fact.partner.name}" if fact.partner else ""
    return f"{owner}{words}{partner}"


def possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def flow(measure: str, partner: str) -> str:
    """"exports to Uganda", "trade with Japan"."""
    return f"{_MEASURE_WORDS.get(measure, measure)} {_PARTNER_WORDS.get(measure, 'with')} {partner}"


def where(fact: TradeFact) -> str:
    """"Cambodia's total trade with Japan in 2023": the series and period a message is about."""
    return f"{series(fact)} {period(fact)}"


def quoted(fact: TradeFact) -> str:
    """The figure as the article wrote it, with its qualifier: "$1.8 billion", "about 1.3 billion dlrs"."""
    text = " ".join(fact.value.text.split())
    return f"{fact.qualifiers[0]} {text}" if fact.qualifiers else text


def moved(change: Change) -> str:
    """"rose 9.3%", "fell about 44%", "rose more than 25%": a stated change in words."""
    verb = "rose" if change.percent >= 0 else "fell"
    amount = percent(change.percent, decimals=3)
    return f"{verb} {change.qualifier} {amount}" if change.qualifier else f"{verb} {amount}"


def signed_change(change: Change) -> str:
    """"+2%", "about -18.5%"."""
    amount = percent(change.percent, True, decimals=3)
    return f"{change.qualifier} {amount}" if change.qualifier else amount
