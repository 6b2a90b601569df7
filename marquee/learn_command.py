"""`marquee learn`: pages of a new layout + the records stored before it -> learned locators.

Pages are read as `marquee reparse` reads them (HTML files, WARC archives). A page whose
title the database already holds is a known page; the others are skipped. At most
MAX_KNOWN_PAGES known pages are used: more add time and memory, not accuracy.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.table import Table

from marquee.db import Database
from marquee.db import learned as stored
from marquee.extract import extract
from marquee.items import TitleRecord
from marquee.learn import FieldReport, KnownPage, Learned, learn
from marquee.parsers.page import content_tree
from marquee.reparse import SavedFile, Task, discover, iter_tasks

MAX_KNOWN_PAGES = 1000
_CHUNK = 200


@dataclass(slots=True)
class LearnSummary:
    pages: int = 0  # title pages read
    known: int = 0  # of those, titles the database holds
    learned: Learned | None = None
    saved_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Page:
    url: str
    body: bytes
    headers: dict[str, str] | None
    source_id: str


def run_learn(
    paths: Sequence[Path], db: Database, *, run_id: int | None = None, limit: int = MAX_KNOWN_PAGES
) -> LearnSummary:
    """Learn the layout of the pages under `paths` from the records `db` holds; store the
    locators that pass cross-validation. Raises reparse.NoPagesFound."""
    summary = LearnSummary()
    known: list[KnownPage] = []
    for chunk in _chunks(_title_pages(iter_tasks(discover(paths)), summary), _CHUNK):
        records = stored.stored_records(db, (page.source_id for page in chunk))
        for page in chunk:
            record = records.get(page.source_id)
            if record is not None and len(known) < limit:
                known.append(_known(page, record))
        if len(known) >= limit:
            break
    summary.known = len(known)
    summary.learned = learn(known)
    layout = summary.learned.layout
    if layout is not None:
        kept = [
            (locator, report.support, report.precision)
            for report in summary.learned.fields
            if report.kept
            for locator in report.locators
        ]
        summary.saved_ids = stored.save(db, layout, kept, pages=len(known), run_id=run_id)
    return summary


def _title_pages(tasks: Iterator[Task], summary: LearnSummary) -> Iterator[_Page]:
    """Each page the built-in readers make a record of, with its title's source_id."""
    for task in tasks:
        if isinstance(task, SavedFile):
            url, body, headers = task.path.resolve().as_uri(), task.path.read_bytes(), None
        else:
            url, body, headers = task.url, task.body, task.headers
        record = extract(url, body, headers)
        if isinstance(record, TitleRecord):
            summary.pages += 1
            yield _Page(record.url, body, headers, record.source_id)


def _known(page: _Page, record: TitleRecord) -> KnownPage:
    return KnownPage(page.url, content_tree(page.url, page.body, page.headers), record)


def _chunks(pages: Iterator[_Page], size: int) -> Iterator[list[_Page]]:
    chunk: list[_Page] = []
    for page in pages:
        chunk.append(page)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# --- printing -----------------------------------------------------------------------------------


def report_table(summary: LearnSummary) -> Table:
    table = Table(title=f"learned from {summary.known} known pages of {summary.pages}")
    for column in ("field", "locators", "support", "precision (CV)", "kept"):
        table.add_column(column)
    for report in summary.learned.fields if summary.learned else []:
        table.add_row(*_report_cells(report))
    return table


def _report_cells(report: FieldReport) -> tuple[str, str, str, str, str]:
    locators = "; ".join(locator.describe() for locator in report.locators) or "-"
    precision = f"{report.precision:.1%}" if report.locators else "-"
    kept = "yes" if report.kept else f"no: {report.why}"
    return report.field, locators, str(report.support), precision, kept


def listing_table(rows: list[dict[str, object]]) -> Table:
    table = Table(title="learned locators")
    columns = ("id", "layout", "field", "locator", "support", "precision", "created", "retired")
    for column in columns:
        table.add_column(column)
    for row in rows:
        locator = stored.locator_from(str(row["field"]), row["locator"])  # type: ignore[arg-type]
        retired = row["retired_at"]
        table.add_row(
            str(row["id"]),
            str(row["layout"]),
            str(row["field"]),
            locator.describe(),
            str(row["support"]),
            f"{float(row['precision']):.1%}",  # type: ignore[arg-type]
            str(row["created_at"])[:19],
            "-" if retired is None else f"{str(retired)[:19]} ({row['retired_reason']})",
        )
    return table


def print_summary(summary: LearnSummary, console: Console) -> None:
    console.print(report_table(summary))
    if summary.known == 0:
        console.print("no page of a title the database holds: nothing to learn from")
    elif summary.saved_ids:
        console.print(f"stored {len(summary.saved_ids)} locators (marquee learn --show)")
    else:
        console.print("no locator passed cross-validation: nothing stored")
