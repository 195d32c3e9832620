"""Extraction in worker processes that the parent supervises.

The parent loads the model, then forks the workers, which so start at once with it.
Each worker takes a chunk of articles at a time and reports as it goes: when it starts
reading an article and each result. Only a bounded number of chunks is in flight, so
however long the input, memory stays flat; results come back in input order.

The parent owns the workers' lives, which is what makes the batch hold up:
- A worker that stays silent for longer than the per-article time limit (plus a
  grace for the cooperative checkpoints to fire first) is ended, whatever its code was
  doing; a worker that dies (killed, out of memory) is noticed the same moment.
  Either way the articles of its chunk without a result are run again one at a time,
  each by a fresh worker, and an article that overruns or kills its worker alone gets
  an error result.
- At the end the workers are told to stop and are joined, and at an interrupt or an
  error they are ended, before the parent returns: no process, pipe or thread of the
  pool outlives the run, so the interpreter's exit has nothing left to tidy.
- Workers ignore Ctrl-C (the terminal sends it to the whole group): the parent
  decides what an interrupt ends. They also die with the parent, should it be killed.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import multiprocessing
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from multiprocessing.connection import wait

from extractor.extraction import Article, extract_many
from extractor.limits import DEFAULT_TIME_LIMIT, timeout_message
from models import ArticleResult

CHUNK_SIZE = 32           # articles per task: enough to batch the parser, small enough to stream
IN_FLIGHT_PER_WORKER = 3  # chunks read ahead per worker, so none waits for work
HEARTBEAT = 0.25          # seconds a worker may go on without telling the parent it is alive
GRACE = 2.0               # seconds past the limit before a silent worker is ended (> HEARTBEAT)
STOP_WAIT = 2.0           # seconds a worker gets to stop by itself at the end
_DIED = "the worker process died on this article (killed or out of memory)"

# The results of the chunks read and not yet yielded, by chunk number in input order;
# None where an article's result has not come back yet.
_Flight = dict[int, list[ArticleResult | None]]


def default_workers() -> int:
    """The machine's cores, as the scheduler allows this process to use them."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def extract_parallel(articles: Iterable[Article], workers: int, time_limit: float | None = DEFAULT_TIME_LIMIT,
                     chunk_size: int = CHUNK_SIZE) -> Iterator[ArticleResult]:
    """Results of ``extract_many`` over the articles, computed by ``workers`` processes, in order."""
    pool = WorkerPool(max(1, workers), time_limit)
    try:
        yield from pool.results(chunked(articles, chunk_size))
    finally:
        pool.close()


@dataclass
class _Task:
    """Articles of one chunk for one worker: the whole chunk, or one article of it run alone."""

    chunk: int            # the chunk's number in input order
    offset: int           # where the task's first article is in the chunk
    articles: list[Article]
    alone: bool = False


