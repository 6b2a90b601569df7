"""The storage API the crawler, re-parse and export code against."""

from __future__ import annotations

import datetime as dt
import logging
import random
import sqlite3
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar, cast

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from marquee.db import migrate, runs
from marquee.db import schema as s
from marquee.db.batch import Item, write_items
from marquee.db.counts import WriteCounts
from marquee.db.engine import READ_ONLY, create_engine, resolve_db_url
from marquee.db.rows import as_utc, utcnow
from marquee.db.runs import AbandonedRun, close_abandoned, this_process
from marquee.errors import StorageUnavailable

log = logging.getLogger(__name__)
T = TypeVar("T")
DEFAULT_SOURCE = "reelguide"
RUN_FINISHED = "finished"
# PostgreSQL: serialization failure, deadlock; connection and server-shutdown classes.
_RETRY_SQLSTATES = ("40001", "40P01")
_RETRY_SQLSTATE_CLASSES = ("08", "57")


@dataclass(frozen=True, slots=True)
class FetchState:
    """What an incremental crawl needs to ask "has this page changed?"."""

    fetched_at: dt.datetime | None
    etag: str | None
    last_modified: str | None


@dataclass(frozen=True, slots=True)
class StartedRun:
    run_id: int
    abandoned: list[AbandonedRun]  # the runs its start closed: their process is gone


ErrorTypes = tuple[type[Exception], ...]


def _driver_errors(name: str) -> ErrorTypes:
    """sqlite3's and, once a PostgreSQL engine has loaded it, psycopg's exception `name`: a
    SQLite run never imports psycopg (~0.07 s of start-up), and nothing else raises its errors."""
    found: ErrorTypes = (getattr(sqlite3, name),)
    psycopg = sys.modules.get("psycopg")
    return found if psycopg is None else (*found, cast("type[Exception]", getattr(psycopg, name)))


def database_errors() -> ErrorTypes:
    """Raised through SQLAlchemy (wrapped) or by the driver-level COPY / executemany (raw)."""
    return (sa.exc.DBAPIError, *_driver_errors("Error"))


def driver_error(exc: Exception) -> BaseException:
    return exc.orig if isinstance(exc, sa.exc.DBAPIError) and exc.orig is not None else exc


def is_transient(exc: Exception) -> bool:
    """Worth retrying: lost connection, deadlock, serialization failure, SQLite busy/locked."""
    if isinstance(exc, sa.exc.DBAPIError) and exc.connection_invalidated:
        return True
    orig = driver_error(exc)
    code = getattr(orig, "sqlstate", None)
    if isinstance(code, str):
        return code in _RETRY_SQLSTATES or code[:2] in _RETRY_SQLSTATE_CLASSES
    # psycopg raises OperationalError without a SQLSTATE when the connection itself fails
    return isinstance(orig, _driver_errors("OperationalError"))


