"""The Scrapy item pipeline: fetched pages -> extract() -> RecordWriter, and the crawl run row.

Extraction runs in threads (or worker processes: marquee.pipelines.extraction) and writes
in one writer thread, so neither HTML parsing nor a batch insert stalls the
reactor. Records go to the writer thread a batch at a time: one hand-off per batch, not
per page. Every spider output is tallied for the run's
counts; at the end the run is judged, stored in crawl_runs and summarised.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from marquee.crawl import (
    FAILED,
    FINISHED,
    RESULT_STAT,
    TALLY_STAT,
    RunResult,
    RunTally,
    Thresholds,
    build_counts,
    combine_counts,
    combine_coverage,
    judge,
    render_summary,
    started_options,
    with_drift,
)
from marquee.db import spool
from marquee.db.runs import ARCHIVE_KEY, AbandonedRun
from marquee.db.spool import SpoolWriteFailed
from marquee.drift import DriftLimits, find_drift
from marquee.errors import StorageUnavailable
from marquee.fetched import FetchedPage, FetchOutcome, Outcome
from marquee.frontier import REDIS_ERRORS, Frontier, frontier_of
from marquee.items import PageMeta, Reject, TitleRecord
from marquee.jobdir import NOT_FETCHED_STAT, RESET_STAT
from marquee.middlewares import ARCHIVE_DIR_STAT, ARCHIVE_RUN_STAT
from marquee.pipelines.extraction import WORKER_LOST, PageExtractor
from marquee.recovery import (
    ArchiveRecovery,
    Recovered,
    describe,
    recover_archived,
    replay_all,
    save_run_end,
)
from marquee.spiders.titles import TitlesSpider

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

    from marquee.db import Database
    from marquee.db.batch import Item
    from marquee.learn_command import LocatorCheck
    from marquee.pipelines.writer import RecordWriter

log = logging.getLogger(__name__)
T = TypeVar("T")


def page_meta(page: FetchedPage, result: TitleRecord | Reject) -> PageMeta:
    return PageMeta(
        url=page.url,
        content_sha256=result.content_sha256,
        parser_version=result.parser_version,
        fetched_at=page.fetched_at,
        http_status=page.status,
        archive_path=page.archive_path,
        archive_offset=page.archive_offset,
        etag=page.etag,
        last_modified=page.last_modified,
        headers=dict(page.headers),
    )


class StorePipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.settings = crawler.settings
        self.tally = RunTally()
        crawler.stats.set_value(TALLY_STAT, self.tally)
        self.db: Database | None = None
        self.writer: RecordWriter | None = None
        self.run_id: int | None = None
        self.storage_error: str | None = None
        self._lost = 0  # records neither written nor kept in the spool (a full disk)
        self._loss: SpoolWriteFailed | None = None  # the first such batch
        self._written: dict[str, int] = {}
        self.recovered: Recovered | None = None
        self.archive_recovery: ArchiveRecovery | None = None  # killed runs' pages stored
        self._closing: asyncio.Future[None] | None = None
        threads = self.settings.getint("MARQUEE_EXTRACT_THREADS")
        processes = self.settings.getint("MARQUEE_EXTRACT_PROCESSES")
        self._inline = threads == 0 and processes == 0
        self._extractor = PageExtractor(processes=processes, threads=threads)
        self._pending: list[Item] = []  # records not yet handed to the writer thread
        self._locator_check: LocatorCheck | None = None
        self._write_pool = ThreadPoolExecutor(1, thread_name_prefix="write")
        # a killed crawl loses at most this many seconds of parsed records, not a batch
        self._flush_every = self.settings.getfloat("MARQUEE_FLUSH_SECONDS")
        self._flusher: asyncio.Task[None] | None = None
        self.frontier: Frontier | None = None  # a worker of a distributed run

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        from scrapy import signals

        pipeline = cls(crawler)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    async def open_spider(self) -> None:
        from marquee.db import open_database
        from marquee.db.learned import active_layouts
        from marquee.learn_command import LocatorCheck
        from marquee.pipelines.writer import RecordWriter

        db_url = self.settings.get("MARQUEE_DB_URL")
        self.db = await self._in(self._write_pool, open_database, db_url)
        spool_dir = spool.spool_dir(self.settings.get("MARQUEE_SPOOL_DIR"))
        self.recovered = await self._in(self._write_pool, self._recover, spool_dir)
        site, options = self.settings.get("MARQUEE_SITE_NAME"), started_options(self.settings)
        self.frontier = frontier_of(self.crawler)
        run_name = self.frontier.keys.run if self.frontier is not None else None
        at_start = self._at_start()
        started = await self._in(
            self._write_pool,
            lambda: self._db.begin_run(
                site=site, options=options, run_name=run_name, counts=at_start
            ),
        )
        self.run_id = started.run_id
        if self.frontier is not None:
            self.frontier.join(self.run_id)
        self.writer = RecordWriter(
            self._db, batch_size=self.settings.getint("MARQUEE_BATCH_SIZE"), run_id=self.run_id,
            spool_dir=spool_dir, on_written=self._batch_written,
        )
        self._extractor.learned = tuple(await self._in(self._write_pool, active_layouts, self._db))
        self._locator_check = LocatorCheck(self._extractor.learned)
        if started.abandoned:
            await self._recover_archived(started.abandoned)
        await self._extractor.open()
        if self._flush_every > 0:
            self._flusher = asyncio.ensure_future(self._flush_periodically())

    async def _flush_periodically(self) -> None:
        while True:
            await asyncio.sleep(self._flush_every)
            if self.storage_error is None:
                await self._hand_to_writer(flush=True)

    def _recover(self, spool_dir: Path) -> Recovered:
        """Write what earlier runs kept in the spool before this run writes anything."""
        recovered = replay_all(self._db, spool_dir)
        if recovered.anything:
            log.warning("wrote what earlier runs kept in %s: %s", spool_dir, describe(recovered))
        return recovered

    def _at_start(self) -> dict[str, Any]:
        """On the run's row from its start: its archive and job directory, so that the crawl
        that finds it killed can recover its archived pages (marquee.recovery)."""
        directory = self.crawler.stats.get_value(ARCHIVE_DIR_STAT)
        jobdir = self.settings.get("JOBDIR")
        counts: dict[str, Any] = {"jobdir": os.path.abspath(jobdir)} if jobdir else {}
        if directory:
            run = self.crawler.stats.get_value(ARCHIVE_RUN_STAT)
            counts[ARCHIVE_KEY] = {"dir": os.path.abspath(directory), "run": run}
        return counts

    async def _recover_archived(self, runs: list[AbandonedRun]) -> None:
        """The killed runs' archived pages they did not store, stored now; when this crawl
        resumes one's job directory, its stored titles are not fetched again."""
        try:
            found = await self._in(self._write_pool, self._store_archived, runs)
        except StorageUnavailable as error:
            self._storage_failed(str(error))
            return
        if not found.runs:  # killed before this marquee recorded archives, or theirs are gone
            return
        self.archive_recovery = found
        log.warning("recovered %d pages from the archive of abandoned run(s) %s (%d already"
                    " stored by them, %d cut by the kill)", found.pages, found.runs,
                    found.already_stored, found.partial)  # fmt: skip
        resumed = [run for run in runs if self._resumes(run)]
        spider = self.crawler.spider
        for run in resumed:
            if isinstance(spider, TitlesSpider):
                spider.recovered(found.done.get(run.run_id, set()))
            log.warning("resuming the job of run %d: the %d titles it stored are not fetched"
                        " again", run.run_id, len(found.done.get(run.run_id, ())))  # fmt: skip

    def _store_archived(self, runs: list[AbandonedRun]) -> ArchiveRecovery:
        from marquee.pipelines.writer import RecordWriter

        writer = RecordWriter(self._db, batch_size=self._writer.batch_size, run_id=self.run_id,
                              spool_dir=self._writer.spool_dir)  # fmt: skip
        found = recover_archived(self._db, runs, writer, self._extractor.learned)
        if writer.failures:  # kept in the spool for the next run: this one stops
            raise StorageUnavailable(writer.failures[0].reason)
        return found

    def _resumes(self, run: AbandonedRun) -> bool:
        """This crawl took over the killed run's job directory (moved aside as damaged)."""
        reset = self.crawler.stats.get_value(RESET_STAT) or ""
        jobdir = self.settings.get("JOBDIR")
        same = bool(jobdir) and run.counts.get("jobdir") == os.path.abspath(jobdir)
        return same and str(reset).startswith("damaged")

    async def process_item(self, item: Any) -> Any:
        if isinstance(item, FetchOutcome):
            self._outcome(item)
            self._leases_end([item.url])
        elif isinstance(item, FetchedPage):
            if self.frontier is not None:
                self.frontier.unwritten(item.url)
            await self._store(item)
        return item

    def _batch_written(self, batch: list[Item]) -> None:
        """In the writer thread: these pages are in the database, their leases can end."""
        self._leases_end([page.url for _, page in batch])

    def _leases_end(self, urls: list[str]) -> None:
        if self.frontier is not None:
            try:
                self.frontier.done(urls)
            except REDIS_ERRORS as error:  # the lease expires instead: fetched again
                log.warning("lease not ended (frontier unreachable): %s", error)

    def _outcome(self, item: FetchOutcome) -> None:
        if item.outcome is Outcome.SKIPPED:
            self.tally.skipped_by_reason[item.reason] += 1
        else:
            self.tally.failed_by_reason[item.reason] += 1

    async def _store(self, page: FetchedPage) -> None:
        result = await self._extractor.extract(page)
        if self._locator_check is not None and isinstance(result, TitleRecord):
            self._locator_check.observe(page.url, page.body, page.headers, result.title)
        self.tally.pages += 1
        self.tally.extracted(result)
        self._pending.append((result, page_meta(page, result)))
        if self._inline or len(self._pending) >= self._writer.batch_size:
            await self._hand_to_writer()

    async def _hand_to_writer(self, *, flush: bool = False) -> None:
        """The writer gets the batch in its own thread (in order: that thread is the only one);
        `flush`: and writes what it holds now, even short of a batch."""
        batch, self._pending = self._pending, []
        try:
            if self._inline:
                self._add_all(batch, flush)
            else:
                await self._in(self._write_pool, self._add_all, batch, flush)
        except StorageUnavailable as error:
            self._storage_failed(str(error))
        if self._writer.failures:  # the writer kept the batch in the spool; the run has failed
            self._storage_failed(self._writer.failures[0].reason)
        if self._loss is not None:  # nor could it keep it: lost, and the run has failed
            self._storage_failed(str(self._loss))

    def _storage_failed(self, reason: str) -> None:
        if self.storage_error is None:
            self.storage_error = reason
            closing = self.crawler.engine.close_spider_async(reason="storage_unavailable")
            self._closing = asyncio.ensure_future(closing)  # held: a bare task may be collected

    def _add_all(self, items: list[Item], flush: bool = False) -> None:
        for item, page in items:
            self._keeping(self._writer.add, item, page)
        if flush:
            self._keeping(self._writer.flush)

    def _keeping(self, write: Callable[..., None], *args: Any) -> None:
        """A batch neither written nor kept in the spool is counted lost; the items after it
        still get their chance."""
        try:
            write(*args)
        except SpoolWriteFailed as error:
            self._lost += error.items
            self._loss = self._loss or error
            log.error("%s", error)

    async def close_spider(self) -> None:
        if self._flusher is not None:
            self._flusher.cancel()
        batch, self._pending = self._pending, []
        self._written = await self._in(self._write_pool, self._close_writer, batch)
        self.crawler.stats.set_value(WORKER_LOST, self._extractor.lost_workers)

    async def spider_closed(self, reason: str) -> None:
        """The run is judged here, not in close_spider: only this signal says why the spider
        closed (finished, or shutdown on SIGINT, a close-spider limit, storage_unavailable)."""
        self.crawler.stats.set_value("finish_reason", reason)
        try:
            if self.db is not None and self.run_id is not None:  # else never opened: no run
                result = await self._in(self._write_pool, self._finish_run, self._written)
                if self.frontier is not None:
                    result = await self._in(self._write_pool, self._leave, result, reason)
                self.crawler.stats.set_value(RESULT_STAT, result)
                log.info("\n%s", result.summary)
        finally:
            self._extractor.close()
            self._write_pool.shutdown()

    def _close_writer(self, batch: list[Item]) -> dict[str, int]:
        self._add_all(batch, flush=True)
        written = self._writer.counts.as_dict()
        written["failed"] = written.get("failed", 0) + self._lost
        if self._writer.failures and self.storage_error is None:
            self.storage_error = self._writer.failures[0].reason
        if self._loss is not None and self.storage_error is None:
            self.storage_error = str(self._loss)
        return written

    def _finish_run(self, written: dict[str, int]) -> RunResult:
        counts = build_counts(self.tally, written, self.crawler.stats.get_stats())
        if self.storage_error:
            counts["storage_unavailable"] = self.storage_error
            counts["spooled_batches"] = [str(f.path) for f in self._writer.failures]
        errors = []
        if self._loss is not None:
            counts["lost"] = self._lost
            errors.append(spool.lost_message(self._lost, self._loss.detail))
        if self.recovered is not None and self.recovered.anything:
            counts["replayed"] = describe(self.recovered)
        if self.archive_recovery is not None:
            counts["recovered_pages"] = self.archive_recovery.pages
            counts["recovered_from_archive"] = {
                **self.archive_recovery.as_counts(),
                "not_fetched": int(self.crawler.stats.get_value(NOT_FETCHED_STAT, 0)),
            }
        retired = self._retire_stale_locators()
        if retired:
            counts["learned_retired"] = retired
        coverage, profile = self.tally.coverage(), self.tally.profile()
        status, reasons = judge(counts, coverage, self._previous_coverage(),
                                Thresholds.from_settings(self.settings),
                                worker=self.frontier is not None)  # fmt: skip
        drift = find_drift(profile, self._previous_profiles(),
                           DriftLimits.from_settings(self.settings))
        status, reasons = with_drift(status, reasons, drift)
        try:
            self._db.finish_run(self._run_id, status=status, counts=counts, coverage=coverage,
                                profile=profile, drift=drift)
        except StorageUnavailable as error:
            status, reasons = FAILED, [*reasons, self._keep_run_end(error, counts, coverage)]
            if "not kept" in reasons[-1]:  # the next run closes it as abandoned
                errors.append(f"run {self.run_id} not recorded: {error}")
        finally:
            self._db.close()
        summary = render_summary(self.run_id, status, reasons, counts, coverage)
        return RunResult(self.run_id, status, reasons, counts, coverage, summary, tuple(errors),
                         tuple(drift))

    def _keep_run_end(
        self, error: StorageUnavailable, counts: dict[str, Any], coverage: dict[str, float]
    ) -> str:
        """The run's end in the spool for the next run to record; why, as a reason."""
        try:
            kept = save_run_end(self._writer.spool_dir, self._run_id, status=FAILED,
                                counts=counts, coverage=coverage,
                                database=spool.database_identity(self._db))  # fmt: skip
        except OSError as full:
            return f"run not recorded: {error}; not kept either: {full.strerror or full}"
        return f"run not recorded: {error}; kept in {kept}"

    def _retire_stale_locators(self) -> list[str]:
        """Learned locators this crawl's pages no longer carry are retired, and said so."""
        from marquee.learn_command import retire_stale

        if self._locator_check is None or self.storage_error:
            return []
        try:
            retired = retire_stale(self._db, self._locator_check, self.run_id)
        except StorageUnavailable:
            return []
        for line in retired:
            log.warning("%s", line)
        return retired

    def _leave(self, mine: RunResult, reason: str) -> RunResult:
        """A worker leaves its run; the last one, when the run is done, records the whole run."""
        frontier = self.frontier
        assert frontier is not None
        try:
            last = frontier.leave() and reason == FINISHED and frontier.run_done()
            if not last or not frontier.claim_finish():
                return mine
        except REDIS_ERRORS as error:
            log.error("left the run without the frontier: %s", error)
            return mine
        from marquee.db import open_database

        try:
            with frontier.beating(), open_database(self.settings.get("MARQUEE_DB_URL")) as db:
                whole = self._record_whole_run(db, frontier)
            frontier.finished(whole.run_id or 0)
        except (StorageUnavailable, *REDIS_ERRORS) as error:
            reason = f"whole run {frontier.keys.run} not recorded: {error}"
            log.error(reason)
            return RunResult(mine.run_id, FAILED, [*mine.reasons, reason], mine.counts,
                             mine.coverage, mine.summary + f"  - {reason}\n",
                             mine.errors)  # fmt: skip
        return RunResult(whole.run_id, whole.status, whole.reasons, whole.counts,
                         whole.coverage, mine.summary + "\n" + whole.summary,
                         mine.errors)  # fmt: skip

    def _record_whole_run(self, db: Database, frontier: Frontier) -> RunResult:
        run_name = frontier.keys.run
        gone = [row for worker, row in frontier.worker_rows().items()
                if worker != frontier.worker and not frontier.is_alive(worker)]  # fmt: skip
        for run_id in db.abandon_runs(gone, "worker gone: its heartbeat expired"):
            log.warning("run %d: its worker is gone: abandoned", run_id)
        rows = db.worker_runs(run_name)
        counts = combine_counts([row["counts"] or {} for row in rows])
        coverage = combine_coverage([(row["coverage"] or {}, _records(row["counts"] or {}))
                                     for row in rows])  # fmt: skip
        previous = db.last_successful_run(self.settings.get("MARQUEE_SITE_NAME"))
        status, reasons = judge(counts, coverage, (previous or {}).get("coverage"),
                                Thresholds.from_settings(self.settings))  # fmt: skip
        values = {"site": self.settings.get("MARQUEE_SITE_NAME"), "status": status,
                  "counts": counts, "coverage": coverage,
                  "started_at": min(row["started_at"] for row in rows),
                  "options": {**started_options(self.settings),
                              "workers": [row["id"] for row in rows]}}  # fmt: skip
        run_id = db.add_whole_run(run_name, values, [row["id"] for row in rows])
        summary = render_summary(run_id, status, reasons, counts, coverage)
        return RunResult(run_id, status, reasons, counts, coverage,
                         f"whole run {run_name}:\n{summary}")  # fmt: skip

    def _previous_coverage(self) -> dict[str, float] | None:
        try:
            previous = self._db.last_successful_run(self.settings.get("MARQUEE_SITE_NAME"))
        except StorageUnavailable:
            return None
        return dict(previous["coverage"] or {}) if previous else None

    def _previous_profiles(self) -> list[dict[str, Any]]:
        try:
            return self._db.recent_profiles(self.settings.get("MARQUEE_SITE_NAME"))
        except StorageUnavailable:
            return []

    @property
    def _db(self) -> Database:
        assert self.db is not None, "pipeline not opened"
        return self.db

    @property
    def _writer(self) -> RecordWriter:
        assert self.writer is not None, "pipeline not opened"
        return self.writer

    @property
    def _run_id(self) -> int:
        assert self.run_id is not None, "pipeline not opened"
        return self.run_id

    @staticmethod
    async def _in(pool: ThreadPoolExecutor, func: Callable[..., T], *args: Any) -> T:
        return await asyncio.wrap_future(pool.submit(func, *args))


def _records(counts: dict[str, Any]) -> int:
    if "abandoned" in counts:
        return int(counts.get("pages_stored", 0))
    return int(counts.get("pages", 0)) - int(counts.get("rejected", 0))
