"""`marquee reparse` + `marquee export` on the sample pages, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from rich.console import Console
from typer.testing import CliRunner

from marquee.archive import WarcArchive
from marquee.cli import app
from marquee.db import Database, open_database, schema
from marquee.db.rows import as_utc
from marquee.errors import StorageUnavailable
from marquee.items import SPEC_KEYS
from marquee.reparse import reparse
from tests.db_records import dump_tables

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = FIXTURES / "pages"
EXPECTED = FIXTURES / "expected"
T_OLD = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
T_NEW = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
runner = CliRunner()


def _expected() -> tuple[dict[str, list[dict[str, Any]]], list[str]]:
    """source_id -> the expected records for it (two saved copies may share one), and rejects."""
    records: dict[str, list[dict[str, Any]]] = defaultdict(list)
    rejects = []
    for path in sorted(EXPECTED.glob("*.json")):
        data = json.loads(path.read_text())
        if data.get("reject"):
            rejects.append(path.stem)
        else:
            records[data["source_id"]].append(data)
    return records, rejects


def _cli(*args: str) -> Any:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result


def _export_lines(db_url: str) -> list[dict[str, Any]]:
    result = _cli("export", "--db", db_url, "--format", "jsonl")
    return [json.loads(line) for line in result.stdout.splitlines()]


def _dump(db_url: str) -> dict[str, list[tuple[Any, ...]]]:
    """All tables but the run log, without the columns that only say "seen again"."""
    with open_database(db_url) as db:
        tables = dump_tables(db.engine)
    del tables["crawl_runs"]
    for name, skip in {"titles": "last_seen_at", "pages": "run_id"}.items():
        index = list(schema.metadata.tables[name].columns.keys()).index(skip)
        tables[name] = [row[:index] + row[index + 1 :] for row in tables[name]]
    return tables


def test_reparse_then_export_reproduces_the_expected_records(db_url: str) -> None:
    expected, reject_names = _expected()
    result = _cli("reparse", str(PAGES), "--db", db_url)
    assert "pages" in result.stdout and "rejected" in result.stdout
    exported = _export_lines(db_url)
    assert [row["source_id"] for row in exported] == sorted(expected)
    for row in exported:
        spec = {key: row[key] for key in SPEC_KEYS}
        assert spec in expected[row["source_id"]], row["source_id"]
    with open_database(db_url) as db:
        rejects = db.unresolved_rejects()
    assert sorted(Path(r["url"]).stem for r in rejects) == reject_names
    assert all(r["reason"] for r in rejects)


def test_a_second_reparse_reports_everything_unchanged_and_changes_no_row(db_url: str) -> None:
    with open_database(db_url) as db:
        first = reparse([PAGES], db)
    before = _dump(db_url)
    with open_database(db_url) as db:
        second = reparse([PAGES], db)
    assert first.counts.inserted == len(_expected()[0])
    assert second.counts.inserted == second.counts.updated == second.counts.failed == 0
    assert second.counts.rejected == first.counts.rejected == len(_expected()[1])
    assert second.pages == first.pages == len(list(PAGES.glob("*.html")))
    # every page is accounted for: two saved copies of one title count once each
    assert second.counts.unchanged == second.pages - second.counts.rejected
    assert first.counts.total == second.counts.total == first.pages
    assert _dump(db_url) == before


def _content(db_url: str) -> tuple[list[dict[str, Any]], list[tuple[Any, ...]]]:
    """What was stored, without ids and timestamps: records, and pages with their outcome."""
    p, r = schema.pages, schema.rejects
    stmt = (
        sa.select(p.c.url, p.c.content_sha256, p.c.archive_path, p.c.outcome, r.c.reason)
        .outerjoin(r, r.c.page_id == p.c.id)
        .order_by(p.c.archive_path)
    )
    with open_database(db_url) as db, db.engine.connect() as conn:
        pages = [tuple(row) for row in conn.execute(stmt)]
    return _export_lines(db_url), pages


def test_worker_processes_store_the_same_as_one_process(tmp_path: Path) -> None:
    stored = []
    for jobs in (1, 2):
        url = f"sqlite:///{tmp_path / f'jobs{jobs}.db'}"
        with open_database(url) as db:
            summary = reparse([PAGES], db, jobs=jobs)
        assert summary.jobs == jobs
        stored.append(_content(url))
    assert len(stored[0][1]) == len(list(PAGES.glob("*.html")))
    assert stored[0] == stored[1]


def _archive(directory: Path, run: str, pages: dict[str, str], fetched_at: dt.datetime) -> Path:
    archive = WarcArchive(directory, run)
    for url, name in pages.items():
        body = (PAGES / name).read_bytes()
        headers = [("Content-Type", "text/html; charset=utf-8"), ("ETag", f'"{name}"')]
        archive.write(url=url, status=200, reason="OK", headers=headers, body=body,
                      fetched_at=fetched_at)  # fmt: skip
    archive.close()
    return archive.directory


HEAT = "https://www.reelguide.example/movie/heat"


def test_warc_archives_keep_fetch_time_status_and_offsets(db_url: str, tmp_path: Path) -> None:
    run = _archive(tmp_path, "new", {HEAT: "v2-heat.html"}, T_NEW)
    with open_database(db_url) as db:
        summary = reparse([run], db)
        with db.engine.connect() as conn:
            page = conn.execute(sa.select(schema.pages)).mappings().one()
    assert (summary.pages, summary.counts.inserted) == (1, 1)
    assert page["url"] == HEAT and page["http_status"] == 200
    assert as_utc(page["fetched_at"]) == T_NEW
    assert page["archive_path"].endswith(".warc.gz") and page["archive_offset"] > 0
    assert page["etag"] == '"v2-heat.html"'
    exported = _export_lines(db_url)
    assert exported[0]["fetched_at"].startswith("2026-03-01T00:00:00")


def test_an_older_saved_copy_never_overwrites_a_newer_fetch(db_url: str, tmp_path: Path) -> None:
    full = json.loads((EXPECTED / "v2-heat.json").read_text())
    newer = _archive(tmp_path, "new", {HEAT: "v2-heat.html"}, T_NEW)
    older = _archive(tmp_path, "old", {HEAT: "v2-truncated-heat.html"}, T_OLD)
    with open_database(db_url) as db:
        reparse([newer], db)
        summary = reparse([older], db)
    assert summary.counts.updated == 0
    (row,) = _export_lines(db_url)
    assert {key: row[key] for key in SPEC_KEYS} == full


def test_a_loose_file_of_unknown_age_never_overwrites_a_fetched_page(
    db_url: str, tmp_path: Path
) -> None:
    full = json.loads((EXPECTED / "v2-heat.json").read_text())
    fetched = _archive(tmp_path, "new", {HEAT: "v2-heat.html"}, T_NEW)
    with open_database(db_url) as db:
        reparse([fetched], db)
        summary = reparse([PAGES / "v2-truncated-heat.html"], db)
    assert summary.counts.updated == 0
    (row,) = _export_lines(db_url)
    assert {key: row[key] for key in SPEC_KEYS} == full


def test_failed_writes_are_kept_and_make_the_exit_status_non_zero(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(self: Database, items: object, *, run_id: int | None = None) -> None:
        raise StorageUnavailable("database went away")

    monkeypatch.setenv("MARQUEE_SPOOL_DIR", str(tmp_path / "spool"))
    monkeypatch.setattr("marquee.pipelines.writer.time.sleep", lambda _s: None)
    monkeypatch.setattr(Database, "write_batch", refuse)
    result = runner.invoke(app, ["reparse", str(PAGES / "v2-heat.html"), "--db", db_url])
    assert result.exit_code == 1, result.output
    assert "not written" in result.stdout and "database went away" in result.stdout
    assert len(list((tmp_path / "spool").glob("*.jsonl"))) == 1


def test_nothing_to_reparse_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["reparse", str(tmp_path), "--db", f"sqlite:///{tmp_path}/x.db"])
    assert result.exit_code == 2
    assert "no HTML or WARC files" in result.output


def test_a_crawl_archive_parses_title_pages_only(db_url: str, tmp_path: Path) -> None:
    archive = WarcArchive(tmp_path, "crawl")
    for url, content_type, body in (
        ("https://www.reelguide.example/robots.txt", "text/plain", b"User-agent: *\n"),
        (HEAT, "text/html", (PAGES / "v2-heat.html").read_bytes()),
    ):
        archive.write(url=url, status=200, reason="OK", headers=[("Content-Type", content_type)],
                      body=body, fetched_at=T_NEW)  # fmt: skip
    archive.close()
    with open_database(db_url) as db:
        summary = reparse([tmp_path / "crawl"], db)
        assert db.unresolved_rejects() == []
    assert (summary.pages, summary.counts.inserted) == (1, 1)
    assert summary.skipped == {"not HTML (text/plain)": 1}


def test_a_non_http_record_in_an_old_archive_is_skipped_with_a_reason(
    db_url: str, tmp_path: Path
) -> None:
    # a file:// response, as archived by the crawler that once fetched sitemap entries of
    # any scheme: warcio reads no status line from it; it was an AttributeError
    archive = WarcArchive(tmp_path, "old")
    for url, body in (
        ("file://127.0.0.1:8000/etc/passwd", b"root:x:0:0:root:/root:/bin/bash\n"),
        ("ftp://127.0.0.1:8000/movie/heat", (PAGES / "v2-heat.html").read_bytes()),
        (HEAT, (PAGES / "v2-heat.html").read_bytes()),
    ):
        archive.write(url=url, status=200, reason="OK", headers=[("Content-Type", "text/html")],
                      body=body, fetched_at=T_NEW)  # fmt: skip
    archive.close()
    result = runner.invoke(app, ["reparse", str(tmp_path / "old"), "--db", db_url])
    assert result.exit_code == 0, result.output
    assert "skipped archived responses (1): not HTTP (file)" in result.output
    assert "skipped archived responses (1): not HTTP (ftp)" in result.output
    with open_database(db_url) as db:
        run = db.last_successful_run()
    assert run is not None
    counts = run["counts"]
    assert (counts["pages"], counts["inserted"], counts["skipped"]) == (1, 1, 2)


def test_progress_is_drawn_on_a_terminal(tmp_path: Path) -> None:
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=100)
    with open_database(f"sqlite:///{tmp_path / 'x.db'}") as db:
        reparse([PAGES / "v2-heat.html", PAGES / "v1-primer.html"], db, console=console)
    assert "re-parsing" in out.getvalue() and "2/2" in out.getvalue()


def test_each_reparse_is_a_recorded_run_with_counts_and_coverage(db_url: str) -> None:
    with open_database(db_url) as db:
        summary = reparse([PAGES / "v2-heat.html", PAGES / "v2-soft-404.html"], db)
        run = db.last_successful_run()
    assert run is not None and run["site"] == "reelguide"
    assert run["options"]["command"] == "reparse"
    assert run["counts"] == {"pages": 2, **summary.counts.as_dict(), "skipped": 0, "partial": 0}
    assert (run["counts"]["inserted"], run["counts"]["rejected"]) == (1, 1)
    assert run["coverage"]["title"] == 1.0 and run["coverage"]["seasons"] == 0.0


def test_pages_of_a_layout_never_seen_are_stored_and_exported(
    db_url: str, tmp_path: Path
) -> None:
    """Pages of redesigns (held-out set 5) go the whole way: stored on both databases with
    their layout recorded as unknown, exported with the records extract() gives."""
    from marquee.extract import extract
    from marquee.items import TitleRecord
    from tests.heldout5 import page

    wanted = {}
    for seed in range(0, 42, 7):  # each design (seed % 6) with another title (seed // 6)
        url, html, _ = page(seed)
        body = html.encode("utf-8")
        (tmp_path / f"redesign-{seed}.html").write_bytes(body)
        record = extract(url, body)
        assert isinstance(record, TitleRecord), record
        wanted[record.source_id] = record.spec_dict()
    with open_database(db_url) as db:
        summary = reparse([tmp_path], db)
    assert (summary.counts.inserted, summary.counts.rejected) == (len(wanted), 0)
    rows = _export_lines(db_url)
    assert {row["source_id"]: {k: row[k] for k in SPEC_KEYS} for row in rows} == wanted
    assert len(wanted) == 6 and "unknown" in {row["layout"] for row in rows}
