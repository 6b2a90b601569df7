"""Locators learned from stored records (`marquee learn`): where a redesign puts each field.

A locator names an anchor a person can check and how the value sits beside it:

    label "length"                the element right after the one whose text is "Length"
    prefix "length"               the rest of a line that starts "Length:" (or "Length ·")
    phrase "it was released on"   the rest of a sentence that starts so (up to its `tail`)
    attr data-stat=runtime        the element carrying that attribute (class=<word>: a class)
    after class=icon-clock        the element right after the one carrying it (an icon's value)

and what is read there: the text, or a list (its children, its links, or its text split at
commas and "and"), or cast pairs (an item's two texts, or one text split at " as " or at a
learned `separator` such as "plays"). The page's own title in a label or phrase is written
"{title}". Never a generated class name or a position in the page.

This module only reads: `PageIndex` finds anchors on a page, `read` applies one locator,
`read_learned` applies a layout's locators as one more channel (a RawTitle). Learning them is
marquee.learn's work.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal, cast

from lxml import etree

from marquee.normalizers.text import clean_text
from marquee.parsers.dom import Element, squash, text_of
from marquee.parsers.forms import CERTIFICATE, FULL_DATE
from marquee.parsers.labels import normalize_label
from marquee.parsers.raw import RawStreaming, RawTitle

Kind = Literal["label", "prefix", "phrase", "attr", "after", "suffix", "part"]
Mode = Literal[
    "text", "children", "links", "alts", "split", "split-and", "pairs", "texts", "siblings",
    "lead", "words",
]
# simplest first
KINDS: tuple[Kind, ...] = ("label", "prefix", "attr", "after", "phrase", "suffix", "part")
# "texts": each text of the element an item (names between line breaks); "siblings": the
# element and the like elements after it (same tag and class: "De <a>A</a>, <a>B</a>")
# "words": the parts of a line of parts ("Drama / Crime | 111 min", "1995 • +15 • Drama •
# 111 min") that hold no digit nor are a certificate
LIST_MODES: tuple[Mode, ...] = (
    "children", "links", "alts", "split", "split-and", "texts", "words",
)  # fmt: skip

CHANNEL = "learned"
TITLE = "{title}"
# record field -> RawTitle attribute the learned text goes to (the normalizers do the rest)
RAW_ATTRIBUTE: dict[str, str] = {
    "tagline": "tagline",
    "synopsis": "synopsis",
    "audience_summary": "audience_summary",
    "release_date": "release_date",
    "runtime_minutes": "runtime",
    "content_rating": "content_rating",
    "user_rating_count": "user_rating_count",
    "seasons": "seasons",
    "budget": "budget",
    "box_office": "box_office",
    "genres": "genres",
    "countries": "countries",
    "studios": "studios",
    "directors": "directors",
    "writers": "writers",
    "cast": "cast",
    # the streaming block in three parts: "Streaming on 2 services", the services, "checked
    # March 2, 2026"; the channel's RawStreaming is made of what is found
    "streaming.status": "streaming",
    "streaming.platforms": "streaming",
    "streaming.verified": "streaming",
}
LIST_FIELDS = frozenset(
    {"genres", "countries", "studios", "directors", "writers", "streaming.platforms"}
)
STREAMING_PARTS = ("streaming.status", "streaming.platforms", "streaming.verified")

MAX_LABEL = 48
MAX_PHRASE_WORDS = 6
# "Length: 1h 51m", "Length · 1h 51m": a short label, a separator, the value
PREFIX = re.compile(r"\s*([^:：·|—–]{1,40}?)\s*[:：·|—–]\s*(\S.*)", re.DOTALL)
_LABEL_ONLY = re.compile(r"[^:：·|—–]{1,40}?\s*[:：]")
_SPLIT = re.compile(r"\s*[,;|·•/،、]\s*")  # the Arabic and ideographic commas too
# "split-and" also splits at a word for "and" ("Comedy and Western"); "split" does not, for
# names that hold one ("Achterberg & Rossi")
_AND = re.compile(r"\s+(?:and|&|et|und|y|e|en|og|och|i|и)\s+", re.IGNORECASE)
_AS = re.compile(r"\s+(?:as|—|–|-|\.\.\.|…)\s+", re.IGNORECASE)
_ROLE_LEAD = re.compile(r"^(?:as|voice of)\s+", re.IGNORECASE)
# attribute values a person can read and a redesign keeps: words, no digits, not generated
# a token or a few words ("data-caption=Running time": a label only the stylesheet shows)
_READABLE = re.compile(r"[A-Za-z][A-Za-z_:.-]*[A-Za-z](?: [A-Za-z][A-Za-z_:.-]*[A-Za-z]){0,3}")
_GENERATED = re.compile(r"^(?:sc|css|jsx|emotion|svelte|tw|astro)-|^_|__[A-Za-z]{5}$")
_ANCHOR_ATTRIBUTES = frozenset(
    {"itemprop", "property", "role", "id", "name", "aria-label", "title", "slot", "for"}
)
# what normalize_label changes beyond case and a trailing colon: spaces, notes in brackets
_MAY_NORMALIZE = re.compile(r"\s\s|[\s\u00a0][:：]|[(\[\u00a0]")
_TEXT_NODES = etree.XPath("//body//text()[normalize-space()]", smart_strings=True)


@dataclass(frozen=True, slots=True)
class Locator:
    field: str
    kind: Kind
    anchor: str  # a label's or phrase's normalized text, or "name=value" of an attribute
    mode: Mode = "text"
    tail: str = ""  # phrase: what ends the sentence after the value (" movie.", ".")
    separator: str = ""  # pairs: the word between actor and character ("plays")
    # read over the built-in readers' value: on the known pages of its layout the locator was
    # right wherever they were, and right where they were wrong (marquee.learn)
    prefer: bool = False
    # a date's numeric order ("DMY", "MDY") as the known pages write it, where their language
    # does not settle it ("12-05-1942" on an Odia site whose locale reads month first)
    order: str = ""

    def describe(self) -> str:
        shown = f'"{self.anchor}"' if self.kind in _TEXT_KINDS else self.anchor
        extra = f' ... "{self.tail}"' if self.tail else ""
        extra += f' (actor "{self.separator}" character)' if self.separator else ""
        preferred = " (preferred to the built-in readers)" if self.prefer else ""
        order = f" ({self.order})" if self.order else ""
        return f"{self.kind} {shown}{extra} -> {self.mode}{order}{preferred}"

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind, "anchor": self.anchor, "mode": self.mode}
        data.update({k: v for k, v in (("tail", self.tail), ("separator", self.separator)) if v})
        if self.prefer:
            data["prefer"] = True
        if self.order:
            data["order"] = self.order
        return data

    @classmethod
    def from_json(cls, name: str, data: dict[str, Any]) -> Locator:
        kind = data["kind"] if data["kind"] in KINDS else "label"
        return cls(
            name,
            cast(Kind, kind),
            str(data["anchor"]),
            cast(Mode, data.get("mode", "text")),
            str(data.get("tail", "")),
            str(data.get("separator", "")),
            bool(data.get("prefer", False)),
            str(data.get("order", "")) if data.get("order") in ("DMY", "MDY") else "",
        )

    @property
    def anchor_key(self) -> tuple[str, str]:
        return (self.kind if self.kind in _TEXT_KINDS else "attr", self.anchor)


_TEXT_KINDS = frozenset({"label", "prefix", "phrase", "suffix", "part"})


@dataclass(frozen=True, slots=True)
class LearnedLayout:
    """A redesign's learned locators; they apply to a page only when most of their anchors
    are on it (a page of another layout is left alone)."""

    fingerprint: str
    locators: tuple[Locator, ...]
    ids: tuple[int, ...] = ()  # storage ids, in the order of `locators`
    # made once, read on every page
    anchors: frozenset[tuple[str, str]] = field(init=False, repr=False, compare=False)
    preferred_fields: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "anchors", frozenset(loc.anchor_key for loc in self.locators))
        preferred = frozenset(loc.field for loc in self.locators if loc.prefer)
        object.__setattr__(self, "preferred_fields", preferred)


# of a layout's anchors on a page, for its locators to apply: a show's page lacks a movie's
# budget and box office, a page of another layout most of them
MATCHING_SHARE = 0.4
MATCHING_MIN = 2


def label_key(text: str, title: str) -> str:
    """A label as locators name it: normalized, the page's own title as "{title}" ("When did
    Heat come out?" is one label on every page)."""
    return _titled(normalize_label(text), title)


def phrase_key(text: str, title: str) -> str:
    return _titled(squash(text).casefold(), title)


def _titled(text: str, title: str) -> str:
    """`text` (casefolded) with the page's title as "{title}"."""
    own = squash(title).casefold()
    return text.replace(own, TITLE) if own and own in text else text


# --- finding anchors -------------------------------------------------------------------------


@dataclass(slots=True)
class PageIndex:
    """A page's anchors: label texts, line prefixes, sentence starts and readable attributes,
    each with the elements that carry it, in page order. `wanted` limits it to a layout's."""

    title: str = ""
    # the elements whose line is the label; label_elements() adds their wrappers when read
    labels: dict[str, list[Element]] = field(default_factory=lambda: defaultdict(list))
    prefixes: dict[str, list[Element]] = field(default_factory=lambda: defaultdict(list))
    phrases: dict[str, list[Element]] = field(default_factory=lambda: defaultdict(list))
    attrs: dict[str, list[Element]] = field(default_factory=lambda: defaultdict(list))
    suffixes: dict[str, list[Element]] = field(default_factory=lambda: defaultdict(list))
    # lines of parts ("Drama | 111 min | PG") with a part that closes with the anchor ("min")
    parts: dict[str, list[Element]] = field(default_factory=lambda: defaultdict(list))
    # every line (phrase key, element) when learning: phrases are looked up as asked for
    _lines: list[tuple[str, Element]] | None = None
    _wrapped: dict[str, list[Element]] = field(default_factory=dict)

    @classmethod
    def of(
        cls, root: Element, title: str, wanted: Iterable[tuple[str, str]] | None = None
    ) -> PageIndex:
        index = cls(title=title)
        want = None if wanted is None else set(wanted)
        if want is None or any(kind in _TEXT_KINDS for kind, _ in want):
            index._index_texts(root, want)
        if want is None or any(kind == "attr" for kind, _ in want):
            index._index_attrs(root, want)
        return index

    def _index_texts(self, root: Element, want: set[tuple[str, str]] | None) -> None:
        labels = None if want is None else {a for k, a in want if k == "label"}
        prefixes = None if want is None else {a for k, a in want if k == "prefix"}
        phrases = () if want is None else tuple(a for k, a in want if k == "phrase")
        suffixes = () if want is None else tuple(a for k, a in want if k == "suffix")
        parts = () if want is None else tuple(a for k, a in want if k == "part")
        if want is None:
            self._lines = []
        title = squash(self.title).casefold()
        longest = MAX_LABEL + len(title)
        tokens = None if want is None else _plan(frozenset(want)).tokens
        for line, element in _lines(root, tokens):
            folded = line.casefold()  # lines are whitespace-collapsed: a phrase key but the title
            if (labels is None or labels) and len(line) <= longest:
                label = self._label_of(line, folded, labels)
                if label and element.tag not in _PAGE:
                    self.labels[label].append(element)
            if prefixes is None or prefixes:
                self._index_prefix(line, element, prefixes)
            if self._lines is not None:
                self._lines.append((_titled(folded, title), element))
            elif phrases:
                key = _titled(folded, title) if title and title in folded else folded
                for phrase in phrases:
                    if _opens(key, phrase):
                        self.phrases[phrase].append(element)
            if suffixes:
                for suffix in suffixes:
                    if _closes(folded, suffix):
                        self.suffixes[suffix].append(element)
            if parts:
                for part in parts:
                    if part_closing(folded, part) is not None and line_of_parts(element):
                        self.parts[part].append(element)

    def _index_prefix(self, line: str, element: Element, wanted: set[str] | None) -> None:
        """A line "Label: value", or a label "Label:" in an element of its own whose value
        follows it in its parent ("<b>Genre:</b> Western"): the parent's line."""
        found = PREFIX.match(line)
        if found is None and _LABEL_ONLY.fullmatch(line) and (element.tail or "").strip():
            parent = element.getparent()
            if parent is not None and element.text is not None and line == squash(element.text):
                element, found = parent, PREFIX.match(text_of(parent))
        if found is not None:
            label = label_key(found.group(1), self.title)
            if label and (wanted is None or label in wanted):
                self.prefixes[label].append(element)

    def _label_of(self, line: str, folded: str, wanted: set[str] | None) -> str | None:
        """The line as a label, if it may be one (of those `wanted`, when given)."""
        if wanted is not None:
            quick = folded.rstrip(":： ")
            if quick in wanted:
                return quick
            if not _MAY_NORMALIZE.search(line) and not (self.title and self.title in line):
                return None  # the full normalization would not make it one of them
        label = label_key(line, self.title)
        return label if label and (wanted is None or label in wanted) else None

    def _index_attrs(self, root: Element, want: set[tuple[str, str]] | None) -> None:
        if want is None:
            for element in root.iter():
                if isinstance(element.tag, str) and element.attrib:
                    for token in attribute_tokens(element):
                        self.attrs[token].append(element)
            return
        plan = _plan(frozenset(want))
        wanted = plan.attrs
        candidates = root.iter() if plan.carriers is None else plan.carriers(root)
        for element in cast(Iterable[Element], candidates):
            if not isinstance(element.tag, str):
                continue
            for name, values in wanted.items():
                found = element.get(name)
                if found is None:
                    continue
                for value in found.split() if name == "class" else (found,):
                    if value in values:
                        self.attrs[f"{name}={value}"].append(element)

    def sentences(self) -> list[Element]:
        """Elements whose text opens with their own text (a sentence may start there): only
        an index built to learn has them."""
        seen: dict[Element, None] = {}
        for _, element in self._lines or ():
            if element not in seen and (element.text or "").strip():
                seen[element] = None
        return list(seen)

    def label_elements(self, label: str) -> list[Element]:
        """The elements holding the label's text and their wrappers that say nothing more, in
        page order (made when first read: most anchors only tell a layout's pages apart)."""
        found = self._wrapped.get(label)
        if found is None:
            found = [
                anchor
                for element in self.labels.get(label, ())
                for anchor in _same_text_ancestors(element, label, self.title)
            ]
            self._wrapped[label] = found
        return found

    def phrase_elements(self, phrase: str) -> list[Element]:
        if self._lines is not None and phrase not in self.phrases:
            self.phrases[phrase] = [el for key, el in self._lines if _opens(key, phrase)]
        return self.phrases.get(phrase, [])

    def suffix_elements(self, suffix: str) -> list[Element]:
        if self._lines is not None and suffix not in self.suffixes:
            self.suffixes[suffix] = [el for key, el in self._lines if _closes(key, suffix)]
        return self.suffixes.get(suffix, [])

    def part_elements(self, anchor: str) -> list[Element]:
        if self._lines is not None and anchor not in self.parts:
            self.parts[anchor] = [
                el
                for key, el in self._lines
                if part_closing(key, anchor) is not None and line_of_parts(el)
            ]
        return self.parts.get(anchor, [])

    def has(self, anchor: tuple[str, str]) -> bool:
        kind, value = anchor
        if kind == "part":
            return bool(self.part_elements(value))
        if kind == "phrase":
            return bool(self.phrase_elements(value))
        if kind == "suffix":
            return bool(self.suffix_elements(value))
        found = {"label": self.labels, "prefix": self.prefixes}.get(kind, self.attrs)
        return value in found


