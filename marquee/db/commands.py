"""Library side of the storage commands (`marquee db upgrade`, `rejects`, `replay`)."""

from __future__ import annotations

from pathlib import Path

from rich.table import Table

from marquee.db import migrate, spool
from marquee.db.spool import ReplayResult
from marquee.db.store import open_database


def upgrade(url: str | None) -> str | None:
    """Bring the database to the latest migration; returns the revision it is at."""
    db = open_database(url, upgrade=True)
    try:
        return migrate.current_revision(db.engine)
    finally:
        db.close()


def rejects_table(url: str | None) -> Table:
    db = open_database(url)
    try:
        rows = db.unresolved_rejects()
    finally:
        db.close()
    table = Table(title=f"Unresolved rejects: {len(rows)}")
    for name in ("id", "when (UTC)", "url", "reason", "details", "parser"):
        table.add_column(name, overflow="fold")
    for row in rows:
        when = row["created_at"].strftime("%Y-%m-%d %H:%M:%S")
        cells = (
            row["id"],
            when,
            row["url"],
            row["reason"],
            row["details"] or "",
            row["parser_version"],
        )
        table.add_row(*(str(cell) for cell in cells))
    return table


def replay(url: str | None, directory: Path | None, *, any_database: bool = False) -> ReplayResult:
    """Write every spooled batch, then the ends of the runs that could not record them
    (marquee.recovery); what still fails stays in the spool."""
    from marquee.recovery import replay_run_ends

    db = open_database(url)
    try:
        kept = spool.spool_dir(directory)
        result = spool.replay(db, kept, any_database=any_database)
        result.failed += replay_run_ends(db, kept, any_database=any_database)[1]
        return result
    finally:
        db.close()
