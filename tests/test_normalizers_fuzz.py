"""Ordinary bad input never raises: odd strings through every normalizer."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

from marquee.normalizers import (
    clean_text,
    is_placeholder,
    parse_count,
    parse_date,
    parse_money,
    parse_runtime,
)

_PIECES = [
    *"0123456789",
    *" .,:;-–—/\\'\"()[]{}+~%$€£¥₩₹<>&#\t\n\r\x00\x07\xa0\u2009\u200b\ufeff",
    "1,600", "12.4K", "1.4M", "million", "crore", "bn", "kr", "R$", "US$", "h", "min",
    "PT", "P", "H", "M", "S", "T", "1:51", "'", "''", "votes", "October", "Sept.", "31",
    "29 February", "2015", "0000", "9999", "99999999999999999999", "год", "年", "月", "日",
    "&amp;", "&#0;", "&#x110000;", "&bogus;", "N/A", "—", "between", "and", "to", "from",
    "e", "E9999", "NaN", "Infinity", "٣", "²", "१२", "𝟙",
]  # fmt: skip
_NORMALIZERS: list[Callable[[str], object]] = [
    clean_text,
    is_placeholder,
    parse_count,
    parse_money,
    lambda text: parse_money(text, country=["Sweden", "China"]),
    parse_runtime,
    lambda text: parse_date(text, languages=["en"]),
    lambda text: parse_date(text, date_order="DMY"),
]


def _odd_strings(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(_PIECES, k=rng.randint(0, 12))) for _ in range(count)]


@pytest.mark.parametrize("normalize", _NORMALIZERS[:-2])
def test_no_exception_on_odd_strings(normalize: Callable[[str], object]) -> None:
    for text in _odd_strings(3000, seed=20260101):
        normalize(text)


@pytest.mark.parametrize("normalize", _NORMALIZERS[-2:])
def test_dates_no_exception_on_odd_strings(normalize: Callable[[str], object]) -> None:
    # fewer: most odd strings reach dateparser, which is slow by design
    for text in _odd_strings(300, seed=20260102):
        normalize(text)


def test_odd_languages_and_orders_do_not_raise() -> None:
    assert parse_date("11 Mai 2014", languages=["xx-not-a-language"]) is not None
    assert parse_date("03/04/2001", date_order="nonsense") is None
    assert parse_date("03/04/2001", date_order="dmy") is not None
