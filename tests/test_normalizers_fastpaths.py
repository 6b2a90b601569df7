"""The normalizers' fast paths for the site's usual formats give exactly what the general
rules give, and they do run on those formats."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from decimal import Decimal

import pytest

from marquee.normalizers import (
    counts,
    dates,
    money,
    parse_count,
    parse_date,
    parse_money,
    parse_runtime,
    runtime,
)

MONEY = [
    f"{symbol}{amount}"
    for symbol, amount in itertools.product(
        "$€£₩₹", ["0", "7", "007", "500", "15,000", "3,600,000", "15,500,000,000", "1,00,000"]
    )
] + [
    "$3,600,000.50",
    "$3.6 million",
    "¥1,900",
    "$ 500",
    "$1,2345",
    "$50 million MXN",
    "$2,000,000 (CAD)",
    "₩155억",
    "₩155",
    "$2 million Canadian dollars",
]
MONEY += [
    f"{symbol}{number}{magnitude}"
    for symbol, number, magnitude in itertools.product(
        "$€£₹",
        ["0", "3", "3.6", "96.05", "2.187", "0.5", "1,200", "007", "1.", ".5"],
        [" thousand", " million", " billion", " crore", " lakh", "k", "m", "bn", "K", "M", "B",
         "BN", " Million", "  million", " mil", " millions", "mn", "bn."],
    )
]  # fmt: skip
RUNTIMES = [
    f"{h}{sep}{m}"
    for h, sep, m in itertools.product(
        ["", "0h", "1h", "2h", "12h"], ["", " "], ["", "0m", "5m", "51m", "75m", "111m"]
    )
] + ["1h 51", "h", "m", "1 h 5 m", "1h  5m", "1h 34m – 1h 40m", "2h35m–2h53m", "1h 34m"]
RUNTIMES += [
    f"{m}{unit}"
    for m, unit in itertools.product(
        ["0", "7", "45", "111", "999", "1000", "007", "1.5"],
        [" min", "min", " mins", " minute", " minutes", " Min", "  min", " min.", " minuti"],
    )
]
COUNTS = [
    f"{n}{noun}"
    for n, noun in itertools.product(
        ["0", "1", "210", "1,600", "1,300,000", "1.4M", "98.1K", "689K", "1.5", "12,4K", "1,600K"],
        ["", " vote", " votes", " ratings", " mil votes"],
    )
]
DATES = [
    f"{month} {day}, {year}"
    for month, day, year in itertools.product(
        ["January", "February", "May", "September", "Sept", "october"],
        ["1", "01", "29", "30", "31"],
        ["1995", "2000", "2001", "0000"],
    )
] + ["October 27 1995", "October 27, 95", "October, 1995"]


def _without_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(money, "_plain_amount", lambda text: None)
    monkeypatch.setattr(runtime, "_short_form", lambda text: None)
    monkeypatch.setattr(counts, "_PLAIN", _NeverMatches())
    monkeypatch.setattr(dates, "_US_LONG", _NeverMatches())


class _NeverMatches:
    def fullmatch(self, text: str) -> None:
        return None


@pytest.mark.parametrize(
    ("normalize", "texts"),
    [(parse_money, MONEY), (parse_runtime, RUNTIMES), (parse_count, COUNTS), (parse_date, DATES)],
)
def test_fast_paths_agree_with_general_rules(
    normalize: Callable[[str], object], texts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = [normalize(text) for text in texts]
    _without_fast_path(monkeypatch)
    general = [normalize(text) for text in texts]
    assert fast == general
    assert list(map(repr, fast)) == list(map(repr, general))  # Decimal("3.6E+6") != "3600000"
    assert any(value is not None for value in fast)


def test_usual_formats_take_the_fast_path() -> None:
    assert money._plain_amount("$3,600,000") == money.Money(Decimal(3600000), "USD")
    assert money._plain_amount("$3.6 million") == money.Money(Decimal(3600000), "USD")
    assert money._plain_amount("₹187 crore") == money.Money(Decimal(1870000000), "INR")
    assert runtime._short_form("1h 51m") == 111
    assert runtime._short_form("111 min") == 111
    assert counts._PLAIN.fullmatch("1,600 votes") is not None
    assert dates._US_LONG.fullmatch("October 27, 1995") is not None
