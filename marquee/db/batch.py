"""One batch, one transaction: titles, their children, pages and rejects.

Every step touches rows in key order, and existing titles are locked first, so
concurrent writers on PostgreSQL wait for each other instead of deadlocking.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from marquee.db import history
from marquee.db import schema as s
from marquee.db.counts import WriteCounts
from marquee.db.rows import TitleRows, as_utc, page_key, page_row, reject_row, title_rows
from marquee.db.upsert import (
    execute_chunked,
    in_values,
    insert_rows,
    select_in,
    upsert_do_nothing,
    upsert_do_update,
    upsert_rows,
)
from marquee.items import PageMeta, Reject, TitleRecord

Item = tuple[TitleRecord | Reject, PageMeta]
_TITLE_KEEP_ON_UPDATE = frozenset({"source", "source_id", "first_seen_at"})
_PAGE_KEY = ("url", "content_sha256", "parser_version")
_CREDIT_COLUMNS = ("title_id", "person_id", "role", "ordinal", "character")


@dataclass
class _Plan:
    """What the batch does to titles, decided against the stored rows."""

    write: list[TitleRows] = field(default_factory=list)
    touch: list[dict[str, Any]] = field(default_factory=list)
    ids: dict[str, int] = field(default_factory=dict)
    new: set[str] = field(default_factory=set)
    skipped: int = 0


def write_items(
    conn: sa.Connection, items: Sequence[Item], *, source: str, run_id: int | None, now: dt.datetime
) -> WriteCounts:
    with _collector_paused():
        return _write_items(conn, items, source=source, run_id=run_id, now=now)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a batch is written.

    A batch's short-lived rows would otherwise survive into the oldest generation and set off
    full collections, whose cost grows with the whole process's heap (it was a quarter of the
    SQLite write time in benchmarks/upsert.py). Reference counting still frees them at once.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _write_items(
    conn: sa.Connection, items: Sequence[Item], *, source: str, run_id: int | None, now: dt.datetime
) -> WriteCounts:
    chosen = _dedupe_titles(items, source, now)
    plan = _plan(conn, chosen, source)
    # stored values of the titles to update (none for an unchanged batch): for the history
    updates = {rows.key: plan.ids[rows.key] for rows in plan.write if rows.key in plan.ids}
    old = history.load_snapshots(conn, sorted(updates.values()))
    written, inserted_keys = _upsert_titles(conn, plan.write)
    plan.ids.update(written)
    _add_missing_ids(conn, plan, source)
    _sync_children(conn, [rows for rows in plan.write if rows.key in written], written, plan.new)
    _touch(conn, plan.touch)
    _write_pages(conn, items, plan.ids, run_id)
    updated = [(updates[rows.key], rows) for rows in plan.write
               if rows.key in updates and written.get(rows.key) == updates[rows.key]]  # fmt: skip
    history.write_changes(conn, updated, old, run_id=run_id, now=now)
    rejected = _write_rejects(conn, items, now)
    _resolve_rejects(conn, items, now)
    inserted = len(plan.new & written.keys() if inserted_keys is None else inserted_keys)
    # one title under two URLs in the same batch: the copy not written counts as unchanged,
    # so that every record handed in is counted once
    superseded = sum(isinstance(item, TitleRecord) for item, _ in items) - len(chosen)
    return WriteCounts(
        inserted=inserted,
        updated=len(written) - inserted,
        unchanged=len(plan.touch) + plan.skipped + len(plan.write) - len(written) + superseded,
        rejected=rejected,
    )


def _newer_or_same(new: dt.datetime | None, old: dt.datetime | None) -> bool:
    """Unknown fetch times count as older than any known one."""
    return old is None or (new is not None and new >= old)


def _replaces(new: TitleRows, old_fetched: dt.datetime | None, old_partial: bool) -> bool:
    """A copy cut short never replaces a complete one; a complete one replaces a cut one."""
    if new.partial != old_partial:
        return old_partial
    return _newer_or_same(new.fetched_at, old_fetched)


def chosen_titles(items: Sequence[Item], source: str, now: dt.datetime) -> dict[str, TitleRows]:
    """Per title, the record a write of `items` would keep (for marquee.diff)."""
    return _dedupe_titles(items, source, now)


def would_replace(new: TitleRows, old_fetched: dt.datetime | None, old_partial: bool) -> bool:
    """Whether a write of `new` would replace the stored values (for marquee.diff)."""
    return _replaces(new, as_utc(old_fetched), old_partial)


def _dedupe_titles(items: Sequence[Item], source: str, now: dt.datetime) -> dict[str, TitleRows]:
    chosen: dict[str, TitleRows] = {}
    for item, page in items:
        if isinstance(item, TitleRecord):
            rows = title_rows(item, source, now)
            rows.row["partial"] = page.partial
            rows.page = page
            kept = chosen.get(rows.key)
            if kept is None or _replaces(rows, kept.fetched_at, kept.partial):
                chosen[rows.key] = rows
    return chosen


def _plan(conn: sa.Connection, chosen: dict[str, TitleRows], source: str) -> _Plan:
    t = s.titles
    columns = [
        t.c.source_id, t.c.id, t.c.record_hash, t.c.fetched_at, t.c.last_seen_at, t.c.partial,
    ]  # fmt: skip
    stored = {row.source_id: row for row in _locked_titles(conn, columns, source, list(chosen))}
    plan = _Plan()
    for key in sorted(chosen):
        rows, row = chosen[key], stored.get(key)
        if row is None:
            plan.new.add(key)
            plan.write.append(rows)
            continue
        plan.ids[key] = row.id
        if row.record_hash == rows.record_hash:
            _plan_touch(plan, row, rows)
        elif _replaces(rows, as_utc(row.fetched_at), bool(row.partial)):
            plan.write.append(rows)
        else:
            plan.skipped += 1
    return plan


def _plan_touch(plan: _Plan, row: sa.Row[Any], rows: TitleRows) -> None:
    # an undated record (a loose file read again) says nothing of when the title was seen
    seen, stored = rows.fetched_at, as_utc(row.last_seen_at)
    if seen is not None and (stored is None or seen > stored):
        plan.touch.append({"tid": row.id, "seen": seen})
    else:
        plan.skipped += 1


def _locked_titles(
    conn: sa.Connection, columns: Sequence[Any], source: str, keys: Sequence[str]
) -> list[sa.Row[Any]]:
    """The stored titles among `keys`, locked in key order (PostgreSQL; SQLite locked at BEGIN)."""
    t = s.titles
    out: list[sa.Row[Any]] = []
    for condition in in_values(conn, t.c.source_id, keys):
        stmt = sa.select(*columns).where(t.c.source == source, condition)
        stmt = stmt.order_by(t.c.source_id).with_for_update(key_share=True)
        out.extend(conn.execute(stmt).all())
    return out


def _upsert_titles(
    conn: sa.Connection, write: list[TitleRows]
) -> tuple[dict[str, int], set[str] | None]:
    """Ids of the titles our values went into, and which were inserted (None: not known here)."""
    if not write:
        return {}, set()
    t = s.titles
    rows = [r.row for r in write]
    update = [name for name in rows[0] if name not in _TITLE_KEEP_ON_UPDATE]
    if conn.dialect.name == "postgresql":
        # A writer racing us may insert a title after our look: only the database knows
        # whether our row went in (xmax = 0: inserted), was updated, or refused by the WHERE.
        is_new: Any = sa.literal_column("xmax = 0").label("inserted")
        returned = upsert_rows(
            conn, t, ["source", "source_id"], update, rows, _title_changed,
            returning=(t.c.source_id, t.c.id, is_new),
        )  # fmt: skip
        return {r.source_id: r.id for r in returned}, {r.source_id for r in returned if r.inserted}
    upsert_rows(conn, t, ["source", "source_id"], update, rows, _title_changed)
    # Upsert plus one SELECT beats RETURNING here; a stored hash equal to ours
    # means our values are in (a racing writer's stale record was refused by the WHERE).
    columns = [t.c.source_id, t.c.id, t.c.record_hash]
    source = write[0].row["source"]
    stored = select_in(conn, columns, t.c.source_id, [r.key for r in write], t.c.source == source)
    ours = {r.key: r.record_hash for r in write}
    return {row.source_id: row.id for row in stored if ours[row.source_id] == row.record_hash}, None


def _add_missing_ids(conn: sa.Connection, plan: _Plan, source: str) -> None:
    """Ids of titles planned new but not written by us: a racing writer's row, for our pages."""
    missing = [rows.key for rows in plan.write if rows.key not in plan.ids]
    if missing:
        t = s.titles
        columns = [t.c.source_id, t.c.id]
        found = select_in(conn, columns, t.c.source_id, missing, t.c.source == source)
        plan.ids.update((row.source_id, row.id) for row in found)


