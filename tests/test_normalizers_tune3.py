"""The normalizers against the tune3 tables (tests/fixtures/realworld/tune3_*.tsv).

Real strings from public pages (box-office reports and film news in 14 languages, each row
with its URL) that the rules of issue 12's third round were written against: runs of
magnitudes ("61 milyon 245 bin 258 seyirci"), a preposition before the counted noun
("1.8 million d'entrées"), Spanish and Portuguese "mil", CJK digit groups ("18만7,791명"),
Chinese numerals in runtimes ("三個半小時"). Every row must be right: these are the
examples the rules stand on. The held-out judge3 tables are scored apart
(tests/test_normalizers_judge.py, benchmarks/judge3.py).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from marquee.normalizers import parse_count, parse_date, parse_money, parse_runtime
from tests.test_normalizers_realworld import read_table


def _money(row: dict[str, str]) -> tuple[object, object]:
    found = parse_money(row["raw_string"])
    got = None if found is None else (found.amount, found.currency)
    return got, (Decimal(row["expected_amount"]), row["expected_currency"] or None)


def _count(row: dict[str, str]) -> tuple[object, object]:
    return parse_count(row["raw_string"]), int(row["expected"])


def _runtime(row: dict[str, str]) -> tuple[object, object]:
    return parse_runtime(row["raw_string"]), int(row["expected_minutes"])


def _date(row: dict[str, str]) -> tuple[object, object]:
    found = parse_date(row["raw_string"], languages=[row["language"]])
    return (None if found is None else found.iso), row["expected"]


CHECKS: dict[str, Callable[[dict[str, str]], tuple[object, object]]] = {
    "tune3_money": _money,
    "tune3_counts": _count,
    "tune3_runtimes": _runtime,
    "tune3_dates": _date,
}
ROWS = [(table, row) for table in CHECKS for row in read_table(table)]


@pytest.mark.parametrize(
    ("table", "row"), ROWS, ids=[f"{table}:{row['raw_string']}" for table, row in ROWS]
)
def test_tune3_row(table: str, row: dict[str, str]) -> None:
    got, expected = CHECKS[table](row)
    assert got == expected, f"from {row['source']}"


def test_tune3_tables_name_their_sources() -> None:
    for table in CHECKS:
        rows = list(read_table(table))
        assert rows and all(row["source"].startswith("http") for row in rows), table
        assert len({row["raw_string"] for row in rows}) == len(rows), f"{table}: duplicates"


def test_tune3_and_judge3_share_no_string() -> None:
    for kind in ("money", "counts", "runtimes", "dates"):
        tuned = {row["raw_string"] for row in read_table(f"tune3_{kind}")}
        judged = {row["raw_string"] for row in read_table(f"judge3_{kind}")}
        assert not tuned & judged, kind
