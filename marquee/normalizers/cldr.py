"""Magnitude words of every locale, from the Unicode CLDR as Babel ships it: the compact
decimal formats ("0 miljonit", "0 ribu", "0 लाख", "0 مليون", "0K") name each language's
words for a thousand, a million and more. A word after a number is then one of three kinds:
a known magnitude (it scales the number), one that looks like a magnitude but is not known
(the number is left unread: issue 12), or a word that is no magnitude in any locale (a noun:
the number stands)."""

from __future__ import annotations

import pickle
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from babel import localedata
from babel.core import UnknownLocaleError, get_global
from babel.languages import get_territory_language_info

from marquee.normalizers.numbers import EITHER, EN, EU, MAGNITUDES

# combining marks of the scripts film pages write: they belong to the word they follow
# ("स्क्रीन्स", "مشاهدًا"), though no word character to a regex
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    "\u0900-\u0dff\u0e00-\u0e7f\u0f00-\u0fff\u1000-\u109f"
    "\u0e80-\u0eff\u1780-\u17ff\u1800-\u18af"  # Lao, Khmer, Mongolian ("លាន": a million)
)
WORD = re.compile(rf"\s*(?P<word>(?:[^\W\d_]|[{_MARKS}])+)")
# CLDR's pattern characters, its quoting, spaces and signs around the word ("0 mil", "00K")
_NOT_WORD = re.compile(r"[0#.,'\s¤%+\-\u200e\u200f]+")
_BRAHMIC = 0x0900  # Devanagari, the first of the scripts of India
_ABBREVIATION = re.compile(r"[^\W\d_]'?\.")
# a word shorter than this is a magnitude only as it is written ("k", "mn", "ह॰"); from
# this length on its first letters are its stem: "miljonit" and "miljoni" share "milj"
_STEM = 4
# the letters an inflection may add to a magnitude ("ribu" -> "ribuan", "juta" -> "jutaan")
_ENDING = 3


@dataclass(frozen=True, slots=True)
class Magnitudes:
    scales: dict[str, frozenset[int]]  # every word, with each scale a locale gives it
    conventions: dict[str, str]  # the decimal mark of the locales that write it
    stems: frozenset[str]  # first letters of the words from _STEM letters on, and 3-letter ones
    abbreviated: frozenset[str]  # written with a dot ("milj.", "tys."): they take no endings


@dataclass(frozen=True, slots=True)
class _Locale:
    """What these rules read of one locale's CLDR data."""

    name: str
    decimal: str | None  # its decimal mark
    compact: list[tuple[str, int, str]]  # each compact pattern's word, scale and text
    units: list[tuple[str, int]]  # each unit of time's word and seconds
    currencies: list[tuple[str, str]]  # every name and symbol of a currency, with its code
    codes: list[str]


@cache
def _locales() -> tuple[_Locale, ...]:
    """Every language's data, read once (about half a second) from Babel's files; regional
    variants inherit their language's words. The files are read apart from Babel's own
    cache, which keeps a locale as first loaded (merged with its parents or not)."""
    return tuple(_read(locale) for locale in localedata.locale_identifiers() if "_" not in locale)


def _read(locale: str) -> _Locale:
    with open(localedata.resolve_locale_filename(locale), "rb") as fh:
        data = pickle.load(fh)  # Babel's own CLDR data, as Babel reads it
    symbols = _dict(_dict(data.get("number_symbols")).get("latn"))
    decimal = symbols.get("decimal")
    return _Locale(
        locale,
        decimal if isinstance(decimal, str) else None,
        _compact_patterns(data),
        _unit_words(_dict(data.get("unit_patterns"))),
        _currency_names(data),
        [code for code in _dict(data.get("currency_names")) if isinstance(code, str)],
    )


def _dict(value: object) -> dict[Any, Any]:
    """A mapping of the data, or nothing for an alias to another part of it."""
    return value if isinstance(value, dict) else {}


