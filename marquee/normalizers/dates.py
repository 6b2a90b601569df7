"""Date text -> PartialDate: known formats by hand, dateparser only for the rest."""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from babel import Locale, UnknownLocaleError
from dateparser.data.languages_info import language_order
from dateparser.date import DateData, DateDataParser
from dateparser.languages.loader import default_loader

from marquee.normalizers.numbers import MAX_RAW_LENGTH
from marquee.normalizers.text import clean_text

_MAX_LEAD_WORDS = 3
# the longest date text seen on real pages runs to 95 characters (two dates, two countries)
_MAX_DATE_LENGTH = 128
_ANY_DIGIT = re.compile(r"\d")
DATE_ORDERS = frozenset({"DMY", "MDY", "YMD", "YDM", "DYM", "MYD"})


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date that may lack its day, or its day and month.

    >>> PartialDate(1995, 10, 27).iso, PartialDate(1995, 10).iso, PartialDate(1995).iso
    ('1995-10-27', '1995-10', '1995')
    >>> PartialDate(1995, 10, 27).to_date(), PartialDate(1995, 10).to_date()
    (datetime.date(1995, 10, 27), None)
    >>> PartialDate(2015, 2, 29)
    Traceback (most recent call last):
    ...
    ValueError: not a calendar date: 2015-2-29
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not _valid(self.year, self.month, self.day):
            raise ValueError(f"not a calendar date: {self.year}-{self.month}-{self.day}")

    @property
    def iso(self) -> str:
        parts = [f"{self.year:04d}"]
        parts += [f"{part:02d}" for part in (self.month, self.day) if part is not None]
        return "-".join(parts)

    def to_date(self) -> dt.date | None:
        if self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)


def _valid(year: int, month: int | None, day: int | None) -> bool:
    if not 1 <= year <= 9999 or (month is None and day is not None):
        return False
    if month is None:
        return True
    if not 1 <= month <= 12:
        return False
    return day is None or 1 <= day <= calendar.monthrange(year, month)[1]


def _partial(year: int, month: int | None = None, day: int | None = None) -> PartialDate | None:
    return PartialDate(year, month, day) if _valid(year, month, day) else None


def parse_date(
    text: str | None,
    *,
    languages: Sequence[str] | None = None,
    date_order: str | None = None,
    thorough: bool = True,
) -> PartialDate | None:
    """A date as written to a PartialDate; None when there is none or it is unclear.
    `thorough=False` skips dateparser, the slow last resort (other languages' month names).

    `date_order` ("DMY", "MDY", "YMD", ...) settles numeric dates such as
    "03/04/2001"; without it they are read only when unambiguous.

    >>> [parse_date(t).iso for t in ("October 27, 1995", "Oct 27, 1995", "27 October 1995")]
    ['1995-10-27', '1995-10-27', '1995-10-27']
    >>> [parse_date(t).iso for t in ("Sept. 5, 2001", "Friday, 19 Dec 1997", "1995-10-27")]
    ['2001-09-05', '1997-12-19', '1995-10-27']
    >>> [parse_date(t).iso for t in ("October 1995", "1995-10", "2027", "May 21, 1993 (Spain)")]
    ['1995-10', '1995-10', '2027', '1993-05-21']
    >>> parse_date("03/04/2001"), parse_date("03/04/2001", date_order="DMY").iso
    (None, '2001-04-03')
    >>> parse_date("13/03/2014").iso, parse_date("01.10.2020", languages=["de"]).iso
    ('2014-03-13', '2020-10-01')
    >>> parse_date("11 Mai 2014", languages=["fr"]).iso
    '2014-05-11'
    >>> parse_date("2000 год", languages=["ru"]).iso
    '2000'
    >>> [parse_date(t) for t in ("29 February 2015", "32 January 2015", "Tuesday", "N/A", "soon")]
    [None, None, None, None, None]
    >>> [parse_date(t) for t in ("Q1 1974", "Q4 1995")]
    [None, None]
    """
    if text is None or len(text) > MAX_RAW_LENGTH:
        return None
    cleaned = clean_text(text)
    if cleaned is None or len(cleaned) > _MAX_DATE_LENGTH:
        return None
    usual = _US_LONG.fullmatch(cleaned)
    if usual is not None:  # the site's "October 27, 1995"
        return _partial(int(usual.group(3)), _MONTH_NUMBER[usual.group(1)], int(usual.group(2)))
    if _may_span(cleaned) and (_DAY_RANGE.search(cleaned) or _days_of_a_month(cleaned) or (
            (span := _MONTH_RANGE.search(cleaned)) is not None
            and not _FOUR_DIGITS.search(cleaned, span.start(), _dash_in(span)))):
        return None  # "18-24th January 2020", "Oct 27 - Nov 2, 1995": a span of days (a run
    # from one whole date to another, "Oct 23, 2009 - Jan 21, 2010", begins on the first)
    if _OTHER_SPAN.search(cleaned):
        return None  # "с 10 по 16 декабря 2012", "10.10. – 5.11.2025": a span of days
    if " and " in cleaned and _BETWEEN.search(cleaned):
        return None  # "between January 6 and January 27, 1994": a span
    year_written = _FOUR_DIGITS.search(cleaned) is not None
    if not year_written and len(_MONTH_WORD.findall(cleaned)) > 1:
        return None  # "June 18 and June 22": two days, and "22" is no year
    clock = ":" in cleaned and _CLOCK.search(cleaned) is not None
    if clock and not year_written:
        # no year written: a clock's numbers are no date's ("November 15, 7:30 PM": not
        # 2015-11-07)
        cleaned, clock = _CLOCK.sub(" ", cleaned), False
    whole = cleaned
    order = date_order.upper() if date_order else None
    if order is not None and order not in DATE_ORDERS:
        order = None
    cleaned = _TURKIC_YEAR_FIRST.sub(_day_month_year, _unlabelled(_ascii_digits(cleaned)))
    if not cleaned.isascii():
        if _HIJRI.search(cleaned):
            return None  # "1440هـ": a year of the Hijri calendar, not of ours
        cleaned = _CYRILLIC_ORDINAL.sub("", _common_era(_arabic_months(cleaned)))
    if "年" in cleaned or "년" in cleaned:
        cjk = _read_cjk(cleaned)
        if cjk is not _NO_MATCH:
            return _in_our_era(cjk, languages) if isinstance(cjk, PartialDate) else None
    solar = _solar_hijri(cleaned)
    if solar is _NO_MATCH:
        solar = _ethiopian(cleaned)
    if solar is not _NO_MATCH:
        return solar if isinstance(solar, PartialDate) else None
    if languages is not None and "th" in languages:
        cleaned = _common_era(cleaned, thai=True)  # "2566-05-05" on a Thai page
    if languages and _known_languages(languages) is None:
        # a language dateparser lacks: its months as CLDR names them ("2 de julhet de 1989",
        # Occitan), before dateparser guesses at another language's ("out": August in Haitian
        # Creole, October in Portuguese)
        cleaned = _cldr_months_named(cleaned, tuple(languages))
    elif languages and not cleaned.isascii() and "en" not in languages:
        # a script with vowel signs, whose months dateparser confuses once it strips the
        # signs ("ජූනි", Sinhala June, read as "ජන", January): the month named in English first
        named = _cldr_months_named(cleaned, tuple(languages))
        if named != cleaned:
            english = parse_date(named, languages=["en"], date_order=order, thorough=thorough)
            if english is not None and english.day is not None:
                return _in_our_era(english, languages)
    if _GLUED_LABEL.search(cleaned):
        cleaned = _GLUED_LABEL.sub(" ", cleaned)  # "Release DateApr 4, 2014": cells run together
    found = _read(cleaned, languages, order)
    if found is _NO_MATCH:
        found = _after_lead_words(cleaned, languages, order, thorough)
    if found is _NO_MATCH and thorough:
        found = _inside_text(cleaned, languages, order)
    if not isinstance(found, PartialDate) and languages:
        # a month dateparser's locale spells otherwise ("4 Sultain 2018": CLDR's Gaelic)
        named = _cldr_months_named(cleaned, tuple(languages))
        if named != cleaned:
            found = _read(named, languages, order)
    if not isinstance(found, PartialDate) and clock:
        # the date without its time ("2024, 27 İyul, şənbə, Bakı vaxtı 06:21")
        return parse_date(_CLOCK.sub(" ", whole), languages=languages, date_order=date_order,
                          thorough=thorough)
    return _in_our_era(found, languages) if isinstance(found, PartialDate) else None


