"""Score the extractor on the modern-news development set, half by half.

The texts are other people's words, so they stay out of the repository: they live in a
local, ignored cache (``.cache/news/texts/<id>.txt``), filled with the search tool from
each article's manifest (its URL and the query that finds the page; see README.md here).
What the repository holds is the manifests and the gold facts. This script extracts
whatever part of the set is in the cache, with each article's publication date, and
scores each half of the split (split.py) with ../shared/eval/score.py, so that a change
is judged on the half we work from and, separately, on the half we only score.

usage: python benchmarks/news/score_news.py [--cache DIR] [--half work|score|both] [--prefix P] [--ids FILE] [--verbose] [--alarms]
"""
import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from split import half  # noqa: E402  (beside this script)

# Where the set's articles are described: (manifests, gold facts). The first is the
# careful gold the project was handed; ours, as it is written, goes in the second.
SOURCES = [
    (SHARED / "gold" / "modern-dev" / "manifest", SHARED / "gold" / "modern-dev"),
    (HERE / "manifest", HERE / "gold"),
]


def articles(cache: Path) -> list[dict]:
    """Every manifest entry whose text is in the cache, with its gold file's path."""
    found = []
    for manifests, gold in SOURCES:
        for path in sorted(manifests.glob("*.json")) if manifests.is_dir() else []:
            entry = json.loads(path.read_text(encoding="utf-8"))
            text = cache / f"{entry['id']}.txt"
            if text.exists() and (gold / path.name).exists():
                found.append(dict(entry, text_path=text, gold_path=gold / path.name))
    return found


def predict(entries: list[dict], out: Path) -> None:
    from extractor.extraction import Article, extract_many, parse_published

    batch = [Article(id=e["id"], text=e["text_path"].read_text(encoding="utf-8"),
                     published=parse_published(e.get("published"))) for e in entries]
    with out.open("w", encoding="utf-8") as f:
        for result in extract_many(batch):
            f.write(result.model_dump_json() + "\n")


def score(entries: list[dict], pred: Path, verbose: bool) -> str:
    """score.py's output over these entries' gold files only: its field accuracies and summary."""
    with tempfile.TemporaryDirectory(prefix="tradefacts-news-gold-") as folder:
        for e in entries:
            shutil.copy(e["gold_path"], Path(folder) / e["gold_path"].name)
        args = [sys.executable, str(SHARED / "eval" / "score.py"), "--gold", folder, "--pred", str(pred)]
        done = subprocess.run(args + (["--verbose"] if verbose else []), capture_output=True, text=True)
        return done.stdout if verbose else "\n".join(done.stdout.strip().splitlines()[-2:])


def alarms(entries: list[dict], pred: Path, name_them: bool) -> str:
    """Articles the checker calls inconsistent though their gold lists no inconsistency:
    the checker's false alarms, with the rules that raised them where ``name_them`` (the
    work half only: the score half's are counted, not read)."""
    flagged = {}
    for line in pred.read_text(encoding="utf-8").splitlines():
        result = json.loads(line)
        rules = sorted({c["rule"] for c in result.get("checks", []) if c["status"] == "inconsistent"})
        if rules:
            flagged[result["id"]] = rules
    false = []
    for e in entries:
        gold = json.loads(e["gold_path"].read_text(encoding="utf-8"))
        if e["id"] in flagged and not gold.get("inconsistencies"):
            false.append(f"{e['id']} ({', '.join(flagged[e['id']])})")
    named = ": " + "; ".join(false) if false and name_them else ""
    return f"false alarms: {len(false)} of {len(entries)} articles" + named


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, default=ROOT / ".cache" / "news" / "texts")
    ap.add_argument("--half", choices=("work", "score", "both"), default="both")
    ap.add_argument("--prefix", default="", help="only articles whose id starts so (md-: the set handed over)")
    ap.add_argument("--ids", type=Path, help="a file of article ids, one a line: score only those")
    ap.add_argument("--verbose", action="store_true", help="score.py's list of missed and spurious facts")
    ap.add_argument("--alarms", action="store_true",
                    help="also count the checker's false alarms: articles it calls inconsistent whose gold lists none")
    args = ap.parse_args()
    if not (SHARED / "eval" / "score.py").exists():
        sys.exit(f"{SHARED / 'eval' / 'score.py'} is absent: the scorer comes with ../shared")
    entries = [e for e in articles(args.cache) if e["id"].startswith(args.prefix)]
    if args.ids:
        wanted = set(args.ids.read_text(encoding="utf-8").split())
        entries = [e for e in entries if e["id"] in wanted]
    if not entries:
        sys.exit(f"no article of the set is in {args.cache}: fill the cache first (benchmarks/news/README.md)")
    with tempfile.TemporaryDirectory(prefix="tradefacts-news-") as folder:
        pred = Path(folder) / "pred.jsonl"
        predict(entries, pred)
        for name in ("work", "score") if args.half == "both" else (args.half,):
            mine = [e for e in entries if half(e["id"]) == name]
            print(f"{name} half ({len(mine)} articles in the cache):")
            print("  " + score(mine, pred, args.verbose).replace("\n", "\n  ") if mine else "  none cached")
            if args.alarms and mine:
                print("  " + alarms(mine, pred, name_them=name == "work"))


if __name__ == "__main__":
    main()
