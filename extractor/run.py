"""Running extraction over inputs and writing results: what the command does, as a library."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TextIO

from extractor.extract import Article, extract_many
from extractor.inputs import Keys, Unreadable, read_inputs
from models import ArticleResult


@dataclass
class Summary:
    articles: int = 0
    facts: int = 0
    errors: int = 0


def results_for(items: Iterable[Article | Unreadable], nlp=None) -> Iterator[ArticleResult]:
    """Results in input order; unreadable items become error results in their place."""
    buffer: list[Article | Unreadable] = []

    def articles_only():
        for item in items:
            if isinstance(item, Unreadable):
                buffer.append(item)
            else:
                yield item

    # Unreadable items are interleaved as they come, ahead of the next good article's result.
    for result in extract_many(articles_only(), nlp=nlp):
        while buffer:
            bad = buffer.pop(0)
            yield ArticleResult(id=bad.id, error=bad.error)
        yield result
    while buffer:
        bad = buffer.pop(0)
        yield ArticleResult(id=bad.id, error=bad.error)


def run_extract(inputs: list[str], out: TextIO, keys: Keys | None = None, published=None) -> Summary:
    summary = Summary()
    for result in results_for(read_inputs(inputs, keys, published)):
        out.write(result.model_dump_json() + "\n")
        summary.articles += 1
        summary.facts += len(result.facts)
        summary.errors += result.error is not None
    return summary