@cache
def magnitudes() -> Magnitudes:
    """Every locale's words."""
    scales: dict[str, set[int]] = defaultdict(set)
    marks: dict[str, set[str]] = defaultdict(set)
    abbreviated: set[str] = set()
    for locale in _locales():
        for word, scale, text in locale.compact:
            scales[word].add(scale)
            if locale.decimal is not None:
                marks[word].add(locale.decimal)
            if _ABBREVIATION.search(text):
                abbreviated.add(word)
    for word, scale in MAGNITUDES.items():
        scales[fold(word)].add(scale)
    conventions = {word: _convention(found) for word, found in marks.items()}
    stems = frozenset(
        word[:_STEM] if len(word) >= _STEM else word
        for word in scales
        if len(word) >= 3 and " " not in word
    )
    return Magnitudes(
        {w: frozenset(s) for w, s in scales.items()}, conventions, stems, frozenset(abbreviated)
    )


def _compact_patterns(data: Mapping[str, Any]) -> list[tuple[str, int, str]]:
    """Each compact decimal pattern's word (folded), scale and text ("0 miljonit")."""
    found = []
    for forms in _dict(data.get("compact_decimal_formats")).values():
        for patterns in _dict(forms).values():
            for size, pattern in _dict(patterns).items():
                text = str(getattr(pattern, "pattern", pattern))
                zeros, words = text.count("0"), _NOT_WORD.sub(" ", text).strip()
                if zeros and words and ";" not in words and str(size).isdigit():
                    found.append((fold(words), 10 ** (len(size) - zeros), text))
    return found


def _unit_words(units: dict[Any, Any]) -> list[tuple[str, int]]:
    found = []
    for key, seconds in {**_DURATIONS, **_LONG_DURATIONS}.items():
        for width in _dict(units.get(key)).values():
            for plural, pattern in _dict(width).items():
                word = _NOT_WORD.sub(" ", str(pattern).replace("{0}", " ")).strip()
                if plural != "per" and word and " " not in word:
                    found.append((word.casefold(), seconds))
    return found


def _currency_names(data: Mapping[str, Any]) -> list[tuple[str, str]]:
    names = [*_dict(data.get("currency_names")).items()]
    names += [*_dict(data.get("currency_symbols")).items()]
    for code, forms in _dict(data.get("currency_names_plural")).items():
        names += [(code, name) for name in _dict(forms).values()]
    return [(name, code) for code, name in names if isinstance(name, str)]


def _convention(found: set[str]) -> str:
    if found == {","}:
        return EU
    return EN if found == {"."} else EITHER


# Arabic is written with or without the hamza on alef ("الف" and "ألف" are one thousand)
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"})


# scripts that write no space between words, where an "ending" may be the next word
# ("ล้านบาท" is "million baht")
_RUN_TOGETHER = re.compile(r"[\u0e00-\u109f\u1780-\u17ff]")


def fold(word: str) -> str:
    folded = word.casefold()
    return folded.translate(_ARABIC_FOLD) if not folded.isascii() else folded


@cache
def uncounted_scripts() -> frozenset[int]:
    """The Brahmic scripts (their Unicode blocks) of India in which no locale's CLDR names a
    lakh (10**5), though India counts in lakhs and crores: Telugu, Tamil, Kannada, Malayalam.
    There an unknown word after a number may well be "crore" ("30 కోట్ల")."""
    with_lakh: set[int] = set()
    seen: set[int] = set()
    languages = set(get_territory_language_info("IN"))
    for locale in _locales():
        if locale.name not in languages:
            continue
        for word, scale, _ in locale.compact:
            blocks = {ord(c) >> 7 for c in word if ord(c) >= _BRAHMIC and c.isalpha()}
            seen |= blocks
            if scale == 10**5:
                with_lakh |= blocks
    return frozenset(seen - with_lakh)


def in_uncounted_script(word: str) -> bool:
    return any(ord(c) >> 7 in uncounted_scripts() for c in word[:1])


# the long scale's "billion" (10**12) in languages whose writers also put it for the English
# billion (10**9), translating: "$1,003 billones" on a Spanish blog meant 1.003e9 dollars, and
# French "2 billions" is 2e12 or a slip. The text does not settle which, so no scale at all.
_LONG_SCALE_BILLION = frozenset({"billones", "billón", "billon", "bilión", "billions"})


