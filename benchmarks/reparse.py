"""Re-parse benchmark: `marquee reparse` pages per second on 2,000 saved pages into SQLite.

The pages are synthesized from the fixture pages (distinct canonical slug, title and IMDb id
each, as the fixture site serves them) and written to a temp directory. Each mode re-parses
them into a fresh SQLite file; a second pass over the same database measures the all-unchanged
case, which is what a scheduled re-parse mostly is.

    .venv/bin/python -m benchmarks.reparse [--pages N] [--kb 65] [--db postgresql://...]

--kb grows each page to a real title page's size (issue 17's ~65 KB; 0: as synthesized).
CPU a page counts this process and its workers; a PostgreSQL server's own CPU is not in it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import platform
import resource
import tempfile
import time
from pathlib import Path

from rich.console import Console

from benchmarks.parse import machine
from benchmarks.parse_size import page_data, related
from benchmarks.upsert import fresh_database
from marquee.db import open_database
from marquee.devserver import PUBLIC_SITE, Site
from marquee.reparse import ReparseSummary, reparse

QUIET = Console(file=io.StringIO())  # no progress lines between the figures


def write_pages(directory: Path, count: int, kb: int = 0) -> int:
    """`count` distinct title pages as HTML files, grown to `kb` KB with the bulk of a real
    title page (benchmarks.parse_size, "mixed") when `kb` > 0; returns their total size."""
    site = Site.synthesized(PUBLIC_SITE, count)
    total, cards = 0, 8
    for path, page in site.pages.items():
        body = page.render()
        if kb:
            body, cards = grown_mixed(body, kb * 1024, cards)
        (directory / f"{path.strip('/').replace('/', '-')}.html").write_bytes(body)
        total += len(body)
    return total


def grown_mixed(body: bytes, size: int, cards: int) -> tuple[bytes, int]:
    """benchmarks.parse_size.grown(body, "mixed", size), searched from about `cards` cards (the
    last page's count) instead of 8: the same kind of page, grown in a fraction of the time."""
    text = body.decode("utf-8", errors="surrogateescape")
    legacy, at = "<main" not in text, text.rfind("</body>")
    n = max(8, cards * 9 // 10)
    while True:
        bulk = page_data(n // 2) + related(n // 2, legacy)
        page = text[:at] + bulk + text[at:] if at >= 0 else text + bulk
        if len(page.encode("utf-8", errors="surrogateescape")) >= size:
            return page.encode("utf-8", errors="surrogateescape"), n
        n += max(1, n // 50)


Timed = tuple[float, float, ReparseSummary]  # wall seconds, CPU seconds (workers too), summary


def cpu_seconds() -> float:
    """CPU time of this process and of its waited-for children (the reparse's workers)."""
    me, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


def timed_run(pages: Path, db_url: str, jobs: int | None) -> Timed:
    with open_database(db_url) as db:
        start, cpu = time.perf_counter(), cpu_seconds()
        summary = reparse([pages], db, jobs=jobs, console=QUIET)
        return time.perf_counter() - start, cpu_seconds() - cpu, summary


def report(label: str, seconds: float, cpu: float, summary: ReparseSummary) -> None:
    """Pages/s by the clock, and by CPU: what the run's CPU time a page allows on all cores
    (the figure to read when other processes load the machine)."""
    counts = summary.counts
    cores = os.cpu_count() or 1
    print(
        f"{label:<38} {summary.pages / seconds:7,.0f} pages/s  ({seconds:5.2f} s; "
        f"CPU {cpu * 1e3 / summary.pages:.2f} ms a page = {cores * summary.pages / cpu:,.0f} "
        f"pages/s on {cores} cores; inserted {counts.inserted}, unchanged {counts.unchanged}, "
        f"rejected {counts.rejected}, failed {counts.failed})"
    )


def best_runs(pages: Path, db: str, jobs: int | None, rounds: int) -> list[Timed]:
    """Best of `rounds` (fresh database each round) for the first and the unchanged pass."""
    first: list[Timed] = []
    again: list[Timed] = []
    for _ in range(rounds):
        with fresh_database(db, PG_ADMIN) as db_url:
            first.append(timed_run(pages, db_url, jobs))
            again.append(timed_run(pages, db_url, jobs))
    return [min(first, key=lambda t: t[0]), min(again, key=lambda t: t[0])]


PG_ADMIN = os.environ.get("MARQUEE_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--kb", type=int, default=0, help="grow pages to this size (0: as is)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--db", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--jobs", type=int, nargs="*", help="worker counts (default: 1 and auto)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="marquee-bench-") as tmp:
        pages = Path(tmp) / "pages"
        pages.mkdir()
        size = write_pages(pages, args.pages, args.kb)
        print(f"date: {dt.date.today().isoformat()}  python: {platform.python_version()}")
        print(f"machine: {machine()}, load average {os.getloadavg()[0]:.1f} at start")
        print(f"pages: {args.pages} (mean {size / args.pages / 1024:.1f} KB), {args.db}, "
              f"batches of 500, best of {args.rounds}")  # fmt: skip
        jobs_list = args.jobs or [1, None]
        for jobs in jobs_list:
            label = f"{os.cpu_count()} workers (auto)" if jobs is None else f"{jobs} process(es)"
            first, again = best_runs(pages, args.db, jobs, args.rounds)
            report(f"{label}, empty database:", *first)
            report(f"{label}, again (all unchanged):", *again)


if __name__ == "__main__":
    main()
