"""Crawl runs: settings for one run, the run's accounting, its status rules and summary, and
running the `titles` spider in-process (`marquee crawl`).

Accounting, exact by construction and checked at the end of every run:
    requests = stored (inserted + updated + unchanged) + rejected + skipped + failed
where `requests` counts title-page requests once each (retries and redirects are not new
requests), `skipped` are answers with nothing to parse (304 not modified, forbidden by
robots.txt) and `failed` are fetch errors and storage failures, each with its reason.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from marquee.drift import Profiler
from marquee.items import SPEC_KEYS, Reject, TitleRecord
from marquee.progress import Tick

log = logging.getLogger(__name__)

FINISHED, DEGRADED, FAILED, INTERRUPTED = "finished", "degraded", "failed", "interrupted"


class ExitStatus(IntEnum):
    OK = 0
    DEGRADED = 1
    FAILED = 2


EXIT_STATUS = {FINISHED: ExitStatus.OK, DEGRADED: ExitStatus.DEGRADED,
               INTERRUPTED: ExitStatus.DEGRADED, FAILED: ExitStatus.FAILED}


# --- options and settings ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CrawlOptions:
    site: str | None = None
    db_url: str | None = None
    limit: int | None = None
    full: bool = False
    archive_dir: str | None = None
    jobdir: str | None = None
    settings: Mapping[str, Any] = field(default_factory=dict)  # any other Scrapy setting
    frontier: str | None = None  # redis://HOST:PORT/DB: a worker of a distributed run
    run: str | None = None  # the distributed run's name (default: site and date)


def default_run_name(site: str) -> str:
    """A distributed run's name when none is given: the site's host and port, and the date."""
    from urllib.parse import urlsplit

    netloc = urlsplit(site).netloc.replace(":", "-") or "site"
    return f"{netloc}-{dt.datetime.now(dt.UTC):%Y-%m-%d}"


def parse_setting_pairs(pairs: Iterable[str]) -> dict[str, str]:
    """["NAME=VALUE", ...] as given to `--set` (Scrapy converts the values per setting)."""
    settings = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise ValueError(f"{pair!r}: expected NAME=VALUE")
        settings[name.strip()] = value
    return settings


def crawl_settings(options: CrawlOptions) -> Any:
    """marquee.settings (with its environment overrides), then the command line's options."""
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("marquee.settings", priority="project")
    chosen: dict[str, Any] = {"MARQUEE_FULL": options.full}
    if options.site:
        chosen["MARQUEE_SITE"] = options.site
    if options.db_url:
        chosen["MARQUEE_DB_URL"] = options.db_url
    if options.archive_dir is not None:
        chosen["MARQUEE_ARCHIVE_DIR"] = options.archive_dir
    if options.jobdir:
        chosen["JOBDIR"] = options.jobdir
    if options.limit is not None:
        chosen["MARQUEE_PAGE_LIMIT"] = options.limit
        chosen["CLOSESPIDER_PAGECOUNT"] = 2 * options.limit + 1000
    if options.frontier:
        chosen.update(frontier_settings(options, settings.get("MARQUEE_SITE")))
    settings.setdict({**chosen, **options.settings}, priority="cmdline")
    return settings


def frontier_settings(options: CrawlOptions, default_site: str) -> dict[str, Any]:
    """scrapy-redis as the scheduler, under the run's own keys, never flushed by a worker."""
    from marquee.frontier import RunKeys

    run = options.run or default_run_name(options.site or default_site)
    keys = RunKeys(run)
    return {
        "SCHEDULER": "marquee.frontier.FrontierScheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "REDIS_URL": options.frontier,
        "REDIS_PARAMS": {"socket_timeout": 5, "socket_connect_timeout": 5},
        "SCHEDULER_QUEUE_KEY": keys.requests,
        "SCHEDULER_DUPEFILTER_KEY": keys.seen,
        "SCHEDULER_PERSIST": True,
        "SCHEDULER_FLUSH_ON_START": False,
        "SPIDER_MIDDLEWARES": {"marquee.frontier.LeaseMiddleware": 1},
        "MARQUEE_FRONTIER": options.frontier,
        "MARQUEE_FRONTIER_RUN": run,
    }


