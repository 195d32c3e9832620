"""Running extraction over inputs into JSON lines or a database: what the commands do, as a library.

``run_extract`` streams articles from the inputs through the workers and into the
outputs, counting as it goes; with ``resume`` it skips what the outputs already hold,
so an interrupted run continues where it stopped and nothing is done twice.
"""
from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from extractor.extract import Article, extract_many
from extractor.inputs import Keys, read_inputs
from extractor.limits import DEFAULT_TIME_LIMIT
from extractor.store import Database, JsonLines, content_hash
from extractor.workers import extract_parallel
from models import ArticleResult

DB_BATCH = 200  # articles per database transaction


@dataclass
class Summary:
    articles: int = 0
    facts: int = 0
    errors: int = 0
    inconsistent: int = 0          # articles with an inconsistency
    skipped: int = 0               # already done, on resume
    started: float = field(default_factory=time.monotonic)

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds > 0 else 0.0

    def add(self, result: ArticleResult) -> None:
        self.articles += 1
        self.facts += len(result.facts)
        self.errors += result.error is not None
        self.inconsistent += any(c.status == "inconsistent" for c in result.checks)


def run_extract(inputs: list[str], out: JsonLines | None = None, db: Database | None = None,
                keys: Keys | None = None, published=None, workers: int = 1, resume: bool = False,
                time_limit: float | None = DEFAULT_TIME_LIMIT,
                progress: Callable[[Summary], None] | None = None) -> Summary:
    """Extract every input article into ``out`` and/or ``db``; the counts of the run."""
    summary = Summary()
    articles: Iterable[Article] = read_inputs(inputs, keys, published)
    if resume:
        articles = _not_done(articles, out, db, summary)
    digests: deque[str] = deque()

    def hashed(stream: Iterable[Article]) -> Iterator[Article]:
        for article in stream:
            digests.append(content_hash(article.text, article.published, article.title))
            yield article

    batch: list[tuple[ArticleResult, str]] = []
    try:
        for result in extract_parallel(hashed(articles), workers, time_limit):
            digest = digests.popleft()
            if out is not None:
                out.write(result)
            if db is not None:
                batch.append((result, digest))
                if len(batch) >= DB_BATCH:
                    db.load(batch)
                    batch.clear()
            summary.add(result)
            if progress:
                progress(summary)
        if db is not None and batch:
            db.load(batch)
    finally:
        if out is not None:
            out.flush()
    return summary


def _not_done(articles: Iterable[Article], out: JsonLines | None, db: Database | None,
              summary: Summary) -> Iterator[Article]:
    """The articles the outputs do not hold yet (for a database: not with the same content)."""
    it = iter(articles)
    while chunk := list(islice(it, 500)):
        stored = db.stored_hashes(a.id for a in chunk) if db is not None else {}
        for article in chunk:
            in_db = db is None or stored.get(article.id) == content_hash(article.text, article.published,
                                                                         article.title)
            in_file = out is None or article.id in out.done
            if in_db and in_file:
                summary.skipped += 1
            else:
                yield article


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
