"""Batches into SQLite and PostgreSQL: bad input isolated, loads idempotent, runs resumable."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from extractor.cli import app
from extractor.extraction import Article, extract_many
from extractor.store import Database
from tests.conftest import FIXTURES, ROOT

runner = CliRunner()
SQL_ID = "x'); DROP TABLE facts; --"


def _fixture_records() -> list[dict]:
    with (FIXTURES / "articles.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def _mixed_dump(tmp_path: Path) -> tuple[list[str], list[dict]]:
    """Good articles among every kind of bad input; the inputs and the good records."""
    good = _fixture_records()[:4]
    sql = dict(good[0], id=SQL_ID)
    lines = [json.dumps(good[0]), "{not json", json.dumps({"id": "empty", "text": ""}),
             json.dumps(good[1]), json.dumps({"id": "notext", "title": "x"}),
             json.dumps(dict(good[2], id="baddate", published="1987-02-30")),
             json.dumps({"id": "wall", "text": "Exports 1.5 dlrs " + "12345.67 " * 300_000}),
             json.dumps(sql), json.dumps(good[3]), json.dumps({"id": "number", "text": 12}), "[1, 2]"]
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff exports rose")
    (tmp_path / "latin1.txt").write_bytes("Exports of caf\xe9 rose 5 pct".encode("latin-1"))
    return [str(dump), str(tmp_path / "binary.txt"), str(tmp_path / "latin1.txt")], [good[0], good[1], good[3], sql]


def _alone(record: dict):
    [result] = extract_many([Article(id=record["id"], text=record["text"], title=record.get("title"),
                                     published=record.get("published") and __import__("datetime").date.fromisoformat(record["published"]))])
    return result


def test_bad_inputs_into_a_database_twice(tmp_path: Path, database_url: str):
    inputs, good = _mixed_dump(tmp_path)
    out = tmp_path / "out.jsonl"
    args = ["extract", *inputs, "--db", database_url, "-o", str(out), "--workers", "2", "-q"]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 13  # every input gets a result line: 11 dump lines, 2 files
    by_id = {line["id"]: line for line in lines}
    for record in good:  # every good article keeps all its facts
        assert by_id[record["id"]]["error"] is None
        assert by_id[record["id"]]["facts"] == json.loads(_alone(record).model_dump_json())["facts"]
    errors = {i: line["error"] for i, line in by_id.items() if line["error"]}
    assert set(errors) == {"dump.jsonl:2", "empty", "notext", "baddate", "wall", "number", "dump.jsonl:11",
                           "binary", "latin1"}
    assert "past the limit" in errors["wall"] and "not UTF-8" in errors["latin1"]

    db = Database(database_url)
    counts = db.counts()
    assert counts["articles"] == 13 and counts["errors"] == 9
    assert counts["facts"] == sum(len(by_id[r["id"]]["facts"]) for r in good)
    with db.engine.connect() as conn:
        stored = conn.execute(text("SELECT facts FROM articles WHERE id = :id"), {"id": SQL_ID}).scalar_one()
    assert stored == len(by_id[SQL_ID]["facts"]) > 0
    second = runner.invoke(app, args)
    assert second.exit_code == 0, second.output
    assert db.counts() == counts  # loading twice changes nothing
    db.close()


def test_a_changed_article_replaces_its_rows(tmp_path: Path, database_url: str):
    record = _fixture_records()[0]
    dump = tmp_path / "one.jsonl"
    dump.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert runner.invoke(app, ["extract", str(dump), "--db", database_url, "-q", "-w", "1"]).exit_code == 0
    db = Database(database_url)
    before = _snapshot(db.engine)
    edited = dict(record, text=record["text"].replace("4.2 billion", "4.4 billion"))
    dump.write_text(json.dumps(edited) + "\n", encoding="utf-8")
    assert runner.invoke(app, ["extract", str(dump), "--db", database_url, "-q", "-w", "1"]).exit_code == 0
    after = _snapshot(db.engine)
    assert len(after["facts"]) == len(before["facts"]) and after["facts"] != before["facts"]
    with db.engine.connect() as conn:
        amounts = set(conn.execute(text("SELECT amount FROM facts")).scalars())
    assert 4.4e9 in amounts and 4.2e9 not in amounts
    db.close()


def _snapshot(engine) -> dict[str, list[tuple]]:
    with engine.connect() as conn:
        return {t: sorted(tuple(r) for r in conn.execute(text(f"SELECT * FROM {t}")))  # fixed table names
                for t in ("articles", "facts", "shares", "checks", "errors")}


def _big_dump(path: Path, copies: int) -> None:
    records = _fixture_records()
    with path.open("w", encoding="utf-8") as f:
        for n in range(copies):
            for record in records:
                f.write(json.dumps(dict(record, id=f"{record['id']}-{n}")) + "\n")


def _run(args: list[str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "extractor.cli", "extract", *args], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def test_killed_and_resumed_run_equals_an_uninterrupted_one(tmp_path: Path):
    dump = tmp_path / "dump.jsonl"
    _big_dump(dump, 60)  # 540 articles, three database batches
    whole, part = f"sqlite:///{tmp_path / 'whole.db'}", f"sqlite:///{tmp_path / 'part.db'}"
    assert _run([str(dump), "--db", whole, "-q", "-w", "1"]).wait() == 0
    proc = _run([str(dump), "--db", part, "-o", str(tmp_path / "part.jsonl"), "-q", "-w", "1"])
    engine = create_engine(part)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:  # kill it once the first batch is in
        time.sleep(0.05)
        try:
            with engine.connect() as conn:
                if conn.execute(text("SELECT count(*) FROM articles")).scalar_one() > 0:
                    break
        except Exception:
            continue
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with engine.connect() as conn:
        done = conn.execute(text("SELECT count(*) FROM articles")).scalar_one()
    assert 0 < done < 540, "the run was not stopped halfway"
    resumed = _run([str(dump), "--db", part, "-o", str(tmp_path / "part.jsonl"), "--resume", "-w", "2"])
    assert resumed.wait() == 0, resumed.stderr.read()
    report = resumed.stderr.read().decode()
    skipped = int(report.split("(")[1].split(" already done")[0])
    assert 0 < skipped <= done, report  # in the database and in the file; the rest is done again
    assert _snapshot(engine) == _snapshot(create_engine(whole))
    # The JSON lines, cut off by the kill, are completed without a repeat.
    ids = [json.loads(line)["id"] for line in (tmp_path / "part.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(ids) == sorted(json.loads(line)["id"] for line in dump.read_text(encoding="utf-8").splitlines())


def test_a_pathological_article_cannot_stall_the_run(tmp_path: Path):
    record = _fixture_records()[0]
    dump = tmp_path / "dump.jsonl"
    wall = " ".join(f"Exports were {n}.{n % 97} dlrs." for n in range(30_000))  # ~0.8 MB of figures
    dump.write_text(json.dumps({"id": "wall", "text": wall}) + "\n" + json.dumps(record) + "\n", encoding="utf-8")
    started = time.monotonic()
    result = runner.invoke(app, ["extract", str(dump), "--time-limit", "0.5", "-w", "1", "-q"])
    assert result.exit_code == 0, result.output
    lines = {json.loads(line)["id"]: json.loads(line) for line in result.stdout.splitlines()}
    assert "per-article time limit" in lines["wall"]["error"]
    assert lines[record["id"]]["error"] is None and lines[record["id"]]["facts"]
    assert time.monotonic() - started < 30


def test_resume_needs_an_output():
    result = runner.invoke(app, ["extract", "-", "--resume"], input="x")
    assert result.exit_code == 2 and "--resume needs" in result.output


def test_the_readme_queries_run(tmp_path: Path, database_url: str):
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    queries = re.findall(r"```sql\n(.*?)```", readme, re.DOTALL)
    assert len(queries) >= 3
    dump = tmp_path / "dump.jsonl"
    inconsistent = {"id": "bad-sum", "published": "1987-04-20",
                    "text": "Norway's exports were 12.4 billion crowns in March and imports 10.1 billion crowns. "
                            "Norway had a trade surplus of 4.3 billion crowns in March."}
    pair = {"id": "japan-us", "published": "1987-03-20",
            "text": "Japan's exports to the United States rose to 5.2 billion dlrs in February from 4.8 billion "
                    "a year earlier, the Finance Ministry said."}
    dump.write_text("".join(json.dumps(r) + "\n" for r in _fixture_records() + [inconsistent, pair]),
                    encoding="utf-8")
    assert runner.invoke(app, ["extract", str(dump), "--db", database_url, "-q", "-w", "1"]).exit_code == 0
    db = Database(database_url)
    with db.engine.connect() as conn:
        answers = [conn.execute(text(q)).fetchall() for q in queries]
    db.close()
    deficits, over_time, bad = answers[0], answers[1], answers[2]
    assert deficits and all(row.amount < 0 for row in deficits)
    assert [str(row.period_start) for row in over_time] == sorted(str(row.period_start) for row in over_time)
    assert [(str(row.period_start), row.amount) for row in over_time if row.article_id == "japan-us"] == [
        ("1986-02-01", 4.8e9), ("1987-02-01", 5.2e9)]
    assert {row.id for row in bad} == {"bad-sum"} and bad[0].rule == "balance"


def test_killing_a_run_leaves_no_worker_behind(tmp_path: Path):
    dump = tmp_path / "dump.jsonl"
    _big_dump(dump, 40)
    proc = _run([str(dump), "-o", str(tmp_path / "out.jsonl"), "-q", "-w", "2"])
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not _children(proc.pid):
        time.sleep(0.1)
    workers = _children(proc.pid)
    assert workers, "no worker processes were started"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    time.sleep(1.0)
    assert not [w for w in workers if Path(f"/proc/{w}").exists() and _state(w) != "Z"]


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
            except (OSError, ValueError, IndexError):
                continue
    return found


def _state(pid: int) -> str:
    try:
        return (Path(f"/proc/{pid}") / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "gone"


def test_a_product_fact_keeps_its_product_in_the_database(tmp_path: Path, database_url: str):
    """The product column holds what part of the goods a fact is about; an older
    database without the column gets it when opened (schema.ADDED_COLUMNS)."""
    from extractor.store import schema
    old = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(old)
    schema.metadata.create_all(engine)
    with engine.begin() as conn:  # the facts table as it was before the product column
        conn.exec_driver_sql("DROP INDEX IF EXISTS facts_article")
        conn.exec_driver_sql("ALTER TABLE facts DROP COLUMN product")
    for url in (database_url, old):
        [result] = extract_many([Article(id="oil", text="Kenya's oil exports rose to $5 billion in 2020, while its "
                                                         "total exports were $8 billion.")])
        db = Database(url)
        db.load([(result, "hash")])
        with db.engine.connect() as conn:
            rows = conn.execute(text("SELECT amount, product FROM facts WHERE article_id = 'oil' ORDER BY amount"))
            assert [tuple(r) for r in rows] == [(5e9, "oil"), (8e9, None)]
