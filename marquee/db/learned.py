"""Learned locators in the database: saved versioned, loaded for parsing, retired, forgotten.

Rows are never updated but to retire them: a layout learned again retires its older rows
("learned again"), `marquee learn --forget ID` retires one ("forgotten"), and a run in which
a layout's locators find nothing retires them ("matched no page in run N").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa

from marquee.db import schema as s
from marquee.db.rows import utcnow
from marquee.db.store import Database
from marquee.export import records_for
from marquee.items import TitleRecord
from marquee.parsers.learned import LearnedLayout, Locator

LEARNED_AGAIN = "learned again"
FORGOTTEN = "forgotten"


def save(
    db: Database,
    layout: LearnedLayout,
    reports: Iterable[tuple[Locator, int, float]],
    *,
    pages: int,
    run_id: int | None = None,
) -> list[int]:
    """Store a layout's locators (with their support and cross-validated precision); the
    same layout's older rows are retired. Returns the new rows' ids."""
    t = s.learned_locators
    now = utcnow()
    positions: dict[str, int] = defaultdict(int)
    rows: list[dict[str, Any]] = []
    for locator, support, precision in reports:
        rows.append(
            {
                "site": db.source,
                "layout": layout.fingerprint,
                "field": locator.field,
                "position": positions[locator.field],
                "locator": locator.as_json(),
                "support": support,
                "precision": precision,
                "pages": pages,
                "created_at": now,
                "run_id": run_id,
            }
        )
        positions[locator.field] += 1

    def write(conn: sa.Connection) -> list[int]:
        older = sa.and_(t.c.site == db.source, t.c.layout == layout.fingerprint, _active())
        conn.execute(sa.update(t).where(older).values(retired_at=now, retired_reason=LEARNED_AGAIN))
        if not rows:
            return []
        return [int(i) for i in conn.execute(sa.insert(t).returning(t.c.id), rows).scalars()]

    return db.transaction(write)


def _active() -> sa.ColumnElement[bool]:
    return s.learned_locators.c.retired_at.is_(None)


def active_layouts(db: Database) -> list[LearnedLayout]:
    """The site's layouts in use, newest first, each with its locators in field order."""
    t = s.learned_locators
    stmt = (
        sa.select(t.c.id, t.c.layout, t.c.field, t.c.locator)
        .where(t.c.site == db.source, _active())
        .order_by(t.c.created_at.desc(), t.c.layout, t.c.id)
    )
    rows = db.transaction(lambda conn: conn.execute(stmt).all(), read=True)
    grouped: dict[str, list[tuple[int, Locator]]] = defaultdict(list)
    for row in rows:
        grouped[row.layout].append((row.id, locator_from(row.field, row.locator)))
    return [
        LearnedLayout(name, tuple(loc for _, loc in found), tuple(i for i, _ in found))
        for name, found in grouped.items()
    ]


def locator_from(field: str, data: dict[str, Any]) -> Locator:
    return Locator.from_json(field, data)


def listing(db: Database, *, retired: bool = False) -> list[dict[str, Any]]:
    """Rows for `marquee learn --show`: in use, or every one with `retired`."""
    t = s.learned_locators
    stmt = sa.select(t).order_by(t.c.site, t.c.layout, t.c.field, t.c.position, t.c.id)
    if not retired:
        stmt = stmt.where(_active())
    rows = db.transaction(lambda conn: conn.execute(stmt).mappings().all(), read=True)
    return [dict(row) for row in rows]


def retire(db: Database, ids: Sequence[int], reason: str) -> int:
    """Retire locators in use among `ids`; returns how many were."""
    if not ids:
        return 0
    t = s.learned_locators
    stmt = (
        sa.update(t)
        .where(t.c.id.in_(list(ids)), _active())
        .values(retired_at=utcnow(), retired_reason=reason)
    )
    return int(db.transaction(lambda conn: conn.execute(stmt).rowcount))


def forget(db: Database, locator_id: int) -> bool:
    return retire(db, [locator_id], FORGOTTEN) == 1


def stored_records(db: Database, source_ids: Iterable[str]) -> dict[str, TitleRecord]:
    """The stored record of each title among `source_ids` that the database has."""
    wanted = sorted(set(source_ids))
    t = s.titles
    found: dict[str, TitleRecord] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        stmt = sa.select(t).where(t.c.source == db.source, t.c.source_id.in_(chunk))

        def read(conn: sa.Connection, stmt: sa.Select[Any] = stmt) -> list[TitleRecord]:
            return list(records_for(conn, conn.execute(stmt).all()))

        for record in db.transaction(read, read=True):
            found[record.source_id] = record
    return found


def earlier_copies(
    db: Database, run_id: int, urls: Sequence[str]
) -> dict[str, tuple[str, int | None]]:
    """URL -> (archive path, WARC offset or None) of the latest copy that an earlier run
    archived and stored a record from."""
    p = s.pages
    stmt = (
        sa.select(p.c.url, p.c.archive_path, p.c.archive_offset)
        .where(
            p.c.url.in_(list(urls)),
            p.c.outcome == "stored",
            p.c.archive_path.is_not(None),
            sa.or_(p.c.run_id.is_(None), p.c.run_id < run_id),
        )
        .order_by(p.c.id)
    )
    rows = db.transaction(lambda conn: conn.execute(stmt).all(), read=True) if urls else []
    return {row.url: (row.archive_path, row.archive_offset) for row in rows}  # latest wins
