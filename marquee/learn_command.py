"""`marquee learn`: pages of a new layout + the records stored before it -> learned locators.

Pages are read as `marquee reparse` reads them (HTML files, WARC archives). A page whose
title the database already holds is a known page; the others are skipped. At most
MAX_KNOWN_PAGES known pages are used: more add time and memory, not accuracy.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console

from marquee.archive import archive_files, read_archive, read_record
from marquee.db import Database
from marquee.db import learned as stored
from marquee.extract import extract
from marquee.items import TitleRecord
from marquee.learn import FieldReport, KnownPage, Learned, learn
from marquee.parsers.dom import Element
from marquee.parsers.learned import LearnedLayout, Locator, matching_layout, read
from marquee.parsers.page import content_tree
from marquee.reparse import SavedFile, Task, discover, iter_tasks, skip_reason

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
    record: TitleRecord  # what the built-in readers make of it


def run_learn(
    paths: Sequence[Path], db: Database, *, run_id: int | None = None, limit: int = MAX_KNOWN_PAGES
) -> LearnSummary:
    """Learn the layout of the pages under `paths` from the records `db` holds; store the
    locators that pass cross-validation. Raises reparse.NoPagesFound."""
    summary = LearnSummary()
    known: list[KnownPage] = []
    for chunk in _chunks(_title_pages(iter_tasks(discover(paths)), summary), _CHUNK):
        records = stored.stored_records(db, (page.record.source_id for page in chunk))
        for page in chunk:
            record = records.get(page.record.source_id)
            if record is not None and len(known) < limit:
                known.append(_known(page, record))
        if len(known) >= limit:
            break
    summary.known = len(known)
    summary.learned = learn(known)
    _save(db, summary, run_id)
    return summary


def _save(db: Database, summary: LearnSummary, run_id: int | None) -> None:
    learned = summary.learned
    if learned is None or learned.layout is None:
        return
    kept = [
        (locator, report.support, report.precision)
        for report in learned.fields
        if report.kept
        for locator in report.locators
    ]
    summary.saved_ids = stored.save(db, learned.layout, kept, pages=summary.known, run_id=run_id)


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
            yield _Page(record.url, body, headers, record)


def _known(page: _Page, record: TitleRecord) -> KnownPage:
    root = content_tree(page.url, page.body, page.headers)
    return KnownPage(page.url, root, record, builtin=page.record)


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


def report_lines(summary: LearnSummary) -> list[str]:
    """One line per field: its locators, support and cross-validated precision, kept or why not."""
    lines = [f"learned from {summary.known} known pages of {summary.pages} title pages read"]
    for report in summary.learned.fields if summary.learned else []:
        lines.append(_report_line(report))
    return lines


def _report_line(report: FieldReport) -> str:
    if not report.locators:
        return f"  {report.field:<18} -  ({report.why})"
    locators = "; ".join(locator.describe() for locator in report.locators)
    figures = f"support {report.support}, precision {report.precision:.1%} (CV)"
    verdict = "kept" if report.kept else f"not kept: {report.why}"
    return f"  {report.field:<18} {locators}  [{figures}] {verdict}"


def listing_lines(rows: list[dict[str, Any]]) -> list[str]:
    """`marquee learn --show`: one line per learned locator."""
    if not rows:
        return ["no learned locators"]
    lines = []
    for row in rows:
        locator = Locator.from_json(str(row["field"]), row["locator"])
        retired = row["retired_at"]
        state = (
            "in use"
            if retired is None
            else f"retired {retired:%Y-%m-%d %H:%M} ({row['retired_reason']})"
        )
        lines.append(
            f"{row['id']:>5}  layout {row['layout']}  {row['field']:<18} {locator.describe()}"
            f"  support {row['support']}, precision {row['precision']:.1%}"
            f"  learned {row['created_at']:%Y-%m-%d %H:%M}  {state}"
        )
    return lines


def print_summary(summary: LearnSummary, console: Console) -> None:
    for line in report_lines(summary):
        console.print(line, markup=False, highlight=False, soft_wrap=True)
    if summary.known == 0:
        console.print("no page of a title the database holds: nothing to learn from")
    elif summary.saved_ids:
        console.print(f"stored {len(summary.saved_ids)} locators (marquee learn --show)")
    else:
        console.print("no locator passed cross-validation: nothing stored")


# --- retiring locators a crawl no longer finds ----------------------------------------------------

SAMPLE_PAGES = 50  # title pages of a run that the learned locators are tried on
MIN_PAGES = 20  # fewer sampled: too few to judge a layout gone
MIN_LAYOUT_PAGES = 10  # fewer pages of the layout: too few to judge one of its locators


@dataclass(slots=True)
class LocatorCheck:
    """The learned locators tried on a crawl's first title pages: at its end, those that
    found nothing (their layout gone, or their anchor gone from it) are to be retired."""

    layouts: Sequence[LearnedLayout]
    sample: list[tuple[str, bytes, dict[str, str] | None, str]] = field(default_factory=list)

    def observe(self, url: str, body: bytes, headers: dict[str, str] | None, title: str) -> None:
        if self.layouts and len(self.sample) < SAMPLE_PAGES:
            self.sample.append((url, body, headers, title))

    def stale(self, run_id: int | None) -> list[tuple[int, str]]:
        """(locator id, why) for each locator to retire."""
        if len(self.sample) < MIN_PAGES:
            return []
        trees = [
            (content_tree(url, body, headers), title) for url, body, headers, title in self.sample
        ]
        found: list[tuple[int, str]] = []
        for layout in self.layouts:
            found += _stale_in(layout, trees, run_id)
        return found


def _stale_in(
    layout: LearnedLayout, trees: list[tuple[Element, str]], run_id: int | None
) -> list[tuple[int, str]]:
    indexes = [m[1] for root, title in trees if (m := matching_layout(root, title, [layout]))]
    run = f"run {run_id}" if run_id is not None else "this run"
    if not indexes:
        why = f"its layout was on none of {len(trees)} title pages of {run}"
        return [(i, why) for i in layout.ids]
    if len(indexes) < MIN_LAYOUT_PAGES:
        return []
    why = f"found nothing on {len(indexes)} pages of its layout in {run}"
    return [
        (i, why)
        for i, locator in zip(layout.ids, layout.locators, strict=True)
        if not any(read(locator, index) for index in indexes)
    ]


def retire_stale(db: Database, check: LocatorCheck, run_id: int | None) -> list[str]:
    """Retire what `check` found stale; one line per locator retired."""
    lines: list[str] = []
    by_reason: dict[str, list[int]] = {}
    for locator_id, why in check.stale(run_id):
        by_reason.setdefault(why, []).append(locator_id)
    for why, ids in by_reason.items():
        stored.retire(db, ids, why)
        lines += [f"learned locator {i} retired: {why}" for i in ids]
    return lines


# --- healing after a crawl ------------------------------------------------------------------------


@dataclass(slots=True)
class HealSummary:
    """`marquee crawl --learn` after a degraded run: what was learned, and the run's coverage
    per field before and after re-parsing its pages with it."""

    learned: LearnSummary
    before: dict[str, float]
    after: dict[str, float]

    def changed(self) -> list[tuple[str, float, float]]:
        return [
            (name, self.before.get(name, 0.0), share)
            for name, share in sorted(self.after.items())
            if abs(share - self.before.get(name, 0.0)) >= 0.005
        ]


def learn_from_history(
    db: Database, run_id: int, archive: Path, *, limit: int = MAX_KNOWN_PAGES
) -> LearnSummary:
    """Learn the layout of a run's archived pages from the copies of the same titles that
    earlier runs archived: their records are read again by the built-in readers (the run
    itself may have overwritten the stored values with the new layout's gaps)."""
    summary = LearnSummary()
    known: list[KnownPage] = []
    responses = (r for r in read_archive(archive_files(archive)) if skip_reason(r) is None)
    for chunk in _chunks(_title_pages(iter(responses), summary), _CHUNK):
        earlier = stored.earlier_copies(db, run_id, [page.url for page in chunk])
        for page in chunk:
            record = _earlier_record(earlier.get(page.url))
            if record is not None and len(known) < limit:
                known.append(_known(page, record))
        if len(known) >= limit:
            break
    summary.known = len(known)
    summary.learned = learn(known)
    _save(db, summary, run_id)
    return summary


def _earlier_record(where: tuple[str, int | None] | None) -> TitleRecord | None:
    if where is None:
        return None
    path, offset = where
    if offset is None:
        file = Path(path)
        if not file.is_file():
            return None
        record = extract(file.resolve().as_uri(), file.read_bytes())
    else:
        response = read_record(path, offset)
        if response is None:
            return None
        record = extract(response.url, response.body, response.headers)
    return record if isinstance(record, TitleRecord) else None


def heal(db: Database, run_id: int, archive: Path, before: dict[str, float]) -> HealSummary:
    """Learn from the run's archive, then re-parse it: the run's records with what was learned."""
    from marquee.reparse import reparse

    learned = learn_from_history(db, run_id, archive)
    after = reparse([archive], db).tally.coverage() if learned.saved_ids else dict(before)
    return HealSummary(learned, before, after)


def heal_lines(summary: HealSummary) -> list[str]:
    lines = report_lines(summary.learned)
    if not summary.learned.saved_ids:
        return [*lines, "nothing learned: the run's records stay as they are"]
    lines.append("re-parsed the run's pages with what was learned; coverage per field:")
    lines += [f"  {name:<18} {was:.0%} -> {now:.0%}" for name, was, now in summary.changed()]
    return lines
