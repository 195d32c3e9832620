"""Running extraction over inputs into JSON lines or a database: what the commands do, as a library.

``run_extract`` streams articles from the inputs through the workers and into the
outputs, counting as it goes; with ``resume`` it skips what the outputs already hold,
so an interrupted run continues where it stopped and nothing is done twice.
"""
from __future__ import annotations

import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from extractor.extraction import Article, extract_many
from extractor.inputs import Keys, read_inputs
from extractor.limits import DEFAULT_TIME_LIMIT
from extractor.store import JsonLines, content_hash
from extractor.workers import chunked, extract_parallel
from models import ArticleResult

if TYPE_CHECKING:  # the database layer (SQLAlchemy) is imported only by runs that use one
    from extractor.store.database import Database

@dataclass
class Counts:
    """What a run (or one Dask shard of it) produced."""

    articles: int = 0
    facts: int = 0
    errors: int = 0
    inconsistent: int = 0          # articles with an inconsistency

    def add(self, result: ArticleResult) -> None:
        self.articles += 1
        self.facts += len(result.facts)
        self.errors += result.error is not None
        self.inconsistent += any(c.status == "inconsistent" for c in result.checks)

    def merge(self, other: Counts) -> None:
        self.articles += other.articles
        self.facts += other.facts
        self.errors += other.errors
        self.inconsistent += other.inconsistent


@dataclass
class Summary(Counts):
    skipped: int = 0               # already done, on resume
    started: float = field(default_factory=time.monotonic)

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds > 0 else 0.0


def run_extract(inputs: list[str], out: JsonLines | None = None, db: Database | None = None,
                keys: Keys | None = None, published=None, workers: int = 1, resume: bool = False,
                time_limit: float | None = DEFAULT_TIME_LIMIT,
                progress: Callable[[Summary], None] | None = None,
                on_missing: Callable[[str], None] | None = None) -> Summary:
    """Extract every input article into ``out`` and/or ``db``; the counts of the run."""
    summary = Summary()
    # The content hash keys an article's rows in a database; a run without one needs none.
    pairs: Iterable[tuple[Article, str | None]] = (
        (a, content_hash(a.text, a.published, a.title) if db is not None else None)
        for a in read_inputs(inputs, keys, published, on_missing))
    if resume:
        pairs = _not_done(pairs, out, db, summary)
    digests: deque[str | None] = deque()  # the hashes of the articles handed to the workers, in order

    def articles() -> Iterator[Article]:
        for article, digest in pairs:
            digests.append(digest)
            yield article

    batch: list[tuple[ArticleResult, str]] = []
    try:
        with closing(extract_parallel(articles(), workers, time_limit)) as results:
            for result in results:
                digest = digests.popleft()
                with interrupts_held():  # a line and a batch are written whole, or not at all
                    if out is not None:
                        out.write(result)
                    if db is not None:
                        batch.append((result, digest))
                        if len(batch) >= db.BATCH:
                            db.load(batch)
                            batch.clear()
                summary.add(result)
                if progress:
                    progress(summary)
        if db is not None and batch:
            with interrupts_held():
                db.load(batch)
    finally:
        if out is not None:
            out.flush()
    return summary


@contextmanager
def interrupts_held() -> Iterator[None]:
    """Hold Ctrl-C back until the block is done, then deliver it.

    An interrupt then stops a run between two results, never inside a write: the
    JSON-lines file ends with a whole line and the database with a whole batch.
    """
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread receives signals
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught and callable(previous):
        previous(signal.SIGINT, None)


def _not_done(pairs: Iterable[tuple[Article, str]], out: JsonLines | None, db: Database | None,
              summary: Summary) -> Iterator[tuple[Article, str]]:
    """The (article, hash) pairs the outputs do not hold yet (a database: not with that hash)."""
    for chunk in chunked(pairs, 500):
        stored = db.stored_hashes(a.id for a, _ in chunk) if db is not None else {}
        for article, digest in chunk:
            in_db = db is None or stored.get(article.id) == digest
            in_file = out is None or article.id in out.done
            if in_db and in_file:
                summary.skipped += 1
            else:
                yield article, digest


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


def run_check(inputs: list[str], show: Callable[[ArticleResult, Article], None], keys: Keys | None = None,
              published=None, on_missing: Callable[[str], None] | None = None) -> CheckSummary:
    """Extract and check every input article, hand each result with its article to ``show``, and count.

    The article comes along so that a proof sheet can mark its text without reading
    the inputs again (standard input cannot be read twice).
    """
    summary = CheckSummary()
    handed: deque[Article] = deque()  # read, and not yet paired with their result

    def articles() -> Iterator[Article]:
        for article in read_inputs(inputs, keys, published, on_missing):
            handed.append(article)
            yield article

    # extract_many yields one result per article, in input order.
    for result in extract_many(articles()):
        show(result, handed.popleft())
        bad = sum(c.status == "inconsistent" for c in result.checks)
        summary.articles += 1
        summary.checks += len(result.checks)
        summary.inconsistencies += bad
        summary.inconsistent_articles += bad > 0
        summary.errors += result.error is not None
    return summary
