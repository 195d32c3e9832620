"""A whole dump into a database with the command, as a user runs it: rate and peak memory.

Runs ``tradefacts extract DUMP --db URL`` (default workers unless --workers is given)
as a child process, samples the resident memory of it and its worker processes every
0.2 s from /proc, and prints the articles per second, the peak memory of the whole
process tree and of its largest process, and the database's row counts.

usage: python benchmarks/batch_load.py [DUMP] [--db URL] [--workers N] [--kill-at F]
       (default DUMP: ../shared/corpus/reuters-dev.jsonl.gz, default URL: a fresh SQLite file)

With --kill-at 0.5 the run is killed (SIGKILL) once half the articles are in the
database, resumed with --resume, and the result compared with an uninterrupted load.
"""
import argparse
import gzip
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _tree_rss(pid: int) -> tuple[int, int]:
    """(total, largest) resident set size in bytes of a process and its descendants."""
    sizes = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            ppid, rss_pages = int(stat[1]), int(stat[21])
        except (OSError, IndexError, ValueError):
            continue
        sizes.append((int(entry.name), ppid, rss_pages * os.sysconf("SC_PAGE_SIZE")))
    children = {pid}
    changed = True
    while changed:
        changed = False
        for p, parent, _ in sizes:
            if parent in children and p not in children:
                children.add(p)
                changed = True
    mine = [rss for p, _, rss in sizes if p in children]
    return sum(mine), max(mine, default=0)


def _load(dump: str, url: str, workers: int | None, extra: list[str], stop_when=None):
    cmd = [sys.executable, "-m", "extractor.cli", "extract", dump, "--db", url, "-q", *extra]
    if workers:
        cmd += ["--workers", str(workers)]
    started = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=ROOT)
    peak_total = peak_one = 0
    while proc.poll() is None:
        total, one = _tree_rss(proc.pid)
        peak_total, peak_one = max(peak_total, total), max(peak_one, one)
        if stop_when and stop_when():
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            break
        time.sleep(0.2)
    return proc.returncode, time.monotonic() - started, peak_total, peak_one


def _count(path: str) -> int:
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return sum(1 for _ in f)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dump", nargs="?", default=str(ROOT.parent / "shared/corpus/reuters-dev.jsonl.gz"))
    ap.add_argument("--db", help="database URL (default: a new SQLite file in a temporary folder)")
    ap.add_argument("--workers", type=int)
    ap.add_argument("--kill-at", type=float, help="kill the run at this fraction of the articles, then resume")
    args = ap.parse_args()
    if not Path(args.dump).exists():
        sys.exit(f"{args.dump} is absent: this benchmark needs the shared corpus or a dump of your own")
    sys.path.insert(0, str(ROOT))
    from extractor.store import Database

    tmp = tempfile.mkdtemp(prefix="tradefacts-bench-")
    url = args.db or f"sqlite:///{tmp}/facts.db"
    total = _count(args.dump)
    code, seconds, peak_total, peak_one = _load(args.dump, url, args.workers, [])
    print(f"{total} articles in {seconds:.1f} s: {total / seconds:.1f} articles/s (exit {code}, model loading included)")
    print(f"peak memory: {peak_total / 2**20:.0f} MiB for the process tree, {peak_one / 2**20:.0f} MiB the largest process")
    db = Database(url)
    whole = db.counts()
    print("rows: " + ", ".join(f"{k} {v}" for k, v in whole.items()))
    if args.kill_at:
        part_url = f"sqlite:///{tmp}/part.db"
        part = Database(part_url)
        target = int(total * args.kill_at)
        _load(args.dump, part_url, args.workers, [], stop_when=lambda: part.article_count() >= target)
        killed_at = part.counts()["articles"]
        code, seconds, _, _ = _load(args.dump, part_url, args.workers, ["--resume"])
        same = _dump_all(db) == _dump_all(part)
        print(f"killed after {killed_at} articles, resumed (exit {code}, {seconds:.1f} s): "
              f"{'the same database as the uninterrupted run' if same else 'DIFFERENT from the uninterrupted run'}")


def _dump_all(db) -> dict:
    from sqlalchemy import text

    with db.engine.connect() as conn:
        return {t: sorted(tuple(r) for r in conn.execute(text(f"SELECT * FROM {t}")))
                for t in ("articles", "facts", "shares", "checks", "errors")}


if __name__ == "__main__":
    main()
