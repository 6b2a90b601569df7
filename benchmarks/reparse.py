"""Re-parse benchmark: `marquee reparse` pages per second on 2,000 saved pages into SQLite.

The pages are synthesized from the fixture pages (distinct canonical slug, title and IMDb id
each, as the fixture site serves them) and written to a temp directory. Each mode re-parses
them into a fresh SQLite file; a second pass over the same database measures the all-unchanged
case, which is what a scheduled re-parse mostly is.

    .venv/bin/python benchmarks/reparse.py [--pages N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import tempfile
import time
from pathlib import Path

from benchmarks.parse import machine
from marquee.db import open_database
from marquee.devserver import PUBLIC_SITE, Site
from marquee.reparse import ReparseSummary, reparse


def write_pages(directory: Path, count: int) -> int:
    """`count` distinct title pages as HTML files; returns their total size in bytes."""
    site = Site.synthesized(PUBLIC_SITE, count)
    total = 0
    for path, page in site.pages.items():
        body = page.render()
        (directory / f"{path.strip('/').replace('/', '-')}.html").write_bytes(body)
        total += len(body)
    return total


Timed = tuple[float, ReparseSummary]


def timed_run(pages: Path, db_url: str, jobs: int | None) -> Timed:
    with open_database(db_url) as db:
        start = time.perf_counter()
        summary = reparse([pages], db, jobs=jobs)
        return time.perf_counter() - start, summary


def report(label: str, seconds: float, summary: ReparseSummary) -> None:
    counts = summary.counts
    print(
        f"{label:<38} {summary.pages / seconds:7,.0f} pages/s  ({seconds:5.2f} s; "
        f"inserted {counts.inserted}, unchanged {counts.unchanged}, "
        f"rejected {counts.rejected}, failed {counts.failed})"
    )


def best_runs(pages: Path, root: Path, jobs: int | None, rounds: int) -> list[Timed]:
    """Best of `rounds` (fresh database each round) for the first and the unchanged pass."""
    first: list[Timed] = []
    again: list[Timed] = []
    for n in range(rounds):
        db_url = f"sqlite:///{root / f'jobs-{jobs}-{n}.db'}"
        first.append(timed_run(pages, db_url, jobs))
        again.append(timed_run(pages, db_url, jobs))
    return [min(first, key=lambda t: t[0]), min(again, key=lambda t: t[0])]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="marquee-bench-") as tmp:
        root = Path(tmp)
        pages = root / "pages"
        pages.mkdir()
        size = write_pages(pages, args.pages)
        print(f"date: {dt.date.today().isoformat()}  python: {platform.python_version()}")
        print(f"machine: {machine()}, load average {os.getloadavg()[0]:.1f} at start")
        print(f"pages: {args.pages} (mean {size / args.pages / 1024:.1f} KB), SQLite, "
              f"batches of 500, best of {args.rounds}")  # fmt: skip
        modes = (("1 process", 1), (f"{os.cpu_count()} workers (auto)", None))
        for label, jobs in modes:
            first, again = best_runs(pages, root, jobs, args.rounds)
            report(f"{label}, empty database:", *first)
            report(f"{label}, again (all unchanged):", *again)


if __name__ == "__main__":
    main()
