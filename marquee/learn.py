"""Learn a redesign from the records already stored (wrapper maintenance by known values).

For each page of a title whose record is stored, find the elements whose text normalizes to
the stored value of a field (runtime 111 matches "1:51" and "111 minutes"; lists and cast as
sequences of items), note the anchors beside them (marquee.parsers.learned: a label's text, a
line's prefix, a readable attribute, an icon's attribute), and keep per field the simplest
locators that read the known pages right: right on at least MIN_PRECISION of the held-back
pages in cross-validation, and nothing where the stored value is null.

Pure: pages and records in, a LearnedLayout and a report out. marquee.db.learned stores them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any

from babel import Locale, UnknownLocaleError, localedata

from marquee.extract import cheap_date, field_value
from marquee.items import TitleRecord
from marquee.normalizers import clean_text, parse_count, parse_date, parse_money, parse_runtime
from marquee.normalizers.numbers import ascii_digits
from marquee.parsers.dom import Element, squash, text_of
from marquee.parsers.labels import field_for
from marquee.parsers.learned import (
    KINDS,
    LIST_FIELDS,
    LIST_MODES,
    MATCHING_MIN,
    MATCHING_SHARE,
    MAX_LABEL,
    MAX_PARTS_LINE,
    MAX_PHRASE_WORDS,
    NUMERIC_DATE,
    PART_SEPARATOR,
    PREFIX,
    STREAMING_PARTS,
    LearnedLayout,
    Locator,
    Mode,
    PageIndex,
    as_raw,
    attribute_tokens,
    cast_pairs,
    date_text,
    items_of,
    label_key,
    lead_element,
    line_of_parts,
    list_items,
    marks,
    phrase_key,
    prefixed_rest,
    previous_with_text,
    read,
)
from marquee.parsers.places import countries_in

FIELDS: tuple[str, ...] = (
    "release_date", "runtime_minutes", "content_rating", "user_rating_count", "seasons",
    "budget", "box_office", "tagline", "synopsis", "audience_summary",
    "genres", "countries", "studios", "directors", "writers", "cast",
    "streaming.status", "streaming.platforms", "streaming.verified",
)  # fmt: skip
MIN_PRECISION = 0.99
MIN_SUPPORT = 2
MAX_LOCATORS = 3  # a field's locators: the first that finds a value wins
FOLDS = 5
# of the known pages that must carry a locator's anchor: the layout is recognised by its
# anchors (MATCHING_SHARE of them on a page), and one on a few pages only ("3,6", "7 services")
# leaves most pages of the layout unrecognised
MIN_PRESENCE = 0.15
_SCALAR_TEXT = 80  # longest element text looked at for a number, a date or a certificate
_LONG_TEXT = 5000
_UP = 4  # ancestors of an item's element that may be its list


@dataclass(slots=True)
class KnownPage:
    """A page of the new layout, and the record stored for its title before it."""

    url: str
    root: Element
    stored: TitleRecord
    builtin: TitleRecord | None = None  # what the built-in readers make of the page
    index: PageIndex = field(init=False)
    # each element that shows text, with its text, and that text cleaned: read once, looked
    # through for every field
    _texts: list[tuple[Element, str, str]] | None = field(default=None, init=False, repr=False)
    _text: dict[Element, str] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        self.index = PageIndex.of(self.root, self.stored.title)

    def texts(self) -> list[tuple[Element, str, str]]:
        """(element, its text, its text cleaned) in page order; elements without text apart."""
        if self._texts is None:
            self._texts = [
                (element, text, clean_text(text) or "")
                for element in self.root.iter()
                if isinstance(element.tag, str)
                for text in (text_of(element),)
                if text
            ]
            self._text.update((element, text) for element, text, _ in self._texts)
        return self._texts

    def text(self, element: Element) -> str:
        if self._texts is None:
            self.texts()
        found = self._text.get(element)
        return text_of(element) if found is None else found


# --- values as the record holds them ----------------------------------------------------------


def stored_value(record: TitleRecord, name: str) -> Any:
    """The record's value of a field in a comparable form; None (or ()) when it has none."""
    if name == "release_date":
        return None if record.release_year is None else (record.release_date, record.release_year)
    if name in STREAMING_PARTS:
        return _streaming_part(record, name)
    value = getattr(record, name)
    return comparable(name, value)


def _streaming_part(record: TitleRecord, name: str) -> Any:
    block = record.streaming
    if block is None:
        return None
    if name == "streaming.platforms":
        return tuple(block.platforms) or None
    if name == "streaming.verified":
        return block.verified_on
    return None if block.available is None else (block.available, block.platform_count)


def comparable(name: str, value: Any) -> Any:
    if value is None or value == []:
        return None
    if name == "streaming.platforms":
        return tuple(value)
    if name in ("budget", "box_office"):
        amount, currency = (
            (value["amount"], value["currency"]) if isinstance(value, dict)
            else (value.amount, value.currency)
        )  # fmt: skip
        return (Decimal(amount), currency)
    if name == "cast":
        return tuple(
            (c["actor"], c["character"]) if isinstance(c, dict) else (c.actor, c.character)
            for c in value
        )
    if isinstance(value, list):
        return tuple(value)
    return value


