"""Money mentions: "$237.22 million", "USD 892.3 million", "1.94 billion dlrs".

The project's own layer over what quantulum3 gets wrong (it reads "($2.8 billion)" as
negative and "USD 892.3 million" as a plain number): a pattern for how trade news
writes money (symbol or code before the number, name after it, a scale between),
spelled-out numbers, ranges, parenthesised conversions, and figures that take their
currency or scale from another one ("... from 10.91 billion", "... and 903.2 in
February 1986", "2.09 billion and 1.722 billion dlrs"). A bare dollar is resolved
against the story's subject economy.
"""
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from datetime import date

from extractor.data.calendar import MONTH_ABBREVIATIONS, MONTH_NAMES
from extractor.data.fractions import QUALIFIERS
from extractor.data.lexicon import CONVERSION_QUALIFIER, LEVEL_BEFORE_CUE, OR_CONVERSION_GAP
from extractor.data.economies import DEMONYMS
from extractor.data.currencies import (
    CODE_ALIASES, DOLLAR, ISO_CODES, LOCAL_DOLLARS, NON_MONEY_UNITS, PREFIX_CODES, SCALES, SHORT_SCALES,
    CASED_SCALES, SCALED_SYMBOLS, SPACED_SHORT_SCALES,
)
from extractor.recognise.currency import NAME_SENSES, SYMBOL_SENSES, SYMBOLS_AFTER, current_tender, resolve
from extractor.recognise.numbers import (
    MONEY_NUMBER, NUMBER, NUMBER_WORDS, TENS, UNITS, ParsedNumber, parse_digits, parse_number,
)
from extractor.recognise.sentences import sentence_spans
from models import MoneyMention


