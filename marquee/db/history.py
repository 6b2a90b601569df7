"""Row history: what an update of a title changed, column by column and list item by item.

Only updates are compared, never unchanged records (equal hash: nothing is loaded or written)
nor inserts. The stored values are read before the upsert, inside the same transaction, from
rows the batch has locked already (marquee.db.batch), so a racing writer cannot slip between.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from marquee.db import schema as s
from marquee.db.rows import TitleRows, page_key, page_row
from marquee.db.upsert import execute_chunked, select_in

SCALAR_FIELDS = (
    "title", "kind", "tagline", "synopsis", "audience_summary", "release_date", "release_year",
    "runtime_minutes", "content_rating", "user_rating_count", "studios_total", "budget_amount",
    "budget_currency", "box_office_amount", "box_office_currency", "imdb_id", "trailer_url",
    "seasons", "streaming_listed", "streaming_available", "streaming_platform_count",
    "streaming_verified_on", "url", "layout", "unparsed", "partial",
)  # fmt: skip
CREDIT_FIELDS = {"cast": "cast", "director": "directors", "writer": "writers"}
LIST_FIELDS = ("genres", "countries", "studios", "platforms", "cast", "directors", "writers")
CHANGED, ADDED, REMOVED, REORDERED = "changed", "added", "removed", "reordered"
_PLACES = Decimal("0.0001")  # titles.*_amount are NUMERIC(24, 4)


@dataclass(frozen=True, slots=True)
class Change:
    field: str
    change: str
    position: int | None
    old: str | None
    new: str | None


@dataclass(slots=True)
class Snapshot:
    """A title's values in comparable form: scalar columns, and each list as text items."""

    row: dict[str, Any]
    lists: dict[str, list[str]]


def cast_item(actor: str, character: str | None) -> str:
    return f"{actor} as {character}" if character else actor


def snapshot_of(rows: TitleRows) -> Snapshot:
    """The values a write of `rows` would store."""
    lists: dict[str, list[str]] = {name: list(rows.links[name]) for name in s.LINKS}
    lists.update((name, []) for name in CREDIT_FIELDS.values())
    for role, _ordinal, name, character in rows.credits:
        lists[CREDIT_FIELDS[role]].append(cast_item(name, character) if role == "cast" else name)
    return Snapshot({name: rows.row.get(name) for name in SCALAR_FIELDS}, lists)


def load_snapshots(conn: sa.Connection, ids: Sequence[int]) -> dict[int, Snapshot]:
    """The stored values of titles `ids`, by title id."""
    if not ids:
        return {}
    t = s.titles
    columns = [t.c.id, *(t.c[name] for name in SCALAR_FIELDS)]
    found = {
        row.id: Snapshot({name: row._mapping[name] for name in SCALAR_FIELDS}, _empty_lists())
        for row in select_in(conn, columns, t.c.id, ids)
    }
    _load_credits(conn, ids, found)
    for name, (vocabulary, link, column) in s.LINKS.items():
        _load_links(conn, ids, found, name, vocabulary, link, column)
    return found


def _empty_lists() -> dict[str, list[str]]:
    return {name: [] for name in LIST_FIELDS}


def _load_credits(conn: sa.Connection, ids: Sequence[int], found: dict[int, Snapshot]) -> None:
    c, p = s.credits, s.people
    columns = [c.c.title_id, c.c.role, c.c.ordinal, p.c.name, c.c.character]
    rows = select_in(conn, columns, c.c.title_id, ids, c.c.person_id == p.c.id)
    for row in sorted(rows, key=lambda r: (r.title_id, r.role, r.ordinal)):
        item = cast_item(row.name, row.character) if row.role == "cast" else row.name
        found[row.title_id].lists[CREDIT_FIELDS[row.role]].append(item)


def _load_links(
    conn: sa.Connection,
    ids: Sequence[int],
    found: dict[int, Snapshot],
    name: str,
    vocabulary: sa.Table,
    link: sa.Table,
    column: str,
) -> None:
    columns = [link.c.title_id, link.c.position, vocabulary.c.name]
    rows = select_in(conn, columns, link.c.title_id, ids, link.c[column] == vocabulary.c.id)
    for row in sorted(rows, key=lambda r: (r.title_id, r.position)):
        found[row.title_id].lists[name].append(row.name)


# --- comparing --------------------------------------------------------------------------------