class _Worker:
    def __init__(self, context, time_limit: float | None):
        here, there = context.Pipe()
        self.process = context.Process(target=_serve, args=(there, os.getpid(), time_limit), daemon=True)
        # Ctrl-C is held back while the worker is forked, so that it is born ignoring it.
        held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            self.process.start()
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, held)
        there.close()
        self.conn = here
        self.task: _Task | None = None
        self.heard = time.monotonic()  # when it last said something, or was given its task

    def give(self, task: _Task) -> None:
        self.task, self.heard = task, time.monotonic()
        self.conn.send(task.articles)

    def end(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


class WorkerPool:
    """``size`` supervised worker processes; ``results`` maps chunks of articles to results."""

    def __init__(self, size: int, time_limit: float | None):
        methods = multiprocessing.get_all_start_methods()
        self.context = multiprocessing.get_context("fork" if "fork" in methods else None)
        self.size, self.time_limit = size, time_limit
        self.workers: list[_Worker] = []

    def results(self, chunks: Iterator[list[Article]]) -> Iterator[ArticleResult]:
        flight: _Flight = {}
        todo: deque[_Task] = deque()             # tasks waiting for a worker
        retries: deque[_Task] = deque()          # single articles to run again, before anything else
        numbers = iter(range(sys.maxsize))
        next_out, exhausted = 0, False
        while True:
            while not exhausted and len(flight) < self.size * IN_FLIGHT_PER_WORKER:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                n = next(numbers)
                flight[n] = [None] * len(chunk)
                todo.append(_Task(n, 0, chunk))
            while next_out in flight and None not in flight[next_out]:
                yield from flight.pop(next_out)
                next_out += 1
            if exhausted and not flight:
                return
            self._assign(retries, todo)
            self._listen(flight, retries)

    def _assign(self, retries: deque[_Task], todo: deque[_Task]) -> None:
        while retries or todo:
            idle = next((w for w in self.workers if w.task is None), None)
            if idle is None and len(self.workers) < self.size:
                from extractor.pipeline import load_model

                load_model()  # in the parent, before the fork: every worker, first or replacement, has it at once
                idle = _Worker(self.context, self.time_limit)
                self.workers.append(idle)
            if idle is None:
                return
            queue = retries or todo
            task = queue.popleft()
            try:
                idle.give(task)
            except OSError:  # it died idle: replace it and give the task to another
                idle.task = None
                idle.end()
                self.workers.remove(idle)
                queue.appendleft(task)

    def _listen(self, flight: _Flight, retries: deque[_Task]) -> None:
        """Wait for the busy workers to say something, die, or run out of time."""
        busy = [w for w in self.workers if w.task is not None]
        if not busy:
            return
        waits = [w.conn for w in busy] + [w.process.sentinel for w in busy]
        ready = set(wait(waits, timeout=self._patience(busy)))
        for worker in busy:
            if worker.conn in ready:
                self._read(worker, flight, retries)
            elif worker.process.sentinel in ready:
                self._lost(worker, flight, retries, _DIED)
        if self.time_limit is None:
            return
        now = time.monotonic()
        for worker in busy:
            if worker.task is not None and now - worker.heard > self.time_limit + GRACE:
                self._lost(worker, flight, retries, timeout_message(self.time_limit))

    def _patience(self, busy: list[_Worker]) -> float | None:
        if self.time_limit is None or not busy:
            return None
        due = min(w.heard for w in busy) + self.time_limit + GRACE
        return max(0.0, due - time.monotonic()) + 0.01

    def _read(self, worker: _Worker, flight: _Flight, retries: deque[_Task]) -> None:
        try:
            while worker.conn.poll():
                message = worker.conn.recv()
                worker.heard = time.monotonic()
                if message is None:          # the task is done
                    worker.task = None
                    return
                first, results = message     # no results: it is alive, taking up an article
                task = worker.task
                for k, result in enumerate(results):
                    flight[task.chunk][task.offset + first + k] = result
        except (EOFError, OSError):
            self._lost(worker, flight, retries, _DIED)

    def _lost(self, worker: _Worker, flight: _Flight, retries: deque[_Task], why: str) -> None:
        """A worker died or overran: end it; run its unfinished articles again, alone, or give up on them."""
        task, worker.task = worker.task, None
        worker.end()
        self.workers.remove(worker)
        if task is None:
            return
        chunk = flight[task.chunk]
        for k, article in enumerate(task.articles):
            position = task.offset + k
            if chunk[position] is not None:
                continue
            if task.alone:
                chunk[position] = ArticleResult(id=article.id, published=article.published, error=why)
            else:
                retries.append(_Task(task.chunk, position, [article], alone=True))

    def close(self) -> None:
        """Stop the idle workers, end the busy ones, and wait for all of them."""
        for worker in self.workers:
            if worker.task is None:
                try:
                    worker.conn.send(None)
                except OSError:
                    pass
        deadline = time.monotonic() + STOP_WAIT
        for worker in self.workers:
            if worker.task is None:
                worker.process.join(max(0.0, deadline - time.monotonic()))
            worker.end()
        self.workers.clear()


def _serve(conn, parent: int, time_limit: float | None) -> None:
    """A worker's life: take chunks until told to stop (None) or the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    _die_with_parent(parent)
    code = 0
    try:
        from extractor.pipeline import load_model

        nlp = load_model()
        while True:
            articles = conn.recv()
            if articles is None:
                break
            reporter = _Reporter(conn)
            for result in extract_many(reporter.announced(articles), nlp, time_limit=time_limit):
                reporter.add(result)
            reporter.done()
    except (EOFError, OSError):
        pass  # the parent is gone or ended the pool
    except BaseException:  # extract_many keeps an article's failure to its result; this is not that
        code = 1           # the parent sees the death and runs the articles again alone
    finally:
        conn.close()
    # Leave without the interpreter's exit handlers: the parent owns the pool's resources.
    os._exit(code)


class _Reporter:
    """What a worker tells the parent about its task, as ``(first, results)`` messages:
    the results of the task's articles from position ``first`` on, or none, which says
    only that the worker is alive and taking up an article; ``None`` ends the task.

    A message per article would cost the parent more than most articles' work, so the
    worker speaks when ``HEARTBEAT`` seconds have passed since it last did (that bounds
    the silence the parent's watchdog sees) and at the end of the task.
    """

    def __init__(self, conn):
        self.conn = conn
        self.said = time.monotonic()
        self.sent = 0                                # results sent so far
        self.waiting: list[ArticleResult] = []

    def announced(self, articles: list[Article]) -> Iterator[Article]:
        for article in articles:
            if self._due():
                self._send()
            yield article

    def add(self, result: ArticleResult) -> None:
        self.waiting.append(result)
        if self._due():
            self._send()

    def done(self) -> None:
        self._send()
        self.conn.send(None)

    def _due(self) -> bool:
        return time.monotonic() - self.said >= HEARTBEAT

    def _send(self) -> None:
        self.conn.send((self.sent, self.waiting))
        self.sent += len(self.waiting)
        self.waiting = []
        self.said = time.monotonic()


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


def chunked(items: Iterable, size: int) -> Iterator[list]:
    """Lists of ``size`` items (the last one shorter), taken from a stream as it goes."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk
