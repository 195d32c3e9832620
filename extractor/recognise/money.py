"""Money mentions: "$237.22 million", "USD 892.3 million", "1.94 billion dlrs".

The project's own layer over what quantulum3 gets wrong (it reads "($2.8 billion)" as
negative and "USD 892.3 million" as a plain number): a pattern for how trade news
writes money (symbol or code before the number, name after it, a scale between),
spelled-out numbers, ranges, parenthesised conversions, and figures that take their
currency or scale from an earlier one ("... from 10.91 billion", "... and 903.2 in
February 1986"). A bare dollar is resolved against the story's subject economy.
"""
import re
from collections.abc import Iterable

from extractor.data.currencies import (
    DOLLAR, LOCAL_DOLLARS, NAMES, NON_MONEY_UNITS, PREFIX_CODES, SCALES, SYMBOLS,
)
from extractor.recognise.numbers import NUMBER, NUMBER_WORDS, parse_number
from extractor.recognise.sentences import sentence_spans
from models import MoneyMention


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_SYMBOL = _alternation(SYMBOLS)
_CODE = _alternation(PREFIX_CODES)
# Currency names may be split by a line wrap ("N.Z.\nDlrs"): any white space between words.
_NAME = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(NAMES, key=len, reverse=True))
_LONG_SCALE = _alternation([s for s in SCALES if len(s) > 2] + ["crore", "crores", "lakh", "lakhs"])
_SHORT_SCALE = "bn|mn|m|b|tn|trn|k"
_AMOUNT = rf"(?:{NUMBER}|(?i:{NUMBER_WORDS}))"