# no film is dated after this year: a later one is another era's ("14 Nisan 5783", Hebrew;
# "단기 4356년", Korea's Dangun era)
_LAST_YEAR = 2200
# the years of the Solar Hijri calendar pages write in figures ("1402/01/15" on an Iranian
# page): no film's Gregorian year
_SOLAR_YEARS = range(1200, 1500)
_SOLAR_LANGUAGES = frozenset({"fa", "ps"})


def _in_our_era(found: PartialDate, languages: Sequence[str] | None) -> PartialDate | None:
    """The date in the common era: a Persian or Pashto page's Solar Hijri figures converted,
    another era's year refused."""
    if found.year > _LAST_YEAR:
        return None
    if found.year not in _SOLAR_YEARS or not _SOLAR_LANGUAGES & set(languages or ()):
        return found
    if found.month is None or found.day is None:
        return None  # a Solar Hijri month straddles two Gregorian ones
    if found.day > (31 if found.month <= 6 else 30):
        return None
    gregorian = _gregorian_of_solar(found.year, found.month, found.day)
    return _partial(gregorian.year, gregorian.month, gregorian.day)


def _after_lead_words(
    cleaned: str, languages: Sequence[str] | None, order: str | None, thorough: bool
) -> _Read:
    """The text the fast readers do not read: a whole date after its lead words ("As of
    March 2, 2026") before dateparser is asked at all; else, text then shorter text, each
    read fast and then (`thorough`) by dateparser. A year or month alone after lead words
    does not go first: dateparser may read more of the whole ("Em outubro de 1936")."""
    rest, quick = _lead_word_reads(cleaned, languages, order)
    whole = _whole_date(quick)
    if whole is not None:
        return whole
    year_first = [found.group(0) for found in _YEAR_FIRST.finditer(cleaned)]
    # "15세이상관람가, 2024.06.26. 개봉": a rating, the date, "release"
    if len(year_first) == 1 and len(_YEAR_FIRST_ANYWHERE.findall(cleaned)) == 1:
        numeric = _read_numeric(year_first[0], languages, order)
        if isinstance(numeric, PartialDate):
            return numeric
    for candidate, fast in zip([cleaned, *rest], [_NO_MATCH, *quick], strict=True):
        if fast is not _NO_MATCH:
            return fast
        if candidate is not cleaned and _DAY_COMMA_YEAR.fullmatch(candidate):
            return None  # "<Armenian July> 4, 2015": a month we do not read, not April
        slow = _read_slowly(candidate, languages, order) if thorough else _NO_MATCH
        if slow is not _NO_MATCH:
            return slow
    inner = _DAY_MONTH_YEAR.findall(cleaned) if thorough else []
    if len(inner) == 1 and inner[0] != cleaned:  # (two dates: which one is meant?)
        return _read_slowly(inner[0], languages, order)
    return _NO_MATCH


# a day, a comma and the year left once the lead words are dropped: the last word dropped
# was a month's, as in "July 4, 2015" (round 17)
_DAY_COMMA_YEAR = re.compile(r"\d{1,2},\s*\d{4}")


# a day, a month's word and a year inside other words ("18 בספטמבר 2024 מאת אורון שמיר",
# "27 de março de 2023 - 8 min leitura", "Tuesday, 12 de August de 2025 - 08:22:56")
_DAY_MONTH_YEAR = re.compile(
    r"(?<![\d.,:/])\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]+\.?,?\s+(?:de\s+)?\d{4}(?![\d:/]|[.,]\d)"
)


# a whole date year first inside other text, which no order leaves unclear ("2024.06.26.")
# (standing apart: "2015-03-17t16:37:51+00:002015-03-17t15:24:37" holds two, joined)
_YEAR_FIRST = re.compile(
    r"(?<![\d.,:/-])\d{4}([./-])\d{1,2}\1\d{1,2}(?![\d:/]|[./-]\d|[^\W\d_])"
)
_YEAR_FIRST_ANYWHERE = re.compile(r"\d{4}[./-]\d{1,2}[./-]\d{1,2}")


def _lead_word_reads(
    cleaned: str, languages: Sequence[str] | None, order: str | None
) -> tuple[list[str], list[_Read]]:
    """The text without up to three lead words, shortest last, each read without dateparser."""
    rest = list(_without_lead_words(cleaned))[1:]
    return rest, [_read(text, languages, order) for text in rest]


def _whole_date(reads: list[_Read]) -> PartialDate | None:
    return next((r for r in reads if isinstance(r, PartialDate) and r.day is not None), None)


def _read_slowly(text: str, languages: Sequence[str] | None, order: str | None) -> _Read:
    return _read_with_dateparser(text, languages, order) or _NO_MATCH


def reads_quickly(text: str) -> bool:
    """Whether parse_date(text) settles without dateparser, the slow last resort (costly on
    text that is no date: a hero line of year, certificate and runtime)."""
    cleaned = clean_text(text)
    if cleaned is None or len(cleaned) > _MAX_DATE_LENGTH or _US_LONG.fullmatch(cleaned):
        return True
    cleaned = _ascii_digits(cleaned)
    if _read(cleaned, None, None) is not _NO_MATCH:
        return True
    return _whole_date(_lead_word_reads(cleaned, None, None)[1]) is not None


