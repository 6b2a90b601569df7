"""Never a partial record over good data: cut archive records, damaged records, loose files'
ages and their rejects, on SQLite and PostgreSQL (issue 11)."""

from __future__ import annotations

import datetime as dt
import errno
import gzip
import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from marquee.archive import ArchivedResponse, WarcArchive, read_archive
from marquee.cli import app
from marquee.db import Database, open_database, schema
from marquee.errors import StorageUnavailable
from marquee.items import SPEC_KEYS
from marquee.reparse import DAMAGED, is_partial, reparse

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = FIXTURES / "pages"
EXPECTED = FIXTURES / "expected"
SITE = "https://www.reelguide.example"
AMELIE, HEAT, PARASITE = f"{SITE}/movie/amelie", f"{SITE}/movie/heat", f"{SITE}/movie/parasite"
T_OLD = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
T_NEW = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
runner = CliRunner()


def _archive(
    directory: Path, run: str, pages: dict[str, str], fetched_at: dt.datetime,
    headers: dict[str, str] | None = None, cut: int | None = None,
) -> tuple[Path, list[int]]:  # fmt: skip
    """A WARC of fixture pages; `cut` bytes from the last record: the file ends mid-record."""
    archive = WarcArchive(directory, run)
    offsets = []
    for url, name in pages.items():
        body = (PAGES / name).read_bytes()
        sent = {"Content-Type": "text/html; charset=utf-8", "Content-Length": str(len(body))}
        sent.update(headers or {})
        location = archive.write(url=url, status=200, reason="OK", headers=list(sent.items()),
                                 body=body, fetched_at=fetched_at)  # fmt: skip
        offsets.append(location.offset)
    archive.close()
    (path,) = archive.files
    if cut is not None:
        data = path.read_bytes()
        path.write_bytes(data[: offsets[-1] + (len(data) - offsets[-1]) * cut // 100])
    return path, offsets


def _spec(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXPECTED / f"{name}.json").read_text())
    return data


def _titles(db_url: str) -> dict[str, dict[str, Any]]:
    with open_database(db_url) as db, db.engine.connect() as conn:
        rows = conn.execute(sa.select(schema.titles)).mappings().all()
    return {row["source_id"]: dict(row) for row in rows}


def _exported(db_url: str) -> dict[str, dict[str, Any]]:
    result = runner.invoke(app, ["export", "--db", db_url, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    return {row["source_id"]: {key: row[key] for key in SPEC_KEYS} for row in rows}


def _credits(db_url: str, source_id: str) -> int:
    t, c = schema.titles, schema.credits
    with open_database(db_url) as db, db.engine.connect() as conn:
        stmt = sa.select(sa.func.count()).select_from(c.join(t)).where(t.c.source_id == source_id)
        return int(conn.execute(stmt).scalar_one())


# --- a record cut short -------------------------------------------------------------------------


def test_a_warc_record_cut_mid_record_never_overwrites_a_complete_row(
    db_url: str, tmp_path: Path
) -> None:
    complete, _ = _archive(tmp_path, "old", {AMELIE: "v2-amelie.html"}, T_OLD)
    cut, _ = _archive(tmp_path, "new", {AMELIE: "v2-amelie.html"}, T_NEW, cut=60)
    (response,) = read_archive([cut])
    assert response.cut and is_partial(response)
    with open_database(db_url) as db:
        reparse([complete], db)
        credits = _credits(db_url, "movie/amelie")
        summary = reparse([cut], db)
    assert summary.ok and summary.partial == 1 and summary.counts.updated == 0
    assert _exported(db_url)["movie/amelie"] == _spec("v2-amelie")
    assert _credits(db_url, "movie/amelie") == credits > 1
    assert _titles(db_url)["movie/amelie"]["partial"] is False
    result = runner.invoke(app, ["reparse", str(cut), "--db", db_url])
    assert result.exit_code == 0, result.output


def test_a_cut_page_creates_a_missing_title_flagged_partial_and_a_complete_copy_replaces_it(
    db_url: str, tmp_path: Path
) -> None:
    cut, _ = _archive(tmp_path, "new", {AMELIE: "v2-amelie.html"}, T_NEW, cut=60)
    complete, _ = _archive(tmp_path, "old", {AMELIE: "v2-amelie.html"}, T_OLD)
    with open_database(db_url) as db:
        first = reparse([cut], db)
        assert first.counts.inserted == 1
        assert _titles(db_url)["movie/amelie"]["partial"] is True
        second = reparse([complete], db)  # older, but complete
    assert second.counts.updated == 1
    assert _titles(db_url)["movie/amelie"]["partial"] is False
    assert _exported(db_url)["movie/amelie"] == _spec("v2-amelie")


def test_a_body_short_of_its_content_length_is_partial(db_url: str, tmp_path: Path) -> None:
    size = len((PAGES / "v2-heat.html").read_bytes())
    complete, _ = _archive(tmp_path, "old", {HEAT: "v2-heat.html"}, T_OLD)
    short, _ = _archive(tmp_path, "new", {HEAT: "v2-truncated-heat.html"}, T_NEW,
                        headers={"Content-Length": str(size)})  # fmt: skip
    (response,) = read_archive([short])
    assert not response.cut and is_partial(response)
    with open_database(db_url) as db:
        reparse([complete], db)
        summary = reparse([short], db)
    assert summary.partial == 1 and summary.counts.updated == 0
    assert _exported(db_url)["movie/heat"] == _spec("v2-heat")


def test_completeness_is_read_from_the_length_or_the_closing_tag() -> None:
    def response(body: bytes, headers: dict[str, str]) -> ArchivedResponse:
        return ArchivedResponse(HEAT, body, headers, T_NEW, 200, "x.warc.gz", 0)

    page = b"<html><body>Heat</body></html>"
    assert not is_partial(response(page, {"Content-Length": str(len(page))}))
    assert is_partial(response(page[:-7], {"Content-Length": str(len(page))}))
    assert is_partial(response(page[:-7], {}))  # no length: cut before </html>
    assert not is_partial(response(page, {}))
    # a body stored decoded is longer or shorter than what was sent: the length says nothing
    gzipped = {"Content-Length": "10", "Content-Encoding": "gzip"}
    assert not is_partial(response(page + b"x" * 40, gzipped))


# --- a damaged record ---------------------------------------------------------------------------


def test_a_corrupt_record_is_skipped_with_a_reason_and_the_archive_read_on(
    db_url: str, tmp_path: Path
) -> None:
    pages = {AMELIE: "v2-amelie.html", HEAT: "v2-heat.html", PARASITE: "v2-parasite.html"}
    path, offsets = _archive(tmp_path, "run", pages, T_NEW)
    data = bytearray(path.read_bytes())
    for index in range(offsets[1] + 20, offsets[1] + 60):
        data[index] ^= 0x55
    path.write_bytes(bytes(data))
    with open_database(db_url) as db:
        summary = reparse([path], db)
    assert summary.ok and summary.pages == 2
    assert sorted(_titles(db_url)) == ["movie/amelie", "movie/parasite"]
    assert summary.skipped[DAMAGED] == 1
    (damaged,) = summary.damaged
    assert (damaged.path, damaged.offset) == (str(path), offsets[1]) and damaged.error
    result = runner.invoke(app, ["reparse", str(path), "--db", db_url])
    assert result.exit_code == 0, result.output
    assert f"{DAMAGED}" in result.stdout and f"at byte {offsets[1]}" in result.stdout


def test_garbage_between_records_of_an_uncompressed_archive_is_skipped(tmp_path: Path) -> None:
    pages = {AMELIE: "v2-amelie.html", HEAT: "v2-heat.html"}
    path, _ = _archive(tmp_path, "run", pages, T_NEW)
    plain = gzip.decompress(path.read_bytes())
    start = plain.index(b"WARC/1.1", plain.index(b"WARC-Type: response") - 200)
    broken = plain[:start] + b"garbage\r\n" + plain[start + 3 :]
    target = tmp_path / "plain.warc"
    target.write_bytes(broken)
    damaged: list[Any] = []
    urls = [response.url for response in read_archive([target], damaged)]
    assert len(damaged) == 1 and urls == [HEAT]


# --- loose files --------------------------------------------------------------------------------


def _copy(name: str, folder: Path, mtime: dt.datetime, text: tuple[str, str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    body = (PAGES / name).read_text(encoding="utf-8")
    if text is not None:
        assert text[0] in body
        body = body.replace(*text)
    target.write_text(body, encoding="utf-8")
    os.utime(target, (mtime.timestamp(), mtime.timestamp()))
    return target


EDIT = ("A Los Angeles crime saga.", "A Los Angeles crime saga, edited.")


def test_a_loose_file_is_as_old_as_its_modification_time(db_url: str, tmp_path: Path) -> None:
    _copy("v2-heat.html", tmp_path / "a-new", T_NEW, EDIT)
    _copy("v2-heat.html", tmp_path / "b-old", T_OLD)
    with open_database(db_url) as db:
        summary = reparse([tmp_path / "a-new", tmp_path / "b-old"], db)  # the older read last
    assert summary.counts.inserted == 1
    assert _exported(db_url)["movie/heat"]["tagline"].endswith("edited.")


def test_fetched_at_overrides_the_modification_time(db_url: str, tmp_path: Path) -> None:
    _copy("v2-heat.html", tmp_path / "new", T_NEW)
    edited = _copy("v2-heat.html", tmp_path / "old", T_OLD, EDIT)
    args = ["--db", db_url]
    assert runner.invoke(app, ["reparse", str(tmp_path / "new"), *args]).exit_code == 0
    assert runner.invoke(app, ["reparse", str(edited), *args]).exit_code == 0
    assert not _exported(db_url)["movie/heat"]["tagline"].endswith("edited.")
    later = ["--fetched-at", "2026-06-01T00:00:00Z"]
    result = runner.invoke(app, ["reparse", str(edited), *args, *later])
    assert result.exit_code == 0, result.output
    assert _exported(db_url)["movie/heat"]["tagline"].endswith("edited.")
    bad = runner.invoke(app, ["reparse", str(edited), *args, "--fetched-at", "yesterday"])
    assert bad.exit_code == 2 and "--fetched-at" in bad.output


def test_in_one_run_a_complete_page_beats_a_newer_cut_one(db_url: str, tmp_path: Path) -> None:
    for batch_size in (500, 1):  # one batch, and the cut copy in a later batch
        if batch_size == 1:
            with open_database(db_url) as db, db.engine.begin() as conn:
                for table in reversed(schema.metadata.sorted_tables):
                    if table.name != "crawl_runs":
                        conn.execute(sa.delete(table))
        folder = tmp_path / f"sample-{batch_size}"
        _copy("v2-heat.html", folder, T_OLD)
        _copy("v2-truncated-heat.html", folder, T_NEW)  # read last, newer, no cast
        with open_database(db_url) as db:
            summary = reparse([folder], db, batch_size=batch_size)
        assert summary.partial == 1
        assert _exported(db_url)["movie/heat"] == _spec("v2-heat"), batch_size
        assert _titles(db_url)["movie/heat"]["partial"] is False


# --- rejects of loose files ---------------------------------------------------------------------

BROKEN = (
    '<html><head><link rel="canonical" href="https://www.reelguide.example/movie/heat">'
    "<title>Down for maintenance</title></head><body><p>Back soon</p></body></html>"
)


def test_a_saved_files_reject_is_keyed_by_its_canonical_url_and_resolved_by_the_fix(
    db_url: str, tmp_path: Path
) -> None:
    for folder in ("monday", "tuesday"):
        (tmp_path / folder).mkdir()
        broken = tmp_path / folder / "heat.html"
        broken.write_text(BROKEN)
        os.utime(broken, (T_OLD.timestamp(), T_OLD.timestamp()))
    with open_database(db_url) as db:
        first = reparse([tmp_path / "monday"], db)
        reparse([tmp_path / "tuesday"], db)
        assert first.counts.rejected == 1
        rejects = db.unresolved_rejects()
    assert [r["url"] for r in rejects] == [HEAT]  # one, under the page's URL, not file://
    _copy("v2-heat.html", tmp_path / "fixed", T_NEW)
    with open_database(db_url) as db:
        reparse([tmp_path / "fixed"], db)
        assert db.unresolved_rejects() == []


def test_a_reject_without_a_canonical_url_keeps_its_file_url(db_url: str, tmp_path: Path) -> None:
    page = tmp_path / "nowhere.html"
    page.write_text("<html><head><title>x</title></head><body><p>nothing</p></body></html>")
    shutil.copy(PAGES / "v2-soft-404.html", tmp_path / "soft.html")
    with open_database(db_url) as db:
        reparse([tmp_path], db)
        urls = sorted(r["url"] for r in db.unresolved_rejects())
    assert all(url.startswith("file://") for url in urls) and len(urls) == 2


# --- a full disk under the spool ----------------------------------------------------------------


def _full_disk(monkeypatch: pytest.MonkeyPatch, spool: Path) -> None:
    """The database refuses every batch, and the spool's disk is full: a write makes the file,
    then fails with ENOSPC (what left a 0-byte temp file)."""

    def refuse(self: Database, items: object, *, run_id: int | None = None) -> None:
        raise StorageUnavailable("database or disk is full")

    real_write = Path.write_text

    def full(self: Path, *args: Any, **kwargs: Any) -> int:
        if spool in self.parents:
            self.touch()
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(self, *args, **kwargs)

    monkeypatch.setenv("MARQUEE_SPOOL_DIR", str(spool))
    monkeypatch.setattr("marquee.pipelines.writer.time.sleep", lambda _s: None)
    monkeypatch.setattr(Database, "write_batch", refuse)
    monkeypatch.setattr(Path, "write_text", full)


def test_a_batch_neither_written_nor_spooled_is_counted_lost_and_exits_2(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spool = tmp_path / "spool"
    _full_disk(monkeypatch, spool)
    result = runner.invoke(app, ["reparse", str(PAGES / "v2-heat.html"), "--db", db_url])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and isinstance(result.exception, SystemExit)
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: 1 records lost: not written, and not kept in {spool}: No space left on device"
    ]
    assert list(spool.iterdir()) == []  # no partial spool file
    with open_database(db_url) as db, db.engine.connect() as conn:
        run = conn.execute(sa.select(schema.crawl_runs)).mappings().one()
    assert run["status"] == "failed"
    assert run["counts"]["failed"] == run["counts"]["lost"] == 1


def test_a_loss_is_still_one_line_when_the_run_cannot_be_recorded(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _full_disk(monkeypatch, tmp_path / "spool")

    def refuse(self: Database, *args: Any, **kwargs: Any) -> None:
        raise StorageUnavailable("database or disk is full")

    monkeypatch.setattr(Database, "finish_run", refuse)
    with open_database(db_url) as db:
        summary = reparse([PAGES / "v2-heat.html", PAGES / "v2-amelie.html"], db, batch_size=1)
    assert not summary.ok and summary.lost == 1 and summary.counts.failed == 1
    assert summary.errors[0].startswith("1 records lost")
    assert summary.errors[1].startswith("run ") and "not recorded" in summary.errors[1]
