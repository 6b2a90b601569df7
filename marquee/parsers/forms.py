"""The shapes a value of a field takes, whatever names it: a runtime ("1h 51m", "131 мин."),
a certificate ("PG-13", "FSK 6", "K-12", "16+"), a list of genres ("Komedia, Dramat"). The
hero line reads its parts by them, and a detail row whose label no list knows is read by them
too (facts._by_shape)."""

from __future__ import annotations

import re

from marquee.normalizers.cldr import seconds_of_unit
from marquee.normalizers.runtime import parse_runtime
from marquee.parsers.labels import GENRE_NAMES

# hours and minutes in the languages of the localized labels too ("4 Std. 6 Min.", "131 мин.")
HOURS = (r"(?:h|hr|hrs|hours?|std\.?|stunden?|heures?|horas?|ore|uur|godz\.?|godzin[ay]?"
         r"|hodin[ay]?|час(?:а|ов)?|ч\.?|saat|óra|tuntia|timer?|시간|時間|小时)")
MINUTES = (r"(?:m|min\.?|mins|minutes?|minuten|minuti|minutos|minut[ay]?|minutów|минут[аы]?"
           r"|мин\.?|dakika|dk\.?|perc|minuuttia|minutter|분|分钟?)")
RUNTIME = re.compile(
    rf"(?:\d{{1,3}}\s*{HOURS}(?:\s*\d{{1,2}}\s*{MINUTES})?|(?:1話)?\d{{1,3}}\s*{MINUTES}"
    r"|\d:\d\d)(?:\s*(?:(?:per|an|each|/|a) ?ep(?:isode)?\.?|per aflevering|pro folge"
    r"|par épisode|por episodio|per episodio|por episódio|na odcinek|za díl|за серию|/folge))?",
    re.IGNORECASE,
)
# a full date as a line shows one: "27 October 1995", "Sep 7, 2017", "1995-10-27", "27.10.1995",
# a month named in any language ("21 Apr, 2008", "24 czerwca 1986", "5. März 2016")
FULL_DATE = re.compile(
    r"\d{1,2}(?:st|nd|rd|th|\.)? [^\W\d_]{3,12}\.?,? \d{4}"
    r"|[^\W\d_]{3,12}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{4}年\d{1,2}月\d{1,2}日")
# a rating board's name or a letter before an age: "FSK 6", "BBFC 15", "K-12", "M/16"
# Greek boards' Κ ("Κ-15") and India's "U/A 16+" too
_BOARD = r"(?:[A-Z]{2,5} |[A-ZΑ-Ω]{1,3}[-/]|[A-Z]{1,2}/[A-Z]{1,2} )"
_AGE = r"(?:[1-9]|1\d|2[01])"
_US = r"PG-13|NC-17|TV-(?:Y7|Y|G|PG|14|MA)"
CERTIFICATE = re.compile(
    rf"G|PG|{_US}|R|X|NR|Not Rated|Unrated|Approved|U|12A|15|18|R18"
    rf"|{_BOARD}?{_AGE}\+?|\+(?:[1-9]|1\d)"  # "16+", "+12" too
    r"|-(?:10|12|16|18)"  # French television's signs ("-12": not for under twelve)
)
# the same shapes where nothing but the value says what it is (a row whose label no list
# knows): a runtime with its unit spelt ("134 min", not "450 m", which may be metres of film)
# and a certificate with its board's letters or an age sign ("K-16", "PG-13", "16+"), never a
# bare number or letter
_METRES = re.compile(r"\d+\s*m\.?", re.IGNORECASE)
_BOARD_CERTIFICATE = re.compile(
    rf"{_US}|{_BOARD}{_AGE}\+?|{_AGE}\+|\+{_AGE}|-(?:10|12|16|18)")  # "+16", "-12" too


# a number and a word: the word an hour or a minute in any CLDR locale ("۶۰ دقیقه", "109 phút")
# (the word with its vowel signs: "45 মিনিট", which \w alone does not match)
_NUMBER_WORD = re.compile(r"(\d{1,3})\s*([^\W\d_][^\s\d.]*\.?)")
# a number and a word, once or twice (a word may end in a combining mark: Telugu "గం")
_A_DAY = 24 * 60
_TWO_PARTS = re.compile(r"\d{1,3}\s?[^\W\d_][^\s\d]{0,8}(?:\s?\d{1,2}\s?[^\W\d_][^\s\d]{0,8})?")
_RUNTIME_UNITS = frozenset({60, 3600})
_UNIT_FIRST_PARTS = re.compile(
    r"[^\W\d_][^\s\d]{0,10}\s?\d{1,3}(?:\s?[^\W\d_][^\s\d]{0,10}\s?\d{1,2})?")


def is_runtime(text: str) -> bool:
    """A runtime's shape: "1h 51m", "111 мин.", or a number and CLDR's word for minutes or
    hours in a language no list here names."""
    if RUNTIME.fullmatch(text):
        return True
    found = _NUMBER_WORD.fullmatch(text)
    if found is not None and seconds_of_unit(found.group(2)) in _RUNTIME_UNITS:
        return True
    # hours and minutes in words the runtime normalizer knows ("1గం 16ని", "3 t 49 min"), or
    # each word before its number ("saa 1 dakika 51", "wákàtí 1 ìṣẹ́jú 26")
    if _TWO_PARTS.fullmatch(text) is None and _UNIT_FIRST_PARTS.fullmatch(text) is None:
        return False
    minutes = parse_runtime(text)  # under a day: "320 days" in release is no runtime's shape
    return minutes is not None and minutes < _A_DAY


def runtime_alone(text: str) -> bool:
    return is_runtime(text) and _METRES.fullmatch(text) is None


def certificate_alone(text: str) -> bool:
    return _BOARD_CERTIFICATE.fullmatch(text) is not None


_GENRE_LIST = re.compile(r"\s*(?:[,/·|、，]|\s-\s)\s*")
_FILM_WORD = re.compile(r"\s*\b(?:film|movie|films|movies)\b\s*")


def genre_word(name: str) -> str:
    """ "háborús film", "war movie": the genre's word without the word for a film."""
    return _FILM_WORD.sub("", name.casefold()) or name.casefold()


def genres_alone(text: str) -> bool:
    """A list of genres' names only, in any of the languages of data/ui_labels.json."""
    names = [name for name in _GENRE_LIST.split(text) if name]
    return bool(names) and all(genre_word(name) in GENRE_NAMES for name in names)