def read_value(name: str, raw: Any, record: TitleRecord) -> Any:
    """What the record would hold for `name` were `raw` the page's text for it."""
    if raw is None or raw == []:
        return None
    dated = name in ("release_date", "streaming.verified")
    if dated and isinstance(raw, str):
        raw = date_text(raw)  # as marquee.parsers.learned.read_learned hands it on
        if not cheap_date(raw):
            return None  # extract() does not read it either
    frozen = raw if isinstance(raw, str) else tuple(raw)
    countries = tuple(record.countries) if name in ("budget", "box_office") else ()
    return _read_value(name, frozen, str(record.kind), countries)


@lru_cache(maxsize=65536)
def _read_value(name: str, raw: Any, kind: str, countries: tuple[str, ...]) -> Any:
    # cached: a locator tried on every known page reads the same texts again and again
    value = field_value(
        name, raw if isinstance(raw, str) else list(raw), kind=kind, countries=list(countries)
    )
    return comparable(name, value)


# --- where the stored values sit -------------------------------------------------------------


def candidate_locators(page: KnownPage, name: str) -> set[Locator]:
    """Locators that would read this page's stored value of `name`."""
    wanted = stored_value(page.stored, name)
    if wanted is None:
        return set()
    found = set(_candidates(page, name, wanted))
    return {loc for loc in found if _reads(loc, page, name, wanted)}


def _reads(locator: Locator, page: KnownPage, name: str, wanted: Any) -> bool:
    return agrees(name, located_value(name, read(locator, page.index), page.stored), wanted)


def agrees(name: str, got: Any, wanted: Any) -> bool:
    """The reading is the stored value, or a release date's year alone where the page writes
    the date in a form the normalizers cannot settle ("1.8.1933": 1 August or January 8)."""
    if got == wanted:
        return True
    return (
        name == "release_date"
        and isinstance(got, tuple)
        and got[0] is None
        and wanted is not None
        and got[1] == wanted[1]
    )


AMBIGUOUS = "ambiguous"  # a reading that is no value: another part of its line reads as one
_PARTS = re.compile(r"\s*[·|•/]\s*|,\s+")
_NUMBERS = frozenset({"runtime_minutes", "user_rating_count", "seasons", "budget", "box_office"})


def located_value(name: str, raw: Any, record: TitleRecord) -> Any:
    """What a locator reads, or AMBIGUOUS when its text is a line of parts of which another
    than the value's reads as a value of the field alone ("Brazil, 1995 · 111 min": "1995" is
    1995 minutes alone, and a page whose line is only "1932" gives 1932 minutes)."""
    value = read_value(name, raw, record)
    if value is None or name not in _NUMBERS or not isinstance(raw, str):
        return value
    parts = [part for part in _PARTS.split(raw) if _digits(part)]
    if len(parts) > 1 and any(
        read_value(name, part, record) not in (None, value) for part in parts
    ):
        return AMBIGUOUS
    return value


def _candidates(page: KnownPage, name: str, wanted: Any) -> Iterator[Locator]:
    title = page.stored.title
    if name == "cast":
        for container, separator, tail in _cast_containers(page, wanted):
            yield from _anchored(container, name, "pairs", title, separator, tail)
        if all(character is None for _, character in wanted):  # names alone: a list
            for container, mode in _list_containers(page, name, wanted):
                yield from _anchored(container, name, mode, title)
            yield from _prefixed_lists(page, name, wanted)
    elif name in LIST_FIELDS:
        for container, mode in _list_containers(page, name, wanted):
            yield from _anchored(container, name, mode, title)
        yield from _prefixed_lists(page, name, wanted)
        yield from _lists_of_parts(page, name, wanted)
        yield from _phrases(page, name, wanted, "split")
        yield from _phrases(page, name, wanted, "split-and")
    else:
        for element, rest, tail in _scalar_places(page, name, wanted):
            parent = element.getparent()
            if rest is None and not tail and parent is not None and lead_element(parent) is element:
                yield from _anchored(parent, name, "lead", title)
            if rest is None:
                yield from _anchored(element, name, "text", title, tail=tail)
                for suffix in _suffixes(name, page.text(element), tail):
                    yield Locator(name, "suffix", suffix, "text")
            else:
                yield from _prefix(element, name, rest, title)
        yield from _parts(page, name, wanted)
        yield from _phrases(page, name, wanted, "text")


