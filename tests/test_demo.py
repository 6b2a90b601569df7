"""`marquee demo`, the README's main command: a crawl of the bundled site into ./marquee.db."""

from __future__ import annotations

import contextlib
import json
import re
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

from marquee.demo import DEMO_PORT, DEMO_SITE
from tests.reliability import crawl_env


def _demo(cwd: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "marquee.cli", "demo"]
    # this checkout's marquee, not the one the venv has installed (a worktree shares it)
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=180,
                          env=crawl_env(cwd))  # fmt: skip


def _last_run(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        row = conn.execute("SELECT status, counts FROM crawl_runs ORDER BY id DESC").fetchone()
    assert row[0] == "finished", row
    counts: dict[str, int] = json.loads(row[1])
    return counts


def test_demo_crawls_the_bundled_site_then_recrawls_incrementally(tmp_path: Path) -> None:
    first = _demo(tmp_path)
    assert first.returncode == 0, first.stdout + first.stderr
    db = tmp_path / "marquee.db"
    with sqlite3.connect(db) as conn:
        titles = conn.execute("SELECT count(*) FROM titles").fetchone()[0]
    counts = _last_run(db)
    assert titles == counts["inserted"] == 26
    assert "times_budget" in first.stdout and "Paranormal Activity" in first.stdout
    assert any((tmp_path / "archive").rglob("*.warc.gz"))

    second = _demo(tmp_path)
    assert second.returncode == 0, second.stdout + second.stderr
    counts = _last_run(db)
    assert counts["skipped"] == counts["requests"] == 26


def _pages(db: Path) -> list[tuple[str, int | None]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT url, title_id FROM pages ORDER BY url").fetchall()


def test_a_second_demo_on_another_port_recrawls_the_same_pages(tmp_path: Path) -> None:
    """Port 8765 taken at the second run: the fallback port used to change every URL, so the
    run counted 26 "updated" instead of 304s and the pages table doubled. URLs name the demo's
    site (the local server is the crawl's proxy), never the port that serves it."""
    first = _demo(tmp_path)
    assert first.returncode == 0, first.stdout + first.stderr
    db = tmp_path / "marquee.db"
    before = _pages(db)
    assert len(before) == 26
    assert all(url.startswith(DEMO_SITE + "/") for url, _ in before)
    with socket.socket() as taken:
        with contextlib.suppress(OSError):  # already taken (another test's demo): as good
            taken.bind(("127.0.0.1", DEMO_PORT))
            taken.listen()
        second = _demo(tmp_path)
    assert second.returncode == 0, second.stdout + second.stderr
    served_by = re.findall(r"served by (http://\S+)", first.stdout + second.stdout)
    assert len(served_by) == 2 and served_by[0] != served_by[1]  # two ports
    counts = _last_run(db)
    assert counts["skipped_by_reason"] == {"not_modified": 26}
    assert counts["updated"] == counts["inserted"] == 0
    assert _pages(db) == before