@dataclass(frozen=True, slots=True)
class _Plan:
    """How a page is searched for a set of wanted anchors, made once per set."""

    # a piece of every text anchor: a line containing none of them makes none of them (each
    # word of a normalized label, phrase or suffix is a part of the casefolded line it is
    # read from); None when an anchor has no such piece
    tokens: re.Pattern[str] | None
    attrs: dict[str, set[str]]  # attribute name -> values
    # the elements that may carry one of the attributes, in page order (checked again
    # exactly); None: walk every element
    carriers: etree.XPath | None


_XPATH_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")


@lru_cache(maxsize=64)
def _plan(want: frozenset[tuple[str, str]]) -> _Plan:
    pieces: set[str] = set()
    whole = True
    attrs: dict[str, set[str]] = defaultdict(set)
    for kind, anchor in want:
        if kind == "attr":
            name, _, value = anchor.partition("=")
            attrs[name].add(value)
            continue
        words = [w for part in anchor.split(TITLE) for w in part.split() if w]
        if words:
            pieces.add(max(words, key=len))
        else:
            whole = False
    tokens = None
    if whole and pieces:
        ordered = sorted(pieces, key=lambda piece: (-len(piece), piece))
        tokens = re.compile("|".join(re.escape(piece) for piece in ordered))
    tests: list[str] = []
    for name, values in sorted(attrs.items()):
        if not _XPATH_NAME.fullmatch(name) or any("'" in value for value in values):
            tests.clear()
            break
        for value in sorted(values):
            test = f"contains(@class, '{value}')" if name == "class" else f"@{name}='{value}'"
            tests.append(test)
    carriers = etree.XPath(f"descendant-or-self::*[{' or '.join(tests)}]") if tests else None
    return _Plan(tokens, dict(attrs), carriers)


