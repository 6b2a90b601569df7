"""Readers and writers at once: reads never keep a writer out; counts stay exact in a race."""

from __future__ import annotations

import io
import threading
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from marquee.db import WriteCounts, open_database, schema
from marquee.db.batch import write_items
from marquee.db.rows import utcnow
from marquee.db.store import Database
from marquee.errors import StorageUnavailable
from marquee.export import ExportFormat, export
from marquee.items import TitleRecord
from tests.db_records import all_sample_records, expected_records, items, record

WRITER_TIMEOUT_S = 0.5


def distinct_records() -> list[TitleRecord]:
    """The sample records, one per title (two sample pages give one title under two URLs)."""
    return list({r.source_id: r for r in all_sample_records()}.values())


def impatient_writer(db_url: str) -> Database:
    """A writer that gives up after half a second of waiting for a lock, without retrying."""
    url = f"{db_url}?timeout={WRITER_TIMEOUT_S}" if db_url.startswith("sqlite") else db_url
    db = open_database(url)
    db.attempts = 1
    return db


class WritesDuringTheRead(io.StringIO):
    """An export's output that, at its first line, has another connection write a title."""

    def __init__(self, writer: Database, batch: list[object]) -> None:
        super().__init__()
        self.writer, self.batch = writer, batch
        self.counts: WriteCounts | None = None

    def write(self, text: str) -> int:
        if self.counts is None:  # on SQLite, a lock held by the export would fail this write
            self.counts = self.writer.write_batch(self.batch)  # type: ignore[arg-type]
        return super().write(text)


def test_a_long_export_does_not_keep_a_writer_out(db_url: str) -> None:
    records = distinct_records()
    with open_database(db_url) as db:
        db.write_batch(items(records[:-1]))
    writer = impatient_writer(db_url)
    out = WritesDuringTheRead(writer, items(records[-1:]))  # type: ignore[arg-type]
    try:
        with open_database(db_url) as reader:
            exported = export(reader.engine, ExportFormat.JSONL, None, out)
    finally:
        writer.close()
    assert out.counts is not None and out.counts.inserted == 1
    assert exported == len(records) - 1  # the export reads its own snapshot


def test_a_read_transaction_leaves_the_write_lock_free(db_url: str) -> None:
    records = distinct_records()
    writer = impatient_writer(db_url)
    try:
        with open_database(db_url) as reader:

            def read_then_let_a_writer_in(conn: sa.Connection) -> WriteCounts:
                conn.execute(sa.select(sa.func.count()).select_from(schema.titles)).scalar_one()
                return writer.write_batch(items(records))

            counts = reader.transaction(read_then_let_a_writer_in, read=True)
            assert reader.unresolved_rejects() == []
    finally:
        writer.close()
    assert counts.inserted == len(records)


def test_a_write_transaction_still_takes_the_lock_at_begin(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'm.db'}"
    writer = impatient_writer(db_url)
    try:
        with (
            open_database(db_url) as holder,
            holder.engine.begin(),
            pytest.raises(StorageUnavailable, match="database is locked"),
        ):
            writer.write_batch(items(all_sample_records()[:1]))
    finally:
        writer.close()


def _count(db: Database, table: sa.Table) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())


def _lock_waiters(db: Database) -> int:
    stmt = sa.text(
        "SELECT count(*) FROM pg_stat_activity"
        " WHERE datname = current_database() AND wait_event_type = 'Lock'"
    )
    with db.engine.connect() as conn:
        return int(conn.execute(stmt).scalar_one())


def _stored_credits(records: list[TitleRecord]) -> int:
    return sum(len(r.cast) + len(r.directors) + len(r.writers) for r in records)


def test_the_loser_of_an_insert_race_counts_no_insert(pg_database: str) -> None:
    """Writer B looks (no titles yet), then waits on A's uncommitted rows; A commits."""
    records = distinct_records()
    found: list[WriteCounts] = []
    with open_database(pg_database) as a, open_database(pg_database) as b:
        loser = threading.Thread(target=lambda: found.append(b.write_batch(items(records))))
        with a.engine.begin() as conn:
            first = write_items(conn, items(records), source=a.source, run_id=None, now=utcnow())
            loser.start()
            deadline = time.monotonic() + 20
            while _lock_waiters(a) == 0 and time.monotonic() < deadline:
                time.sleep(0.02)
            assert _lock_waiters(a) == 1  # B is blocked on our titles' unique keys
        loser.join(30)
        second = found[0]
        assert first.inserted == len(records)
        assert (second.inserted, second.updated, second.unchanged) == (0, 0, len(records))
        assert _count(a, schema.titles) == len(records)
        assert _count(a, schema.credits) == _stored_credits(records)  # B rewrote no children
        with a.engine.connect() as conn:
            orphans = conn.execute(
                sa.select(sa.func.count()).where(schema.pages.c.title_id.is_(None))
            ).scalar_one()
        assert orphans == 0  # B's pages point at A's titles


def _write_at(
    start: threading.Barrier, db: Database, batch: list[TitleRecord], counts: list[WriteCounts]
) -> None:
    start.wait()
    counts.append(db.write_batch(items(batch)))


def test_two_writers_racing_count_each_title_inserted_once(pg_database: str) -> None:
    data = list({d["source_id"]: d for d in expected_records().values()}.values())
    rounds = 5
    with open_database(pg_database) as a, open_database(pg_database) as b:
        for n in range(rounds):
            # each round a new set of titles, written by both at once, in opposite orders
            batch = [record({**d, "source_id": f"{d['source_id']}-{n}"}) for d in data]
            start = threading.Barrier(2)
            counts: list[WriteCounts] = []
            threads = [
                threading.Thread(target=_write_at, args=(start, db, part, counts))
                for db, part in ((a, batch), (b, batch[::-1]))
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(60)
            assert sum(c.inserted for c in counts) == len(batch), counts
            assert sum(c.updated for c in counts) == 0, counts
            assert sum(c.unchanged for c in counts) == len(batch), counts
        assert _count(a, schema.titles) == rounds * len(data)
        assert _count(a, schema.credits) == rounds * _stored_credits(
            [record(d) for d in data]
        )
