"""Records -> table rows: text safe for every database, and a hash that spots unchanged records."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, TypeVar

from pydantic import BaseModel

from marquee.items import FieldIssue, MoneyValue, PageMeta, Reject, TitleRecord

M = TypeVar("M", bound=BaseModel)

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
    page: PageMeta | None = None  # the page the record was read from, when known

    @property
    def record_hash(self) -> str:
        return str(self.row["record_hash"])

    @property
    def partial(self) -> bool:
        return bool(self.row.get("partial", False))

    @property
    def fetched_at(self) -> dt.datetime | None:
        value: dt.datetime | None = self.row["fetched_at"]
        return value


def title_rows(record: TitleRecord, source: str, now: dt.datetime) -> TitleRows:
    record, record_hash = _content(_fit_amounts(record))
    fetched_at = as_utc(record.fetched_at)
    seen = fetched_at or now
    row = _scalar_row(record, source)
    row.update(fetched_at=fetched_at, first_seen_at=seen, last_seen_at=seen, updated_at=now)
    row["unparsed"] = [issue.model_dump() for issue in record.unparsed]
    row["learned"] = list(record.learned) or None
    row["record_hash"] = record_hash
    links = {name: list(getattr(record, name)) for name in LINK_FIELDS}
    links["platforms"] = [] if record.streaming is None else list(record.streaming.platforms)
    return TitleRows(key=record.source_id, row=row, credits=_credits(record), links=links)


def _scalar_row(record: TitleRecord, source: str) -> dict[str, Any]:
    row = {key: getattr(record, key) for key in _SCALARS}
    row["source"] = source
    row["kind"] = str(record.kind)
    for name in ("budget", "box_office"):
        money: MoneyValue | None = getattr(record, name)
        row[f"{name}_amount"] = None if money is None else money.amount
        row[f"{name}_currency"] = None if money is None else money.currency
    streaming = record.streaming
    row["streaming_listed"] = streaming is not None
    for part in ("available", "platform_count", "verified_on"):
        row[f"streaming_{part}"] = None if streaming is None else getattr(streaming, part)
    return row


_SCALARS = (
    "source_id", "title", "tagline", "synopsis", "audience_summary", "release_date",
    "release_year", "runtime_minutes", "content_rating", "user_rating_count", "studios_total",
    "imdb_id", "trailer_url", "seasons", "url", "parser_version", "content_sha256", "layout",
)  # fmt: skip


def _credits(record: TitleRecord) -> list[tuple[str, int, str, str | None]]:
    rows: list[tuple[str, int, str, str | None]] = []
    rows += [("cast", i, c.actor, c.character) for i, c in enumerate(record.cast)]
    rows += [("director", i, name, None) for i, name in enumerate(record.directors)]
    rows += [("writer", i, name, None) for i, name in enumerate(record.writers)]
    return rows


def _content(record: TitleRecord) -> tuple[TitleRecord, str]:
    """The record with clean text, and its hash.

    Fast path: pydantic's JSON shows no control character, so nothing needs cleaning, and the
    values are read from the record itself (a model_dump per record costs more than the rest).
    """
    try:
        text = record.model_dump_json(exclude=_NOT_HASHED)
    except ValueError:  # unpaired surrogates cannot be serialised
        text = "\\u0000"
    if _ESCAPED_CONTROL.search(text) is None:
        return record, hashlib.sha256(text.encode("utf-8")).hexdigest()
    data = _clean(record.model_dump(mode="python", exclude={"fetched_at"}))
    return _clean_model(record), _hash(data)


def _clean_model(model: M) -> M:
    """A copy with clean text in every string field, nested models and lists included."""
    changes = {name: _clean_value(getattr(model, name)) for name in type(model).model_fields}
    return model.model_copy(update=changes)


def _clean_value(value: Any) -> Any:
    if type(value) is str:  # not the enums
        return clean_text(value)
    if isinstance(value, BaseModel):
        return _clean_model(value)
    if isinstance(value, list):
        return [_clean_value(item) for item in value]
    return value


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