def literal_alternation(words: Iterable[str]) -> str:
    """Regex alternation of ``words`` as written, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_CODES = frozenset(PREFIX_CODES) | frozenset(CODE_ALIASES)
_SYMBOL = literal_alternation(SYMBOL_SENSES)
_SYMBOL_AFTER = literal_alternation(SYMBOLS_AFTER)
# Currency names may be split by a line wrap ("N.Z.\nDlrs"): any white space between words.
_NAME = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(NAME_SENSES, key=len, reverse=True))
_LONG_SCALE = literal_alternation(s for s in SCALES if len(s) > 2 and s not in SHORT_SCALES)
# An economy's adjective before a currency's word, where the two make no name CLDR lists
# ("Omani riyals", "Kazakh tenge", "Nepali rupees", "Russian roubles"): the word is read as
# that economy's, as a bare one is read as the story's.
_OWNER = literal_alternation(DEMONYMS)


def _scale(group: str) -> str:
    """A scale after a number: "billion", "5bn"/"$5m"/"$5M" glued on, " bn" spaced; any case."""
    # "$4.74- billion" keeps its scale; "9M 2017" is nine months, not nine million.
    return (rf"(?:(?:\s+|-\s?|(?<=\d))(?P<{group}>(?i:{_LONG_SCALE}\b"
            rf"|(?<=\d)(?:{literal_alternation(SHORT_SCALES)})\b(?!\s?(?:19|20)\d\d\b)"
            rf"|(?<=\s)(?:{literal_alternation(SPACED_SHORT_SCALES)})\b"
            rf"|(?-i:{literal_alternation(CASED_SCALES)})\b)))")


# A lone "a" counts only before a scale: "a billion dollars", never "a dollar"; so do
# "half a" and "a quarter of a" ("half a billion dlrs").
_FRACTION_OF_A = {"half": 0.5, "quarter": 0.25}
_A_BEFORE_SCALE = rf"(?:(?:half|(?:a\s+)?quarter)\s+(?:of\s+)?)?an?(?=\s+(?:{_LONG_SCALE})\b)"
_AMOUNT = rf"(?:{MONEY_NUMBER}|(?i:{NUMBER_WORDS}|{_A_BEFORE_SCALE}))"

# What a match can begin with: a digit, a symbol, a code, a number word, "a", "half",
# "quarter", "between". Checked first, it spares the slow case-insensitive word
# alternations most word starts of the text (about half the time of the search).
_INITIALS = {"."} | {s[0] for s in SYMBOL_SENSES} | {w[0] for w in (*UNITS, *TENS, "a", "half", "quarter", "between")}
_FIRST = "(?=[\\dA-Z" + re.escape("".join(sorted(_INITIALS | {c.upper() for c in _INITIALS}))) + "])"

# "USD (-) 118.76 billion": a minus in brackets after the currency (Indian and Pakistani
# official notation; balance_signs.py reads it as the figure's sign).
_BRACKETED_MINUS = r"\([-−]\)\s?(?=\d)"

MONEY = re.compile(
    rf"""
    (?<![\w.,/]){_FIRST}                            # a match starts a word, cheaply pruning
    (?:(?P<between>(?i:between))\s+)?              # "between 700 mln and one billion dlrs"
    (?:(?P<symbol>{_SYMBOL})\s?(?:[-−](?=\d)|{_BRACKETED_MINUS})?       # $ | US$ | KSh | "$-640,115,902" (Bahamian tables)
      |(?P<code>[A-Z]{{3}})(?![A-Za-z])\$?\s?(?:[-−]\s?(?=\d)|{_BRACKETED_MINUS})?)?  # USD | DEM | WST$ (checked against the ISO table); "MAD -21.4"
    (?P<number>{_AMOUNT})
    {_scale("scale")}?
    (?:(?:\s?[-–]\s?|\s+to\s+|(?(between)\s+and\s+|(?!)))   # 15-20 | 15 to 20 | between 2 and 3
       (?P<high_symbol>{_SYMBOL})?\s?(?P<high>{_AMOUNT})
       {_scale("high_scale")}?)?
    (?:(?:\s+|(?<=[A-Za-z])-)(?:(?P<owner>{_OWNER})\s+)?   # "Omani riyals": whose currency the word is
       (?P<name>(?i:{_NAME}))\b  # dlrs | U.S. dlrs | marks | "2.15-billion-euro"
      |\s?(?P<symbol_after>{_SYMBOL_AFTER})(?!\w)    # 1,5 Mrd. € | 500 kr
      |\s+(?P<code_after>[A-Z]{{3}})(?![A-Za-z])      # 5bn USD: checked against the ISO table
       (?(scale)|{_scale("code_scale")}?))?            # 3165 USD million: the scale after the code
    """,
    re.VERBOSE,
)
_MONTH_WORD = rf"(?i:{literal_alternation([*MONTH_NAMES, *MONTH_ABBREVIATIONS])})"
# What may open the bracket: any qualifier of a figure ("(more than R$ 22.2 billion)").
_CONVERSION_OPENER = literal_alternation([*QUALIFIERS, "or", "approx.", "equivalent to", "the equivalent of",
                                          "i.e."]).replace(r"\ ", r"\s+")
# The figure's period, which may stand between it and its conversion: "in March 2023",
# "in January-July 2023", "last year" ("US$18,943 million last year (about 10.1 trillion
# colones)", "US$7,512.4 million in January-July 2023, equivalent to some RD$421 billion")
_ITS_PERIOD = (rf"(?:in\s+(?:{_MONTH_WORD}(?:\s*[-–]\s*{_MONTH_WORD})?(?:\s+\d{{4}})?|\d{{4}})"
               r"|(?i:last|this)\s+(?i:year|month))")
_CONVERSION = re.compile(r"\s*(?:(?:trade|deficit|surplus|balance|gap|shortfall|exports?|imports?|goods|merchandise)\s+){0,3}"
                         rf"(?:{_ITS_PERIOD}\s*)?"  # its month or year
                         rf"[(\[]\s*(?:(?i:{_CONVERSION_OPENER})\s+)?")
# South Asian copy gives the dollar figure after "or", unbracketed: "Rs553 billion or
# around $2.5 billion" (only into dollars or euros from another currency).
_OR_CONVERSION = re.compile(OR_CONVERSION_GAP)
_OR_CONVERSION_INTO = ("USD", "EUR")
_CONVERSION_QUALIFIED = re.compile(CONVERSION_QUALIFIER + "$", re.IGNORECASE)
# A conversion set off by dashes: "$600 million – the equivalent of Shs2.2 trillion – from".
# (its period may stand between: "$600 million in 2022 – the equivalent", "$214.5m in March –")
_PERIOD_BETWEEN = rf"(?:\s+{_ITS_PERIOD})?"
_DASH_CONVERSION = re.compile(rf"{_PERIOD_BETWEEN}"
                              rf"(?:\s*[–—]|\s+-)\s*(?:{CONVERSION_QUALIFIER}"
                              r"|(?:or|the\s+equivalent\s+of|equivalent\s+to)\s+)?")
_DASH_CONVERSION_END = re.compile(r"\s*[–—]|\s+-\s")
# ... or by a comma and the word that says so: "RO one billion, equivalent to three billion
# and forty-two million US dollars", "R2.4 billion, or the equivalent of $130 million".
_SAID_EQUIVALENT = re.compile(rf"{_PERIOD_BETWEEN}"
                              r"\s*,\s*(?:or\s+|which\s+is\s+)?(?:the\s+)?equivalent\s+(?:to|of)\s+"
                              rf"(?:{CONVERSION_QUALIFIER})?", re.IGNORECASE)
# What may close a conversion: "(USD 13.5 billion at current exchange rates)".
_CONVERSION_SEPARATOR = re.compile(r"\s*[,;/]\s*(?:or\s+)?")
# ("under the prevailing exchange rate", "based on the current exchange rate", "at today's rates")
_CONVERSION_END = re.compile(
    r"\s*(?:,?\s*(?:at|under|based\s+on|using|by)\s+(?:the\s+|today's\s+)?(?:current|today's|prevailing|present|"
    r"average|official)?\s*(?:exchange\s+)?rates?(?:\s+of\s+exchange)?\s*)?[)\]]")
_CONNECTIVE_BEFORE = re.compile(
    r"(?:\bfrom|\bagainst|\bversus|\bvs\.?|\bcompared\s+(?:with|to)|\bafter|\band|\bor|\bto|\bwith|\bof)"
    r"\s+(?:a\s+|an\s+)?(?:revised\s+|record\s+|an?\s+estimated\s+)?$",
    re.IGNORECASE,
)
# "between March 5 and 23": a day of the month, not a figure.
_MONTH_DAY_BEFORE = re.compile(rf"\b{_MONTH_WORD}\.?\s+\d{{1,2}}\s+(?:and|to|-)\s+$")
# "between 1 January and 28 February 2017": a day before its month, not a figure.
_MONTH_AFTER = re.compile(rf"\s+{_MONTH_WORD}\b")
_MONTH_BEFORE = re.compile(rf"\b{_MONTH_WORD}\.?\s+$")
# "were estimated respectively at 6.8 and 6.5 billion euros": the first of two figures
# that share the second's scale and currency.
# ("imports and exports reached 71 and 43 billion dollars, respectively")
# ("purchasing goods worth 4.12, 2.31 and 1.98 billion dollars, respectively": so does
# each earlier item of a longer list)
_LIST_HEAD = r"\b(?:at|were|was|of|totall?ing|totall?ed|reaching|reached|to|worth)\s+"
_LIST_HEAD_BEFORE = re.compile(_LIST_HEAD + "$", re.IGNORECASE)
_LIST_ITEMS_BEFORE = re.compile(_LIST_HEAD + r"(?:\d[\d.,]*\s*,\s*)+$", re.IGNORECASE)
_LIST_JOINT = re.compile(r"\s*,\s*")
_SCALED_NEXT = re.compile(r"(?:\s*,\s*\d[\d.,]*)*\s*,?\s+(?:and|or)\s+[$€£¥]?\d[\d.,]*\s*"
                          r"(?i:billion|million|trillion|bn|mln|mn|tn)\b")
# "2.09 billion and 1.722 billion dlrs": the first figure takes the second's currency;
# so it does across the other flow's name ("exports amounted to 1.3 billion and imports
# to 1.6 billion euros", Baltic and Macanese statistics copy).
_FORWARD_JOIN = re.compile(r"\s+(?:and|or|to)\s+(?:(?:exports?|imports?)\s+(?:(?:to|at|of|were|was|reached|"
                           r"totall?ed|amounted\s+to|stood\s+at)\s+)?)?")
_UNIT_AFTER = re.compile(r"\s*([A-Za-z-]+)")
_PERCENT_AFTER = re.compile(r"\s*(?:%|(?i:pct|per\s*cent|percent|percentage)\b)")
# A plain number may also be the first of two rates: "cut tax from 29 to 27 pct".
# So may the first of two percentages: "a drop of 2.1 and 0.9%".
_RATE_AFTER = re.compile(
    rf"(?:\s?[-–]\s?|\s+(?:to|or|and)\s+)(?:{NUMBER}|(?i:{NUMBER_WORDS}))"
    r"\s*(?:%|(?i:pct|per\s*cent|percent|percentage)\b)"
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_ADJECTIVE_AFTER = re.compile(r"-[A-Za-z]")
_BARE = re.compile(rf"(?<![\w.,$£€¥/-]){NUMBER}(?![\w%]|[.,]\d)")


class _Story:
    """What resolves a written currency: the story's economies (subject first) and date."""

    def __init__(self, subject: str | None, economies: Iterable[str], published: date | None):
        self.subject = subject
        self.economies = tuple(dict.fromkeys(e for e in (subject, *economies) if e))
        self.published = published


