"""Percentage mentions: "15.3%", "11 per cent", "six pct", "10-1/2 pct", "over two-thirds".

Percentage points are kept apart from percent: "rose 0.5 percentage point" is a
difference of two rates, never a relative change. A fraction in words counts only
when it is a share of something ("two-thirds of total trade"); "the first half of
1986" is a period.

A range ("three to four pct", "between 25 and 30 pct") is one mention whose ``value``
is the middle and whose ``step`` is the width, so ``value ± step / 2`` spans it, as it
spans the rounding of a single figure. "from 29 to 27 pct" and "10 or 15 pct" are no
ranges but two rates, so they give two mentions, the first without the unit it shares.
"""
import re

from extractor.data.fractions import FRACTIONS, QUALIFIERS
from extractor.data.lexicon import SPACED_PC_AFTER
from extractor.recognise.numbers import (
    NUMBER, NUMBER_WORDS, SPOKEN_DECIMAL, TENS, UNITS, ParsedNumber, parse_digits, parse_number,
)
from models import PercentMention

# Looked for behind a match rather than inside the pattern, which would try every
# qualifier at every position of the text. "around a two pct annual rate": "a" may follow.
_QUALIFIER_BEFORE = re.compile(
    r"\b(?i:(" + "|".join(re.escape(q).replace(r"\ ", r"\s+") for q in QUALIFIERS) + r"))\s+(?:an?\s+)?$"
)
# "1/2 pct", "5/8 percentage point" (money pattern never reads these: dates look alike)
# "6,2%", "27,9 percent": a decimal comma (a grouping comma has three digits after it).
_AMOUNT = rf"(?:\d{{1,3}},\d{{1,2}}(?![\d,.])|(?i:{SPOKEN_DECIMAL})|{NUMBER}|\d/\d{{1,2}}|(?i:a\s+half|{NUMBER_WORDS}))"
# What a match can begin with; checked first, it spares most word starts of the text
# the slow case-insensitive number-word alternation.
_INITIALS = "".join(sorted({w[0] for w in [*UNITS, *TENS, "a", "between"]}))
_FIRST = rf"(?=[\d.{_INITIALS}{_INITIALS.upper()}])"
# "7.5pc" glued to its number is Pakistani and British copy's per cent ("7.95 pc to" spaced,
# Moroccan agency copy's, in lower case, before a word a change goes on with: not "20 pc units").
# "a steep 40.5-percent drop": the word joined by a hyphen as a compound adjective
_UNIT = (r"(?:\s?%|(?:\s?|-)(?i:pct|per\s*cent|percent)\b|(?<=\d)pc\b|(?<=\d)\spc\b" + SPACED_PC_AFTER + ")")
PERCENT = re.compile(
    rf"""
    (?<![\w.,/]){_FIRST}                           # a match starts a word
    (?:(?P<between>(?i:between))\s+)?
    (?P<number>{_AMOUNT})
    (?:(?P<separator>\s?[-–]\s?|\s+to\s+|\s+or\s+|\s+and\s+)(?P<high>{_AMOUNT}))?
    (?:{_UNIT}(?P<points>\s+points?\b)?|(?P<points_only>\s+(?i:percentage|pct)\s+points?\b))
    """,
    re.VERBOSE,
)
_FRACTION = re.compile(
    rf"(?<![\w-])(?=[{''.join(sorted({f[0] for f in FRACTIONS} | {f[0].upper() for f in FRACTIONS}))}])"
    r"(?P<fraction>(?i:"
    + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(FRACTIONS, key=len, reverse=True))
    + r"))(?=\s+of\b)"
)
_PERIOD_HALF = re.compile(r"(?i:first|second|latter|other)\s+$")
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d")
_CURRENCY_BEFORE = re.compile(r"(?:[$€£¥]|\b[A-Z]{3})\s?$")


def _parse(text: str) -> ParsedNumber | None:
    word = re.sub(r"\s+", " ", text.lower())
    if word == "a half":
        return ParsedNumber(0.5, 0.5)
    simple = re.fullmatch(r"(\d)/(\d{1,2})", word)
    if simple:
        numerator, denominator = int(simple[1]), int(simple[2])
        return ParsedNumber(numerator / denominator, 1 / denominator) if denominator else None
    if re.fullmatch(r"\d{1,3},\d{1,2}", word):
        return parse_digits(word)  # "6,2"
    return _unpadded(word, parse_number(word))


_PADDED = re.compile(r"\d*\.(\d*?)0+")


