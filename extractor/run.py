"""Running extraction over inputs and writing results: what the command does, as a library."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, TextIO

from extractor.extract import extract_many
from extractor.inputs import Keys, read_inputs
from models import ArticleResult


@dataclass
class Summary:
    articles: int = 0
    facts: int = 0
    errors: int = 0


def run_extract(inputs: list[str], out: TextIO, keys: Keys | None = None, published=None) -> Summary:
    summary = Summary()
    for result in extract_many(read_inputs(inputs, keys, published)):
        out.write(result.model_dump_json() + "\n")
        summary.articles += 1
        summary.facts += len(result.facts)
        summary.errors += result.error is not None
    return summary


@dataclass
class CheckSummary:
    articles: int = 0
    checks: int = 0
    inconsistencies: int = 0
    inconsistent_articles: int = 0
    errors: int = 0

    @property
    def exit_code(self) -> int:
        """1 when an article's figures disagree, 2 when an article could not be read, else 0."""
        if self.inconsistencies:
            return 1
        return 2 if self.errors else 0


def run_check(inputs: list[str], show: Callable[[ArticleResult], None], keys: Keys | None = None,
              published=None) -> CheckSummary:
    """Extract and check every input article, hand each result to ``show``, and count."""
    summary = CheckSummary()
    for result in extract_many(read_inputs(inputs, keys, published)):
        show(result)
        bad = sum(c.status == "inconsistent" for c in result.checks)
        summary.articles += 1
        summary.checks += len(result.checks)
        summary.inconsistencies += bad
        summary.inconsistent_articles += bad > 0
        summary.errors += result.error is not None
    return summary
