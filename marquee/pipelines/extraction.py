"""Where a crawl turns pages into records: threads, or worker processes
(MARQUEE_EXTRACT_PROCESSES).

Parsing a page is pure Python work under the GIL; in threads it competes with the Scrapy
reactor for one core. A worker process (spawned, so nothing of the reactor is inherited)
runs `extract` on the other core and sends back the pickled record, which costs far less
than the parse. The worker ignores SIGINT (Ctrl-C reaches the whole process group; the crawl
finishes its pages on the first one) and exits when the crawl's process dies. If the worker
is lost, the crawl goes on with threads: extraction is pure, so the page is done again.

Pages go to the worker a batch at a time (what arrives within BATCH_WAIT_S, at most
BATCH_PAGES): each hand-off writes to the pool's wake-up pipe, and the reactor thread then
waits for the GIL while the pool's threads pickle; per page, that wait cost the reactor more
than a bare spider's whole work on the page.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import signal
import threading
from collections.abc import Sequence
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from importlib import resources
from multiprocessing.connection import wait

from marquee.fetched import FetchedPage
from marquee.items import Reject, TitleRecord
from marquee.parsers.learned import LearnedLayout

log = logging.getLogger(__name__)
Result = TitleRecord | Reject
WORKER_LOST = "marquee/extract/worker_lost"
BATCH_PAGES = 16
Waiting = tuple[FetchedPage, "asyncio.Future[Result]"]  # a page and where its result goes
BATCH_WAIT_S = 0.01


def extract_page(page: FetchedPage, learned: Sequence[LearnedLayout] = ()) -> Result:
    from marquee.extract import extract

    return extract(page.url, page.body, page.headers, fetched_at=page.fetched_at, learned=learned)


def extract_pages(pages: Sequence[FetchedPage], learned: Sequence[LearnedLayout]) -> list[Result]:
    return [extract_page(page, learned) for page in pages]


class PageExtractor:
    """`await extract(page)`; `processes` > 0: worker processes, else `threads` threads
    (0: inline on the caller's thread)."""

    def __init__(
        self, *, processes: int, threads: int, learned: Sequence[LearnedLayout] = ()
    ) -> None:
        self.threads = threads
        self.learned = tuple(learned)  # locators learned from stored records (marquee learn)
        self.lost_workers = 0
        self._pool: Executor | None = _process_pool(processes) if processes else None
        self._batch: list[Waiting] = []
        self._timer: asyncio.TimerHandle | None = None
        self._sending: set[asyncio.Future[None]] = set()
        if self._pool is None and threads:
            self._pool = ThreadPoolExecutor(threads, thread_name_prefix="extract")

    @property
    def in_processes(self) -> bool:
        return isinstance(self._pool, ProcessPoolExecutor)

    @property
    def worker_pids(self) -> list[int]:
        processes = getattr(self._pool, "_processes", None) or {}
        return sorted(processes)

    async def open(self) -> None:
        """Start the workers and have them parse a page, so the crawl's clock never waits."""
        if self._pool is not None:
            await self.extract(_warm_up_page())

    async def extract(self, page: FetchedPage) -> Result:
        if self._pool is None:
            return extract_page(page, self.learned)
        if not self.in_processes:
            return await asyncio.wrap_future(self._pool.submit(extract_page, page, self.learned))
        loop = asyncio.get_running_loop()
        result: asyncio.Future[Result] = loop.create_future()
        self._batch.append((page, result))
        if len(self._batch) >= BATCH_PAGES:
            self._send()
        elif self._timer is None:
            self._timer = loop.call_later(BATCH_WAIT_S, self._send)
        return await result

    def _send(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        batch, self._batch = self._batch, []
        if batch:
            task = asyncio.ensure_future(self._extract_batch(batch))
            self._sending.add(task)  # held until done: a bare task may be collected
            task.add_done_callback(self._sending.discard)

    async def _extract_batch(self, batch: list[Waiting]) -> None:
        pages = [page for page, _ in batch]
        try:
            assert self._pool is not None
            sent = self._pool.submit(extract_pages, pages, self.learned)
            results = await asyncio.wrap_future(sent)
        except BrokenProcessPool:
            self._fall_back_to_threads()
            results = await asyncio.gather(*map(self.extract, pages))
        except asyncio.CancelledError:
            for _, waiting in batch:
                waiting.cancel()
            raise
        except Exception as error:  # the pages' own awaits raise it; none waits forever
            for _, waiting in batch:
                if not waiting.done():
                    waiting.set_exception(error)
            return
        for (_, waiting), result in zip(batch, results, strict=True):
            if not waiting.done():
                waiting.set_result(result)

    def close(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def _fall_back_to_threads(self) -> None:
        if self.in_processes:
            assert self._pool is not None
            log.error("the extraction worker process was lost; extracting in threads")
            self.lost_workers += 1
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = ThreadPoolExecutor(max(1, self.threads), thread_name_prefix="extract")


def _process_pool(processes: int) -> ProcessPoolExecutor:
    context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(processes, mp_context=context, initializer=_worker_started)


def _worker_started() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent.sentinel,), daemon=True).start()


def _exit_with(parent_sentinel: int) -> None:
    """A worker whose crawl was killed would otherwise wait for work forever."""
    wait([parent_sentinel])
    os._exit(0)


def _warm_up_page() -> FetchedPage:
    import datetime as dt

    folder = resources.files("marquee.site_data").joinpath("pages")
    name = next(entry.name for entry in folder.iterdir() if entry.name.endswith(".html"))
    url = f"https://www.reelguide.example/movie/{name.removesuffix('.html')}"
    return FetchedPage(url, 200, folder.joinpath(name).read_bytes(), dt.datetime.now(dt.UTC))