def _scalar_places(
    page: KnownPage, name: str, wanted: Any
) -> Iterator[tuple[Element, str | None, str]]:
    """(element, the text after its line's label or None, a fixed ending after the value
    such as " notes" or "") whose text reads `wanted`."""
    screen = _SCREENS.get(name)
    limit = _LONG_TEXT if screen is None and name != "content_rating" else _SCALAR_TEXT
    for element, text, _ in page.texts():
        if len(text) > limit:
            continue
        if _matches(name, text, wanted, page.stored, screen):
            yield element, None, ""
        elif screen is not None:
            tail = _value_tail(name, text, wanted, page.stored, screen)
            if tail:
                yield element, None, tail
        prefixed = PREFIX.match(text)
        if prefixed and _matches(name, prefixed.group(2), wanted, page.stored, screen):
            yield element, prefixed.group(2), ""


def _parts(page: KnownPage, name: str, wanted: Any) -> Iterator[Locator]:
    """A value that is a part of a line of parts, by the words that close it ("Drama | 111
    λεπτά | Κ-15": part "λεπτά")."""
    screen = _SCREENS.get(name)
    if screen is None:
        return
    for _, text, _ in page.texts():
        if len(text) > MAX_PARTS_LINE or not PART_SEPARATOR.search(text):
            continue
        for part in PART_SEPARATOR.split(text):
            if part and _matches(name, part, wanted, page.stored, screen):
                for words in _suffixes(name, part, ""):
                    yield Locator(name, "part", words, "text")


def _lists_of_parts(page: KnownPage, name: str, wanted: tuple[Any, ...]) -> Iterator[Locator]:
    """A list among the parts of a line ("Drama / Crime | 36 λεπτά", "<span>1995</span> •
    <span>Drama</span> • <span>32 دقيقة</span>"): the parts without digits, found by the
    words that close a number's part."""
    lead = _first_name(wanted)
    for element, text, _ in page.texts():
        if len(text) > MAX_PARTS_LINE or not _digits(text):
            continue
        line = line_of_parts(element)
        if lead not in line:
            continue
        items = as_raw(name, list_items(element, None, "words"))
        if not items or read_value(name, items, page.stored) != wanted:
            continue
        for part in PART_SEPARATOR.split(text.casefold()):
            if _digits(part):  # a number's unit ("32 دقيقة"), never an item's words
                for words in _closing_words(part):
                    yield Locator(name, "part", words, "words")


def _value_tail(
    name: str, text: str, wanted: Any, record: TitleRecord, screen: _Screen
) -> str | None:
    """The last word or two after a value the normalizer does not read with them ("240
    notes": " notes")."""
    words = text.split(" ")
    for count in (1, 2):
        if len(words) > count and not any(c.isdigit() for c in " ".join(words[-count:])):
            middle = " ".join(words[:-count])
            if _matches(name, middle, wanted, record, screen):
                return " " + " ".join(words[-count:]).casefold()
    return None


_Screen = Callable[[str, Any], bool]


def _matches(
    name: str, text: str, wanted: Any, record: TitleRecord, screen: _Screen | None
) -> bool:
    if screen is not None and not screen(text, wanted):
        return False
    if screen is None and name != "content_rating" and clean_text(text) != wanted:
        return False  # free text is matched whole
    return agrees(name, read_value(name, text, record), wanted)


def _suffixes(name: str, text: str, tail: str) -> list[str]:
    """The words that end a value's text and name what it counts ("2 đánh giá": "đánh giá"),
    the last word or two without a digit; only for values read from a number or a date."""
    if name not in _SCREENS:
        return []
    if tail:
        return [tail.strip()] if _has_letter(tail) else []
    return _closing_words(text)


def _closing_words(text: str) -> list[str]:
    """The last word and the last two words of a text, where they have a letter and no digit
    ("111 λεπτά": "λεπτά")."""
    words = text.casefold().split(" ")
    ends = [" ".join(words[-count:]) for count in (1, 2) if len(words) > count]
    return [end for end in ends if _has_letter(end) and not _digits(end)]


def _has_letter(text: str) -> bool:
    return any(char.isalpha() for char in text)


def _digits(text: str) -> bool:
    return any(char.isdigit() for char in text)


@lru_cache(maxsize=65536)
def _amount(text: str) -> Decimal | None:
    # cached: the budget and the box office look through the same texts
    money = parse_money(text)
    return None if money is None else money.amount


def _writes_part_of(text: str, amount: int | Decimal) -> bool:
    """Whether a number written in the text could give `amount`: one of its runs of digits
    (ASCII or not) is among the amount's digits ("1,6 млн": "6" in 1600000, "مليون و99 ألف":
    "99" in 1099000). A text that gives a count or a sum from digits always has one; a
    sentence of other numbers ("in 2019, 12 awards") is passed over before the normalizer."""
    if not amount:
        return _digits(text)
    written = f"{amount:f}".replace(".", "").lstrip("-")
    for run in _NUMBER.findall(ascii_digits(text)):
        significant = run.lstrip("0")
        if significant and significant in written:
            return True
    return False


