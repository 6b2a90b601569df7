"""What a crawl could not write, written later: spooled batches, the end of a run, and the
pages a killed run archived but never stored.

When the database goes away mid-run the writer keeps every unwritten batch in the spool
(marquee.db.spool), and the pipeline keeps the run's own end (status, counts, coverage) there
as `run-<id>.json`. `marquee replay`, or the start of the next crawl, writes both: the
batches first, oldest first, then the run ends, so a failed run's row says what happened.

A run killed outright (SIGKILL) keeps nothing, but its responses are in its WARC files: the
crawl that closes it as abandoned stores the pages it had not (`recover_archived`).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from marquee.archive import DamagedRecord, archive_files, read_archive
from marquee.db import Database, WriteCounts, schema, spool
from marquee.db.runs import AbandonedRun
from marquee.errors import StorageUnavailable
from marquee.reparse import Learned, process, skip_reason

if TYPE_CHECKING:
    from marquee.pipelines.writer import RecordWriter

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
    """Keep a run's end for replay; written atomically like the batches (raises OSError,
    leaving no file, when it cannot be kept)."""
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
    try:
        tmp.write_text(json.dumps(data, default=str), encoding="utf-8")
        tmp.rename(path)
    except OSError:
        tmp.unlink(missing_ok=True)  # never half a run end (a full disk)
        raise
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


# --- a killed run's archive: the pages it fetched but never stored -----------------------------


@dataclass
class ArchiveRecovery:
    """What the start of a crawl stored from the WARC files of the runs it closed as abandoned
    (a SIGKILL loses the parsed records held for the batch, not the archived responses)."""

    runs: list[int] = field(default_factory=list)
    pages: int = 0  # read from the archive and written now: `recovered_pages`
    partial: int = 0  # of those, cut by the kill: stored by the partial rule, fetched again
    already_stored: int = 0  # archived pages the killed run had written itself
    damaged: int = 0
    counts: WriteCounts = field(default_factory=WriteCounts)
    # by run: URLs of its complete pages now stored (by it, or recovered)
    done: dict[int, set[str]] = field(default_factory=dict)

    def as_counts(self) -> dict[str, Any]:
        return {"runs": self.runs, "pages": self.pages, "partial": self.partial,
                "already_stored": self.already_stored, "damaged": self.damaged,
                **self.counts.as_dict()}  # fmt: skip


def recover_archived(
    db: Database, runs: Sequence[AbandonedRun], writer: RecordWriter, learned: Learned = ()
) -> ArchiveRecovery:
    """Store, through `writer` (as `marquee reparse` would), each page in the abandoned runs'
    archives that they did not store: rejects go to rejects, a cut page never overwrites a
    complete row. Raises StorageUnavailable (SpoolWriteFailed) as the writer does."""
    found = ArchiveRecovery()
    for run in runs:
        directory = run.archive_dir
        if directory is not None and directory.is_dir():
            found.runs.append(run.run_id)
            _recover_run(db, run.run_id, directory, writer, learned, found)
    writer.flush()
    found.counts = writer.counts
    return found


def _recover_run(
    db: Database, run_id: int, directory: Path, writer: RecordWriter, learned: Learned,
    found: ArchiveRecovery,
) -> None:  # fmt: skip
    stored = db.pages_of_run(run_id)
    done = found.done.setdefault(run_id, set())
    done.update(url for url, _, _ in stored)
    # by file name: the run may have named its archive relative to another directory
    written = {(Path(path).name, offset) for _, path, offset in stored if path is not None}
    damaged: list[DamagedRecord] = []
    for response in read_archive(archive_files(directory), damaged):
        if skip_reason(response) is not None:
            continue
        if (Path(response.path).name, response.offset) in written:
            found.already_stored += 1
            continue
        item, page = process(response, learned)
        writer.add(item, page)
        found.pages += 1
        found.partial += page.partial
        if not page.partial:
            done.add(response.url)
    found.damaged += len(damaged)