def _currency_of(match: re.Match, story: _Story) -> str | None:
    """The currency the match writes, resolved in the story; None when it names none
    or names one the story cannot settle (a lone "K" in a story on no kwacha economy)."""
    symbol = match["symbol"] or match["high_symbol"] or match["symbol_after"]
    if symbol:
        return resolve(SYMBOL_SENSES[symbol], story.economies, story.published)
    code = match["code"] if match["code"] in _CODES or _glued_word_code(match) else None
    code = code or (match["code_after"] if _code_after(match) else None)
    if code:
        return CODE_ALIASES.get(code, code)
    if match["name"]:
        name = re.sub(r"\s+", " ", match["name"].lower())
        if match["owner"] and (whole := f"{match['owner'].lower()} {name}") in NAME_SENSES:
            return resolve(NAME_SENSES[whole], story.economies, story.published)  # "Canadian dollars": a name
        owner = (DEMONYMS[match["owner"]],) if match["owner"] else ()
        return resolve(NAME_SENSES[name], owner + story.economies, story.published)
    return None


def _names_currency(match: re.Match) -> bool:
    return bool(match["symbol"] or match["high_symbol"] or match["symbol_after"] or match["code"]
                or match["name"] or _code_after(match))


def _lone_letter(match: re.Match) -> bool:
    symbol = match["symbol"] or ""
    return len(symbol) == 1 and symbol.isascii() and symbol.isalpha()


def _end(match: re.Match) -> int:
    """Where the figure ends: before three capitals after it that are no ISO code."""
    if match["code_after"] and not _code_after(match):
        for group in ("high_scale", "high", "scale", "number"):
            if match[group]:
                return match.end(group)
    return match.end()


# A local dollar's prefixed sign: "Can$", "C$", "A$", "NZ$", "HK$", "S$", "NT$".
_PREFIXED_DOLLAR = re.compile(r"[A-Z][A-Za-z.]{0,3}\$")
# Dollars a story may name explicitly; a later bare "dlrs" means the same one.
DOLLAR_CODES = {"USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD"}


def resolve_dollar(currency: str | None, subject: str | None, published: date | None = None) -> str | None:
    """A bare dollar is the subject economy's own dollar where it has one, else USD.

    Its own dollar still in use, that is: Zimbabwe's dollar went in 2009 and a
    Zimbabwean story's "$" since is the US dollar (CLDR's legal-tender dates)."""
    if currency != DOLLAR:
        return currency
    local = LOCAL_DOLLARS.get(subject)
    if local is None or local not in current_tender(subject, published):
        return "USD"
    return local


class _Quantity:
    """A number the text gives, money or not, with what another figure may inherit."""

    def __init__(self, start, end, value, step, scale, currency, is_money,
                 needs_currency=False, bare=False, high=None):
        self.start, self.end = start, end
        self.value, self.step, self.scale = value, step, scale
        self.currency, self.is_money = currency, is_money
        self.needs_currency = needs_currency  # looks like money but names no currency
        self.bare = bare                      # a plain number: needs the scale too
        self.high = high
        self.inherited = False

    def inherit(self, source: "_Quantity") -> bool:
        """Take currency (and, for a bare number, scale) from ``source``; False if it cannot give them."""
        if not source.is_money or (self.bare and source.scale is None):
            return False
        self.currency = source.currency
        if self.bare:
            scaled = ParsedNumber(self.value, self.step).times(source.scale)
            self.value, self.step, self.scale = scaled.value, scaled.step, source.scale
        self.is_money = self.inherited = True
        return True


def _parse_amount(text: str, decimal_comma: bool = False) -> ParsedNumber | None:
    """A number, or "half a"/"a quarter of a" (before a scale): 0.5, 0.25."""
    fraction = re.match(r"(?:a\s+)?(half|quarter)\b", text, re.IGNORECASE)
    if fraction:
        value = _FRACTION_OF_A[fraction.group(1).lower()]
        return ParsedNumber(value, value)
    if "-point-" in text.lower():
        return parse_number(text)  # "38-point-four"
    if re.fullmatch(MONEY_NUMBER, text.strip()):
        return parse_digits(text, decimal_comma)
    return parse_number(text)


# An article that writes "16,05-billion", "5,3%" or "1 204,18" writes decimals with a
# comma, so its "1,345 billion" is 1.345 billion too.
_DECIMAL_COMMA_EVIDENCE = re.compile(
    rf"(?<![\d,.])\d+,\d{{1,2}}(?![\d,.])\s?-?(?:(?i:{_LONG_SCALE})\b|bn\b|mn\b|%|(?i:per\s?cent|pct)\b)"
    r"|\d(?:[ \u00a0\u202f]\d{3})+,\d|\d{1,3}(?:\.\d{3})+,\d"
)


def _scale_value(word: str | None) -> float | None:
    return SCALES[word.lower()] if word else None