def scale_of_word(word: str) -> int | None:
    """The scale a word names in every locale that has it, or an inflection of such a word
    ("ribuan", "miljonit"); None when it is no magnitude, too short to tell ("a" is a
    thousand somewhere), the locales disagree, or its writers use it for two scales."""
    known = magnitudes()
    folded = fold(word)
    if len(folded) < 3 or (folded.isascii() and len(folded) < _STEM) or " " in folded:
        return None
    if folded in _LONG_SCALE_BILLION:
        return None
    found = known.scales.get(folded)
    if found is None and not _RUN_TOGETHER.match(folded):
        found = frozenset(
            scale
            for cut in range(max(_STEM, len(folded) - _ENDING), len(folded))
            if folded[:cut] not in known.abbreviated
            for scale in known.scales.get(folded[:cut], ())
        )
    return next(iter(found)) if found is not None and len(found) == 1 else None


def leading_magnitude(word: str) -> tuple[int, int] | None:
    """In a script that writes no space between words, the magnitude the word starts with
    and its length ("ล้านคน": a million, then "people"); None elsewhere or without one."""
    folded = fold(word)
    if not _RUN_TOGETHER.match(folded):
        return None
    scales = magnitudes().scales
    for cut in range(len(folded) - 1, 1, -1):
        found = scales.get(folded[:cut])
        if found is not None:
            return (next(iter(found)), cut) if len(found) == 1 else None
    return None


def convention_of(word: str) -> str:
    folded = fold(word)
    conventions = magnitudes().conventions
    for cut in range(len(folded), max(_STEM, len(folded) - _ENDING) - 1, -1):
        if folded[:cut] in conventions:
            return conventions[folded[:cut]]
    return EITHER


def looks_like_magnitude(word: str) -> bool:
    """A magnitude in some locale, or a word that shares its stem with one ("miljonzq"):
    an unknown magnitude may be meant."""
    known = magnitudes()
    folded = fold(word)
    return (
        folded in known.scales
        or folded[:_STEM] in known.stems
        or (len(folded) >= 3 and folded[:3] in known.stems)
    )


# --- units of time: CLDR's duration units of every locale ("{0} గంటలు", "{0} விநாடிகள்") ---

_DURATIONS = {"duration-hour": 3600, "duration-minute": 60, "duration-second": 1}
# ... and the longer ones, which name no runtime but say a number is no count ("2000 год")
_LONG_DURATIONS = {
    "duration-day": 86400, "duration-week": 604800, "duration-month": 2629746,
    "duration-year": 31556952,
}  # fmt: skip
# a word this long or longer may drop or add a few letters of a unit: cases and obliques
# ("3 గంటల 21 నిమిషాల" beside CLDR's "గంటలు", "నిమిషాలు")
_UNIT_STEM = 4


@cache
def duration_units() -> dict[str, frozenset[int]]:
    """Every locale's words for units of time, with the seconds each names."""
    found: dict[str, set[int]] = defaultdict(set)
    for locale in _locales():
        for word, seconds in locale.units:
            found[word].add(seconds)
    return {word: frozenset(sizes) for word, sizes in found.items()}


def seconds_of_unit(word: str) -> int | None:
    """The seconds an hour, minute or second names in every locale that writes it, or a
    form of it that drops or adds a few letters ("గంటల"); None when unknown, too short,
    unclear, or a longer unit (a day)."""
    sizes = _unit_sizes(word)
    if len(sizes) != 1 or max(sizes) > _DURATIONS["duration-hour"]:
        return None
    return next(iter(sizes))


def is_longer_unit(word: str) -> bool:
    """A day, week, month or year in some locale ("days", "jours", "дней", "giorni") and no
    hour, minute or second in any: a runtime that names one is more than we read."""
    folded = word.casefold()
    sizes = duration_units().get(folded) if len(folded) >= 3 else None
    if sizes is None and len(folded) >= _UNIT_STEM:
        sizes = _unit_sizes(folded)
    return sizes is not None and bool(sizes) and min(sizes) > _DURATIONS["duration-hour"]


def is_time_unit(word: str) -> bool:
    """A unit of time of some locale, from seconds to years ("Stunden", "год", "días"), or a
    word that shares its stem (first four letters) with one ("λεπτών" beside "λεπτά")."""
    return bool(_unit_sizes(word)) or word.casefold()[:_UNIT_STEM] in _unit_stems()


@cache
def _unit_stems() -> frozenset[str]:
    return frozenset(unit[:_UNIT_STEM] for unit in duration_units() if len(unit) > _UNIT_STEM)


