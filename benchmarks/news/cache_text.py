"""Put one article's text into the local cache from what the search tool answered.

The texts stay out of the repository (README.md here), so a fresh checkout refills
``.cache/news/texts/`` by running each manifest's ``query`` through the search tool's
"pages" corpus and handing the answer to this script. It takes the result whose URL is
the manifest's, removes the page furniture the gold was made without (the leading
``date YYYY-MM-DD`` marker), and writes the text only if its sha256 is the manifest's:
a different text would be scored against gold that was not made on it.

usage: python benchmarks/news/cache_text.py ID ANSWER_FILE [--keep-different]
       python benchmarks/news/cache_text.py --missing     # ids whose text is not cached yet

ANSWER_FILE holds the search answer as JSON (the whole answer, or one result object,
or only the excerpt as a JSON string), or the excerpt as plain text.
"""
import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CACHE = ROOT / ".cache" / "news" / "texts"
MANIFESTS = [ROOT.parent / "shared" / "gold" / "modern-dev" / "manifest", HERE / "manifest"]

# The pages corpus opens an excerpt with the page's date; the gold's texts do not have it.
DATE_MARKER = re.compile(r"^\s*date \d{4}-\d{2}(?:-\d{2})?\s*")
# An excerpt may stop mid-sentence; the gold's text then ends with the last whole one.
LAST_SENTENCE_END = re.compile(r"(?s)^(.*[.!?][\"'”’)]?)(?=\s)")


def manifest(article_id: str) -> dict:
    for folder in MANIFESTS:
        path = folder / f"{article_id}.json"
        if path.exists():
            return json.loads(path.read_text(encoding="utf-8"))
    raise SystemExit(f"{article_id}: no manifest with that id")


def excerpt_from(answer: str, url: str) -> str:
    """The excerpt of the result whose URL is the manifest's, from whatever form was given."""
    try:
        data = json.loads(answer)
    except json.JSONDecodeError:
        return answer
    if isinstance(data, str):
        return data
    results = data.get("results", [data]) if isinstance(data, dict) else data
    for result in results:
        if result.get("url") == url:
            return result["excerpt"]
    raise SystemExit(f"no result with the manifest's URL {url} in that answer")


def tidy(text: str) -> str:
    """Spaces at line ends gone and runs of blank lines made one, as annotators left texts."""
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines))


def candidates(excerpt: str):
    """The text as the gold was made on it, in the few forms annotators left it in."""
    body = DATE_MARKER.sub("", excerpt)
    whole = LAST_SENTENCE_END.match(body + " ")
    cut = [whole.group(1), tidy(whole.group(1)).strip()] if whole else []
    for text in (body, body.rstrip(), excerpt.strip(), tidy(body).strip(), *cut):
        yield text + "\n"
        yield text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("id", nargs="?")
    parser.add_argument("answer", nargs="?", type=Path)
    parser.add_argument("--missing", action="store_true")
    parser.add_argument("--keep-different", action="store_true",
                        help="cache the text even when it is not the gold's (the page as stored now keeps "
                             "furniture the gold's text was made without); listed in differs.txt")
    args = parser.parse_args()
    if args.missing:
        for folder in MANIFESTS:
            for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
                if not (CACHE / f"{path.stem}.txt").exists():
                    print(path.stem)
        return 0
    if not (args.id and args.answer):
        parser.error("give an article id and the file holding the search answer")
    entry = manifest(args.id)
    excerpt = excerpt_from(args.answer.read_text(encoding="utf-8"), entry["url"])
    for text in candidates(excerpt):
        if hashlib.sha256(text.encode("utf-8")).hexdigest() == entry["sha256"]:
            CACHE.mkdir(parents=True, exist_ok=True)
            (CACHE / f"{args.id}.txt").write_text(text, encoding="utf-8")
            print(f"{args.id}: cached ({len(text)} characters)")
            return 0
    if args.keep_different:
        text = tidy(DATE_MARKER.sub("", excerpt)).strip() + "\n"
        CACHE.mkdir(parents=True, exist_ok=True)
        (CACHE / f"{args.id}.txt").write_text(text, encoding="utf-8")
        with (CACHE.parent / "differs.txt").open("a", encoding="utf-8") as f:
            f.write(args.id + "\n")
        print(f"{args.id}: cached, but it differs from the gold's text (listed in differs.txt)")
        return 0
    print(f"{args.id}: the text differs from the one the gold was made on (sha256); not cached",
          file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