# "after 12 straight months of deficits": a count's unit may stand after an adjective,
# or after a size said as a compound ("4.66 million 90-kilogramme bags", "20-foot containers").
_COUNT_ADJECTIVE = re.compile(r"\s*(?:straight|consecutive|successive|full|calendar|long|more|\d[\d.,]*-[a-z]+)\b",
                              re.IGNORECASE)


def _unit_after(text: str, end: int) -> str | None:
    adjective = _COUNT_ADJECTIVE.match(text, end)
    m = _UNIT_AFTER.match(text, adjective.end() if adjective else end)
    return m.group(1).lower() if m else None


# Codes that are also words ("MOP", "PEN", "MAD") count only glued to the number or,
# in capitals, before a number with a scale: "MOP1.92 billion", "MAD 180.4 billion",
# never "to mop 5 million" (the code group matches capitals only).
_WORD_CODES = frozenset(ISO_CODES) - frozenset(PREFIX_CODES)


def _glued_word_code(m: re.Match) -> bool:
    return m["code"] in _WORD_CODES and (m.end("code") == m.start("number") or bool(m["scale"]))


def _code_after(m: re.Match) -> bool:
    """An ISO code after the figure: any code, and one that is also a word only in
    capitals after a scale ("24 billion ALL", "31 billion MAD"), as before a number."""
    return m["code_after"] in _CODES or m["code_after"] in _WORD_CODES and bool(m["scale"])


_SPLIT_YEAR_HEAD = re.compile(r"(?:19|20)\d\d\s*[-/–]\s*$")


# ("increased by 38.2 percent over the revised April 2022 value of P5.1 billion to P7.05
# billion": the same after "over", Botswana's statistics copy)
_FROM_A_LEVEL = re.compile(r"\b(?:from|over)\s+(?:an?|the)\s+(?:revised|preliminary|provisional|initial)\s+"
                           r"(?:[A-Z][a-z]+\s+(?:\d{4}\s+)?(?:value|figure|level|total)\s+of\s+)?$"
                           # "rose from October's £12.1 billion to £14.5 billion", "from last year's
                           # (revised) X to Y": a figure owned by a period is a level, and a range
                           # is never one period's
                           r"|\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+['’]s?\s+"
                           r"(?:(?:revised|preliminary|provisional|initial)\s+)?$", re.IGNORECASE)


def _restart(text: str, m: re.Match) -> int | None:
    """Where to match again when ``m`` is not what it looks like, else None.

    "ABC 5 billion": not an ISO code, so the figure starts at the number. "in 1986 to
    11.4 billion dlrs", "from 5.1 to 6.2 billion dlrs", "rose 200 mln to 7.2 billion
    dlrs": not ranges (a year; two levels; a change and the level it led to), so the
    figure starts at the second number. The ends of a real range are close: "700 mln
    to one billion", "15 billion to 20 billion"; "between" always makes one.
    """
    if m["code"] and m["code"] not in _CODES and not _glued_word_code(m):
        return m.start("number")
    if m["symbol"] == "A $" and (m.start() == 0 or _OPENS_SENTENCE.search(text, max(0, m.start() - 6), m.start())):
        return m.start("symbol") + 2  # "A $3 billion trade surplus in June ...": the article, then dollars
    if m["high"] and not m["between"]:
        low, high = _parse_amount(m["number"]), _parse_amount(m["high"])
        low_scale = _scale_value(m["scale"] or m["high_scale"]) or 1.0
        high_scale = _scale_value(m["high_scale"] or m["scale"]) or 1.0
        is_year = _YEAR.fullmatch(m["number"]) and not m["scale"]
        # ("from a revised R120.5 billion to R131.2 billion", "from the revised April 2023
        # value of P7.3 billion to P8.6 billion": two levels, not a range)
        # ("from about US$60 billion to US$90 billion": a qualifier may stand after "from")
        is_change = _FROM_QUALIFIED.search(text[max(0, m.start() - 30):m.start()]) \
            or _FROM_A_LEVEL.search(text, max(0, m.start() - 60), m.start())
        # "from X in 2021-22 to $6,655.82 million": the low end is a split year's tail
        is_year = is_year or _SPLIT_YEAR_HEAD.search(text, max(0, m.start("number") - 8), m.start("number"))
        # "exports by March 15 to $82.21 billion": a day of the month, then the level
        is_day = not (m["symbol"] or m["code"] or m["scale"]) and low is not None and low.value <= 31 \
            and _MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start("number"))
        if low is None or high is None or is_year or is_change or is_day:
            return m.start("high_symbol") if m["high_symbol"] else m.start("high")
        low_value, high_value = low.value * low_scale, high.value * high_scale
        if low_value >= high_value or (m["scale"] and high_value > 2 * low_value):
            return m.start("high_symbol") if m["high_symbol"] else m.start("high")
    return None


_FROM_QUALIFIED = re.compile(r"\bfrom\s+(?:(?:about|around|some|nearly|almost|roughly|approximately|over|under|"
                             r"(?:more|less)\s+than|just\s+(?:over|under))\s+)?$", re.IGNORECASE)


# What stands before a word that opens a sentence: its end, a line break, a quote.
_OPENS_SENTENCE = re.compile(r"(?:[.!?:;][\"”’')]?\s+|\n\s*|[\"“(]\s*)$")


def _matches(text: str) -> Iterator[re.Match]:
    pos = 0
    while (m := MONEY.search(text, pos)) is not None:
        pos = m.end()
        while m is not None and (restart := _restart(text, m)) is not None:
            if restart > m.start("number"):  # a range undone: its first figure stands alone
                first = MONEY.match(text, m.start(), m.end("scale") if m["scale"] else m.end("number"))
                if first is not None:
                    yield first
            m = MONEY.match(text, restart)
        if m is not None:
            yield m
            pos = max(pos, m.end())


