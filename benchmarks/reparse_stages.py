"""Where a re-parse's time goes, stage by stage, in one process on the same saved pages.

Each stage is timed by this process's CPU time over every page (best of `--rounds`), so the
figures add up to what one worker and the writer spend a page; the parse itself
(`extract()`) is timed over the same bytes in the same process, so the rest is known:

- read: the saved file's bytes and its modification time (what a worker does first);
- warc read: the same pages read back from a gzipped WARC file (the parent does this);
- to workers: archived responses pickled in chunks and unpickled (a WARC's bodies go so);
- decode: the bytes lxml is given and their encoding (`parser_input`);
- lxml: a plain lxml.html.fromstring of the same bytes (the floor of any parse);
- parse_page: decode, tree, preparation and readers, to raw fields;
- record: raw fields to a validated TitleRecord (`extract._record`, normalizers included);
- extract: the page to a record (all of the above and the body's sha256);
- process: a worker's whole work for a page (read, extract, PageMeta);
- to parent: the outcomes pickled in chunks and unpickled (how records come back);
- rows: a record to its table rows (text cleaning, the record hash);
- write: RecordWriter into a fresh SQLite file, batches of 500 (rows included), and of it
  the commits (the dialect's do_commit);
- start-up: `import marquee.cli` and a reparse's imports, in a fresh interpreter; a fresh
  SQLite file's migrations; a fresh 2-worker re-parse's CPU beyond its pages' parse.

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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import lxml.html

from benchmarks.parse import machine
from benchmarks.reparse import write_pages
from marquee.archive import ArchivedResponse, WarcArchive, read_archive
from marquee.db import open_database
from marquee.db.rows import title_rows
from marquee.errors import PageRejected
from marquee.extract import _record
from marquee.items import TitleRecord
from marquee.parse_command import extract_input
from marquee.parsers.decode import parser_input
from marquee.parsers.page import parse_page
from marquee.pipelines.writer import RecordWriter
from marquee.reparse import CHUNK_PAGES, Outcome, SavedFile, process_chunk

HEADERS = {"content-type": "text/html; charset=utf-8"}
T0 = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)


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
    """A fresh interpreter's `import marquee.cli` and the modules a reparse imports."""
    code = (
        "import time; t=time.process_time(); import marquee.cli; "
        "from marquee.reparse import _extract; import marquee.extract, marquee.db; "
        "print(time.process_time()-t)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(done.stdout.strip())


def migrations_seconds(root: Path) -> float:
    """CPU of opening a fresh SQLite file: the migrations to the latest schema."""
    start = time.process_time()
    open_database(f"sqlite:///{root / f'fresh-{time.monotonic_ns()}.db'}").close()
    return time.process_time() - start


def pool_seconds(files: list[Path]) -> float:
    """CPU of a fresh interpreter's 2-worker re-parse of two chunks (its workers included),
    less this process's CPU for the same pages: imports, pool start and the workers' warm-up,
    as a `marquee reparse` pays them."""
    chunk = [str(path) for path in files[: 2 * CHUNK_PAGES]]
    code = (
        "import resource, sys; from pathlib import Path; "
        "from marquee.reparse import SavedFile, outcomes; "
        "list(outcomes([SavedFile(Path(p)) for p in sys.argv[1:]], jobs=2)); "
        "u = [resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]; "
        "print(sum(r.ru_utime + r.ru_stime for r in u))"
    )
    done = subprocess.run([sys.executable, "-c", code, *chunk], capture_output=True, text=True,
                          check=True)  # fmt: skip
    start = time.process_time()
    process_chunk([SavedFile(Path(p)) for p in chunk])
    return float(done.stdout.strip()) - (time.process_time() - start)


def write_warc(root: Path, files: list[Path]) -> Path:
    archive = WarcArchive(root / "warc", "stages")
    for i, path in enumerate(files):
        url = f"https://www.reelguide.example/{path.stem.replace('-', '/', 1)}"
        fetched = T0 + dt.timedelta(seconds=i)
        archive.write(url=url, status=200, reason="OK", headers=list(HEADERS.items()),
                      body=path.read_bytes(), fetched_at=fetched)  # fmt: skip
    archive.close()
    return archive.files[0]


def record_only(urls: list[str], bodies: list[bytes]) -> float:
    """CPU of `_record` alone, each page's raw fields read first (untimed)."""
    spent = 0.0
    for url, body in zip(urls, bodies, strict=True):
        try:
            raw = parse_page(url, body)
        except PageRejected:
            continue
        sha = hashlib.sha256(body).hexdigest()
        start = time.process_time()
        _record(raw, sha, T0)
        spent += time.process_time() - start
    return spent


@contextmanager
def commits_timed(db: Any, spent: list[float]) -> Iterator[None]:
    """Time the dialect's COMMITs (an instance attribute shadows the method)."""
    dialect = db.engine.dialect
    plain = dialect.do_commit

    def timed(connection: Any) -> None:
        start = time.process_time()
        plain(connection)
        spent.append(time.process_time() - start)

    dialect.do_commit = timed
    try:
        yield
    finally:
        del dialect.do_commit


def stages(files: list[Path], root: Path, rounds: int) -> dict[str, float]:
    bodies = [path.read_bytes() for path in files]
    urls = [path.resolve().as_uri() for path in files]
    tasks = [SavedFile(path) for path in files]
    found: list[Outcome] = [o for c in chunks(tasks, CHUNK_PAGES) for o in process_chunk(c)]
    records = [item for item, _ in found if isinstance(item, TitleRecord)]
    now = dt.datetime.now(dt.UTC)
    pickled = [pickle.dumps(c) for c in chunks(found, CHUNK_PAGES)]
    warc = write_warc(root, files)
    archived: list[ArchivedResponse] = list(read_archive([warc]))
    sent = [pickle.dumps(c) for c in chunks(archived, CHUNK_PAGES)]
    commits: list[float] = []

    def read() -> None:
        for path in files:
            path.read_bytes()
            path.stat()

    # fresh files, migrated before the clock starts
    fresh = [open_database(f"sqlite:///{root / f'stages-{n}.db'}") for n in range(rounds)]

    def write() -> None:
        commits.clear()
        with fresh.pop() as db, commits_timed(db, commits):
            writer = RecordWriter(db, batch_size=500)
            for item, page in found:
                writer.add(item, page)
            writer.close()

    timed: dict[str, Callable[[], Any]] = {
        "read": read,
        "warc read": lambda: list(read_archive([warc])),
        "to workers": lambda: [
            pickle.loads(pickle.dumps(c)) for c in chunks(archived, CHUNK_PAGES)
        ],
        "sha256": lambda: [hashlib.sha256(body).hexdigest() for body in bodies],
        "decode": lambda: [parser_input(body, HEADERS) for body in bodies],
        "lxml": lambda: [lxml.html.fromstring(body) for body in bodies],
        "extract": lambda: [extract_input(u, b) for u, b in zip(urls, bodies, strict=True)],
        "process": lambda: [process_chunk(c) for c in chunks(tasks, CHUNK_PAGES)],
        "pickle": lambda: [pickle.dumps(c) for c in chunks(found, CHUNK_PAGES)],
        "unpickle": lambda: [pickle.loads(data) for data in pickled],
        "rows": lambda: [title_rows(record, "reelguide", now) for record in records],
        "write": write,
    }
    out = {name: cpu_best(run, rounds) / len(files) for name, run in timed.items()}
    out["commits"] = sum(commits) / len(files)  # of the last write round
    out["record"] = min(record_only(urls, bodies) for _ in range(rounds)) / len(files)
    out["warc bytes"] = sum(len(s) for s in sent) / len(files) / 1e6  # MB a page to workers
    return out


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
            if name == "warc bytes":
                continue
            share = seconds / found["extract"]
            print(f"  {name:10s} {seconds * 1e3:7.3f} ms  ({share:5.1%} of extract)")
        print(f"  start-up   {start_up_seconds():7.3f} s CPU (imports, once a process)")
        print(f"  migrations {migrations_seconds(root):7.3f} s CPU (a fresh SQLite file, once)")
        print(f"  run start  {pool_seconds(files):7.3f} s CPU (a 2-worker re-parse of 128 "
              "pages in a fresh interpreter, less their parse)")  # fmt: skip


if __name__ == "__main__":
    main()
