"""A SQLite snapshot of any marquee database (`marquee export --format sqlite`), for Datasette.

The snapshot is made by the same migrations (so it has the views) and filled table by table
in foreign-key order, keeping every id. Columns are matched by name, so a database some
migrations ahead or behind still copies what both have. Written beside the output and renamed
over it at the end: an existing file is never left half-replaced.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from marquee.db.engine import create_engine, read_connection
from marquee.db.store import upgrade_schema

COPY_ROWS = 1000
NOT_COPIED = frozenset({"alembic_version"})  # the snapshot's own migrations wrote it


def write_snapshot(source: sa.Engine, output: Path) -> dict[str, int]:
    """Copy every table of `source` into a new SQLite file at `output`; rows per table."""
    part = output.with_name(output.name + ".part")
    _remove(part)
    target = create_engine(f"sqlite:///{part}")
    try:
        upgrade_schema(target)
        with read_connection(source) as src, target.begin() as dst:
            copied = {name: _copy(src, dst, table) for name, table in _tables(dst).items()}
    finally:
        target.dispose()  # the last connection closed: SQLite folds the WAL into the file
    os.replace(part, output)
    return copied


def _remove(path: Path) -> None:
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)


def _tables(conn: sa.Connection) -> dict[str, sa.Table]:
    """The snapshot's tables, parents before children."""
    found = sa.MetaData()
    found.reflect(conn)
    return {t.name: t for t in found.sorted_tables if t.name not in NOT_COPIED}


def _copy(src: sa.Connection, dst: sa.Connection, target: sa.Table) -> int:
    if not sa.inspect(src).has_table(target.name):
        return 0
    source = sa.Table(target.name, sa.MetaData(), autoload_with=src)
    shared = [column.name for column in source.columns if column.name in target.columns]
    stmt = sa.select(*(source.c[name] for name in shared))
    copied = 0
    for rows in _batches(src, stmt):
        dst.execute(sa.insert(target), [_sqlite_row(row) for row in rows])
        copied += len(rows)
    return copied


def _batches(conn: sa.Connection, stmt: sa.Select[Any]) -> Iterator[list[dict[str, Any]]]:
    result = conn.execute(stmt, execution_options={"yield_per": COPY_ROWS})
    for partition in result.mappings().partitions():
        yield [dict(row) for row in partition]


def _sqlite_row(row: dict[str, Any]) -> dict[str, Any]:
    """Times as SQLite keeps them in marquee: UTC, without an offset."""
    return {key: _utc_naive(value) for key, value in row.items()}


def _utc_naive(value: Any) -> Any:
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.astimezone(dt.UTC).replace(tzinfo=None)
    return value


@contextlib.contextmanager
def snapshot_of(source: sa.Engine, output: Path) -> Iterator[dict[str, int]]:
    """A snapshot kept while the block runs (browse of a PostgreSQL database), then removed."""
    copied = write_snapshot(source, output)
    try:
        yield copied
    finally:
        _remove(output)