_SPACED_MILLIONS = re.compile(r"\s(?:m|mn)\b(?![\w'’-])")
_DOT_GROUPED = re.compile(r"\d{1,3}\.\d{3}")
# "$1,003.617 million": a dot after comma groups is a decimal mark, so in that article
# "$924.441 million" is nine hundred million, not a dot-grouped thousand millions.
_THREE_DECIMALS_AFTER_GROUPS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+\.\d{3}(?![\d.,])")
# "41,957.1 million dollars", "11,970 million": an article counting thousands of millions.
_THOUSANDS_OF_MILLIONS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?\s?(?:million|mln|mn)\b", re.IGNORECASE)
_THRESHOLD_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_MONTHS_CODE_BEFORE = re.compile(r"\b(?:in|for|during|over|the)\s+$")  # ("in the 9M period")
# ("12 billion and 345 million dollars", as Gulf agencies' copy writes it: Arabic "wa";
# spelled out too, "three billion and forty-two million US dollars")
_COMPOUND_REST = re.compile(rf"\s+(?:and\s+)?(?P<number>\d{{1,3}}(?:[.,]\d+)?|{NUMBER_WORDS})\s*"
                            r"(?P<scale>million|mln|mn|thousand)\b", re.IGNORECASE)


def _candidates(text: str, story: _Story) -> list[_Quantity]:
    """Every number with a currency or a scale, money or not, in text order."""
    found = []
    decimal_comma = _DECIMAL_COMMA_EVIDENCE.search(text) is not None
    thousands_of_millions = _THOUSANDS_OF_MILLIONS.search(text) is not None \
        and _THREE_DECIMALS_AFTER_GROUPS.search(text) is None
    for m in _matches(text):
        currency = _currency_of(m, story)
        threshold = m["name"] and m["name"].lower() == "mark" \
            and _THRESHOLD_BEFORE.search(text, max(0, m.start() - 8), m.start())
        if threshold and not (m["symbol"] or m["code"]):
            currency, threshold = None, False  # "crossed the 1 trillion mark": perhaps a threshold, not marks
        elif currency is None and _names_currency(m):
            continue  # "K5 billion" in a story on no kwacha economy: not money we can name
        if _lone_letter(m) and not (m["scale"] or re.search(r"\D", m["number"])):
            continue  # "Q3", "K9": a quarter or a model; a lone-letter currency needs "K5 billion", "P1,200"
        if m["scale"] == "M" and not _names_currency(m) and _MONTHS_CODE_BEFORE.search(text, max(0, m.start() - 8),
                                                                                        m.start()):
            continue  # "narrows to $116.7 bln in 8M": the first eight months, financial news' code
        if (m["scale"] or "").lower() == "t" and not (m["symbol"] or m["code"]):
            continue  # "$4.2t" is trillions; "4.2t" bare is tonnes
        scale = _scale_value(m["scale"] or m["high_scale"] or m["code_scale"])
        high_scale = _scale_value(m["high_scale"] or m["scale"] or m["code_scale"])
        if scale is None and m["symbol_after"] in SCALED_SYMBOLS:
            scale = high_scale = SCALED_SYMBOLS[m["symbol_after"]]  # "18,220.4 MD": million dinars
        spaced = _SPACED_MILLIONS.match(text, m.end()) \
            if scale is None and (m["symbol"] or m["code"]) and m.end() == m.end("number") else None
        if spaced is not None:
            # "€571.4 m", "EUR 571.4 m" (Cypriot and Maltese copy): a spaced "m" after an
            # amount its currency opens is millions (a bare "5 m" may be metres)
            scale = high_scale = 1e6
        # A lone comma before three digits and "million" groups thousands even where the
        # article writes decimal commas elsewhere ("5,98 billion dollars" beside "65,683
        # million dollars", as translated copy mixes them): a million figure said with a
        # decimal comma has one or two decimals ("65,7 million"), not the thousands.
        number = _parse_amount(m["number"], decimal_comma and scale != 1e6)
        if number is None or (currency is None and scale is None):
            continue
        if (decimal_comma or thousands_of_millions) and scale == 1e6 and _DOT_GROUPED.fullmatch(m["number"]):
            # "41.250 million dollars" in an article that writes "6,2%": Spanish "41.250
            # millones", forty-one thousand million (a billion reads "7.632 billion" either way);
            # so in one that counts thousands of millions ("41,957.1 million dollars"), as
            # machine-translated agency copy mixes both groupings
            number = _parse_amount(m["number"].replace(".", ""), decimal_comma)
        if found and m.start() < found[-1].end:
            continue  # the rest of a compound amount taken with the figure before
        number = number.times(scale)
        # ("crossed the $1.2 billion mark": the figure ends before the threshold's noun)
        end = spaced.end() if spaced is not None \
            else _end(m) if not threshold else m.end("scale") if m["scale"] else m.end("number")
        if _PERCENT_AFTER.match(text, end):
            continue
        rest = _COMPOUND_REST.match(text, end) \
            if scale and not (m["high"] or m["name"] or m["code_after"] or m["symbol_after"]) else None
        last_scale = scale
        while rest is not None:
            # One amount in two scales: "$1 billion 215 million", "3 bln 482 mln dollars"; and
            # "3 thousand 412 million dollars" (Spanish "3 mil 412 millones"), 3,412 million;
            # or in three, each smaller: "$4 billion 281 million 300 thousand" (Belarusian copy)
            rest_scale = _scale_value(rest["scale"])
            part = _parse_amount(rest["number"], decimal_comma)
            second = MONEY.match(text, rest.start("number"))
            second_currency = _currency_of(second, story) if second is not None else None
            thousands = last_scale == 1e3 and rest_scale > last_scale and number.value < 1e6
            if part is None or part.value >= 1000 or not (
                    thousands and second is not None
                    or rest_scale < last_scale and (currency is None or second_currency in (None, currency))):
                break
            number = ParsedNumber(number.value * rest_scale + part.value * rest_scale, part.step * rest_scale) \
                if thousands else number.plus(part.times(rest_scale))
            end = _end(second) if second is not None and second.end() > rest.end() else rest.end()
            currency = currency or second_currency
            last_scale = rest_scale
            rest = _COMPOUND_REST.match(text, end) if not thousands else None
        is_money = currency is not None or _unit_after(text, end) not in NON_MONEY_UNITS
        start = m.start("symbol") if m["symbol"] else m.start("code") if m["code"] else m.start("number")
        high = _parse_amount(m["high"], decimal_comma).times(high_scale).value if m["high"] else None
        found.append(_Quantity(
            start, end, number.value, number.step, high_scale,
            currency, currency is not None, needs_currency=currency is None and is_money, high=high,
        ))
    return found


