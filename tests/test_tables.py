"""Tables: the grid reader on each layout a page's table survives in, and the facts a
table gives (or must not give). Every article is invented in the manner of an outlet
that carries a statistics office's table under its story; the facts listed are all
the actual facts expected, the text's and the table's, so a spurious one fails too.
"""
from datetime import date

import pytest

from extractor.assemble.tables import column_change, column_period, label_measure, table_unit
from extractor.extraction import Article, extract_many
from extractor.recognise.tables import Cell, find_tables
from tests.case_tables import table_params
from tests.test_assembly_rules import Case, F, actual_facts, results_by_text

CELL_PER_LINE = (
    "Croatia's trade gap widened to 9.1 billion kuna in the first half, the statistics office said.\n"
    "Details follow (in millions of kuna):\n"
    "|H1'19\n|H1'18\n|Jun'19\n|Jun'18\n"
    "|Exports (FOB)\n|31,204.5\n|30,100.2\n|5,410.0\n|5,002.7\n"
    "|Imports (CIF)\n|40,322.9\n|38,871.6\n|6,880.4\n|6,415.3\n"
    "|Coffee\n|120.4\n|118.0\n|20.1\n|19.9\n"
    "source: DZS\n"
)
MARKDOWN_ROWS = (
    "Chile posted a trade surplus in March, the central bank said.\n"
    "Foreign trade (USD million)\n"
    "| | Mar 2021 | Mar 2020 | y/y % |\n"
    "|---|---|---|---|\n"
    "| Exports | 8,112.4 | 6,530.0 | 24.2 |\n"
    "| Imports | 6,004.9 | 5,651.3 | 6.3 |\n"
    "| Trade balance | 2,107.5 | 878.7 | |\n"
)
TRANSPOSED = (
    "Kenya's import bill kept rising through the first quarter.\n"
    "Monthly trade, in KSh million:\n"
    "| Month | Exports | y/y, % | Imports | y/y, % |\n"
    "| January 2022 | 60,110 | 10.5 | 180,220 | 22.0 |\n"
    "| February 2022 | 58,400 | 8.1 | 175,900 | 19.4 |\n"
)
SPACED = (
    "Singapore's exports slipped in September from August.\n"
    "\n"
    "Singapore (NSA, BIL S$) Sep 10 Aug 10 Sep 09 M/M % Y/Y %\n"
    "Exports 41.7 42.7 35.1 -2.30 18.80\n"
    "Re-Exports 19.9 20.4 16.5 -2.08 20.63\n"
    "Imports 35.4 35.8 33.1 -1.04 6.95\n"
    "Balance 6.3 7.0 2.0 -0.7* 4.3*\n"
)
# Cells and lone pipes on lines of their own, periods in ascending order, a growth
# column in per cent with an empty cell in the balance row.
PIPES_BETWEEN = (
    "Croatia's exports rose in September, the bureau said.\n"
    "|\nCroatia's trade\n|\n|\nmn €\n|\n|\nFlows\n|\nSep 18\n|\nSep 19\n|\nGrowth\n|\n"
    "Exports\n|\n1 186.5\n|\n1 196.2\n|\n0.8%\n|\nImports\n|\n1 773.9\n|\n1 877.6\n|\n5.8%\n|\n"
    "Trade balance\n|\n-587.4\n|\n-681.4\n|\n|\n"
)
# An index column: the figure as a percentage of the year before's.
INDEX_COLUMN = (
    "Serbia's exports grew in the first half, the statistics office said.\n"
    "| EUR million | Jan-Jun 2019 | Jan-Jun 2018 | Index 2019/2018 |\n"
    "| Exports | 8,200.5 | 7,800.1 | 105.1 |\n"
    "| Imports | 10,900.0 | 10,300.0 | 105.8 |\n"
)

# A wire table: months over their years on two header lines, each row's unit in its
# label wrapped onto the next line, cells with the currency's sign and their own scale.
WIRE_TABLE = (
    "Peru posted a trade surplus in February, the central bank said.\n"
    "\n"
    "                          February    January     February\n"
    "                          2018        2018        2017\n"
    " Trade balance (millions  $1.248 bn   $1.210 bn   $190\n"
    " of dollars)\n"
    " Exports (billions of     $4.355      $4.656      $3.660\n"
    " dollars)\n"
    " Copper exports           $2.214      $1.583      $1.021\n"
    " (billions of dollars)\n"
)