def _read(text: str, languages: Sequence[str] | None, order: str | None) -> _Read:
    """The fast readers: the formats title pages use (dateparser is _read_slowly)."""
    for reader in (_read_iso, _read_english, _read_year):
        found = reader(text)
        if found is not _NO_MATCH:
            return found
    return _read_numeric(text, languages, order)


def _without_lead_words(text: str) -> Iterator[str]:
    """The text, then without up to three leading words ("Retrieved", "Kinostart am")."""
    yield text
    words = text.split(" ")
    for skip in range(1, min(_MAX_LEAD_WORDS, len(words) - 1) + 1):
        if any(char.isdigit() for char in words[skip - 1]):
            return
        yield " ".join(words[skip:])


class _NoMatch:
    """The reader does not know this format (as opposed to None: known and invalid)."""


_NO_MATCH = _NoMatch()
_Read = PartialDate | None | _NoMatch

# --- fast paths: the formats title pages use -------------------------------------------

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
_MONTH = rf"(?P<month>{'|'.join(sorted(_MONTHS, key=len, reverse=True))})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|\.)?"
_YEAR = r"(?P<year>\d{4})"
_LEAD = r"^[\s(\[]*(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
# after the date: nothing, or a separator before other text (country, time, a second date)
_END = r"(?=$|[\s.,;:|)\]–—-])"
_ENGLISH = [
    re.compile(_LEAD + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + _END, re.IGNORECASE),
    re.compile(_LEAD + _DAY + r"\s+" + _MONTH + r",?\s+" + _YEAR + _END, re.IGNORECASE),
    re.compile(_LEAD + _MONTH + r",?\s+" + _YEAR + _END, re.IGNORECASE),
]
_ISO = re.compile(
    r"^(?P<year>\d{4})-(?P<month>\d{2})(?:-(?P<day>\d{2}))?(?=$|[T ]\d{2}:\d{2}|\s*\()"
)
# ... with the Russian or Ukrainian word for "year" ("2018 года", "2018 г.", "2018 року")
_YEAR_ONLY = re.compile(
    r"^\(?(?P<year>\d{4})\)?(?:\s+(?:год|года|году|г\.?|рік|року|р\.?))?(?:\s*\([^)]*\))?$"
)
_NUMERIC = re.compile(
    r"^[\s(]*(?P<a>\d{1,4})\s*(?P<sep>[./-])\s*(?P<b>\d{1,2})\s*(?P=sep)\s*(?P<c>\d{1,4})"
    r"(?=$|[\s.,;|)T]|:(?!\d))"  # "30.01.2009: ab 12 (DVD)"
)


_MONTH_NUMBER = {
    name: number
    for number, name in enumerate(
        ("January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"),
        start=1,
    )
}  # fmt: skip
_US_LONG = re.compile(rf"({'|'.join(_MONTH_NUMBER)}) (\d{{1,2}}), (\d{{4}})")


# a span of days, not one day: two days before a month word ("15th - 21st MARCH 2004", "18-24
# January"), or a dash between two English months' days ("November 8 - November 14, 2021",
# "26 sept—2 oct 2020"); a dash between a day and the digits after it is a numeric date's
_DAY_OF_MONTH = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th)?"
_SPAN_WORD = r"\s(?:to|through|thru|until|till)\s"  # "from 18 to 28 July 2019"
# a hyphen joining a day to the next month ("Oct 27-Nov 2", "27 Oct-2 Nov"), not a year's
_JOINING_HYPHEN = r"(?<=[\d.])-(?=[A-Za-z])|(?<=[a-z.])-(?=\d{1,2}(?!\d))"
_DAY_RANGE = re.compile(
    rf"(?<![\d.-]){_DAY_OF_MONTH}(?:\s*[-–—]\s*|{_SPAN_WORD}){_DAY_OF_MONTH}\s+[^\W\d_]{{3,}}",
    re.I)
# ... in other languages' words between two days ("von 3 bis 9 März", "du 3 au 9 mars", "с 10
# по 16 декабря", "od 10 do 16 grudnia", "de 12 a 23 de dezembro"), and in numbers, the first
# date's year left to the last
_OTHER_SPAN = re.compile(
    rf"(?<![\d.-]){_DAY_OF_MONTH}\.?\s+(?:bis|au|al|a|por|по|до|do|tot|til)\s+{_DAY_OF_MONTH}\.?\s+"
    r"(?:de\s+)?[^\W\d_]{3,}|(?<![\d.])\d{1,2}\.\d{1,2}\.?\s*[-–—]\s*\d{1,2}\.\d{1,2}\.\s?\d{4}"
    # a day and its month to another ("30. nóvember til 6. desember 2015")
    rf"|(?<![\d.-]){_DAY_OF_MONTH}\.?\s+[^\W\d_]{{3,}}\.?\s+(?:bis|au|al|a|por|по|до|do|tot|til|to)\s+"
    rf"{_DAY_OF_MONTH}\.?\s+[^\W\d_]{{3,}}",
    re.I,
)
_MONTH_STEMS = "|".join(name[:3] for name in _MONTH_NUMBER)  # "Jan|Feb|..."
_ENGLISH_MONTH = rf"(?:{_MONTH_STEMS})[a-z]*\.?"
# a month, then a span of its days ("September 23-29, 2019"; "between January 6 and 27")
_MONTH_DAYS = re.compile(
    rf"\b{_ENGLISH_MONTH}\s+{_DAY_OF_MONTH}(?:\s*[-–—]\s*|{_SPAN_WORD})"
    rf"{_DAY_OF_MONTH}(?![\d/.:])", re.I)
_BETWEEN = re.compile(
    rf"\bbetween\s+{_ENGLISH_MONTH}.{{1,40}}?\band\s+(?:\d|{_ENGLISH_MONTH})", re.I)
_MONTH_RANGE = re.compile(
    # (a hyphen joining a day to the next month counts: "Oct 27-Nov 2", "27 Oct-2 Nov")
    rf"\b{_ENGLISH_MONTH}[^–—-]*?(?:\s[-–—]\s|[–—]|{_JOINING_HYPHEN}|{_SPAN_WORD})[^–—-]*?"
    rf"\b{_ENGLISH_MONTH}(?![^\W\d_])", re.I)


_MONTH_WORD = re.compile(
    rf"\b(?:{'|'.join(_MONTH_NUMBER)}|{_MONTH_STEMS}|Sept)\b\.?", re.I)


