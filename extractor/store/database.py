"""Loading results into SQLite or PostgreSQL through SQLAlchemy, idempotently.

Each article's rows are written in the transaction of its batch: an interrupted run
leaves whole articles or none. An article already stored with the same content hash
is left as it is; one stored with another hash has all its rows replaced. Ids and
texts are always bound parameters, never SQL.
"""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import create_engine, delete, event, func, insert, select
from sqlalchemy.engine import Engine, make_url

from extractor.store import schema
from extractor.store.rows import article_rows
from models import ArticleResult

_TABLES = {t.name: t for t in (schema.articles, *schema.ARTICLE_ROWS)}


class DatabaseError(Exception):
    """A database that cannot be opened or written; the message says which and why."""


def engine_for(url: str) -> Engine:
    """An engine for a user's URL: ``sqlite:///facts.db``, ``postgresql://user@host/db``."""
    try:
        parsed = make_url(url)
    except Exception as exc:
        raise DatabaseError(f"not a database URL: {url!r} ({exc})") from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")  # psycopg 3, the 'postgres' extra
    try:
        engine = create_engine(parsed)
    except Exception as exc:  # a missing driver, a bad option
        raise DatabaseError(f"cannot use {parsed.render_as_string(hide_password=True)}: {exc}") from None
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _pragmas(conn, _record):
            # WAL lets a reader query while a load runs; NORMAL sync is safe with WAL.
            cur = conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()
    return engine


class Database:
    """The tables of extractor.store.schema in one database."""

    BATCH = 200  # articles per load, one transaction each: a killed run loses at most this many

    def __init__(self, url: str):
        self.engine = engine_for(url)
        try:
            schema.metadata.create_all(self.engine)
        except Exception as exc:
            raise DatabaseError(f"cannot open {url}: {type(exc).__name__}: {exc}") from None

    def stored_hashes(self, ids: Iterable[str]) -> dict[str, str]:
        """The content hash stored for each of these article ids that is stored."""
        ids = list(dict.fromkeys(ids))
        found: dict[str, str] = {}
        with self.engine.connect() as conn:
            for start in range(0, len(ids), 500):
                rows = conn.execute(select(schema.articles.c.id, schema.articles.c.content_hash)
                                    .where(schema.articles.c.id.in_(ids[start:start + 500])))
                found.update({row.id: row.content_hash for row in rows})
        return found

    def load(self, results: list[tuple[ArticleResult, str]]) -> int:
        """Store (result, content hash) pairs in one transaction; the number of articles written.

        Unchanged articles are skipped; within the batch a repeated id keeps its last result.
        """
        latest = {result.id: (result, digest) for result, digest in results}
        stored = self.stored_hashes(latest)
        changed = {i: pair for i, pair in latest.items() if stored.get(i) != pair[1]}
        if not changed:
            return 0
        rows: dict[str, list[dict]] = {name: [] for name in _TABLES}
        for result, digest in changed.values():
            for name, table_rows in article_rows(result, digest).items():
                rows[name].extend(table_rows)
        ids = list(changed)
        with self.engine.begin() as conn:
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                for table in schema.ARTICLE_ROWS:
                    conn.execute(delete(table).where(table.c.article_id.in_(chunk)))
                conn.execute(delete(schema.articles).where(schema.articles.c.id.in_(chunk)))
            for name, table in _TABLES.items():
                if rows[name]:
                    conn.execute(insert(table), rows[name])
        return len(changed)

    def article_count(self) -> int:
        """How many articles are stored (cheap enough to poll while a load runs)."""
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(schema.articles)).scalar_one()

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        with self.engine.connect() as conn:
            return {name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                    for name, table in _TABLES.items()}

    def close(self) -> None:
        self.engine.dispose()
