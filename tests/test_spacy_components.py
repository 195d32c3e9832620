"""The spaCy side: factories registered through the entry point, results on doc._."""
import json

import spacy
from spacy.tokens import DocBin

from extractor.pipeline import load_model

TEXT = ("Cambodian exports to Japan amounted to $237.22 million in 2023, increasing by 15.3%, "
        "while imports from Japan decreased by 4.3%, totalling $88.43 million.")


def test_factories_are_registered_through_the_entry_point():
    factories = spacy.registry.factories.get_all()
    assert "tradefacts_mentions" in factories and "tradefacts_facts" in factories


def test_components_put_facts_on_the_doc_and_survive_docbin():
    nlp = load_model.__wrapped__()  # a fresh pipeline, not the shared cached one
    nlp.add_pipe("tradefacts_mentions")
    nlp.add_pipe("tradefacts_facts")
    doc = nlp(TEXT)
    facts = doc._.trade_facts
    assert [(f["measure"], f["value"]["amount"], f["change"]["percent"]) for f in facts] == [
        ("export", 237220000.0, 15.3), ("import", 88430000.0, -4.3)]
    assert {m["kind"] for m in doc._.trade_mentions} >= {"money", "percent", "economy", "period"}
    restored = list(DocBin(docs=[doc], store_user_data=True).get_docs(nlp.vocab))[0]
    # msgpack gives lists back as tuples; the content must be the same.
    assert json.loads(json.dumps(restored._.trade_facts)) == facts


def test_publication_date_on_the_doc_resolves_relative_periods():
    nlp = load_model.__wrapped__()
    nlp.add_pipe("tradefacts_facts")
    doc = nlp.make_doc("Sweden's trade surplus rose to 3.6 billion crowns last month.")
    doc._.published = "1987-03-14"
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    [fact] = doc._.trade_facts
    assert (fact["period"]["start"], fact["period"]["end"]) == ("1987-02-01", "1987-02-28")


def test_checks_and_shares_on_the_doc_match_the_library():
    from extractor import extract

    text = ("Cambodian exports to Japan amounted to $237.22 million in 2023 and imports from Japan "
            "totalled $88.43 million. Their trade was $325.65 million in 2023, and exports made up "
            "72.8% of that bilateral trade.")
    nlp = load_model.__wrapped__()
    nlp.add_pipe("tradefacts_facts")
    doc = nlp(text)
    expected = extract(text)
    assert doc._.trade_checks == [c.model_dump(mode="json") for c in expected.checks]
    assert {c["rule"] for c in doc._.trade_checks} >= {"total"}
    assert doc._.trade_shares == [s.model_dump(mode="json") for s in expected.shares]
