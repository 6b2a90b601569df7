"""Where a re-parse's time goes, stage by stage, in one process on the same saved pages.

Each stage is timed by this process's CPU time over every page (best of `--rounds`), so the
figures add up to what one worker and the writer spend a page; the parse itself
(`extract()`) is timed over the same bytes in the same process, so the rest is known:

- read: the saved file's bytes and its modification time (what a worker does first);
- lxml: a plain lxml.html.fromstring of the same bytes (the floor of any parse);
- extract: the page to a record (decode, parse, read, normalize, validate; sha256 included);
- process: a worker's whole work for a page (read, extract, PageMeta);
- to parent: the outcomes pickled in chunks and unpickled (how records come back);
- rows: a record to its table rows (text cleaning, the record hash);
- write: RecordWriter into a fresh SQLite file, batches of 500 (rows included);
- start-up: `import marquee.cli` and a reparse's first page, in a fresh interpreter.

    .venv/bin/python -m benchmarks.reparse_stages [--pages 2000] [--kb 65] [--rounds 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import pickle
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import lxml.html

from benchmarks.parse import machine
from benchmarks.reparse import write_pages
from marquee.db import open_database
from marquee.db.rows import title_rows
from marquee.items import TitleRecord
from marquee.parse_command import extract_input
from marquee.pipelines.writer import RecordWriter
from marquee.reparse import CHUNK_PAGES, Outcome, SavedFile, process_chunk


def cpu_best(run: Callable[[], Any], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def chunks(items: list[Any], size: int) -> list[list[Any]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def start_up_seconds() -> float:
    """A fresh interpreter's `import marquee.cli` plus one page through a reparse worker."""
    code = (
        "import time; t=time.perf_counter(); import marquee.cli; "
        "from marquee.reparse import _extract; import marquee.extract; "
        "print(time.perf_counter()-t)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(done.stdout.strip())


def stages(files: list[Path], root: Path, rounds: int) -> dict[str, float]:
    bodies = [path.read_bytes() for path in files]
    urls = [path.resolve().as_uri() for path in files]
    tasks = [SavedFile(path) for path in files]
    outcomes: list[Outcome] = [o for c in chunks(tasks, CHUNK_PAGES) for o in process_chunk(c)]
    records = [item for item, _ in outcomes if isinstance(item, TitleRecord)]
    now = dt.datetime.now(dt.UTC)
    pickled = [pickle.dumps(c) for c in chunks(outcomes, CHUNK_PAGES)]

    def read() -> None:
        for path in files:
            path.read_bytes()
            path.stat()

    def write() -> None:
        with open_database(f"sqlite:///{root / f'stages-{time.monotonic_ns()}.db'}") as db:
            writer = RecordWriter(db, batch_size=500)
            for item, page in outcomes:
                writer.add(item, page)
            writer.close()

    timed: dict[str, Callable[[], Any]] = {
        "read": read,
        "sha256": lambda: [hashlib.sha256(body).hexdigest() for body in bodies],
        "lxml": lambda: [lxml.html.fromstring(body) for body in bodies],
        "extract": lambda: [extract_input(u, b) for u, b in zip(urls, bodies, strict=True)],
        "process": lambda: [process_chunk(c) for c in chunks(tasks, CHUNK_PAGES)],
        "pickle": lambda: [pickle.dumps(c) for c in chunks(outcomes, CHUNK_PAGES)],
        "unpickle": lambda: [pickle.loads(data) for data in pickled],
        "rows": lambda: [title_rows(record, "reelguide", now) for record in records],
        "write": write,
    }
    return {name: cpu_best(run, rounds) / len(files) for name, run in timed.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--kb", type=int, default=65, help="pages grown to this size; 0: as is")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="marquee-stages-") as tmp:
        root = Path(tmp)
        pages = root / "pages"
        pages.mkdir()
        size = write_pages(pages, args.pages, args.kb)
        files = sorted(pages.iterdir())
        print(f"machine: {machine()}; load {os.getloadavg()[0]:.1f}; {dt.date.today()}")
        print(f"pages: {args.pages} (mean {size / args.pages / 1024:.1f} KB); CPU ms a page, "
              f"best of {args.rounds}")  # fmt: skip
        found = stages(files, root, args.rounds)
        for name, seconds in found.items():
            share = seconds / found["extract"]
            print(f"  {name:9s} {seconds * 1e3:7.3f} ms  ({share:5.1%} of extract)")
        print(f"  start-up  {start_up_seconds():7.3f} s  (imports and first page, once a process)")


if __name__ == "__main__":
    main()
