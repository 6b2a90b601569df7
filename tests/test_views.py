"""The analyst views, created by the migrations, on SQLite and PostgreSQL."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command

from marquee.db import open_database
from marquee.db.migrate import alembic_config
from marquee.items import TitleRecord
from tests.test_export import load_sample

VIEWS = (
    "v_titles", "v_cast", "v_credits",
    "v_title_genres", "v_title_countries", "v_title_studios", "v_title_platforms", "v_changes",
)  # fmt: skip


@pytest.fixture
def loaded(db_url: str) -> Iterator[tuple[sa.Engine, list[TitleRecord]]]:
    records = load_sample(db_url)
    with open_database(db_url) as db:
        yield db.engine, records


def _rows(engine: sa.Engine, sql: str) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        return [dict(row) for row in conn.execute(sa.text(sql)).mappings()]


def _ratio(record: TitleRecord) -> float | None:
    budget, box_office = record.budget, record.box_office
    if not budget or not box_office or budget.currency != box_office.currency:
        return None
    return float(box_office.amount / budget.amount) if budget.amount > 0 else None


def test_migrations_create_every_view(db_url: str) -> None:
    with open_database(db_url) as db:
        assert set(VIEWS) <= set(sa.inspect(db.engine).get_view_names())


def test_v_titles_has_one_row_per_title_and_the_ratio_only_in_one_currency(loaded: Any) -> None:
    engine, records = loaded
    rows = {row["source_id"]: row for row in _rows(engine, "SELECT * FROM v_titles")}
    assert set(rows) == {r.source_id for r in records}
    with_ratio = 0
    for record in records:
        row, expected = rows[record.source_id], _ratio(record)
        assert row["title"] == record.title
        assert row["release_year"] == record.release_year
        if expected is None:
            assert row["box_office_to_budget"] is None, record.source_id
        else:
            with_ratio += 1
            assert row["box_office_to_budget"] == pytest.approx(expected), record.source_id
    assert 0 < with_ratio < len(records)  # the sample has both kinds


def test_v_cast_lists_every_credit_in_billing_order(loaded: Any) -> None:
    engine, records = loaded
    rows = _rows(engine, "SELECT * FROM v_cast ORDER BY source_id, billing_order")
    assert len(rows) == sum(len(r.cast) for r in records)
    for record in records:
        mine = [row for row in rows if row["source_id"] == record.source_id]
        assert [row["billing_order"] for row in mine] == list(range(1, len(record.cast) + 1))
        assert [(row["actor"], row["character"]) for row in mine] == [
            (c.actor, c.character) for c in record.cast
        ]


def test_v_credits_has_directors_and_writers_too(loaded: Any) -> None:
    engine, records = loaded
    rows = _rows(engine, "SELECT role, COUNT(*) AS n FROM v_credits GROUP BY role")
    assert {row["role"]: row["n"] for row in rows} == {
        "cast": sum(len(r.cast) for r in records),
        "director": sum(len(r.directors) for r in records),
        "writer": sum(len(r.writers) for r in records),
    }


@pytest.mark.parametrize(
    ("view", "column", "field"),
    [
        ("v_title_genres", "genre", "genres"),
        ("v_title_countries", "country", "countries"),
        ("v_title_studios", "studio", "studios"),
        ("v_title_platforms", "platform", "platforms"),
    ],
)
def test_link_views_keep_page_order(loaded: Any, view: str, column: str, field: str) -> None:
    engine, records = loaded
    rows = _rows(engine, f"SELECT * FROM {view} ORDER BY source_id, page_order")
    for record in records:
        if field == "platforms":
            expected = record.streaming.platforms if record.streaming else []
        else:
            expected = getattr(record, field)
        assert [r[column] for r in rows if r["source_id"] == record.source_id] == expected
    assert len(rows) > 0


def test_views_go_away_on_downgrade_and_come_back(db_url: str) -> None:
    with open_database(db_url) as db:
        with db.engine.begin() as conn:
            command.downgrade(alembic_config(conn), "0001")
        assert not set(VIEWS) & set(sa.inspect(db.engine).get_view_names())
        with db.engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")
        assert set(VIEWS) <= set(sa.inspect(db.engine).get_view_names())


PLAIN_COUNTS = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
for view in sys.argv[2:]:
    print(view + "|" + str(conn.execute("SELECT COUNT(*) FROM " + view).fetchone()[0]))
"""


def _counts(command_line: list[str]) -> dict[str, int]:
    out = subprocess.run(command_line, capture_output=True, text=True, check=True).stdout
    return {name: int(count) for name, count in (line.split("|") for line in out.splitlines())}


def _plain_sqlite_counts(path: Path) -> dict[str, int]:
    """Each view's row count, read by Python without marquee loaded and by the sqlite3 shell."""
    counts = _counts([sys.executable, "-I", "-c", PLAIN_COUNTS, str(path), *VIEWS])
    shell = shutil.which("sqlite3")
    if shell:
        sql = "".join(f"SELECT '{view}', COUNT(*) FROM {view};" for view in VIEWS)
        assert _counts([shell, "-bail", "-separator", "|", str(path), sql]) == counts
    return counts


def test_the_sqlite_file_opens_cleanly_without_marquee(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'marquee.db'}"
    records = load_sample(url)
    counts = _plain_sqlite_counts(tmp_path / "marquee.db")
    assert counts["v_titles"] == len(records)
    assert counts["v_cast"] == sum(len(r.cast) for r in records)
    with sqlite3.connect(tmp_path / "marquee.db") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        sql = "SELECT box_office_to_budget FROM v_titles WHERE source_id = ?"
        ratio = conn.execute(sql, ("movie/paranormal-activity",)).fetchone()[0]
    assert ratio == pytest.approx(float(Decimal(193400000) / Decimal(15000)))
