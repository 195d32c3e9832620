"""End-to-end extraction of the fixture articles the developers wrote (fixtures/)."""
import json

import pytest

from extractor import extract
from tests.conftest import FIXTURES, fixture_articles

EXPECTED = {k: v for k, v in json.loads((FIXTURES / "expected.json").read_text()).items() if not k.startswith("_")}
ARTICLES = fixture_articles()


def _key(fact) -> tuple:
    period = (str(fact.period.start), str(fact.period.end)) if fact.period else None
    return (fact.measure, fact.reporter and fact.reporter.iso3, fact.partner and fact.partner.iso3,
            round(fact.value.amount), fact.value.currency, period)


def _expected_key(e) -> tuple:
    return (e["measure"], e["reporter"], e["partner"], round(e["amount"]), e["currency"],
            tuple(e["period"]) if e["period"] else None)


@pytest.mark.parametrize("article_id", sorted(EXPECTED))
def test_fixture_article_facts(article_id):
    case, article = EXPECTED[article_id], ARTICLES[article_id]
    result = extract(article["text"], published=article["published"], id=article_id, title=article["title"])
    assert result.error is None
    # A product's figure is reported with its product named, apart from the economy's trade.
    got = {_key(f): f for f in result.facts if f.measure in ("export", "import", "total", "balance") and not f.product}
    want = {_expected_key(e): e for e in case["facts"]}
    assert set(got) == set(want), case["exercises"]
    for key, e in want.items():
        fact = got[key]
        assert (fact.change.percent if fact.change else None) == e["change_pct"], key
        assert fact.modality == e.get("modality", "actual"), key
        if "converted" in e:
            assert fact.value.converted.currency == e["converted"]["currency"]
            assert fact.value.converted.amount == pytest.approx(e["converted"]["amount"])
    amounts = {abs(round(f.value.amount)) for f in result.facts if not f.product}
    assert not amounts & set(case["absent"]), "a figure outside the four measures became a fact"


@pytest.mark.parametrize("article_id", sorted(ARTICLES))
def test_fact_offsets_slice_the_text(article_id):
    article = ARTICLES[article_id]
    text = article["text"]
    result = extract(text, published=article["published"], id=article_id, title=article["title"])
    for fact in result.facts:
        assert text[fact.value.start:fact.value.end] == fact.value.text
        assert fact.sentence.start <= fact.value.start < fact.value.end <= fact.sentence.end
        if fact.period and fact.period.span:
            assert text[fact.period.span.start:fact.period.span.end] == fact.period.text
        if fact.change and fact.change.span:
            assert text[fact.change.span.start:fact.change.span.end] == fact.change.text
        assert fact.value.low <= fact.value.amount <= fact.value.high


def test_comparison_figures_are_linked_to_the_reported_one():
    article = ARTICLES["invented-chain"]
    facts = extract(article["text"], published=article["published"], title=article["title"]).facts
    current = next(f for f in facts if f.value.amount == 4.2e9)
    assert current.role == "current"
    assert next(f for f in facts if f.id == current.compared_with).role == "comparison"


def test_bad_input_raises_a_clear_error():
    from extractor import ArticleError

    with pytest.raises(ArticleError, match="empty"):
        extract("   ")
    with pytest.raises(ArticleError, match="impossible publication date"):
        extract("Exports rose.", published="1987-02-30")
