"""`marquee diff`: what a re-parse of saved pages with the current parser would change in the
stored tables, without writing.

Pages are read as `marquee reparse` reads them (marquee.reparse: discovery, WARC records,
worker processes) and compared a batch at a time with the stored titles, by the rules a write
follows (marquee.db.batch: the newest copy wins, a cut page never replaces a complete one):
per field, how many records would change and a few examples; titles that would be new; pages
that would newly become rejects or stop being rejects.
"""

from __future__ import annotations

import html
import json
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from marquee.archive import DamagedRecord
from marquee.db import Database, migrate, open_database, resolve_db_url
from marquee.db import schema as s
from marquee.db.batch import Item, chosen_titles, would_replace
from marquee.db.history import ADDED, REMOVED, REORDERED, Change, diff, load_snapshots, snapshot_of
from marquee.db.rows import TitleRows, clean_text, utcnow
from marquee.db.upsert import select_in
from marquee.errors import StorageUnavailable
from marquee.items import Reject, TitleRecord
from marquee.reparse import NoPagesFound, Outcome, choose_jobs, discover, iter_tasks, outcomes

BATCH = 500


class DiffFormat(StrEnum):
    TEXT = "text"
    JSON = "json"
    HTML = "html"


@dataclass(slots=True)
class Examples:
    """How many records one kind of change touches, and the first few of them."""

    count: int = 0
    examples: list[dict[str, str]] = field(default_factory=list)

    def add(self, limit: int, **example: str) -> None:
        self.count += 1
        if len(self.examples) < limit:
            self.examples.append(example)


@dataclass(slots=True)
class DiffReport:
    examples: int = 5
    pages: int = 0
    records: int = 0
    rejects: int = 0
    unchanged: int = 0
    changed: int = 0
    not_newer: int = 0  # older than the stored copy, or cut short: a write would keep the stored
    fields: dict[str, Examples] = field(default_factory=dict)
    new_titles: Examples = field(default_factory=Examples)
    new_rejects: Examples = field(default_factory=Examples)
    no_longer_rejects: Examples = field(default_factory=Examples)
    skipped: Counter[str] = field(default_factory=Counter)
    damaged: list[DamagedRecord] = field(default_factory=list)

    @property
    def would_change(self) -> bool:
        return bool(self.changed or self.new_titles.count or self.new_rejects.count
                    or self.no_longer_rejects.count)  # fmt: skip

    def field(self, name: str) -> Examples:
        return self.fields.setdefault(name, Examples())

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["fields"] = {name: asdict(found) for name, found in sorted(self.fields.items())}
        data["damaged"] = [str(record) for record in self.damaged]
        data["would_change"] = self.would_change
        return data


# --- comparing --------------------------------------------------------------------------------


def compare(
    paths: Sequence[Path], db: Database, *, examples: int = 5, jobs: int | None = None
) -> DiffReport:
    """Parse every page under `paths` and compare with `db`; writes nothing."""
    inputs = discover(paths)
    report = DiffReport(examples=examples)
    tasks = iter_tasks(inputs, report.skipped, report.damaged)
    for batch in _batches(outcomes(tasks, jobs=choose_jobs(inputs, jobs)), BATCH):
        db.transaction(partial(_compare_batch, items=batch, report=report, source=db.source),
                       read=True)  # fmt: skip
    return report


def _batches(items: Iterator[Outcome], size: int) -> Iterator[list[Item]]:
    while batch := list(islice(items, size)):
        yield batch


def _compare_batch(conn: sa.Connection, items: list[Item], report: DiffReport, source: str) -> None:
    report.pages += len(items)
    records = [item for item, _ in items if isinstance(item, TitleRecord)]
    report.records += len(records)
    report.rejects += len(items) - len(records)
    _compare_titles(conn, chosen_titles(items, source, utcnow()), report, source)
    _compare_rejects(conn, items, report)


