"""Numbers as trade news writes them: digits, number words and mixed fractions.

Every parsed number comes with its ``step``, the unit of its last stated digit,
because "1.8" stands for anything from 1.75 to 1.85 and the checker needs to know.
Spelled-out numbers go through quantulum3's spell-out reader, the card's tool for
number words; we feed it only the words our own pattern found, since given a longer
stretch it merges neighbouring numbers ("one and a half and twenty five" -> 26500.5).
"""
import re
import warnings
from dataclasses import dataclass

with warnings.catch_warnings():
    # quantulum3 warns that its optional unit classifier is missing; we do not use it.
    warnings.simplefilter("ignore")
    from quantulum3 import parser as _quantulum

UNITS = ("one two three four five six seven eight nine ten eleven twelve thirteen "
         "fourteen fifteen sixteen seventeen eighteen nineteen").split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_WORD = r"(?:%s)" % "|".join(sorted(UNITS + TENS + ["hundred", "a"], key=len, reverse=True))
# "two", "twenty-five", "one hundred", "a hundred and fifty"; scales are matched apart.
NUMBER_WORDS = rf"(?:{_WORD}(?:[\s-]+(?:and\s+)?{_WORD})*)"

# 1,375,000 | 892.3 | .5 | 10-1/2 | 1/2
DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
MIXED_FRACTION = r"(?:\d+-\d/\d{1,2})"
NUMBER = rf"(?:{MIXED_FRACTION}|{DIGITS})"


@dataclass(frozen=True)
class ParsedNumber:
    value: float
    step: float


def parse_digits(text: str) -> ParsedNumber:
    """Parse "1,375,000", "892.3" or "10-1/2"; the step follows the stated decimals."""
    text = text.strip()
    mixed = re.fullmatch(r"(\d+)-(\d)/(\d{1,2})", text)
    if mixed:
        whole, num, den = (int(g) for g in mixed.groups())
        return ParsedNumber(whole + num / den, 1 / den)
    plain = text.replace(",", "")
    decimals = len(plain.split(".", 1)[1]) if "." in plain else 0
    return ParsedNumber(float(plain), 10.0 ** -decimals)


_SMALL_WORDS = {w: i + 1 for i, w in enumerate(UNITS)} | {w: 10 * (i + 2) for i, w in enumerate(TENS)}


def parse_words(text: str) -> ParsedNumber | None:
    """Parse spelled-out numbers ("six", "twenty-five", "a hundred") with quantulum3.

    quantulum3 skips a lone "a" and some single words, so the simplest ones are
    looked up directly; the step of a spelled number is one of its own unit.
    """
    words = text.lower().strip()
    if words in _SMALL_WORDS:
        return ParsedNumber(float(_SMALL_WORDS[words]), 1.0)
    if words in ("a", "an"):
        return ParsedNumber(1.0, 1.0)
    found = _quantulum.extract_spellout_values(words.replace("-", " "))
    if len(found) != 1:
        return None
    return ParsedNumber(float(found[0]["new_surface"]), 1.0)


def parse_number(text: str) -> ParsedNumber | None:
    """Digits or words; None when the text is not one number."""
    if re.fullmatch(NUMBER, text.strip()):
        return parse_digits(text)
    return parse_words(text)
