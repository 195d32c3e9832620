"""The checker relates only figures measured the same way, and only unambiguous ones."""
from extractor import extract

ADJUSTED_PARTS = ("Sweden's seasonally adjusted exports were 22.4 billion crowns in March and imports "
                  "20.1 billion crowns, the statistics office said. ")


def _rules(text: str, published: str = "1987-04-20") -> dict[str, str]:
    return {c.rule: c.status for c in extract(text, published=published).checks}


def test_an_unadjusted_balance_is_not_checked_against_adjusted_parts():
    assert "balance" not in _rules(ADJUSTED_PARTS + "The unadjusted trade surplus was 3.1 billion crowns in March.")


def test_a_balance_saying_nothing_of_its_basis_is_checked():
    assert _rules(ADJUSTED_PARTS + "The trade surplus was 3.1 billion crowns in March.")["balance"] == "inconsistent"
    assert _rules(ADJUSTED_PARTS + "The trade surplus was 2.3 billion crowns in March.")["balance"] == "consistent"


def test_a_plain_headline_balance_before_adjusted_parts_is_not_checked():
    # The story leads with a balance said plainly, then turns to figures it says are
    # seasonally adjusted: where the reporter's headline kind is unknown, the headline may
    # be the unadjusted one (Czech and Ukrainian copy); said after them, it goes on in their kind.
    headline = "Sweden's trade surplus was 3.1 billion crowns in March, the statistics office said. "
    assert "balance" not in _rules(headline + ADJUSTED_PARTS)


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


def test_plain_figures_are_of_their_reporters_headline_adjustment():
    # The US Census Bureau leads with seasonally adjusted figures: plain ones are those.
    text = ("The U.S. seasonally adjusted trade deficit was $40.5 billion in July 2014. Exports were $198.0 "
            "billion and imports $248.5 billion in July.")
    assert _rules(text, "2014-09-05")["balance"] == "inconsistent"
    # Japan's Ministry of Finance leads with unadjusted ones: plain figures are not those.
    text = ("Japan's seasonally adjusted trade surplus was 140.2 billion yen in May 2017. Exports were 5.85 "
            "trillion yen and imports 6.05 trillion yen in May.")
    assert "balance" not in _rules(text, "2017-06-25")


def test_goods_said_of_the_parts_and_not_of_the_balance_are_not_related():
    plain = "Britain's trade deficit was 14.9 billion pounds in April 2023. "
    assert "balance" not in _rules(plain + "Exports of goods were 33.0 billion pounds and imports of goods "
                                           "47.9 billion pounds in April.", "2023-06-14")
    # ... but a merchandise balance with its flows said plainly is one series (1987 copy).
    merchandise = "Britain's visible trade deficit was 3.5 billion pounds in April 2023. "
    assert _rules(merchandise + "Exports were 33.0 billion pounds and imports 47.9 billion pounds in April.",
                  "2023-06-14")["balance"] == "inconsistent"


def test_unqualified_changes_of_a_year_on_year_reporter_are_checked_against_a_year_earlier():
    # Japan's customs give changes on the same month a year before: the parts' changes
    # imply the year-earlier surplus (5.50 / 1.100 - 5.00 / 1.080 = 0.37 trillion, not 0.301).
    text = ("Japan's trade surplus was 500 billion yen in May 2017, against 301 billion yen a year earlier. "
            "Exports rose 10.0% to 5.50 trillion yen, while imports rose 8.0% to 5.00 trillion yen.")
    assert _rules(text, "2017-06-20")["previous"] == "inconsistent"
