"""`marquee diff`: a parser change reported against the stored tables, without writing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from marquee.archive import WarcArchive
from marquee.cli import app
from marquee.db import open_database
from marquee.db import schema as s
from marquee.db.rows import utcnow
from marquee.items import TitleRecord
from marquee.parsers import labels
from marquee.reparse import discover, iter_tasks, process, reparse

PAGES = Path(__file__).parent / "fixtures" / "pages"
# one file per title: a second copy of a title would make the expected counts depend on mtimes
DUPLICATES = {"v1-the-office.html", "v2-truncated-heat.html"}
PUBLIC = "https://www.reelguide.example"
REJECTED = (
    f'<html><head><link rel="canonical" href="{PUBLIC}/movie/heat-2"></head><body></body></html>'
)


@pytest.fixture
def stored(db_url: str, tmp_path: Path) -> Path:
    """The sample pages, and a page rejected for want of a title, re-parsed into db_url."""
    pages = tmp_path / "pages"
    pages.mkdir()
    for path in PAGES.glob("*.html"):
        if path.name not in DUPLICATES:
            shutil.copy(path, pages / path.name)
    (pages / "heat-2.html").write_text(REJECTED)
    with open_database(db_url) as db:
        summary = reparse([pages], db, jobs=1)
    assert summary.counts.rejected == 2  # the soft 404 and heat-2
    return pages


def _diff(pages: Path, db_url: str, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["diff", str(pages), "--db", db_url, "--jobs", "1", *args])
    return result.exit_code, result.stdout


def _json(pages: Path, db_url: str, *args: str) -> tuple[int, dict[str, Any]]:
    code, out = _diff(pages, db_url, "--format", "json", *args)
    return code, json.loads(out)


def _table_sizes(db_url: str) -> dict[str, int]:
    with open_database(db_url) as db, db.engine.connect() as conn:
        return {name: conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
                for name, table in s.metadata.tables.items()}  # fmt: skip


def _records(pages: Path) -> dict[str, TitleRecord]:
    found = {}
    for task in iter_tasks(discover([pages])):
        item, _ = process(task)
        if isinstance(item, TitleRecord):
            assert item.source_id not in found
            found[item.source_id] = item
    return found


def test_an_unchanged_parser_changes_nothing_and_exits_0(stored: Path, db_url: str) -> None:
    before = _table_sizes(db_url)
    code, out = _diff(stored, db_url)
    assert code == 0, out
    assert "nothing would change" in out
    code, report = _json(stored, db_url)
    assert code == 0
    assert (report["changed"], report["unchanged"]) == (0, report["records"])
    assert report["fields"] == {} and report["new_titles"]["count"] == 0
    assert _table_sizes(db_url) == before


def test_a_label_table_edit_is_reported_with_its_counts_and_exits_1(
    stored: Path, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = _records(stored)
    # "User Ratings" rows read as the number of seasons: shows whose page has such a row change
    monkeypatch.setitem(labels._LOOKUP, "user ratings", "seasons")
    labels.field_for.cache_clear()
    labels.row_field_for.cache_clear()
    new = _records(stored)
    changed = sorted(key for key in old if old[key].seasons != new[key].seasons)
    assert changed and all(old[k].spec_dict() | {"seasons": 0} == new[k].spec_dict()
                           | {"seasons": 0} for k in old)  # fmt: skip
    before = _table_sizes(db_url)

    code, report = _json(stored, db_url, "--examples", "2")
    text_code, text = _diff(stored, db_url)

    labels.field_for.cache_clear()
    labels.row_field_for.cache_clear()
    assert code == 1
    assert report["changed"] == len(changed)
    assert report["unchanged"] == report["records"] - len(changed)
    assert report["fields"] == {"seasons": {"count": len(changed), "examples": [
        {"source_id": key, "old": str(old[key].seasons), "new": str(new[key].seasons)}
        for key in changed[:2]
    ]}}  # fmt: skip
    first = changed[0]
    assert text_code == 1
    assert f"seasons: {len(changed)} records would change" in text
    assert f"  {first}: {old[first].seasons} -> {new[first].seasons}" in text
    assert _table_sizes(db_url) == before


def test_pages_that_would_become_or_stop_being_rejects(stored: Path, db_url: str) -> None:
    heat = (stored / "v2-heat.html").read_text()
    heat_2 = heat.replace(f"{PUBLIC}/movie/heat", f"{PUBLIC}/movie/heat-2")
    (stored / "heat-2.html").write_text(heat_2)
    (stored / "v2-heat.html").write_text(REJECTED.replace("heat-2", "heat"))

    code, report = _json(stored, db_url)

    assert code == 1
    assert report["new_rejects"] == {"count": 1, "examples": [
        {"url": f"{PUBLIC}/movie/heat", "reason": "no title on the page"}]}  # fmt: skip
    assert report["no_longer_rejects"] == {"count": 1, "examples": [
        {"url": f"{PUBLIC}/movie/heat-2", "source_id": "movie/heat-2"}]}  # fmt: skip
    assert report["new_titles"]["count"] == 1
    code, text = _diff(stored, db_url, "--format", "html")
    assert code == 1 and "<h2>new titles: 1</h2>" in text
    code, text = _diff(stored, db_url)
    assert "1 pages would newly become rejects, 1 would stop being rejects" in text


def test_no_database_is_an_error_and_none_is_created(tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    result = CliRunner().invoke(app, ["diff", str(PAGES), "--db", f"sqlite:///{missing}"])
    assert result.exit_code == 2
    assert "no database" in result.output
    assert not missing.exists()


def test_without_paths_the_last_runs_archive_else_the_fallback(db_url: str, tmp_path: Path) -> None:
    with open_database(db_url) as db:
        run = db.start_run(site="reelguide", options={})
        db.finish_run(run, status="finished", counts={}, coverage={})
    code, report = _json_default(db_url, "--fallback", str(PAGES))
    assert report["pages"] == len(list(PAGES.glob("*.html")))

    archive = WarcArchive(tmp_path / "archive", "run-2")
    for name in ("v2-heat.html", "v2-bao.html"):
        body = (PAGES / name).read_bytes()
        archive.write(url=f"{PUBLIC}/movie/{name[3:-5]}", status=200, reason="OK", body=body,
                      headers=[("Content-Type", "text/html")], fetched_at=utcnow())  # fmt: skip
    archive.close()
    with open_database(db_url) as db:
        run = db.start_run(site="reelguide", options={})
        counts = {"archive_dir": str(archive.directory)}
        db.finish_run(run, status="finished", counts=counts, coverage={})
    code, report = _json_default(db_url, "--fallback", str(PAGES))
    assert (code, report["pages"], report["new_titles"]["count"]) == (1, 2, 2)

    shutil.rmtree(archive.directory)
    result = CliRunner().invoke(app, ["diff", "--db", db_url])
    assert result.exit_code == 2
    assert "no PATH given and no run recorded an archive" in result.output


def _json_default(db_url: str, *args: str) -> tuple[int, dict[str, Any]]:
    result = CliRunner().invoke(app, ["diff", "--db", db_url, "--format", "json", "--jobs", "1",
                                      *args])  # fmt: skip
    return result.exit_code, json.loads(result.stdout)