def part_closing(line: str, anchor: str) -> str | None:
    """The first part of the line that closes with the anchor's words after something else
    ("Drama | 111 min | PG" and "min": "111 min"). A part locator reads only lines of parts
    (line_of_parts): "41 min" in an episode's row is no part of the title's facts."""
    if anchor not in line:
        return None
    for part in PART_SEPARATOR.split(line):
        if _closes(part, anchor):
            return part
    return None


def _closes(line: str, suffix: str) -> bool:
    """The line closes with the suffix's whole words, after something else."""
    return line.endswith(suffix) and line[-len(suffix) - 1 : -len(suffix)] == " "


def _opens(line: str, phrase: str) -> bool:
    """The line opens with the phrase's whole words."""
    return line.startswith(phrase) and line[len(phrase) : len(phrase) + 1] in ("", " ")


def _lines(root: Element, tokens: re.Pattern[str] | None = None) -> Iterator[tuple[str, Element]]:
    """Each text of the page (whitespace collapsed) with the element whose text it starts or
    continues; only those holding one of the `tokens` (casefolded), when given: none of the
    wanted anchors can be made of the others (a token has no space, so collapsing the
    whitespace first changes nothing)."""
    for text in cast(list[etree._ElementUnicodeResult], _TEXT_NODES(root)):
        if tokens is not None and tokens.search(text.casefold()) is None:
            continue
        owner = text.getparent()
        element = owner if owner is None or text.is_text else owner.getparent()
        if element is not None:
            yield squash(str(text)), element


_PAGE = ("body", "html")


def _same_text_ancestors(element: Element, label: str, title: str) -> Iterator[Element]:
    """The element holding a label's text and its wrappers that say nothing more."""
    current: Element | None = element
    for _ in range(3):
        if current is None or current.tag in _PAGE:
            return
        if current is not element and label_key(text_of(current), title) != label:
            return
        yield current
        current = current.getparent()


def attribute_tokens(element: Element) -> Iterator[str]:
    """ "class=fact-runtime", "data-field=runtime", "itemprop=duration": readable only."""
    for name, value in element.attrib.items():
        if not isinstance(name, str) or not isinstance(value, str):
            continue
        if name == "class":
            for token in value.split():
                if _readable(token):
                    yield f"class={token}"
        elif (name in _ANCHOR_ATTRIBUTES or name.startswith("data-")) and _readable(value):
            yield f"{name}={value}"


def _readable(value: str) -> bool:
    return (
        len(value) <= 40
        and _READABLE.fullmatch(value) is not None
        and _GENERATED.search(value) is None
    )


# --- reading a value -------------------------------------------------------------------------

Raw = str | list[str] | list[tuple[str, str | None]]