_SCREENS: dict[str, _Screen] = {
    # cheap tests before the normalizer, so that most elements cost one scan of their text
    "runtime_minutes": lambda text, want: _may_write_minutes(text, want)
    and parse_runtime(text) == want,
    "user_rating_count": lambda text, want: _writes_part_of(text, want)
    and parse_count(text) == want,
    "seasons": lambda text, want: str(want) in text or len(text) < 12,
    "release_date": lambda text, want: _may_write_date(text, want) and _quick_date(text, want),
    "budget": lambda text, want: _writes_part_of(text, want[0]) and _amount(text) == want[0],
    "box_office": lambda text, want: _writes_part_of(text, want[0]) and _amount(text) == want[0],
    "content_rating": lambda text, want: len(text) <= 40 and str(want) in text,
    "streaming.status": lambda text, want: len(text) <= 80
    and (want[1] is None or str(want[1]) in text),
    "streaming.verified": lambda text, want: _may_write_date(text, (want, want.year))
    and _quick_date(text, (want, want.year)),
}
# the same, for a sentence that may hold the value among other words
_IN_SENTENCE: dict[str, _Screen] = {
    "runtime_minutes": lambda text, want: _digits(text),
    "user_rating_count": _writes_part_of,
    "seasons": lambda text, want: str(want) in text,
    "release_date": lambda text, want: str(want[1]) in text,
    "budget": lambda text, want: _writes_part_of(text, want[0]),
    "box_office": lambda text, want: _writes_part_of(text, want[0]),
}
_NUMBER = re.compile(r"\d+")


