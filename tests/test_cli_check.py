"""`tradefacts check`: the reporter's report and its exit code, which gates pipelines."""
import json
from pathlib import Path

from typer.testing import CliRunner

from extractor.cli import app

runner = CliRunner()
# Invented copy: exports and imports that add up to the stated total, and one that does not.
CONSISTENT = ("Norway's exports rose to 12.4 billion crowns in March and imports to 10.1 billion, "
              "the statistics office said. Total trade was 22.5 billion crowns in March.")
INCONSISTENT = ("Norway's exports were 12.4 billion crowns in March and imports 10.1 billion crowns, "
                "the statistics office said. Norway had a trade surplus of 4.3 billion crowns in March.")


def _dump(tmp_path: Path, *records: dict) -> Path:
    path = tmp_path / "dump.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_consistent_articles_exit_zero(tmp_path: Path):
    dump = _dump(tmp_path, {"id": "good", "text": CONSISTENT, "published": "1987-04-20"})
    result = runner.invoke(app, ["check", str(dump)])
    assert result.exit_code == 0, result.output
    assert "good" in result.stdout and "total" in result.stdout and "✗" not in result.stdout


def test_an_inconsistency_exits_one_and_comes_first(tmp_path: Path):
    dump = _dump(tmp_path, {"id": "good", "text": CONSISTENT, "published": "1987-04-20"},
                 {"id": "bad", "text": INCONSISTENT, "published": "1987-04-20"})
    result = runner.invoke(app, ["check", str(dump)])
    assert result.exit_code == 1, result.output
    report = result.stdout
    bad = report[report.index("bad"):]
    assert "1 inconsistent" in bad
    # The inconsistency is listed before the article's consistent checks, in words.
    assert bad.index("✗") < bad.index("✓") if "✓" in bad else "✗" in bad
    # 12.4 - 10.1 within rounding, against the stated 4.3
    assert "give a surplus of 2.2 billion NOK to 2.4 billion NOK" in " ".join(bad.split())


def test_only_inconsistent_and_unreadable_input(tmp_path: Path):
    dump = _dump(tmp_path, {"id": "good", "text": CONSISTENT, "published": "1987-04-20"},
                 {"id": "bad", "text": INCONSISTENT, "published": "1987-04-20"})
    result = runner.invoke(app, ["check", str(dump), "--only-inconsistent"])
    assert result.exit_code == 1
    assert "bad" in result.stdout and "good" not in result.stdout
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{not json\n" + json.dumps({"id": "good", "text": CONSISTENT}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["check", str(broken), "--published", "1987-04-20"])
    assert result.exit_code == 2, result.output  # unreadable, but nothing inconsistent
    assert "not JSON" in result.stdout and "Traceback" not in result.output
