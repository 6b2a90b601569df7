"""Faults at the storage layer: database down or gone mid-run, busy SQLite, concurrent writers.

Databases are only ever stopped or cut when private: a server in a temp dir (tests/pgserver.py)
or a proxy in front of the shared one (tests/tcpproxy.py).
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

import psycopg
import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from marquee.db import WriteCounts, open_database, schema, spool
from marquee.db.engine import create_engine
from marquee.db.store import Database
from marquee.errors import StorageUnavailable
from marquee.pipelines import RecordWriter
from tests.db_records import all_sample_records, expected_records, items, record, stored_record
from tests.pgserver import free_port, private_postgres
from tests.tcpproxy import tcp_proxy


def _unreachable(db_url: str, tmp_path: Path) -> str:
    if db_url.startswith("sqlite"):
        return f"sqlite:///{tmp_path / 'no' / 'such' / 'dir' / 'x.db'}"
    return f"postgresql://postgres@127.0.0.1:{free_port()}/marquee"


def _count(db: Database, table: sa.Table) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())


def test_database_down_at_start_is_a_clear_storage_error(db_url, tmp_path):
    url = _unreachable(db_url, tmp_path)
    with pytest.raises(StorageUnavailable, match=r"cannot open database (sqlite|postgresql)"):
        open_database(url)


def test_unwritable_database_keeps_the_batch_for_replay(db_url, tmp_path):
    gone = Database(create_engine(_unreachable(db_url, tmp_path)), attempts=2, backoff=0.01)
    writer = RecordWriter(gone, batch_size=10, spool_dir=tmp_path / "spool", pause=0)
    records = all_sample_records()[:4]
    for item, page in items(records):
        writer.add(item, page)
    counts = writer.close()
    assert counts == WriteCounts(failed=4)
    [failure] = writer.failures
    assert failure.items == 4 and "cannot write to" in failure.reason
    db = open_database(db_url)
    # the unreachable stand-in has another URL than the database it stands for
    result = spool.replay(db, tmp_path / "spool", any_database=True)
    assert result.counts == WriteCounts(inserted=4)
    assert list((tmp_path / "spool").iterdir()) == []
    db.close()


def test_busy_sqlite_is_retried_then_spooled(tmp_path):
    url = f"sqlite:///{tmp_path / 'busy.db'}"
    open_database(url).close()
    blocker = sa.create_engine(url).connect()
    blocker.exec_driver_sql("BEGIN EXCLUSIVE")
    db = Database(create_engine(url + "?timeout=0.05"), attempts=3, backoff=0.01)
    with pytest.raises(StorageUnavailable, match="after 3 attempt"):
        db.write_batch(items(all_sample_records()[:1]))
    blocker.rollback()
    blocker.close()
    assert db.write_batch(items(all_sample_records()[:1])) == WriteCounts(inserted=1)
    db.close()


def test_connection_cut_mid_run_then_replayed(pg_database, tmp_path):
    target = make_url(pg_database)
    with tcp_proxy(target.host or "127.0.0.1", target.port or 5432) as proxy:
        via_proxy = target.set(host="127.0.0.1", port=proxy.port).render_as_string(False)
        db = open_database(via_proxy)
        db.attempts, db.backoff = 2, 0.01
        writer = RecordWriter(db, batch_size=5, spool_dir=tmp_path, pause=0)
        records = all_sample_records()[:10]
        for item, page in items(records[:5]):
            writer.add(item, page)
        proxy.cut()
        for item, page in items(records[5:]):
            writer.add(item, page)
        assert writer.close() == WriteCounts(inserted=5, failed=5)
        proxy.restore()
        result = spool.replay(db, tmp_path)
        assert result.counts == WriteCounts(inserted=5)
        assert _count(db, schema.titles) == 10
        db.close()


def test_server_stopped_mid_run_then_restarted_and_replayed(tmp_path):
    with private_postgres() as server:
        db = open_database(server.url)
        db.attempts, db.backoff = 2, 0.01
        writer = RecordWriter(db, batch_size=4, spool_dir=tmp_path, pause=0)
        records = all_sample_records()[:8]
        for item, page in items(records[:4]):
            writer.add(item, page)
        server.stop()
        for item, page in items(records[4:]):
            writer.add(item, page)
        assert writer.counts == WriteCounts(inserted=4, failed=4)
        assert "cannot write to postgresql" in writer.failures[0].reason
        server.start()
        assert spool.replay(db, tmp_path).counts == WriteCounts(inserted=4)
        assert _count(db, schema.titles) == 8
        db.close()


def _variant(data: dict[str, Any], writer: int, batch: int) -> dict[str, Any]:
    cast = data["cast"][writer % 2 :] + data["cast"][: writer % 2]
    return {**data, "tagline": f"writer {writer} batch {batch}", "cast": cast}


def _same_people(stored: dict[str, Any], data: dict[str, Any]) -> bool:
    roles = ("cast", "directors", "writers")
    return all(sorted(map(str, stored[role])) == sorted(map(str, data[role])) for role in roles)


def test_concurrent_writers_on_overlapping_batches_neither_deadlock_nor_duplicate(db_url):
    open_database(db_url).close()
    samples = list(expected_records().values())
    errors: list[BaseException] = []

    def work(writer: int) -> None:
        db = open_database(db_url, upgrade=False)
        db.attempts = 1  # a deadlock would surface as an error instead of a silent retry
        try:
            for batch in range(6):
                order = samples if writer % 2 else list(reversed(samples))
                db.write_batch(items([record(_variant(d, writer, batch)) for d in order]))
        except BaseException as exc:
            errors.append(exc)
        finally:
            db.close()

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert errors == []
    db = open_database(db_url)
    keys = {d["source_id"] for d in samples}
    assert _count(db, schema.titles) == len(keys)
    names = {c["actor"] for d in samples for c in d["cast"]} | {
        n for d in samples for n in d["directors"] + d["writers"]
    }
    assert _count(db, schema.people) == len(names)
    for key in keys:  # each title's credits come whole from one of the versions written
        versions = [d for d in samples if d["source_id"] == key]
        stored = stored_record(db.engine, key)
        assert any(_same_people(stored, d) for d in versions), key
    db.close()


def test_driver_level_errors_become_storage_errors_and_transient_ones_are_retried(db_url):
    db = open_database(db_url)
    db.backoff = 0
    postgres = db.engine.dialect.name == "postgresql"
    calls: list[int] = []

    def flaky(conn: sa.Connection) -> int:
        calls.append(1)
        if len(calls) < 3:  # what COPY or sqlite3's executemany raise, unwrapped
            if postgres:
                raise psycopg.OperationalError("server closed the connection unexpectedly")
            raise sqlite3.OperationalError("database is locked")
        return int(conn.execute(sa.select(sa.literal(7))).scalar_one())

    assert db.transaction(flaky) == 7 and len(calls) == 3

    def broken(conn: sa.Connection) -> None:
        if postgres:
            raise psycopg.errors.UniqueViolation("duplicate key value")
        raise sqlite3.IntegrityError("UNIQUE constraint failed")

    with pytest.raises(StorageUnavailable, match="after 1 attempt"):
        db.transaction(broken)
    db.close()
