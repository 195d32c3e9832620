"""Score the extractor on the 1987 Reuters development articles that have gold, half by half.

The gold is the project's (``../shared/gold/reuters-dev``, 30 articles, the ones the
extraction was first written against) and ours (``gold/`` beside this script, articles
drawn at random from the rest of ``reuters-trade-dev.jsonl`` and annotated by the
guidelines before the extractor saw them, many with no trade fact at all). Each article
falls into the half we work from or the half we only score by the same salted hash as
the modern set (benchmarks/news/split.py). The texts stay in ../shared.

usage: python benchmarks/reuters/score_reuters.py [--half work|score|both] [--ours] [--verbose]
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
sys.path.insert(0, str(ROOT / "benchmarks" / "news"))

from split import half  # noqa: E402

GOLD = [SHARED / "gold" / "reuters-dev", HERE / "gold"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--half", choices=("work", "score", "both"), default="both")
    ap.add_argument("--ours", action="store_true", help="only the articles annotated here, not the first 30")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    corpus = SHARED / "corpus" / "reuters-trade-dev.jsonl"
    if not corpus.exists():
        sys.exit(f"{corpus} is absent: the Reuters corpus comes with ../shared")
    from extractor.extraction import Article, extract_many, parse_published

    gold = {p.stem: p for folder in (GOLD[1:] if args.ours else GOLD) for p in sorted(folder.glob("*.json"))}
    articles = []
    with corpus.open(encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            if record["id"] in gold:
                articles.append(Article(id=record["id"], text=record["text"], title=record.get("title"),
                                        published=parse_published(record.get("published"))))
    with tempfile.TemporaryDirectory(prefix="tradefacts-reuters-") as folder:
        pred = Path(folder) / "pred.jsonl"
        with pred.open("w", encoding="utf-8") as out:
            for result in extract_many(articles):
                out.write(result.model_dump_json() + "\n")
        for name in ("work", "score") if args.half == "both" else (args.half,):
            mine = Path(folder) / name
            mine.mkdir()
            for article_id, path in gold.items():
                if half(article_id) == name:
                    shutil.copy(path, mine / path.name)
            done = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--gold", str(mine),
                                   "--pred", str(pred)] + (["--verbose"] if args.verbose else []),
                                  capture_output=True, text=True)
            lines = done.stdout.strip().splitlines()
            print(f"{name} half ({len(list(mine.glob('*.json')))} articles):")
            print("  " + ("\n  ".join(lines) if args.verbose else "\n  ".join(lines[-2:])))


if __name__ == "__main__":
    main()