def _bare_numbers(text: str, taken: list[tuple[int, int]]) -> list[_Quantity]:
    """Plain numbers introduced by a comparison word ("from 892.5", "and 939.3")."""
    out = []
    starts = [s for s, _ in taken]
    for m in _BARE.finditer(text):
        i = bisect_right(starts, m.start()) - 1
        if i >= 0 and m.start() < taken[i][1]:
            continue
        if _YEAR.fullmatch(m.group()) or _PERCENT_AFTER.match(text, m.end()) or _RATE_AFTER.match(text, m.end()):
            continue
        before = text[max(0, m.start() - 40):m.start()]
        listed = (_LIST_HEAD_BEFORE.search(before) or _LIST_ITEMS_BEFORE.search(before)) \
            and _SCALED_NEXT.match(text, m.end())
        if not (_CONNECTIVE_BEFORE.search(before) or listed) or _MONTH_DAY_BEFORE.search(before) \
                or _MONTH_AFTER.match(text, m.end()):
            continue
        if _unit_after(text, m.end()) in NON_MONEY_UNITS:
            continue
        if _ADJECTIVE_AFTER.match(text, m.end()):
            continue  # "a 7-year low", "a 10-month high": a number made an adjective
        number = parse_number(m.group())
        out.append(_Quantity(m.start(), m.end(), number.value, number.step, None, None, False,
                             needs_currency=True, bare=True))
    return out


# "to $1.112 billion from $2.048 during the same month": the figure compared with
# a scaled one, written without the scale, shares it.
_COMPARED_GAP = re.compile(r"(?:\s+(?:in|during|for|of)\s+[A-Za-z0-9 -]{1,30}?)?"
                           r"\s*,?\s*(?:(?:up|down)\s+)?(?:from|against|versus|vs\.?|compared\s+(?:with|to))\s*",
                           re.IGNORECASE)


# "exports dropped 4.2% to $88.694 billion while imports declined 9.39% to $85.37": a
# level of another trade flow stated beside a scaled one of the same currency, in the
# same sentence and of the same order, is in the same scale; one per unit ("$85.37 a
# barrel") or of something else ("and the price was $4.50") is not.
_LEVEL_BEFORE = re.compile(LEVEL_BEFORE_CUE, re.IGNORECASE)
_FLOW_WORD = re.compile(r"\b(?:exports?|imports?|surplus|deficit|balance|trade|shipments|purchases|sales|turnover)\b",
                        re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_TO_GAP = re.compile(r"(?:\s+(?:in|during|for|of)\s+[A-Za-z0-9 -]{1,40}?)?\s*,?\s*to\s*", re.IGNORECASE)
_FLOW_PAIR_GAP = re.compile(r"\s+(?:in|of)\s+(?:exports?|imports?)\s*,?\s*(?:and|while|with)\s+", re.IGNORECASE)
# ("$7360 a barrel", "$5 per tonne"; not "$7360 a year ago", a time the figure is of)
_PER_UNIT_AFTER = re.compile(r"(?!\s*an?\s+(?:year|month|quarter|week)\s+(?:ago|earlier|before|back|prior)\b)"
                             r"\s*(?:a|an|per|/)\s*[a-z]", re.IGNORECASE)
_PARALLEL_GAP = 120


def _same_order(value: float, unscaled: float) -> bool:
    """Whether a figure written without its scale is of the order of another's number."""
    return unscaled / 10 <= value <= unscaled * 10


def _borrows_scale(text: str, q: _Quantity, previous: _Quantity) -> bool:
    if not (q.is_money and q.scale is None and not q.bare and previous.is_money and previous.scale is not None
            and q.currency == previous.currency):
        return False
    unscaled = previous.value / previous.scale
    if q.step >= 1:
        # "formal imports rose $2425 million from $2215": a whole number compared with a
        # scaled figure of the same order is in its scale too (no trade figure is $2,215)
        return q.value >= 100 and _same_order(q.value, unscaled) \
            and _COMPARED_GAP.fullmatch(text, previous.end, q.start) is not None \
            and not _PER_UNIT_AFTER.match(text, q.end)
    if q.value >= 1000:
        # "$6,120.4 million ... The import bill rose by 7.2 per cent to $7,310.5": a decimal
        # amount in thousands beside one in millions of the same order is in millions too,
        # also in the next sentence (no trade figure is $7,310.50)
        gap = text[previous.end:q.start]
        return unscaled >= 1000 and _same_order(q.value, unscaled) and len(gap) <= 2 * _PARALLEL_GAP \
            and len(re.findall(r"[.;!?]\s", gap)) <= 1 and _LEVEL_BEFORE.search(gap) is not None \
            and not _PER_UNIT_AFTER.match(text, q.end)
    if _COMPARED_GAP.fullmatch(text, previous.end, q.start) is not None:
        return True
    if _FLOW_PAIR_GAP.fullmatch(text, previous.end, q.start) is not None:
        return True  # "$5.38 billion in exports and $4.26 in imports"
    if _FROM_BEFORE.search(text, max(0, previous.start - 8), previous.start) \
            and _TO_GAP.fullmatch(text, previous.end, q.start) is not None:
        return True  # "climbed from $5.12 billion during the first half of 2010 to $6.48"
    gap = text[previous.end:q.start]
    return (len(gap) <= _PARALLEL_GAP and not re.search(r"[.;!?]\s", gap) and _LEVEL_BEFORE.search(gap) is not None
            and _FLOW_WORD.search(gap) is not None
            and _same_order(q.value, unscaled) and not _PER_UNIT_AFTER.match(text, q.end))


# What stands before the first of two figures that share the second's scale: "from",
# "between", or a list's head ("were", "at").
_FROM_OR_BETWEEN_BEFORE = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)


def _end_of_list(text: str, quantities: list[_Quantity], i: int) -> int:
    """The index of the figure after a bare number and any more bare ones listed with
    commas ("4.12, 2.31 and 1.98 billion dollars": 1.98 billion dollars for both), or just
    of the next one (past the end when there is none)."""
    j = i + 1
    while j + 1 < len(quantities) and quantities[j].bare \
            and _LIST_JOINT.fullmatch(text, quantities[j - 1].end, quantities[j].start):
        j += 1
    return j