def _title_changed(excluded: Any) -> Any:
    """The database's own check, for writers racing between our SELECT and INSERT."""
    t = s.titles
    newer = sa.and_(excluded.fetched_at.is_not(None), excluded.fetched_at >= t.c.fetched_at)
    in_time = sa.and_(t.c.partial == excluded.partial, sa.or_(t.c.fetched_at.is_(None), newer))
    complete_over_cut = sa.and_(t.c.partial, sa.not_(excluded.partial))
    return sa.and_(t.c.record_hash != excluded.record_hash, sa.or_(complete_over_cut, in_time))


def _touch(conn: sa.Connection, touch: list[dict[str, Any]]) -> None:
    if not touch:
        return
    t = s.titles
    stmt = (
        sa.update(t)
        .where(t.c.id == sa.bindparam("tid"), t.c.last_seen_at < sa.bindparam("seen"))
        .values(last_seen_at=sa.bindparam("seen"))
    )
    conn.execute(stmt, touch)


def _sync_children(
    conn: sa.Connection, write: list[TitleRows], ids: dict[str, int], new: set[str]
) -> None:
    """Replace credits and links of the titles written: their content changed or is new."""
    if not write:
        return
    # SQLite's write lock, taken at BEGIN, keeps "new" true; on PostgreSQL another writer may
    # have inserted the title (and its children) since we looked.
    racing = conn.dialect.name != "sqlite"
    old_ids = sorted(ids[key] for key in ids if racing or key not in new)
    for table in (s.credits, *(link for _, link, _ in s.LINKS.values())):
        for condition in in_values(conn, table.c.title_id, old_ids):
            conn.execute(sa.delete(table).where(condition))
    _insert_credits(conn, write, ids)
    for name, (vocabulary, link, column) in s.LINKS.items():
        _insert_links(conn, write, ids, name, vocabulary, link, column)