def _may_write_minutes(text: str, want: int | float) -> bool:
    """Whether a number written in the text could give `want` minutes: the minutes, the
    hours or what is left of an hour after them, or the seconds ("111 min", "1h 51m",
    "1.85 hours", "6660 s", "PT1H51M"); digits of other scripts as ASCII."""
    runs = _NUMBER.findall(ascii_digits(text)) if _digits(text) else []
    whole = int(want)
    return any(int(run) in (whole, whole // 60, whole % 60, whole * 60) for run in runs)


def _may_write_date(text: str, want: tuple[dt.date | None, int]) -> bool:
    """Short, with the year and the day among its numbers: dateparser, the dates' last
    resort, costs up to half a second on other text with a year in it."""
    if len(text) > 40 or len(text.split()) > 6:
        return False
    numbers = {int(n) for n in _NUMBER.findall(text)}
    date, year = want
    if year not in numbers and not (year % 100 in numbers and "'" in text):
        return False
    return len(text) <= 12 if date is None else date.day in numbers


def _quick_date(text: str, want: tuple[dt.date | None, int]) -> bool:
    """The date read without dateparser is the one wanted, or none is read that way and the
    text is short enough to be only a date in other words ("7 septembre 2017")."""
    found = parse_date(text, thorough=False)
    if found is None:  # "7 septembre 2017", not "Release date:7 septembre 2017"
        return len(text.split()) <= 3 and ":" not in text
    return (found.to_date(), found.year) == want or (want[0] is None and found.year == want[1])


def _sentence_date(text: str, want: tuple[dt.date | None, int]) -> bool:
    """A date in a sentence is tried only when read without dateparser: a sentence holds
    many spans with a year in them."""
    found = parse_date(text, thorough=False) if len(text) <= 40 else None
    return found is not None and (found.to_date(), found.year) == want


def _first_name(wanted: tuple[Any, ...]) -> str:
    """A list's first item; a cast's first actor."""
    return str(wanted[0][0] if isinstance(wanted[0], tuple) else wanted[0])


def _list_containers(
    page: KnownPage, name: str, wanted: tuple[Any, ...]
) -> Iterator[tuple[Element, Mode]]:
    seen: set[tuple[int, Mode]] = set()
    lead = _first_name(wanted)
    logos = [img for img in page.root.iter("img") if squash(img.get("alt")) == lead]
    # a list written as one text ("A, B and C") starts with its first item
    first = _elements_with_text(page, lead, whole=False)
    for element in first:
        items = as_raw(name, list_items(element, None, "siblings"))
        if read_value(name, items, page.stored) == wanted:
            yield element, "siblings"
    for element in [*first, *logos]:
        for container in _ancestors(element, _UP):
            for mode in LIST_MODES:
                key = (id(container), mode)
                if key in seen:
                    continue
                seen.add(key)
                items = list_items(container, None, mode)
                if items and read_value(name, as_raw(name, items), page.stored) == wanted:
                    yield container, mode


def _prefixed_lists(page: KnownPage, name: str, wanted: tuple[Any, ...]) -> Iterator[Locator]:
    """A list on a line after its label ("Genres: Comedy, Western")."""
    title = page.stored.title
    for element in _elements_with_text(page, _first_name(wanted), whole=False, anywhere=True):
        found = PREFIX.match(page.text(element))
        label = label_key(found.group(1), title) if found else ""
        rest = prefixed_rest(element, label, title) if label else None
        for mode in ("split", "split-and"):
            items = list_items(element, rest, mode) if rest else []
            if items and read_value(name, as_raw(name, items), page.stored) == wanted:
                yield Locator(name, "prefix", label, mode)


def _cast_containers(
    page: KnownPage, wanted: tuple[tuple[str, str | None], ...]
) -> Iterator[tuple[Element, str, str]]:
    """(container, separator, tail) whose items read as the stored cast."""
    for element in _elements_with_text(page, wanted[0][0], whole=False):
        for container in _ancestors(element, _UP + 1):
            pairs = cast_pairs(container)
            if pairs and read_value("cast", pairs, page.stored) == wanted:
                yield container, "", ""
                continue
            separator, tail = _pair_form(container, wanted)
            if separator:
                pairs = cast_pairs(container, separator, tail)
                if read_value("cast", pairs, page.stored) == wanted:
                    yield container, separator, tail


def _pair_form(container: Element, wanted: tuple[tuple[str, str | None], ...]) -> tuple[str, str]:
    """The word between actor and character, and the sentence's end, in the first item that
    names a character ("Umar Gallo plays Tamsin." -> "plays", ".")."""
    items = items_of(container)
    for item, (actor, character) in zip(items, wanted, strict=False):
        if character is None:
            continue
        text = " ".join(squash(str(t)) for t in item.itertext() if t.strip())
        if not text.startswith(actor):
            return "", ""
        rest = text[len(actor) :]
        at = rest.find(character)
        separator = rest[:at].strip() if at > 0 else ""
        if not separator or len(separator.split()) > 3:
            return "", ""
        return separator.casefold(), rest[at + len(character) :].casefold()
    return "", ""


def _elements_with_text(
    page: KnownPage, wanted: str, *, whole: bool = True, anywhere: bool = False
) -> list[Element]:
    """Elements whose text is `wanted` (or, not `whole`, starts with it; `anywhere`, holds
    it)."""
    found: list[Element] = []
    for element, _, text in page.texts():
        if text == wanted or (not whole and len(text) < 200 and _holds(text, wanted, anywhere)):
            found.append(element)
    return found


def names_a_value(text: str) -> bool:
    """Whether a text is another row's value, no label to anchor on: a list of things, a
    language's name ("ລາວ", "English, Lao subtitles" where a part is one), a country's, a
    year. A value of a row the record has no field for is the same on most pages of a site,
    as a label is, and the value after it changes with the rows a page has (no box office:
    the budget after it)."""
    if field_for(text) is not None:
        return False  # a listed label ("ಅವಧಿ", Kannada's duration, names Awadhi too)
    parts = [part for part in _VALUE_PARTS.split(text.casefold()) if part]
    return bool(parts) and (
        len(parts) > 1  # a list ("Igilisi, upu Samoa"): labels name one thing
        or any(part in _language_names() for part in parts)
        or bool(countries_in(text))
        or all(_YEAR_ALONE.fullmatch(part) for part in parts)
    )


_VALUE_PARTS = re.compile(r"\s*[,;/·|]\s*")
_YEAR_ALONE = re.compile(r"\d{4}")


@lru_cache(maxsize=1)
def _language_names() -> frozenset[str]:
    """The names of the languages in every language CLDR (Babel) has (each locale's own
    names for them), lower-cased."""
    names: set[str] = set()
    for identifier in localedata.locale_identifiers():
        if "_" in identifier:
            continue  # a regional variant names them as its language does
        try:
            languages = Locale.parse(identifier).languages
            names.update(str(name).casefold() for name in languages.values())
        except (ValueError, UnknownLocaleError):
            continue
    return frozenset(name for name in names if len(name) > 2)


def _holds(text: str, wanted: str, anywhere: bool) -> bool:
    return wanted in text if anywhere else text.startswith(wanted)


def _ancestors(element: Element, up: int) -> list[Element]:
    found: list[Element] = []
    current = element.getparent()
    while current is not None and len(found) < up and current.tag not in ("body", "html"):
        found.append(current)
        current = current.getparent()
    return [element, *found]


def _anchored(
    element: Element, name: str, mode: Mode, title: str, separator: str = "", tail: str = ""
) -> Iterator[Locator]:
    """Locators of a value element by the anchors beside it: its label (the element before
    it that shows text), its attributes, an icon's attributes just before it."""
    for token in attribute_tokens(element):
        yield Locator(name, "attr", token, mode, tail, separator)
    before = previous_with_text(element)
    if before is not None:
        label = label_key(text_of(before), title)
        if label and len(label) <= MAX_LABEL and not names_a_value(text_of(before)):
            yield Locator(name, "label", label, mode, tail, separator)
    icon = element.getprevious()
    if icon is not None and isinstance(icon.tag, str) and marks(icon, element):
        for token in attribute_tokens(icon):
            yield Locator(name, "after", token, mode, tail, separator)


def _prefix(element: Element, name: str, rest: str, title: str) -> Iterator[Locator]:
    found = PREFIX.match(text_of(element))
    label = label_key(found.group(1), title) if found else ""
    if label and prefixed_rest(element, label, title) == rest:
        yield Locator(name, "prefix", label, "text")


_SENTENCE_CHARS = 240
_SENTENCE_WORDS = 40
_END = frozenset(".!?;")


def _phrases(page: KnownPage, name: str, wanted: Any, mode: Mode) -> Iterator[Locator]:
    """Sentences that hold the value between a fixed opening and a fixed ending ("It was
    released on 7 September 2017.", "It is a Comedy and Western movie.")."""
    screen = _IN_SENTENCE.get(name)
    probe = wanted[0] if name in LIST_FIELDS else wanted if isinstance(wanted, str) else None
    title = page.stored.title
    for element in page.index.sentences():
        text = page.text(element)
        if len(text) > _SENTENCE_CHARS:
            continue
        if screen is not None and not screen(text, wanted):
            continue
        if probe is not None and probe not in text:
            continue
        words = text.split(" ")
        if len(words) > _SENTENCE_WORDS:
            continue
        # the longest opening and ending that leave the value: "It was released on", not "It"
        for opening in range(min(MAX_PHRASE_WORDS, len(words) - 1), 0, -1):
            found = _phrase_split(page, name, wanted, mode, words, opening, title)
            if found is not None:
                yield found
                break


def _phrase_split(
    page: KnownPage, name: str, wanted: Any, mode: Mode, words: list[str], opening: int, title: str
) -> Locator | None:
    phrase = phrase_key(" ".join(words[:opening]), title)
    rest = " ".join(words[opening:])
    folded = rest.casefold()
    tails = [" " + " ".join(words[-count:]).casefold() for count in (2, 1)
             if len(words) - opening > count]  # fmt: skip
    tails += [folded[-1]] if rest and rest[-1] in _END else []
    for tail in [*tails, ""]:
        if not folded.endswith(tail):
            continue
        middle = rest[: len(rest) - len(tail)].strip()
        screen = _SCREENS.get(name) if name != "release_date" else _sentence_date
        if not middle or (screen is not None and not screen(middle, wanted)):
            continue
        raw: Any = middle if mode == "text" else list_items(page.root, middle, mode)
        if agrees(name, read_value(name, raw, page.stored), wanted):
            return Locator(name, "phrase", phrase, mode, tail)
    return None


# --- scoring and choosing ---------------------------------------------------------------------


@dataclass(slots=True)
class Score:
    right: int = 0
    wrong: int = 0  # a value other than the stored one
    extra: int = 0  # a value where the stored record has none
    missed: int = 0  # nothing where the stored record has a value
    whole: int = 0  # of the right, those that are the stored value itself (not a date's year)

    @property
    def given(self) -> int:
        return self.right + self.wrong + self.extra

    @property
    def precision(self) -> float:
        return self.right / self.given if self.given else 0.0

    def add(self, other: Score) -> None:
        self.right += other.right
        self.wrong += other.wrong
        self.extra += other.extra
        self.missed += other.missed
        self.whole += other.whole


class Presence:
    """On what share of the known pages each anchor is found (looked up once per anchor)."""

    def __init__(self, pages: Sequence[KnownPage]) -> None:
        self.pages = pages
        self._found: dict[tuple[str, str], frozenset[int]] = {}

    def on(self, anchor: tuple[str, str]) -> frozenset[int]:
        """The known pages (their indexes) that carry the anchor."""
        if anchor not in self._found:
            self._found[anchor] = frozenset(
                i for i, page in enumerate(self.pages) if page.index.has(anchor)
            )
        return self._found[anchor]

    def share(self, locator: Locator) -> float:
        return len(self.on(locator.anchor_key)) / len(self.pages) if self.pages else 0.0


class FieldTable:
    """One field over the known pages: each page's stored value and candidate locators, and
    each locator's reading of each page, read once (cross-validation reads them again)."""

    def __init__(
        self, name: str, pages: Sequence[KnownPage], presence: Presence | None = None
    ) -> None:
        self.name = name
        self.pages = pages
        self.presence = presence or Presence(pages)
        self.wanted = [stored_value(page.stored, name) for page in pages]
        self.builtin = [
            stored_value(page.builtin, name) if page.builtin is not None else None
            for page in pages
        ]
        self.candidates = [candidate_locators(page, name) for page in pages]
        self._read: dict[tuple[Locator, int], Any] = {}
        self._marks: dict[tuple[Locator, ...], list[int]] = {}

    def value(self, locator: Locator, i: int) -> Any:
        key = (locator, i)
        if key not in self._read:
            page = self.pages[i]
            raw = read(locator, page.index)
            self._read[key] = located_value(self.name, raw, page.stored)
        return self._read[key]

    def score(self, locators: Sequence[Locator], rows: Iterable[int]) -> Score:
        """How locators, tried in order (the first that finds a value wins), read the rows."""
        result = Score()
        for i in rows:
            got = next((v for v in (self.value(loc, i) for loc in locators) if v is not None), None)
            wanted = self.wanted[i]
            if got is None:
                result.missed += wanted is not None
            elif wanted is None:
                result.extra += 1
            elif agrees(self.name, got, wanted):
                result.right += 1
                result.whole += got == wanted
            else:
                result.wrong += 1
        return result

    def marks(self, locators: Sequence[Locator]) -> list[int]:
        """Per known page, what the locators' reading counts in _recognised_right: 2 for the
        stored value, 1 for a date's year alone (scored once per set of locators)."""
        key = tuple(locators)
        if key not in self._marks:
            scores = (self.score(locators, (i,)) for i in range(len(self.pages)))
            self._marks[key] = [score.right + score.whole for score in scores]
        return self._marks[key]

    def choose(self, rows: Sequence[int]) -> list[Locator]:
        """The simplest locator that reads the rows right, then others that read the rows it
        leaves empty, each kept only while precision holds."""
        seen: Counter[Locator] = Counter()
        for i in rows:
            seen.update(self.candidates[i])
        tried = [
            loc
            for loc, n in seen.items()
            if n >= MIN_SUPPORT and self.presence.share(loc) >= MIN_PRESENCE
        ]
        exact = seen if self.name != "release_date" else self._exact(tried, rows)
        ranked = sorted(
            tried,
            key=lambda loc: (-exact[loc], -seen[loc], KINDS.index(loc.kind), loc.mode, loc.anchor),
        )
        chosen: list[Locator] = []
        best = Score()
        for locator in ranked:
            trial = self.score([*chosen, locator], rows)
            if chosen and self.score([locator], rows).precision < MIN_PRECISION:
                continue  # a fallback wrong where an earlier locator hides it: wrong alone too
            if trial.precision >= MIN_PRECISION and trial.right > best.right:
                chosen.append(locator)
                best = trial
            if len(chosen) == MAX_LOCATORS or (chosen and best.missed == 0):
                break
        return chosen if best.right >= MIN_SUPPORT else []

    def _exact(self, locators: list[Locator], rows: Sequence[int]) -> Counter[Locator]:
        """Of the rows a locator is a candidate on, those it reads exactly (a whole date, not
        its year alone)."""
        found: Counter[Locator] = Counter()
        for i in rows:
            wanted, candidates = self.wanted[i], self.candidates[i]
            found.update(loc for loc in locators
                         if loc in candidates and self.value(loc, i) == wanted)  # fmt: skip
        return found

    def dominates(self, locators: Sequence[Locator]) -> bool:
        """The locators read right every known page the built-in readers read right, and
        more besides: on this layout they are to be preferred to them."""
        if any(page.builtin is None for page in self.pages):
            return False  # the built-in readings are not known: nothing to compare
        better = 0
        for i, wanted in enumerate(self.wanted):
            got = next((v for v in (self.value(loc, i) for loc in locators) if v is not None), None)
            builtin = self.builtin[i]
            if builtin == wanted and got is not None and got != wanted:
                return False  # would turn a right value wrong
            better += builtin != wanted and got == wanted
        return better >= max(MIN_SUPPORT, len(self.wanted) // 10)

    def cross_validated(self, folds: int = FOLDS) -> Score:
        """Locators chosen on all rows but one fold, scored on that fold; summed over folds."""
        total = Score()
        n = len(self.pages)
        k = min(folds, n)
        for fold in range(k):
            held = [i for i in range(n) if i % k == fold]
            rest = [i for i in range(n) if i % k != fold]
            total.add(self.score(self.choose(rest), held))
        return total


# --- the whole layout ---------------------------------------------------------------------------


@dataclass(slots=True)
class FieldReport:
    field: str
    locators: list[Locator]
    support: int  # known pages read right by the kept locators
    precision: float  # in cross-validation
    cv: Score
    kept: bool
    why: str = ""


@dataclass(slots=True)
class Learned:
    layout: LearnedLayout | None
    fields: list[FieldReport]
    pages: int


def learn(pages: Sequence[KnownPage], fields: Sequence[str] = FIELDS) -> Learned:
    unknown = sorted(set(fields) - set(FIELDS))
    if unknown:
        raise ValueError(f"no learned locator reads {', '.join(unknown)} (fields: {FIELDS})")
    presence = Presence(pages)
    tables = [FieldTable(name, pages, presence) for name in fields]
    reports = [_learn_field(table) for table in tables]
    _recognisable(reports, tables, presence)
    kept = [loc for report in reports if report.kept for loc in report.locators]
    layout = LearnedLayout(fingerprint(kept), tuple(kept)) if kept else None
    return Learned(layout, reports, len(pages))


def _learn_field(table: FieldTable) -> FieldReport:
    name = table.name
    locators = table.choose(range(len(table.pages)))
    if not locators:
        return FieldReport(name, [], 0, 0.0, Score(), False, "no locator reads the known pages")
    cv = table.cross_validated()
    kept = cv.given > 0 and cv.precision >= MIN_PRECISION
    why = "" if kept else f"cross-validated precision {cv.precision:.1%} < {MIN_PRECISION:.0%}"
    report = FieldReport(name, [], 0, cv.precision, cv, kept, why)
    _fit(report, table, locators)
    return report


def _fit(report: FieldReport, table: FieldTable, locators: list[Locator]) -> None:
    """The report's locators and support; preferred to the built-in readers when they
    dominate them. A streaming part is never preferred: the block it would replace is made of
    three parts, and the dominance of each part says nothing of the block made of them."""
    plain = [dataclasses.replace(locator, prefer=False) for locator in locators]
    full = table.score(plain, range(len(table.pages)))
    if plain and full.precision < MIN_PRECISION:
        plain = []  # what is left of them no longer reads the known pages right
    prefer = report.kept and report.field not in STREAMING_PARTS and bool(plain)
    if prefer and table.dominates(plain):
        plain = [dataclasses.replace(locator, prefer=True) for locator in plain]
    if report.field == "release_date":
        plain = [dataclasses.replace(loc, order=_date_order(table, loc)) for loc in plain]
    report.locators = plain
    report.support = full.right if plain else 0
    if report.kept and not plain:
        report.kept, report.why = False, "its anchors are on too few of the layout's pages"


def _date_order(table: FieldTable, locator: Locator) -> str:
    """The order the locator's numeric dates are written in on the known pages ("DMY",
    "MDY"), where one of them settles it (a day over 12) and none says otherwise; "" else."""
    orders: set[str] = set()
    for page, wanted in zip(table.pages, table.wanted, strict=True):
        raw = read(locator, page.index)
        numeric = NUMERIC_DATE.fullmatch(raw.strip()) if isinstance(raw, str) else None
        if numeric is None or wanted is None or wanted[0] is None:
            continue
        first, second = int(numeric.group("a")), int(numeric.group("b"))
        day, month = wanted[0].day, wanted[0].month
        fits = {o for o, (d, m) in (("DMY", (first, second)), ("MDY", (second, first)))
                if (d, m) == (day, month)}  # fmt: skip
        if not fits:
            return ""  # a date the locator reads that is neither: no order to learn
        if len(fits) == 1:
            orders |= fits
    return orders.pop() if len(orders) == 1 else ""


def _recognisable(
    reports: list[FieldReport], tables: list[FieldTable], presence: Presence
) -> None:
    """Drop the locators of an anchor, or of the rarest anchors, while that reads as many known
    pages right or more: a layout is recognised on a page by MATCHING_SHARE of its anchors, and
    anchors found on a few pages only may leave most pages of the layout unrecognised."""
    kept = {t.name: r.locators for r, t in zip(reports, tables, strict=True) if r.kept}
    best = _recognised_right(kept, tables, presence)
    while True:
        rarest = sorted(
            {loc.anchor_key for locators in kept.values() for loc in locators},
            key=lambda anchor: (len(presence.on(anchor)), anchor),
        )
        moves = [[a] for a in rarest] + [rarest[:k] for k in range(2, len(rarest) + 1)]
        trials = [(_recognised_right(_without(kept, m), tables, presence), m) for m in moves]
        # on a tie the layout with fewer anchors: recognised more surely on other pages
        score, move = max(trials, key=lambda trial: trial[0], default=(-1, []))
        if score < best:
            break
        best, kept = score, _without(kept, move)
    for report, table in zip(reports, tables, strict=True):
        if report.kept and kept[table.name] != report.locators:
            _fit(report, table, kept[table.name])


def _without(
    kept: dict[str, list[Locator]], anchors: Sequence[tuple[str, str]]
) -> dict[str, list[Locator]]:
    return {name: [loc for loc in locs if loc.anchor_key not in anchors]
            for name, locs in kept.items()}  # fmt: skip


def _recognised_right(
    kept: dict[str, list[Locator]], tables: list[FieldTable], presence: Presence
) -> int:
    """Fields read right on the known pages where a layout of these locators is recognised
    (as marquee.parsers.learned.matching_layout recognises it); a whole value counts twice,
    a date's year alone once."""
    anchors = {loc.anchor_key for locators in kept.values() for loc in locators}
    if not anchors:
        return 0
    found = Counter(i for anchor in anchors for i in presence.on(anchor))
    least = min(MATCHING_MIN, len(anchors))
    pages = [i for i, n in found.items() if n >= least and n / len(anchors) >= MATCHING_SHARE]
    marks = [table.marks(kept[table.name]) for table in tables if kept.get(table.name)]
    return sum(row[i] for row in marks for i in pages)


def fingerprint(locators: Iterable[Locator]) -> str:
    """The layout's name: a hash of its locators' anchors (the same layout learned again from
    other pages gets the same name when it finds the same anchors)."""
    anchors = sorted({f"{loc.kind}:{loc.anchor}" for loc in locators})
    return hashlib.sha256("\n".join(anchors).encode("utf-8")).hexdigest()[:12]
