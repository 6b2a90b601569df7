"""Magnitude words of every locale, from the Unicode CLDR as Babel ships it: the compact
decimal formats ("0 miljonit", "0 ribu", "0 लाख", "0 مليون", "0K") name each language's
words for a thousand, a million and more. A word after a number is then one of three kinds:
a known magnitude (it scales the number), one that looks like a magnitude but is not known
(the number is left unread: issue 12), or a word that is no magnitude in any locale (a noun:
the number stands)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from babel import localedata

from marquee.normalizers.numbers import EITHER, EN, EU, MAGNITUDES

# combining marks of the scripts film pages write: they belong to the word they follow
# ("स्क्रीन्स", "مشاهدًا"), though no word character to a regex
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    "\u0900-\u0dff\u0e00-\u0e7f\u0f00-\u0fff\u1000-\u109f"
)
WORD = re.compile(rf"\s*(?P<word>(?:[^\W\d_]|[{_MARKS}])+)")
# CLDR's pattern characters, its quoting, spaces and signs around the word ("0 mil", "00K")
_NOT_WORD = re.compile(r"[0#.,'\s¤%+\-\u200e\u200f]+")
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


@cache
def magnitudes() -> Magnitudes:
    """Every locale's words (loaded once: about half a second)."""
    scales: dict[str, set[int]] = defaultdict(set)
    marks: dict[str, set[str]] = defaultdict(set)
    abbreviated: set[str] = set()
    for locale in localedata.locale_identifiers():
        if "_" not in locale:  # regional variants inherit their language's words
            _add_locale(locale, scales, marks, abbreviated)
    for word, scale in MAGNITUDES.items():
        scales[word.casefold()].add(scale)
    conventions = {word: _convention(found) for word, found in marks.items()}
    stems = frozenset(
        word[:_STEM] if len(word) >= _STEM else word
        for word in scales
        if len(word) >= 3 and " " not in word
    )
    return Magnitudes(
        {w: frozenset(s) for w, s in scales.items()}, conventions, stems, frozenset(abbreviated)
    )


def _add_locale(
    locale: str, scales: dict[str, set[int]], marks: dict[str, set[str]], abbreviated: set[str]
) -> None:
    data = localedata.load(locale, merge_inherited=False)
    symbols = data.get("number_symbols", {}).get("latn", {})
    for forms in data.get("compact_decimal_formats", {}).values():
        for patterns in forms.values():
            for size, pattern in patterns.items():
                text = str(getattr(pattern, "pattern", pattern))
                zeros, words = text.count("0"), _NOT_WORD.sub(" ", text).strip()
                if zeros and words and ";" not in words:
                    scales[words.casefold()].add(10 ** (len(size) - zeros))
                    if _ABBREVIATION.search(text):
                        abbreviated.add(words.casefold())
                    if "decimal" in symbols:
                        marks[words.casefold()].add(symbols["decimal"])


def _convention(found: set[str]) -> str:
    if found == {","}:
        return EU
    return EN if found == {"."} else EITHER


def scale_of_word(word: str) -> int | None:
    """The scale a word names in every locale that has it, or an inflection of such a word
    ("ribuan", "miljonit"); None when it is no magnitude, too short to tell ("a" is a
    thousand somewhere), or the locales disagree."""
    known = magnitudes()
    folded = word.casefold()
    if len(folded) < 3 or (folded.isascii() and len(folded) < _STEM) or " " in folded:
        return None
    found = known.scales.get(folded)
    if found is None:
        found = frozenset(
            scale
            for cut in range(max(_STEM, len(folded) - _ENDING), len(folded))
            if folded[:cut] not in known.abbreviated
            for scale in known.scales.get(folded[:cut], ())
        )
    return next(iter(found)) if len(found) == 1 else None


def convention_of(word: str) -> str:
    folded = word.casefold()
    conventions = magnitudes().conventions
    for cut in range(len(folded), max(_STEM, len(folded) - _ENDING) - 1, -1):
        if folded[:cut] in conventions:
            return conventions[folded[:cut]]
    return EITHER


def looks_like_magnitude(word: str) -> bool:
    """A magnitude in some locale, or a word that shares its stem with one ("miljonzq"):
    an unknown magnitude may be meant."""
    known = magnitudes()
    folded = word.casefold()
    return (
        folded in known.scales
        or folded[:_STEM] in known.stems
        or (len(folded) >= 3 and folded[:3] in known.stems)
    )


# --- units of time: CLDR's duration units of every locale ("{0} గంటలు", "{0} விநாடிகள்") ---

_DURATIONS = {"duration-hour": 3600, "duration-minute": 60, "duration-second": 1}
# a word this long or longer may drop or add a few letters of a unit: cases and obliques
# ("3 గంటల 21 నిమిషాల" beside CLDR's "గంటలు", "నిమిషాలు")
_UNIT_STEM = 4


@cache
def duration_units() -> dict[str, frozenset[int]]:
    """Every locale's words for hours, minutes and seconds, with the seconds each names."""
    found: dict[str, set[int]] = defaultdict(set)
    for locale in localedata.locale_identifiers():
        if "_" in locale:
            continue
        units = localedata.load(locale, merge_inherited=False).get("unit_patterns", {})
        for key, seconds in _DURATIONS.items():
            for width in units.get(key, {}).values():
                for plural, pattern in width.items():
                    word = _NOT_WORD.sub(" ", str(pattern).replace("{0}", " ")).strip()
                    if plural != "per" and word and " " not in word:
                        found[word.casefold()].add(seconds)
    return {word: frozenset(sizes) for word, sizes in found.items()}


def seconds_of_unit(word: str) -> int | None:
    """The seconds a unit of time names in every locale that writes it, or a form of it
    that drops or adds a few letters ("గంటల"); None when unknown, too short or unclear."""
    folded = word.casefold()
    if len(folded) < 3 or (folded.isascii() and len(folded) < _UNIT_STEM):
        return None
    units = duration_units()
    sizes = units.get(folded)
    if sizes is None and len(folded) >= _UNIT_STEM:
        sizes = frozenset(
            size
            for unit, found in units.items()
            if len(unit) >= _UNIT_STEM and _same_stem(folded, unit)
            for size in found
        )
    return next(iter(sizes)) if sizes is not None and len(sizes) == 1 else None


def _same_stem(word: str, unit: str) -> bool:
    longer, shorter = (word, unit) if len(word) >= len(unit) else (unit, word)
    return longer.startswith(shorter) and len(longer) - len(shorter) <= _ENDING
