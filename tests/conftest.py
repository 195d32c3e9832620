"""Shared test fixtures: where ../shared and the project's own fixtures are."""
import json
from pathlib import Path

import os

import pytest
from hypothesis import settings

# The property tests run the same examples every time (seeded by each test), so that a
# build passes or fails on the code and not on the draw. HYPOTHESIS_PROFILE=explore draws
# new and more examples on each run: that is how they find bugs, so run it when changing a
# recogniser (README.md, "Tests").
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a skip saying it is absent (a fresh clone has none)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared corpus and gold files are not part of the repository")
    return path


def fixture_articles() -> dict[str, dict]:
    with (FIXTURES / "articles.jsonl").open(encoding="utf-8") as f:
        return {a["id"]: a for a in map(json.loads, f)}


@pytest.fixture(scope="session")
def nlp():
    from extractor.pipeline import load_model

    return load_model()


POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/test"


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    """A fresh database per test: a SQLite file, or a schema of its own in the local PostgreSQL.

    The PostgreSQL case skips, saying why, where no server answers (a fresh machine).
    """
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'facts.db'}"
        return
    try:
        import psycopg
    except ImportError:
        pytest.skip("psycopg is not installed (pip install -e '.[postgres]')")
    try:
        admin = psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=test", connect_timeout=3,
                                autocommit=True)
    except psycopg.OperationalError as exc:
        pytest.skip(f"no PostgreSQL at 127.0.0.1:5432, database test: {str(exc).strip().splitlines()[0]}")
    schema = f"tradefacts_test_{request.node.name.split('[')[0][-20:]}_{id(tmp_path) % 100000}".lower()
    admin.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    admin.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield f"{POSTGRES_URL}?options=-csearch_path%3D{schema}"
    finally:
        admin.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        admin.close()