# English words that share a unit's first letters but count or name something else: "Viewed
# 813,198 times" is no 198 hours (Danish and Norwegian "time", "timer")
_NOT_UNITS = frozenset({"times", "timed", "timeless", "timely", "minuet", "secondary"})


def _unit_sizes(word: str) -> frozenset[int]:
    folded = word.casefold()
    if len(folded) < 3 or (folded.isascii() and len(folded) < _UNIT_STEM) or folded in _NOT_UNITS:
        return frozenset()
    sizes = duration_units().get(folded)
    if sizes is None and len(folded) >= _UNIT_STEM:
        sizes = frozenset(
            size
            for unit, found in _units_by_stem().get(folded[:_UNIT_STEM], ())
            if _same_stem(folded, unit)
            for size in found
        )
    return sizes or frozenset()


@cache
def _units_by_stem() -> dict[str, list[tuple[str, frozenset[int]]]]:
    """The units of time by their first letters: a form of one shares them."""
    found: dict[str, list[tuple[str, frozenset[int]]]] = defaultdict(list)
    for unit, sizes in duration_units().items():
        if len(unit) >= _UNIT_STEM:
            found[unit[:_UNIT_STEM]].append((unit, sizes))
    return dict(found)


def _same_stem(word: str, unit: str) -> bool:
    longer, shorter = (word, unit) if len(word) >= len(unit) else (unit, word)
    return longer.startswith(shorter) and len(longer) - len(shorter) <= _ENDING


# --- currencies: every locale's names of every currency ("долларов", "Dollar", "grivnas") --

_NAME_WORD = re.compile(rf"(?:[^\W\d_]|[{_MARKS}]){{2,}}")


@cache
def currency_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words of every locale's currency names and symbols ("Kč", "руб"), casefolded;
    the last word of each name (its noun, which may take an ending); the ISO codes."""
    words: set[str] = set()
    nouns: set[str] = set()
    codes: set[str] = set()
    for locale in _locales():
        codes.update(locale.codes)
        for name, _ in locale.currencies:
            found = [w.casefold() for w in _NAME_WORD.findall(name)]
            words.update(found)
            nouns.update(found[-1:])
    return frozenset(words), frozenset(nouns), frozenset(codes)


def is_currency_word(word: str) -> bool:
    """A word of some locale's name or symbol of a currency ("долларов", "Kč"), an ISO code
    ("USD"), or a currency's noun with an ending ("forinttal", "dolláros"; not an adjective
    of a name: "danskere" is Danes, though "dansk krone" is the Danish crown)."""
    words, nouns, codes = currency_words()
    folded = word.casefold()
    if word in codes or folded in words:
        return True
    return any(
        folded[:cut] in nouns for cut in range(max(_STEM + 1, len(folded) - _ENDING), len(folded))
    )


# a sign shorter than this is an abbreviation, read as written and of a currency in use only
# ("RF" is the Rwandan franc, "Rf" no sign CLDR knows; "MT" was the Maltese pound)
_SIGN = 4


@cache
def _currency_codes() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Each whole name or symbol of a currency ("eurų", "лв"; a short one as written, a
    longer one casefolded, without a final dot), and each name's last word ("litų" of
    "Lietuvos litų"), with the codes each names."""
    whole: dict[str, set[str]] = defaultdict(set)
    nouns: dict[str, set[str]] = defaultdict(set)
    for locale in _locales():
        for name, code in locale.currencies:
            whole[_currency_key(name)].add(code)
            for noun in _NAME_WORD.findall(name.casefold())[-1:]:
                nouns[noun].add(code)
    return {k: frozenset(v) for k, v in whole.items()}, {k: frozenset(v) for k, v in nouns.items()}


def _currency_key(name: str) -> str:
    bare = name.rstrip(".")
    return bare if len(bare) < _SIGN else bare.casefold()


def currency_code(word: str) -> str | None:
    """The one currency a word names in the locales that have it as a whole name or symbol
    ("лв." is BGN, "eurų" EUR), else as the noun of their names ("litų": LTL); of several,
    the one in use since 2020; None when unknown or still several ("dollars", "pesos")."""
    whole, nouns = _currency_codes()
    key = _currency_key(word)
    found = whole.get(key) or (nouns.get(key, frozenset()) if len(key) >= _SIGN else frozenset())
    if len(found) > 1 or len(key) < _SIGN:
        found = found & recent_codes()
    return next(iter(found)) if len(found) == 1 else None


def names_a_currency(word: str) -> bool:
    """Whether some locale writes the word as (the noun of) a currency's name or symbol, in
    any case ("CFA": the West and the Central African francs)."""
    whole, nouns = _currency_codes()
    folded = word.casefold().rstrip(".")
    return any(key in whole or key in nouns for key in (folded, word.rstrip(".")))


# a currency is recent when some territory used it in this century's third decade
_RECENT = (2020, 1, 1)


@cache
def recent_codes() -> frozenset[str]:
    """The currencies some territory used from 2020 on, by CLDR (the lev and the kuna, gone
    for the euro since, are; the markka and the litas are not)."""
    return frozenset(
        code
        for spans in get_global("territory_currencies").values()
        for code, _start, end, _tender in spans
        if end is None or tuple(end) >= _RECENT
    )


# --- runs of a locale's magnitudes: "2 ਕਰੋੜ 5 ਲੱਖ", "283 сая 729 мянга 500" -----------------

# hundreds, which CLDR's compact patterns (a thousand and up) lack, as runs of South Asian
# amounts write them ("९ करोड १० लाख ८८ हजार १ सय ३": Nepali, "५ सौ": Hindi)
HUNDREDS = {"सय": 100, "सौ": 100}
_RUN_PART = re.compile(r"\s*(?P<num>\d{1,3})(?![\d.,]\d|\d)")


def run_scale(word: str) -> int | None:
    """The scale of a magnitude word of our tables, of some locale's CLDR words, or a hundred."""
    folded = word.casefold()
    if folded in HUNDREDS:
        return HUNDREDS[folded]
    scales = magnitudes().scales.get(fold(word))
    known = MAGNITUDES.get(folded)
    if known is not None:
        return known
    if scales is not None and len(scales) == 1:
        return next(iter(scales))
    return scale_of_word(word)


def magnitude_run(text: str, end: int, last: int) -> tuple[int, int] | None:
    """What follows a number and its magnitude (of scale `last`, ending at `end`): the parts
    below it in descending order ("5 ਲੱਖ", "729 мянга 500"), their sum and where they end;
    (0, end) when none follows, None when a part cannot be placed (a part at or above the
    one before, or units after a million: "2 millones 300"), so that no part is dropped."""
    total = 0
    while (part := _RUN_PART.match(text, end)) is not None:
        value = int(part.group("num"))
        word = WORD.match(text, part.end())
        if word is None or (scale := run_scale(word.group("word"))) is None:
            if value < last <= 10**3:  # the units after thousands or hundreds
                return total + value, part.end()
            return None
        if scale >= last:
            return None
        total, last, end = total + value * scale, scale, word.end()
    return total, end


def magnitudes_after(text: str, end: int) -> list[re.Match[str]]:
    """Each number with a magnitude word of some locale after `end` ("... 5 ਲੱਖ"): a part of
    the amount, or a second amount, that was not read."""
    found = []
    for number in _LATER_NUMBER.finditer(text, end):
        word = WORD.match(text, number.end())
        if (word is not None and word.start("word") - number.end() <= 1
                and run_scale(word.group("word")) is not None):
            found.append(number)
    return found


_LATER_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@cache
def numeric_date_order(tag: str) -> str | None:
    """The order ("DMY" or "MDY") a locale with a region writes numeric dates in, from its
    CLDR short date format: "en-GB" writes dd/MM/y, "en-US" M/d/yy. None without a region
    (English alone is both), for a year-first format and for a locale CLDR does not know."""
    parts = tag.replace("_", "-").split("-")
    if len(parts) < 2 or not parts[-1].isalpha() or len(parts[-1]) != 2:
        return None
    from babel.dates import get_date_format  # only for a page that declares a region

    try:
        pattern = get_date_format("short", locale="_".join((parts[0].lower(), parts[-1].upper())))
    except (UnknownLocaleError, ValueError):
        return None
    first = next((c for c in pattern.pattern if c in "dMy"), "")
    return {"d": "DMY", "M": "MDY"}.get(first)