def _days_of_a_month(text: str) -> bool:
    """ "September 23-29, 2019": a month, then a span of its days, with no whole date before
    it (after "Wednesday, September 19, 2012", "In Cinemas: September 20-26" is another's)."""
    span = _MONTH_DAYS.search(text)
    return span is not None and _FOUR_DIGITS.search(text, 0, span.start()) is None


def _may_span(text: str) -> bool:
    """A dash, or a word that may be "to", "through", "until" (a span's: the usual date has
    none, and is spared the span patterns)."""
    return any(mark in text for mark in _SPAN_MARKS)


_SPAN_MARKS = ("-", "–", "—", " t", " T", " u", " U")


_CLOCK = re.compile(
    r"(?<![^\W_]|:)(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s?[ap]\.?\s?m\b\.?)?(?![\d:])", re.I)
_FOUR_DIGITS = re.compile(r"(?<!\d)\d{4}(?!\d)")
_DASH = re.compile(rf"\s[-–—]\s|[–—]|{_JOINING_HYPHEN}|{_SPAN_WORD}", re.I)


# a word run into an English month's capital: a label's last letters against the date's first
# (two of them: "\\nNovember" is an escaped line break before the month)
_GLUED_LABEL = re.compile(rf"(?<=[a-z]{{2}})(?=(?:{_MONTH_STEMS})[a-z]*\.?\s?\d)")


def _dash_in(span: re.Match[str]) -> int:
    found = _DASH.search(span.string, span.start(), span.end())
    return found.start() if found is not None else span.end()


def _read_iso(text: str) -> _Read:
    match = _ISO.match(text)
    if match is None:
        return _NO_MATCH
    day = match.group("day")
    return _partial(int(match.group("year")), int(match.group("month")), int(day) if day else None)


def _read_english(text: str) -> _Read:
    for pattern in _ENGLISH:
        match = pattern.match(text)
        if match is not None:
            fields = match.groupdict()
            month = _MONTHS[fields["month"].lower()]
            day = int(fields["day"]) if fields.get("day") else None
            return _partial(int(fields["year"]), month, day)
    return _NO_MATCH


def _read_year(text: str) -> _Read:
    match = _YEAR_ONLY.match(text)
    return _partial(int(match.group("year"))) if match else _NO_MATCH


def _read_numeric(text: str, languages: Sequence[str] | None, order: str | None) -> _Read:
    match = _NUMERIC.match(text)
    if match is None:
        return _NO_MATCH
    numbers = [match.group(key) for key in ("a", "b", "c")]
    if order is None or len(numbers[0]) == 4:
        order = _numeric_order(numbers, languages)
    if order is None:
        return None
    parts = dict(zip(order, numbers, strict=True))
    year = _full_year(parts["Y"])
    return _partial(year, int(parts["M"]), int(parts["D"])) if year else None


def _numeric_order(numbers: list[str], languages: Sequence[str] | None) -> str | None:
    """The order a numeric date must be read in, when the numbers or the language settle it."""
    first, second, last = numbers
    if len(first) == 4:
        return "YMD"
    if len(last) not in (2, 4):
        return None
    a, b = int(first), int(second)
    if a == b or b > 12 >= a:
        return "MDY" if b > 12 else "DMY"
    if a > 12 >= b:
        return "DMY"
    return _locale_order(tuple(languages or ()))


@lru_cache(maxsize=64)
def _locale_order(languages: tuple[str, ...]) -> str | None:
    """The numeric order the languages agree on; English is used with both orders, so none."""
    orders: set[str] = set()
    for language in languages:
        if language.lower().startswith("en"):
            return None
        try:
            orders.add(default_loader.get_locale(language).info.get("date_order", ""))
        except (KeyError, ValueError):
            return None
    return orders.pop() if len(orders) == 1 and orders <= {"DMY", "MDY"} else None


@lru_cache(maxsize=64)
def _cldr_months(language: str) -> dict[str, int]:
    """The language's month names in CLDR (Babel), wide and abbreviated, as written in a date
    and alone, lower-cased, each also without a particle before it ("de julhet", "dhen
    Iuchar", "d’abril"); a name two months share is left out."""
    try:
        locale = Locale.parse(language.replace("-", "_"))
    except (ValueError, TypeError, UnknownLocaleError):
        return {}
    found: dict[str, set[int]] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in locale.months[context][width].items():
                for form in _month_forms(str(name).casefold().rstrip(".")):
                    found.setdefault(form, set()).add(int(number))
    for number, names in _dateparser_months(language).items():
        for name in names:  # (one word each: "tháng năm" is May, "năm" alone a year)
            if " " not in name.strip() and _LETTERS_ONLY.fullmatch(name.rstrip(".")):
                found.setdefault(name.casefold().rstrip("."), set()).add(number)
    return {form: months.pop() for form, months in found.items() if len(months) == 1}


def _dateparser_months(language: str) -> dict[int, list[str]]:
    """dateparser's own month words of the language, where it has the language."""
    if language not in _LANGUAGES:
        return {}
    try:
        info = default_loader.get_locale(language).info
    except (KeyError, ValueError):
        return {}
    return {number: [str(word) for word in info.get(name.casefold(), ())]
            for number, name in enumerate(calendar.month_name) if name}  # fmt: skip


def months_unnamed(languages: Sequence[str] | None) -> bool:
    """Whether the hint names a language (CLDR knows its name) whose months CLDR does not
    name; a code of no language is no hint at all."""
    codes = [code.split("-")[0].casefold() for code in languages or ()]
    named = _language_names()
    return any(code in named for code in codes) and not any(_cldr_months(c) for c in codes)


@lru_cache(maxsize=1)
def _language_names() -> frozenset[str]:
    return frozenset(str(code).casefold() for code in Locale("en").languages)


def _month_forms(name: str) -> list[str]:
    if not _LETTERS_ONLY.fullmatch(re.sub(r"[\s’'-]", "", name)):
        return []  # "M01": a locale without month names; a number
    last = re.split(r"[\s’'-]", name)[-1]
    forms = [name] if len(name) >= 3 else []
    return forms + ([last] if last != name and len(last) >= 3 else [])


# a letter or a vowel sign (a mark, no letter to a regex: "ජූනි", "ਜੂਨ")
_LETTER = (r"(?:[^\W\d_]|[\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0900-\u0dff\u0e00-\u0fff"
           r"\u1000-\u109f\u1780-\u17ff])")
_LETTERS_ONLY = re.compile(rf"{_LETTER}+")
_WORDS = re.compile(rf"{_LETTER}+(?:[’']{_LETTER}+)?")
_ENGLISH_MONTHS = tuple(calendar.month_name)


