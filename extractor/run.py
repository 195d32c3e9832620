"""Running extraction over inputs and writing results: what the command does, as a library."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TextIO

from extractor.extract import extract_many
from extractor.inputs import Keys, read_inputs


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
