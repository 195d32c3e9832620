"""Throughput of tradefacts against spaCy's en_core_web_sm on the same texts, in one process.

For each set of texts it times, in the same run, (a) tradefacts' extraction (cheap
recognisers on every text, the parser only on candidate sentences) and (b) the full
en_core_web_sm pipeline run over every whole text with ``nlp.pipe``; it prints the
median rate of each over several rounds, the ratio of the medians, and the peak
memory of the process. Times vary between runs on shared machines: quote the
medians and the ratio, not single times.

usage: python benchmarks/throughput.py [--shared PATH] [--rounds N] [--general N]
"""
import argparse
import gzip
import json
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _read(path: Path, limit: int | None = None) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    out = []
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            if isinstance(record.get("text"), str) and record["text"].strip():
                out.append(record)
            if limit and len(out) >= limit:
                break
    return out


def _rate(run, texts) -> float:
    start = time.perf_counter()
    count = run(texts)
    return count / (time.perf_counter() - start)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--rounds", type=int, default=3, help="timed rounds per system and set (median reported)")
    ap.add_argument("--general", type=int, default=3000, help="how many articles of the general dev dump")
    args = ap.parse_args()
    corpus = args.shared / "corpus"
    if not corpus.is_dir():
        sys.exit(f"{corpus} is absent: this benchmark needs the shared corpus")

    import spacy

    from extractor.extraction import Article, extract_many, parse_published
    from extractor.pipeline import MODEL_PACKAGES

    sets = {
        "reuters-trade-dev": _read(corpus / "reuters-trade-dev.jsonl"),
        f"reuters-dev first {args.general}": _read(corpus / "reuters-dev.jsonl.gz", args.general),
    }
    spacy_nlp = None
    for package in MODEL_PACKAGES:
        try:
            spacy_nlp = spacy.load(package)  # the whole pipeline, as a user would run it
            break
        except OSError:
            continue

    def run_tradefacts(records):
        articles = [Article(r["id"], r["text"], parse_published(r.get("published")), r.get("title")) for r in records]
        return sum(1 for _ in extract_many(articles))

    def run_spacy(records):
        return sum(1 for _ in spacy_nlp.pipe((r["text"] for r in records), batch_size=64))

    run_tradefacts(sets["reuters-trade-dev"][:20])  # load the model and warm caches outside the timing
    run_spacy(sets["reuters-trade-dev"][:20])
    print(f"{'texts':28} {'n':>6} {'tradefacts/s':>13} {'spaCy sm/s':>11} {'ratio':>7}")
    for name, records in sets.items():
        ours = [_rate(run_tradefacts, records) for _ in range(args.rounds)]
        theirs = [_rate(run_spacy, records) for _ in range(args.rounds)]
        mine, base = statistics.median(ours), statistics.median(theirs)
        print(f"{name:28} {len(records):6d} {mine:13.0f} {base:11.0f} {mine / base:6.1f}x")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process (both systems loaded): {peak:.0f} MB; medians of {args.rounds} rounds")


if __name__ == "__main__":
    main()
