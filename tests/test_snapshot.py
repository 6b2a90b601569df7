"""`marquee export --format sqlite`: the whole database, from SQLite or PostgreSQL, as a SQLite
file that gives back the same records, runs and rejects, with the analysts' views."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from typer.testing import CliRunner

from marquee.cli import app
from marquee.db import open_database, schema
from marquee.export import ExportFormat, export
from tests.test_queries_doc import doc_queries
from tests.test_report import make_runs


def _jsonl(db_url: str) -> str:
    out = io.StringIO()
    with open_database(db_url) as db:
        export(db.engine, ExportFormat.JSONL, None, out)
    return out.getvalue()


def _rows(db_url: str, query: str | sa.Select[Any]) -> list[tuple[Any, ...]]:
    stmt = sa.text(query) if isinstance(query, str) else query
    with open_database(db_url) as db, db.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(stmt)]


def test_the_snapshot_holds_the_same_records_runs_rejects_and_views(
    db_url: str, tmp_path: Path
) -> None:
    run_ids = make_runs(db_url)
    target = tmp_path / "snapshot.db"
    target.write_text("an older snapshot")  # replaced whole
    done = CliRunner().invoke(app, ["export", "--db", db_url, "--format", "sqlite",
                                    "-o", str(target)])  # fmt: skip
    assert done.exit_code == 0, done.output
    (titles,), = _rows(db_url, "SELECT COUNT(*) FROM titles")
    assert titles > 20 and f"exported {titles} titles" in done.stderr
    copy = f"sqlite:///{target}"
    assert _jsonl(copy) == _jsonl(db_url)
    r = schema.crawl_runs
    runs = sa.select(r.c.id, r.c.status, r.c.counts, r.c.coverage, r.c.started_at).order_by(r.c.id)
    copied, original = _rows(copy, runs), _rows(db_url, runs)
    assert [row[0] for row in copied] == run_ids
    assert [row[1:4] for row in copied] == [row[1:4] for row in original]
    assert [_utc(row[4]) for row in copied] == [_utc(row[4]) for row in original]
    rejects = "SELECT url, reason, page_id FROM rejects ORDER BY url"
    assert _rows(copy, rejects) == _rows(db_url, rejects) and len(_rows(copy, rejects)) == 6
    genres = doc_queries()["titles_per_genre"]
    assert _rows(copy, genres) == _rows(db_url, genres)


def _utc(value: dt.datetime) -> dt.datetime:
    return value.astimezone(dt.UTC) if value.tzinfo else value.replace(tzinfo=dt.UTC)


def test_a_snapshot_needs_a_file(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'm.db'}"
    refused = CliRunner().invoke(app, ["export", "--db", db_url, "--format", "sqlite"])
    assert refused.exit_code == 2
    assert "give --output FILE" in refused.stderr
