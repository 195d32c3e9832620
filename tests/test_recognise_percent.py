"""Tests for the percentage recogniser, ``extractor.recognise.percent.find_percents``.

Cases come in named tables; each case says where its text came from: a Reuters
article of the trade corpus ("reuters-<id>"), a modern seed article ("seed 00n"), or
"invented". A case lists every percentage expected, in order, as ``P(text, value,
...)``; points, step, qualifier and fraction are compared only where a case states them.
"""
from typing import Any, NamedTuple

import pytest

from extractor.recognise.percent import find_percents
from tests.case_tables import table_params


def P(text: str, value: float, **extra: Any) -> dict[str, Any]:
    """An expected mention; extra keys: points, step, qualifier, fraction."""
    return {"text": text, "value": value, **extra}


class Case(NamedTuple):
    source: str
    text: str
    expected: list[dict[str, Any]]
    known_failure: str | None = None  # why the recogniser gets this wrong, on purpose


UNITS = [
    Case("seed 002", "a 9.3% rise from $298.06 million", [P("9.3%", 9.3, step=0.1, points=False)]),
    Case("seed 002", "represented 4.01% of the Kingdom’s total", [P("4.01%", 4.01, step=0.01)]),
    Case("invented", "up 15.3 % on the year", [P("15.3 %", 15.3)]),
    Case("invented (wire copy)", "a steep 40.5-percent drop", [P("40.5-percent", 40.5, step=0.1)]),
    Case("seed 000", "an average rate of 11 per cent per year", [P("11 per cent", 11.0, step=1.0)]),
    Case("invented", "29.6 percent and 3 Per Cent", [P("29.6 percent", 29.6), P("3 Per Cent", 3.0)]),
    # Two rates listed with "and" share the unit; "between ... and" is a range.
    Case("invented (Nordic outlet)", "a rise of 2.4 and 3.9% on March 2018", [P("2.4", 2.4), P("3.9%", 3.9)]),
    Case("reuters-8671", "Imports fell by 9.4 pct in February from January", [P("9.4 pct", 9.4, step=0.1)]),
    Case("invented (Algerian agency)", "a decrease of 38, 4% in exports, and of 15,06% in imports",
         [P("38, 4%", 38.4, step=0.1), P("15,06%", 15.06, step=0.01)]),
    Case("invented", "In 2015, 4% of exports and 12, 5% of imports", [P("4%", 4.0), P("5%", 5.0)]),
    Case("invented (Korean broadcaster)", "up 12-point-six percent and two-point-51 percent",
         [P("12-point-six percent", 12.6, step=0.1), P("two-point-51 percent", 2.51, step=0.01)]),
    # A decimal comma (Latin American, African and European copy); a grouping comma has three digits.
    Case("invented (Argentine outlet)", "trade contracted 27,9% and exports 5,25 pct, against 1,250%",
         [P("27,9%", 27.9, step=0.1), P("5,25 pct", 5.25, step=0.01), P("1,250%", 1250.0, step=1.0)]),
    Case("invented", "12 PCT growth", [P("12 PCT", 12.0)]),
    # A trailing zero past the first decimal is padding: "25.20%" is 25.2 (step 0.1).
    Case("invented (Bahraini agency)", "a rise of 25.20% and 3.0% and 4.01%",
         [P("25.20%", 25.2, step=0.1), P("3.0%", 3.0, step=0.1), P("4.01%", 4.01, step=0.01)]),
    # "pc" glued to its number (Pakistani and British copy).
    Case("invented (Pakistani outlet)", "an increase of 7.5pc in imports", [P("7.5pc", 7.5, step=0.1)]),
    # ... or spaced, in lower case (Moroccan agency copy)
    Case("invented (Moroccan agency)", "imports rose 7.95 pc to EUR 1.8 billion", [P("7.95 pc", 7.95, step=0.01)]),
]

POINTS = [
    Case("reuters-227", "contribute 0.75 percentage points to non-farm gdp growth of 2.5\npct",
         [P("0.75 percentage points", 0.75, points=True, step=0.01), P("2.5\npct", 2.5, points=False)]),
    Case("invented", "rose 1.5 pct points and 0.5 percentage point and 2 pct point",
         [P("1.5 pct points", 1.5, points=True), P("0.5 percentage point", 0.5, points=True),
          P("2 pct point", 2.0, points=True)]),
    Case("invented", "down five percentage points", [P("five percentage points", 5.0, points=True)]),
    Case("invented", "cut by 5/8 percentage point", [P("5/8 percentage point", 0.625, points=True, step=0.125)]),
]

WORDS_AND_FRACTIONS = [
    Case("reuters-10520", "hard currency exports fell six pct as imports rose 10 pct",
         [P("six pct", 6.0, step=1.0), P("10 pct", 10.0)]),
    Case("reuters-14109", "While exports in February fell a half pct against the same\nmonth last year, imports fell "
         "10-1/2 pct largely",
         [P("a half pct", 0.5, step=0.5), P("10-1/2 pct", 10.5, step=0.5)]),
    Case("invented", "the bank pays 1/2 pct over Libor", [P("1/2 pct", 0.5, step=0.5)]),
    Case("invented", "a six pct rise and a two pct fall", [P("six pct", 6.0), P("two pct", 2.0)]),
    Case("invented", "twenty-five pct of sales", [P("twenty-five pct", 25.0)]),
    Case("invented", "deficits as a pct of GNP and a full percentage point lower", []),
]

