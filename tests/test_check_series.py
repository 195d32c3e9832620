"""The checker relates only figures measured the same way, and only unambiguous ones."""
from extractor import extract

ADJUSTED_PARTS = ("Sweden's seasonally adjusted exports were 22.4 billion crowns in March and imports "
                  "20.1 billion crowns, the statistics office said. ")


def _rules(text: str) -> dict[str, str]:
    return {c.rule: c.status for c in extract(text, published="1987-04-20").checks}


def test_an_unadjusted_balance_is_not_checked_against_adjusted_parts():
    assert "balance" not in _rules(ADJUSTED_PARTS + "The unadjusted trade surplus was 3.1 billion crowns in March.")


def test_a_balance_saying_nothing_of_its_basis_is_checked():
    assert _rules(ADJUSTED_PARTS + "The trade surplus was 3.1 billion crowns in March.")["balance"] == "inconsistent"
    assert _rules(ADJUSTED_PARTS + "The trade surplus was 2.3 billion crowns in March.")["balance"] == "consistent"


def test_a_series_stated_with_two_different_figures_is_left_out():
    # Two March surpluses that cannot be one number: which one the parts belong to is unknown.
    text = ADJUSTED_PARTS + ("The trade surplus was 2.3 billion crowns in March. "
                             "Another estimate put the trade surplus at 2.9 billion crowns in March.")
    assert "balance" not in _rules(text)


def test_a_plain_fraction_is_a_round_figure():
    def share_status(exports: str) -> str:
        text = (f"Kenya's exports to Uganda were {exports} billion dlrs in 2023, or two-thirds of "
                "Kenya's total exports of 9.00 billion dlrs, the statistics bureau said.")
        return _rules(text)["share"]

    assert share_status("6.20") == "consistent"    # 68.9%: two-thirds give or take 5%
    assert share_status("5.80") == "consistent"    # 64.4%
    assert share_status("6.70") == "inconsistent"  # 74.4%
