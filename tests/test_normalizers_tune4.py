"""The normalizers against the tune4 tables (tests/fixtures/realworld/tune4_*.tsv).

Real strings from public pages (box-office reports, TV ratings, film news and cinema
programmes in Arabic, Thai, Polish, Czech, Slovak, Finnish, Turkish, Italian, German,
French, Hindi, Indonesian, Vietnamese, Dutch, Spanish and Japanese, each row with its URL)
that the rules of issue 12's fourth round were written against: Arabic and Thai magnitudes
("مليار و206 مليون دولار", "9.95 ล้านบาท"), number words and halves ("dreieinhalb Millionen",
"1 miliardo e mezzo di lire"), Turkish suffixed currencies ("9 milyon dolarlık"), counted
nouns in more languages, Hindi and Indonesian runtimes, runtime ranges ("entre 40 y 50
minutos"), Arabic and labelled dates. Every row must be right; an empty expectation (a range)
wants no value. The held-out judge4 tables are scored apart (tests/test_normalizers_judge.py).
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
    if not row["expected_amount"]:
        return got, None
    return got, (Decimal(row["expected_amount"]), row["expected_currency"] or None)


def _count(row: dict[str, str]) -> tuple[object, object]:
    return parse_count(row["raw_string"]), int(row["expected"])


def _runtime(row: dict[str, str]) -> tuple[object, object]:
    expected = int(row["expected_minutes"]) if row["expected_minutes"] else None
    return parse_runtime(row["raw_string"]), expected


def _date(row: dict[str, str]) -> tuple[object, object]:
    found = parse_date(row["raw_string"], languages=[row["language"]])
    return (None if found is None else found.iso), row["expected"]


CHECKS: dict[str, Callable[[dict[str, str]], tuple[object, object]]] = {
    "tune4_money": _money,
    "tune4_counts": _count,
    "tune4_runtimes": _runtime,
    "tune4_dates": _date,
}
ROWS = [(table, row) for table in CHECKS for row in read_table(table)]


@pytest.mark.parametrize(
    ("table", "row"), ROWS, ids=[f"{table}:{row['raw_string']}" for table, row in ROWS]
)
def test_tune4_row(table: str, row: dict[str, str]) -> None:
    got, expected = CHECKS[table](row)
    assert got == expected, f"from {row['source']}"


def test_tune4_tables_name_their_sources() -> None:
    for table in CHECKS:
        rows = list(read_table(table))
        assert len(rows) >= 14 and all(row["source"].startswith("http") for row in rows), table
        assert len({row["raw_string"] for row in rows}) == len(rows), f"{table}: duplicates"


@pytest.mark.parametrize("kind", ["money", "counts", "runtimes", "dates"])
def test_tune4_shares_no_string_with_another_table(kind: str) -> None:
    tuned = {row["raw_string"] for row in read_table(f"tune4_{kind}")}
    for other in ("judge", "judge2", "judge3", "judge4", "tune3"):
        assert not tuned & {row["raw_string"] for row in read_table(f"{other}_{kind}")}, other
