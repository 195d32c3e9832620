"""Engines for a database that several loaders write at once, and their write transactions.

Two ``tradefacts extract --db`` runs may load into one database together (a cron job
and a manual rerun, one job per dump). Every write happens in ``write_transaction``,
which holds a lock for the whole transaction, so writers take turns rather than
fail: SQLite's write lock, taken at BEGIN (``BEGIN IMMEDIATE``), and in PostgreSQL an
advisory lock with a fixed key. What a writer reads inside it, no other writer
changes before it commits.
"""
from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, create_engine, event, func, select
from sqlalchemy.engine import Engine, make_url

# How long, in seconds, a SQLite writer waits for another's transaction before giving
# up: far longer than one batch takes, so only a stuck writer makes a loader fail.
SQLITE_BUSY_TIMEOUT = 120.0

# The PostgreSQL advisory lock every tradefacts writer takes: any fixed bigint will do
# (this one spells "tradefac"). It is one per database, so loaders into different
# schemas of one database take turns too.
POSTGRES_LOCK_KEY = int.from_bytes(b"tradefac", "big")

_WRITES = "tradefacts_writes"  # the execution option marking a write transaction


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
    options: dict = {}
    if parsed.get_backend_name() == "sqlite":
        # Set at connect, so it also covers switching a new database to WAL (_use_wal).
        options["connect_args"] = {"timeout": SQLITE_BUSY_TIMEOUT}
    elif parsed.get_backend_name() == "postgresql":
        # A writer reads what was committed before it got the lock; under a server
        # default of REPEATABLE READ it would read a snapshot taken while it waited.
        options["isolation_level"] = "READ COMMITTED"
    try:
        engine = create_engine(parsed, **options)
    except Exception as exc:  # a missing driver, a bad option
        raise DatabaseError(f"cannot use {parsed.render_as_string(hide_password=True)}: {exc}") from None
    if engine.dialect.name == "sqlite":
        _begin_sqlite_transactions_here(engine)
    return engine


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A transaction that holds the database's write lock from its start to its commit."""
    with engine.connect() as conn:
        conn.execution_options(**{_WRITES: True})
        with conn.begin():
            if engine.dialect.name == "postgresql":
                conn.execute(select(func.pg_advisory_xact_lock(POSTGRES_LOCK_KEY)))  # released at commit
            yield conn


def _begin_sqlite_transactions_here(engine: Engine) -> None:
    """SQLAlchemy's recipe for pysqlite: the driver emits no BEGIN of its own, we do.

    The driver would begin a deferred transaction, which takes the write lock only at
    its first write; in WAL mode a transaction that has read by then cannot get it
    while another writes and fails with "database is locked" instead of waiting. A
    write transaction begins IMMEDIATE (it waits for the lock, then holds it); reads
    begin deferred, so they never wait for a writer.
    """
    @event.listens_for(engine, "connect")
    def _connect(conn, _record):
        conn.isolation_level = None  # no implicit BEGIN (nor COMMIT before DDL)
        _use_wal(conn)
        conn.execute("PRAGMA synchronous=NORMAL")  # safe with WAL

    @event.listens_for(engine, "begin")
    def _begin(conn):
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_WRITES) else "BEGIN")


def _use_wal(conn: sqlite3.Connection) -> None:
    """Put the database in WAL mode, which lets a reader query while a load runs.

    A database stays in WAL mode once switched, so only a new one is switched here.
    Switching turns a shared lock into an exclusive one; when two connections try at
    once, SQLite answers one "database is locked" at once instead of calling its busy
    handler (waiting could deadlock), and the other switches. So a refused switch is
    tried again, for as long as a writer would wait.
    """
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if exc.sqlite_errorcode & 0xFF != sqlite3.SQLITE_BUSY or time.monotonic() > deadline:
                raise
            time.sleep(0.01)