def value_elements(locator: Locator, index: PageIndex) -> Iterator[tuple[Element, str | None]]:
    """Where the locator's value may be, in page order: (element, text) where text is the
    part of a line after its label or phrase, else None (the element's own text)."""
    if locator.kind == "label":
        for anchor in index.label_elements(locator.anchor):
            following = next_with_text(anchor)
            if following is not None:
                yield following, None
    elif locator.kind == "prefix":
        for element in index.prefixes.get(locator.anchor, ()):
            rest = prefixed_rest(element, locator.anchor, index.title)
            if rest is not None:
                yield element, rest
    elif locator.kind == "phrase":
        for element in index.phrase_elements(locator.anchor):
            rest = phrase_rest(text_of(element), locator.anchor, locator.tail, index.title)
            if rest is not None:
                yield element, rest
    elif locator.kind == "part":
        for element in index.part_elements(locator.anchor):
            whole = text_of(element)
            part = part_closing(whole.casefold(), locator.anchor)
            if part is not None and len(whole.casefold()) == len(whole):
                start = whole.casefold().find(part)
                yield element, whole[start : start + len(part)]
    elif locator.kind == "suffix":
        for element in index.suffix_elements(locator.anchor):
            rest = without_tail(text_of(element), " " + locator.anchor)
            if rest is not None:
                yield element, rest
    elif locator.kind == "attr":
        for element in index.attrs.get(locator.anchor, ()):
            yield element, None
    else:
        for anchor in index.attrs.get(locator.anchor, ()):
            following = next_with_text(anchor)
            if following is not None and marks(anchor, following):
                yield following, None


def read(locator: Locator, index: PageIndex) -> Raw | None:
    """The raw value at the first place the locator finds one."""
    for element, text in value_elements(locator, index):
        value = read_at(element, text, locator)
        if value:
            return value
    return None


def read_at(element: Element, text: str | None, locator: Locator) -> Raw | None:
    if locator.mode == "text":
        if text is not None:
            return text
        whole = text_of(element)
        return without_tail(whole, locator.tail) if locator.tail else whole or None
    if locator.mode == "pairs":
        return cast_pairs(element, locator.separator, locator.tail)
    if locator.mode == "lead":
        lead = lead_element(element)
        return None if lead is None else text_of(lead) or None
    return as_raw(locator.field, list_items(element, text, locator.mode))


# what separates the parts of a line of facts ("Drama | 111 min", "1995 • +15 • Drama")
PART_SEPARATOR = re.compile(r"\s*[·|•/]\s*")


_MAJOR_SEPARATOR = re.compile(r"\s*[·|•]\s*")


def words_of(line: str) -> list[str]:
    """The items of a line of parts that are words: its parts without a digit, split at
    commas and slashes ("Drama / Crime | 111 min / ep" -> Drama, Crime: the slash after a
    number belongs to it); a certificate ("G", "PG", Greece's "Κ") is no item."""
    return [
        item
        for part in _MAJOR_SEPARATOR.split(line)
        if not _has_digit(part)
        for item in _SPLIT.split(part)
        if len(item) > 1 and CERTIFICATE.fullmatch(item) is None
    ]


def line_of_parts(element: Element) -> str:
    """The element's text where it is a line of parts; else its parent's, where that is one
    (a part in an element of its own: "<span>1995</span> • <span>Drama</span>")."""
    text = text_of(element)
    if PART_SEPARATOR.search(text):
        return text
    parent = element.getparent()
    if parent is None or not text:
        return ""
    around = text_of(parent)
    if len(around) > MAX_PARTS_LINE or text not in PART_SEPARATOR.split(around):
        return ""  # a block, not a line; or the element is not one of its parts
    return around


MAX_PARTS_LINE = 160


def as_raw(field: str, items: list[str]) -> list[str] | list[tuple[str, str | None]]:
    """A list's items as the field's raw value: a cast of names alone is pairs without
    characters."""
    if field == "cast":
        pairs: list[tuple[str, str | None]] = [(item, None) for item in items]
        return pairs
    return items


def lead_element(element: Element) -> Element | None:
    """The element's first child that shows text, where the element's own text starts with
    it and goes on after it ("<td><b>T18</b> - for adults</td>": the b); a leaf, itself;
    else None (a whole line is not read for its first part)."""
    children = [c for c in element if isinstance(c.tag, str)]
    if not children:
        return element
    if (element.text or "").strip():
        return None
    first = next((c for c in children if text_of(c)), None)
    return first if first is not None and (first.tail or "").strip() else None


def without_tail(text: str, tail: str) -> str | None:
    """The text before its learned ending (" notes"); None when it does not end so."""
    if len(text.casefold()) != len(text) or not text.casefold().endswith(tail):
        return None
    return text[: len(text) - len(tail)].strip() or None


def next_with_text(anchor: Element) -> Element | None:
    """The first element after the anchor, among its siblings, that shows text (a dot
    leader hidden from screen readers, <span aria-hidden="true">…</span>, is none)."""
    following = anchor.getnext()
    while following is not None:
        if _shows_text(following):
            return following
        following = following.getnext()
    return None


def _shows_text(element: Element) -> bool:
    return (isinstance(element.tag, str) and element.get("aria-hidden") != "true"
            and bool(text_of(element)))