def _cldr_months_named(text: str, languages: tuple[str, ...]) -> str:
    """The text with its one month name of the languages (CLDR) written in English; the
    text itself when it has none, or more than one."""
    names: dict[str, int] = {}
    for language in languages:
        names.update(_cldr_months(language))
    if not names:
        return text
    found = [m for m in _WORDS.finditer(text) if m.group(0).casefold() in names]
    if len(found) != 1:
        return text
    word = found[0]
    month = _ENGLISH_MONTHS[names[word.group(0).casefold()]]
    # the particles around it ("de", "da") go with it: "2 de julhet de 1989" -> "2 July 1989"
    before = _PARTICLE_BEFORE.sub(" ", text[: word.start()])
    after = _PARTICLE_AFTER.sub(" ", text[word.end() :])
    return _squash_spaces(f"{before} {month} {after}")


_PARTICLE_BEFORE = re.compile(r"(?:\s+|^)[^\W\d_]{1,4}\s*$|\s*[^\W\d_]{1,2}[’']$")
_PARTICLE_AFTER = re.compile(r"^\s+[^\W\d_]{1,3}(?=\s+\d)")


def _squash_spaces(text: str) -> str:
    return " ".join(text.split())


def _full_year(text: str) -> int | None:
    if len(text) == 4:
        return int(text)
    if len(text) == 2:
        # the strptime %y rule
        return 2000 + int(text) if int(text) < 69 else 1900 + int(text)
    return None


def _ascii_digits(text: str) -> str:
    if text.isascii():
        return text
    return "".join(_digit(char) for char in text)


def _digit(char: str) -> str:
    value = unicodedata.digit(char, None) if not char.isascii() else None
    return char if value is None else str(value)


# --- CJK dates: "2016年3月5日公開", "2019年2月5号", "2020년 9월 21일", whatever follows ---------

_CJK_DATE = re.compile(
    r"(?<!\d)(?P<year>\d{4})\s*[年년]\s*(?:(?P<month>\d{1,2})\s*[月월]\s*"
    r"(?:(?P<day>\d{1,2})\s*[日号號일])?)?"
)


# the hour after a whole date ("2018年1月3日11時時点": as of 11 o'clock on 3 January 2018)
_CJK_HOUR = re.compile(r"\d{1,2}\s*[時时시]")


def _read_cjk(text: str) -> _Read:
    """A date written with CJK year, month and day markers; None when the text holds two
    (a range) or a number runs on after the last marker ("2016年6月2911:30")."""
    found = list(_CJK_DATE.finditer(text))
    if not found:
        return _NO_MATCH
    if len(found) > 1:
        return None
    date = found[0]
    if text[date.end() : date.end() + 1].isdigit() and not (
        date.group("day") and _CJK_HOUR.match(text, date.end())
    ):
        return _NO_MATCH  # a day without its marker: dateparser decides
    month, day = date.group("month"), date.group("day")
    year = int(date.group("year"))
    return _partial(year, int(month) if month else None, int(day) if day else None)


# --- labels and Arabic forms: "公開:2019-07-05", "29-10-2015م", "28 أكتوبر/ تشرين الأول 2015" --

# a label joined to the date by a colon ("Premiéra:30. september 2021")
_LABEL = re.compile(
    r"^[^\W\d_][^\d:：]{0,24}[:：]\s*(?=\d)"
    r"|^[^\W\d_]{4,24}(?=\d{1,2}\.\d{1,2}\.\d{4}$)"  # "Udgivelsesdato05.01.2012"
)
# "م" (ميلادي, of the common era) after a year; a Hijri "هـ" year stays unread
_ERA = re.compile(r"(?<=\d{4})\s?م(?![^\W\d_])")
_HIJRI = re.compile(r"\d\s?هـ")
# "of the year" between the month and the year: "أكتوبر من عام 1995", "أكتوبر عام 1995"
_OF_THE_YEAR = re.compile(r"\s+(?:من\s+)?(?:عام|سنة)\s+(?=\d{4})")
_DIGIT_THEN_ARABIC = re.compile(r"(?<=\d)(?=[\u0621-\u064a])")
# the Levantine month names beside the Egyptian ones dateparser reads ("18 تموز 2024")
_LEVANTINE = {
    "كانون الثاني": "يناير", "شباط": "فبراير", "آذار": "مارس", "نيسان": "أبريل",
    "أيار": "مايو", "حزيران": "يونيو", "تموز": "يوليو", "آب": "أغسطس", "أيلول": "سبتمبر",
    "تشرين الأول": "أكتوبر", "تشرين الثاني": "نوفمبر", "كانون الأول": "ديسمبر",
}  # fmt: skip
_LEVANTINE_MONTH = re.compile(
    r"(?<![^\W\d_])(?:" + "|".join(sorted(_LEVANTINE, key=len, reverse=True)) + r")(?![^\W\d_])"
)
# one month named in both calendars: "أكتوبر/ تشرين الأول", once both are Egyptian
_SAME_TWICE = re.compile(r"(?<![^\W\d_])(?P<month>[^\W\d_]+)\s*/\s*(?P=month)(?![^\W\d_])")


# Thai dates count years from the Buddha (Buddhist era = common era + 543): "30 เมษายน 2563"
_THAI_SCRIPT = re.compile("[\u0e00-\u0e7f]")
_BUDDHIST_YEAR = re.compile(r"(?<!\d)(?:2[4-6]\d\d)(?!\d)")
_BUDDHIST_ERA = 543


def _common_era(text: str, *, thai: bool = False) -> str:
    """Thai text (or any text on a Thai page: `thai`) with a year from 2400 on: that year less
    543 (no film is dated 2400 CE)."""
    if not thai and not _THAI_SCRIPT.search(text):
        return text
    return _BUDDHIST_YEAR.sub(lambda found: str(int(found.group(0)) - _BUDDHIST_ERA), text)


def _unlabelled(text: str) -> str:
    text = _LABEL.sub("", text, count=1)
    return text if text.isascii() else _FIRST_DAY.sub("1", text)


# Urdu and Persian write the first of a month with the ordinal "یکم" ("یکم دسمبر 2023"): the
# day, which dateparser skipped (December 2023 was read)
_FIRST_DAY = re.compile(r"(?<![^\W\d_])یکم(?=\s+[^\W\d_])")


def _arabic_months(text: str) -> str:
    """ "31أكتوبر 2020م" -> "31 أكتوبر 2020"; Levantine names as the Egyptian ones."""
    text = _OF_THE_YEAR.sub(" ", _ERA.sub("", _DIGIT_THEN_ARABIC.sub(" ", text)))
    text = _LEVANTINE_MONTH.sub(lambda found: _LEVANTINE[found.group(0)], text)
    return _SAME_TWICE.sub(r"\g<month>", text)


# --- spellings dateparser lacks: ordinals ("31ste maart", "1er mai"), transliterations --

