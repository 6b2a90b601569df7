"""Properties every normalizer keeps on any string (hypothesis), issue 12:

- it never raises;
- text too long to be one value gives None before any slow rule sees it (the guard that
  keeps each normalizer linear in its input; the times are in benchmarks/normalizers.py);
- a value is never made up: an amount's or a count's significant digits begin with those of
  a number written in the input, a runtime is no longer than its largest number of hours,
  a date's year and day are numbers the input shows;
- an unknown word right after a number is no bare number.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from marquee.normalizers import parse_count, parse_date, parse_money, parse_runtime
from marquee.normalizers.cldr import magnitudes
from marquee.normalizers.counts import _BARE_MIL, _thousand_and
from marquee.normalizers.dates import _ascii_digits
from marquee.normalizers.numbers import (
    _ARABIC_COUNTED,
    _ARABIC_LEAD,
    _CJK_GROUP,
    _HALF_JOINED,
    _THOUSAND_MILLION,
    ARABIC_ONE,
    CJK_UNITS,
    HALF_AFTER,
    MAGNITUDE,
    MAX_LENGTH,
    MAX_RAW_LENGTH,
    _arabic_lead,
    _cjk_group,
)
from marquee.normalizers.runtime import _NUMBER_WORDS, _ONE_HOUR, _TENS_AFTER_HOURS

# numbers written as words ("tre miliardi", "vier Stunden"), "and a half" joined to them
# ("dreieinhalb"): a number written in the input as much as its digits
_WORD_NUMBER = re.compile(
    r"(?i)\b(?P<word>"
    + "|".join(map(re.escape, _NUMBER_WORDS))
    + r")(?P<half>einhalb|ënhalf|enhalf)?\b"
)

# pieces of the strings normalizers see, so that generated text reaches the deep rules
_PIECES = [
    *"0123456789", " ", ",", ".", "'", "-", "–", "/", ":", "(", ")", "[1]", "\u00a0", "\u202f",
    "$", "€", "£", "¥", "₩", "US$", "C $", "HK$", "R$", "RM", "kr", "EUR", "USD", "ESP",
    "million", "Mio.", "bn", "k", "K", "M", "mil", "millones", "milhões", "млн", "млрд",
    "миллиона", "долларов", "тис.", "tỷ", "đồng", "milyon", "lira", "lei",
    "万", "萬", "亿", "億", "만", "억", "천", "千", "元", "美元", "円", "원", "명", "人",
    "h", "hr", "min", "Min.", "minutes", "分", "分鐘", "時間", "시간", "хв", "год", "λεπτά", "'",
    "votes", "ratings", "оценок", "to", "and", "entre", "y", "tra", "e", "de", "à", "bis",
    "до", "〜", "年", "月", "日", "号", "號", "maart", "Maerz", "ste", "October", "2016",
    "PT", "P", "S", "x", "zq",
    # third round: numerals and hours in words, prepositions, runs of magnitudes
    "三", "十", "兩", "個", "半", "到", "小時", "vier", "Stunden", "d'", "bin", "ingressos",
    # fourth round: number words before magnitudes, halves, Arabic and Thai magnitudes
    "tre", "miliardi", "einhalb", "e mezzo", "et demie", "مليون", "و", "ألف", "دولار",
    "ล้าน", "บาท", "dolarlık", "L.", "từ", "đến", "घंटे", "मिनट",
    # sixth round: count nouns and counters, compound adjectives, Cyrillic ordinals, pesos
    "theaters", "スクリーン", "개", "約", "Mais de", "-minütige", "-minute", "-го", "года",
    "pesos", "an hour", "half ", "un'ora", " t.",
    # ninth round: CJK numerals and units in a group, Arabic duals and articles, a bare "mil"
    "八", "百", "四", "천", "십", "مليونين", "المليون", "النصف", "mil 1", "mil millones",
    "personas", "MDP", "ثلاثمئة", "وسبعة", "عشرين",
]  # fmt: skip
_TEXT = st.one_of(
    st.text(max_size=40),
    st.lists(st.sampled_from(_PIECES), max_size=12).map("".join),
)
_FAST: list[Callable[[str], object]] = [parse_money, parse_count, parse_runtime]
_SETTINGS = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
# digits apart by one sign are one number to price-parser ("1250€600" is 1250.6, "3''6" 36)
_NUMBER_IN_TEXT = re.compile(r"\d+(?:(?:[^\w\s]{1,2}|\s+)\d+)*")


def _significant(digits: str) -> str:
    return re.sub(r"\D", "", digits).lstrip("0").rstrip("0")


def _written_numbers(text: str) -> set[str]:
    """The significant digits of every number in the text, grouped or as separate runs."""
    found = set()
    for number in _NUMBER_IN_TEXT.findall(_ascii_digits(text)):
        found.add(_significant(number))
        found.update(_significant(run) for run in re.findall(r"\d+", number))
    if ARABIC_ONE.search(text):
        found.add("1")  # "مليار و206 مليون": the word alone is one thousand million
    for counted in _ARABIC_COUNTED.finditer(text):  # "المليون", "مليونين": one or two of it
        found.add("2" if counted.group("dual") else "1")
    if _THOUSAND_MILLION.search(text):
        found.add("1")  # "mil millones": one thousand million
    if _HALF_JOINED.search(text):
        found.add("5")  # "полмиллиарда": half a billion
    found.update(_significant(_thousand_and(mil)) for mil in _BARE_MIL.finditer(text))
    found.update(_significant(_cjk_group(group)) for group in _CJK_GROUP.finditer(text))
    found.update(_significant(_arabic_lead(lead)) for lead in _ARABIC_LEAD.finditer(text))
    for word in _WORD_NUMBER.finditer(text):
        value = _NUMBER_WORDS[word.group("word").casefold()]
        found.add(_significant(f"{value}5" if word.group("half") else str(value)))
    return found - {""}


def _drawn_from(value: Decimal | int, text: str) -> bool:
    """The value's significant digits are those of a number written in the text, scaled by
    a magnitude (the last may be rounded: "1.2345K" is 1235). A run of units ("14億1402万
    1100", "113 мільйонів 200 тисяч") adds numbers, so there only its first is checked."""
    digits = _significant(format(Decimal(value), "f"))
    if not digits:
        return True  # zero
    written = _written_numbers(text)
    if _COMPOUND.search(text) or len(_MAGNITUDE_WORDS.findall(text)) > 1 or _RUN.search(text):
        return any(digits.startswith(number) for number in written)
    return any(
        number.startswith(digits)
        or (len(number) > len(digits) and number[: len(digits) - 1] == digits[:-1])
        for number in written
    )


_COMPOUND = re.compile("|".join(CJK_UNITS))
_MAGNITUDE_WORDS = re.compile(MAGNITUDE.pattern, re.IGNORECASE)
# a magnitude word and a number after it: a run ("2 miliardi 45.619.000", "1 bin 1")
_RUN = re.compile(rf"(?:{MAGNITUDE.pattern})\W*\d", re.IGNORECASE)


@_SETTINGS
@given(_TEXT)
def test_fast_normalizers_never_raise(text: str) -> None:
    for normalize in _FAST:
        normalize(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_parse_date_never_raises(text: str) -> None:
    parse_date(text)
    parse_date(text, languages=["de"], date_order="DMY")


@_SETTINGS
@given(_TEXT)
@example("1BIN1")  # found by hypothesis: a run of units, 1 thousand and 1
def test_money_is_drawn_from_the_digits_written(text: str) -> None:
    money = parse_money(text)
    if money is not None:
        assert _drawn_from(money.amount, text), (text, money)


@_SETTINGS
@given(_TEXT)
def test_count_is_drawn_from_the_digits_written(text: str) -> None:
    count = parse_count(text)
    if count is not None:
        assert _drawn_from(count, text), (text, count)


@_SETTINGS
@given(_TEXT)
@example("0小時E MEZZO")  # found by hypothesis: "0 hours and a half" is 30 minutes
def test_runtime_is_no_longer_than_its_numbers_allow(text: str) -> None:
    minutes = parse_runtime(text)
    if minutes is not None:
        # (the numbers as written: "100" is a hundred minutes, not its significant "1")
        numbers = [Decimal(n) for n in re.findall(r"\d+", text)]
        # numerals written as words: Chinese ones up to 99, hours in words ("vier Stunden")
        numbers += [Decimal(99)] * len(re.findall("[一二兩两三四五六七八九十]", text))
        numbers += [
            Decimal(_NUMBER_WORDS[w.group("word").casefold()]) + (1 if w.group("half") else 0)
            for w in _WORD_NUMBER.finditer(text)
        ]
        numbers += [Decimal(1)] * len(_ONE_HOUR.findall(text))  # "an hour", "un'ora"
        # tens of minutes in words after the hours ("deux heures quarante-cinq")
        numbers += [Decimal(59)] * len(_TENS_AFTER_HOURS.findall(text))
        largest = max(numbers, default=Decimal(0))
        # "and a half" in words ("e mezzo", "et demie") adds half of an hour
        halves = len(HALF_AFTER.findall(text))
        # hours written as minutes ("2h" is 120), or an ISO duration summing its parts
        assert 0 < minutes <= (max(largest, sum(numbers)) + halves) * 60 + 1, (text, minutes)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_date_parts_are_numbers_written(text: str) -> None:
    date = parse_date(text, languages=["en", "de", "ja"])
    if date is not None:
        written = {int(n) for n in re.findall(r"\d+", _ascii_digits(text))}
        assert date.year in written or date.year % 100 in written, (text, date)
        assert date.day is None or date.day in written, (text, date)


@_SETTINGS
@given(st.integers(min_value=1, max_value=999_999), st.from_regex(r"zq[a-z]{0,6}", fullmatch=True))
def test_an_unknown_word_after_the_number_is_no_bare_number(number: int, word: str) -> None:
    assert parse_money(f"{number} {word}") is None
    assert parse_money(f"${number} {word}") is None


# the stems (first four letters) of the Latin-script magnitude words of every CLDR locale
_STEMS = sorted(s for s in magnitudes().stems if len(s) == 4 and s.isascii() and s.isalpha())


@_SETTINGS
@given(
    st.integers(min_value=1, max_value=999_999),
    st.sampled_from(_STEMS),
    st.from_regex(r"zq[a-z]{2,6}", fullmatch=True),
)
def test_a_count_before_a_word_like_a_magnitude_is_unread(
    number: int, stem: str, ending: str
) -> None:
    """A word that shares a magnitude's stem but is none ("miljzqab") may be a magnitude."""
    assert parse_count(f"{number} {stem}{ending}") is None
    assert parse_count(f"{number:,} {stem}{ending} votes") is None


@_SETTINGS
@given(st.integers(min_value=1, max_value=999_999), st.from_regex(r"zq[a-z]{0,6}", fullmatch=True))
def test_a_count_before_a_word_no_locale_scales_stands(number: int, word: str) -> None:
    """A word that is no magnitude in any locale and shares none's stem is a noun."""
    assert parse_count(f"{number} {word}") == number
    assert parse_count(f"{number:,} {word} votes") == number


@_SETTINGS
@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=999))
def test_a_decimal_comma_before_a_european_magnitude(whole: int, fraction: int) -> None:
    expected = (Decimal(f"{whole}.{fraction:03d}") * 10**9).normalize()
    found = parse_money(f"{whole},{fraction:03d} млрд")
    assert found is not None and found.amount.normalize() == expected
    assert parse_count(f"{whole},{fraction:03d} млрд") == int(expected)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["$3.6 million", "1,600 votes", "1h 51m", "October 27, 1995", "1", "a1"]),
    st.integers(min_value=MAX_LENGTH // 2 + 1, max_value=MAX_RAW_LENGTH * 4),
)
def test_text_too_long_to_be_a_value_gives_none(value: str, repeats: int) -> None:
    text = " ".join([value] * repeats)
    for normalize in [*_FAST, parse_date]:
        assert normalize(text) is None


def test_the_issue_s_long_inputs_give_none() -> None:
    for text in ("1" * 2000, "1" * 5000, "1" * 50_000, "1 " * 50_000, "$" + "1," * 50_000):
        for normalize in [*_FAST, parse_date]:
            assert normalize(text) is None
