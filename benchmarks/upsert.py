"""Upsert benchmark: rows per second of the storage pipeline against plain executemany inserts.

Both sides write the same records into empty tables of a freshly migrated database, in batches
of 500 records, one transaction per batch, measured in the same run:

- pipeline: `Database.write_batch(items)`, from records: row building (text cleaning, record
  hash), de-duplication, the locking SELECT, INSERT ... ON CONFLICT for titles, name lookups and
  inserts for people / genres / countries / studios / platforms, credits and links, pages.
- ceiling: the very same rows (same columns for titles, prepared before the clock starts, ids
  assigned client-side so nothing is looked up) written with plain `executemany` INSERTs into
  the same tables: titles, people and vocabularies, credits, links, pages.

The pipeline writes with COPY on PostgreSQL (title staging table, child rows) and, on SQLite,
with sqlite3's own executemany for every upsert and insert (values converted by SQLAlchemy's
bind processors); it also pauses the cyclic garbage collector while a batch is written. The
ceiling goes through SQLAlchemy Core executemany, as an application would.

Rows per second counts title records; the ratio is the median of the per-round ratios. Also
shown: a second pipeline pass of the same records (all unchanged), and an update pass (every
record changed).

    .venv/bin/python -m benchmarks.upsert [--records N] [--repeat R] [--pg postgresql://...]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg
import sqlalchemy as sa

from benchmarks.parse import machine
from marquee.db import open_database
from marquee.db import schema as s
from marquee.db.rows import TitleRows, page_row, title_rows, utcnow
from marquee.db.store import Database
from marquee.items import PageMeta, TitleRecord

EXPECTED = Path(__file__).parent.parent / "tests" / "fixtures" / "expected"
BATCH = 500
T0 = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
Item = tuple[TitleRecord, PageMeta]


def samples() -> list[dict[str, Any]]:
    out = []
    for path in sorted(EXPECTED.glob("*.json")):
        data = json.loads(path.read_text())
        if not data.get("reject"):
            out.append(data)
    return out


def make_items(count: int, tag: str = "") -> list[Item]:
    """`count` distinct records shaped like the fixture records (people shared across titles)."""
    base = samples()
    items: list[Item] = []
    for i in range(count):
        data = dict(base[i % len(base)])
        kind, slug = data["source_id"].split("/")
        data.update(source_id=f"{kind}/{slug}-{i}", title=f"{data['title']} {i}{tag}")
        url = f"https://www.reelguide.example/{data['source_id']}"
        sha = f"{i:064x}"
        record = TitleRecord(
            **data, url=url, fetched_at=T0, parser_version="1", content_sha256=sha, layout="current"
        )
        page = PageMeta(
            url=url, content_sha256=sha, parser_version="1", fetched_at=T0, http_status=200
        )
        items.append((record, page))
    return items


def batches(items: list[Item]) -> Iterator[list[Item]]:
    for start in range(0, len(items), BATCH):
        yield items[start : start + BATCH]


def run_pipeline(db: Database, items: list[Item]) -> float:
    start = time.perf_counter()
    for batch in batches(items):
        db.write_batch(batch)
    return time.perf_counter() - start


class Ceiling:
    """The same rows as the pipeline writes, with ids assigned up front."""

    def __init__(self, items: list[Item]) -> None:
        now = utcnow()
        self.ids: dict[tuple[str, str], int] = {}
        self.batches = [self._prepare(batch, now) for batch in batches(items)]

    def _id(self, table: str, name: str, new: list[dict[str, Any]]) -> int:
        key = (table, name)
        if key not in self.ids:
            self.ids[key] = len(self.ids) + 1
            new.append({"id": self.ids[key], "name": name})
        return self.ids[key]

    def _prepare(self, batch: list[Item], now: dt.datetime) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = {name: [] for name in s.metadata.tables}
        for record, page in batch:
            rows = title_rows(record, "reelguide", now)
            title_id = self._id("titles", rows.key, [])
            out["titles"].append({"id": title_id, **rows.row})
            self._children(rows, title_id, out)
            out["pages"].append({**page_row(page, "stored", None), "title_id": title_id})
        return out

    def _children(
        self, rows: TitleRows, title_id: int, out: dict[str, list[dict[str, Any]]]
    ) -> None:
        for role, ordinal, name, character in rows.credits:
            person = self._id("people", name, out["people"])
            out["credits"].append(
                {
                    "title_id": title_id,
                    "person_id": person,
                    "role": role,
                    "ordinal": ordinal,
                    "character": character,
                }
            )
        for name, (vocabulary, link, column) in s.LINKS.items():
            for position, value in enumerate(rows.links[name]):
                value_id = self._id(vocabulary.name, value, out[vocabulary.name])
                out[link.name].append(
                    {"title_id": title_id, "position": position, column: value_id}
                )

    def run(self, engine: sa.Engine) -> float:
        order = [t for t in s.metadata.sorted_tables if t.name not in ("rejects", "crawl_runs")]
        start = time.perf_counter()
        for batch in self.batches:
            with engine.begin() as conn:
                for table in order:
                    if batch[table.name]:
                        conn.execute(sa.insert(table), batch[table.name])
        return time.perf_counter() - start


@contextmanager
def fresh_database(kind: str, pg_admin: str) -> Iterator[str]:
    if kind == "sqlite":
        with tempfile.TemporaryDirectory() as tmp:
            yield f"sqlite:///{tmp}/bench.db"
        return
    name = f"marquee_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(pg_admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield pg_admin.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(pg_admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def timed(kind: str, pg_admin: str, work: Callable[[Database], float]) -> float:
    with fresh_database(kind, pg_admin) as url:
        db = open_database(url)
        try:
            return work(db)
        finally:
            db.close()


def measure(kind: str, pg_admin: str, count: int, repeat: int) -> dict[str, float]:
    items = make_items(count)
    changed = make_items(count, tag=" (changed)")
    ceiling = Ceiling(items)
    runs: dict[str, list[float]] = {"ceiling": [], "pipeline": [], "unchanged": [], "updated": []}
    for _ in range(repeat):
        runs["ceiling"].append(timed(kind, pg_admin, lambda db: ceiling.run(db.engine)))

        def passes(db: Database) -> float:
            first = run_pipeline(db, items)
            runs["unchanged"].append(run_pipeline(db, items))
            runs["updated"].append(run_pipeline(db, changed))
            return first

        runs["pipeline"].append(timed(kind, pg_admin, passes))
    rates = {name: count / statistics.median(seconds) for name, seconds in runs.items()}
    # ceiling and pipeline run back to back: the median of paired ratios resists load swings
    pairs = zip(runs["ceiling"], runs["pipeline"], strict=True)
    rates["ratio"] = statistics.median(ceiling / pipeline for ceiling, pipeline in pairs)
    return rates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    default_pg = os.environ.get("MARQUEE_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--pg", default=default_pg, help="admin DSN of a PostgreSQL server")
    args = parser.parse_args()
    print(f"machine: {machine()}; date: {dt.date.today()}; records: {args.records}; batch {BATCH}")
    targets = {"sqlite": 0.60, "postgresql": 0.70}
    for kind, target in targets.items():
        rates = measure(kind, args.pg, args.records, args.repeat)
        ratio = rates["ratio"]
        print(
            f"{kind:10s} executemany {rates['ceiling']:7.0f} rec/s"
            f" | pipeline {rates['pipeline']:7.0f} rec/s = {ratio:5.1%} (target {target:.0%})"
            f" | unchanged {rates['unchanged']:7.0f} rec/s | updated {rates['updated']:7.0f} rec/s"
        )


if __name__ == "__main__":
    main()
