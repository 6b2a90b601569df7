"""A `marquee crawl` subprocess that a test can act on while it runs (signal it, stop its
database), for tests/test_reliability_db.py and tests/test_reliability_interrupt.py."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
import time
from collections.abc import Mapping
from pathlib import Path

import sqlalchemy as sa

from marquee.db import schema
from tests.faultserver import FaultServer, fixture_pages
from tests.reliability import FAST, LAUNCH, Crawl, crawl_env, query, title_requests_seen

ALL_TITLES = sorted(fixture_pages())  # 29 fixture titles, listed in the sitemap
# one page at a time, a little apart: the test has time to act mid-crawl
SLOW = {"CONCURRENT_REQUESTS": "1", "DOWNLOAD_DELAY": "0.08", "MARQUEE_BATCH_SIZE": "3"}


def site(hold_titles: threading.Event | None = None) -> FaultServer:
    return FaultServer(sitemap=ALL_TITLES, related=False, hold_titles=hold_titles)


def start_crawl(
    server: FaultServer,
    db_url: str,
    workdir: Path,
    *args: str,
    settings: Mapping[str, str] | None = None,
) -> subprocess.Popen[str]:
    pairs = [f"--set={k}={v}" for k, v in {**FAST, **SLOW, **(settings or {})}.items()]
    command = [
        sys.executable, "-c", LAUNCH, "crawl", "--site", server.base, "--db", db_url,
        "--archive-dir", str(workdir / "archive"), *pairs, *args,
    ]  # fmt: skip
    return subprocess.Popen(command, cwd=workdir, env=crawl_env(workdir), text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)  # fmt: skip


def wait_for_titles(server: FaultServer, process: subprocess.Popen[str], count: int) -> None:
    """Until the server has been asked for `count` title pages (the crawl is mid-way)."""
    deadline = time.monotonic() + 60
    while len(title_requests_seen(server)) < count:
        assert process.poll() is None, "the crawl ended before the test could act"
        assert time.monotonic() < deadline, "the crawl did not get going"
        time.sleep(0.02)


def finish(process: subprocess.Popen[str], timeout: float = 90) -> tuple[int, str]:
    output, _ = process.communicate(timeout=timeout)
    return process.returncode, output


def recorded(db_url: str, returncode: int, output: str) -> Crawl:
    """The run named in the crawl's summary, as its database has it now."""
    found = re.search(r"crawl run (\d+): ", output)
    assert found, output[-3000:]
    runs = schema.crawl_runs
    [row] = query(db_url, sa.select(runs).where(runs.c.id == int(found.group(1))))
    return Crawl(returncode, output, row["counts"] or {}, row["status"], row["id"])