def _compare_titles(
    conn: sa.Connection, chosen: dict[str, TitleRows], report: DiffReport, source: str
) -> None:
    t = s.titles
    columns = [t.c.source_id, t.c.id, t.c.record_hash, t.c.fetched_at, t.c.partial]
    found = select_in(conn, columns, t.c.source_id, list(chosen), t.c.source == source)
    stored = {row.source_id: row for row in found}
    compared: dict[int, TitleRows] = {}
    for key, rows in sorted(chosen.items()):
        row = stored.get(key)
        if row is None:
            report.new_titles.add(report.examples, source_id=key, url=rows.row["url"])
        elif row.record_hash == rows.record_hash:
            report.unchanged += 1
        elif not would_replace(rows, row.fetched_at, bool(row.partial)):
            report.not_newer += 1
        else:
            compared[row.id] = rows
    old = load_snapshots(conn, sorted(compared))
    exact = conn.dialect.name != "sqlite"
    for title_id, rows in compared.items():
        _note_changes(report, rows, diff(old[title_id], snapshot_of(rows), exact_amounts=exact))


def _note_changes(report: DiffReport, rows: TitleRows, changes: list[Change]) -> None:
    if not changes:  # a different hash but the same stored values
        report.unchanged += 1
        return
    report.changed += 1
    by_field: dict[str, list[Change]] = {}
    for change in changes:
        by_field.setdefault(change.field, []).append(change)
    for name, found in by_field.items():
        old, new = _shown(found)
        report.field(name).add(report.examples, source_id=rows.key, old=old, new=new)


def _shown(changes: list[Change]) -> tuple[str, str]:
    """(from, to) of one field's changes: a column's values, or a list's items out and in."""
    if changes[0].change not in (ADDED, REMOVED, REORDERED):
        return _text(changes[0].old), _text(changes[0].new)
    reordered = [c for c in changes if c.change == REORDERED]
    if reordered:
        return _text(reordered[0].old), _text(reordered[0].new)
    removed = "; ".join(c.old or "" for c in changes if c.change == REMOVED)
    added = "; ".join(c.new or "" for c in changes if c.change == ADDED)
    return f"- {removed}" if removed else "", f"+ {added}" if added else ""


def _text(value: str | None) -> str:
    return "null" if value is None else value


def _compare_rejects(conn: sa.Connection, items: list[Item], report: DiffReport) -> None:
    """Pages whose URL holds a title now and would be rejected, or the other way round."""
    urls = {clean_text(page.url) for _, page in items}
    urls |= {clean_text(item.url) for item, _ in items}
    p, r = s.pages, s.rejects
    stored = {row.url for row in select_in(conn, [p.c.url], p.c.url, sorted(urls),
                                            p.c.outcome == "stored")}  # fmt: skip
    rejected = {row.url for row in select_in(conn, [r.c.url], r.c.url, sorted(urls),
                                              r.c.resolved_at.is_(None))}  # fmt: skip
    for item, page in items:
        if isinstance(item, Reject):
            url = clean_text(item.url)
            if url in stored and url not in rejected:
                report.new_rejects.add(report.examples, url=url, reason=item.reason)
        elif {clean_text(page.url), clean_text(item.url)} & rejected:
            report.no_longer_rejects.add(report.examples, url=clean_text(item.url),
                                         source_id=item.source_id)  # fmt: skip


# --- which pages --------------------------------------------------------------------------------


def last_archive(db: Database) -> Path | None:
    """The archive directory of the latest run that recorded one and still exists."""
    r = s.crawl_runs
    stmt = sa.select(r.c.counts).order_by(r.c.id.desc()).limit(100)
    for counts in db.transaction(lambda conn: conn.execute(stmt).scalars().all(), read=True):
        directory = (counts or {}).get("archive_dir") if isinstance(counts, dict) else None
        if directory and Path(directory).is_dir():
            return Path(directory)
    return None


# --- showing ----------------------------------------------------------------------------------


def render(report: DiffReport, fmt: DiffFormat) -> str:
    if fmt is DiffFormat.JSON:
        return json.dumps(report.as_dict(), indent=2, ensure_ascii=False) + "\n"
    if fmt is DiffFormat.HTML:
        return render_html(report)
    return render_text(report)


def _headline(report: DiffReport) -> list[str]:
    verdict = "would change the stored tables" if report.would_change else "nothing would change"
    skipped = sum(report.skipped.values())
    return [
        f"marquee diff: {report.pages} pages ({report.records} records, {report.rejects} rejects,"
        f" {skipped} archived responses skipped): {verdict}",
        f"titles: {report.changed} would change, {report.new_titles.count} would be new,"
        f" {report.unchanged} unchanged, {report.not_newer} older than the stored copy",
        f"rejects: {report.new_rejects.count} pages would newly become rejects,"
        f" {report.no_longer_rejects.count} would stop being rejects",
    ]