def test_each_layout_gives_one_grid_of_labelled_rows():
    layouts = {CELL_PER_LINE: ("Exports (FOB)", 4, 3), MARKDOWN_ROWS: ("Exports", 3, 3),
               TRANSPOSED: ("January 2022", 4, 2), SPACED: ("Exports", 5, 4), PIPES_BETWEEN: ("Exports", 3, 3),
               INDEX_COLUMN: ("Exports", 3, 2), WIRE_TABLE: ("Trade balance (millions", 3, 3)}
    for text, (first_label, width, rows) in layouts.items():
        (table,) = find_tables(text)
        assert table.rows[0].label.text == first_label
        assert len(table.columns) == width and len(table.rows) == rows
        for row in table.rows:  # offsets hold: each cell is where the text says it is
            assert all(text[c.start:c.end] == c.text for c in [row.label, *row.more, *row.cells])
    (wire,) = find_tables(WIRE_TABLE)
    assert [c.text for c in wire.columns] == ["February 2018", "January 2018", "February 2017"]
    assert wire.rows[0].label_text == "Trade balance (millions of dollars)"


def test_a_paragraph_is_no_table_and_an_uneven_block_is_none():
    prose = ("Exports rose 5.2 percent to 41.7 billion in 2019.\nImports fell 2.0 percent to 35.4 billion in 2019.\n")
    assert find_tables(prose) == []
    uneven = "| | 2021 | 2020 |\n| Exports | 8,112.4 |\n| Imports | 6,004.9 | 5,651.3 | 2.0 |\n"
    assert find_tables(uneven) == []


@pytest.mark.parametrize("label, period", [
    ("Jan-Oct'18", ("2018-01-01", "2018-10-31")), ("Oct'18", ("2018-10-01", "2018-10-31")),
    ("Sep 10", ("2010-09-01", "2010-09-30")), ("September 2010", ("2010-09-01", "2010-09-30")),
    ("2009", ("2009-01-01", "2009-12-31")), ("Q2 10", ("2010-04-01", "2010-06-30")),
    ("H1 2019", ("2019-01-01", "2019-06-30")), ("3Q19", ("2019-07-01", "2019-09-30")),
    ("Sep 99", ("1999-09-01", "1999-09-30")), ("Exports", None), ("Q5 10", None), ("Oct-Jan'18", None),
])
def test_a_column_label_names_its_period(label, period):
    """Two-digit years are the latest not after the year after publication (2019 here)."""
    got = column_period(label, date(2019, 1, 18))
    assert (tuple(d.isoformat() for d in got) if got else None) == period


@pytest.mark.parametrize("label, cells, kind", [
    ("Y/Y %", ["18.8"], "yearly"), ("% y/y", ["18.8"], "yearly"), ("YoY (%)", ["1.0"], "yearly"),
    ("M/M %", ["-2.3"], "sequential"), ("Change (%)", ["4.0"], "change"), ("change, %", ["4.0"], "change"),
    ("y/y", ["4.3"], "yearly"), ("Growth", ["4.3%", ""], "change"), ("Index 2019/2018", ["104.3"], "yearly"),
    ("2019/2018", ["104.3"], "yearly"), ("Index", ["104.3"], "change"),
    ("2019/2017", ["104.3"], None),  # two years apart
    ("Growth", ["4.3"], None),  # in what unit, it does not say
    ("Y/Y Chg", ["4.3"], None),  # a change in the level's unit, not a percentage
    ("Y/Y Chg", ["4.3%"], "yearly"),  # unless its cells say per cent
    ("Exports", ["4.3"], None),
])
def test_a_change_column_is_a_percentage_and_says_its_comparison(label, cells, kind):
    assert column_change(Cell(label, 0, len(label)), [Cell(c, 0, len(c)) for c in cells]) == kind


@pytest.mark.parametrize("label, measure", [
    ("Exports (FOB)", ("export", 1)), ("Total imports", ("import", 1)), ("Merchandise exports:", ("export", 1)),
    ("Trade balance", ("balance", 1)), ("Trade deficit", ("balance", -1)), ("Foreign trade turnover", ("total", 1)),
    ("Re-Exports", None), ("Domestic", None), ("Net Exports of Goods & Services", None), ("Coffee", None),
])
def test_a_row_label_names_a_measure_only_when_it_is_the_economy_s_trade(label, measure):
    assert label_measure(label) == measure


