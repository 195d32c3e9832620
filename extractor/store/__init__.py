"""Where results go: JSON lines or a database, loaded idempotently and resumably.

``rows`` turns an article result into table rows with deterministic keys; ``schema``
declares the tables; ``database`` loads rows into SQLite or PostgreSQL through
SQLAlchemy; ``jsonl`` writes JSON lines and knows, on resume, what is already there.
"""
from extractor.store.database import Database
from extractor.store.jsonl import JsonLines
from extractor.store.rows import content_hash

__all__ = ["Database", "JsonLines", "content_hash"]
