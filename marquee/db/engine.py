"""Database URLs and engines: SQLite (embedded default) and PostgreSQL via psycopg 3."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import make_url

DEFAULT_DB_URL = "sqlite:///marquee.db"
ENV_VAR = "MARQUEE_DB_URL"
SQLITE_BUSY_TIMEOUT_S = 30.0
READ_ONLY = "marquee_read_only"  # execution option: this connection's transactions only read
SUPPORTED_FORMS = "sqlite:///PATH or postgresql://USER@HOST[:PORT]/NAME"
_SUPPORTED_DRIVERS = frozenset({"sqlite", "sqlite+pysqlite", "postgresql+psycopg"})


class UnsupportedDatabaseURL(ValueError):
    """A database URL marquee cannot use: not a URL, or not SQLite or PostgreSQL."""


def resolve_db_url(url: str | None = None) -> str:
    """Explicit argument, else $MARQUEE_DB_URL, else a SQLite file in the working directory.

    Plain PostgreSQL URLs are mapped to the psycopg 3 driver:

    >>> resolve_db_url("postgresql://u@h/db")
    'postgresql+psycopg://u@h/db'
    >>> resolve_db_url("sqlite:///x.db")
    'sqlite:///x.db'
    """
    chosen = url or os.environ.get(ENV_VAR) or DEFAULT_DB_URL
    for prefix in ("postgresql://", "postgres://"):
        if chosen.startswith(prefix):
            return "postgresql+psycopg://" + chosen[len(prefix) :]
    return chosen


def check_db_url(url: str | None = None) -> str:
    """The resolved URL, or UnsupportedDatabaseURL naming the forms marquee takes.

    >>> check_db_url("postgres://u@h/db")
    'postgresql+psycopg://u@h/db'
    """
    resolved = resolve_db_url(url)
    try:
        parsed = make_url(resolved)
    except sa.exc.ArgumentError:
        shown = resolved
    else:
        if parsed.drivername in _SUPPORTED_DRIVERS:
            return resolved
        shown = parsed.render_as_string(hide_password=True).replace(
            "postgresql+psycopg://", "postgresql://"
        )
    raise UnsupportedDatabaseURL(f"unsupported database URL {shown!r}: use {SUPPORTED_FORMS}")


def create_engine(url: str | None = None) -> sa.Engine:
    resolved = check_db_url(url)
    if make_url(resolved).get_backend_name() == "sqlite":
        return _sqlite_engine(resolved)
    return sa.create_engine(resolved, pool_pre_ping=True)


def _sqlite_engine(url: str) -> sa.Engine:
    # busy timeout: sqlite3's `timeout`, overridable in the URL (sqlite:///x.db?timeout=0.5)
    args = {} if "timeout" in make_url(url).query else {"timeout": SQLITE_BUSY_TIMEOUT_S}
    engine = sa.create_engine(url, connect_args=args)
    event.listen(engine, "connect", _sqlite_on_connect)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


@contextmanager
def read_connection(engine: sa.Engine) -> Iterator[sa.Connection]:
    """A connection whose transactions only read: on SQLite they never hold the write lock."""
    with engine.connect() as conn:
        yield conn.execution_options(**{READ_ONLY: True})


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # SQLAlchemy, not the sqlite3 module, emits BEGIN (see _sqlite_begin_immediate).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    _ensure_wal(cursor)
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _ensure_wal(cursor: Any) -> None:
    """WAL is stored in the file; switching needs a moment alone with it, without busy waits."""
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_S
    if cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal":
        return
    while True:  # in-memory databases answer "memory" and stay so: one success is enough
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _sqlite_begin(conn: sa.Connection) -> None:
    if conn.get_execution_options().get(READ_ONLY):
        # Deferred: in WAL mode a reader sees its snapshot and never keeps a writer out.
        conn.exec_driver_sql("BEGIN")
    else:
        # Take the write lock up front: a read-then-write transaction cannot fail to upgrade.
        conn.exec_driver_sql("BEGIN IMMEDIATE")