def marks(anchor: Element, value: Element) -> bool:
    """Whether the anchor before a value is its mark (an icon, a bare label element), not
    a fact of its own beside it: a "Year" caption right before a "Running time" one is the
    year, and on a page without a runtime the next fact would be read as one."""
    return anchor.tag != value.tag or not text_of(anchor)


def previous_with_text(element: Element) -> Element | None:
    previous = element.getprevious()
    while previous is not None:
        if _shows_text(previous):
            return previous
        previous = previous.getprevious()
    return None


def prefixed_rest(element: Element, label: str, title: str) -> str | None:
    found = PREFIX.match(text_of(element))
    if found is None or label_key(found.group(1), title) != label:
        return None
    return found.group(2).strip() or None


def phrase_rest(text: str, phrase: str, tail: str, title: str) -> str | None:
    """The part of a sentence between its opening phrase and its tail; None when the text
    does not open with the phrase or end with the tail."""
    folded = text.casefold()
    if len(folded) != len(text):  # a letter whose case folds to two ("ß"): offsets differ
        return None
    position = _after_phrase(folded, phrase, squash(title).casefold())
    if position is None or folded[position : position + 1] not in ("", " "):
        return None
    if tail and not folded.endswith(tail):
        return None
    end = len(text) - len(tail)
    return text[position:end].strip() or None if position < end else None


def _after_phrase(folded: str, phrase: str, title: str) -> int | None:
    """Where the phrase ends in the casefolded text ("{title}" standing for the title)."""
    position = 0
    for i, part in enumerate(phrase.split(TITLE)):
        if i > 0:
            if not title or not folded.startswith(title, position):
                return None
            position += len(title)
        if not folded.startswith(part, position):
            return None
        position += len(part)
    return position


def list_items(element: Element, text: str | None, mode: Mode) -> list[str]:
    """The list's items; a count of more ("and 2 others", "+2 more") and items without a
    letter (the year after the countries in "France, Italy, 1995") are no items."""
    if mode == "words":
        found = words_of(line_of_parts(element))
    elif mode in ("split", "split-and") or text is not None:
        whole = more_and_rest(text if text is not None else text_of(element))[1]
        found = _SPLIT.split(whole)
        if mode != "split":
            found = [part for item in found for part in _AND.split(item)]
    elif mode == "links":
        found = [text_of(a) for a in element.iter("a")]
    elif mode == "alts":  # services shown as logos
        found = [squash(img.get("alt")) for img in element.iter("img")]
    elif mode == "texts":
        found = [squash(str(t)) for t in element.itertext()]
    elif mode == "siblings":
        found = [text_of(e) for e in like_siblings(element)]
    else:
        found = [text_of(child) for child in items_of(element)]
    return [item for item in found if item and _has_letter(item) and not _MORE.fullmatch(item)]


# "and 2 others", "+2 more", "(3 more)": how many more than shown
# "and 3 more", "(+2 others)"; "+1 muu", "+2 andre": a plus and a lower-case word, any language
_MORE = re.compile(r"(?i:[,;]?\s*(?:\band\b|&|\+)?\s*\(?\+?(\d{1,4})\s+(?:more|others?)\)?\.?\s*)"
                   r"|[,;]?\s*\(?\+(\d{1,4})\s+(?=[^\W\d_])(?!\w*[A-Z])\w{2,12}\)?\.?\s*")


def more_and_rest(text: str) -> tuple[int, str]:
    """(N of a trailing "and N others", the text before it); (0, text) without one."""
    folded = text.lower()
    if "+" not in text and "more" not in folded and "other" not in folded:
        return 0, text  # what _MORE needs, found far faster than its search
    found = _MORE.search(text)
    if found is None or found.end() != len(text):
        return 0, text
    return int(found.group(1) or found.group(2)), text[: found.start()]


def like_siblings(element: Element) -> list[Element]:
    """The element and the elements right after it of its tag and class."""
    run = [element]
    following = element.getnext()
    while (
        following is not None
        and following.tag == element.tag
        and following.get("class") == element.get("class")
    ):
        run.append(following)
        following = following.getnext()
    return run


def _has_letter(text: str) -> bool:
    return any(char.isalpha() for char in text)


def _has_digit(text: str) -> bool:
    return any(char.isdigit() for char in text)


def items_of(element: Element) -> list[Element]:
    """The element's item children, headings apart; through a lone wrapper (a ul in a div, a
    tbody), but not into a lone item (one actor's card: a link and a list of roles)."""
    children = _children(element)
    while len(children) == 1 and _wraps_items(children[0]):
        children = _children(children[0])
    return children


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "header", "caption", "legend"})


def _children(element: Element) -> list[Element]:
    return [c for c in element if isinstance(c.tag, str) and c.tag not in _HEADINGS]


_LISTS = frozenset({"ul", "ol", "tbody", "table", "dl"})


def _wraps_items(element: Element) -> bool:
    inner = [child.tag for child in element if isinstance(child.tag, str)]
    if not inner:
        return False
    return element.tag in _LISTS or (len(inner) > 1 and len(set(inner)) == 1)