_ORDINAL = re.compile(r"(?<=\d)(?:ste|de|e|er|re|ème|eme|º|ª|\.º)(?=\s)", re.IGNORECASE)
_RESPELLED = {"maerz": "märz", "jaenner": "jänner", "feber": "februar"}
_TRANSLITERATED = re.compile(r"\b(?:maerz|jaenner|feber)\b", re.IGNORECASE)


# Russian and Ukrainian ordinal endings after a hyphen ("1-го марта 2018-го года", "1-е",
# "в 2018-м году", "1-ше березня")
_CYRILLIC_ORDINAL = re.compile(
    r"(?<=\d)-(?:го|е|й|я|м|ое|ого|ий|ый|ая|ом|му|ше|ге|тє|те)(?![^\W\d_])"
)


# Russian and Ukrainian name a month "in" it in the locative, which dateparser lacks: "у
# квітні 2024 року" (in April 2024), "в апреле 2024 года"
_LOCATIVE = {
    **dict(zip(
        ("січні", "лютому", "березні", "квітні", "травні", "червні", "липні", "серпні",
         "вересні", "жовтні", "листопаді", "грудні"),
        ("січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень",
         "вересень", "жовтень", "листопад", "грудень"), strict=True)),
    **dict(zip(
        ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре",
         "октябре", "ноябре", "декабре"),
        ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
         "октябрь", "ноябрь", "декабрь"), strict=True)),
}  # fmt: skip
_IN_MONTH = re.compile(
    r"(?i:(?<![^\W\d_])(?:[ув]\s+)?(?P<month>" + "|".join(_LOCATIVE) + r")(?![^\W\d_]))"
)


def _nominative(found: re.Match[str]) -> str:
    return _LOCATIVE[found.group("month").casefold()]


# the time of day after a date, with a word for the half of the day that dateparser may lack
# ("এপ্রিল ২৫, ২০২৩ ১০:১৫ পূর্বাহ্ণ": a.m. in Bengali): no part of the date
# ... after a comma too ("৩০ অক্টোবর ২০২৫, ১০:৪৬ এএম")
_TIME_OF_DAY = re.compile(r"(?<=\d),?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[^\d\s]\S*)?\s*$")
# ... or written with "h" ("16 Março de 2024 09h18": Portuguese, French), which dateparser lacks
_TIME_WITH_H = re.compile(r"(?<=\d),?\s+\d{1,2}h\d{2}\s*$")


# Greek days as ordinals ("1η Ιανουαρίου 2023": the 1st of January)
_GREEK_ORDINAL = re.compile(r"(?<=\d)(?:η|ης)(?=\s)")
# Lithuanian and Latvian write the year first, with their word for it: "2025 m. spalio 21
# d." (year, month, day), "2012. gada 8. februārī" (year, day, month)
_BALTIC_YEAR_FIRST = re.compile(
    r"(?<!\d)(?P<year>\d{4})\s+m\.\s+(?P<month>[^\W\d_]+)\s+(?P<day>\d{1,2})\s+d\.(?!\w)"
    r"|(?<!\d)(?P<year2>\d{4})\.\s+gada\s+(?P<day2>\d{1,2})\.\s+(?P<month2>[^\W\d_]+)"
)
# Uzbek and Kazakh write the year first with their word for it, then day and month: "2019
# йил 7 декабрь" (Uzbek), "2021 жылғы 6 шілде", "2023 jyldyń 12 qazanynda" (Kazakh)
_TURKIC_YEAR_FIRST = re.compile(
    r"(?<!\d)(?P<year>\d{4})-?\s*(?i:йил|yil|жылы|жылғы|жылдың|jyly|jylǵy|jyldyń)\s+"
    r"(?P<day>\d{1,2})-?\s+(?P<month>[^\W\d_]+)"
)
# Kazakh's months in its Latin alphabet (2018) and in Cyrillic, with their case endings
# ("qazanynda", "шілдеде": in October, in July): the Cyrillic nominative dateparser reads
_KAZAKH_MONTHS = {
    "qańtar": "қаңтар", "aqpan": "ақпан", "naýryz": "наурыз", "sáýir": "сәуір",
    "mamyr": "мамыр", "maýsym": "маусым", "shilde": "шілде", "tamyz": "тамыз",
    "qyrkúie": "қыркүйек", "qazan": "қазан", "qarasha": "қараша", "jeltoqsan": "желтоқсан",
    "қаңтар": "қаңтар", "ақпан": "ақпан", "наурыз": "наурыз", "сәуір": "сәуір",
    "мамыр": "мамыр", "маусым": "маусым", "шілде": "шілде", "тамыз": "тамыз",
    "қыркүйе": "қыркүйек", "қазан": "қазан", "қараша": "қараша", "желтоқсан": "желтоқсан",
}  # fmt: skip
_KAZAKH_MONTH = re.compile(
    r"(?i:(?<![^\W\d_])(?P<stem>" + "|".join(_KAZAKH_MONTHS) + r")[^\W\d_]*)"
)
# Hungarian's case ending joined to the day: "március 29-én" (on 29 March), "1-jén"
_HUNGARIAN_DAY = re.compile(r"(?<=\d)-(?:j?[éá]n|[ea]?i)(?![^\W\d_])")


def _day_month_year(found: re.Match[str]) -> str:
    parts = found.groupdict()
    year, month, day = (parts["year"] or parts.get("year2"), parts["month"] or parts.get("month2"),
                        parts["day"] or parts.get("day2"))
    return f"{day} {month} {year}"


def _kazakh_month(found: re.Match[str]) -> str:
    return _KAZAKH_MONTHS[found.group("stem").casefold()]


def _respelled(text: str, languages: Sequence[str] | None = None) -> str:
    text = _TIME_WITH_H.sub("", _BALTIC_YEAR_FIRST.sub(_day_month_year, text))
    if languages is not None and "kk" in languages:
        text = _KAZAKH_MONTH.sub(_kazakh_month, text)
    if not text.isascii():
        text = _HUNGARIAN_DAY.sub("", _GREEK_ORDINAL.sub("", text))
        text = _TIME_OF_DAY.sub("", _IN_MONTH.sub(_nominative, text))
    text = _CYRILLIC_ORDINAL.sub("", _ORDINAL.sub("", text))
    return _TRANSLITERATED.sub(lambda match: _RESPELLED[match.group(0).lower()], text)


# --- the slow path --------------------------------------------------------------------

_FOOTNOTE = re.compile(r"\[\w{1,3}\]")
_TRAILING_PARENS = re.compile(r"\s*\([^()]*\)\s*$")
_PERIOD_PARTS = {"year": 1, "month": 2}
_LANGUAGES = frozenset(language_order)
_DIGITS = re.compile(r"\d+")


