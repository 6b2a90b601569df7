"""`marquee demo`, the README's main command: a crawl of the bundled site into ./marquee.db."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import socket
import sqlite3
import struct
import subprocess
import sys
import termios
from pathlib import Path
from typing import Any

from marquee.demo import DEMO_PORT, DEMO_SITE
from tests.reliability import crawl_env


def _demo(cwd: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "marquee.cli", "demo"]
    # this checkout's marquee, not the one the venv has installed (a worktree shares it)
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=180,
                          env=crawl_env(cwd))  # fmt: skip


def _last_run(db: Path) -> dict[str, Any]:
    with sqlite3.connect(db) as conn:
        row = conn.execute("SELECT status, counts FROM crawl_runs ORDER BY id DESC").fetchone()
    assert row[0] == "finished", row
    counts: dict[str, Any] = json.loads(row[1])
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


ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def _demo_on_a_terminal(cwd: Path) -> tuple[int, str]:
    """`marquee demo` with its stdout and stderr on a pseudo-terminal of 100 x 40."""
    leader, follower = os.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 100, 0, 0))
    command = [sys.executable, "-m", "marquee.cli", "demo"]
    env = {**crawl_env(cwd), "TERM": "xterm-256color"}
    env.pop("COLUMNS", None)
    process = subprocess.Popen(command, cwd=cwd, env=env, stdin=follower, stdout=follower,
                               stderr=follower, close_fds=True)  # fmt: skip
    os.close(follower)
    chunks = []
    with contextlib.suppress(OSError):  # EIO once the demo has closed its end
        while chunk := os.read(leader, 65536):
            chunks.append(chunk)
    os.close(leader)
    return process.wait(180), b"".join(chunks).decode("utf-8", "replace")


def _screen_lines(output: str) -> list[str]:
    """The lines left on screen: a line redrawn after a carriage return counts once."""
    text = ANSI.sub("", output).replace("\r\n", "\n")
    return [line.rsplit("\r", 1)[-1] for line in text.split("\n")]


def _log_named(output: str, cwd: Path) -> Path:
    found = re.search(r"Scrapy's log: (\S+)", output)
    assert found, output
    return cwd / found.group(1)


def test_the_demo_on_a_terminal_shows_a_progress_bar_and_the_summary_once(tmp_path: Path) -> None:
    """It printed about 380 lines: Scrapy's settings and middleware dumps, and the summary
    three times (once wrapped at 40 columns). Now the log goes to a file named in the summary."""
    status, output = _demo_on_a_terminal(tmp_path)
    assert status == 0, output
    lines = _screen_lines(output)
    assert len(lines) < 40, "\n".join(lines)
    assert "crawling" in output  # the progress bar was drawn (and cleared: transient)
    assert output.count("crawl run 1:") == 1
    assert not any("[scrapy" in line or "INFO:" in line for line in lines), output
    log = _log_named(output, tmp_path).read_text()
    assert "Scrapy 2.19" in log and "Dumping Scrapy stats" in log


def test_the_demo_without_a_terminal_prints_plain_lines_and_the_summary_once(
    tmp_path: Path,
) -> None:
    done = _demo(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    output = done.stdout + done.stderr
    assert len(output.splitlines()) < 40, output
    assert "\x1b[" not in output and "\r" not in output  # no colours, no redrawn bar
    assert output.count("crawl run 1:") == 1
    assert "[scrapy" not in output
    assert "Enabled downloader middlewares" in _log_named(output, tmp_path).read_text()
