"""Loading results into SQLite or PostgreSQL through SQLAlchemy, idempotently.

Each article's rows are written in the transaction of its batch: an interrupted run
leaves whole articles or none. An article already stored with the same content hash by
the same version of the extraction is left as it is; one stored with another hash, or
by another version (extractor.version), has all its rows replaced. Several loaders may
write one database at once: each batch's comparison, deletes and inserts happen in one
write transaction, and writers take turns (extractor.store.engines). Ids and texts are
always bound parameters, never SQL.
"""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, delete, func, insert, inspect, select
from sqlalchemy.schema import CreateColumn

from extractor.store import schema
from extractor.store.engines import DatabaseError, engine_for, write_transaction
from extractor.store.rows import article_rows
from extractor.version import EXTRACTION_VERSION
from models import ArticleResult

_TABLES = {t.name: t for t in (schema.articles, *schema.ARTICLE_ROWS)}


class Database:
    """The tables of extractor.store.schema in one database."""

    BATCH = 200  # articles per load, one transaction each: a killed run loses at most this many

    def __init__(self, url: str):
        self.engine = engine_for(url)
        try:
            # Under the write lock, so that a loader opening a new database at the same
            # moment waits, then finds the tables (or columns) made and makes none.
            with write_transaction(self.engine) as conn:
                schema.metadata.create_all(conn)
                _add_missing_columns(conn)
        except Exception as exc:
            raise DatabaseError(f"cannot open {url}: {type(exc).__name__}: {exc}") from None

    def stored_hashes(self, ids: Iterable[str]) -> dict[str, str]:
        """The content hash stored for each of these article ids that this version of the
        extraction stored; an article another version stored is absent, as if not stored."""
        with self.engine.connect() as conn:
            return _current_hashes(conn, ids)

    def load(self, results: list[tuple[ArticleResult, str]]) -> int:
        """Store (result, content hash) pairs in one transaction; the number of articles written.

        Unchanged articles are skipped; within the batch a repeated id keeps its last result.
        """
        latest = {result.id: (result, digest) for result, digest in results}
        with write_transaction(self.engine) as conn:
            # Compared inside the transaction: another loader may have stored some of
            # these articles since this one last looked, and none can until it commits.
            stored = _current_hashes(conn, latest)
            changed = {i: pair for i, pair in latest.items() if stored.get(i) != pair[1]}
            if not changed:
                return 0
            rows: dict[str, list[dict]] = {name: [] for name in _TABLES}
            for result, digest in changed.values():
                for name, table_rows in article_rows(result, digest).items():
                    rows[name].extend(table_rows)
            ids = list(changed)
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


def _current_hashes(conn: Connection, ids: Iterable[str]) -> dict[str, str]:
    """The stored content hash of each of these articles whose rows this version made."""
    ids = list(dict.fromkeys(ids))
    articles = schema.articles
    found: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        rows = conn.execute(select(articles.c.id, articles.c.content_hash)
                            .where(articles.c.id.in_(ids[start:start + 500]),
                                   articles.c.extractor_version == EXTRACTION_VERSION))
        found.update({row.id: row.content_hash for row in rows})
    return found


def _add_missing_columns(conn: Connection) -> None:
    """Add the columns a database created by an earlier version lacks (schema.ADDED_COLUMNS)."""
    inspector = inspect(conn)
    quote = conn.dialect.identifier_preparer
    for column in schema.ADDED_COLUMNS:
        if column.name not in {c["name"] for c in inspector.get_columns(column.table.name)}:
            spec = CreateColumn(column).compile(dialect=conn.dialect)  # fixed names from the schema
            conn.exec_driver_sql(f"ALTER TABLE {quote.format_table(column.table)} ADD COLUMN {spec}")
