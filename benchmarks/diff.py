"""`marquee diff` benchmark: seconds to compare N archived pages (WARC) with the stored tables.

The pages are synthesized from the fixture pages (as benchmarks/reparse.py), written to one
WARC archive and re-parsed into a fresh SQLite file. Then, in the same run: `marquee reparse`
of the archive again (all unchanged: the baseline, the same reading and parsing plus the write
path) and `marquee diff` of it, with an unchanged parser and with a parser change that alters
one field of every title (the examples and per-field counts are then all filled in).
Issue 15's goal: 10,000 pages in under 30 s.

    .venv/bin/python -m benchmarks.diff [--pages 10000] [--jobs N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import resource
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from benchmarks.parse import machine
from marquee.archive import WarcArchive
from marquee.db import open_database
from marquee.devserver import PUBLIC_SITE, Site
from marquee.diff import DiffReport, compare
from marquee.parsers import labels
from marquee.reparse import reparse

FETCHED = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
GOAL_SECONDS = 30.0


def write_archive(root: Path, count: int) -> tuple[Path, int]:
    """`count` distinct title pages as one run's WARC archive; its directory and body bytes."""
    archive = WarcArchive(root, "bench")
    total = 0
    for path, page in Site.synthesized(PUBLIC_SITE, count).pages.items():
        body = page.render()
        headers = [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))]
        archive.write(url=PUBLIC_SITE + path, status=200, reason="OK", headers=headers, body=body,
                      fetched_at=FETCHED)  # fmt: skip
        total += len(body)
    archive.close()
    return archive.directory, total


def timed(work: Callable[[], Any]) -> tuple[float, Any]:
    """Wall seconds and the result; the CPU seconds of this process and its workers (reaped
    when the pool closes) are kept in CPU_SECONDS: on a shared machine the steadier figure."""
    start, cpu = time.perf_counter(), _cpu()
    result = work()
    CPU_SECONDS.append(_cpu() - cpu)
    return time.perf_counter() - start, result


CPU_SECONDS: list[float] = []


def _cpu() -> float:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def cpu_note() -> str:
    cores = os.cpu_count() or 1
    return f"CPU {CPU_SECONDS[-1]:6.1f} s (/{cores} cores = {CPU_SECONDS[-1] / cores:5.1f} s)"


@contextmanager
def votes_read_as_seasons() -> Iterator[None]:
    """A label table edit, as a parser change under review would make."""
    labels._LOOKUP["user ratings"] = "seasons"
    labels.field_for.cache_clear()
    labels.row_field_for.cache_clear()
    try:
        yield
    finally:
        del labels._LOOKUP["user ratings"]
        labels.field_for.cache_clear()
        labels.row_field_for.cache_clear()


def describe(report: DiffReport) -> str:
    fields = ", ".join(f"{name} {found.count}" for name, found in sorted(report.fields.items()))
    return (f"{report.pages} pages, {report.changed} would change ({fields or 'no field'}),"
            f" {report.unchanged} unchanged, {report.new_titles.count} new")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default auto)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="marquee-bench-") as tmp:
        root = Path(tmp)
        archive, size = write_archive(root / "archive", args.pages)
        print(f"date: {dt.date.today().isoformat()}  python: {platform.python_version()}")
        print(f"machine: {machine()}, load average {os.getloadavg()[0]:.1f} at start")
        print(f"pages: {args.pages} archived (mean {size / args.pages / 1024:.1f} KB), SQLite,"
              f" jobs {args.jobs or 'auto'}")  # fmt: skip
        with open_database(f"sqlite:///{root / 'bench.db'}") as db:
            seconds, _ = timed(lambda: reparse([archive], db, jobs=args.jobs))
            print(f"reparse, empty database:       {seconds:6.1f} s  {cpu_note()}")
            base, _ = timed(lambda: reparse([archive], db, jobs=args.jobs))
            print(f"reparse again (all unchanged): {base:6.1f} s  {cpu_note()} (baseline)")
            seconds, report = timed(lambda: compare([archive], db, jobs=args.jobs))
            print(f"diff, unchanged parser:        {seconds:6.1f} s  {cpu_note()}"
                  f" = {seconds / base:.2f}x the baseline; {describe(report)}")  # fmt: skip
            with votes_read_as_seasons():
                seconds, report = timed(lambda: compare([archive], db, jobs=args.jobs))
            verdict = "met" if seconds < GOAL_SECONDS else "NOT met"
            print(f"diff, votes read as seasons:   {seconds:6.1f} s  {cpu_note()}"
                  f" = {seconds / base:.2f}x the baseline; {describe(report)}")  # fmt: skip
            print(f"goal {args.pages} pages < {GOAL_SECONDS:.0f} s: {verdict}")


if __name__ == "__main__":
    main()
