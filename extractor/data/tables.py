"""The words of statistical tables as news pages carry them once their markup is gone.

A statistics office's release, retold by an outlet, often ends with its table
("Details follow (in millions of levs):", "Singapore (NSA, BIL S$) Sep 10 Aug 10 ...").
Its rows and columns are labelled in a terse notation of their own, kept here apart
from the reader (extractor/recognise/tables.py) and the assembly (extractor/assemble/tables.py).
"""
import re

from extractor.data.calendar import MONTH_ABBREVIATIONS, MONTH_NAMES

# A row or column label names a measure when, lower-cased, less a bracket and the
# words of LABEL_FILLER, it is one of these. A label with any other word ("Domestic",
# "Re-Exports", "Net Exports of Goods & Services", "0 Food and live animals") is a
# part of trade or another account, and gives no fact.
LABEL_MEASURES = {
    "exports": "export", "export": "export",
    "imports": "import", "import": "import",
    "balance": "balance", "trade balance": "balance", "balance of trade": "balance",
    "surplus": "balance", "trade surplus": "balance",
    "deficit": "balance", "trade deficit": "balance",
    "surplus/deficit": "balance", "surplus deficit": "balance", "surplus (deficit)": "balance",
    "trade": "total", "foreign trade": "total", "external trade": "total", "turnover": "total",
    "trade turnover": "total", "foreign trade turnover": "total", "exports and imports": "total",
}
# A row of deficits printed as positive numbers is a balance below zero.
DEFICIT_LABELS = {"deficit", "trade deficit"}
# How the merchandise series is qualified without changing what it is: "Total exports",
# "Exports of goods", "Exports (FOB)", "Merchandise imports:".
LABEL_FILLER = re.compile(r"\b(?:total|merchandise|goods|of goods|value|fob|f\.o\.b|cif|c\.i\.f)\b\.?|[:*]")
LABEL_BRACKET = re.compile(r"\s*\([^)]*\)")

_MONTH = "|".join(sorted({*MONTH_NAMES, *MONTH_ABBREVIATIONS, "sept"}, key=len, reverse=True))
# Column labels: periods in the tables' notation, and changes.
#   "Sep 10", "Oct'18", "Jan-Oct'18", "Jan-Oct 2018", "September 2010", "2009",
#   "Q2 10", "Q2 2010", "2Q10", "H1 2019", "1H19"
MONTH_LABEL = (rf"(?P<first>{_MONTH})\.?(?:\s*[-–/]\s*(?P<last>{_MONTH})\.?)?"
               r"(?:\s*['’]\s*|\s+|-)(?P<year>\d{4}|\d{2})")
YEAR_LABEL = r"(?P<year_only>(?:19|20)\d{2})"
PART_LABEL = (r"(?:(?P<part>[QH])(?P<number>[1-4])\s*['’]?\s*(?P<part_year>\d{4}|\d{2})"
              r"|(?P<number2>[1-4])(?P<part2>[QH])\s*['’]?\s*(?P<part_year2>\d{4}|\d{2}))")
PERIOD_LABEL = re.compile(rf"(?i:{MONTH_LABEL})|{YEAR_LABEL}|{PART_LABEL}")

# A change column, and which comparison it makes: "Y/Y %", "YoY (%)", "% y/y", "Y/Y Chg",
# "% change", "Change (%)", "Growth rate, %". Sequential ones ("M/M %", "Q/Q Chg") compare
# with the period before, which GUIDELINES.md ranks below the year-on-year change.
YEARLY_WORDS = r"(?:y/y|yoy|y-o-y|year[- ]on[- ]year|annual|yearly)"
SEQUENTIAL_WORDS = r"(?:m/m|mom|m-o-m|q/q|qoq|q-o-q|month[- ]on[- ]month|quarter[- ]on[- ]quarter)"
_CHANGE_WORD = r"(?:\(?%\)?|\(?pct\.?\)?|chg\.?|change|growth(?:\s+rate)?|var\.?|variation)"
_COMPARED = rf"(?:{YEARLY_WORDS}|{SEQUENTIAL_WORDS})"
CHANGE_LABEL = re.compile(
    rf"(?i:(?:{_COMPARED}[\s,]*)?{_CHANGE_WORD}(?:[\s,]*{_CHANGE_WORD})?(?:[\s,]*{_COMPARED})?|{_COMPARED})")
# A comparison alone ("y/y", "YoY") heads a column of percentage changes.
BARE_COMPARISON = re.compile(rf"(?i:{_COMPARED})")
# An index column gives the figure as a percentage of the earlier one ("Index 2019/2018":
# 107.7 is a rise of 7.7%), as ex-Yugoslav and CIS statistics offices print it.
INDEX_WORD = re.compile(r"(?i)\bind(?:ex|ices)\b")
INDEX_YEARS = re.compile(r"(?P<later>(?:19|20)\d\d)\s*/\s*(?P<earlier>(?:19|20)\d\d)")
# Only these say a change column is in percent; "Y/Y Chg" of a balance in billions is
# a change in level. (A column whose every cell ends in "%" is in percent too.)
PERCENT_LABEL = re.compile(r"%|(?i:\bpct\b|\bper\s*cent)")

# A cell that is one number: "46,039.8", "-6,303.4", "−821.9", "1 411.9", "22 503,5",
# "(821.9)" (an accountant's minus). A trailing "*" points to a footnote that says the
# cell is in other terms than its column (Haver: "* M/M and Y/Y change in level").
# Wire tables may print the currency's sign and a cell's own scale ("$1.248 bn").
NUMBER_CELL = re.compile(r"(?P<symbol>[$€£¥])?(?P<sign>[-+−–])?\s*(?P<open>\()?"
                         r"(?P<digits>\d{1,3}(?:[ ,.'’\u00a0\u202f]\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
                         r"(?(open)\))\s*(?P<percent>%)?\s*(?P<note>\*+)?(?:\s?(?P<scale>bn|mn))?")

# The unit a table is in, said in its caption or its first header cell: "(in millions of
# levs)", "(NSA, BIL S$)", "USD million", "in EUR thousand", "Million US$", "(€ bn)".
UNIT_SCALES = {
    "thousand": 1e3, "thousands": 1e3, "'000": 1e3, "000s": 1e3, "000": 1e3, "th": 1e3, "ths": 1e3,
    "million": 1e6, "millions": 1e6, "mln": 1e6, "mn": 1e6, "mio": 1e6, "m": 1e6,
    "billion": 1e9, "billions": 1e9, "bln": 1e9, "bn": 1e9, "bil": 1e9, "b": 1e9,
    "trillion": 1e12, "trillions": 1e12, "tn": 1e12, "trn": 1e12,
}
