"""The crawl's page extractor: a worker process, its fall-back to threads, its lifetime."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from marquee.extract import extract
from marquee.fetched import FetchedPage
from marquee.pipelines.extraction import BATCH_PAGES, PageExtractor

PAGES = Path(__file__).parent / "fixtures" / "pages"
FETCHED_AT = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


def _page(name: str) -> FetchedPage:
    url = f"https://www.reelguide.example/movie/{name}"
    return FetchedPage(url, 200, (PAGES / f"{name}.html").read_bytes(), FETCHED_AT)


def _expected(page: FetchedPage) -> object:
    return extract(page.url, page.body, page.headers, fetched_at=page.fetched_at)


@pytest.mark.parametrize(("processes", "threads"), [(1, 2), (0, 2), (0, 0)])
def test_every_mode_gives_what_extract_gives(processes: int, threads: int) -> None:
    pages = [_page("v2-heat"), _page("v1-titanic"), _page("v2-soft-404")]

    async def run() -> list[object]:
        extractor = PageExtractor(processes=processes, threads=threads)
        try:
            await extractor.open()
            assert extractor.in_processes == bool(processes)
            return list(await asyncio.gather(*map(extractor.extract, pages)))
        finally:
            extractor.close()

    assert asyncio.run(run()) == [_expected(page) for page in pages]


def test_pages_in_flight_beyond_a_batch_each_get_their_own_record() -> None:
    names = ["v2-heat", "v1-titanic", "v2-soft-404"]
    pages = [_page(names[n % 3]) for n in range(BATCH_PAGES + 5)]  # a full batch and a rest

    async def run() -> list[object]:
        extractor = PageExtractor(processes=1, threads=1)
        try:
            await extractor.open()
            return list(await asyncio.gather(*map(extractor.extract, pages)))
        finally:
            extractor.close()

    assert asyncio.run(run()) == [_expected(page) for page in pages]


def test_a_lost_worker_costs_no_page() -> None:
    page = _page("v2-heat")

    async def run() -> tuple[object, PageExtractor]:
        extractor = PageExtractor(processes=1, threads=1)
        try:
            await extractor.open()
            os.kill(extractor.worker_pids[0], signal.SIGKILL)
            return await extractor.extract(page), extractor
        finally:
            extractor.close()

    result, extractor = asyncio.run(run())
    assert result == _expected(page)
    assert extractor.lost_workers == 1 and not extractor.in_processes


def test_worker_ignores_sigint() -> None:
    page = _page("v1-titanic")

    async def run() -> tuple[object, PageExtractor]:
        extractor = PageExtractor(processes=1, threads=1)
        try:
            await extractor.open()
            os.kill(extractor.worker_pids[0], signal.SIGINT)
            await asyncio.sleep(0.2)
            return await extractor.extract(page), extractor
        finally:
            extractor.close()

    result, extractor = asyncio.run(run())
    assert result == _expected(page)
    assert extractor.lost_workers == 0 and extractor.in_processes


CHILD = """
import asyncio, sys, time
from marquee.pipelines.extraction import PageExtractor

async def main():
    extractor = PageExtractor(processes=1, threads=1)
    await extractor.open()
    print(extractor.worker_pids[0], flush=True)
    time.sleep(60)

asyncio.run(main())
"""


def test_worker_exits_when_the_crawl_is_killed() -> None:
    child = subprocess.Popen([sys.executable, "-c", CHILD], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    worker = int(child.stdout.readline())
    child.kill()
    child.wait()
    deadline = time.monotonic() + 10
    while _alive(worker) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(worker)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


def test_crawl_with_a_worker_process_stores_what_threads_store(tmp_path: Path) -> None:
    from marquee.devserver import serve_in_thread
    from tests.test_crawl import ALL_TITLES, crawl, last_run, query

    tables = {}
    with serve_in_thread() as site:
        for processes in ("0", "1"):
            db_url = f"sqlite:///{tmp_path / f'p{processes}.db'}"
            done = crawl(site, db_url, tmp_path / f"archive{processes}",
                         "--set", f"MARQUEE_EXTRACT_PROCESSES={processes}")
            assert done.returncode == 0, done.stdout + done.stderr
            assert last_run(db_url)["counts"]["inserted"] == ALL_TITLES
            tables[processes] = query(
                db_url, "SELECT source_id, record_hash, content_sha256 FROM titles"
                " ORDER BY source_id"
            )
    assert len(tables["1"]) == ALL_TITLES
    assert tables["1"] == tables["0"]
