"""Batches that could not be written, kept as JSON lines until `marquee replay` writes them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from marquee.db import schema
from marquee.db.batch import Item
from marquee.db.counts import WriteCounts
from marquee.db.rows import utcnow
from marquee.db.store import Database
from marquee.errors import StorageUnavailable
from marquee.items import PageMeta, Reject, TitleRecord

ENV_VAR = "MARQUEE_SPOOL_DIR"


class SpoolWriteFailed(StorageUnavailable):
    """A batch the database refused could not be kept either (a full disk): it is lost."""

    def __init__(self, items: int, detail: str) -> None:
        super().__init__(lost_message(items, detail))
        self.items = items
        self.detail = detail  # "not written, and not kept in <dir>: <why>"


def lost_message(items: int, detail: str) -> str:
    return f"{items} records lost: {detail}"

DEFAULT_DIR = "spool"


def spool_dir(path: Path | str | None = None) -> Path:
    """Explicit argument, else $MARQUEE_SPOOL_DIR, else ./spool."""
    return Path(path or os.environ.get(ENV_VAR) or DEFAULT_DIR)


def database_identity(db: Database) -> str:
    """Which database a kept batch belongs to (its URL without the password)."""
    return db.engine.url.render_as_string(hide_password=True)


def save_batch(
    directory: Path,
    items: Sequence[Item],
    *,
    run_id: int | None,
    reason: str,
    database: str | None = None,
) -> Path:
    """Write atomically (temp file, then rename) so replay never reads half a batch; raises
    SpoolWriteFailed, leaving no file behind, when the batch cannot be kept."""
    stamp = utcnow().strftime("%Y%m%dT%H%M%S%f")
    path = directory / f"batch-{stamp}-{uuid.uuid4().hex[:8]}.jsonl"
    header = {
        "spool": 1,
        "run_id": run_id,
        "reason": reason,
        "items": len(items),
        "database": database,
    }
    lines = [json.dumps(header)] + [json.dumps(_encode(item, page)) for item, page in items]
    tmp = path.with_suffix(".tmp")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
        tmp.rename(path)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        detail = f"not written, and not kept in {directory}: {error.strerror or error}"
        raise SpoolWriteFailed(len(items), detail) from error
    return path


def load_batch(path: Path) -> tuple[list[Item], dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    header = json.loads(lines[0])
    return [_decode(json.loads(line)) for line in lines[1:] if line.strip()], header


def _encode(item: TitleRecord | Reject, page: PageMeta) -> dict[str, Any]:
    if isinstance(item, TitleRecord):
        kind, data = "title", item.model_dump(mode="json")
    else:
        kind, data = "reject", item.as_dict()
    meta = dataclasses.asdict(page)
    meta["fetched_at"] = page.fetched_at.isoformat() if page.fetched_at else None
    return {"type": kind, "item": data, "page": meta}


def _decode(line: dict[str, Any]) -> Item:
    page = dict(line["page"])
    page["fetched_at"] = _time(page["fetched_at"])
    if line["type"] == "title":
        return TitleRecord.model_validate(line["item"]), PageMeta(**page)
    data = dict(line["item"])
    data["fetched_at"] = _time(data["fetched_at"])
    return Reject(**data), PageMeta(**page)


def _time(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


@dataclass
class ReplayResult:
    counts: WriteCounts = field(default_factory=WriteCounts)
    written: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)
    other_database: list[Path] = field(default_factory=list)


def belongs_to(db: Database, database: str | None) -> bool:
    """A kept file is replayed only into the database it was meant for (unnamed: any)."""
    return database is None or database == database_identity(db)


def replay(db: Database, directory: Path, *, any_database: bool = False) -> ReplayResult:
    """Write every spooled batch meant for `db` (any batch with `any_database`, e.g. after
    the database moved), oldest first; a written batch's file is removed. Batches kept for
    another database are left where they are."""
    result = ReplayResult()
    for path in sorted(directory.glob("batch-*.jsonl")):
        items, header = load_batch(path)
        if not (any_database or belongs_to(db, header.get("database"))):
            result.other_database.append(path)
            continue
        try:
            result.counts += db.write_batch(items, run_id=_known_run(db, header.get("run_id")))
        except StorageUnavailable as exc:
            result.failed.append((path, str(exc)))
            continue
        path.unlink()
        result.written.append(path)
    return result


def _known_run(db: Database, run_id: int | None) -> int | None:
    """The spooled run id if this database has that run (replay may target another database)."""
    if run_id is None:
        return None
    runs = schema.crawl_runs
    stmt = sa.select(runs.c.id).where(runs.c.id == run_id)
    found = db.transaction(lambda conn: conn.execute(stmt).scalar_one_or_none(), read=True)
    return None if found is None else int(found)
