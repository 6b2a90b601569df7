"""marquee.recovery.recover_archived without a crawl: what a killed run archived and did not
store is stored through the reparse path, by the existing rules (SQLite and PostgreSQL).
The crawl end to end: tests/test_reliability_interrupt.py."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from marquee.archive import read_archive
from marquee.db import Database, open_database, schema
from marquee.db.runs import ARCHIVE_KEY, AbandonedRun
from marquee.pipelines.writer import RecordWriter
from marquee.recovery import recover_archived
from marquee.reparse import process, reparse
from tests.test_reparse_partial import AMELIE, HEAT, PARASITE, SITE, T_NEW, T_OLD, _archive

GONE = f"{SITE}/movie/gone"  # the soft 404: an HTTP 200 page that is a reject


def _killed_run(db: Database, archive_dir: Path) -> AbandonedRun:
    """A run that archived Heat, a soft 404, Parasite and (cut by the kill) Amélie, and had
    written Heat alone before it died."""
    pages = {HEAT: "v2-heat.html", GONE: "v2-soft-404.html", PARASITE: "v2-parasite.html",
             AMELIE: "v2-amelie.html"}  # fmt: skip
    _archive(archive_dir.parent, archive_dir.name, pages, T_NEW, cut=80)
    run_id = db.start_run(site="reelguide", options={})
    heat = next(r for r in read_archive(sorted(archive_dir.iterdir())) if r.url == HEAT)
    db.write_batch([process(heat)], run_id=run_id)
    return AbandonedRun(run_id, {}, {ARCHIVE_KEY: {"dir": str(archive_dir), "run": "killed"}})


def _rows(db: Database, table: sa.Table) -> list[dict[str, object]]:
    with db.engine.connect() as conn:
        return [dict(row) for row in conn.execute(sa.select(table)).mappings()]


def _credits(db: Database, source_id: str) -> int:
    t, c = schema.titles, schema.credits
    stmt = sa.select(sa.func.count()).select_from(c.join(t)).where(t.c.source_id == source_id)
    with db.engine.connect() as conn:
        return int(conn.execute(stmt).scalar_one())


def test_a_killed_runs_archive_is_stored_by_the_reparse_rules(db_url: str, tmp_path: Path) -> None:
    old, _ = _archive(tmp_path / "old", "old", {AMELIE: "v2-amelie.html"}, T_OLD)
    with open_database(db_url) as db:
        reparse([old], db)  # the complete Amélie, stored before the killed run
        credits = _credits(db, "movie/amelie")
        killed = _killed_run(db, tmp_path / "archive" / "killed")
        run_id = db.start_run(site="reelguide", options={})
        writer = RecordWriter(db, run_id=run_id, spool_dir=tmp_path / "spool")
        found = recover_archived(db, [killed], writer)
        titles = {row["source_id"]: row for row in _rows(db, schema.titles)}
        rejects = _rows(db, schema.rejects)
        pages = {row["url"]: row for row in _rows(db, schema.pages)}
        amelie_credits = _credits(db, "movie/amelie")

    assert found.runs == [killed.run_id]
    assert found.already_stored == 1  # Heat: the killed run wrote it, not written again
    assert pages[HEAT]["run_id"] == killed.run_id
    assert (found.pages, found.partial) == (3, 1)
    assert (found.counts.inserted, found.counts.rejected, found.counts.unchanged) == (1, 1, 1)
    assert [row["url"] for row in rejects] == [GONE]  # the reject is in rejects
    assert set(titles) == {"movie/amelie", "movie/heat", "movie/parasite"}
    # the cut Amélie, newer, never overwrites the complete one
    assert titles["movie/amelie"]["partial"] is False and amelie_credits == credits > 1
    assert titles["movie/amelie"]["runtime_minutes"] is not None
    # what a resumed crawl need not fetch again: complete pages only, the cut one is fetched
    assert found.done == {killed.run_id: {HEAT, GONE, PARASITE}}


def test_a_run_without_an_archive_left_is_passed_over(db_url: str, tmp_path: Path) -> None:
    with open_database(db_url) as db:
        gone = AbandonedRun(7, {}, {ARCHIVE_KEY: {"dir": str(tmp_path / "deleted")}})
        older = AbandonedRun(8, {}, {})  # from a marquee that did not record its archive
        found = recover_archived(db, [gone, older], RecordWriter(db, spool_dir=tmp_path))
    assert found.runs == [] and found.pages == 0 and found.done == {}
