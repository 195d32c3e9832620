"""Numbers as trade news writes them: digits, number words and mixed fractions.

Every parsed number comes with its ``step``, the unit of its last stated digit,
because "1.8" stands for anything from 1.75 to 1.85 and the checker needs to know.

Spelled-out numbers are read here, not by quantulum3's spell-out reader: trade copy
only spells out small numbers before a scale ("two billion", "twenty-five mln",
"a hundred and fifty"), which the grammar below covers completely, and quantulum3's
reader imports inflect on first use, which costs about three seconds (typeguard
instruments inflect at import) and merges neighbouring numbers when given more than
one ("one and a half and twenty five" -> 26500.5).
"""
import re
from dataclasses import dataclass

UNITS = ("one two three four five six seven eight nine ten eleven twelve thirteen "
         "fourteen fifteen sixteen seventeen eighteen nineteen").split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()


def _words(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


# "two", "twenty-five", "twenty five"
_SMALL = rf"(?:(?:{_words(TENS)})(?:[\s-]+(?:{_words(UNITS[:9])}))?|{_words(UNITS)})"
# ... or "one hundred", "a hundred and fifty". A lone "a" is not a number here: the
# money and percent patterns allow it only before a scale ("a billion dlrs") or "half".
# "and" joins only after "hundred", so "two and three billion" stays two numbers.
NUMBER_WORDS = (
    rf"(?:(?:{_SMALL}|an?)[\s-]+hundred(?:[\s-]+(?:and[\s-]+)?{_SMALL})?\b|{_SMALL}\b)"
)

# 1,375,000 | 892.3 | .5 | 10-1/2 | 1/2
DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
MIXED_FRACTION = r"(?:\d+-\d/\d{1,2})"
NUMBER = rf"(?:{MIXED_FRACTION}|{DIGITS})"

# Money is also written in local notations (CLDR's number formats): Indian grouping
# "1,23,456"; groups of three set apart by spaces ("R1 204,18-billion", "R1 519.02
# billion"), dots
# ("1.234.567", "1.234,5") or apostrophes ("1'234"), with a decimal comma; a decimal
# comma alone ("R16,05-billion", "1,5 billion"). Read only beside a currency or a
# scale (extractor.recognise.money), where "16,05" cannot be two numbers.
LOCAL_DIGITS = (
    # "N1.121.40 trillion": Nigerian outlets' rewrite of "N1,121.40 billion" in the next
    # scale up, the first dot the decimal point (a last group of three would be thousands)
    r"(?:\d{1,3}\.\d{3}\.\d{1,2}(?=[ ]?(?:trillion|billion|trn|tn|bn)\b|$)"
    r"|\d{1,2},(?:\d{2},)+\d{3}(?![,\d])(?:\.\d+)?"
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?(?!\d|\.\d)"  # (a full stop may end the sentence)
    r"|\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}(?:\.\d{3}){2,}(?![\d,])"
    r"|\d{1,3}(?:['’]\d{3})+(?:\.\d+)?"
    r"|\d+,\d{1,2}(?!\d)"
    # A stray space by a separator, as copy from tables and PDFs has it: "$1, 119 mn",
    # "K11 .3 billion", "P4, 215.6 million".
    r"|\d{1,3},[ ]\d{3}(?:\.\d+)?(?![\d,])|\d+[ ]\.\d+(?!\d)"
    # ... and by a decimal comma, before a scale: "P5, 7 billion"
    r"|\d+,[ ]\d{1,2}(?=[ ]?(?:billion|million|trillion|bn|mn|tn)\b|$))"
)
# Broadcast scripts spell the decimal point: "38-point-four billion", "14-point-27",
# "seven-point-two percent" (KBS, Arirang, Yonhap radio copy).
_POINT_PART = rf"(?:\d+|{_words(UNITS[:9])}|zero|oh)"
SPOKEN_DECIMAL = rf"(?:(?:\d+|{_SMALL})-point-(?:\d+|{_POINT_PART}(?:-{_POINT_PART})*))"
MONEY_NUMBER = rf"(?:{SPOKEN_DECIMAL}|{MIXED_FRACTION}|{LOCAL_DIGITS}|{DIGITS})"


@dataclass(frozen=True)
class ParsedNumber:
    value: float
    step: float

    def times(self, factor: float | None) -> "ParsedNumber":
        """Value and step multiplied by a scale. Rounding to 15 significant digits drops
        the float noise of the product (2.09 * 1e9 is 2089999999.9999998 otherwise)."""
        if factor is None:
            return self
        return ParsedNumber(float(f"{self.value * factor:.15g}"), float(f"{self.step * factor:.15g}"))

    def plus(self, other: "ParsedNumber") -> "ParsedNumber":
        """The sum of the two parts of an amount ("$1 billion 215 million"), as precise as the finer."""
        return ParsedNumber(float(f"{self.value + other.value:.15g}"), min(self.step, other.step))


def parse_digits(text: str, decimal_comma: bool = False) -> ParsedNumber:
    """Parse "1,375,000", "892.3" or "10-1/2"; the step follows the stated decimals.

    Local notations too (``LOCAL_DIGITS``): the last of a comma and a dot is the
    decimal mark; spaces and apostrophes only group; a lone comma is decimal when
    fewer or more than three digits follow it ("16,05"), and before exactly three
    ("1,345") only when ``decimal_comma`` says the article writes decimals so.
    """
    text = re.sub(r"[ \u00a0\u202f'’]", "", text.strip())
    mixed = re.fullmatch(r"(\d+)-(\d)/(\d{1,2})", text)
    if mixed:
        whole, num, den = (int(g) for g in mixed.groups())
        return ParsedNumber(whole + num / den, 1 / den)
    if "," in text and "." in text and text.rindex(",") > text.rindex("."):
        text = text.replace(".", "").replace(",", ".")  # 1.234,5
    elif re.fullmatch(r"\d{1,3}\.\d{3}\.\d{1,2}", text):
        text = text[:text.index(".") + 1] + text[text.index(".") + 1:].replace(".", "")  # 1.121.40 (see LOCAL_DIGITS)
    elif text.count(".") > 1:
        text = text.replace(".", "")  # 1.234.567
    elif text.count(",") == 1 and "." not in text and (decimal_comma or len(text.split(",")[1]) != 3):
        text = text.replace(",", ".")  # 16,05 | 1,5
    plain = text.replace(",", "")
    decimals = len(plain.split(".", 1)[1]) if "." in plain else 0
    return ParsedNumber(float(plain), 10.0 ** -decimals)


_SMALL_VALUES = {w: i + 1 for i, w in enumerate(UNITS)} | {w: 10 * (i + 2) for i, w in enumerate(TENS)}


def parse_words(text: str) -> ParsedNumber | None:
    """Parse spelled-out numbers ("six", "twenty-five", "a hundred and five").

    The step of a spelled number is one of its own unit. None when the words are
    not one number of the grammar above ("five six").
    """
    words = text.lower().strip()
    if words in ("a", "an"):
        return ParsedNumber(1.0, 1.0)
    if not re.fullmatch(NUMBER_WORDS, words):
        return None
    hundreds, rest = 0, 0
    for word in re.split(r"[\s-]+", words):
        if word == "hundred":
            hundreds, rest = (rest or 1) * 100, 0
        elif word in _SMALL_VALUES:
            rest += _SMALL_VALUES[word]
        # "a", "an" and "and" add nothing of their own
    return ParsedNumber(float(hundreds + rest), 1.0)


def parse_spoken_decimal(text: str) -> ParsedNumber | None:
    """ "38-point-four" is 38.4, "two-point-51" 2.51, "seven-point-two-five" 7.25."""
    whole, _, rest = text.lower().partition("-point-")
    whole_value = parse_number(whole)
    if whole_value is None or not rest:
        return None
    digits = ""
    for part in rest.split("-"):
        if part.isdigit():
            digits += part
        elif part in ("zero", "oh"):
            digits += "0"
        elif part in UNITS[:9]:
            digits += str(UNITS.index(part) + 1)
        else:
            return None
    if not float(whole_value.value).is_integer():
        return None
    return ParsedNumber(float(f"{int(whole_value.value)}.{digits}"), 10.0 ** -len(digits))


def parse_number(text: str) -> ParsedNumber | None:
    """Digits or words; None when the text is not one number."""
    if re.fullmatch(NUMBER, text.strip()):
        return parse_digits(text)
    if "-point-" in text.lower():
        return parse_spoken_decimal(text.strip())
    return parse_words(text)