MONEY = re.compile(
    rf"""
    (?:(?P<symbol>{_SYMBOL})\s?|(?P<code>\b(?:{_CODE}))\s?|(?<![\w.,]))  # $ | US$ | USD
    (?P<number>{_AMOUNT})
    (?:\s?(?:-|–|\s+to\s+)(?:{_SYMBOL})?(?P<high>{NUMBER}))?        # 15-20 | 15 to 20
    (?:(?:\s+|(?<=\d))(?P<scale>(?i:{_LONG_SCALE}))\b
       |(?<=\d)(?P<short>{_SHORT_SCALE})\b
       |\s(?P<spaced_short>bn|mn|tn)\b)?
    (?:\s+(?P<name>(?i:{_NAME}))\b)?                                 # dlrs | U.S. dlrs | marks
    """,
    re.VERBOSE,
)
_CONVERSION = re.compile(r"\s*\(\s*(?:about\s+|around\s+|or\s+|some\s+)?")
_CONNECTIVE_BEFORE = re.compile(
    r"(?:\bfrom|\bagainst|\bversus|\bvs\.?|\bcompared\s+(?:with|to)|\bafter|\band|\bor|\bto|\bwith|\bof)"
    r"\s+(?:a\s+|an\s+)?(?:revised\s+|record\s+|an?\s+estimated\s+)?$",
    re.IGNORECASE,
)
_UNIT_AFTER = re.compile(r"\s*([A-Za-z-]+)")
_PERCENT_AFTER = re.compile(r"\s*(?:%|pct\b|per\s*cent\b|percent\b|percentage\b)", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d")
_SCALE_VALUES = SCALES | {"crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5, "k": 1e3}


def _currency_of(match: re.Match, subject: str | None) -> str | None:
    if match["symbol"]:
        return SYMBOLS[match["symbol"]]
    if match["code"]:
        return match["code"]
    if match["name"]:
        entry = NAMES[re.sub(r"\s+", " ", match["name"].lower())]
        if isinstance(entry, tuple):
            default, by_subject = entry
            return by_subject.get(subject, default)
        return entry
    return None


def resolve_dollar(currency: str | None, subject: str | None) -> str | None:
    """A bare dollar is the subject economy's own dollar where it has one, else USD."""
    if currency != DOLLAR:
        return currency
    return LOCAL_DOLLARS.get(subject, "USD")


class _Quantity:
    """A number the text gives, money or not, with what a later figure may inherit."""

    def __init__(self, start, end, value, step, scale, currency, is_money):
        self.start, self.end = start, end
        self.value, self.step, self.scale = value, step, scale
        self.currency, self.is_money = currency, is_money


def _scale_of(match: re.Match) -> float | None:
    word = match["scale"] or match["short"] or match["spaced_short"]
    return _SCALE_VALUES[word.lower()] if word else None


def _unit_after(text: str, end: int) -> str | None:
    m = _UNIT_AFTER.match(text, end)
    return m.group(1).lower() if m else None


def _candidates(text: str, subject: str | None) -> list[_Quantity]:
    """Every number with a currency or a scale, money or not, in text order."""
    found = []
    for m in MONEY.finditer(text):
        currency = _currency_of(m, subject)
        scale = _scale_of(m)
        number = parse_number(m["number"])
        if number is None or (currency is None and scale is None):
            continue
        if _PERCENT_AFTER.match(text, m.end()):
            continue
        is_word_number = not m["number"][0].isdigit() and m["number"][0] != "."
        if is_word_number and scale is None and currency is None:
            continue
        unit = _unit_after(text, m.end())
        is_money = currency is not None or unit not in NON_MONEY_UNITS
        value = number.value * (scale or 1.0)
        step = number.step * (scale or 1.0)
        quantity = _Quantity(m.start("number") if not (m["symbol"] or m["code"]) else m.start(), m.end(),
                             value, step, scale, currency, is_money and currency is not None)
        quantity.needs_currency = currency is None and is_money
        quantity.high = float(m["high"].replace(",", "")) * (scale or 1.0) if m["high"] else None
        found.append(quantity)
    return found


def _bare_numbers(text: str, taken: list[tuple[int, int]]) -> list[_Quantity]:
    """Plain numbers introduced by a comparison word ("from 892.5", "and 939.3")."""
    out = []
    for m in re.finditer(rf"(?<![\w.,$£€¥-]){NUMBER}(?![\w%]|[.,]\d)", text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        if _YEAR.fullmatch(m.group()) or _PERCENT_AFTER.match(text, m.end()):
            continue
        if not _CONNECTIVE_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
            continue
        unit = _unit_after(text, m.end())
        if unit in NON_MONEY_UNITS:
            continue
        number = parse_number(m.group())
        q = _Quantity(m.start(), m.end(), number.value, number.step, None, None, False)
        q.needs_currency, q.needs_scale, q.high = True, True, None
        out.append(q)
    return out


def find_money(text: str, subject: str | None = None) -> list[MoneyMention]:
    """Money mentions in ``text``; ``subject`` is the story's economy (ISO3), if known.

    A figure with a scale but no currency ("from 1.94 billion") and a plain number
    after a comparison word ("and 939.3") take what they lack from the figure before
    them in the same or the previous sentences, provided that figure was money: after
    "2.34 mln tonnes", "2.99 mln" is tonnes too.
    """
    candidates = _candidates(text, subject)
    taken = [(q.start, q.end) for q in candidates]
    quantities = sorted(candidates + _bare_numbers(text, taken), key=lambda q: q.start)
    sentences = sentence_spans(text)

    def sentence_index(pos):
        for i, (s, e) in enumerate(sentences):
            if pos < e:
                return i
        return len(sentences) - 1

    mentions: list[MoneyMention] = []
    previous: _Quantity | None = None
    for q in quantities:
        bare = getattr(q, "needs_scale", False)
        if getattr(q, "needs_currency", False):
            close = previous is not None and sentence_index(q.start) - sentence_index(previous.start) <= (0 if bare else 2)
            if not (close and previous.is_money):
                if not bare:
                    previous = q  # a scaled non-money quantity breaks the chain
                continue
            q.currency = previous.currency
            if bare:
                if previous.scale is None:
                    continue
                q.value *= previous.scale
                q.step *= previous.scale
                q.scale = previous.scale
            q.is_money = True
            q.inherited = True
        if not q.is_money:
            previous = q
            continue
        previous = q
        mentions.append(MoneyMention(
            text=text[q.start:q.end], start=q.start, end=q.end, amount=q.value,
            currency=resolve_dollar(q.currency, subject), step=q.step,
            amount_high=q.high, inherited=getattr(q, "inherited", False),
        ))
    return _attach_conversions(text, mentions)


def _attach_conversions(text: str, mentions: list[MoneyMention]) -> list[MoneyMention]:
    """"11.3 trillion riel ($2.806 billion)": the second figure converts the first."""
    out: list[MoneyMention] = []
    skip = set()
    for i, m in enumerate(mentions):
        if i in skip:
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        gap = _CONVERSION.fullmatch(text[m.end:nxt.start]) if nxt else None
        if nxt and gap and text[nxt.end:nxt.end + 3].lstrip().startswith(")") and nxt.currency != m.currency \
                and not nxt.inherited:
            m = m.model_copy(update={"converted": nxt})
            skip.add(i + 1)
        out.append(m)
    return out
