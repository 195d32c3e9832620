"""Keep other people's words out of the committed gold: move each gold file's quotes
(the annotator's pointer into the text) to the ignored cache, and leave the facts.

usage: python benchmarks/news/strip_quotes.py   (idempotent; run before committing new gold)

The quoted copy goes to ``.cache/news/gold-quoted/<id>.json`` (``.cache/reuters/...``
for the Reuters gold in benchmarks/reuters/) for whoever debugs with the texts; the
committed file keeps every field but ``quote``.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
# Each committed gold folder and where its quoted copies go.
FOLDERS = [(HERE / "gold", ROOT / ".cache" / "news" / "gold-quoted"),
           (ROOT / "benchmarks" / "reuters" / "gold", ROOT / ".cache" / "reuters" / "gold-quoted")]


def _strip(value):
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if k != "quote"}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


def main() -> None:
    for folder, quoted in FOLDERS:
        quoted.mkdir(parents=True, exist_ok=True)
        for path in sorted(folder.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            stripped = _strip(gold)
            if stripped != gold:
                (quoted / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
                path.write_text(json.dumps(stripped, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
                print(f"stripped {folder.parent.name}/{path.name}")


if __name__ == "__main__":
    main()
