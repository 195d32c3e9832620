"""Loaders sharing one database: at the same moment, and after an upgrade of the extraction."""
import json
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text
from typer.testing import CliRunner

from extractor.cli import app
from extractor.store import Database, content_hash, schema
from extractor.store.engines import engine_for
from extractor.version import EXTRACTION_VERSION
from tests.conftest import FIXTURES, ROOT

runner = CliRunner()
TABLES = (schema.articles, *schema.ARTICLE_ROWS)


def _dump(path: Path, copies: range) -> Path:
    """The fixture articles once per copy, their ids made unique by the copy's number."""
    with (FIXTURES / "articles.jsonl").open(encoding="utf-8") as f:
        records = [json.loads(line) for line in f]
    with path.open("w", encoding="utf-8") as f:
        for n in copies:
            for record in records:
                f.write(json.dumps(dict(record, id=f"{record['id']}-{n}")) + "\n")
    return path


def _loader(dump: Path, url: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "extractor.cli", "extract", str(dump), "--db", url, "-q", "-w", "1"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _rows(url: str) -> dict[str, list[tuple]]:
    """Every row of the five tables, read through the schema's types: SQLite and PostgreSQL
    give the same values, so a database of either kind compares with the other."""
    db = Database(url)
    try:
        with db.engine.connect() as conn:
            return {t.name: sorted(tuple(r) for r in conn.execute(select(t))) for t in TABLES}
    finally:
        db.close()


@pytest.fixture(scope="module")
def dumps(tmp_path_factory) -> dict[str, Path]:
    """Two overlapping dumps of 27 articles, and their union."""
    folder = tmp_path_factory.mktemp("dumps")
    return {"first": _dump(folder / "first.jsonl", range(0, 3)), "second": _dump(folder / "second.jsonl", range(1, 4)),
            "union": _dump(folder / "union.jsonl", range(0, 4))}


@pytest.fixture(scope="module")
def loaded_once(dumps, tmp_path_factory) -> dict[str, dict[str, list[tuple]]]:
    """The rows a single run stores, per dump, into a database of its own."""
    folder = tmp_path_factory.mktemp("alone")
    rows = {}
    for name in ("first", "union"):
        url = f"sqlite:///{folder / name}.db"
        alone = _loader(dumps[name], url)
        assert alone.wait() == 0, alone.stderr.read().decode()
        rows[name] = _rows(url)
    return rows


def _at_once(url: str, *dumps: Path) -> None:
    """Start a loader per dump back to back on the same database; both must succeed."""
    loaders = [_loader(dump, url) for dump in dumps]
    for loader in loaders:
        assert loader.wait() == 0, loader.stderr.read().decode()


def test_two_loaders_of_one_dump_at_once_store_it_once(dumps, loaded_once, database_url: str):
    _at_once(database_url, dumps["first"], dumps["first"])
    assert _rows(database_url) == loaded_once["first"]


def test_two_loaders_of_overlapping_dumps_at_once_store_their_union(dumps, loaded_once, database_url: str):
    _at_once(database_url, dumps["first"], dumps["second"])
    assert _rows(database_url) == loaded_once["union"]


def test_a_new_database_opened_from_several_threads_at_once(database_url: str):
    start, failures = threading.Barrier(8), []

    def open_it():
        start.wait()
        try:
            Database(database_url).close()
        except Exception as exc:
            failures.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures
    db = Database(database_url)
    assert db.counts() == {t.name: 0 for t in TABLES}
    db.close()


def _load(dump: Path, url: str) -> None:
    result = runner.invoke(app, ["extract", str(dump), "--db", url, "-q", "-w", "1"])
    assert result.exit_code == 0, result.output


def _corrupt(url: str) -> None:
    """Every fact's amount zeroed and one check deleted, as no extraction would store them."""
    db = Database(url)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE facts SET amount = 0"))
        conn.execute(text("DELETE FROM checks WHERE key = (SELECT min(key) FROM checks)"))
    db.close()


def test_a_reload_after_an_upgrade_replaces_every_article(tmp_path: Path, database_url: str):
    dump = _dump(tmp_path / "dump.jsonl", range(2))
    _load(dump, database_url)
    fresh = _rows(database_url)
    _corrupt(database_url)
    db = Database(database_url)
    with db.engine.begin() as conn:  # as if an earlier version had made every row
        conn.execute(text("UPDATE articles SET extractor_version = '0.1.0'"))
    assert db.stored_hashes(row[0] for row in fresh["articles"]) == {}  # --resume would do them again
    _load(dump, database_url)
    assert _rows(database_url) == fresh
    with db.engine.connect() as conn:
        assert set(conn.execute(text("SELECT extractor_version FROM articles")).scalars()) == {EXTRACTION_VERSION}
    db.close()


def test_a_reload_by_the_same_version_leaves_the_rows_alone(tmp_path: Path, database_url: str):
    dump = _dump(tmp_path / "dump.jsonl", range(2))
    _load(dump, database_url)
    _corrupt(database_url)
    corrupted = _rows(database_url)
    _load(dump, database_url)
    assert _rows(database_url) == corrupted


OLD_ARTICLES = """CREATE TABLE articles (
    id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, published DATE, title TEXT,
    facts INTEGER NOT NULL, checks INTEGER NOT NULL, inconsistencies INTEGER NOT NULL, error TEXT)"""


def test_a_database_of_the_previous_version_is_upgraded_on_open_and_reloaded(tmp_path: Path, database_url: str):
    dump = _dump(tmp_path / "dump.jsonl", range(1))
    alone = f"sqlite:///{tmp_path / 'alone.db'}"
    _load(dump, alone)
    with (FIXTURES / "articles.jsonl").open(encoding="utf-8") as f:
        record = json.loads(f.readline())
    old = engine_for(database_url)  # the articles table as version 0.1.0 made it, with one article
    with old.begin() as conn:
        conn.execute(text(OLD_ARTICLES))
        conn.execute(text("INSERT INTO articles VALUES (:id, :hash, NULL, :title, 0, 0, 0, NULL)"),
                     {"id": f"{record['id']}-0", "title": record["title"],
                      "hash": content_hash(record["text"], date.fromisoformat(record["published"]), record["title"])})
    old.dispose()

    db = Database(database_url)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT extractor_version FROM articles")).scalars().all() == [None]
    assert db.stored_hashes([f"{record['id']}-0"]) == {}  # the same content, but an earlier version's rows
    db.close()
    _load(dump, database_url)
    assert _rows(database_url) == _rows(alone)