def safe_url(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


class Database:
    """A marquee database. Every write is one transaction with bounded retry."""

    def __init__(
        self,
        engine: sa.Engine,
        *,
        source: str = DEFAULT_SOURCE,
        attempts: int = 4,
        backoff: float = 0.2,
    ) -> None:
        self.engine = engine
        self.source = source
        self.attempts = attempts
        self.backoff = backoff

    @property
    def url(self) -> str:
        return safe_url(self.engine.url.render_as_string(hide_password=False))

    def write_batch(self, items: Sequence[Item], *, run_id: int | None = None) -> WriteCounts:
        """Upsert titles (with children), pages and rejects; raises StorageUnavailable."""
        if not items:
            return WriteCounts()
        return self.transaction(
            lambda conn: write_items(conn, items, source=self.source, run_id=run_id, now=utcnow())
        )

    def transaction(self, work: Callable[[sa.Connection], T], *, read: bool = False) -> T:
        """`work` in one transaction, retried; `read`: it only reads (no SQLite write lock)."""
        for attempt in range(1, self.attempts + 1):
            try:
                with self.engine.connect() as conn:
                    conn.execution_options(**{READ_ONLY: read})
                    with conn.begin():
                        return work(conn)
            except database_errors() as exc:
                if attempt == self.attempts or not is_transient(exc):
                    raise StorageUnavailable(self._failure(exc, attempt)) from exc
                log.warning("retrying after %r (attempt %d)", driver_error(exc), attempt)
                time.sleep(self.backoff * 2 ** (attempt - 1) * (1 + random.random()))
        raise AssertionError("unreachable")

    def _failure(self, exc: Exception, attempt: int) -> str:
        cause = (str(driver_error(exc)).strip().splitlines() or [type(exc).__name__])[0]
        return f"cannot write to {self.url} after {attempt} attempt(s): {cause}"

    def start_run(
        self, *, site: str, options: dict[str, Any], run_name: str | None = None
    ) -> int:
        """A new "running" run of this process; first, runs whose process is gone are closed.
        `run_name`: this process is a worker of that distributed run."""
        return self.begin_run(site=site, options=options, run_name=run_name).run_id

    def begin_run(
        self, *, site: str, options: dict[str, Any], run_name: str | None = None,
        counts: dict[str, Any] | None = None,
    ) -> StartedRun:  # fmt: skip
        """`start_run`, and the runs it closed as abandoned; `counts`: what the run records
        at its start (its archive directory), kept if it is abandoned in turn."""
        now = utcnow()
        values = {"site": site, "options": options, "status": "running", "started_at": now,
                  "run_name": run_name, "counts": counts}  # fmt: skip
        values.update(this_process().as_row())
        stmt = sa.insert(s.crawl_runs).values(values).returning(s.crawl_runs.c.id)

        def start(conn: sa.Connection) -> StartedRun:
            closed = close_abandoned(conn, now)
            for run_id in closed:
                log.warning("run %d was left running by a process that is gone: abandoned", run_id)
            run_id = int(conn.execute(stmt).scalar_one())
            return StartedRun(run_id, runs.abandoned_runs(conn, closed) if closed else [])

        return self.transaction(start)

    def pages_of_run(self, run_id: int) -> list[tuple[str, str | None, int | None]]:
        """(url, archive_path, archive_offset) of each page a run stored or rejected (and no
        later run saw again)."""
        p = s.pages
        columns = (p.c.url, p.c.archive_path, p.c.archive_offset)
        stmt = sa.select(*columns).where(p.c.run_id == run_id, p.c.outcome != "failed")
        rows = self.transaction(lambda conn: conn.execute(stmt).all(), read=True)
        return [(row.url, row.archive_path, row.archive_offset) for row in rows]

    def finish_run(
        self, run_id: int, *, status: str, counts: dict[str, Any], coverage: dict[str, float],
        profile: dict[str, Any] | None = None, drift: list[dict[str, Any]] | None = None,
    ) -> None:  # fmt: skip
        values = {"status": status, "counts": counts, "coverage": coverage, "finished_at": utcnow(),
                  "profile": profile, "drift": drift}  # fmt: skip
        stmt = sa.update(s.crawl_runs).where(s.crawl_runs.c.id == run_id).values(values)
        self.transaction(lambda conn: conn.execute(stmt))

    def worker_runs(self, run_name: str) -> list[dict[str, Any]]:
        return self.transaction(lambda conn: runs.worker_rows(conn, run_name), read=True)

    def abandon_runs(self, run_ids: list[int], reason: str) -> list[int]:
        return self.transaction(lambda conn: runs.abandon(conn, run_ids, reason, utcnow()))

    def add_whole_run(
        self, run_name: str, values: dict[str, Any], worker_ids: list[int]
    ) -> int:
        values = {**values, "finished_at": utcnow()}
        return self.transaction(lambda conn: runs.add_whole_run(conn, run_name, values, worker_ids))

    def last_successful_run(self, site: str | None = None) -> dict[str, Any] | None:
        """The latest finished run (of `site`, if given), as a dict; None if there is none.
        A worker's row counts only with its whole run: its own share is not the site's."""
        r = s.crawl_runs
        stmt = sa.select(r).where(r.c.status == RUN_FINISHED, r.c.parent_id.is_(None))
        if site is not None:
            stmt = stmt.where(r.c.site == site)
        stmt = stmt.order_by(r.c.finished_at.desc(), r.c.id.desc()).limit(1)
        row = self.transaction(lambda conn: conn.execute(stmt).mappings().first(), read=True)
        if row is None:
            return None
        return {
            **row,
            "started_at": as_utc(row["started_at"]),
            "finished_at": as_utc(row["finished_at"]),
        }

    def recent_profiles(self, site: str | None, runs: int = 100) -> list[dict[str, Any]]:
        """Profiles of the last `runs` finished runs (of `site`) that have one, newest first."""
        r = s.crawl_runs
        stmt = sa.select(r.c.profile).where(r.c.status == RUN_FINISHED, r.c.profile.is_not(None))
        if site is not None:
            stmt = stmt.where(r.c.site == site)
        stmt = stmt.order_by(r.c.finished_at.desc(), r.c.id.desc()).limit(runs)
        rows = self.transaction(lambda conn: conn.execute(stmt).scalars().all(), read=True)
        return [dict(profile) for profile in rows if isinstance(profile, dict)]

    def page_fetch_state(self) -> dict[str, FetchState]:
        """URL -> the latest fetch that got a page (HTTP status below 400, or unknown)."""
        p = s.pages
        ok = sa.or_(p.c.http_status.is_(None), p.c.http_status < 400)
        latest = sa.func.row_number().over(
            partition_by=p.c.url, order_by=(p.c.fetched_at.desc(), p.c.id.desc())
        )
        inner = sa.select(p.c.url, p.c.fetched_at, p.c.etag, p.c.last_modified, latest.label("n"))
        ranked = inner.where(ok, p.c.outcome != "failed").subquery()
        stmt = sa.select(ranked).where(ranked.c.n == 1)
        rows = self.transaction(lambda conn: conn.execute(stmt).all(), read=True)
        return {r.url: FetchState(as_utc(r.fetched_at), r.etag, r.last_modified) for r in rows}

    def unresolved_rejects(self) -> list[dict[str, Any]]:
        r = s.rejects
        cols = [r.c.id, r.c.url, r.c.reason, r.c.details, r.c.created_at, r.c.parser_version]
        stmt = sa.select(*cols).where(r.c.resolved_at.is_(None)).order_by(r.c.created_at, r.c.id)
        rows = self.transaction(lambda conn: conn.execute(stmt).mappings().all(), read=True)
        return [dict(row) for row in rows]

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_database(
    url: str | None = None, *, upgrade: bool = True, source: str = DEFAULT_SOURCE
) -> Database:
    """Connect (and by default bring the schema to the latest migration)."""
    resolved = resolve_db_url(url)
    engine = create_engine(resolved)
    try:
        if upgrade:
            upgrade_schema(engine)
        else:
            with engine.connect():
                pass
    except database_errors() as exc:
        engine.dispose()
        cause = (str(driver_error(exc)).strip().splitlines() or [type(exc).__name__])[0]
        raise StorageUnavailable(f"cannot open database {safe_url(resolved)}: {cause}") from exc
    return Database(engine, source=source)


def upgrade_schema(engine: sa.Engine) -> None:
    if migrate.current_revision(engine) == migrate.HEAD:
        return
    migrate.upgrade(engine)
