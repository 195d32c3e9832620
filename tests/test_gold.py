"""Accuracy on the hand-checked gold facts in ../shared, scored by ../shared/eval/score.py.

The acceptance bar of the extraction issue: full-level F1 at least 0.90 and
value-level F1 at least 0.95 on seeds and Reuters dev together; every seed fact right.
"""
import importlib.util
import json

import pytest

from extractor.extraction import Article, extract_many, parse_published
from tests.conftest import shared_path


def _scorer():
    spec = importlib.util.spec_from_file_location("score", shared_path("eval", "score.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _predictions(articles) -> dict:
    return {r.id: json.loads(r.model_dump_json()) for r in extract_many(articles)}


def _seed_articles():
    return [Article(id=p.stem, text=p.read_text(encoding="utf-8")) for p in sorted(shared_path("corpus", "seeds").glob("*.txt"))]


def _reuters_gold_articles(gold_ids):
    out = []
    with shared_path("corpus", "reuters-trade-dev.jsonl").open(encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            if record["id"] in gold_ids:
                out.append(Article(id=record["id"], text=record["text"], title=record.get("title"),
                                   published=parse_published(record.get("published"))))
    return out


@pytest.fixture(scope="module")
def scored():
    score = _scorer()
    gold = score.load_gold([shared_path("gold", "seeds"), shared_path("gold", "reuters-dev")])
    articles = _seed_articles() + _reuters_gold_articles(set(gold))
    return score, gold, _predictions(articles)


def test_dev_gold_meets_the_bar(scored):
    score, gold, pred = scored
    result = score.score(gold, pred)
    assert result["value"]["f1"] >= 0.95, result["value"]
    assert result["full"]["f1"] >= 0.90, result["full"]


def test_every_seed_fact_is_right(scored):
    score, gold, pred = scored
    seeds = {k: v for k, v in gold.items() if not k.startswith("reuters")}
    result = score.score(seeds, pred)
    assert result["full"]["precision"] == 1.0 and result["full"]["recall"] == 1.0, result["per_article"]