def _read_with_dateparser(
    text: str, languages: Sequence[str] | None, order: str | None
) -> PartialDate | None:
    text = _respelled(_TRAILING_PARENS.sub("", _FOOTNOTE.sub(" ", text)).strip(), languages)
    if not _ANY_DIGIT.search(text):
        return None  # every date written shows its year; dateparser is slow on junk
        return None
    hinted = _known_languages(languages)
    if hinted is None and _LETTERS_ONLY.search(text) and months_unnamed(languages):
        # a language neither dateparser nor CLDR names the months of: another language's
        # month word that matches is a guess ("out": August in Haitian Creole, October in
        # Portuguese), so only numbers are read
        return None
    data = _date_data(text, hinted, order)
    if data is not None and data.date_obj is None and hinted and len(_DIGITS.findall(text)) < 3:
        # a hint narrows the search; when its locale lacks the words ("abril" in Asturian),
        # dateparser's own language detection reads them, if the month is a word: with
        # three numbers ("Wednesday, 11. 02. 2026") another language's order would decide
        data = _date_data(text, None, order)
    if _month_made_up(data):
        data = _in_other_scripts(text, hinted, order)
    if data is None:
        return None
    found: dt.datetime | None = data.date_obj
    if found is None or not _year_written(found.year, text):
        return None
    precision = _PERIOD_PARTS.get(data.period or "day", 3)
    numbers = _numbers(text)
    if precision == 3 and found.day not in numbers:
        return None  # a day the text does not show ("Q4 1995") is made up
    if precision < 3 and str(found.year) not in _DIGITS.findall(text):
        return None  # "estreno el 10 de julio": a day with no year, not July 2010
    if precision >= 2 and _QUARTER.search(text):
        return None  # a quarter ("Q1 1974") names no month
    month = found.month if precision >= 2 else None
    day = found.day if precision >= 3 else None
    return _partial(found.year, month, day)


_QUARTER = re.compile(r"\b(?:Q[1-4]|[1-4]Q)\b", re.IGNORECASE)


def _month_made_up(data: DateData | None) -> bool:
    """A day or month dateparser gives with no month read: today's month filled in ("21. mart
    2024" in Serbian's Cyrillic locale, "mart" taken for a time zone)."""
    if data is None or data.date_obj is None or data.period not in (None, "day", "month"):
        return False
    return "month" not in (getattr(data, "parts", None) or ("month",))


def _in_other_scripts(
    text: str, languages: tuple[str, ...] | None, order: str | None
) -> DateData | None:
    """The date in a hinted language's other scripts ("sr-Latn" for "sr"), with its month
    read; None when none reads one."""
    for variant in (v for code in languages or () for v in _SCRIPTS.get(code, ())):
        data = _date_data(text, (variant,), order)
        if data is not None and data.date_obj is not None and not _month_made_up(data):
            return data
    return None


def _date_data(text: str, languages: tuple[str, ...] | None, order: str | None) -> DateData | None:
    try:
        return _date_data_parser(languages, order).get_date_data(text)
    except (ValueError, OverflowError, TypeError):
        return None


def _numbers(text: str) -> set[int]:
    return {int(number) for number in _DIGITS.findall(text)}


def _year_written(year: int, text: str) -> bool:
    """dateparser fills a missing year from today; accept only years the text shows, as a
    whole number: the year 8 is not written in "2018 года" (dateparser read it so)."""
    numbers = _DIGITS.findall(text)
    return str(year) in numbers or (year >= 1900 and f"{year % 100:02d}" in numbers)


def _known_languages(languages: Sequence[str] | None) -> tuple[str, ...] | None:
    """The hints dateparser knows ("en-GB" counts as "en"); unknown hints are dropped."""
    known = {code if code in _LANGUAGES else code.split("-")[0] for code in languages or ()}
    return tuple(sorted(known & _LANGUAGES)) or None


# a language written in two scripts is hinted by its code alone, which dateparser reads in
# one of them: Serbian "sr" is Cyrillic, and "21. mart 2024" is Latin
_SCRIPTS: dict[str, tuple[str, ...]] = {}
for _code in language_order:
    if "-" in _code and _code.split("-")[1][:1].isupper():
        _SCRIPTS.setdefault(_code.split("-")[0], ())
        _SCRIPTS[_code.split("-")[0]] += (_code,)


