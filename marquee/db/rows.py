"""Records -> table rows: text safe for every database, and a hash that spots unchanged records."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from marquee.items import FieldIssue, PageMeta, Reject, TitleRecord

# C0 controls except tab, newline and carriage return, plus DEL. PostgreSQL refuses NUL in text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_AMOUNT = Decimal(10) ** 20  # titles.*_amount are NUMERIC(24, 4)
LINK_FIELDS = ("genres", "countries", "studios")
# Provenance that says which fetch and parser produced the values, not what the values are.
_NOT_HASHED = {"fetched_at", "parser_version", "content_sha256"}
# How JSON shows the characters clean_text drops (a false alarm only costs the slow path).
_ESCAPED_CONTROL = re.compile(r"\\u00[01][0-9a-fA-F]|\\u007[fF]|\\[bf]|\x7f")


def clean_text(value: str) -> str:
    """Drop control characters and unpaired surrogates; keep everything else.

    >>> clean_text("a\\x00b\\tc\\x1bd")
    'ab\\tcd'
    """
    text = _CONTROL.sub("", value)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


def clean_opt(value: str | None) -> str | None:
    return None if value is None else clean_text(value)


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [_clean(item) for item in value]
    if isinstance(value, dict):
        return {key: _clean(item) for key, item in value.items()}
    return value


def as_utc(value: dt.datetime | None) -> dt.datetime | None:
    """Aware UTC; naive times are taken to be UTC already (SQLite hands them back naive)."""
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(slots=True)
class TitleRows:
    """One record, ready to write: the titles row and its ordered children."""

    key: str
    row: dict[str, Any]
    credits: list[tuple[str, int, str, str | None]]  # role, ordinal, person, character
    links: dict[str, list[str]] = field(default_factory=dict)

    @property
    def record_hash(self) -> str:
        return str(self.row["record_hash"])

    @property
    def fetched_at(self) -> dt.datetime | None:
        value: dt.datetime | None = self.row["fetched_at"]
        return value


def title_rows(record: TitleRecord, source: str, now: dt.datetime) -> TitleRows:
    record = _fit_amounts(record)
    data, record_hash = _content(record)
    fetched_at = as_utc(record.fetched_at)
    seen = fetched_at or now
    row = _scalar_row(data, source)
    row.update(fetched_at=fetched_at, first_seen_at=seen, last_seen_at=seen, updated_at=now)
    row["unparsed"] = data["unparsed"]
    row["record_hash"] = record_hash
    streaming = data["streaming"] or {}
    links = {name: data[name] for name in LINK_FIELDS}
    links["platforms"] = streaming.get("platforms", [])
    return TitleRows(key=data["source_id"], row=row, credits=_credits(data), links=links)


def _scalar_row(data: dict[str, Any], source: str) -> dict[str, Any]:
    streaming = data["streaming"]
    row = {key: data[key] for key in _SCALARS}
    row["source"] = source
    row["kind"] = str(data["kind"])
    for name in ("budget", "box_office"):
        money = data[name] or {}
        amount = money.get("amount")
        row[f"{name}_amount"] = None if amount is None else Decimal(amount)
        row[f"{name}_currency"] = money.get("currency")
    row["streaming_listed"] = streaming is not None
    for part in ("available", "platform_count", "verified_on"):
        row[f"streaming_{part}"] = (streaming or {}).get(part)
    return row


_SCALARS = (
    "source_id", "title", "tagline", "synopsis", "audience_summary", "release_date",
    "release_year", "runtime_minutes", "content_rating", "user_rating_count", "studios_total",
    "imdb_id", "trailer_url", "seasons", "url", "parser_version", "content_sha256", "layout",
)  # fmt: skip


def _credits(data: dict[str, Any]) -> list[tuple[str, int, str, str | None]]:
    rows: list[tuple[str, int, str, str | None]] = []
    rows += [("cast", i, c["actor"], c["character"]) for i, c in enumerate(data["cast"])]
    rows += [("director", i, name, None) for i, name in enumerate(data["directors"])]
    rows += [("writer", i, name, None) for i, name in enumerate(data["writers"])]
    return rows


def _content(record: TitleRecord) -> tuple[dict[str, Any], str]:
    """The record as a dict of clean values, and its hash.

    Fast path: pydantic's JSON shows no control character, so nothing needs cleaning.
    """
    data = record.model_dump(mode="python", exclude={"fetched_at"})
    try:
        text = record.model_dump_json(exclude=_NOT_HASHED)
    except ValueError:  # unpaired surrogates cannot be serialised
        text = "\\u0000"
    if _ESCAPED_CONTROL.search(text) is None:
        return data, hashlib.sha256(text.encode("utf-8")).hexdigest()
    data = _clean(data)
    return data, _hash(data)


def _fit_amounts(record: TitleRecord) -> TitleRecord:
    """Amounts NUMERIC(24, 4) cannot hold become null and are reported, not a failed batch."""
    changes: dict[str, Any] = {}
    issues = list(record.unparsed)
    for name in ("budget", "box_office"):
        money = getattr(record, name)
        if money is not None and abs(money.amount) >= MAX_AMOUNT:
            raw = format(money.amount, "f")
            issues.append(FieldIssue(field=name, raw=raw, reason="amount too large to store"))
            changes[name] = None
    return record.model_copy(update={**changes, "unparsed": issues}) if changes else record


def _json_default(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot hash {type(value).__name__}")


def _hash(data: dict[str, Any]) -> str:
    content = {key: value for key, value in data.items() if key not in _NOT_HASHED}
    text = json.dumps(content, sort_keys=True, default=_json_default, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def page_row(page: PageMeta, outcome: str, run_id: int | None) -> dict[str, Any]:
    return {
        "url": clean_text(page.url),
        "fetched_at": as_utc(page.fetched_at),
        "http_status": page.http_status,
        "content_sha256": clean_text(page.content_sha256),
        "archive_path": clean_opt(page.archive_path),
        "archive_offset": page.archive_offset,
        "etag": clean_opt(page.etag),
        "last_modified": clean_opt(page.last_modified),
        "parser_version": clean_text(page.parser_version),
        "outcome": outcome,
        "run_id": run_id,
    }


def reject_row(reject: Reject, now: dt.datetime) -> dict[str, Any]:
    return {
        "url": clean_text(reject.url),
        "reason": clean_text(reject.reason),
        "details": clean_opt(reject.details),
        "fetched_at": as_utc(reject.fetched_at),
        "content_sha256": clean_text(reject.content_sha256),
        "parser_version": clean_text(reject.parser_version),
        "created_at": now,
    }


def page_key(row: dict[str, Any]) -> tuple[str, str, str]:
    return (row["url"], row["content_sha256"], row["parser_version"])
