"""Limits that keep one pathological article from stalling or sinking a batch.

A per-article time limit, a largest text, and a longest sentence worth parsing (real
sentences are a few hundred characters; a "sentence" of thousands is a table or a
wall of numbers).

The time limit is kept in two ways. Within a process it is cooperative: the loops that
grow with an article (its sentences as they are selected, parsed and assembled) ask a
``Deadline`` whether the article's time is up, and stop it there with ArticleTimeout.
An exception sent by a signal would land wherever the interpreter happens to be, and
where that is a garbage-collector callback or a ``__del__`` Python swallows it and the
work runs on; a checkpoint raises only where stopping is safe. Around that, a batch's
worker processes are watched by their parent (extractor.workers), which ends a worker
that stays silent past the limit, whatever the code is doing.
"""
from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

DEFAULT_TIME_LIMIT = 30.0            # seconds per article, for reading, parsing and assembling it
MAX_TEXT_CHARS = 2_000_000           # about 2 MB: far past any news article
MAX_SENTENCE_CHARS = 2_000           # longer "sentences" are not parsed


class ArticleTimeout(Exception):
    """An article took longer than the time limit."""


def timeout_message(seconds: float) -> str:
    return f"took longer than {seconds:g} s (the per-article time limit)"


class Deadline:
    """The time one article's work may take, counted only while that work runs.

    An article's stages are interleaved with other articles' (its sentences are parsed
    in a batch with theirs), so time is charged to it while it is ``counting`` or by
    ``charge``; ``check`` raises ArticleTimeout once the charged time passes the limit.
    ``seconds=None`` is no limit.
    """

    __slots__ = ("seconds", "spent", "_since")

    def __init__(self, seconds: float | None):
        self.seconds = seconds
        self.spent = 0.0
        self._since: float | None = None

    @contextmanager
    def counting(self) -> Iterator[Deadline]:
        self._since = time.monotonic()
        try:
            yield self
        finally:
            self.spent += time.monotonic() - self._since
            self._since = None

    def charge(self, seconds: float) -> None:
        self.spent += seconds

    @property
    def passed(self) -> bool:
        if self.seconds is None:
            return False
        running = time.monotonic() - self._since if self._since is not None else 0.0
        return self.spent + running > self.seconds

    def check(self) -> None:
        """A checkpoint: raise ArticleTimeout if the article's time is up."""
        if self.passed:
            raise ArticleTimeout(timeout_message(self.seconds))


NO_DEADLINE = Deadline(None)
