"""Where results go: JSON lines or a database, loaded idempotently and resumably.

``rows`` turns an article result into table rows with deterministic keys; ``schema``
declares the tables; ``database`` loads rows into SQLite or PostgreSQL through
SQLAlchemy, through ``engines``, which let several loaders write one database at once;
``jsonl`` writes JSON lines and knows, on resume, what is already there.
"""
from extractor.store.jsonl import JsonLines
from extractor.store.rows import content_hash

__all__ = ["Database", "JsonLines", "content_hash"]


def __getattr__(name: str):
    # SQLAlchemy is imported when a database is first used, not by every command.
    if name == "Database":
        from extractor.store.database import Database

        return Database
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
