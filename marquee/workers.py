"""`marquee crawl --workers N`: N worker processes of one distributed run, on this machine."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from marquee.crawl import CrawlOptions

LOCAL_FRONTIER = "redis://127.0.0.1:6379/0"
WHOLE_RUN = "whole run "


@dataclass(frozen=True, slots=True)
class WorkerExit:
    returncode: int
    output: str


def worker_command(options: CrawlOptions) -> list[str]:
    """`marquee crawl` for one worker, with the same options (and a frontier and run name)."""
    assert options.frontier and options.run, "a worker needs a frontier and a run name"
    command = [sys.executable, "-m", "marquee.cli", "crawl",
               "--frontier", options.frontier, "--run", options.run]  # fmt: skip
    chosen = {"--site": options.site, "--db": options.db_url, "--limit": options.limit,
              "--archive-dir": options.archive_dir}  # fmt: skip
    for flag, value in chosen.items():
        if value is not None:
            command += [flag, str(value)]
    if options.full:
        command.append("--full")
    for name, value in options.settings.items():
        command.append(f"--set={name}={value}")
    return command


def run_workers(options: CrawlOptions, count: int) -> list[WorkerExit]:
    """Start `count` workers at once and wait for all of them (each one's output goes to a
    file: a pipe left unread would stall a worker, and with it the whole run)."""
    command = worker_command(options)
    with tempfile.TemporaryDirectory(prefix="marquee-workers-") as folder:
        logs = [Path(folder) / f"worker-{n}.log" for n in range(count)]
        processes = []
        for path in logs:
            with path.open("w", encoding="utf-8") as out:
                processes.append(subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT))
        codes = [process.wait() for process in processes]
        return [WorkerExit(code, path.read_text(encoding="utf-8", errors="replace"))
                for code, path in zip(codes, logs, strict=True)]  # fmt: skip


def report(exits: list[WorkerExit], echo: Callable[[str], object]) -> int:
    """The whole run's summary (from the worker that recorded it) and its exit status; without
    one, every worker's summary and the worst exit status."""
    for done in exits:
        at = done.output.rfind(WHOLE_RUN)  # the last: the summary printed at exit
        if at >= 0:
            echo(done.output[at:])
            return done.returncode
    for number, done in enumerate(exits, 1):
        echo(f"worker {number} (exit {done.returncode}):\n{done.output[-4000:]}")
    return max((done.returncode for done in exits), default=2)