def _takes_next_scale(text: str, q: _Quantity, nxt: _Quantity | None) -> bool:
    """"rose from US$5.1 to US$5.6 billion", "declined from US$978.4 to US$912.6 million",
    "were $4.1 and $3.8 billion": the first of two figures of one currency joined by "to"
    or "and", written without the scale, shares the second's (no trade figure is $5.1)."""
    if nxt is None or not (q.is_money and q.scale is None and not q.bare and nxt.is_money
                           and nxt.scale is not None and q.currency == nxt.currency):
        return False
    unscaled = nxt.value / nxt.scale
    if not (q.value < 1000 and _same_order(q.value, unscaled)):
        return False
    join = _FORWARD_JOIN.fullmatch(text, q.end, nxt.start)
    if join is None:
        return False
    before = text[max(0, q.start - 24):q.start]
    if join.group().strip().lower().startswith("to"):
        return _FROM_OR_BETWEEN_BEFORE.search(before) is not None
    return _FROM_OR_BETWEEN_BEFORE.search(before) is not None or _LIST_HEAD_BEFORE.search(before) is not None


# A currency named in words with no number of its own, as the denomination of the
# figures around it: "the US dollar value dropped from 9.6 billion to 7.9 billion",
# "in euro terms", "in US dollars". A figure with a scale and no currency after it in
# the same sentence is in that currency.
_DENOMINATION = re.compile(
    rf"\b(?P<name>(?i:{_NAME}))[-\s]+(?i:terms|values?|denominated)\b"
    rf"|\b(?P<code>[A-Z]{{3}})[-\s]+(?i:terms|values?|denominated)\b"
    rf"|\b(?i:in)\s+(?:(?P<in_name>(?i:{_NAME}))|(?P<in_code>[A-Z]{{3}}))\b(?![\s$]*\d)"
)


def _denomination_in(text: str, start: int, end: int, story: _Story) -> str | None:
    """The last currency ``text[start:end]`` names as a denomination, if any."""
    found = None
    for m in _DENOMINATION.finditer(text, start, end):
        code = m["code"] or m["in_code"]
        name = m["name"] or m["in_name"]
        if code:
            currency = CODE_ALIASES.get(code, code) if code in _CODES else None
        else:
            currency = resolve(NAME_SENSES[re.sub(r"\s+", " ", name.lower())], story.economies, story.published)
        found = currency or found
    return found


def find_money(text: str, subject: str | None = None, published: date | None = None,
               economies: Iterable[str] = ()) -> list[MoneyMention]:
    """Money mentions in ``text``; ``subject`` is the story's economy (ISO3), if known.

    ``economies`` are the story's other economies (its title's and lead's), which with
    the subject and ``published`` settle what an ambiguous "kr", "Sh" or "francs" is
    (extractor.recognise.currency).

    A figure with a scale but no currency ("from 1.94 billion") and a plain number
    after a comparison word ("and 939.3") take what they lack from the money figure
    joined to them by "and"/"or"/"to" ("2.09 billion and 1.722 billion dlrs"), else
    from the figure before them in the same sentence (a plain number) or in the two
    sentences before (a scaled one), provided that figure was money: after
    "2.34 mln tonnes", "2.99 mln" is tonnes too.
    """
    story = _Story(subject, economies, published)
    candidates = _candidates(text, story)
    taken = [(q.start, q.end) for q in candidates]
    quantities = sorted(candidates + _bare_numbers(text, taken), key=lambda q: q.start)
    sentence_ends: list[int] | None = None

    def ends() -> list[int]:
        nonlocal sentence_ends
        if sentence_ends is None:  # only articles with a figure to resolve pay for this
            sentence_ends = [e for _, e in sentence_spans(text)]
        return sentence_ends

    def sentences_apart(a: _Quantity, b: _Quantity) -> int:
        return bisect_right(ends(), b.start) - bisect_right(ends(), a.start)

    def sentence_start(q: _Quantity) -> int:
        i = bisect_right(ends(), q.start)
        return ends()[i - 1] if i > 0 else 0

    def denomination(q: _Quantity) -> str | None:
        """The currency a word names before ``q`` in its sentence, after any figure before it."""
        floor = sentence_start(q)
        if previous is not None:
            floor = max(floor, previous.end)
        # Only the stretch before the figure is read: the names' pattern is long.
        return _denomination_in(text, floor, q.start, story)

    mentions: list[MoneyMention] = []
    previous: _Quantity | None = None
    named_dollar: str | None = None  # the last dollar the story named ("H.K. Dlrs", "U.S. Dlrs")
    bare_first = False  # a bare dollar came before any named one
    marked_dollar = False  # a local dollar was written with its prefix ("Can$", "A$", "NZ$")
    for i, q in enumerate(quantities):
        nxt = quantities[i + 1] if i + 1 < len(quantities) else None
        if q.needs_currency:
            j = _end_of_list(text, quantities, i) if q.bare else i + 1
            last = quantities[j] if j < len(quantities) else None
            forward = (last is not None and not last.needs_currency
                       and _FORWARD_JOIN.fullmatch(text, quantities[j - 1].end, last.start)
                       and q.inherit(last))
            named = None if forward or q.bare else denomination(q)
            if named:
                q.currency, q.is_money, q.inherited = named, True, True
            elif not forward:
                close = previous is not None and sentences_apart(previous, q) <= (0 if q.bare else 2)
                if not (close and q.inherit(previous)):
                    if not q.bare:
                        previous = q  # a scaled non-money quantity breaks the chain
                    continue
        if _takes_next_scale(text, q, nxt):
            scaled = ParsedNumber(q.value, q.step).times(nxt.scale)
            q.value, q.step, q.scale = scaled.value, scaled.step, nxt.scale
        elif previous is not None and _borrows_scale(text, q, previous):
            scaled = ParsedNumber(q.value, q.step).times(previous.scale)
            q.value, q.step, q.scale = scaled.value, scaled.step, previous.scale
        # "10.3 trillion won ($7.9 billion). Korea registered a 14.6 trillion deficit": a
        # conversion in brackets after a money figure is no figure a later bare amount
        # takes its currency from; the figure it converts is
        converts = previous is not None and previous.is_money and q.is_money and not q.inherited \
            and q.currency != previous.currency and _CONVERSION.fullmatch(text, previous.end, q.start) \
            and _CONVERSION_END.match(text, q.end)
        previous = previous if converts else q
        if not q.is_money:
            continue
        if q.currency in DOLLAR_CODES and not q.inherited and q.scale:
            named_dollar = q.currency  # an amount, not an exchange rate ("0.6858 U.S. Dlrs")
            marked_dollar = marked_dollar or (q.currency != "USD" and _PREFIXED_DOLLAR.match(text, q.start) is not None)
        # A bare "dlrs" after a named dollar is that dollar: "7.45 billion H.K. Dlrs in
        # 1986 from 8.59 billion dlrs in 1985". But a text that wrote a bare dollar before
        # it named one keeps the two apart: "$30.2 billion (NT$950 billion) ... $25.1 billion".
        if q.currency == DOLLAR and named_dollar is None and q.scale:
            bare_first = True
        if q.currency == DOLLAR and marked_dollar and text.startswith("$", q.start) \
                and _US_IN_SENTENCE.search(text, sentence_start(q), q.start):
            # "Can$11.0 billion ... the US deficit with Canada reached $61.8 billion": beside
            # a local dollar written with its prefix, a bare sign in a sentence about the
            # US is the US dollar ("NZ$1.12 billion ... Annual exports were valued at $70.9
            # billion" stays the story's own)
            currency = "USD"
        elif q.currency == DOLLAR and named_dollar and not bare_first:
            currency = named_dollar
        else:
            currency = resolve_dollar(q.currency, subject, published)
        end = q.end
        if (named := _NAME_AFTER_CODE.match(text, end)) is not None and currency is not None \
                and (sense := NAME_SENSES.get(named.group(1).lower())) is not None and currency in sense.candidates:
            end = named.end()  # "29.86 billion MRU ouguiyas": the code's own name said after it
        mentions.append(MoneyMention(
            text=text[q.start:end], start=q.start, end=end, amount=q.value,
            currency=currency, step=q.step,
            amount_high=q.high, inherited=q.inherited,
        ))
    return _attach_conversions(text, mentions)