def cast_pairs(
    element: Element, separator: str = "", tail: str = ""
) -> list[tuple[str, str | None]]:
    """(actor, character) per item: its text split at the learned separator; else its first
    and second texts, or one text split at " as "."""
    pairs: list[tuple[str, str | None]] = []
    for item in items_of(element):
        if separator:
            texts = [squash(str(t)) for t in item.itertext() if t.strip()]
            pair = split_pair(" ".join(texts), separator, tail)
            if pair is not None:
                pairs.append(pair)
            continue
        texts = [squash(str(t)) for t in item.itertext() if t.strip()]
        if texts:
            pairs.append(_pair(texts))
    return pairs


def split_pair(text: str, separator: str, tail: str) -> tuple[str, str | None] | None:
    """ "Umar Gallo plays Tamsin." with separator "plays" and tail "." -> both names."""
    if tail:
        text = without_tail(text, tail) or text
    parts = re.split(rf"\s+{re.escape(separator)}\s+", text, maxsplit=1, flags=re.IGNORECASE)
    actor = parts[0].strip()
    if not actor:
        return None
    return actor, (parts[1].strip() or None) if len(parts) > 1 else None


def _pair(texts: list[str]) -> tuple[str, str | None]:
    if len(texts) == 1:
        parts = _AS.split(texts[0], maxsplit=1)
        return (parts[0], parts[1] if len(parts) > 1 else None)
    character = _ROLE_LEAD.sub("", texts[1])
    return (texts[0], character or None)


def _studios_more(locator: Locator, index: PageIndex) -> int:
    """N of "and N others" after the studios the locator reads."""
    for element, text in value_elements(locator, index):
        return more_and_rest(text if text is not None else text_of(element))[0]
    return 0


# --- a layout's locators as one channel ------------------------------------------------------


def matching_layout(
    root: Element, title: str, layouts: Sequence[LearnedLayout]
) -> tuple[LearnedLayout, PageIndex] | None:
    """The layout whose anchors the page carries most of (at least MATCHING_SHARE)."""
    wanted = frozenset().union(*(layout.anchors for layout in layouts))
    index = PageIndex.of(root, title, wanted)
    best: tuple[float, int, LearnedLayout] | None = None
    for order, layout in enumerate(layouts):
        anchors = layout.anchors
        present = sum(1 for anchor in anchors if index.has(anchor))
        share = present / len(anchors) if anchors else 0.0
        if (
            present >= min(MATCHING_MIN, len(anchors))
            and share >= MATCHING_SHARE
            and (best is None or (share, -order) > best[:2])
        ):
            best = (share, -order, layout)
    return None if best is None else (best[2], index)


def needs_learned(
    raw: RawTitle, schema: RawTitle | None, layouts: Sequence[LearnedLayout]
) -> bool:
    """Whether the learned locators may add anything: a field they read is preferred to the
    built-in readers, or no channel gives any text for it (most pages of a layout the
    built-in readers know cost nothing)."""
    channels = [raw, *raw.fallbacks, *([schema] if schema is not None else [])]
    for layout in layouts:
        for locator in layout.locators:
            name = RAW_ATTRIBUTE[locator.field]
            if locator.prefer or not any(getattr(channel, name) for channel in channels):
                return True
    return False


def read_learned(root: Element, raw: RawTitle, layouts: Sequence[LearnedLayout]) -> RawTitle | None:
    """The fields the learned locators give on the page `raw` was read from, as a channel;
    None when no learned layout matches the page."""
    found = matching_layout(root, raw.title, layouts)
    if found is None:
        return None
    learned, index = found
    channel = RawTitle(url=raw.url, layout=raw.layout, title="", channel=CHANNEL)
    filled: set[str] = set()
    preferred: set[str] = set()
    streaming: dict[str, Any] = {}
    # fields the main reader settles (their locators are not read, or no further), unless a
    # locator of theirs is preferred to it
    done = _given(raw) - learned.preferred_fields
    for locator in learned.locators:
        if locator.field in filled or locator.field in done:
            continue  # a field's first locator that finds a value wins
        value = read(locator, index)
        if locator.field in _DATED and isinstance(value, str):
            if not _YEAR_WRITTEN.search(value):
                # no date learned is written without its year ("PG-13", "Season 1"): the
                # field's first reading is no date, as when learning (dateparser not asked)
                done.add(locator.field)
                continue
            value = date_text(value, locator.order)
        if (
            value
            and value == _main_text(raw, locator.field)
            and locator.field not in learned.preferred_fields
        ):
            done.add(locator.field)  # the main reader's own text: the same value
            continue
        if isinstance(value, str) and _another_fields_text(raw, locator.field, value):
            continue  # the text the main reader gives another field: one element, one field
        if locator.field in _NAMED and isinstance(value, list) and any(
                _dated(item) for item in value):
            continue  # a name is no date: "19. apryla 1957" where the page gives no studio
        if value:
            if locator.field in STREAMING_PARTS:
                streaming[locator.field] = value
            else:
                setattr(channel, RAW_ATTRIBUTE[locator.field], value)
            filled.add(locator.field)
            if locator.field == "studios":
                channel.studios_more = _studios_more(locator, index)
            if locator.prefer:
                preferred.add(locator.field)
    if streaming and _whole_block(streaming):
        channel.streaming = streaming_of(streaming)
    channel.preferred = frozenset(RAW_ATTRIBUTE.get(f, f) if f in STREAMING_PARTS else f
                                  for f in preferred)  # fmt: skip
    return channel if filled else None


