"""Row history: an update writes exactly what it changed into title_changes; nothing else does."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from marquee.db import open_database
from marquee.db import schema as s
from marquee.items import CastCredit, MoneyValue, PageMeta, TitleRecord
from marquee.reparse import reparse
from tests.test_export import sample_records

T0 = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
T1 = T0 + dt.timedelta(days=1)
PAGES = Path(__file__).parent / "fixtures" / "pages"


def _heat(fetched_at: dt.datetime) -> TitleRecord:
    heat = next(r for r in sample_records() if r.source_id == "movie/heat")
    return heat.model_copy(update={"fetched_at": fetched_at})


def _edited(heat: TitleRecord) -> TitleRecord:
    """Runtime and budget changed; genres: Action out, Thriller in, Crime and Drama swapped;
    cast: Danny Trejo out, Wes Studi in at the end."""
    cast = [*heat.cast[:-1], CastCredit(actor="Wes Studi", character="Sgt. Casals")]
    return heat.model_copy(update={
        "fetched_at": T1, "runtime_minutes": 171, "parser_version": "test-2",
        "budget": MoneyValue(amount=Decimal("65000000.5"), currency="USD"),
        "genres": ["Drama", "Crime", "Thriller"], "cast": cast, "content_sha256": "2" * 64,
    })  # fmt: skip


def _page(record: TitleRecord) -> PageMeta:
    return PageMeta(record.url, record.content_sha256, record.parser_version, record.fetched_at)


def _changes(db_url: str) -> list[dict[str, Any]]:
    c = s.title_changes
    with open_database(db_url) as db, db.engine.connect() as conn:
        return [dict(row) for row in conn.execute(sa.select(c).order_by(c.c.id)).mappings()]


def _what(rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(r["field"], r["change"], r["position"], r["old_value"], r["new_value"]) for r in rows]


def test_an_update_writes_exactly_its_changes(db_url: str) -> None:
    heat = _heat(T0)
    edited = _edited(heat)
    with open_database(db_url) as db:
        db.write_batch([(heat, _page(heat))])
        run = db.start_run(site="reelguide", options={})
        counts = db.write_batch([(edited, _page(edited))], run_id=run)
    assert counts.updated == 1
    rows = _changes(db_url)
    assert _what(rows) == [
        ("runtime_minutes", "changed", None, "170", "171"),
        ("budget_amount", "changed", None, "60000000", "65000000.5"),
        ("genres", "removed", 2, "Action", None),
        ("genres", "added", 2, None, "Thriller"),
        ("genres", "reordered", None, '["Crime", "Drama", "Action"]',
         '["Drama", "Crime", "Thriller"]'),
        ("cast", "removed", 9, "Danny Trejo as Trejo", None),
        ("cast", "added", 9, None, "Wes Studi as Sgt. Casals"),
    ]  # fmt: skip
    assert {(r["run_id"], r["parser_version"]) for r in rows} == {(run, "test-2")}
    with open_database(db_url) as db, db.engine.connect() as conn:
        p = s.pages
        page = conn.execute(sa.select(p.c.id).where(p.c.content_sha256 == "2" * 64)).scalar_one()
        view = conn.execute(sa.text("SELECT source_id, field, page_url FROM v_changes")).all()
    assert {r["page_id"] for r in rows} == {page}
    assert {(v.source_id, v.page_url) for v in view} == {("movie/heat", heat.url)}


def test_inserts_unchanged_records_and_older_copies_write_no_history(db_url: str) -> None:
    heat = _heat(T1)
    older = _edited(heat).model_copy(update={"fetched_at": T0})
    with open_database(db_url) as db:
        assert db.write_batch([(heat, _page(heat))]).inserted == 1
        assert db.write_batch([(heat, _page(heat))]).unchanged == 1
        assert db.write_batch([(older, _page(older))]).unchanged == 1  # an older fetch: refused
    assert _changes(db_url) == []


def test_a_changed_director_and_a_cleared_field(db_url: str) -> None:
    heat = _heat(T0)
    edited = heat.model_copy(update={
        "fetched_at": T1, "directors": ["Michael Mann", "Someone Else"], "tagline": None,
        "streaming": None,
    })  # fmt: skip
    with open_database(db_url) as db:
        db.write_batch([(heat, _page(heat))])
        db.write_batch([(edited, _page(edited))])
    assert _what(_changes(db_url)) == [
        ("tagline", "changed", None, "A Los Angeles crime saga.", None),
        ("streaming_listed", "changed", None, "true", "false"),
        ("streaming_available", "changed", None, "true", None),
        ("streaming_platform_count", "changed", None, "2", None),
        ("streaming_verified_on", "changed", None, "2026-03-02", None),
        ("platforms", "removed", 0, "Max", None),
        ("platforms", "removed", 1, "Apple TV", None),
        ("directors", "added", 1, None, "Someone Else"),
    ]


def test_an_edited_page_reparsed_gives_its_changes(db_url: str, tmp_path: Path) -> None:
    original = (PAGES / "v2-heat.html").read_bytes()
    edited = original.replace(b"<dd class=\"css-28d80b-dd\">2h 50m</dd>",
                              b"<dd class=\"css-28d80b-dd\">2h 55m</dd>")  # fmt: skip
    edited = edited.replace(b"PT2H50M", b"PT2H55M").replace(b"<p class=\"css-e8733c-actor\">"
                            b"Danny Trejo</p><p class=\"css-7d7719-character\">Trejo</p>",
                            b"<p class=\"css-e8733c-actor\">Wes Studi</p>"
                            b"<p class=\"css-7d7719-character\">Sgt. Casals</p>")  # fmt: skip
    assert edited.count(b"Wes Studi") == 1
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "heat.html").write_bytes(original)
    (tmp_path / "b" / "heat.html").write_bytes(edited)
    with open_database(db_url) as db:
        reparse([tmp_path / "a"], db, jobs=1, fetched_at=T0)
        summary = reparse([tmp_path / "b"], db, jobs=1, fetched_at=T1)
    assert summary.counts.updated == 1
    assert _what(_changes(db_url)) == [
        ("runtime_minutes", "changed", None, "170", "175"),
        ("cast", "removed", 9, "Danny Trejo as Trejo", None),
        ("cast", "added", 9, None, "Wes Studi as Sgt. Casals"),
    ]