def _insert_credits(conn: sa.Connection, write: list[TitleRows], ids: dict[str, int]) -> None:
    people = ensure_names(conn, s.people, [c[2] for rows in write for c in rows.credits])
    values = [
        (ids[rows.key], people[name], role, ordinal, character)
        for rows in write
        for role, ordinal, name, character in rows.credits
    ]
    insert_rows(conn, s.credits, _CREDIT_COLUMNS, values)


def _insert_links(
    conn: sa.Connection,
    write: list[TitleRows],
    ids: dict[str, int],
    name: str,
    vocabulary: sa.Table,
    link: sa.Table,
    column: str,
) -> None:
    known = ensure_names(conn, vocabulary, [v for rows in write for v in rows.links[name]])
    values = [
        (ids[rows.key], position, known[value])
        for rows in write
        for position, value in enumerate(rows.links[name])
    ]
    insert_rows(conn, link, ("title_id", "position", column), values)


def ensure_names(conn: sa.Connection, table: sa.Table, names: Iterable[str]) -> dict[str, int]:
    """Ids for names in a (id, name unique) table, inserting the missing ones in name order."""
    wanted = set(names)
    if not wanted:
        return {}
    columns = [table.c.name, table.c.id]
    known = {r.name: r.id for r in select_in(conn, columns, table.c.name, sorted(wanted))}
    missing = sorted(wanted - known.keys())
    if missing:
        stmt = upsert_do_nothing(conn, table, ["name"])
        execute_chunked(conn, stmt, [{"name": name} for name in missing])
        rows = select_in(conn, columns, table.c.name, missing)
        known.update((r.name, r.id) for r in rows)
    return known


