"""Pause and resume (Scrapy JOBDIR) that survives a crash: a damaged job directory is moved
aside and the crawl starts afresh, instead of resuming from half-written queues.

Scrapy writes a job directory's queues (`requests.queue/`) and the spider's state
(`spider.state`) only when the crawl closes; a crawl killed with SIGKILL (or by the machine
going down) leaves queue files without their index, a `requests.seen` cut mid-line and no
`spider.state`, and resuming from those may replay stale requests or lose pending ones.
`JobDirGuard` keeps a marker file, `marquee-job.json`, saying "running" while a crawl uses the
directory and "paused" or "finished" once it has closed. At the next start:

- no directory, or an empty one: a fresh crawl;
- "paused", and the state files read back: resumed (Scrapy's own JOBDIR behaviour);
- "finished": cleared, so the new run is a new crawl (a finished job's duplicate filter would
  otherwise drop every request);
- anything else (still "running", no marker, unreadable state or queue index): damaged;
  moved aside to `<dir>.damaged-<UTC time>` with a warning, and the queue starts afresh.
  The killed run's archived pages are stored by this crawl and not fetched again
  (`marquee.recovery.recover_archived`, `NOT_FETCHED_STAT`); upserts are idempotent, so a
  page fetched again is written again harmlessly.

A title request already counted by a run (`marquee/requests`) that goes back to the queue (a
retry waiting out its backoff, a redirect hop) and is still there when the run pauses is
counted by the run that takes it from the queue, not by both: the pausing run leaves it out
(`REQUEUED_STAT`, subtracted in `marquee.crawl.build_counts`), the resuming run counts it.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import pickle
import shutil
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.exceptions import NotConfigured

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

log = logging.getLogger(__name__)
MARKER = "marquee-job.json"
RUNNING, PAUSED, FINISHED = "running", "paused", "finished"
RESET_STAT = "marquee/jobdir/reset"
REQUEUED_STAT = "marquee/jobdir/requeued"  # counted requests in the queue: the next run's
REQUESTS_STAT = "marquee/requests"
QUEUED_META = "marquee_queued"  # the run token of the run that queued a counted request
# titles of a resumed crawl not requested: the killed run's archive had them (marquee.recovery)
NOT_FETCHED_STAT = "marquee/jobdir/recovered_not_fetched"


def damage(jobdir: Path) -> str | None:
    """Why the job directory cannot be resumed from, or None if it can (or is empty)."""
    if not jobdir.is_dir() or not any(jobdir.iterdir()):
        return None
    try:
        state = json.loads((jobdir / MARKER).read_text(encoding="utf-8"))["state"]
    except (OSError, ValueError, KeyError, TypeError):
        return f"no readable {MARKER}: not closed by marquee"
    if state == RUNNING:
        return "the crawl using it never closed (killed?)"
    if state != PAUSED:
        return None if state == FINISHED else f"unknown state {state!r}"
    return _unreadable_state(jobdir)


def _unreadable_state(jobdir: Path) -> str | None:
    try:
        with (jobdir / "spider.state").open("rb") as file:
            if not isinstance(pickle.load(file), dict):  # our own file, as Scrapy reads it
                return "spider.state is not a dict"
        json.loads((jobdir / "requests.queue" / "active.json").read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        return f"missing {Path(error.filename or '?').name}"
    except (OSError, ValueError, pickle.UnpicklingError, EOFError) as error:
        return f"unreadable state: {type(error).__name__}: {error}"
    return None


def prepare(jobdir: Path) -> str | None:
    """Make `jobdir` safe to open: a damaged one is moved aside, a finished one cleared.
    Returns what was done, for the run's counts, or None when it is resumed or new."""
    why = damage(jobdir)
    if why is not None:
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
        aside = jobdir.with_name(f"{jobdir.name}.damaged-{stamp}")
        jobdir.rename(aside)
        log.warning("job directory %s is damaged (%s): moved to %s; starting a fresh crawl",
                    jobdir, why, aside)  # fmt: skip
        return f"damaged ({why}): moved to {aside}"
    if _state(jobdir) == FINISHED:
        shutil.rmtree(jobdir)
        log.info("job directory %s held a finished crawl: cleared for a new one", jobdir)
        return "finished job cleared"
    return None


def _state(jobdir: Path) -> str | None:
    try:
        state = json.loads((jobdir / MARKER).read_text(encoding="utf-8")).get("state")
    except (OSError, ValueError, AttributeError):
        return None
    return state if isinstance(state, str) else None


def mark(jobdir: Path, state: str, **details: Any) -> None:
    jobdir.mkdir(parents=True, exist_ok=True)
    tmp = jobdir / f"{MARKER}.tmp"
    tmp.write_text(json.dumps({"state": state, **details}), encoding="utf-8")
    tmp.rename(jobdir / MARKER)


class JobDirGuard:
    """Scrapy extension: checks the job directory before the scheduler opens it, and keeps
    the marker. Ordered after SpiderState, so "paused" is written after spider.state."""

    def __init__(self, crawler: Crawler, jobdir: Path) -> None:
        self.crawler = crawler
        self.jobdir = jobdir
        done = prepare(jobdir)
        if done and crawler.stats is not None:
            crawler.stats.set_value(RESET_STAT, done)
        self.token = uuid.uuid4().hex
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(self.request_scheduled, signal=signals.request_scheduled)
        crawler.signals.connect(self.request_reached, signal=signals.request_reached_downloader)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> JobDirGuard:
        jobdir = crawler.settings.get("JOBDIR")
        if not jobdir:
            raise NotConfigured
        return cls(crawler, Path(jobdir))

    def spider_opened(self) -> None:
        mark(self.jobdir, RUNNING, started=dt.datetime.now(dt.UTC).isoformat())

    def request_scheduled(self, request: Any) -> None:
        if request.meta.get("marquee_counted") and self.crawler.stats is not None:
            request.meta[QUEUED_META] = self.token
            self.crawler.stats.inc_value(REQUEUED_STAT)

    def request_reached(self, request: Any) -> None:
        queued_by = request.meta.pop(QUEUED_META, None)
        if queued_by is None or self.crawler.stats is None:
            return
        # queued by this run: back out of the queue; by a paused run: this run's to count
        stat = REQUEUED_STAT if queued_by == self.token else REQUESTS_STAT
        self.crawler.stats.inc_value(stat, -1 if queued_by == self.token else 1)

    def spider_closed(self, reason: str) -> None:
        mark(self.jobdir, FINISHED if reason == "finished" else PAUSED, reason=reason)