# A fraction in words is a percentage only as a share: "two-thirds of ...".
SHARES = [
    Case("seed 002", "Cambodian exports to Japan constituted over two-thirds of total bilateral trade",
         [P("two-thirds", 66.6667, qualifier="over", fraction=True)]),
    Case("invented", "half of its exports went to Japan", [P("half", 50.0, fraction=True, qualifier=None)]),
    Case("reuters-14770", "relied on exports for about\none-third of its gross national product",
         [P("one-third", 33.3333, qualifier="about", fraction=True)]),
    Case("reuters-843", "which accounts for almost a\nquarter of French exports",
         [P("a\nquarter", 25.0, qualifier="almost", fraction=True)]),
    Case("invented", "nearly half of all exporters and three quarters of imports",
         [P("half", 50.0, qualifier="nearly"), P("three quarters", 75.0)]),
    Case("reuters-14826", "record public works spending in the first half of the\nfinancial year.", []),
    Case("reuters-354", "sometime in the second\nhalf of this year.", []),
    Case("invented", "exports in the First Half of 1986 and the latter half of 1985", []),
]

QUALIFIERS = [
    Case("reuters-10275", "which together account for some\n95 pct of Japan's total seamless pipe exports.",
         [P("95 pct", 95.0, qualifier="some")]),
    Case("reuters-12986", "will rise nearly 10 pct,\nagain the same rate", [P("10 pct", 10.0, qualifier="nearly")]),
    Case("invented", "more than 20 pct, at least 0.5 pct, just under 3 pct and Up To 50 pct",
         [P("20 pct", 20.0, qualifier="more than"), P("0.5 pct", 0.5, qualifier="at least"),
          P("3 pct", 3.0, qualifier="just under"), P("50 pct", 50.0, qualifier="up to")]),
    Case("reuters-843", "a slowdown in inflation to around a two pct annual rate",
         [P("two pct", 2.0, qualifier="around")]),
    Case("invented", "exports rose 25 pct", [P("25 pct", 25.0, qualifier=None)]),
]

# A range is one mention: value the middle, step the width, so value ± step / 2 spans it.
RANGES = [
    # A year before a dash is the date of the rate after it, not a rate.
    Case("invented (Latvian agency)", "exports fell to 42.8% of the total (in June 2016 – 45.5%)",
         [P("42.8%", 42.8, step=0.1), P("45.5%", 45.5, step=0.1)]),
    Case("reuters-8135", "a gross domestic product growth\n(GDP) rate of three to four pct by 1990.",
         [P("three to four pct", 3.5, step=1.0)]),
    Case("reuters-1478", "boosting exports by five to six pct in\nreal terms", [P("five to six pct", 5.5, step=1.0)]),
    Case("reuters-3593", "by\nbetween three and four pct early last year.", [P("three and four pct", 3.5, step=1.0)]),
    Case("reuters-8746", "a GNP annual growth rate of\nabout three to 3.25 pct in the first quarter",
         [P("three to 3.25 pct", 3.125, step=0.25, qualifier="about")]),
    Case("reuters-5779", "yields falling to 16.42-16.45 pct from early", [P("16.42-16.45 pct", 16.435, step=0.03)]),
    Case("invented", "by 30 to 35 pct against", [P("30 to 35 pct", 32.5, step=5.0)]),
    Case("invented", "two to three percentage points", [P("two to three percentage points", 2.5, points=True)]),
    # Two rates, not a range: the first is a percentage too.
    Case("reuters-6156", "cutting basic rate income tax from 29 to\n27 pct.", [P("29", 29.0), P("27 pct", 27.0)]),
    Case("invented", "rates rose from 5 to 6 pct", [P("5", 5.0), P("6 pct", 6.0)]),
    Case("reuters-3078", "export subsidies of exports of up to 2.0 or 2.5 pct without",
         [P("2.0", 2.0, qualifier="up to"), P("2.5 pct", 2.5)]),
    # An amount of money before "or" is the change the rate restates, no rate.
    Case("invented (Finnish agency style)", "imports decreased €845 or 9% to €6,210m", [P("9%", 9.0)]),
]

NOT_PERCENT = [
    Case("invented", "exports of 5 mln dlrs in 1986 and 1987", []),
    Case("invented", "the 1986/87 fiscal year", []),
    Case("reuters-7628", "the\ndollar dropped some 10 yen.", []),
    Case("invented", "sales of 20 pc units and 3 PCs", []),
]

KNOWN_FAILURES = [
    Case("reuters-227", "net exports would account for 1.75 points.", [P("1.75 points", 1.75, points=True)],
         known_failure="'points' alone, without 'percentage' or 'pct', is not read: it is also used of indices"),
    Case("invented", "exports rose by a third", [P("a third", 33.3333, fraction=True)],
         known_failure="a fraction in words counts only before 'of'"),
]

TABLES = {
    "units": UNITS,
    "points": POINTS,
    "words_and_fractions": WORDS_AND_FRACTIONS,
    "shares": SHARES,
    "qualifiers": QUALIFIERS,
    "ranges": RANGES,
    "not_percent": NOT_PERCENT,
    "known_failures": KNOWN_FAILURES,
}


@pytest.mark.parametrize("case", list(table_params(TABLES)))
def test_find_percents(case: Case):
    mentions = find_percents(case.text)
    assert [m.text for m in mentions] == [e["text"] for e in case.expected]
    for mention, expected in zip(mentions, case.expected):
        observed = {key: getattr(mention, key) for key in expected}
        wanted = {key: pytest.approx(v, rel=1e-9) if isinstance(v, float) else v for key, v in expected.items()}
        assert observed == wanted
        assert case.text[mention.start:mention.end] == mention.text