@pytest.mark.parametrize("caption, unit", [
    ("Details follow (in millions of levs):", (1e6, "BGN")),
    ("Singapore (NSA, BIL S$)", (1e9, "SGD")),
    ("Foreign trade (USD million)", (1e6, "USD")),
    ("in EUR thousand", (1e3, "EUR")),
    ("Trade, $m", (1e6, "USD")),
    ("Exports rose to S$7 billion in August, and the table follows", None),  # an amount's scale, not a unit
    ("Foreign trade (million)", None),  # no currency
    ("in US dollars", None),  # no scale
])
def test_a_caption_gives_the_unit_only_with_scale_and_currency(caption, unit):
    assert table_unit(caption, ("BGR",) if "levs" in caption else ("SGP",) if "S$" in caption else ("CHL",),
                      date(2019, 1, 1)) == unit


TABLES = {
    "tables": [
        # One cell a line: every measure's cell under a period; the coffee row is a product.
        Case("invented (regional wire copy with the office's table)", CELL_PER_LINE, date(2019, 8, 10),
             {F("balance", "HRV", None, -9.1e9, "HRK", "2019-01-01", "2019-06-30"),
              F("export", "HRV", None, 31204.5e6, "HRK", "2019-01-01", "2019-06-30"),
              F("export", "HRV", None, 30100.2e6, "HRK", "2018-01-01", "2018-06-30"),
              F("export", "HRV", None, 5410.0e6, "HRK", "2019-06-01", "2019-06-30"),
              F("export", "HRV", None, 5002.7e6, "HRK", "2018-06-01", "2018-06-30"),
              F("import", "HRV", None, 40322.9e6, "HRK", "2019-01-01", "2019-06-30"),
              F("import", "HRV", None, 38871.6e6, "HRK", "2018-01-01", "2018-06-30"),
              F("import", "HRV", None, 6880.4e6, "HRK", "2019-06-01", "2019-06-30"),
              F("import", "HRV", None, 6415.3e6, "HRK", "2018-06-01", "2018-06-30")}),
        # Markdown rows with a year-on-year column: it changes the first period's figure.
        Case("invented (central bank note retold by a business daily)", MARKDOWN_ROWS, date(2021, 4, 8),
             {F("export", "CHL", None, 8112.4e6, "USD", "2021-03-01", "2021-03-31", 24.2),
              F("export", "CHL", None, 6530.0e6, "USD", "2020-03-01", "2020-03-31"),
              F("import", "CHL", None, 6004.9e6, "USD", "2021-03-01", "2021-03-31", 6.3),
              F("import", "CHL", None, 5651.3e6, "USD", "2020-03-01", "2020-03-31"),
              F("balance", "CHL", None, 2107.5e6, "USD", "2021-03-01", "2021-03-31"),
              F("balance", "CHL", None, 878.7e6, "USD", "2020-03-01", "2020-03-31")}),
        # Periods down the side, measures across: each change column follows its measure.
        Case("invented (monthly bulletin retold by a national daily)", TRANSPOSED, date(2022, 4, 20),
             {F("export", "KEN", None, 60110e6, "KES", "2022-01-01", "2022-01-31", 10.5),
              F("import", "KEN", None, 180220e6, "KES", "2022-01-01", "2022-01-31", 22.0),
              F("export", "KEN", None, 58400e6, "KES", "2022-02-01", "2022-02-28", 8.1),
              F("import", "KEN", None, 175900e6, "KES", "2022-02-01", "2022-02-28", 19.4)}),
        # Columns set by spaces; the year-on-year change ranks above the month-on-month
        # one, and footnoted cells ("-0.7*": a change in level) give nothing.
        Case("invented (research note with the office's table)", SPACED, date(2010, 10, 18),
             {F("export", "SGP", None, 41.7e9, "SGD", "2010-09-01", "2010-09-30", 18.8),
              F("export", "SGP", None, 42.7e9, "SGD", "2010-08-01", "2010-08-31"),
              F("export", "SGP", None, 35.1e9, "SGD", "2009-09-01", "2009-09-30"),
              F("import", "SGP", None, 35.4e9, "SGD", "2010-09-01", "2010-09-30", 6.95),
              F("import", "SGP", None, 35.8e9, "SGD", "2010-08-01", "2010-08-31"),
              F("import", "SGP", None, 33.1e9, "SGD", "2009-09-01", "2009-09-30"),
              F("balance", "SGP", None, 6.3e9, "SGD", "2010-09-01", "2010-09-30"),
              F("balance", "SGP", None, 7.0e9, "SGD", "2010-08-01", "2010-08-31"),
              F("balance", "SGP", None, 2.0e9, "SGD", "2009-09-01", "2009-09-30")}),
        # Cells between lone pipes; the growth column changes the later of its periods.
        Case("invented (statistics bureau release)", PIPES_BETWEEN, date(2019, 11, 10),
             {F("export", "HRV", None, 1196.2e6, "EUR", "2019-09-01", "2019-09-30", 0.8),
              F("export", "HRV", None, 1186.5e6, "EUR", "2018-09-01", "2018-09-30"),
              F("import", "HRV", None, 1877.6e6, "EUR", "2019-09-01", "2019-09-30", 5.8),
              F("import", "HRV", None, 1773.9e6, "EUR", "2018-09-01", "2018-09-30"),
              F("balance", "HRV", None, -681.4e6, "EUR", "2019-09-01", "2019-09-30"),
              F("balance", "HRV", None, -587.4e6, "EUR", "2018-09-01", "2018-09-30")}),
        # An index of 105.1 is a rise of 5.1%; the unit is the corner cell's.
        Case("invented (regional wire copy with the office's table)", INDEX_COLUMN, date(2019, 7, 31),
             {F("export", "SRB", None, 8200.5e6, "EUR", "2019-01-01", "2019-06-30", 5.1),
              F("export", "SRB", None, 7800.1e6, "EUR", "2018-01-01", "2018-06-30"),
              F("import", "SRB", None, 10900.0e6, "EUR", "2019-01-01", "2019-06-30", 5.8),
              F("import", "SRB", None, 10300.0e6, "EUR", "2018-01-01", "2018-06-30")}),
        # Columns set by spaces with each row a paragraph of its own (a blank line between):
        # still one table under its header.
        Case("invented (wire copy with the customs office's key figures)",
             "Exports from Austria fell in May, the customs office said.\n\nKEY FIGURES\n\n(millions of euros)\n\n"
             "May 2013 April 2013 May 2012\n\nImports 15,210 15,378 15,054\n\nExports 17,434 17,077 17,538\n",
             date(2013, 6, 20),
             {F("import", "AUT", None, 15210e6, "EUR", "2013-05-01", "2013-05-31"),
              F("import", "AUT", None, 15378e6, "EUR", "2013-04-01", "2013-04-30"),
              F("import", "AUT", None, 15054e6, "EUR", "2012-05-01", "2012-05-31"),
              F("export", "AUT", None, 17434e6, "EUR", "2013-05-01", "2013-05-31"),
              F("export", "AUT", None, 17077e6, "EUR", "2013-04-01", "2013-04-30"),
              F("export", "AUT", None, 17538e6, "EUR", "2012-05-01", "2012-05-31")}),
        # Months over years; each row in its label's unit, a cell's own scale first; the
        # copper row (with its unit wrapped after the table's last line) is a product.
        Case("invented (wire copy with a central bank's table)", WIRE_TABLE, date(2018, 3, 7),
             {F("balance", "PER", None, 1.248e9, "USD", "2018-02-01", "2018-02-28"),
              F("balance", "PER", None, 1.210e9, "USD", "2018-01-01", "2018-01-31"),
              F("balance", "PER", None, 190e6, "USD", "2017-02-01", "2017-02-28"),
              F("export", "PER", None, 4.355e9, "USD", "2018-02-01", "2018-02-28"),
              F("export", "PER", None, 4.656e9, "USD", "2018-01-01", "2018-01-31"),
              F("export", "PER", None, 3.660e9, "USD", "2017-02-01", "2017-02-28")}),
        # Measures across the top, once under each period of a line above them (months
        # without their year: the latest ended by publication); a balance's sign set apart
        # from its digits; the unit in a note after the table; rows of the whole trade give
        # facts, a product's row none.
        Case("invented (wire copy with a customs table)",
             "France's trade deficit narrowed in January, customs data showed.\n\n"
             "                          January                  December\n"
             "                 Import   Export   Balance   Import   Export   Balance\n"
             " Trade (adjusted) 41,912   37,452   - 4,460   42,386   37,101   - 5,285\n"
             " Agricultural    1,045    1,221     +176     1,012    1,190     +178\n\n"
             "NOTE - Figures are in millions of euros. Adjusted figures are seasonally adjusted.\n",
             date(2013, 3, 7),
             {F("import", "FRA", None, 41912e6, "EUR", "2013-01-01", "2013-01-31"),
              F("export", "FRA", None, 37452e6, "EUR", "2013-01-01", "2013-01-31"),
              F("balance", "FRA", None, -4460e6, "EUR", "2013-01-01", "2013-01-31"),
              F("import", "FRA", None, 42386e6, "EUR", "2012-12-01", "2012-12-31"),
              F("export", "FRA", None, 37101e6, "EUR", "2012-12-01", "2012-12-31"),
              F("balance", "FRA", None, -5285e6, "EUR", "2012-12-01", "2012-12-31")}),
        # A table of partners (its label column's head or its caption says so): each row's
        # figures are the caption's flow with the row's economy ("Total, all countries":
        # the world), in year columns the caption restricts to its months; its head row of
        # years, with no pipe at the line's ends, labels the columns.
        Case("invented (Canadian wire)",
             "Canada's exports to Japan rose in the first half.\n\n"
             "Canada's merchandise exports to top partners, January to June (billions of dollars)\n\n"
             "Partner | 2020 | 2021 | % change\nUnited States | 176.4 | 191.2 | 8.4\nJapan | 5.9 | 6.3 | 6.8\n"
             "Total, all countries | 248.1 | 265.7 | 7.1\n", date(2021, 8, 5),
             {F("export", "CAN", "USA", 176.4e9, "CAD", "2020-01-01", "2020-06-30"),
              F("export", "CAN", "USA", 191.2e9, "CAD", "2021-01-01", "2021-06-30", 8.4),
              F("export", "CAN", "JPN", 5.9e9, "CAD", "2020-01-01", "2020-06-30"),
              F("export", "CAN", "JPN", 6.3e9, "CAD", "2021-01-01", "2021-06-30", 6.8),
              F("export", "CAN", None, 248.1e9, "CAD", "2020-01-01", "2020-06-30"),
              F("export", "CAN", None, 265.7e9, "CAD", "2021-01-01", "2021-06-30", 7.1)}),
        # A table whose unit is not said gives nothing: its figures could be indices.
        Case("invented (statistics office page)",
             "Hungary's exports grew in 2020, the office said.\n| Period | Imports | Exports |\n"
             "| 2020 | 106.2 | 103.7 |\n| 2021 | 91.8 | 98.9 |\n", date(2021, 3, 1), set()),
    ],
}
CASES = list(table_params(TABLES))


