"""Hand-made records and pages for storage tests, shaped like the expected fixture records."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from marquee.db import schema
from marquee.items import PageMeta, Reject, TitleRecord

EXPECTED = Path(__file__).parent / "fixtures" / "expected"
BASE = "https://www.reelguide.example/"
T0 = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


def expected_records() -> dict[str, dict[str, Any]]:
    out = {}
    for path in sorted(EXPECTED.glob("*.json")):
        data = json.loads(path.read_text())
        if not data.get("reject"):
            out[path.stem] = data
    return out


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def record(
    data: dict[str, Any], *, fetched_at: dt.datetime | None = T0, version: str = "1", **changes: Any
) -> TitleRecord:
    merged = {**data, **changes}
    return TitleRecord(
        **merged,
        url=BASE + merged["source_id"],
        fetched_at=fetched_at,
        parser_version=version,
        content_sha256=sha(json.dumps(merged, sort_keys=True)),
        layout="current",
    )


def page_for(item: TitleRecord | Reject, **extra: Any) -> PageMeta:
    return PageMeta(
        url=item.url,
        content_sha256=item.content_sha256,
        parser_version=item.parser_version,
        fetched_at=item.fetched_at,
        http_status=200,
        **extra,
    )


def reject(url: str, *, fetched_at: dt.datetime | None = T0, reason: str = "no title") -> Reject:
    return Reject(
        url=url,
        reason=reason,
        details="no <h1> on the page",
        content_sha256=sha(url + reason),
        parser_version="1",
        fetched_at=fetched_at,
    )


def items(records: Sequence[TitleRecord | Reject]) -> list[tuple[TitleRecord | Reject, PageMeta]]:
    return [(rec, page_for(rec)) for rec in records]


def all_sample_records(**kwargs: Any) -> list[TitleRecord]:
    return [record(data, **kwargs) for data in expected_records().values()]


def dump_tables(engine: sa.Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in a stable order: for "nothing changed" comparisons."""
    out = {}
    with engine.connect() as conn:
        for name, table in schema.metadata.tables.items():
            order = list(table.primary_key.columns) or list(table.columns)
            out[name] = [tuple(row) for row in conn.execute(sa.select(table).order_by(*order))]
    return out


def _money(row: Any, name: str) -> dict[str, Any] | None:
    amount = row[f"{name}_amount"]
    if amount is None:
        return None
    text = format(Decimal(str(amount)).normalize(), "f")
    return {"amount": text, "currency": row[f"{name}_currency"]}


def stored_record(engine: sa.Engine, source_id: str) -> dict[str, Any]:
    """The record as stored, rebuilt in the spec's JSON shape (independent of marquee.export)."""
    t = schema.titles
    with engine.connect() as conn:
        row = conn.execute(sa.select(t).where(t.c.source_id == source_id)).mappings().one()
        lists = {name: _link_names(conn, name, row["id"]) for name in schema.LINKS}
        credits = _credits(conn, row["id"])
    data = {key: row[key] for key in SCALAR_SPEC_KEYS}
    data["release_date"] = _iso(row["release_date"])
    data["budget"], data["box_office"] = _money(row, "budget"), _money(row, "box_office")
    data.update(genres=lists["genres"], countries=lists["countries"], studios=lists["studios"])
    data["streaming"] = None
    if row["streaming_listed"]:
        data["streaming"] = {
            "available": row["streaming_available"],
            "platform_count": row["streaming_platform_count"],
            "platforms": lists["platforms"],
            "verified_on": _iso(row["streaming_verified_on"]),
        }
    data["directors"] = [name for role, name, _ in credits if role == "director"]
    data["writers"] = [name for role, name, _ in credits if role == "writer"]
    data["cast"] = [{"actor": n, "character": c} for role, n, c in credits if role == "cast"]
    return data


SCALAR_SPEC_KEYS = (
    "source_id", "kind", "title", "tagline", "synopsis", "audience_summary", "release_year",
    "runtime_minutes", "content_rating", "user_rating_count", "studios_total", "imdb_id",
    "trailer_url", "seasons",
)  # fmt: skip


def _iso(value: Any) -> str | None:
    return None if value is None else value.isoformat()


def _link_names(conn: sa.Connection, name: str, title_id: int) -> list[str]:
    vocabulary, link, column = schema.LINKS[name]
    stmt = (
        sa.select(vocabulary.c.name)
        .join(link, link.c[column] == vocabulary.c.id)
        .where(link.c.title_id == title_id)
        .order_by(link.c.position)
    )
    return list(conn.execute(stmt).scalars())


def _credits(conn: sa.Connection, title_id: int) -> list[tuple[str, str, str | None]]:
    c, p = schema.credits, schema.people
    stmt = (
        sa.select(c.c.role, p.c.name, c.c.character)
        .join(p, p.c.id == c.c.person_id)
        .where(c.c.title_id == title_id)
        .order_by(c.c.role, c.c.ordinal)
    )
    return [(r.role, r.name, r.character) for r in conn.execute(stmt)]
