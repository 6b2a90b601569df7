"""Runs that end truthfully: who runs a run, and closing the runs whose process is gone.

A run records its host, pid and process identity (boot id, pid namespace, start time). A
process killed outright (SIGKILL, the OOM killer, a lost machine) cannot close its run; the
next run closes it as "abandoned" once it is sure the process is gone. Sure means: the same
host, and there either another boot, or in the same pid namespace no process with that pid
and start time. A run of another host or another pid namespace (a container) is left alone:
from here it cannot be told from a live one.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from marquee.db import schema as s

RUNNING, ABANDONED = "running", "abandoned"
ARCHIVE_KEY = "archive"  # in a run's counts from its start: {"dir": its WARC directory, "run": ...}
_BOOT_ID = Path("/proc/sys/kernel/random/boot_id")


@dataclass(frozen=True, slots=True)
class Runner:
    """The process running a run, as recorded in its `crawl_runs` row."""

    host: str
    pid: int
    process: str | None  # "<boot id>/<pid namespace>/<start time>"; None without /proc

    def as_row(self) -> dict[str, Any]:
        return {"host": self.host, "pid": self.pid, "process": self.process}


def this_process() -> Runner:
    pid = os.getpid()
    return Runner(socket.gethostname(), pid, _identity(pid))


def _boot_and_namespace() -> str | None:
    try:
        boot = _BOOT_ID.read_text().strip()
        return f"{boot}/{os.readlink('/proc/self/ns/pid')}"
    except OSError:
        return None


def _start_time(pid: int) -> str | None:
    """Start time (clock ticks since boot) of a live process; None if gone or a zombie."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[1].split()  # after "(comm)": field 3 (state) onwards
    return None if fields[0] in {"Z", "X"} else fields[19]


def _identity(pid: int) -> str | None:
    where, start = _boot_and_namespace(), _start_time(pid)
    return None if where is None or start is None else f"{where}/{start}"


def gone_reason(host: str | None, pid: int | None, process: str | None) -> str | None:
    """Why the run's process is surely gone, or None when it may still be running."""
    if host != socket.gethostname() or pid is None:
        return None
    if process is None:
        return None if _pid_alive(pid) else f"process {pid} on {host} is gone"
    boot, namespace, start = process.split("/", 2)
    here = _boot_and_namespace()
    if here is None:
        return None
    my_boot, my_namespace = here.split("/", 1)
    if boot != my_boot:
        return f"{host} has restarted since process {pid} started"
    if namespace != my_namespace:
        return None
    if _start_time(pid) != start:
        return f"process {pid} on {host} is gone"
    return None


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


def close_abandoned(conn: sa.Connection, now: dt.datetime) -> list[int]:
    """Mark this host's "running" runs whose process is gone as abandoned; their ids."""
    r = s.crawl_runs
    stmt = sa.select(r.c.id, r.c.host, r.c.pid, r.c.process, r.c.counts).where(
        r.c.status == RUNNING, r.c.host == socket.gethostname()
    )
    closed = []
    for row in conn.execute(stmt.order_by(r.c.id)).all():
        reason = gone_reason(row.host, row.pid, row.process)
        if reason is not None:
            counts = {**(row.counts or {}), **_pages_written(conn, row.id), "abandoned": reason}
            values = {"status": ABANDONED, "finished_at": now, "counts": counts}
            conn.execute(sa.update(r).where(r.c.id == row.id, r.c.status == RUNNING).values(values))
            closed.append(row.id)
    return closed


@dataclass(frozen=True, slots=True)
class AbandonedRun:
    """A run closed as abandoned, with what it recorded at its start (its archive, its job)."""

    run_id: int
    options: dict[str, Any]
    counts: dict[str, Any]

    @property
    def archive_dir(self) -> Path | None:
        archive = self.counts.get(ARCHIVE_KEY)
        directory = archive.get("dir") if isinstance(archive, dict) else None
        return Path(directory) if isinstance(directory, str) else None

    @property
    def jobdir(self) -> str | None:
        jobdir = self.options.get("jobdir")
        return jobdir if isinstance(jobdir, str) else None


def abandoned_runs(conn: sa.Connection, run_ids: list[int]) -> list[AbandonedRun]:
    r = s.crawl_runs
    stmt = sa.select(r.c.id, r.c.options, r.c.counts).where(r.c.id.in_(run_ids)).order_by(r.c.id)
    return [AbandonedRun(row.id, dict(row.options or {}), dict(row.counts or {}))
            for row in conn.execute(stmt).all()]  # fmt: skip


def _pages_written(conn: sa.Connection, run_id: int) -> dict[str, int]:
    """What is known of an abandoned run: the pages it wrote, by outcome ("pages_stored" ...)."""
    p = s.pages
    stmt = sa.select(p.c.outcome, sa.func.count()).where(p.c.run_id == run_id).group_by(p.c.outcome)
    return {f"pages_{outcome}": int(count) for outcome, count in conn.execute(stmt).all()}


# --- a distributed run: its workers' rows and the whole-run row --------------------------------


def worker_rows(conn: sa.Connection, run_name: str) -> list[dict[str, Any]]:
    """The rows of a distributed run's workers (not its whole-run row), oldest first."""
    r = s.crawl_runs
    stmt = sa.select(r).where(r.c.run_name == run_name, r.c.pid.is_not(None)).order_by(r.c.id)
    return [dict(row) for row in conn.execute(stmt).mappings()]


def abandon(conn: sa.Connection, run_ids: list[int], reason: str, now: dt.datetime) -> list[int]:
    """Close these runs, if still running, as abandoned (their worker is gone); their ids."""
    r = s.crawl_runs
    closed = []
    stmt = sa.select(r.c.id, r.c.counts).where(r.c.id.in_(run_ids), r.c.status == RUNNING)
    for row in conn.execute(stmt.order_by(r.c.id)).all():
        counts = {**(row.counts or {}), **_pages_written(conn, row.id), "abandoned": reason}
        values = {"status": ABANDONED, "finished_at": now, "counts": counts}
        conn.execute(sa.update(r).where(r.c.id == row.id, r.c.status == RUNNING).values(values))
        closed.append(row.id)
    return closed


def add_whole_run(
    conn: sa.Connection, run_name: str, values: dict[str, Any], worker_ids: list[int]
) -> int:
    """The whole-run row (no host or pid: no one process runs it); the workers point at it."""
    r = s.crawl_runs
    stmt = sa.insert(r).values({**values, "run_name": run_name}).returning(r.c.id)
    run_id = int(conn.execute(stmt).scalar_one())
    conn.execute(sa.update(r).where(r.c.id.in_(worker_ids)).values(parent_id=run_id))
    return run_id
