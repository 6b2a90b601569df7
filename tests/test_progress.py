"""Progress of `marquee crawl` and `marquee reparse`: a live bar on a pseudo-terminal, plain
periodic lines without one (cron logs)."""

from __future__ import annotations

import contextlib
import fcntl
import io
import os
import re
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from marquee.progress import PlainLines, Tick, plain_line
from tests.crawling import site
from tests.reliability import FAST, LAUNCH, crawl_env, run_crawl

PAGES = Path(__file__).parent / "fixtures" / "pages"
SOME_PAGES = sorted(PAGES.glob("v2-*.html"))[:6]
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
# the bar's line: label, the bar, done/total, share, rate, elapsed, ETA, the outcomes so far
BAR = re.compile(r"(crawling|re-parsing) +[━╸╺ ]*━[━╸╺ ]* +(\d+)/(\d+|\?) .*pages/s.*"
                 r"stored \d+ rejected \d+ failed \d+")
LINE = re.compile(r"^(crawling|re-parsing): (\d+)(?: of (\d+))? pages.*?; stored (\d+), "
                  r"rejected (\d+), failed (\d+)$", re.MULTILINE)  # fmt: skip


def test_a_plain_line_says_done_of_discovered_rate_eta_and_outcomes() -> None:
    line = plain_line("crawling", Tick(30, 120, 25, 3, 2), 10.0)
    assert line == ("crawling: 30 of 120 pages (25%), 3.0 pages/s, ETA 0:00:30;"
                    " stored 25, rejected 3, failed 2")  # fmt: skip
    unknown = plain_line("re-parsing", Tick(5, None, 5, 0, 0), 1.0)
    assert unknown == "re-parsing: 5 pages, 5.0 pages/s; stored 5, rejected 0, failed 0"


def test_plain_lines_come_at_most_once_per_interval_and_once_at_the_end() -> None:
    out = io.StringIO()
    lines = PlainLines("crawling", out, interval=3600)
    for done in range(1, 51):
        lines.report(Tick(done, 50, done, 0, 0))
    lines.close()
    written = [line.split(" pages")[0] for line in out.getvalue().splitlines()]
    assert written == ["crawling: 1 of 50", "crawling: 50 of 50"]


def _on_a_terminal(command: list[str], cwd: Path) -> tuple[int, str]:
    """`command` with stdin, stdout and stderr on a pseudo-terminal of 160 x 40."""
    leader, follower = os.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 160, 0, 0))
    env = {**crawl_env(cwd), "TERM": "xterm-256color"}
    env.pop("COLUMNS", None)
    process = subprocess.Popen(command, cwd=cwd, env=env, stdin=follower, stdout=follower,
                               stderr=follower, close_fds=True)  # fmt: skip
    os.close(follower)
    chunks = []
    with contextlib.suppress(OSError):  # EIO once the command has closed its end
        while chunk := os.read(leader, 65536):
            chunks.append(chunk)
    os.close(leader)
    return process.wait(180), ANSI.sub("", b"".join(chunks).decode("utf-8", "replace"))


def _bar_drawn(output: str, label: str, total: int | None) -> None:
    redraws = re.split(r"[\r\n]", output)
    bars = [found for line in redraws if (found := BAR.search(line)) and found[1] == label]
    assert bars, output[-2000:]
    if total is not None:
        assert (bars[-1][2], bars[-1][3]) == (str(total), str(total))
    assert not LINE.search(output.replace("\r", "\n")), "plain lines on a terminal"


def test_reparse_on_a_terminal_draws_the_bar(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "marquee.cli", "reparse", *map(str, SOME_PAGES),
               "--db", f"sqlite:///{tmp_path / 'm.db'}"]  # fmt: skip
    status, output = _on_a_terminal(command, tmp_path)
    assert status == 0, output
    _bar_drawn(output, "re-parsing", len(SOME_PAGES))


def test_reparse_without_a_terminal_prints_periodic_lines(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "marquee.cli", "reparse", *map(str, SOME_PAGES),
               "--db", f"sqlite:///{tmp_path / 'm.db'}"]  # fmt: skip
    env = {**crawl_env(tmp_path), "MARQUEE_PROGRESS_INTERVAL": "0"}
    done = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=120, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = LINE.findall(done.stderr)
    # a line per page (interval 0), then the last one again when the run ends
    assert [int(found[1]) for found in lines] == [*range(1, len(SOME_PAGES) + 1), len(SOME_PAGES)]
    assert all(found[2] == str(len(SOME_PAGES)) for found in lines)
    assert not BAR.search(done.stderr) and "\r" not in done.stderr


def _crawl_command(server_base: str, db_url: str, workdir: Path) -> list[str]:
    pairs = [f"--set={name}={value}" for name, value in FAST.items()]
    return [sys.executable, "-c", LAUNCH, "crawl", "--site", server_base, "--db", db_url,
            "--archive-dir", str(workdir / "archive"), *pairs]  # fmt: skip


def test_crawl_on_a_terminal_draws_the_bar(tmp_path: Path) -> None:
    with site() as server:
        command = _crawl_command(server.base, f"sqlite:///{tmp_path / 'm.db'}", tmp_path)
        status, output = _on_a_terminal(command, tmp_path)
    assert status == 0, output[-3000:]
    _bar_drawn(output, "crawling", None)


def test_crawl_without_a_terminal_prints_lines_that_end_at_the_run_counts(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MARQUEE_PROGRESS_INTERVAL", "0")
    with site() as server:
        crawl = run_crawl(server, db_url, tmp_path)
    assert crawl.returncode == 0, crawl.output[-3000:]
    lines = LINE.findall(crawl.output)
    assert len(lines) > 10 and all(found[0] == "crawling" for found in lines)
    done = [int(found[1]) for found in lines]
    assert done == sorted(done)
    _, last, discovered, stored, rejected, failed = lines[-1]
    counts = crawl.counts
    assert int(last) == int(discovered) == counts["requests"]
    assert (int(stored), int(rejected), int(failed)) == (
        counts["stored"], counts["rejected"], counts["failed"])  # fmt: skip
    assert not BAR.search(crawl.output) and "\r" not in crawl.output
