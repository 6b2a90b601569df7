"""The SQLite driver-level write path stores exactly what SQLAlchemy's executemany stores."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from marquee.db import open_database, schema, upsert
from marquee.db.batch import Item, write_items
from marquee.db.store import Database
from marquee.errors import StorageUnavailable
from tests.databases import temporary_pg_database
from tests.db_records import (
    BASE,
    T0,
    all_sample_records,
    expected_records,
    items,
    record,
    reject,
)

NOW = dt.datetime(2026, 3, 5, 8, 30, 15, 123456, tzinfo=dt.UTC)


def _batches() -> list[list[Item]]:
    """New titles, odd values and a reject; then changes, a resolving success; then a repeat."""
    data = expected_records()
    odd = [
        record(data["v2-avatar"], synopsis="Pan\x00dora\x1b moon.", version="2"),
        record(data["v2-heat"], budget={"amount": "1" + "0" * 22, "currency": "USD"}, version="2"),
    ]
    bad = reject(BASE + "movie/missing", fetched_at=None)
    later = T0 + dt.timedelta(days=2)
    changed = all_sample_records(fetched_at=later, tagline="Changed.")
    resolving = record(data["v2-heat"], source_id="movie/missing", fetched_at=later)
    return [
        items([*all_sample_records(), *odd, bad]),
        items([*changed, resolving]),
        items(changed),
    ]


def _load(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    for n, batch in enumerate(_batches()):
        write = functools.partial(
            write_items, items=batch, source="s", run_id=None, now=NOW + dt.timedelta(hours=n)
        )
        db.transaction(write)
    return _snapshot(db.engine)


def _snapshot(engine: sa.Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every table as SQLAlchemy reads it and as the driver returns it (SQLite: stored text).

    Left out: pages.created_at, the database's clock at insert.
    """
    out = {}
    with engine.connect() as conn:
        for name, table in schema.metadata.tables.items():
            columns = [c for c in table.columns if (name, c.name) != ("pages", "created_at")]
            stmt = sa.select(*columns).order_by(*table.primary_key.columns)
            out[name] = [tuple(row) for row in conn.execute(stmt)]
            listed = ", ".join(c.name for c in columns)
            order = ", ".join(c.name for c in table.primary_key.columns)
            raw = conn.exec_driver_sql(f"SELECT {listed} FROM {name} ORDER BY {order}")
            out[f"{name} (driver)"] = [tuple(row) for row in raw]
    return out


@contextlib.contextmanager
def _another_database(db_url: str, tmp_path: Path) -> Iterator[str]:
    if db_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'reference.db'}"
    else:
        with temporary_pg_database() as url:
            yield url


def test_driver_path_stores_what_sqlalchemy_stores(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_database(db_url) as db:
        fast = _load(db)
    with _another_database(db_url, tmp_path) as url, open_database(url) as db:
        calls: list[int] = []

        def sqlalchemy_only(*_args: Any) -> bool:
            calls.append(1)
            return False

        monkeypatch.setattr(upsert, "sqlite_executemany", sqlalchemy_only)
        reference = _load(db)
    assert bool(calls) == db_url.startswith("sqlite")
    assert len(fast["titles"]) == len({r.source_id for r in all_sample_records()}) + 1
    assert fast["rejects"] and fast["people"] and fast["credits"]
    assert fast == reference


def test_statement_with_other_parameters_falls_back(tmp_path: Path) -> None:
    with open_database(f"sqlite:///{tmp_path / 'x.db'}") as db, db.engine.begin() as conn:
        stmt = sa.insert(schema.people).values(name=sa.bindparam("given") + "!")
        assert not upsert.sqlite_executemany(conn, stmt, [{"given": "a"}])
        upsert.execute_chunked(conn, stmt, [{"given": "a"}])
        assert conn.execute(sa.select(schema.people.c.name)).scalars().all() == ["a!"]


_REFUSE_TITLES = {
    "sqlite": [
        "CREATE TRIGGER refuse BEFORE INSERT ON titles BEGIN SELECT RAISE(ABORT, 'no titles'); END"
    ],
    "postgresql": [
        "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql"
        " AS $$ BEGIN RAISE EXCEPTION 'no titles'; END $$",
        "CREATE TRIGGER refuse BEFORE INSERT ON titles FOR EACH ROW EXECUTE FUNCTION refuse()",
    ],
}


def test_error_from_the_driver_path_is_a_storage_error_and_writes_nothing(db_url: str) -> None:
    with open_database(db_url) as db:
        with db.engine.begin() as conn:
            for sql in _REFUSE_TITLES[conn.dialect.name]:
                conn.exec_driver_sql(sql)
        with pytest.raises(StorageUnavailable, match=r"after 1 attempt.*no titles"):
            db.write_batch(items(all_sample_records()))
        with db.engine.connect() as conn:
            for table in (schema.titles, schema.people, schema.pages):
                count = sa.select(sa.func.count()).select_from(table)
                assert conn.execute(count).scalar_one() == 0, table.name
