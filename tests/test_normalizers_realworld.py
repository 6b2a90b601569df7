"""The normalizers against real-world tables (tests/fixtures/realworld/, see its README).

Each table has an accuracy floor, and every row it misses is listed below with
the reason, in the style of price-parser's XFAIL lists: a new miss fails, and so
does a listed row that starts passing ("unexpected pass: remove from KNOWN_MISSES").
Run with `-s` to see the accuracy of each table.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest

from marquee.normalizers import parse_date, parse_money, parse_runtime

TABLES = Path(__file__).parent / "fixtures" / "realworld"
_ESCAPES = {"\\": "\\", "t": "\t", "r": "\r", "n": "\n"}

_NO_DIGITS = "string without digits: upstream's aspirational amount 1 (README: best skipped)"
_NEEDS_DECIMAL_HINT = "upstream passes a decimal-separator hint; parse_money takes none"
_PRICE_RANGE = "a price range: parse_money refuses ranges by design (film budgets keep raw text)"

_DIGITLESS = ("CND", "KShs", "chf", "so'm", "тг", 'ש"ח', "ש'ח", "د.ع", "د.ل", "ر.ي", "ش.ص")

KNOWN_MISSES: dict[str, dict[str, str]] = {
    "money_film": {
        "($125)": "error in the source text: the page meant $125 million; read as written",
    },
    "money": {
        " 423.923 KD": _NEEDS_DECIMAL_HINT,
        " 123,456.789 OMR": _NEEDS_DECIMAL_HINT,
        "1250€600": _NEEDS_DECIMAL_HINT,
        "$..75,333": _NEEDS_DECIMAL_HINT,
        "841,00 zł – 995,00 zł": _PRICE_RANGE,
        "€ 10.00 € 8.00 – € 10.00": _PRICE_RANGE,
        "From 26 to 50 €": _PRICE_RANGE,
        "£6.95 - £9.95": _PRICE_RANGE,
        "Our Price 344.99 - 444.99": _PRICE_RANGE,
        "Estimate Price: $45,000 - $70,000": _PRICE_RANGE,
        "Buy Now - 2 Litre Was $120.00 Now $60.00": "upstream xfail: first number is a volume",
        "Цена: уточняйте (мин. заказ: 1 )": "upstream xfail: the number is a minimum order",
        "50 - $2.00 100 - $2.75 400 - $4.50 1,000 - $9.00 2,000 - $17.00 3,000 - $24.00 "
        "10,000 - $75.00": "upstream xfail: a quantity price table",
        "July, 2004": "upstream xfail: a date, not a price",
        "16.00 ft": "upstream xfail: a length, not a price",
        "Free Shipping on Orders $49+.": "upstream xfail: a threshold, not a price",
        "1 K": "upstream xfail: K read as thousand (film pages' usage), upstream wants Kina",
        "571.12坪": "坪 is an area unit, not a currency: an unknown word after the number "
        "gives None (issue 12), where upstream reads the bare number",
        "1 美股": "美股 is 'US shares', not a currency sign: an unknown word after the number "
        "gives None (issue 12)",
        **dict.fromkeys(_DIGITLESS, _NO_DIGITS),
    },
    "durations": {
        "115 (24 B./sec.)/110 (25 B./sec.) Minuten": "two runtimes for two frame rates; "
        "no single reading without knowing which one the page means",
    },
    "dates": {
        "11. 12. 2014, 08:45:39": "ambiguous numeric date without a language or order: "
        "never swapped silently (upstream's default reads it month first)",
        "02/09/16": "ambiguous numeric date; English is written both month and day first",
        "9/3/2017": "ambiguous numeric date; English is written both month and day first",
        "2016020417:10": "date and time run together without separators",
        "2016年6月2911:30": "day and time run together (2911:30); a day the text does not show "
        "as a number is refused, so that 'Q4 1995' gets no invented day",
    },
}

THRESHOLDS = {"money_film": 0.95, "money": 0.95, "durations": 0.95, "dates": 0.90}


@dataclass(frozen=True)
class Row:
    raw: str
    ok: bool
    got: object
    expected: object


def _unescape(cell: str) -> str:
    return re.sub(r"\\([\\trn])", lambda match: _ESCAPES[match.group(1)], cell)


def read_table(name: str) -> Iterator[dict[str, str]]:
    """Rows as dicts; raw strings exact (leading and trailing spaces are data)."""
    lines = (TABLES / f"{name}.tsv").read_text(encoding="utf-8").split("\n")
    header = lines[0].split("\t")
    for line in lines[1:]:
        if line:
            yield {key: _unescape(cell) for key, cell in zip(header, line.split("\t"), strict=True)}


def money_film_row(row: dict[str, str]) -> Row:
    got = parse_money(row["raw_string"])
    expected = None
    if row["qualifier"] != "range":
        expected = (Decimal(row["expected_amount"]), row["expected_currency"] or None)
    actual = None if got is None else (got.amount, got.currency)
    return Row(row["raw_string"], actual == expected, actual, expected)


def money_row(row: dict[str, str]) -> Row:
    got = parse_money(row["raw_string"])
    expected = Decimal(row["expected_amount"]) if row["expected_amount"] else None
    actual = None if got is None else got.amount
    return Row(row["raw_string"], actual == expected, actual, expected)


def durations_row(row: dict[str, str]) -> Row:
    got = parse_runtime(row["raw_string"])
    minutes = row["expected_minutes"]
    single = minutes and row["qualifier"] != "range"
    expected = round(Decimal(minutes)) if single else None
    return Row(row["raw_string"], got == expected, got, expected)


def dates_row(row: dict[str, str]) -> Row:
    order = re.search(r"DATE_ORDER=(\w+)", row["note"])
    got = parse_date(
        row["raw_string"],
        languages=[row["language_hint"]] if row["language_hint"] else None,
        date_order=order.group(1) if order else None,
    )
    expected = row["expected_iso_date"] or None
    if row["precision"] == "none":
        expected = None
    actual = None if got is None else got.iso
    return Row(row["raw_string"], actual == expected, actual, expected)


CHECKS: dict[str, Callable[[dict[str, str]], Row]] = {
    "money_film": money_film_row,
    "money": money_row,
    "durations": durations_row,
    "dates": dates_row,
}


@pytest.mark.parametrize("table", sorted(CHECKS))
def test_table_accuracy(table: str, record_property: Callable[[str, object], None]) -> None:
    rows = [CHECKS[table](row) for row in read_table(table)]
    accuracy = sum(row.ok for row in rows) / len(rows)
    print(f"\n{table}: {accuracy:.1%} of {len(rows)} rows (floor {THRESHOLDS[table]:.0%})")
    record_property(f"accuracy_{table}", round(accuracy, 4))
    failing = {row.raw for row in rows if not row.ok}
    known = KNOWN_MISSES[table]
    new_misses = [
        f"{row.raw!r}: got {row.got!r}, expected {row.expected!r}"
        for row in rows
        if not row.ok and row.raw not in known
    ]
    assert not new_misses, "new misses (fix, or list in KNOWN_MISSES with a reason):\n" + "\n".join(
        new_misses
    )
    unexpected = sorted(set(known) - failing)
    assert not unexpected, f"unexpected pass: remove from KNOWN_MISSES[{table!r}]: {unexpected}"
    assert accuracy >= THRESHOLDS[table]


def test_known_misses_name_real_rows() -> None:
    for table, misses in KNOWN_MISSES.items():
        raws = {row["raw_string"] for row in read_table(table)}
        assert set(misses) <= raws, f"{table}: {sorted(set(misses) - raws)}"
        assert all(reason.strip() for reason in misses.values())


def test_tables_load_exactly() -> None:
    """Escapes decoded, spaces kept: the README's loading rules."""
    assert _unescape(r"a\tb\\n\r\nc") == "a\tb\\n\r\nc"
    assert " 423.923 KD" in {row["raw_string"] for row in read_table("money")}
    assert len(list(read_table("dates"))) == 664
    assert len(list(read_table("durations"))) == 80