# the fields extract() compares across channels: a learned value that differs from the
# built-in one is listed ("channels disagree"), so these are read even where the page gives them
COMPARED = frozenset(
    {"release_date", "runtime_minutes", "content_rating", "user_rating_count", "seasons"}
)
_DIGIT = re.compile(r"\d")
# marquee.learn learns a date only where its text shows the year, whole or as "'95"
_DATED = frozenset({"release_date", "streaming.verified"})
_YEAR_WRITTEN = re.compile(r"\d{4}|'\d\d")


_NUMBERS = re.compile(r"\d+")


def date_text(text: str, order: str = "") -> str:
    """A learned date's text as read: where its only number is a year ("Βραζιλία, 1923"),
    that year, which is all any reading of it can give (a record's date needs its day), and
    which the normalizers read at once; dateparser, asked about the words, costs milliseconds
    a page. A numeric date in the layout's learned order, as ISO ("12-05-1942", DMY:
    "1942-05-12")."""
    numeric = NUMERIC_DATE.fullmatch(text.strip()) if order else None
    if numeric is not None:
        first, second, year = (int(numeric.group(k)) for k in ("a", "b", "y"))
        day, month = (first, second) if order == "DMY" else (second, first)
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
    numbers = _NUMBERS.findall(text)
    if len(numbers) == 1 and _A_YEAR.fullmatch(numbers[0]) and numbers[0] != text:
        return str(numbers[0])
    return text


NUMERIC_DATE = re.compile(r"(?P<a>\d{1,2})([-/.])(?P<b>\d{1,2})\2(?P<y>\d{4})")
_A_YEAR = re.compile(r"18[7-9]\d|19\d\d|20\d\d|2100")  # as marquee.extract reads a year


def _given(raw: RawTitle) -> set[str]:
    """The fields whose learned value cannot count on this page: the main reader gives text
    that extract() either takes or reports unreadable (which keeps every other channel's
    value out), and that no other channel's value is compared with. Their locators are not
    read: reading and normalizing what is thrown away was most of the channel's cost."""
    given: set[str] = set()
    for name in ("tagline", "synopsis", "audience_summary", "budget", "box_office"):
        if clean_text(getattr(raw, name)) is not None:
            given.add(name)
    for name in ("genres", "countries", "studios", "directors", "writers"):
        if any(clean_text(item) for item in getattr(raw, name) or ()):
            given.add(name)
    if any(clean_text(actor) for actor, _ in raw.cast):
        given.add("cast")
    streaming = raw.streaming
    if streaming is not None and (
        any(clean_text(name) for name in streaming.platforms)
        or (streaming.count and _DIGIT.search(streaming.count))
    ):
        given.update(STREAMING_PARTS)  # a block with services or a count: extract keeps it
    return given


_NAMED = frozenset({"genres", "countries", "studios", "directors", "writers", "cast"})


def _dated(item: Any) -> bool:
    """A list item that is a date or a year: no name of a person, company, genre or country."""
    text = item[0] if isinstance(item, tuple) else item
    return isinstance(text, str) and (
        FULL_DATE.search(text) is not None or _A_YEAR.fullmatch(text.strip()) is not None)


_SCALARS = ("release_date", "runtime", "content_rating", "user_rating_count", "seasons",
            "budget", "box_office", "tagline")


def _another_fields_text(raw: RawTitle, name: str, value: str) -> bool:
    """Whether the main reader gives this text to another field ("$2,321,400,000" the
    budget's, learned as the box office where the page gives none)."""
    own = RAW_ATTRIBUTE.get(name)
    text = clean_text(value)
    return text is not None and any(
        other != own and clean_text(getattr(raw, other)) == text for other in _SCALARS
    )


def _main_text(raw: RawTitle, name: str) -> Any:
    """What the main reader read for a field that is compared (the learned text, if the same,
    gives the same value), else None."""
    return getattr(raw, RAW_ATTRIBUTE[name]) if name in COMPARED else None


def _whole_block(parts: dict[str, Any]) -> bool:
    """A streaming block is given whole or not at all: a status that counts services with no
    services found would store a block that lists none of them."""
    status = parts.get("streaming.status")
    counted = isinstance(status, str) and any(c.isdigit() and c != "0" for c in status)
    return bool(parts.get("streaming.platforms")) or not counted


def streaming_of(parts: dict[str, Any]) -> RawStreaming:
    """The streaming block from its learned parts (the status line gives the count too)."""
    status = parts.get("streaming.status")
    platforms = parts.get("streaming.platforms") or []
    return RawStreaming(
        status=status if isinstance(status, str) else "",
        count=status if isinstance(status, str) else None,
        platforms=list(platforms),
        verified=parts.get("streaming.verified"),
    )