def _write_pages(
    conn: sa.Connection, items: Sequence[Item], ids: dict[str, int], run_id: int | None
) -> None:
    rows: dict[tuple[str, str, str], dict[str, Any]] = {}
    for item, page in items:
        if isinstance(item, TitleRecord):
            row = {**page_row(page, "stored", run_id), "title_id": ids.get(item.source_id)}
        else:
            row = {**page_row(page, "rejected", run_id), "title_id": None}
        rows[page_key(row)] = row
    p = s.pages
    update = [name for name in next(iter(rows.values()), {}) if name not in _PAGE_KEY]
    stmt = upsert_do_update(conn, p, _PAGE_KEY, update, _page_newer)
    execute_chunked(conn, stmt, [rows[key] for key in sorted(rows)])


def _page_newer(excluded: Any) -> Any:
    p = s.pages
    return sa.and_(
        excluded.fetched_at.is_not(None),
        sa.or_(p.c.fetched_at.is_(None), excluded.fetched_at > p.c.fetched_at),
    )


def _write_rejects(conn: sa.Connection, items: Sequence[Item], now: dt.datetime) -> int:
    rejects = {}
    for item, page in items:
        if isinstance(item, Reject):
            row = reject_row(item, now)
            row["_page"] = page_key(page_row(page, "rejected", None))
            rejects[row["_page"]] = row
    if not rejects:
        return 0
    p = s.pages
    found = select_in(
        conn, [p.c.id, *(p.c[k] for k in _PAGE_KEY)], p.c.url, [k[0] for k in rejects]
    )
    page_ids = {(r.url, r.content_sha256, r.parser_version): r.id for r in found}
    rows = [{**row, "page_id": page_ids[key]} for key, row in sorted(rejects.items())]
    for row in rows:
        del row["_page"]
    execute_chunked(conn, upsert_do_nothing(conn, s.rejects, ["page_id"]), rows)
    return len(rows)


def _resolve_rejects(conn: sa.Connection, items: Sequence[Item], now: dt.datetime) -> None:
    """A successful parse of a URL resolves that URL's earlier rejects."""
    success: dict[str, dt.datetime | None] = {}
    for item, page in items:
        if isinstance(item, TitleRecord):
            for url in {page.url, item.url}:
                success[url] = _latest(success.get(url, _NEVER), as_utc(item.fetched_at))
    if not success:
        return
    r = s.rejects
    open_rejects = select_in(
        conn, [r.c.id, r.c.url, r.c.fetched_at], r.c.url, list(success), r.c.resolved_at.is_(None)
    )
    ids = [row.id for row in open_rejects if _resolves(success[row.url], row.fetched_at)]
    for condition in in_values(conn, r.c.id, ids):
        conn.execute(sa.update(r).where(condition).values(resolved_at=now))


_NEVER = dt.datetime.min.replace(tzinfo=dt.UTC)


def _latest(a: dt.datetime | None, b: dt.datetime | None) -> dt.datetime | None:
    return None if a is None or b is None else max(a, b)


def _resolves(success_at: dt.datetime | None, rejected_at: dt.datetime | None) -> bool:
    """Unknown times on either side resolve: the reject cannot be shown to be the newer."""
    rejected = as_utc(rejected_at)
    return success_at is None or rejected is None or rejected <= success_at