# --- the run's tally --------------------------------------------------------------------------


@dataclass
class RunTally:
    """Outcomes seen by the pipeline, streamed: no record is kept, only counts."""

    pages: int = 0
    records: int = 0
    filled: Counter[str] = field(default_factory=Counter)
    rejected_by_reason: Counter[str] = field(default_factory=Counter)
    skipped_by_reason: Counter[str] = field(default_factory=Counter)
    failed_by_reason: Counter[str] = field(default_factory=Counter)
    profiler: Profiler = field(default_factory=Profiler)

    def extracted(self, result: TitleRecord | Reject) -> None:
        if isinstance(result, Reject):
            self.rejected_by_reason[result.reason] += 1
            return
        self.records += 1
        self.profiler.add(result)
        # attribute reads, not model_dump(): this runs once per page on the reactor thread
        self.filled.update(key for key in SPEC_KEYS if getattr(result, key) not in (None, [], ""))

    def __repr__(self) -> str:
        """One line in Scrapy's stats dump (the tally is kept there for the progress display)."""
        outcomes = (self.rejected_by_reason, self.skipped_by_reason, self.failed_by_reason)
        rejected, skipped, failed = (sum(counter.values()) for counter in outcomes)
        return (f"RunTally(pages={self.pages}, records={self.records}, rejected={rejected},"
                f" skipped={skipped}, failed={failed})")

    def coverage(self) -> dict[str, float]:
        if not self.records:
            return {}
        return {key: round(self.filled[key] / self.records, 4) for key in SPEC_KEYS}

    def profile(self) -> dict[str, Any]:
        """The run's distribution per field, stored for the drift alarms of later runs."""
        return self.profiler.profile(self.coverage())


def build_counts(
    tally: RunTally, written: Mapping[str, int], stats: Mapping[str, Any]
) -> dict[str, Any]:
    """The run's counts as stored in crawl_runs.counts."""
    failed_by_reason = Counter(tally.failed_by_reason)
    if written.get("failed"):
        failed_by_reason["storage"] += written["failed"]
    stored = written.get("inserted", 0) + written.get("updated", 0) + written.get("unchanged", 0)
    counts: dict[str, Any] = {
        # a counted request still queued at a pause is the resuming run's (marquee.jobdir)
        "requests": int(stats.get("marquee/requests", 0))
        - int(stats.get("marquee/jobdir/requeued", 0)),
        "pages": tally.pages,
        "inserted": written.get("inserted", 0),
        "updated": written.get("updated", 0),
        "unchanged": written.get("unchanged", 0),
        "stored": stored,
        "rejected": written.get("rejected", 0),
        "skipped": sum(tally.skipped_by_reason.values()),
        "failed": sum(failed_by_reason.values()),
        "rejected_by_reason": dict(tally.rejected_by_reason),
        "skipped_by_reason": dict(tally.skipped_by_reason),
        "failed_by_reason": dict(failed_by_reason),
        "discovery_failures": _prefixed(stats, "marquee/discovery/failed/"),
        "http_requests": int(stats.get("downloader/request_count", 0)),
        "retries": int(stats.get("retry/count", 0)),
        "archive_records": int(stats.get("marquee/archive/records", 0)),
        "archive_dir": stats.get("marquee/archive/dir"),
        "robots_unreachable": stats.get("marquee/robots/unreachable"),
        "finish_reason": stats.get("finish_reason"),
        # title links not followed because a bound was reached (a trap shows here)
        "page_limit_reached": int(stats.get("marquee/page_limit_reached", 0)),
        "depth_limit_reached": int(stats.get("marquee/depth_limit_reached", 0)),
        # URLs off the site's origin (sitemaps, links, redirects), never requested: by reason
        "out_of_scope": _prefixed(stats, "marquee/out_of_scope/"),
        "duration_s": _seconds_since(stats.get("start_time")),
        "jobdir_reset": stats.get("marquee/jobdir/reset"),  # marquee.jobdir: damaged or done
    }
    if stats.get("marquee/frontier/lost"):
        counts["frontier_lost"] = stats["marquee/frontier/lost"]
    if stats.get("marquee/frontier/undecodable"):  # queued requests dropped (marquee.frontier)
        counts["undecodable"] = int(stats["marquee/frontier/undecodable"])
    if stats.get("marquee/frontier/stalled"):  # its heartbeat lapsed: leases taken back
        counts["stalled"] = int(stats["marquee/frontier/stalled"])
    accounted = stored + counts["rejected"] + counts["skipped"] + counts["failed"]
    counts["unaccounted"] = counts["requests"] - accounted
    return counts


