"""`marquee demo`, the README's main command: a crawl of the bundled site into ./marquee.db."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path


def _demo(cwd: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "marquee.cli", "demo"]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=180)


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
