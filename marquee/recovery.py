"""What a crawl could not write, written later: spooled batches and the end of a run.

When the database goes away mid-run the writer keeps every unwritten batch in the spool
(marquee.db.spool), and the pipeline keeps the run's own end (status, counts, coverage) there
as `run-<id>.json`. `marquee replay`, or the start of the next crawl, writes both: the
batches first, oldest first, then the run ends, so a failed run's row says what happened.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from marquee.db import Database, WriteCounts, schema, spool
from marquee.errors import StorageUnavailable

log = logging.getLogger(__name__)


def save_run_end(
    directory: Path,
    run_id: int,
    *,
    status: str,
    counts: dict[str, Any],
    coverage: dict[str, float],
    database: str | None = None,
) -> Path:
    """Keep a run's end for replay; written atomically like the batches."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"run-{run_id}.json"
    tmp = path.with_suffix(".tmp")
    data = {
        "run_id": run_id,
        "status": status,
        "counts": counts,
        "coverage": coverage,
        "database": database,
    }
    tmp.write_text(json.dumps(data, default=str), encoding="utf-8")
    tmp.rename(path)
    return path


@dataclass
class Recovered:
    """What a replay wrote, and what is still kept because it failed again."""

    counts: WriteCounts = field(default_factory=WriteCounts)
    batches: list[Path] = field(default_factory=list)
    runs: list[int] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)

    @property
    def anything(self) -> bool:
        return bool(self.batches or self.runs or self.failed)


def replay_run_ends(
    db: Database, directory: Path, *, any_database: bool = False
) -> tuple[list[int], list[tuple[Path, str]]]:
    """Record each kept run end in crawl_runs (runs this database does not know are left)."""
    done: list[int] = []
    failed: list[tuple[Path, str]] = []
    for path in sorted(directory.glob("run-*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if not (any_database or spool.belongs_to(db, data.get("database"))):
            continue
        try:
            if not _has_run(db, int(data["run_id"])):
                continue
            db.finish_run(int(data["run_id"]), status=data["status"], counts=data["counts"],
                          coverage=data["coverage"])  # fmt: skip
        except StorageUnavailable as error:
            failed.append((path, str(error)))
            continue
        path.unlink()
        done.append(int(data["run_id"]))
    return done, failed


def _has_run(db: Database, run_id: int) -> bool:
    stmt = sa.select(schema.crawl_runs.c.id).where(schema.crawl_runs.c.id == run_id)
    return db.transaction(lambda conn: conn.execute(stmt).first()) is not None


def replay_all(db: Database, directory: Path) -> Recovered:
    """Batches, then run ends; each file is removed once written."""
    if not directory.is_dir():
        return Recovered()
    batches = spool.replay(db, directory)
    runs, failed = replay_run_ends(db, directory)
    return Recovered(batches.counts, batches.written, runs, [*batches.failed, *failed])


def describe(recovered: Recovered) -> dict[str, Any]:
    """For the run's counts: what this run wrote on behalf of earlier ones."""
    return {
        "batches": len(recovered.batches),
        "runs": recovered.runs,
        "still_failing": len(recovered.failed),
        **recovered.counts.as_dict(),
    }