@lru_cache(maxsize=256)
def _date_data_parser(languages: tuple[str, ...] | None, order: str | None) -> DateDataParser:
    settings: dict[str, Any] = {
        "REQUIRE_PARTS": ["year"],
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if order is not None:
        settings |= {"DATE_ORDER": order, "STRICT_DATE_ORDER": "all"}
    return DateDataParser(languages=list(languages) if languages else None, settings=settings)


# --- a date inside longer text: fields, a sentence's end, trailing words -----------------

# the fields of a byline or a listing ("30. septembar 2010. | Izvor: Tanjug", "Ara\n03/09/2013
# \n2 min", "৩ সেপ্টেম্বর ২০২৪। বাংলা ...": Bengali's danda ends a sentence)
_FIELDS = re.compile(r"\s*(?:\||\\n|\n|।)\s*")
# English's month, day and year anywhere ("Reviewed by Brian Orndorf April 25, 2021")
_ENGLISH_INSIDE = re.compile(
    rf"(?<![^\W\d_]){_MONTH}\s+{_DAY},?\s+{_YEAR}(?![\d.,:/]\d|\d)", re.IGNORECASE
)
# up to two words after the year, a case ending joined to it ("११ मार्च २०२१ रोजी": on 11
# March 2021, "2024. március 29-én például"); words of any script, with their vowel signs
_AFTER_YEAR = re.compile(r"(?<=\d)(?:-[^\W\d_]{1,3})?(?:\s+[^\s\d,;:|()]+){1,2}\s*$")


# what the head of a date ends with before its trailing words: the year ("११ मार्च २०२१"), or
# the day after a year ("2024. március 29-én például")
_DAY_OR_YEAR_LAST = re.compile(r"\d{4}$|\d{4}\.?\s+[^\W\d_]+\.?\s+\d{1,2}\.?$")


# up to two fields of words after a comma ("2018. január 5., péntek, Rovat": the weekday, a
# section): no digit in them, so no second date
_WORDS_AFTER_COMMA = re.compile(r"(?:,\s*[^\d,]+){1,2}$")


def _inside_text(cleaned: str, languages: Sequence[str] | None, order: str | None) -> _Read:
    """A whole date (day, month and year) that the text holds among other words: the one
    date its fields give (all that give one agree), the one English date in it, or the
    date before up to two words; _NO_MATCH when none or two that differ."""
    fields = [field for field in _FIELDS.split(cleaned) if field.strip()]
    if len(fields) > 1:
        dates = {d for d in (parse_date(f, languages=languages, date_order=order)
                             for f in fields) if d is not None and d.day is not None}
        return dates.pop() if len(dates) == 1 else _NO_MATCH
    english = _ENGLISH_INSIDE.findall(cleaned)
    if len(english) == 1:
        month, day, year = english[0]
        return _partial(int(year), _MONTHS[month.lower()], int(day)) or _NO_MATCH
    if cleaned.startswith("(") and cleaned.endswith(")"):  # "(2012. gada 8. februārī)"
        inner = parse_date(cleaned[1:-1], languages=languages, date_order=order)
        return inner if inner is not None and inner.day is not None else _NO_MATCH
    tail = _WORDS_AFTER_COMMA.search(cleaned)
    if tail is not None and _ANY_DIGIT.search(cleaned, 0, tail.start()):
        before = parse_date(cleaned[: tail.start()], languages=languages, date_order=order)
        if before is not None and before.day is not None:
            return before
    trailing = _AFTER_YEAR.search(cleaned)
    if trailing is not None and _DAY_OR_YEAR_LAST.search(cleaned[: trailing.start()]):
        head = cleaned[: trailing.start()]
        found = _read(head, languages, order)
        if found is _NO_MATCH:
            found = _read_slowly(head, languages, order)
        if found is _NO_MATCH:  # lead words too: "पाकिस्तान की 1 सितम्बर 2017 को रिलीज़"
            found = _after_lead_words(head, languages, order, thorough=True)
        if isinstance(found, PartialDate) and found.day is not None:
            return found
    return _NO_MATCH


# --- the Solar Hijri calendar (Iran's, Afghanistan's): "یکشنبه ۱۲ اردیبهشت ۱۳۸۹" ---------

_SOLAR_MONTHS = (
    "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی",
    "بهمن", "اسفند",
)  # fmt: skip
_SOLAR_DATE = re.compile(
    r"(?<![\d.,/])(?P<day>\d{1,2})\s+(?P<month>"
    + "|".join(sorted(_SOLAR_MONTHS, key=len, reverse=True))
    + r")\s+(?P<year>1[2-4]\d\d)(?![\d.,/])"
)


def _solar_hijri(text: str) -> _Read:
    """A Solar Hijri day, month and year, as the Gregorian date; _NO_MATCH when the text
    has none (or two)."""
    if text.isascii():
        return _NO_MATCH
    found = _SOLAR_DATE.findall(text)
    if len(found) != 1:
        return _NO_MATCH
    day, month, year = int(found[0][0]), _SOLAR_MONTHS.index(found[0][1]) + 1, int(found[0][2])
    if not 1 <= day <= (31 if month <= 6 else 30):
        return None
    gregorian = _gregorian_of_solar(year, month, day)
    return _partial(gregorian.year, gregorian.month, gregorian.day)


# the day before 1 Farvardin 1 AP (the epoch in the proleptic Gregorian calendar, so that
# the cycle below gives Nowruz 1300 = 21 March 1921 and 1404 = 21 March 2025)
_SOLAR_EPOCH = dt.date(622, 3, 21)


def _gregorian_of_solar(year: int, month: int, day: int) -> dt.date:
    """The arithmetic (33-year cycle) Solar Hijri calendar: six months of 31 days, five of
    30, and the last of 29 or, in a leap year, 30. It agrees with Iran's astronomical
    calendar on the Nowruz dates checked (1300, 1375, 1399, 1403, 1404 AP)."""
    days = (year - 1) * 365 + _leap_years_before(year)
    days += (month - 1) * 31 if month <= 7 else 6 * 31 + (month - 7) * 30
    return _SOLAR_EPOCH + dt.timedelta(days=days + day - 1)


def _leap_years_before(year: int) -> int:
    """How many years of the 33-year cycle before `year` are leap years (eight a cycle:
    1399 and 1403 are, 1404 is not)."""
    return sum(1 for each in range(1, year) if _solar_leap(each))


def _solar_leap(year: int) -> bool:
    return (year * 8 + 29) % 33 < 8


# --- the Ethiopian calendar (Ethiopia's, Eritrea's): "ግንቦት 5 ቀን 2011 ዓ.ም" -------------------

# its months in the Ethiopic script, with the spellings pages use; the thirteenth has 5 days,
# or 6 in the year before a Julian leap year (dateparser reads "ግንቦት" as May, a wrong date)
_ETHIOPIAN_MONTHS = {
    "መስከረም": 1, "ጥቅምት": 2, "ኅዳር": 3, "ህዳር": 3, "ታኅሣሥ": 4, "ታህሳስ": 4, "ታኅሳስ": 4,
    "ጥር": 5, "የካቲት": 6, "መጋቢት": 7, "ሚያዝያ": 8, "ግንቦት": 9, "ሰኔ": 10, "ሐምሌ": 11,
    "ሀምሌ": 11, "ነሐሴ": 12, "ነሃሴ": 12, "ጳጉሜ": 13, "ጳጉሜን": 13,
}  # fmt: skip
_ETHIOPIAN_MONTH = "|".join(sorted(_ETHIOPIAN_MONTHS, key=len, reverse=True))
# day then month, or month then day (with "ቀን", day), then the year
_ETHIOPIAN_DATE = re.compile(
    rf"(?<![\d.,/])(?:(?P<day>\d{{1,2}})\s+(?P<month>{_ETHIOPIAN_MONTH})"
    rf"|(?P<month2>{_ETHIOPIAN_MONTH})\s+(?P<day2>\d{{1,2}})(?:\s*ቀን)?),?\s+"
    r"(?P<year>\d{4})(?![\d.,/])"
)
_ETHIOPIC_SCRIPT = re.compile("[\u1200-\u137f]")
# the day before 1 Meskerem of the year 1 (29 August 8 CE, Julian), as a proleptic
# Gregorian ordinal
_ETHIOPIAN_EPOCH = 2796 - 1


def _ethiopian(text: str) -> _Read:
    """An Ethiopian day, month and year, as the Gregorian date; _NO_MATCH when the text has
    none (or two)."""
    if not _ETHIOPIC_SCRIPT.search(text):
        return _NO_MATCH
    found = list(_ETHIOPIAN_DATE.finditer(text))
    if len(found) != 1:
        return _NO_MATCH
    parts = found[0]
    month = _ETHIOPIAN_MONTHS[parts.group("month") or parts.group("month2")]
    day, year = int(parts.group("day") or parts.group("day2")), int(parts.group("year"))
    if not 1 <= day <= (30 if month < 13 else 6 if year % 4 == 3 else 5):
        return None
    ordinal = _ETHIOPIAN_EPOCH + 365 * (year - 1) + year // 4 + 30 * (month - 1) + day
    gregorian = dt.date.fromordinal(ordinal)
    return _partial(gregorian.year, gregorian.month, gregorian.day)