def _sections(report: DiffReport) -> Iterator[tuple[str, Examples, tuple[str, ...]]]:
    for name, found in sorted(report.fields.items(), key=lambda item: (-item[1].count, item[0])):
        yield f"{name}: {found.count} records would change", found, ("source_id", "old", "new")
    yield "new titles", report.new_titles, ("source_id", "url")
    yield "pages that would become rejects", report.new_rejects, ("url", "reason")
    yield "pages that would stop being rejects", report.no_longer_rejects, ("url", "source_id")


def render_text(report: DiffReport) -> str:
    lines = _headline(report)
    for title, found, columns in _sections(report):
        if found.count:
            lines.append("")
            lines.append(title if ":" in title else f"{title}: {found.count}")
            lines += [f"  {_example_text(example, columns)}" for example in found.examples]
    return "\n".join(lines) + "\n"


HTML_HEAD = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>marquee diff</title></head><body>'
)


def _example_text(example: dict[str, str], columns: tuple[str, ...]) -> str:
    """ "movie/heat: 170 -> 12" for a field's change, else the columns side by side."""
    if columns == ("source_id", "old", "new"):
        return f"{example['source_id']}: {example['old']} -> {example['new']}"
    return " | ".join(example.get(column, "") for column in columns)


def render_html(report: DiffReport) -> str:
    parts = [HTML_HEAD, *(f"<p>{html.escape(line)}</p>" for line in _headline(report))]
    for title, found, columns in _sections(report):
        if not found.count:
            continue
        heading = title if ":" in title else f"{title}: {found.count}"
        parts.append(f"<h2>{html.escape(heading)}</h2><table><tr>")
        parts += [f"<th>{html.escape(c)}</th>" for c in columns]
        parts.append("</tr>")
        for example in found.examples:
            cells = "".join(f"<td>{html.escape(example.get(c, ''))}</td>" for c in columns)
            parts.append(f"<tr>{cells}</tr>")
        parts.append("</table>")
    parts.append("</body></html>\n")
    return "".join(parts)


# --- the command --------------------------------------------------------------------------------


def open_for_reading(db_url: str | None) -> Database:
    """The database to compare with, as it is: never created, migrated or written."""
    url = resolve_db_url(db_url)
    parsed = make_url(url)
    path = parsed.database
    is_file = parsed.get_backend_name() == "sqlite" and path not in (None, "", ":memory:")
    if is_file and not Path(str(path)).is_file():
        raise StorageUnavailable(f"no database at {path}: nothing to compare with")
    db = open_database(url, upgrade=False)
    if migrate.current_revision(db.engine) != migrate.HEAD:
        db.close()
        raise StorageUnavailable(
            f"{db.url} is not at marquee's current schema (run `marquee db upgrade` first)"
        )
    return db


def pages_to_compare(db: Database, paths: Sequence[Path], fallback: Sequence[Path]) -> list[Path]:
    """The paths given; else the last run's archive; else `fallback` (e.g. the sample pages)."""
    if paths:
        return list(paths)
    archive = last_archive(db)
    if archive is not None:
        return [archive]
    if fallback:
        return list(fallback)
    raise NoPagesFound("no PATH given and no run recorded an archive that still exists")


def main(
    paths: Sequence[Path],
    db_url: str | None,
    fmt: DiffFormat,
    *,
    examples: int = 5,
    jobs: int | None = None,
    fallback: Sequence[Path] = (),
) -> int:
    """`marquee diff`: exit status 0 when nothing would change, 1 when something would."""
    with open_for_reading(db_url) as db:
        chosen = pages_to_compare(db, paths, fallback)
        print(f"comparing {', '.join(map(str, chosen))} with {db.url}", file=sys.stderr)
        report = compare(chosen, db, examples=examples, jobs=jobs)
    sys.stdout.write(render(report, fmt))
    for record in report.damaged:
        print(f"skipped {record}", file=sys.stderr)
    return 1 if report.would_change else 0
