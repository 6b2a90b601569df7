"""Helpers shared by the tests/test_reliability_*.py suites: run `marquee crawl` in a
subprocess against the fault server, read back what it stored, and check the accounting."""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from marquee.db import schema
from marquee.db.engine import create_engine
from tests.databases import temporary_pg_database
from tests.faultserver import FaultServer

# small waits everywhere: a fault costs milliseconds, not the production 30 s
FAST: dict[str, str] = {
    "DOWNLOAD_DELAY": "0",
    "RANDOMIZE_DOWNLOAD_DELAY": "False",
    "AUTOTHROTTLE_ENABLED": "False",
    "DOWNLOAD_TIMEOUT": "3",
    "RETRY_TIMES": "2",
    "MARQUEE_RETRY_BACKOFF_BASE": "0.05",
    "MARQUEE_RETRY_BACKOFF_MAX": "0.2",
    "CONCURRENT_REQUESTS": "8",
    "MARQUEE_EXTRACT_THREADS": "1",
}
# `marquee` with its peak resident memory printed at exit: VmHWM of its own address space
# (getrusage's ru_maxrss survives exec, so it would report the forking test process's size)
LAUNCH = """
import re, sys
from marquee.cli import app
try:
    app(prog_name="marquee")
finally:
    status = open("/proc/self/status").read()
    print("MAXRSS_KB=" + re.search(r"VmHWM:\\s*(\\d+)", status).group(1), file=sys.stderr)
"""
TITLE_PATH = re.compile(r"^/(movie|show)/[^/]+$")
REPO = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Crawl:
    returncode: int
    output: str  # stdout + stderr: the summary and the log
    counts: dict[str, Any]
    status: str
    run_id: int

    @property
    def peak_rss_mb(self) -> float:
        found = re.search(r"MAXRSS_KB=(\d+)", self.output)
        assert found, "no peak memory figure in the crawl's output"
        return int(found.group(1)) / 1024


def mount(*faults: str, titles: Sequence[str] = ()) -> FaultServer:
    """A fault server whose sitemap lists `titles` and each fault at a title-like path
    (/movie/fault-<name>), since the spider only fetches /movie/ and /show/ URLs."""
    aliases = {fault_url(path): path for path in faults}
    return FaultServer(sitemap=[*titles, *aliases], aliases=aliases, related=False)


def fault_url(path: str) -> str:
    return "/movie/fault-" + re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-")


def run_crawl(
    server: FaultServer,
    db_url: str,
    workdir: Path,
    *args: str,
    settings: Mapping[str, str] | None = None,
    timeout: float = 120,
) -> Crawl:
    """`marquee crawl` against the server, in a subprocess (one reactor per process)."""
    pairs = [f"--set={name}={value}" for name, value in {**FAST, **(settings or {})}.items()]
    command = [
        sys.executable, "-c", LAUNCH, "crawl", "--site", server.base, "--db", db_url,
        "--archive-dir", str(workdir / "archive"), *pairs, *args,
    ]  # fmt: skip
    done = subprocess.run(
        command, cwd=workdir, env=crawl_env(workdir), capture_output=True, text=True,
        timeout=timeout, check=False,
    )  # fmt: skip
    run = latest_run(db_url)
    return Crawl(done.returncode, done.stdout + done.stderr, run["counts"] or {}, run["status"],
                 run["id"])  # fmt: skip


def crawl_env(workdir: Path) -> dict[str, str]:
    # the crawl runs in `workdir`: the marquee under test is this checkout's, not whichever
    # one the environment has installed (a git worktree shares its venv with the main tree)
    path = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    return {**os.environ, "MARQUEE_SPOOL_DIR": str(workdir / "spool"), "MARQUEE_LOG_LEVEL": "INFO",
            "PYTHONPATH": path}  # fmt: skip


# --- databases -------------------------------------------------------------------------------


@contextlib.contextmanager
def fresh_database(kind: str, directory: Path) -> Iterator[str]:
    """An empty database of `kind` (sqlite or postgresql, on the shared server), for a whole
    module's crawl; the PostgreSQL one is dropped afterwards."""
    if kind == "sqlite":
        yield f"sqlite:///{directory / 'marquee.db'}"
        return
    with temporary_pg_database("marquee_rel") as url:
        yield url


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def module_db(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """One fresh database of each kind per test module (modules crawl once, assert often)."""
    with fresh_database(request.param, tmp_path_factory.mktemp(request.param)) as url:
        yield url


# --- reading back ----------------------------------------------------------------------------


def query(db_url: str, stmt: sa.Executable) -> list[dict[str, Any]]:
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(stmt)]
    finally:
        engine.dispose()


def latest_run(db_url: str) -> dict[str, Any]:
    runs = query(db_url, sa.select(schema.crawl_runs).order_by(schema.crawl_runs.c.id.desc()))
    assert runs, "the crawl recorded no run"
    return runs[0]


def stored_titles(db_url: str) -> dict[str, dict[str, Any]]:
    return {row["source_id"]: row for row in query(db_url, sa.select(schema.titles))}


def stored_rejects(db_url: str) -> list[dict[str, Any]]:
    return query(db_url, sa.select(schema.rejects).order_by(schema.rejects.c.id))


def count_rows(db_url: str, table: sa.Table) -> int:
    rows = query(db_url, sa.select(sa.func.count()).select_from(table))
    return int(rows[0]["count"] if "count" in rows[0] else next(iter(rows[0].values())))


# --- the accounting invariant ----------------------------------------------------------------


def title_requests_seen(server: FaultServer) -> set[str]:
    """Distinct title URLs the server was asked for (retries and redirect hops excluded)."""
    return {
        entry.path for entry in server.requests(host="127.0.0.1") if TITLE_PATH.match(entry.path)
    }


def assert_accounting(crawl: Crawl, server: FaultServer, db_url: str) -> None:
    """requests made = stored + rejected + skipped + failed, each with a reason; and the
    numbers agree with what the server saw and what the database holds."""
    c = crawl.counts
    assert c["requests"] == c["stored"] + c["rejected"] + c["skipped"] + c["failed"], c
    assert c["unaccounted"] == 0, c
    assert c["stored"] == c["inserted"] + c["updated"] + c["unchanged"], c
    for total, by_reason in (("rejected", "rejected_by_reason"), ("skipped", "skipped_by_reason"),
                             ("failed", "failed_by_reason")):  # fmt: skip
        assert sum(c[by_reason].values()) == c[total], (total, c)
        assert all(reason and reason.strip() for reason in c[by_reason]), (total, c)
    assert c["requests"] == len(title_requests_seen(server)), (c, title_requests_seen(server))
    assert count_rows(db_url, schema.rejects) >= c["rejected"]
    assert f"run {crawl.run_id}" in crawl.output


def reasons(crawl: Crawl, kind: str) -> dict[str, int]:
    return dict(crawl.counts[f"{kind}_by_reason"])


def paths(entries: Iterable[Any]) -> list[str]:
    return [entry.path for entry in entries]