_US_IN_SENTENCE = re.compile(r"\b(?:U\.\s?S\.|US|USA|United\s+States|American|Washington)\b")


# A currency's name straight after a figure written with its code ("MRU ouguiyas").
_NAME_AFTER_CODE = re.compile(r"(?<=[A-Z]{3})\s+([A-Za-z]+)\b")


def _another_rendering(text: str, end: int, after: list[MoneyMention], currencies: tuple) -> bool:
    """Whether the figure after ``end`` renders the one before in a third currency, said
    with "or" and a comma or a word of approximation."""
    if not after or after[0].currency in currencies or after[0].currency is None:
        return False
    gap = _OR_CONVERSION.fullmatch(text[end:after[0].start])
    return gap is not None and ("," in gap.group() or _CONVERSION_QUALIFIED.search(gap.group()) is not None)


def _attach_conversions(text: str, mentions: list[MoneyMention]) -> list[MoneyMention]:
    """"11.3 trillion riel ($2.806 billion)": the second figure converts the first."""
    out: list[MoneyMention] = []
    skip = set()
    for i, m in enumerate(mentions):
        if i in skip:
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        gap = _CONVERSION.fullmatch(text[m.end:nxt.start]) if nxt else None
        if nxt and gap and nxt.currency == m.currency and m.currency != "USD" and nxt.text.startswith("$") \
                and not m.text.startswith("$"):
            # "C$512 million ($379 million)": beside the economy's own dollar, a bare "$"
            # in brackets is the US dollar it converts to
            nxt = nxt.model_copy(update={"currency": "USD"})
        bracketed = gap and _CONVERSION_END.match(text, nxt.end)
        third = mentions[i + 2] if gap and not bracketed and i + 2 < len(mentions) else None
        if third is not None and _CONVERSION_SEPARATOR.fullmatch(text[nxt.end:third.start]) \
                and _CONVERSION_END.match(text, third.end) and third.currency not in (m.currency, nxt.currency):
            # "HUF 2,410 billion (USD 8.4 billion, EUR 7.5 billion)": two conversions in
            # one bracket, neither a figure of its own (the model keeps the first)
            bracketed = True
            skip.add(i + 2)
        # ("379 billion yen, or about 4.06 trillion won": said roughly, a rendering in any
        # other currency; said plainly, only one into the dollar or the euro, or one out of
        # them set off by a comma: "$556.8 million, or 270.4 billion drams", Armenian copy)
        or_gap = _OR_CONVERSION.fullmatch(text[m.end:nxt.start]) if nxt else None
        said_or = or_gap and m.currency is not None and nxt.currency is not None and (
            nxt.currency in _OR_CONVERSION_INTO and m.currency not in _OR_CONVERSION_INTO
            or m.currency in _OR_CONVERSION_INTO and nxt.currency not in _OR_CONVERSION_INTO
            and "," in or_gap.group()
            or _CONVERSION_QUALIFIED.search(or_gap.group()) is not None)
        dashed = nxt and _DASH_CONVERSION.fullmatch(text[m.end:nxt.start]) and _DASH_CONVERSION_END.match(text, nxt.end)
        equivalent = nxt and _SAID_EQUIVALENT.fullmatch(text[m.end:nxt.start])
        if nxt and (bracketed or said_or or dashed or equivalent) and nxt.currency != m.currency and not nxt.inherited:
            m = m.model_copy(update={"converted": nxt})
            skip.add(i + 1)
            close = _CONVERSION_END.match(text, nxt.end) if bracketed else None
            if close is not None and _another_rendering(text, close.end(), mentions[i + 2:i + 3],
                                                        (m.currency, nxt.currency)):
                # "702 billion roubles ($8.6 billion), or about 3.9 trillion tenge": a second
                # rendering after the bracket (the model keeps the first)
                skip.add(i + 2)
        out.append(m)
    return out
