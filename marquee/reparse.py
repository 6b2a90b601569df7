"""Re-parse saved pages offline: HTML files, directories and the crawl's WARC archive.

Pages go through the same `extract()` and `RecordWriter` as a live crawl. Large inputs are
read and parsed by a process pool in chunks while the parent stays the single writer, so
batches reach the database in input order.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import sys
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from rich.console import Console
from rich.table import Table

from marquee.archive import ArchivedResponse, DamagedRecord, read_archive
from marquee.crawl import FINISHED, RunTally, with_drift
from marquee.db import Database, WriteCounts, open_database
from marquee.db.spool import SpoolWriteFailed
from marquee.drift import DriftLimits, find_drift
from marquee.errors import StorageUnavailable
from marquee.items import PageMeta, Reject, TitleRecord
from marquee.parse_command import NOT_HTML
from marquee.parsers.decode import header_value
from marquee.pipelines.writer import RecordWriter, WriteFailure
from marquee.progress import Tick, progress

if TYPE_CHECKING:
    from marquee.parsers.learned import LearnedLayout

HTML_SUFFIXES = (".html", ".htm")
WARC_SUFFIXES = (".warc.gz", ".warc")
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
PARALLEL_MIN_PAGES = 200  # below this, starting worker processes costs more than it saves
CHUNK_PAGES = 64
WINDOW_PER_JOB = 8  # chunks in flight per worker: workers keep busy while a batch is written
WARC_BYTES_PER_PAGE = 4096  # rough size of one gzipped response record, to size WARC inputs


class NoPagesFound(ValueError):
    """The paths given hold no HTML or WARC file: nothing to re-parse is an error."""


@dataclass(frozen=True, slots=True)
class Inputs:
    html_files: list[Path]
    warc_files: list[Path]

    @property
    def size_hint(self) -> int:
        """Roughly how many pages: exact for HTML files, estimated from bytes for WARC files."""
        warc_bytes = sum(path.stat().st_size for path in self.warc_files)
        return len(self.html_files) + warc_bytes // WARC_BYTES_PER_PAGE

    @property
    def exact_pages(self) -> int | None:
        return None if self.warc_files else len(self.html_files)


@dataclass(frozen=True, slots=True)
class SavedFile:
    """A loose HTML file, read in the worker: fetched at `fetched_at` (--fetched-at), else at
    its modification time."""

    path: Path
    fetched_at: dt.datetime | None = None


Task = SavedFile | ArchivedResponse
Learned: TypeAlias = "Sequence[LearnedLayout]"  # locators learned from stored records
Outcome = tuple[TitleRecord | Reject, PageMeta]


# --- finding the pages --------------------------------------------------------------------------


def discover(paths: Sequence[Path]) -> Inputs:
    """HTML and WARC files among `paths`, directories searched recursively, each in name order."""
    html: list[Path] = []
    warc: list[Path] = []
    for path in paths:
        if not path.exists():
            raise FileNotFoundError(f"{path}: no such file or directory")
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            _classify(file, html, warc, explicit=not path.is_dir())
    if not html and not warc:
        raise NoPagesFound(f"no HTML or WARC files in {', '.join(map(str, paths))}")
    return Inputs(html_files=html, warc_files=warc)


def _classify(file: Path, html: list[Path], warc: list[Path], *, explicit: bool) -> None:
    name = file.name.lower()
    if name.endswith(WARC_SUFFIXES):
        warc.append(file)
    elif name.endswith(HTML_SUFFIXES):
        html.append(file)
    elif explicit:
        raise NoPagesFound(f"{file}: not an HTML (.html, .htm) or WARC (.warc, .warc.gz) file")


def iter_tasks(
    inputs: Inputs,
    skipped: Counter[str] | None = None,
    damaged: list[DamagedRecord] | None = None,
    fetched_at: dt.datetime | None = None,
) -> Iterator[Task]:
    """Every page to parse; archived responses a live crawl would not parse are counted apart,
    and unreadable records are listed in `damaged` (counted as skipped) while reading goes on."""
    yield from (SavedFile(path, fetched_at) for path in inputs.html_files)
    found: list[DamagedRecord] = []
    for response in read_archive(inputs.warc_files, found):
        _note_damaged(found, skipped, damaged)
        reason = skip_reason(response)
        if reason is None:
            yield response
        elif skipped is not None:
            skipped[reason] += 1
    _note_damaged(found, skipped, damaged)


def _note_damaged(
    found: list[DamagedRecord], skipped: Counter[str] | None, damaged: list[DamagedRecord] | None
) -> None:
    for record in found:
        if skipped is not None:
            skipped[DAMAGED] += 1
        if damaged is not None:
            damaged.append(record)
    found.clear()


DAMAGED = "damaged WARC record"


def skip_reason(response: ArchivedResponse) -> str | None:
    """Why an archived response is no title page to parse (robots.txt, sitemaps, 304s, errors).

    The archive keeps every response of a crawl; only HTML answered with 2xx reached extract().
    A record of another scheme (a file:// response archived before the crawl kept to its
    site's origin) is no page of the site at all.
    """
    if not response.is_http:
        return f"not HTTP ({response.url.split(':', 1)[0].lower()[:20]})"
    if not 200 <= response.status < 300:
        return f"HTTP {response.status}"
    declared = header_value(response.headers, "content-type") or "text/html"
    content_type = declared.split(";", 1)[0].strip().lower()
    if content_type not in HTML_TYPES:
        return f"not HTML ({content_type})"
    return None


# --- one page -----------------------------------------------------------------------------------


def process(task: Task, learned: Learned = ()) -> Outcome:
    """Read (for loose files) and extract one page, with the PageMeta the writer stores."""
    if isinstance(task, SavedFile):
        return _process_file(task.path, task.fetched_at, learned)
    return _process_archived(task, learned)


def _process_file(path: Path, fetched_at: dt.datetime | None, learned: Learned) -> Outcome:
    # extract() reads the page's canonical link; the file URL is only its fallback.
    body = path.read_bytes()
    if fetched_at is None:
        fetched_at = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    item = _extract(path.resolve().as_uri(), body, None, fetched_at, learned)
    if isinstance(item, Reject):
        item = _keyed_by_canonical(item, body)
    page = PageMeta(
        url=item.url,
        content_sha256=item.content_sha256,
        parser_version=item.parser_version,
        fetched_at=fetched_at,
        archive_path=str(path),
        partial=not _ends_its_html(body),
    )
    return item, page


def _keyed_by_canonical(reject: Reject, body: bytes) -> Reject:
    """A saved file's reject under the page's canonical URL (when it names one), so that the
    page fixed later resolves it, and another folder's copy is the same reject."""
    if not reject.url.startswith("file:") or reject.reason == NOT_HTML:
        return reject
    try:
        import lxml.html

        from marquee.parsers.common import linked_url

        root = lxml.html.document_fromstring(body)
        canonical = linked_url(root, reject.url)
    except (ValueError, lxml.etree.LxmlError):
        return reject
    if canonical is None or not canonical.lower().startswith(("http:", "https:")):
        return reject
    return dataclasses.replace(reject, url=canonical)


_TAIL = 4096


def _ends_its_html(body: bytes) -> bool:
    return b"</html" in body[-_TAIL:].lower()


def is_partial(response: ArchivedResponse) -> bool:
    """Known to be incomplete: cut mid-record, short of its Content-Length (a body stored as
    sent), or with no length to check against and no closing `</html>`."""
    if response.cut:
        return True
    declared = header_value(response.headers, "content-length")
    encoded = header_value(response.headers, "content-encoding")
    if declared is not None and declared.strip().isdigit() and encoded is None:
        return len(response.body) < int(declared.strip())
    return declared is None and not _ends_its_html(response.body)


def _process_archived(response: ArchivedResponse, learned: Learned) -> Outcome:
    item = _extract(response.url, response.body, response.headers, response.fetched_at, learned)
    page = PageMeta(
        url=response.url,
        content_sha256=item.content_sha256,
        parser_version=item.parser_version,
        fetched_at=response.fetched_at,
        http_status=response.status,
        archive_path=response.path,
        archive_offset=response.offset,
        etag=header_value(response.headers, "etag"),
        last_modified=header_value(response.headers, "last-modified"),
        headers=response.headers,
        partial=is_partial(response),
    )
    return item, page


def _extract(
    url: str,
    body: bytes,
    headers: dict[str, str] | None,
    fetched_at: dt.datetime | None,
    learned: Learned,
) -> TitleRecord | Reject:
    from marquee.parse_command import extract_input  # in the worker, not at CLI start-up

    return extract_input(url, body, headers, fetched_at, learned)


def process_chunk(tasks: Sequence[Task], learned: Learned = ()) -> list[Outcome]:
    return [process(task, learned) for task in tasks]


# --- many pages ---------------------------------------------------------------------------------


def outcomes(tasks: Iterable[Task], *, jobs: int, learned: Learned = ()) -> Iterator[Outcome]:
    """Outcomes in input order; with jobs > 1, chunks are parsed in a process pool."""
    if jobs <= 1:
        yield from (process(task, learned) for task in tasks)
        return
    remaining = iter(tasks)
    first = next(remaining, None)
    if first is None:
        return
    # The first page is parsed here, before the pool forks: what the parser loads on first
    # use (locale tables, ~0.25 s of CPU) is then shared by the workers, not loaded by each.
    yield process(first, learned)
    for results in _parallel(_chunks(remaining, CHUNK_PAGES), jobs, learned):
        yield from results


def _parallel(
    chunks: Iterator[list[Task]], jobs: int, learned: Learned
) -> Iterator[list[Outcome]]:
    # Submit a bounded window, not the whole input: an archive's bodies must not pile up.
    window = jobs * WINDOW_PER_JOB
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque[Future[list[Outcome]]] = deque()
        for chunk in chunks:
            pending.append(pool.submit(process_chunk, chunk, learned))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _chunks(tasks: Iterable[Task], size: int) -> Iterator[list[Task]]:
    chunk: list[Task] = []
    for task in tasks:
        chunk.append(task)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def choose_jobs(inputs: Inputs, jobs: int | None) -> int:
    if jobs is not None:
        return max(1, jobs)
    if inputs.size_hint < PARALLEL_MIN_PAGES:
        return 1
    return max(1, os.cpu_count() or 1)


# --- the run ------------------------------------------------------------------------------------

REJECTS_SHOWN = 20


@dataclass(slots=True)
class ReparseSummary:
    pages: int = 0
    counts: WriteCounts = field(default_factory=WriteCounts)
    tally: RunTally = field(default_factory=RunTally)  # the crawl's: rejects by reason, coverage
    rejects_shown: list[Reject] = field(default_factory=list)
    failures: list[WriteFailure] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    damaged: list[DamagedRecord] = field(default_factory=list)
    partial: int = 0  # pages known to be cut short
    lost: int = 0  # records neither written nor kept in the spool (a full disk)
    errors: list[str] = field(default_factory=list)
    jobs: int = 1
    status: str = "running"
    drift: list[dict[str, Any]] = field(default_factory=list)  # marquee.drift: what moved

    @property
    def ok(self) -> bool:
        return self.counts.failed == 0 and not self.errors

    def lose(self, error: SpoolWriteFailed) -> None:
        self.lost += error.items
        self.errors.append(str(error))

    def tick(self, total: int | None, failed: int) -> Tick:
        rejected = sum(self.tally.rejected_by_reason.values())
        return Tick(self.pages, total, self.tally.records, rejected, failed)

    def note(self, item: TitleRecord | Reject, page: PageMeta) -> None:
        self.pages += 1
        self.partial += page.partial
        self.tally.extracted(item)
        if isinstance(item, Reject) and len(self.rejects_shown) < REJECTS_SHOWN:
            self.rejects_shown.append(item)


def reparse(
    paths: Sequence[Path],
    db: Database,
    *,
    jobs: int | None = None,
    batch_size: int = 500,
    spool_dir: Path | None = None,
    console: Console | None = None,
    fetched_at: dt.datetime | None = None,
) -> ReparseSummary:
    """Re-parse every page under `paths` into `db`, as one run; raises NoPagesFound."""
    inputs = discover(paths)
    summary = ReparseSummary(jobs=choose_jobs(inputs, jobs))
    options = {"command": "reparse", "paths": [str(p) for p in paths], "jobs": summary.jobs}
    run_id = db.start_run(site=db.source, options=options)
    writer = RecordWriter(db, batch_size=batch_size, run_id=run_id, spool_dir=spool_dir)
    from marquee.db.learned import active_layouts

    learned = tuple(active_layouts(db))
    status = "interrupted"
    try:
        with progress("re-parsing", console) as report:
            tasks = iter_tasks(inputs, summary.skipped, summary.damaged, fetched_at)
            for item, page in outcomes(tasks, jobs=summary.jobs, learned=learned):
                summary.note(item, page)
                writer.add(item, page)
                report(summary.tick(inputs.exact_pages, writer.counts.failed))
        status = "finished"
    except SpoolWriteFailed as error:  # neither the database nor the spool: stop, say so
        summary.lose(error)
    finally:
        _close(writer, summary)
        status = status if summary.ok else "failed"
        _finish(db, run_id, status, summary)
    return summary


def _close(writer: RecordWriter, summary: ReparseSummary) -> None:
    try:
        writer.close()
    except SpoolWriteFailed as error:
        summary.lose(error)
    writer.counts.failed += summary.lost
    summary.counts = writer.counts
    summary.failures = writer.failures


def _finish(db: Database, run_id: int, status: str, summary: ReparseSummary) -> None:
    counts, coverage = _run_counts(summary), summary.tally.coverage()
    profile = summary.tally.profile()
    try:
        if status == FINISHED:
            previous = db.recent_profiles(db.source)
            summary.drift = find_drift(profile, previous, DriftLimits.from_settings())
        summary.status, _ = with_drift(status, [], summary.drift)
        db.finish_run(run_id, status=summary.status, counts=counts, coverage=coverage,
                      profile=profile, drift=summary.drift)  # fmt: skip
    except StorageUnavailable as error:
        if not summary.lost:
            raise
        # the loss is the news: the next run closes this one as abandoned
        summary.errors.append(f"run {run_id} not recorded: {error}")


def _run_counts(summary: ReparseSummary) -> dict[str, int]:
    skipped = sum(summary.skipped.values())
    counts = {"pages": summary.pages, **summary.counts.as_dict(), "skipped": skipped}
    lost = {"lost": summary.lost} if summary.lost else {}
    return {**counts, "partial": summary.partial, **lost}


def summary_table(summary: ReparseSummary) -> Table:
    table = Table(title="reparse", show_header=False)
    for name, value in _run_counts(summary).items():
        table.add_row(name, str(value))
    return table


def print_summary(summary: ReparseSummary, console: Console) -> None:
    console.print(summary_table(summary))
    if summary.drift:
        console.print(f"run {summary.status}: values drifted from the last finished runs")
    for found in summary.drift:
        console.print(f"  drift: {found['text']}", markup=False)
    for reason, count in summary.skipped.most_common():
        console.print(f"skipped archived responses ({count}): {reason}", markup=False)
    for record in summary.damaged:
        console.print(f"  skipped {record}", markup=False)
    for reason, count in summary.tally.rejected_by_reason.most_common():
        console.print(f"rejected ({count}): {reason}", markup=False)
    for reject in summary.rejects_shown:
        details = f" ({reject.details})" if reject.details else ""
        console.print(f"  {reject.url}: {reject.reason}{details}", markup=False)
    for failure in summary.failures:
        text = f"not written: {failure.items} items kept in {failure.path}: {failure.reason}"
        console.print(text, style="red", markup=False)


def main(
    paths: Sequence[Path],
    db_url: str | None,
    jobs: int | None,
    fetched_at: dt.datetime | None = None,
) -> int:
    """`marquee reparse`: the exit status is non-zero when any write failed (2 when records were
    lost or the run not recorded) or values drifted from the last finished runs (1)."""
    console = Console()
    with open_database(db_url) as db:
        summary = reparse(paths, db, jobs=jobs, fetched_at=fetched_at)
    print_summary(summary, console)
    for error in summary.errors:
        print(f"error: {error}", file=sys.stderr)
    return 2 if summary.errors else 0 if summary.ok and not summary.drift else 1
