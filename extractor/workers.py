"""Extraction in worker processes: each loads the model once and takes chunks of articles.

Chunks go out a few at a time, so however long the input, only a bounded number of
articles is in memory; results come back in input order. A worker that dies (killed,
out of memory) costs only its chunk's articles a retry: the chunk is run again one
article at a time, and an article that kills its worker again gets an error result.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice

from extractor.extract import Article, extract_many
from extractor.limits import DEFAULT_TIME_LIMIT
from models import ArticleResult

CHUNK_SIZE = 32          # articles per task: enough to batch the parser, small enough to stream
IN_FLIGHT_PER_WORKER = 3  # chunks queued per worker, so none waits for work


def default_workers() -> int:
    """The machine's cores, as the scheduler allows this process to use them."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def extract_parallel(articles: Iterable[Article], workers: int, time_limit: float | None = DEFAULT_TIME_LIMIT,
                     chunk_size: int = CHUNK_SIZE) -> Iterator[ArticleResult]:
    """Results of ``extract_many`` over the articles, computed by ``workers`` processes, in order."""
    if workers <= 1:
        yield from extract_many(articles, time_limit=time_limit)
        return
    chunks = chunked(articles, chunk_size)
    pool = _pool(workers)
    pending: deque = deque()
    try:
        for chunk in islice(chunks, workers * IN_FLIGHT_PER_WORKER):
            pending.append((chunk, pool.submit(_work, chunk, time_limit)))
        while pending:
            chunk, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _pool(workers)
                results = []
                for article in chunk:
                    results_one, pool = _alone(pool, workers, article, time_limit)
                    results.extend(results_one)
                # The chunks queued behind it died with the pool: send them again.
                pending = deque((c, pool.submit(_work, c, time_limit)) for c, _ in pending)
            yield from results
            nxt = next(chunks, None)
            if nxt is not None:
                pending.append((nxt, pool.submit(_work, nxt, time_limit)))
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _alone(pool, workers, article: Article, time_limit):
    try:
        return pool.submit(_work, [article], time_limit).result(), pool
    except BrokenProcessPool:
        pool.shutdown(wait=False, cancel_futures=True)
        error = ArticleResult(id=article.id, published=article.published,
                              error="the worker process died on this article (killed or out of memory)")
        return [error], _pool(workers)


def _pool(workers: int) -> ProcessPoolExecutor:
    # fork shares the imported code and tables with the workers; each loads the model once.
    context = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None
    return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_init_worker,
                               initargs=(os.getpid(),))


def _init_worker(parent: int) -> None:
    """Die with the parent (a killed run must not leave workers behind), then load the model."""
    _die_with_parent(parent)
    from extractor.pipeline import load_model

    load_model()


def _die_with_parent(parent: int) -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


_PR_SET_PDEATHSIG = 1


def _work(chunk: list[Article], time_limit: float | None) -> list[ArticleResult]:
    return list(extract_many(chunk, time_limit=time_limit))


def chunked(items: Iterable, size: int) -> Iterator[list]:
    """Lists of ``size`` items (the last one shorter), taken from a stream as it goes."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk
