"""The storage API on SQLite and PostgreSQL: round trip, idempotency, change detection, rejects."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from marquee.db import WriteCounts, open_database, schema
from marquee.db.store import Database
from tests.db_records import (
    BASE,
    T0,
    all_sample_records,
    dump_tables,
    expected_records,
    items,
    page_for,
    record,
    reject,
    stored_record,
)


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    yield database
    database.close()


def _column(db: Database, column: sa.Column[Any], source_id: str) -> Any:
    t = schema.titles
    with db.engine.connect() as conn:
        return conn.execute(sa.select(column).where(t.c.source_id == source_id)).scalar_one()


def test_sample_records_round_trip_field_by_field(db):
    expected = expected_records()
    # later files win, as later items of a batch do
    latest = {data["source_id"]: data for data in expected.values()}
    records = all_sample_records()
    counts = db.write_batch(items(records))
    # a title given twice in one batch: the copy not written counts as unchanged
    assert counts == WriteCounts(inserted=len(latest), unchanged=len(records) - len(latest))
    for source_id, data in latest.items():
        stored = stored_record(db.engine, source_id)
        for key, value in data.items():
            assert stored[key] == value, f"{source_id}: {key}"


def test_loading_twice_changes_nothing_and_reports_unchanged(db):
    records = all_sample_records()
    db.write_batch(items(records))
    before = dump_tables(db.engine)
    second = db.write_batch(items(records))
    assert second == WriteCounts(unchanged=len(records))
    assert dump_tables(db.engine) == before


def test_loading_undated_records_twice_writes_nothing(db):
    """Loose files (a second `reparse` of the same pages) carry no fetch time: being read
    again says nothing about when the title was seen, so last_seen_at stays as it was (it
    was rewritten to "now" for every title)."""
    records = [record(data, fetched_at=None) for data in expected_records().values()]
    db.write_batch(items(records))
    before = dump_tables(db.engine)
    second = db.write_batch(items(records))
    assert second == WriteCounts(unchanged=len(records))
    assert dump_tables(db.engine) == before


def test_changed_record_updates_it_and_its_children_in_order(db):
    data = expected_records()["v2-heat"]
    db.write_batch(items([record(data)]))
    first_seen = _column(db, schema.titles.c.first_seen_at, "movie/heat")
    cast = list(reversed(data["cast"]))
    later = T0 + dt.timedelta(days=1)
    counts = db.write_batch(items([record(data, cast=cast, genres=["Thriller"], fetched_at=later)]))
    assert counts == WriteCounts(updated=1)
    stored = stored_record(db.engine, "movie/heat")
    assert stored["cast"] == cast
    assert stored["genres"] == ["Thriller"]
    assert _column(db, schema.titles.c.first_seen_at, "movie/heat") == first_seen


def test_identical_record_fetched_later_only_moves_last_seen(db):
    data = expected_records()["v2-amelie"]
    db.write_batch(items([record(data)]))
    before = dump_tables(db.engine)
    later = T0 + dt.timedelta(days=3)
    counts = db.write_batch([(record(data), page_for(record(data, fetched_at=later)))])
    assert counts == WriteCounts(unchanged=1)
    counts = db.write_batch(items([record(data, fetched_at=later)]))
    assert counts == WriteCounts(unchanged=1)
    after = dump_tables(db.engine)
    seen = schema.titles.c.keys().index("last_seen_at")
    assert [r[:seen] + r[seen + 1 :] for r in after["titles"]] == [
        r[:seen] + r[seen + 1 :] for r in before["titles"]
    ]
    stored_seen = _column(db, schema.titles.c.last_seen_at, "movie/amelie")
    assert stored_seen.replace(tzinfo=dt.UTC) == later
    for name in ("credits", "title_genres", "people"):
        assert after[name] == before[name]


def test_older_fetch_never_overwrites_newer_data(db):
    data = expected_records()["v2-parasite"]
    newer = T0 + dt.timedelta(days=10)
    db.write_batch(items([record(data, fetched_at=newer)]))
    counts = db.write_batch(items([record(data, title="Old Title", fetched_at=T0)]))
    assert counts == WriteCounts(unchanged=1)
    undated = db.write_batch(items([record(data, title="Undated", fetched_at=None)]))
    assert undated == WriteCounts(unchanged=1)
    assert _column(db, schema.titles.c.title, "movie/parasite") == data["title"]


def test_duplicate_keys_in_one_batch_keep_the_newest_then_the_last(db):
    data = expected_records()["v2-bao"]
    newer = T0 + dt.timedelta(hours=1)
    batch = [
        record(data, title="Newest", fetched_at=newer),
        record(data, title="Older", fetched_at=T0),
        record(data, title="Same time, later in batch", fetched_at=newer),
    ]
    counts = db.write_batch(items(batch))
    assert counts == WriteCounts(inserted=1, unchanged=2)
    assert _column(db, schema.titles.c.title, "movie/bao") == "Same time, later in batch"


def test_reject_is_listed_until_a_later_parse_of_its_url_succeeds(db):
    data = expected_records()["v2-rrr"]
    url = BASE + data["source_id"]
    bad = reject(url, fetched_at=T0)
    assert db.write_batch(items([bad])) == WriteCounts(rejected=1)
    assert db.write_batch(items([bad])) == WriteCounts(rejected=1)  # same page: no second row
    listed = db.unresolved_rejects()
    assert [(r["url"], r["reason"]) for r in listed] == [(url, "no title")]
    good = record(data, fetched_at=T0 + dt.timedelta(minutes=5))
    assert db.write_batch(items([good])) == WriteCounts(inserted=1)
    assert db.unresolved_rejects() == []
    with db.engine.connect() as conn:
        outcomes = conn.execute(sa.select(schema.pages.c.outcome).order_by("id")).scalars().all()
    assert outcomes == ["rejected", "stored"]


def test_a_success_older_than_the_reject_does_not_resolve_it(db):
    data = expected_records()["v2-rrr"]
    bad = reject(BASE + data["source_id"], fetched_at=T0 + dt.timedelta(days=1))
    db.write_batch(items([bad]))
    db.write_batch(items([record(data, fetched_at=T0)]))
    assert len(db.unresolved_rejects()) == 1


def test_nul_and_control_characters_are_stripped_before_the_database(db):
    data = expected_records()["v2-avatar"]
    dirty = record(
        data,
        synopsis="Pan\x00dora\x1b moon.\tTabs\nand newlines stay.",
        cast=[{"actor": "Sam\x00 Worthington", "character": "Jake\x07 Sully"}],
        unparsed=[{"field": "runtime_minutes", "raw": "2h\x00 4m", "reason": "unreadable"}],
    )
    bad = reject(BASE + "movie/broken\x00", reason="no\x00 title")
    assert db.write_batch(items([dirty, bad])) == WriteCounts(inserted=1, rejected=1)
    stored = stored_record(db.engine, "movie/avatar")
    assert stored["synopsis"] == "Pandora moon.\tTabs\nand newlines stay."
    assert stored["cast"] == [{"actor": "Sam Worthington", "character": "Jake Sully"}]
    assert _column(db, schema.titles.c.unparsed, "movie/avatar")[0]["raw"] == "2h 4m"
    assert [r["url"] for r in db.unresolved_rejects()] == [BASE + "movie/broken"]


def test_long_text_is_stored_whole(db):
    data = expected_records()["v2-heat"]
    synopsis = "word " * 400_000
    db.write_batch(items([record(data, synopsis=synopsis.strip())]))
    assert _column(db, schema.titles.c.synopsis, "movie/heat") == synopsis.strip()


def test_amount_too_large_for_the_column_is_reported_not_fatal(db):
    data = expected_records()["v2-heat"]
    huge = {"amount": "1" + "0" * 22, "currency": "USD"}
    counts = db.write_batch(items([record(data, budget=huge)]))
    assert counts == WriteCounts(inserted=1)
    assert _column(db, schema.titles.c.budget_amount, "movie/heat") is None
    issue = _column(db, schema.titles.c.unparsed, "movie/heat")[0]
    assert issue == {
        "field": "budget",
        "raw": huge["amount"],
        "reason": "amount too large to store",
    }


def test_large_batch_is_chunked_under_parameter_limits(db):
    base = expected_records()["v2-the-office"]
    cast = [{"actor": f"Actor {i}", "character": f"Role {i}"} for i in range(40)]
    records = [
        record(base, source_id=f"show/office-{i}", title=f"Office {i}", cast=cast)
        for i in range(1500)
    ]
    assert db.write_batch(items(records)) == WriteCounts(inserted=1500)
    with db.engine.connect() as conn:
        credits = conn.execute(sa.select(sa.func.count()).select_from(schema.credits)).scalar()
        people = conn.execute(sa.select(sa.func.count()).select_from(schema.people)).scalar()
    assert credits == 1500 * (40 + len(base["writers"]) + len(base["directors"]))
    assert people == 40 + len(base["writers"]) + len(base["directors"])


def test_money_keeps_its_decimal_value(db):
    data = expected_records()["v2-heat"]
    db.write_batch(items([record(data, box_office={"amount": "1234567.5", "currency": "EUR"})]))
    amount = _column(db, schema.titles.c.box_office_amount, "movie/heat")
    assert Decimal(str(amount)) == Decimal("1234567.5")


def test_runs_and_last_successful_run(db):
    assert db.last_successful_run() is None
    first = db.start_run(site="reelguide", options={"limit": 10})
    db.finish_run(first, status="finished", counts={"inserted": 3}, coverage={"title": 1.0})
    failed = db.start_run(site="reelguide", options={})
    db.finish_run(failed, status="failed", counts={}, coverage={})
    last = db.last_successful_run()
    assert last is not None
    assert (last["id"], last["counts"]) == (first, {"inserted": 3})
    assert last["coverage"] == {"title": 1.0}
    assert last["finished_at"].tzinfo is not None


def test_page_fetch_state_is_the_latest_successful_fetch(db):
    data = expected_records()["v2-heat"]
    run = db.start_run(site="reelguide", options={})
    old, new = record(data), record(data, fetched_at=T0 + dt.timedelta(days=1), tagline="New")
    db.write_batch([(old, page_for(old, etag='"a"'))], run_id=run)
    db.write_batch([(new, page_for(new, etag='"b"', last_modified="Mon"))], run_id=run)
    state = db.page_fetch_state()[new.url]
    assert (state.fetched_at, state.etag, state.last_modified) == (new.fetched_at, '"b"', "Mon")


def test_a_migrated_sqlite_database_opens_without_alembic_or_psycopg(tmp_path: Path) -> None:
    # start-up cost: every command opens its database; neither is needed for SQLite at HEAD
    url = f"sqlite:///{tmp_path / 'm.db'}"
    open_database(url).close()
    code = (
        "import sys; from marquee.db import open_database; import marquee.reparse; "
        "db = open_database(sys.argv[1]); db.write_batch([]); db.close(); "
        "print(sorted({'alembic', 'psycopg'} & sys.modules.keys()))"
    )
    done = subprocess.run([sys.executable, "-c", code, url], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