def diff(old: Snapshot, new: Snapshot, *, exact_amounts: bool = True) -> list[Change]:
    """What changes from `old` to `new`: columns first, then list items (removed, added, and
    one `reordered` when the items both lists keep are in another order)."""
    changes = [
        Change(name, CHANGED, None, as_text(before), as_text(after))
        for name in SCALAR_FIELDS
        if not _same(before := old.row.get(name), after := new.row.get(name), exact_amounts)
    ]
    for name in LIST_FIELDS:
        changes += list_changes(name, old.lists[name], new.lists[name])
    return changes


def _same(old: Any, new: Any, exact_amounts: bool) -> bool:
    if isinstance(old, Decimal) and isinstance(new, Decimal):
        return _stored_amount(old, True) == _stored_amount(new, exact_amounts)
    return bool(old == new)


def _stored_amount(value: Decimal, exact: bool) -> Decimal:
    """An amount as its column gives it back: 4 decimals; on SQLite, a float's digits."""
    return (value if exact else Decimal(repr(float(value)))).quantize(_PLACES)


def list_changes(name: str, old: Sequence[str], new: Sequence[str]) -> list[Change]:
    """Items removed from `old`, items added in `new`, and whether the kept ones moved.

    >>> for c in list_changes("genres", ["A", "B", "C"], ["C", "B", "D"]):
    ...     print(c.change, c.position, c.old, c.new)
    removed 0 A None
    added 2 None D
    reordered None ["A", "B", "C"] ["C", "B", "D"]
    """
    removed, kept_old = _not_in(old, new)
    added, kept_new = _not_in(new, old)
    changes = [Change(name, REMOVED, i, item, None) for i, item in removed]
    changes += [Change(name, ADDED, i, None, item) for i, item in added]
    if kept_old != kept_new:
        changes.append(Change(name, REORDERED, None, _json(list(old)), _json(list(new))))
    return changes


def _not_in(items: Sequence[str], other: Sequence[str]) -> tuple[list[tuple[int, str]], list[str]]:
    """(position, item) of `items` beyond their count in `other`; the items that are kept."""
    left = Counter(other)
    missing, kept = [], []
    for position, item in enumerate(items):
        if left[item] > 0:
            left[item] -= 1
            kept.append(item)
        else:
            missing.append((position, item))
    return missing, kept


def as_text(value: Any) -> str | None:
    """A value as title_changes stores it: ISO dates, plain decimals, JSON for structures."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.quantize(_PLACES).normalize(), "f")
    if isinstance(value, list | dict):
        return _json(value)
    return str(value)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


# --- writing ----------------------------------------------------------------------------------


def write_changes(
    conn: sa.Connection,
    updated: Iterable[tuple[int, TitleRows]],
    old: dict[int, Snapshot],
    *,
    run_id: int | None,
    now: dt.datetime,
) -> int:
    """title_changes rows for titles updated from their `old` values; how many were written."""
    exact = conn.dialect.name != "sqlite"
    found = [(tid, rows, diff(old[tid], snapshot_of(rows), exact_amounts=exact))
             for tid, rows in updated if tid in old]  # fmt: skip
    found = [entry for entry in found if entry[2]]
    if not found:
        return 0
    pages = _page_ids(conn, [rows for _, rows, _ in found], run_id)
    values = [
        _change_row(tid, change, run_id, pages.get(rows.key), rows.row["parser_version"], now)
        for tid, rows, changes in found
        for change in changes
    ]
    execute_chunked(conn, sa.insert(s.title_changes), values)
    return len(values)


def _change_row(
    title_id: int, change: Change, run_id: int | None, page_id: int | None, parser: str,
    now: dt.datetime,
) -> dict[str, Any]:  # fmt: skip
    return {
        "title_id": title_id, "field": change.field, "change": change.change,
        "position": change.position, "old_value": change.old, "new_value": change.new,
        "run_id": run_id, "page_id": page_id, "parser_version": parser, "changed_at": now,
    }  # fmt: skip


def _page_ids(conn: sa.Connection, written: list[TitleRows], run_id: int | None) -> dict[str, int]:
    """Title key -> id of the pages row its values came from (written earlier in the batch)."""
    keys = {rows.key: page_key(page_row(rows.page, "stored", run_id))
            for rows in written if rows.page is not None}  # fmt: skip
    if not keys:
        return {}
    p = s.pages
    columns = [p.c.id, p.c.url, p.c.content_sha256, p.c.parser_version]
    found = select_in(conn, columns, p.c.url, sorted({key[0] for key in keys.values()}))
    ids = {(r.url, r.content_sha256, r.parser_version): r.id for r in found}
    return {title: ids[key] for title, key in keys.items() if key in ids}
