"""Ordinary bad input never raises: odd strings through every normalizer."""

from __future__ import annotations

import random
from collections.abc import Callable
from decimal import Decimal

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


def _known_words() -> list[str]:
    """The number, magnitude and unit words the normalizers look up after a case-blind
    pattern found them."""
    from marquee.normalizers import numbers, runtime

    return sorted({*numbers.NUMBER_WORDS, *numbers.MAGNITUDES, *runtime._UNIT_OF})


def _cased(word: str) -> list[str]:
    # what a case-blind pattern takes for the word: upper case, and i as dotless or dotted
    return [word.upper(), word.replace("i", "ı"), word.upper().replace("I", "İ")]


@pytest.mark.parametrize("normalize", [parse_count, parse_money, parse_runtime])
def test_known_words_in_any_case_never_raise(normalize: Callable[[str], object]) -> None:
    # looked up casefolded, "ALTI" (Turkish "altı", six) and "MİLYON" raised a KeyError
    words = _known_words()
    rng = random.Random(20261207)
    for word in words:
        for cased in _cased(word):
            normalize(f"{cased} {rng.choice(words).upper()}")
            normalize(f"6 {cased}")


@pytest.mark.parametrize(("text", "amount"), [("ALTI MİLYON TL", 6_000_000),
                                               ("6 MİLYON TL", 6_000_000)])
def test_turkish_capitals_read_as_their_words(text: str, amount: int) -> None:
    money = parse_money(text)
    assert money is not None and (money.amount, money.currency) == (Decimal(amount), "TRY")


def test_turkish_capitals_in_counts_and_runtimes() -> None:
    assert parse_count("ALTI BİN izleyici") == 6000
    assert parse_runtime("6 DAKİKA") == 6
    assert parse_runtime("1 SAAT 51 DAKİKA") == 111
