"""Every SQL block of docs/queries.md runs on SQLite and PostgreSQL and answers its question."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from marquee.db import open_database
from marquee.db.rows import utcnow
from marquee.items import PageMeta, Reject, TitleRecord
from tests.test_export import load_sample

DOC = Path(__file__).parent.parent / "docs" / "queries.md"
BLOCK = re.compile(r"```sql\n(.*?)```", re.DOTALL)
NAME = re.compile(r"^-- name: (\w+)\n")
REJECT = Reject(
    url="https://www.reelguide.example/movie/gone",
    reason="no title on the page",
    details="a heading but no title",
    content_sha256="0" * 64,
    parser_version="test-1",
    fetched_at=utcnow(),
)

Rows = list[dict[str, Any]]
Check = Callable[[Rows, list[TitleRecord]], None]


def doc_queries() -> dict[str, str]:
    queries: dict[str, str] = {}
    for block in BLOCK.findall(DOC.read_text()):
        found = NAME.match(block)
        assert found, f"SQL block without a '-- name:' line: {block[:60]!r}"
        assert found.group(1) not in queries, f"two queries named {found.group(1)}"
        queries[found.group(1)] = block.strip().rstrip(";")
    return queries


# --- what each answer must be, computed from the records themselves ----------------------------


def _non_increasing(rows: Rows, column: str) -> None:
    values = [row[column] for row in rows]
    assert values == sorted(values, reverse=True)


def _counts(rows: Rows, key: str, value: str = "titles") -> dict[str, int]:
    return {row[key]: row[value] for row in rows}


def _platforms(record: TitleRecord) -> list[str]:
    return record.streaming.platforms if record.streaming else []


def check_top_ratio(rows: Rows, records: list[TitleRecord]) -> None:
    same = [r for r in records if r.budget and r.box_office and r.budget.currency
            and r.budget.currency == r.box_office.currency]  # fmt: skip
    ratios = {r.title: float(r.box_office.amount / r.budget.amount) for r in same}  # type: ignore[union-attr]
    best = sorted(ratios, key=lambda title: -ratios[title])[:10]
    assert [row["title"] for row in rows] == best
    for row in rows:
        assert float(row["ratio"]) == pytest.approx(round(ratios[row["title"]], 2))


def check_genres(rows: Rows, records: list[TitleRecord]) -> None:
    assert _counts(rows, "genre") == Counter(g for r in records for g in r.genres)
    _non_increasing(rows, "titles")


def check_countries(rows: Rows, records: list[TitleRecord]) -> None:
    for kind, column in (("movie", "movies"), ("show", "shows")):
        expected = Counter(c for r in records if r.kind == kind for c in r.countries)
        assert {row["country"]: row[column] for row in rows if row[column]} == expected
    assert all(row["titles"] == row["movies"] + row["shows"] for row in rows)
    _non_increasing(rows, "titles")


def check_cast(rows: Rows, records: list[TitleRecord]) -> None:
    heat = next(r for r in records if r.source_id == "movie/heat")
    assert [(row["actor"], row["character"]) for row in rows] == [
        (c.actor, c.character) for c in heat.cast
    ]
    assert [row["billing_order"] for row in rows] == list(range(1, len(heat.cast) + 1))


def check_actors(rows: Rows, records: list[TitleRecord]) -> None:
    appearances = Counter(actor for r in records for actor in {c.actor for c in r.cast})
    assert [row["titles"] for row in rows] == sorted(appearances.values(), reverse=True)[:10]
    assert all(appearances[row["actor"]] == row["titles"] for row in rows)
    assert rows[0]["titles"] > 1


def check_writer_directors(rows: Rows, records: list[TitleRecord]) -> None:
    expected = {(d, r.title) for r in records for d in r.directors if d in r.writers}
    assert {(row["director"], row["title"]) for row in rows} == expected
    assert expected


def check_platform(rows: Rows, records: list[TitleRecord]) -> None:
    expected = sorted(r.title for r in records if "Netflix" in _platforms(r))
    assert [row["title"] for row in rows] == expected
    assert expected


def check_platforms(rows: Rows, records: list[TitleRecord]) -> None:
    assert _counts(rows, "platform") == Counter(p for r in records for p in _platforms(r))
    _non_increasing(rows, "titles")


def check_studios(rows: Rows, records: list[TitleRecord]) -> None:
    expected = Counter(s for r in records for s in r.studios)
    assert all(expected[row["studio"]] == row["titles"] for row in rows)
    assert [row["titles"] for row in rows] == sorted(expected.values(), reverse=True)[:10]


def check_coverage(rows: Rows, records: list[TitleRecord]) -> None:
    (row,) = rows
    assert row["titles"] == len(records)

    def pct(filled: Callable[[TitleRecord], object]) -> float:
        return round(100 * sum(filled(r) is not None for r in records) / len(records), 1)

    assert float(row["release_date_pct"]) == pytest.approx(pct(lambda r: r.release_date))
    assert float(row["budget_pct"]) == pytest.approx(pct(lambda r: r.budget))
    assert float(row["imdb_id_pct"]) == pytest.approx(pct(lambda r: r.imdb_id))
    assert 0 < float(row["ratio_pct"]) < float(row["box_office_pct"]) <= 100


def check_rejects(rows: Rows, records: list[TitleRecord]) -> None:
    assert rows == [{"reason": REJECT.reason, "url": REJECT.url, "details": REJECT.details}]


def check_changes(rows: Rows, records: list[TitleRecord]) -> None:
    heat = next(r for r in records if r.source_id == "movie/heat")
    assert [(row["field"], row["change"], row["old_value"], row["new_value"]) for row in rows] == [
        ("runtime_minutes", "changed", "170", str(heat.runtime_minutes)),
        ("budget_amount", "changed", "60000000", str(heat.budget.amount)),  # type: ignore[union-attr]
        ("genres", "added", None, heat.genres[-1]),
    ]
    assert len({row["run_id"] for row in rows}) == 1


def check_budget_changes(rows: Rows, records: list[TitleRecord]) -> None:
    assert rows == [{"source_id": "movie/heat", "title": "Heat", "field": "budget_amount",
                     "old_value": "60000000", "new_value": "65000000"}]  # fmt: skip


CHECKS: dict[str, Check] = {
    "top_box_office_to_budget": check_top_ratio,
    "titles_per_genre": check_genres,
    "titles_per_country": check_countries,
    "cast_of_title": check_cast,
    "most_credited_actors": check_actors,
    "writer_directors": check_writer_directors,
    "titles_on_platform": check_platform,
    "titles_per_platform": check_platforms,
    "titles_per_studio": check_studios,
    "field_coverage": check_coverage,
    "open_rejects": check_rejects,
    "changes_of_title": check_changes,
    "budget_changes_last_run": check_budget_changes,
}


def test_every_documented_query_has_a_check() -> None:
    assert set(doc_queries()) == set(CHECKS)


def _sequel(records: list[TitleRecord]) -> TitleRecord:
    """A second title sharing two actors with Heat: the sample has no actor in two titles."""
    heat = next(r for r in records if r.source_id == "movie/heat")
    return heat.model_copy(
        update={"source_id": "movie/heat-2", "title": "Heat 2", "cast": heat.cast[:2],
                "url": heat.url + "-2", "content_sha256": "1" * 64}
    )  # fmt: skip


def _page(item: TitleRecord | Reject) -> PageMeta:
    return PageMeta(item.url, item.content_sha256, item.parser_version, item.fetched_at)


def _heat_updated(records: list[TitleRecord]) -> TitleRecord:
    """Heat fetched again in a later run: new runtime and budget, one more genre."""
    heat = next(r for r in records if r.source_id == "movie/heat")
    assert heat.budget is not None
    return heat.model_copy(update={
        "runtime_minutes": 171,
        "budget": heat.budget.model_copy(update={"amount": Decimal(65000000)}),
        "genres": [*heat.genres, "Thriller"], "fetched_at": utcnow(), "content_sha256": "2" * 64,
    })  # fmt: skip


def test_documented_queries_answer_their_questions(db_url: str) -> None:
    records = load_sample(db_url)
    sequel = _sequel(records)
    records.append(sequel)
    heat = _heat_updated(records)
    records = [heat if r.source_id == heat.source_id else r for r in records]
    with open_database(db_url) as db:
        db.write_batch([(REJECT, _page(REJECT)), (sequel, _page(sequel))])
        run = db.start_run(site="reelguide", options={})
        db.write_batch([(heat, _page(heat))], run_id=run)
        db.finish_run(run, status="finished", counts={}, coverage={})
        with db.engine.connect() as conn:
            for name, sql in doc_queries().items():
                rows = [dict(row) for row in conn.execute(sa.text(sql)).mappings()]
                CHECKS[name](rows, records)
