"""The Dask engine: the same extraction, sharded over a cluster's workers.

The input is cut, as it streams, into shards of a few hundred articles, numbered in
input order. Each shard is one task: a worker (which loads the model once, on its
first shard) extracts it and writes ``shard-NNNNN.jsonl`` into the output folder,
atomically, and/or loads its rows into the database, idempotently. A shard that
failed is run again alone by rerunning with ``resume``: shards whose file is
complete are skipped. Only a few shards per worker are in flight, so the client's
memory stays flat however long the input.

Worker tasks run in threads. The per-article time limit holds there through its
cooperative checkpoints (extractor.limits), as do the size limits; there is no parent
process to end a task that is stuck between two checkpoints.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from extractor.extraction import Article
from extractor.inputs import Keys, read_inputs
from extractor.limits import DEFAULT_TIME_LIMIT
from extractor.run import Counts
from extractor.workers import chunked

SHARD_SIZE = 500
SHARDS_PER_WORKER = 2


@dataclass
class ClusterSummary(Counts):
    shards: int = 0
    skipped: int = 0               # shards already complete, on resume
    failed: list[str] = field(default_factory=list)


def shard_name(index: int) -> str:
    return f"shard-{index:05d}"


def extract_shard(name: str, articles: list[Article], out_dir: str | None, db_url: str | None,
                  time_limit: float | None = DEFAULT_TIME_LIMIT) -> Counts:
    """One task: extract a shard and write its file and/or rows. Runs on a worker."""
    from extractor.extraction import extract_many
    from extractor.store import content_hash

    results = list(extract_many(articles, time_limit=time_limit))
    if out_dir is not None:
        final = Path(out_dir) / f"{name}.jsonl"
        partial = final.with_suffix(".jsonl.part")
        with partial.open("w", encoding="utf-8") as f:
            for result in results:
                f.write(result.model_dump_json() + "\n")
        os.replace(partial, final)  # a shard's file is whole or absent
    if db_url is not None:
        from extractor.store.database import Database

        db = Database(db_url)
        try:
            pairs = [(r, content_hash(a.text, a.published, a.title)) for r, a in zip(results, articles)]
            for batch in chunked(pairs, Database.BATCH):
                db.load(batch)
        finally:
            db.close()
    counts = Counts()
    for result in results:
        counts.add(result)
    return counts


def extract_on_dask(inputs: list[str], client=None, scheduler: str | None = None, out_dir: Path | None = None,
                    db_url: str | None = None, keys: Keys | None = None, published=None, resume: bool = False,
                    shard_size: int = SHARD_SIZE, time_limit: float | None = DEFAULT_TIME_LIMIT,
                    on_missing=None) -> ClusterSummary:
    """Run extraction of ``inputs`` on a Dask cluster: ``client``, or one at ``scheduler``,
    or a local cluster of the machine's cores when neither is given."""
    from distributed import Client, as_completed

    if out_dir is None and db_url is None:
        raise ValueError("the Dask engine writes shard files or database rows: give an output folder or a database")
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    own = client is None
    if own:
        client = Client(scheduler) if scheduler else _local_client()
    summary = ClusterSummary()
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        shards = _shards(read_inputs(inputs, keys, published, on_missing), shard_size)
        window = as_completed()
        limit = workers * SHARDS_PER_WORKER

        def submit_next() -> bool:
            for name, articles in shards:
                summary.shards += 1
                if resume and out_dir is not None and (out_dir / f"{name}.jsonl").exists():
                    summary.skipped += 1
                    continue
                window.add(client.submit(extract_shard, name, articles, str(out_dir) if out_dir else None,
                                         db_url, time_limit, key=f"tradefacts-{name}-{os.getpid()}", retries=1, pure=False))
                return True
            return False

        for _ in range(limit):
            if not submit_next():
                break
        for future in window:
            try:
                summary.merge(future.result())
            except Exception:
                summary.failed.append(future.key.split("-")[1] + "-" + future.key.split("-")[2])
            submit_next()
    finally:
        if own:
            client.close()
    summary.failed.sort()
    return summary


def collect(out_dir: Path) -> Iterator[str]:
    """The shard files' lines in input order: the single-process output, reassembled."""
    for path in sorted(out_dir.glob("shard-*.jsonl")):
        with path.open(encoding="utf-8") as f:
            yield from f


def _shards(articles: Iterable[Article], size: int) -> Iterator[tuple[str, list[Article]]]:
    for index, chunk in enumerate(chunked(articles, size)):
        yield shard_name(index), chunk


def _local_client():
    from distributed import Client, LocalCluster

    from extractor.workers import default_workers

    return Client(LocalCluster(n_workers=default_workers(), threads_per_worker=1, processes=True))
