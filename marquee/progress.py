"""Progress of a crawl or a re-parse: a live bar on a terminal, plain periodic lines otherwise
(cron logs). Both show pages done of discovered, rate, ETA and stored / rejected / failed."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

INTERVAL_VARIABLE = "MARQUEE_PROGRESS_INTERVAL"
DEFAULT_INTERVAL_S = 10.0


@dataclass(frozen=True, slots=True)
class Tick:
    """Where a run stands: `discovered` is None while unknown (a WARC archive's pages)."""

    done: int
    discovered: int | None
    stored: int
    rejected: int
    failed: int


Report = Callable[[Tick], None]


def interval_from_env() -> float:
    """Seconds between plain lines: $MARQUEE_PROGRESS_INTERVAL, else 10."""
    try:
        return max(0.0, float(os.environ.get(INTERVAL_VARIABLE, DEFAULT_INTERVAL_S)))
    except ValueError:
        return DEFAULT_INTERVAL_S


@contextmanager
def progress(
    label: str, console: Console | None = None, *, interval: float | None = None,
    transient: bool = False,
) -> Iterator[Report]:
    """A `Report` to call as pages are done: a rich bar when `console` (default: stderr's) is a
    terminal, else a line at the first tick, every `interval` seconds and at the end."""
    console = console or Console(stderr=True)
    if console.is_terminal:
        with _bar(label, console, transient) as report:
            yield report
        return
    every = interval_from_env() if interval is None else interval
    lines = PlainLines(label, console.file, every)
    try:
        yield lines.report
    finally:
        lines.close()


def _columns(label: str) -> tuple[ProgressColumn, ...]:
    return (
        TextColumn(label), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
        TextColumn("{task.fields[rate]:.1f} pages/s"), TimeElapsedColumn(), TimeRemainingColumn(),
        TextColumn("stored {task.fields[stored]} rejected {task.fields[rejected]}"
                   " failed {task.fields[failed]}"),
    )  # fmt: skip


@contextmanager
def _bar(label: str, console: Console, transient: bool) -> Iterator[Report]:
    started = time.monotonic()
    with Progress(*_columns(label), console=console, transient=transient) as bar:
        task = bar.add_task(label, total=None, rate=0.0, stored=0, rejected=0, failed=0)

        def report(tick: Tick) -> None:
            rate = tick.done / max(time.monotonic() - started, 1e-6)
            bar.update(task, completed=tick.done, total=tick.discovered, rate=rate,
                       stored=tick.stored, rejected=tick.rejected, failed=tick.failed)  # fmt: skip

        yield report


class PlainLines:
    """One line per `interval` seconds, never more: a cron log stays short."""

    def __init__(self, label: str, out: IO[str], interval: float) -> None:
        self.label, self.out, self.interval = label, out, interval
        self.started = time.monotonic()
        self.last_line: float | None = None
        self.last: Tick | None = None

    def report(self, tick: Tick) -> None:
        self.last = tick
        now = time.monotonic()
        if self.last_line is None or now - self.last_line >= self.interval:
            self.last_line = now
            self._write(tick, now)

    def close(self) -> None:
        if self.last is not None:
            self._write(self.last, time.monotonic())

    def _write(self, tick: Tick, now: float) -> None:
        self.out.write(plain_line(self.label, tick, now - self.started) + "\n")
        self.out.flush()


def plain_line(label: str, tick: Tick, elapsed: float) -> str:
    """One cron-log line.

    >>> plain_line("crawl", Tick(10, 40, 8, 1, 1), 5.0)
    'crawl: 10 of 40 pages (25%), 2.0 pages/s, ETA 0:00:15; stored 8, rejected 1, failed 1'
    """
    rate = tick.done / elapsed if elapsed > 0 else 0.0
    of = "" if tick.discovered is None else f" of {tick.discovered}"
    share = f" ({tick.done / tick.discovered:.0%})" if tick.discovered else ""
    left = None if tick.discovered is None else max(tick.discovered - tick.done, 0)
    eta = f", ETA {dt.timedelta(seconds=round(left / rate))}" if left is not None and rate else ""
    return (f"{label}: {tick.done}{of} pages{share}, {rate:.1f} pages/s{eta};"
            f" stored {tick.stored}, rejected {tick.rejected}, failed {tick.failed}")  # fmt: skip
