"""Limits that keep one pathological article from stalling or sinking a batch.

A per-article time limit (SIGALRM, so only in a process's main thread: the command
and its worker processes; elsewhere, in threads, it is not enforced), a largest text,
and a longest sentence worth parsing (real sentences are a few hundred characters; a
"sentence" of thousands is a table or a wall of numbers).
"""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager

DEFAULT_TIME_LIMIT = 30.0            # seconds per article, for reading and assembling it
MAX_TEXT_CHARS = 2_000_000           # about 2 MB: far past any news article
MAX_SENTENCE_CHARS = 2_000           # longer "sentences" are not parsed


class ArticleTimeout(Exception):
    """An article took longer than the time limit."""


@contextmanager
def time_limit(seconds: float | None):
    """Raise ArticleTimeout in the block after ``seconds``; a no-op where signals cannot be used."""
    usable = seconds and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def on_alarm(signum, frame):
        raise ArticleTimeout(f"took longer than {seconds:g} s (the per-article time limit)")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