def _seconds_since(start: Any) -> float | None:
    if not isinstance(start, dt.datetime):
        return None
    return round((dt.datetime.now(dt.UTC) - start).total_seconds(), 3)


def _prefixed(stats: Mapping[str, Any], prefix: str) -> dict[str, int]:
    return {key.removeprefix(prefix): int(v) for key, v in stats.items() if key.startswith(prefix)}


# --- a distributed run: its workers' counts added up -------------------------------------------

_SUMMED = ("requests", "pages", "inserted", "updated", "unchanged", "stored", "rejected",
           "skipped", "failed", "http_requests", "retries", "archive_records",
           "page_limit_reached", "depth_limit_reached", "undecodable")  # fmt: skip
_BY_REASON = ("rejected_by_reason", "skipped_by_reason", "failed_by_reason",
              "discovery_failures", "out_of_scope")  # fmt: skip


def combine_counts(workers: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The whole run's counts from its workers' rows. A worker that died left no counts, only
    its written pages ("pages_stored", "pages_rejected"): those requests ended stored or
    rejected; whatever else it held went back to the frontier and another worker counted it."""
    total: dict[str, Any] = {key: 0 for key in _SUMMED}
    total.update({key: Counter() for key in _BY_REASON})
    reasons = set()
    for counts in workers:
        counts = _abandoned_as_counts(counts) if "abandoned" in counts else counts
        for key in _SUMMED:
            total[key] += int(counts.get(key) or 0)
        for key in _BY_REASON:
            total[key].update(counts.get(key) or {})
        reasons.add(counts.get("finish_reason") or "finished")
        for key in ("robots_unreachable", "storage_unavailable"):
            total[key] = total.get(key) or counts.get(key)
    total.update({key: dict(total[key]) for key in _BY_REASON})
    # a worker that lost Redis left its requests to the others: the run went on without it
    total["finish_reason"] = next(iter(sorted(reasons - {"finished", "frontier_lost"})),
                                  "finished")  # fmt: skip
    total["workers"] = len(workers)
    total["abandoned_workers"] = sum(1 for counts in workers if "abandoned" in counts)
    accounted = total["stored"] + total["rejected"] + total["skipped"] + total["failed"]
    total["unaccounted"] = total["requests"] - accounted
    return total


def _abandoned_as_counts(counts: Mapping[str, Any]) -> dict[str, Any]:
    stored, rejected = counts.get("pages_stored", 0), counts.get("pages_rejected", 0)
    return {"requests": stored + rejected, "pages": stored + rejected, "stored": stored,
            "rejected": rejected, "finish_reason": "finished"}  # fmt: skip


def combine_coverage(workers: Sequence[tuple[Mapping[str, float], int]]) -> dict[str, float]:
    """Each field's share over the whole run: (coverage, records) per worker, weighted."""
    records = sum(n for _, n in workers)
    if not records:
        return {}
    keys = {key for coverage, _ in workers for key in coverage}
    return {key: round(sum(c.get(key, 0.0) * n for c, n in workers) / records, 4)
            for key in sorted(keys)}  # fmt: skip


# --- status rules -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Thresholds:
    max_failure_rate: float = 0.10
    max_reject_rate: float = 0.25
    key_fields: tuple[str, ...] = ("title", "release_year", "runtime_minutes", "genres")
    coverage_drop: float = 0.5
    coverage_min_records: int = 10

    @classmethod
    def from_settings(cls, settings: Any) -> Thresholds:
        return cls(
            max_failure_rate=settings.getfloat("MARQUEE_MAX_FAILURE_RATE"),
            max_reject_rate=settings.getfloat("MARQUEE_MAX_REJECT_RATE"),
            key_fields=tuple(settings.getlist("MARQUEE_KEY_FIELDS")),
            coverage_drop=settings.getfloat("MARQUEE_COVERAGE_DROP"),
            coverage_min_records=settings.getint("MARQUEE_COVERAGE_MIN_RECORDS"),
        )


def judge(
    counts: Mapping[str, Any], coverage: Mapping[str, float],
    previous_coverage: Mapping[str, float] | None, thresholds: Thresholds,
    *, worker: bool = False,
) -> tuple[str, list[str]]:
    """(status, reasons): failed, interrupted or degraded with why; finished when all is well.
    `worker`: one worker's share of a distributed run, where doing little or nothing is fine
    (the whole run is judged as a whole)."""
    if counts.get("finish_reason") == "frontier_lost":
        return FAILED, [f"frontier lost: {counts.get('frontier_lost')}"]
    failed = _failed_reasons(counts, worker=worker)
    if failed:
        return FAILED, failed
    reasons = _degraded_reasons(counts, thresholds, worker=worker)
    reasons += _coverage_drops(counts, coverage, previous_coverage, thresholds)
    if counts.get("finish_reason") not in (None, "finished"):
        return INTERRUPTED, [f"closed early: {counts['finish_reason']}", *reasons]
    return (DEGRADED, reasons) if reasons else (FINISHED, [])


def with_drift(
    status: str, reasons: Sequence[str], drift: Sequence[Mapping[str, Any]]
) -> tuple[str, list[str]]:
    """A finished run whose values drifted (marquee.drift) is degraded, each drift named."""
    named = [*reasons, *(f"drift: {found['text']}" for found in drift)]
    return (DEGRADED if status == FINISHED and drift else status), named


def _failed_reasons(counts: Mapping[str, Any], *, worker: bool = False) -> list[str]:
    reasons = []
    if counts.get("robots_unreachable"):
        reasons.append(f"robots.txt unreachable ({counts['robots_unreachable']}): crawled nothing")
    if counts.get("storage_unavailable"):
        reasons.append(f"storage unavailable: {counts['storage_unavailable']}")
    if worker:
        return reasons
    if not counts["requests"]:
        reasons.append("no title pages requested (discovery found nothing)")
    elif not counts["stored"] + counts["skipped_by_reason"].get("not_modified", 0):
        reasons.append("no records stored and no page unchanged")
    return reasons


def _degraded_reasons(
    counts: Mapping[str, Any], thresholds: Thresholds, *, worker: bool = False
) -> list[str]:
    reasons = []
    requests, pages = counts["requests"], counts["pages"]
    if requests and counts["failed"] / requests > thresholds.max_failure_rate:
        reasons.append(f"{counts['failed']} of {requests} requests failed")
    if pages and counts["rejected"] / pages > thresholds.max_reject_rate:
        reasons.append(f"{counts['rejected']} of {pages} pages rejected")
    if counts["unaccounted"] and not worker:  # a retry may end on another worker
        reasons.append(f"{counts['unaccounted']} requests unaccounted for")
    if counts["discovery_failures"]:
        reasons.append(f"discovery failures: {counts['discovery_failures']}")
    if counts.get("undecodable"):
        reasons.append(f"{counts['undecodable']} queued requests undecodable: dropped"
                       " (the run's 'undecodable' key in the frontier)")  # fmt: skip
    return reasons


def _coverage_drops(
    counts: Mapping[str, Any], coverage: Mapping[str, float],
    previous: Mapping[str, float] | None, thresholds: Thresholds,
) -> list[str]:
    if not previous or counts["stored"] < thresholds.coverage_min_records:
        return []
    return [
        f"coverage of {key} fell to {coverage.get(key, 0.0):.0%}"
        f" (last good run {previous[key]:.0%})"
        for key in thresholds.key_fields
        if previous.get(key) and coverage.get(key, 0.0) < previous[key] * thresholds.coverage_drop
    ]


# --- summary ----------------------------------------------------------------------------------


def render_summary(
    run_id: int | None, status: str, reasons: Sequence[str], counts: Mapping[str, Any],
    coverage: Mapping[str, float], *, width: int = 100,
) -> str:
    """The run summary as plain text (rich tables, no colour codes)."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, force_terminal=False)
    console.print(f"crawl run {run_id}: {status.upper()}")
    for reason in reasons:
        console.print(f"  - {reason}")
    console.print(_counts_table(counts))
    recovered = counts.get("recovered_from_archive")
    if isinstance(recovered, Mapping):
        console.print(_recovered_line(recovered))
    if coverage:
        console.print(_coverage_table(coverage))
    return buffer.getvalue()


def _recovered_line(recovered: Mapping[str, Any]) -> str:
    """The pages a killed run archived and this run stored (outside its own requests)."""
    return (f"recovered {recovered.get('pages', 0)} pages from the archive of abandoned"
            f" run(s) {', '.join(map(str, recovered.get('runs', [])))}: inserted"
            f" {recovered.get('inserted', 0)}, updated {recovered.get('updated', 0)},"
            f" unchanged {recovered.get('unchanged', 0)}, rejected {recovered.get('rejected', 0)};"
            f" {recovered.get('not_fetched', 0)} titles not fetched again")  # fmt: skip


def render_brief(
    run_id: int | None, status: str, reasons: Sequence[str], counts: Mapping[str, Any],
    coverage: Mapping[str, float], *, width: int = 80,
) -> str:
    """The run summary in a few lines (the demo's screen): the invariant as one sum, reasons
    only where there are some, the coverage as running text."""
    lines = [f"crawl run {run_id}: {status.upper()}", *(f"  - {reason}" for reason in reasons)]
    if counts:
        lines.append(
            f"  requests {counts.get('requests', 0)} = stored {counts.get('stored', 0)}"
            f" + rejected {counts.get('rejected', 0)} + skipped {counts.get('skipped', 0)}"
            f" + failed {counts.get('failed', 0)} (unaccounted {counts.get('unaccounted', 0)})"
        )
        lines.append(f"  stored: inserted {counts.get('inserted', 0)},"
                     f" updated {counts.get('updated', 0)},"
                     f" unchanged {counts.get('unchanged', 0)}")  # fmt: skip
        for kind in ("rejected", "skipped", "failed"):
            by_reason = counts.get(f"{kind}_by_reason") or {}
            if by_reason:
                text = ", ".join(f"{why} {n}" for why, n in sorted(by_reason.items()))
                lines.append(f"  {kind}: {text}")
        lines.append(f"  http requests {counts.get('http_requests', 0)},"
                     f" retries {counts.get('retries', 0)},"
                     f" archive records {counts.get('archive_records', 0)}")  # fmt: skip
    if coverage:
        shares = [f"{key} {share:.0%}" for key, share in coverage.items()]
        lines.extend(_wrapped("  coverage: ", shares, width))
    return "\n".join(lines) + "\n"


def _wrapped(head: str, words: Sequence[str], width: int) -> list[str]:
    lines, line = [], head
    for word in words:
        if len(line) + len(word) + 2 > width and line.strip():
            lines.append(line.rstrip(", "))
            line = " " * len(head)
        line += word + ", "
    lines.append(line.rstrip(", "))
    return lines


def _counts_table(counts: Mapping[str, Any]) -> Table:
    table = Table(caption="requests = stored + rejected + skipped + failed", caption_justify="left")
    table.add_column("count")
    table.add_column("n", justify="right")
    table.add_column("by reason")
    rows: Iterable[tuple[str, str]] = [
        ("requests", ""), ("pages", ""), ("inserted", ""), ("updated", ""), ("unchanged", ""),
        ("rejected", "rejected_by_reason"), ("skipped", "skipped_by_reason"),
        ("failed", "failed_by_reason"), ("unaccounted", ""), ("http_requests", ""), ("retries", ""),
        ("archive_records", ""),
        ("page_limit_reached", ""), ("depth_limit_reached", ""),
    ]
    for key, detail in rows:
        reasons = counts.get(detail, {}) if detail else {}
        text = ", ".join(f"{why}: {n}" for why, n in sorted(reasons.items()))
        table.add_row(key, str(counts.get(key, 0)), text)
    return table


def _coverage_table(coverage: Mapping[str, float]) -> Table:
    table = Table(caption="share of records with each field", caption_justify="left")
    table.add_column("field")
    table.add_column("share", justify="right")
    for key, share in coverage.items():
        table.add_row(key, f"{share:.0%}")
    return table


# --- running ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RunResult:
    run_id: int | None
    status: str
    reasons: list[str]
    counts: dict[str, Any]
    coverage: dict[str, float]
    summary: str
    errors: tuple[str, ...] = ()  # what was lost, each one `error:` line after the summary
    drift: tuple[Mapping[str, Any], ...] = ()  # marquee.drift's findings, as the reasons name them

    @property
    def exit_status(self) -> int:
        return int(EXIT_STATUS.get(self.status, ExitStatus.FAILED))


RESULT_STAT = "marquee/run_result"  # the pipeline leaves the RunResult in the crawler's stats
TALLY_STAT = "marquee/tally"  # and its RunTally while the run goes on, for the progress display


def crawl_tick(stats: Mapping[str, Any]) -> Tick:
    """Pages done of title requests made so far; "stored" counts the records on their way."""
    tally, requested = stats.get(TALLY_STAT), int(stats.get("marquee/requests", 0))
    if not isinstance(tally, RunTally):
        return Tick(0, requested, 0, 0, 0)
    failed = sum(tally.failed_by_reason.values())
    done = tally.pages + sum(tally.skipped_by_reason.values()) + failed
    rejected = sum(tally.rejected_by_reason.values())
    return Tick(done, max(requested, done), tally.records, rejected, failed)


def run_crawl(
    options: CrawlOptions, *, log_file: str | None = None,
    on_page: Callable[[Tick], object] | None = None,
) -> RunResult:
    """Run the `titles` spider to the end in this process (the reactor starts once per process).
    `log_file`: Scrapy's log goes there instead of stderr; `on_page`: called (on the reactor
    thread) with where the run stands as each title page's outcome leaves the pipeline."""
    from scrapy import signals
    from scrapy.crawler import AsyncCrawlerProcess

    from marquee.spiders.titles import TitlesSpider

    settings = crawl_settings(options)
    if log_file:
        # emptied once here: Scrapy opens the file again when the crawler is made
        Path(log_file).write_text("", encoding="utf-8")
        settings.setdict({"LOG_FILE": log_file, "LOG_FILE_APPEND": True}, priority="cmdline")
    process = AsyncCrawlerProcess(settings)
    crawler = process.create_crawler(TitlesSpider)
    if on_page is not None:
        crawler.signals.connect(lambda **_: on_page(crawl_tick(crawler.stats.get_stats())),
                                signal=signals.item_scraped, weak=False)
    process.crawl(crawler)
    process.start()
    result = crawler.stats.get_value(RESULT_STAT) if crawler.stats else None
    if isinstance(result, RunResult):
        return result
    reason = "the crawl ended before its run was recorded (see the log)"
    return RunResult(None, FAILED, [reason], {}, {}, f"crawl run: FAILED\n  - {reason}\n")


def started_options(settings: Any) -> dict[str, Any]:
    """What crawl_runs.options records about how the run was started."""
    return {
        "site": settings.get("MARQUEE_SITE"),
        "full": settings.getbool("MARQUEE_FULL"),
        "page_limit": settings.getint("MARQUEE_PAGE_LIMIT"),
        "depth_limit": settings.getint("DEPTH_LIMIT"),
        "archive_dir": settings.get("MARQUEE_ARCHIVE_DIR") or None,
        "jobdir": settings.get("JOBDIR"),
        "started": dt.datetime.now(dt.UTC).isoformat(),
    }
