"""The fast attribute ruler gives exactly what the model's own ruler gives."""
import importlib
import json

from extractor.attributes import fast_ruler
from extractor.pipeline import MODEL_PACKAGES, load_model
from tests.conftest import FIXTURES


def _model():
    for package in MODEL_PACKAGES:
        try:
            return importlib.import_module(package).load(exclude=["ner"])
        except ImportError:
            continue
    raise AssertionError("no model")


def test_same_parts_of_speech_morphology_and_lemmas():
    texts = []
    for name in ("articles.jsonl", "check_articles.jsonl"):
        with (FIXTURES / name).open(encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for line in f]
    texts += ["I ain't gonna say that, but something could've changed.", "Whether or not it rose, he'd sell."]
    original = _model()
    fast = load_model.__wrapped__()
    assert type(fast.get_pipe("attribute_ruler")).__name__ == "AttributeRulerComponent"
    for a, b in zip(original.pipe(texts), fast.pipe(texts)):
        assert [(t.pos_, str(t.morph), t.lemma_) for t in a] == [(t.pos_, str(t.morph), t.lemma_) for t in b], a.text


def test_rulers_with_other_pattern_forms_keep_the_model_ruler():
    ruler = _model().get_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "dlrs", "OP": "+"}]], {"LEMMA": "dollar"})
    assert fast_ruler(ruler) is None