def _unpadded(word: str, number: ParsedNumber | None) -> ParsedNumber | None:
    """A percentage's trailing zero past its first decimal is a table's padding ("a rise
    of 25.20%" printed to two decimals): it claims no precision, so the step is that of
    the last nonzero decimal (one decimal at least)."""
    padded = _PADDED.fullmatch(word)
    if number is None or padded is None or len(word.split(".")[1]) < 2:
        return number
    return ParsedNumber(number.value, 10.0 ** -max(len(padded.group(1)), 1))


def _round(x: float) -> float:
    """Drop the float noise of a sum or difference (16.45 - 16.42 is 0.0299999999999976)."""
    return float(f"{x:.12g}")


# "up 14 percent over $25.1 billion the year before": after a change, "over" and its
# like say what it is measured against, not a bound.
_CHANGE_BEFORE_PREPOSITION = re.compile(r"(?:%|\b(?i:per\s?cent|percent|pct|points?))\s*$")


def qualifier_before(text: str, start: int) -> str | None:
    """"over", "nearly", "more than": the qualifier written just before ``start``, if any."""
    m = _QUALIFIER_BEFORE.search(text, max(0, start - 20), start)
    if m is None:
        return None
    word = re.sub(r"\s+", " ", m.group(1).lower())
    if word in ("over", "above", "below", "under") and _CHANGE_BEFORE_PREPOSITION.search(text, max(0, m.start() - 12),
                                                                                          m.start()):
        return None
    return word


# "a decrease of 38, 4%": in copy that writes decimal commas ("15,06%"), a stray space
# after the comma (from PDFs and tables) still leaves one number.
_DECIMAL_COMMA_PERCENT = re.compile(r"(?<![\d,.])\d{1,3},\d{1,2}\s?(?:%|(?i:per\s?cent|percent|pct)\b)")
_SPACED_DECIMAL_COMMA = re.compile(r"(?<![\w.,/])(?P<whole>\d{1,3}),[ ](?P<part>\d{1,2})(?P<unit>\s?%)")


def find_percents(text: str) -> list[PercentMention]:
    """Percentages and word fractions in ``text``, in order."""
    found = []
    spaced = []
    if _DECIMAL_COMMA_PERCENT.search(text):
        for m in _SPACED_DECIMAL_COMMA.finditer(text):
            number = parse_digits(f"{m['whole']},{m['part']}")
            spaced.append(PercentMention(text=m.group(), start=m.start(), end=m.end(), value=number.value,
                                         step=number.step, points=False, qualifier=qualifier_before(text, m.start())))
    taken = [(p.start, p.end) for p in spaced]
    found.extend(spaced)
    for m in PERCENT.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        low, high = _parse(m["number"]), _parse(m["high"]) if m["high"] else None
        if low is None or (m["high"] and high is None):
            continue
        start, points = m.start("number"), bool(m["points"] or m["points_only"])
        qualifier = qualifier_before(text, m.start())
        if high is None:
            found.append(PercentMention(text=text[start:m.end()], start=start, end=m.end(), value=low.value,
                                        step=low.step, points=points, qualifier=qualifier))
        elif (high.value <= low.value or m["separator"].strip() == "or"
              # "a rise of 2.4 and 3.9%": two rates, listed ("between 2 and 3 percent" is a range)
              or m["separator"].strip() == "and" and not m["between"]
              or _FROM_BEFORE.search(text, max(0, m.start() - 6), m.start())):
            # two rates: "from 29 to 27 pct", "10 or 15 pct undervalued", "2.4 and 3.9%"; but a year before
            # a dash is a date's, not a rate ("(in June 2016 – 45.5%)"), and an amount
            # of money before "or" is the change the rate restates ("decreased €845 or 9%")
            if not _YEAR.fullmatch(m["number"]) and not _CURRENCY_BEFORE.search(text, max(0, start - 5), start):
                found.append(PercentMention(text=m["number"], start=start, end=m.end("number"), value=low.value,
                                            step=low.step, points=points, qualifier=qualifier))
            found.append(PercentMention(text=text[m.start("high"):m.end()], start=m.start("high"), end=m.end(),
                                        value=high.value, step=high.step, points=points))
        else:
            found.append(PercentMention(
                text=text[start:m.end()], start=start, end=m.end(), value=_round((low.value + high.value) / 2),
                step=_round(high.value - low.value), points=points, qualifier=qualifier))
    for m in _FRACTION.finditer(text):
        if _PERIOD_HALF.search(text, max(0, m.start() - 10), m.start()):
            continue
        key = re.sub(r"\s+", " ", m["fraction"].lower())
        found.append(PercentMention(
            text=m["fraction"], start=m.start(), end=m.end(),
            value=round(FRACTIONS[key], 4), step=0.0, fraction=True, qualifier=qualifier_before(text, m.start()),
        ))
    return sorted(found, key=lambda p: p.start)
