"""The command: inputs of every kind, bad ones included, and its documentation."""
import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from extractor.cli import app
from tests.conftest import FIXTURES, ROOT

runner = CliRunner()
GOOD = "Sweden's trade surplus rose to 3.6 billion crowns in February from 1.5 billion in January."


def _lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip().startswith("{")]


def test_extract_txt_folder_and_dump(tmp_path: Path):
    (tmp_path / "sweden.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(tmp_path), str(FIXTURES / "articles.jsonl"), "-o", str(out),
                                 "--published", "1987-03-14"])
    assert result.exit_code == 0, result.output
    lines = _lines(out.read_text())
    ids = [line["id"] for line in lines]
    assert ids[0] == "sweden" and "invented-chain" in ids
    sweden = lines[0]
    assert [f["value"]["amount"] for f in sweden["facts"]] == [3.6e9, 1.5e9]
    assert sweden["facts"][0]["period"]["start"] == "1987-02-01"


def test_bad_inputs_get_error_lines_and_the_batch_goes_on(tmp_path: Path):
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join([
        json.dumps({"id": "good", "text": GOOD, "published": "1987-03-14"}),
        "{not json",
        json.dumps({"id": "empty", "text": ""}),
        json.dumps({"id": "notext"}),
        json.dumps({"id": "baddate", "text": GOOD, "published": "1987-02-30"}),
        json.dumps({"id": "x'); DROP TABLE facts; --", "text": GOOD, "published": "1987-03-14"}),
    ]) + "\n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02 exports")
    (tmp_path / "latin1.txt").write_bytes("Exports of caf\xe9 rose".encode("latin-1"))
    result = runner.invoke(app, ["extract", str(dump), str(tmp_path / "binary.txt"), str(tmp_path / "latin1.txt")])
    assert result.exit_code == 0
    ordered = _lines(result.stdout)
    assert [line["id"] for line in ordered] == [  # one line per input, in input order
        "good", "dump.jsonl:2", "empty", "notext", "baddate", "x'); DROP TABLE facts; --", "binary", "latin1"]
    lines = {line["id"]: line for line in ordered}
    assert lines["good"]["error"] is None and len(lines["good"]["facts"]) == 2
    assert lines["x'); DROP TABLE facts; --"]["facts"] == lines["good"]["facts"]
    assert "not JSON" in lines["dump.jsonl:2"]["error"]
    assert "empty" in lines["empty"]["error"]
    assert "no text" in lines["notext"]["error"]
    assert "impossible publication date" in lines["baddate"]["error"]
    assert "binary" in lines["binary"]["error"]
    assert "not UTF-8" in lines["latin1"]["error"]
    assert "Traceback" not in result.output


def test_standard_input_and_no_traceback():
    proc = subprocess.run([sys.executable, "-m", "extractor.cli", "extract", "-", "--published", "1987-03-14"],
                          input=GOOD.encode(), capture_output=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    [line] = _lines(proc.stdout.decode())
    assert line["id"] == "stdin" and len(line["facts"]) == 2
    bad = subprocess.run([sys.executable, "-m", "extractor.cli", "extract", "-", "--published", "tomorrow"],
                         input=b"x", capture_output=True, cwd=ROOT)
    assert bad.returncode == 2 and b"Traceback" not in bad.stderr and b"--published" in bad.stderr


def test_schema_and_mentions_commands(tmp_path: Path):
    schema = runner.invoke(app, ["schema"])
    assert schema.exit_code == 0
    assert {"facts", "checks", "error"} <= set(json.loads(schema.stdout)["properties"])
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    found = _lines(runner.invoke(app, ["mentions", str(tmp_path / "a.txt"), "--published", "1987-03-14"]).stdout)
    assert {m["kind"] for m in found} == {"money", "period", "economy"}


def test_readme_documents_every_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in app.registered_commands:
        name = command.name or command.callback.__name__
        assert f"tradefacts {name}" in readme, f"README does not show `tradefacts {name}`"


def _first_command() -> str:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()[:6]
    return next(line for line in lines if "pip install" in line)


def test_readme_starts_with_install_and_test_commands():
    first_lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()[:6]
    block = "\n".join(first_lines)
    assert "pip install -q -e '.[test]'" in block and "pytest" in block
    assert "../shared" not in _first_command()  # a fresh clone has no ../shared beside it
    ci = (ROOT / ".ci" / "run").read_text()
    assert "pip install --quiet -e '.[test]'" in ci and "-m pytest" in ci


def test_readme_first_command_runs_on_what_the_repository_carries(tmp_path: Path):
    """Its tradefacts steps, run as written: they succeed, read only the repository's own
    stories, and print nothing on standard error but each step's summary."""
    import shlex

    steps = [shlex.split(step) for step in _first_command().split("&&") if "tradefacts " in step]
    assert [step[1] for step in steps] == ["extract", "check"]
    for step in steps:
        paths = [a for a in step[2:] if not a.startswith("-") and a != "facts.jsonl"]
        assert paths and all((ROOT / a).is_dir() and a.startswith("fixtures/") for a in paths), step
        args = [a if a != "facts.jsonl" else str(tmp_path / "facts.jsonl") for a in step[2:]]
        done = subprocess.run([sys.executable, "-m", "extractor.cli", step[1], *args], cwd=ROOT,
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        assert len(done.stderr.splitlines()) == 1 and done.stderr.startswith("3 articles"), done.stderr
        if step[1] == "check":
            assert done.stdout.count("consistent") >= 3 and "✓" in done.stdout

