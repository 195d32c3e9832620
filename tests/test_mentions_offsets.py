"""Property: every mention slices the text exactly, and mentions of one kind never overlap.

Articles are built from fragments trade news is made of (money, percentages, years,
months, country names, filler words) joined by spaces, line wraps and paragraph
indents, so the recognisers meet figures next to figures, split over lines, and next
to the things they must not take for figures.
"""
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.recognise import find_money, find_percents

try:
    from extractor import mentions as all_mentions
except ImportError:  # the full pipeline is optional here
    all_mentions = None

MONEY = [
    "$237.22 million", "USD 892.3 million", "USD34.6 million", "1.94 billion dlrs", "119.1 mln N.Z. Dlrs",
    "15.6 billion U.S. Dlrs", "224 mln stg", "10.45 billion marks", "3.6 billion crowns", "two billion dlrs",
    "a billion dollars", "15 to 20 billion dlr", "350 to 400 mln stg", "between 700 mln and one billion dlrs",
    "11.3 trillion riel ($2.806 billion)", "($2.8 billion)", "£5bn", "€3.2 billion", "¥500 million", "KSh 3.4 billion",
    "Rs 500 crore", "$5m", "5bn", "3,061.8 billion francs", "1.5 billion", "6.73 billion", "892.5", "(revised from 891.2)",
    "half a billion dlrs", "14.2 billion guilders", "5 ECUs", "2.5 billion roubles", "HK$5 billion",
]
PERCENTS = [
    "15.3%", "9.3 %", "11 per cent", "14.6 pct", "six pct", "10-1/2 pct", "a half pct", "0.5 percentage point",
    "three to four pct", "between 25 and 30 pct", "some 95 pct", "nearly 10 pct", "over two-thirds of",
    "half of", "the first half of", "from 29 to 27 pct", "1/2 pct", "16.42-16.45 pct",
]
YEARS_AND_MONTHS = ["1986", "1985", "in 1987", "1986/87", "1987-88", "January", "February 1986", "March 5 and 23",
                    "the first two months of 2024", "a year earlier"]
COUNTRIES = ["Japan", "Kenya's", "New Zealand", "the U.S.", "West Germany", "Taiwan", "Cambodia", "U.K."]
FILLER = ["exports", "imports", "rose", "fell", "to", "from", "and", "against", "compared with", "in", "a", "the",
          "surplus", "deficit", "of", "tonnes", "said", ",", ".", "(", ")", "--", "dlrs", "mln", "billion", "pct",
          "revised", "between", "or", "up", "USDA", "A", "$", "%"]
GAPS = [" ", "\n", "  ", "\n    ", ". ", ".\n    "]

_FRAGMENT = st.sampled_from(MONEY + PERCENTS + YEARS_AND_MONTHS + COUNTRIES + FILLER)


@st.composite
def _article(draw):
    pieces = draw(st.lists(_FRAGMENT, min_size=1, max_size=25))
    text = pieces[0]
    for piece in pieces[1:]:
        text += draw(st.sampled_from(GAPS)) + piece
    return text


def _assert_sliced_without_overlap(text, mentions):
    for mention in mentions:
        assert text[mention.start:mention.end] == mention.text
        assert mention.start < mention.end
        converted = getattr(mention, "converted", None)
        if converted is not None:
            assert text[converted.start:converted.end] == converted.text
            assert converted.start >= mention.end
    by_kind: dict[str, list] = {}
    for mention in mentions:
        by_kind.setdefault(mention.kind, []).append(mention)
    for same in by_kind.values():
        same = sorted(same, key=lambda m: m.start)
        assert all(a.end <= b.start for a, b in zip(same, same[1:])), [(m.text, m.start, m.end) for m in same]


@settings(max_examples=300, deadline=None)
@given(_article(), st.sampled_from([None, "NZL", "USA", "CHE", "JPN"]))
def test_money_mentions_slice_exactly_and_do_not_overlap(text, subject):
    _assert_sliced_without_overlap(text, find_money(text, subject))


@settings(max_examples=300, deadline=None)
@given(_article())
def test_percent_mentions_slice_exactly_and_do_not_overlap(text):
    _assert_sliced_without_overlap(text, find_percents(text))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789.,-/ $%£\nabdeilmnoprstuvwxyBDMSU()")), max_size=80))
def test_arbitrary_text_slices_exactly(text):
    _assert_sliced_without_overlap(text, find_money(text))
    _assert_sliced_without_overlap(text, find_percents(text))


@settings(max_examples=100, deadline=None)
@given(_article(), st.sampled_from([None, date(1987, 3, 15), date(2024, 3, 1)]))
def test_all_mentions_slice_exactly_and_do_not_overlap_within_a_kind(text, published):
    if all_mentions is None:
        return
    _assert_sliced_without_overlap(text, all_mentions(text, published))
