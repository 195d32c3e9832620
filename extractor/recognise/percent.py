"""Percentage mentions: "15.3%", "11 per cent", "six pct", "10-1/2 pct", "over two-thirds".

Percentage points are kept apart from percent: "rose 0.5 percentage point" is a
difference of two rates, never a relative change. A fraction in words counts only
when it is a share of something ("two-thirds of total trade"); "the first half of
1986" is a period.
"""
import re

from extractor.data.fractions import FRACTIONS, QUALIFIERS
from extractor.recognise.numbers import NUMBER, NUMBER_WORDS, parse_number
from models import PercentMention

_QUALIFIER = "|".join(re.escape(q).replace(r"\ ", r"\s+") for q in QUALIFIERS)
_UNIT = r"(?:%|\s?(?i:pct|per\s*cent|percent)\b)"
_POINTS = r"(?:\s+(?i:percentage|pct|per\s*cent|percent)?\s*points?\b)"
PERCENT = re.compile(
    rf"""
    (?:(?P<qualifier>(?i:{_QUALIFIER}))\s+)?
    (?<![\w.,])(?P<number>{NUMBER}|(?i:a\s+half|{NUMBER_WORDS}))
    (?:\s?(?:-|–|\s+to\s+)(?P<high>{NUMBER}))?
    (?:{_UNIT}(?P<points>\s+points?\b)?|(?P<points_only>\s+(?i:percentage|pct)\s+points?\b))
    """,
    re.VERBOSE,
)
_FRACTION = re.compile(
    rf"(?:(?P<qualifier>(?i:{_QUALIFIER}))\s+)?(?<![\w-])(?P<fraction>(?i:"
    + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(FRACTIONS, key=len, reverse=True))
    + r"))(?=\s+of\b)"
)
_PERIOD_HALF = re.compile(r"(?i:first|second|latter|other)\s+$")


def _qualifier(match: re.Match) -> str | None:
    return re.sub(r"\s+", " ", match["qualifier"].lower()) if match["qualifier"] else None


def find_percents(text: str) -> list[PercentMention]:
    """Percentages and word fractions in ``text``, in order."""
    found = []
    for m in PERCENT.finditer(text):
        word = m["number"].lower()
        number = parse_number("a" if word.replace(" ", "") == "ahalf" else word)
        if number is None:
            continue
        value, step = number.value, number.step
        if re.fullmatch(r"a\s+half", word):
            value, step = 0.5, 0.5
        found.append(PercentMention(
            text=text[m.start("number"):m.end()], start=m.start("number"), end=m.end(),
            value=value, step=step, points=bool(m["points"] or m["points_only"]),
            qualifier=_qualifier(m),
        ))
    for m in _FRACTION.finditer(text):
        if _PERIOD_HALF.search(text[max(0, m.start("fraction") - 10):m.start("fraction")]):
            continue
        key = re.sub(r"\s+", " ", m["fraction"].lower())
        found.append(PercentMention(
            text=m["fraction"], start=m.start("fraction"), end=m.end("fraction"),
            value=round(FRACTIONS[key], 4), step=0.0, fraction=True, qualifier=_qualifier(m),
        ))
    return sorted(found, key=lambda p: p.start)
