"""How the command ends: nothing but its summary on standard error, Ctrl-C as one line and
exit code 130 with what was written kept whole, and a time limit that holds.

These run the command as a user does, in a process of its own: what the interpreter
prints while it exits is part of what a user sees.
"""
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from tests.conftest import FIXTURES, ROOT

RUNS = 20
EXTRACT_SUMMARY = re.compile(r"^\d+ articles, \d+ facts, \d+ errors, \d+ with inconsistencies; [\d.]+ s, [\d.]+ articles/s$")
CHECK_SUMMARY = re.compile(r"^\d+ articles, \d+ checks, \d+ inconsistent in \d+ articles, \d+ errors$")


def _records() -> list[dict]:
    with (FIXTURES / "articles.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def _mixed_inputs(folder: Path) -> list[str]:
    """A JSON-lines dump with good and bad lines, a binary file and two .txt files: a handful
    of articles, so that the run ends while a worker may still be starting."""
    records = _records()
    dump = folder / "dump.jsonl"
    dump.write_text("\n".join([json.dumps(records[0]), "{not json", json.dumps(records[1]),
                               json.dumps({"id": "empty", "text": ""})]) + "\n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02 exports rose")
    (folder / "one.txt").write_text(records[2]["text"], encoding="utf-8")
    (folder / "two.txt").write_text(records[3]["text"], encoding="utf-8")
    return [str(dump), str(folder / "binary.txt"), str(folder / "one.txt"), str(folder / "two.txt")]


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "extractor.cli", *args]


@pytest.mark.parametrize("command,summary,codes", [
    ("extract", EXTRACT_SUMMARY, {0}),
    ("check", CHECK_SUMMARY, {1, 2}),   # the mixed input has unreadable articles
], ids=["extract", "check"])
def test_standard_error_holds_only_the_summary_run_after_run(tmp_path: Path, command, summary, codes):
    inputs = _mixed_inputs(tmp_path)
    extra = ["--workers", "2", "-o", str(tmp_path / "out.jsonl")] if command == "extract" else []
    for run in range(RUNS):
        done = subprocess.run(_command(command, *inputs, *extra), cwd=ROOT, capture_output=True, text=True,
                              timeout=120)
        assert done.returncode in codes, (run, done.stderr)
        lines = done.stderr.splitlines()
        assert len(lines) == 1 and summary.match(lines[0]), f"run {run + 1} of {RUNS}:\n{done.stderr}"


def _big_dump(path: Path, copies: int) -> list[str]:
    ids = []
    with path.open("w", encoding="utf-8") as f:
        for n in range(copies):
            for record in _records():
                ids.append(f"{record['id']}-{n}")
                f.write(json.dumps(dict(record, id=ids[-1])) + "\n")
    return ids


def _interrupt_when(proc: subprocess.Popen, ready, limit: float = 120) -> None:
    """Ctrl-C as a terminal sends it (to the whole process group), once ``ready()`` holds."""
    deadline = time.monotonic() + limit
    while not ready():
        assert proc.poll() is None, proc.stderr.read()
        assert time.monotonic() < deadline, "the run never got going"
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGINT)


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_ctrl_c_stops_a_run_with_one_line_and_keeps_what_was_written(tmp_path: Path):
    dump = tmp_path / "dump.jsonl"
    ids = _big_dump(dump, 100)  # 900 articles: long enough to interrupt halfway
    out, db = tmp_path / "out.jsonl", f"sqlite:///{tmp_path / 'facts.db'}"
    args = _command("extract", str(dump), "-o", str(out), "--db", db, "-w", "2")
    proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    _interrupt_when(proc, lambda: out.exists() and out.stat().st_size > 50_000)
    assert proc.wait(timeout=60) == 130
    stderr = proc.stderr.read()
    assert len(stderr.splitlines()) == 1 and "interrupted" in stderr and "--resume" in stderr, stderr
    assert "Traceback" not in stderr
    kept = out.read_bytes()
    assert kept.endswith(b"\n")
    written = [line["id"] for line in _lines(out)]  # every line is whole JSON
    assert 0 < len(written) < len(ids)

    resumed = subprocess.run([*args, "--resume"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    assert sorted(line["id"] for line in _lines(out)) == sorted(ids)  # all there, none twice
    from extractor.store import Database

    store = Database(db)
    assert store.counts()["articles"] == len(ids)
    store.close()


def test_ctrl_c_stops_a_check_with_one_line(tmp_path: Path):
    dump = tmp_path / "dump.jsonl"
    _big_dump(dump, 100)
    proc = subprocess.Popen(_command("check", str(dump)), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)
    first = proc.stdout.readline()  # the report has begun
    assert first, proc.stderr.read()
    _interrupt_when(proc, lambda: True)
    proc.stdout.read()
    assert proc.wait(timeout=60) == 130
    stderr = proc.stderr.read()
    assert stderr.splitlines() == ["error: interrupted"], stderr


def test_a_worker_stuck_where_no_checkpoint_can_see_is_ended(tmp_path: Path, monkeypatch):
    """The hard limit: a worker silent past the limit is ended, its article gets the
    time-limit error, and the others in its chunk are run again and keep their facts."""
    import extractor.extraction as extraction

    real = extraction.build_context

    def stuck(text, *args, **kwargs):  # a hang inside one call, between any two checkpoints
        if "STUCK" in text:
            time.sleep(120)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(extraction, "build_context", stuck)  # the forked workers inherit it
    records = _records()[:3]
    dump = tmp_path / "dump.jsonl"
    stuck_record = dict(records[0], id="stuck", text=records[0]["text"] + " STUCK")
    dump.write_text("\n".join(json.dumps(r) for r in [records[0], stuck_record, *records[1:]]) + "\n",
                    encoding="utf-8")
    started = time.monotonic()
    result = CliRunner().invoke(app, ["extract", str(dump), "--time-limit", "0.5", "-w", "2", "-q"])
    assert result.exit_code == 0, result.output
    assert time.monotonic() - started < 30
    lines = {line["id"]: line for line in map(json.loads, result.stdout.splitlines())}
    assert list(lines) == [records[0]["id"], "stuck", *(r["id"] for r in records[1:])]  # input order
    assert "per-article time limit" in lines["stuck"]["error"]
    assert all(lines[r["id"]]["error"] is None and lines[r["id"]]["facts"] for r in records)


def test_a_missing_input_path_is_the_users_mistake(tmp_path: Path):
    (tmp_path / "one.txt").write_text(_records()[0]["text"], encoding="utf-8")
    for command in ("extract", "check"):
        done = subprocess.run(_command(command, str(tmp_path / "nowhere"), str(tmp_path / "one.txt"), "-w", "1")
                              if command == "extract" else
                              _command(command, str(tmp_path / "nowhere"), str(tmp_path / "one.txt")),
                              cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert done.returncode == 2, done.stderr
        assert f"{tmp_path / 'nowhere'}: no such file or folder" in done.stderr
        assert "one" in done.stdout and "nowhere" not in done.stdout  # the other input is processed, no line for it