@pytest.fixture(scope="module")
def results():
    return results_by_text(CASES)


@pytest.mark.parametrize("case", CASES)
def test_a_table_gives_its_trade_figures(case: Case, results):
    assert actual_facts(results[case.text, case.published]) == case.facts


def test_a_year_on_year_column_is_checked_against_the_year_before():
    """The table's own arithmetic: 8,112.4 against 6,530.0 is +24.2%, as its column says;
    a column that does not add up is reported like any stated change."""
    (right,) = extract_many([Article(id="t", text=MARKDOWN_ROWS, published=date(2021, 4, 8))])
    changes = [c for c in right.checks if c.rule == "change"]
    assert changes and all(c.status == "consistent" for c in changes)
    wrong = MARKDOWN_ROWS.replace("| 24.2 |", "| 14.2 |")
    (result,) = extract_many([Article(id="t", text=wrong, published=date(2021, 4, 8))])
    assert [c.status for c in result.checks if c.rule == "change" and c.status != "consistent"] == ["inconsistent"]


def test_a_table_below_a_story_leaves_its_headline_and_lead_apart():
    """A table's lines are not wrapped prose, so the headline stays a sentence of its own;
    and a Latin word with a Cyrillic letter in it ("Тrade", a switched keyboard) still
    reads as the word, not as a product."""
    text = ("Croatia's \u0422rade Gap Widens in H1\n"
            "Croatia's trade gap widened to 9.1 billion kuna in the first half of 2019, from 8.0 billion kuna "
            "a year earlier, the statistics office said.\n" + CELL_PER_LINE.split("\n", 1)[1])
    (result,) = extract_many([Article(id="t", text=text, published=date(2019, 8, 10))])
    balances = {(f.value.amount, f.period.start.isoformat(), f.product) for f in result.facts if f.measure == "balance"}
    assert balances == {(-9.1e9, "2019-01-01", None), (-8.0e9, "2018-01-01", None)}
