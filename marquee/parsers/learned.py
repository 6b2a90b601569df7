"""Locators learned from stored records (`marquee learn`): where a redesign puts each field.

A locator names an anchor a person can check and how the value sits beside it:

    label "Length"              the element right after the one whose text is "Length"
    prefix "Length"             the rest of a line that starts "Length:" (or "Length ·")
    attr data-stat=runtime      the element carrying that attribute (class=<word> for a class)
    after class=icon-clock      the element right after the one carrying it (an icon's value)

and what is read there: the text, or a list (its children, its links, or its text split at
commas), or cast pairs. Never a generated class name or a position in the page.

This module only reads: `PageIndex` finds anchors on a page, `read` applies one locator,
`read_learned` applies a layout's locators as one more channel (a RawTitle). Learning them
is marquee.learn's work.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Literal, cast

from lxml import etree

from marquee.parsers.dom import Element, squash, text_of
from marquee.parsers.labels import normalize_label
from marquee.parsers.raw import RawTitle

Kind = Literal["label", "prefix", "attr", "after"]
Mode = Literal["text", "children", "links", "split", "pairs"]
KINDS: tuple[Kind, ...] = ("label", "prefix", "attr", "after")  # simplest first
LIST_MODES: tuple[Mode, ...] = ("children", "links", "split")

CHANNEL = "learned"
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
}
LIST_FIELDS = frozenset({"genres", "countries", "studios", "directors", "writers"})

MAX_LABEL = 48
_PREFIX = re.compile(r"\s*([^:·|—–]{1,40}?)\s*[:·|—–]\s*(\S.*)", re.DOTALL)
_SPLIT = re.compile(r"\s*(?:[,;|·•/]|\band\b|&)\s*")
_AS = re.compile(r"\s+(?:as|—|–|-|\.\.\.|…)\s+", re.IGNORECASE)
# attribute values a person can read and a redesign keeps: words, no digits, not generated
_READABLE = re.compile(r"[A-Za-z][A-Za-z_:.-]{1,38}[A-Za-z]")
_GENERATED = re.compile(r"^(?:sc|css|jsx|emotion|svelte|tw|astro)-|^_|__[A-Za-z]{5}$")
_ANCHOR_ATTRIBUTES = frozenset(
    {"itemprop", "property", "role", "id", "name", "aria-label", "title", "slot", "for"}
)


@dataclass(frozen=True, slots=True)
class Locator:
    field: str
    kind: Kind
    anchor: str  # the label's normalized text, or "name=value" of an attribute
    mode: Mode = "text"

    def describe(self) -> str:
        shown = f'"{self.anchor}"' if self.kind in ("label", "prefix") else self.anchor
        return f"{self.kind} {shown} -> {self.mode}"

    def as_json(self) -> dict[str, str]:
        return {"kind": self.kind, "anchor": self.anchor, "mode": self.mode}


@dataclass(frozen=True, slots=True)
class LearnedLayout:
    """A redesign's learned locators; they apply to a page only when most of their anchors
    are on it (a page of another layout is left alone)."""

    fingerprint: str
    locators: tuple[Locator, ...]
    ids: tuple[int, ...] = ()  # storage ids, in the order of `locators`

    @property
    def anchors(self) -> frozenset[tuple[str, str]]:
        return frozenset(_anchor_key(locator) for locator in self.locators)


MATCHING_SHARE = 0.6  # of a layout's anchors on a page, for its locators to apply


def _anchor_key(locator: Locator) -> tuple[str, str]:
    family = "text" if locator.kind in ("label", "prefix") else "attr"
    return (f"{family}:{locator.kind}" if family == "text" else family, locator.anchor)


# --- finding anchors -------------------------------------------------------------------------


@dataclass(slots=True)
class PageIndex:
    """A page's anchors: label texts, line prefixes and readable attributes, each with the
    elements that carry it, in page order. `wanted` limits it to a layout's anchors."""

    labels: dict[str, list[Element]] = field(default_factory=lambda: defaultdict(list))
    prefixes: dict[str, list[Element]] = field(default_factory=lambda: defaultdict(list))
    attrs: dict[str, list[Element]] = field(default_factory=lambda: defaultdict(list))

    title: str = ""

    @classmethod
    def of(
        cls, root: Element, title: str, wanted: Iterable[tuple[str, str]] | None = None
    ) -> PageIndex:
        index = cls(title=title)
        want = None if wanted is None else set(wanted)
        texts = want is None or any(key.startswith("text:") for key, _ in want)
        if texts:
            index._index_texts(root, want)
        if want is None or any(key == "attr" for key, _ in want):
            index._index_attrs(root, want)
        return index

    def _index_texts(self, root: Element, want: set[tuple[str, str]] | None) -> None:
        labels = None if want is None else {a for k, a in want if k == "text:label"}
        prefixes = None if want is None else {a for k, a in want if k == "text:prefix"}
        for text in _text_nodes(root):
            owner = text.getparent()
            if owner is None:
                continue
            element = owner if text.is_text else owner.getparent()
            if element is None:
                continue
            line = squash(str(text))
            if len(line) <= MAX_LABEL + len(self.title):
                label = label_key(line, self.title)
                if label and (labels is None or label in labels):
                    for anchor in _same_text_ancestors(element, label, self.title):
                        self.labels[label].append(anchor)
            found = _PREFIX.match(line) if prefixes is None or prefixes else None
            if found is not None:
                label = label_key(found.group(1), self.title)
                if label and (prefixes is None or label in prefixes):
                    self.prefixes[label].append(element)

    def _index_attrs(self, root: Element, want: set[tuple[str, str]] | None) -> None:
        tokens = None if want is None else {a for k, a in want if k == "attr"}
        for element in root.iter():
            if not isinstance(element.tag, str) or not element.attrib:
                continue
            for token in attribute_tokens(element):
                if tokens is None or token in tokens:
                    self.attrs[token].append(element)


_TEXT_NODES = etree.XPath(
    "//body//text()[normalize-space()]", smart_strings=True
)


def _text_nodes(root: Element) -> list[etree._ElementUnicodeResult]:
    return cast(list[etree._ElementUnicodeResult], _TEXT_NODES(root))


def label_key(text: str, title: str) -> str:
    """A label as locators name it: normalized, the page's own title as "{title}" ("When did
    Heat come out?" is one label on every page)."""
    label = normalize_label(text)
    own = normalize_label(title)
    if own and own in label:
        label = label.replace(own, TITLE)
    return label


TITLE = "{title}"


def _same_text_ancestors(element: Element, label: str, title: str) -> Iterator[Element]:
    """The element holding a label's text and its wrappers that say nothing more."""
    current: Element | None = element
    for _ in range(3):
        if current is None or current.tag in ("body", "html"):
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
    """Where the locator's value may be, in page order: (element, text) where text is set
    for a prefix (the rest of its line), else None (the element's own text)."""
    if locator.kind == "label":
        for anchor in index.labels.get(locator.anchor, ()):
            following = next_with_text(anchor)
            if following is not None:
                yield following, None
    elif locator.kind == "prefix":
        for element in index.prefixes.get(locator.anchor, ()):
            rest = prefixed_rest(element, locator.anchor, index.title)
            if rest is not None:
                yield element, rest
    elif locator.kind == "attr":
        for element in index.attrs.get(locator.anchor, ()):
            yield element, None
    else:
        for anchor in index.attrs.get(locator.anchor, ()):
            following = next_with_text(anchor)
            if following is not None:
                yield following, None


def read(locator: Locator, index: PageIndex) -> Raw | None:
    """The raw value at the first place the locator finds one."""
    for element, text in value_elements(locator, index):
        value = read_at(element, text, locator.mode)
        if value:
            return value
    return None


def read_at(element: Element, text: str | None, mode: Mode) -> Raw | None:
    if mode == "text":
        return text if text is not None else (text_of(element) or None)
    if mode == "pairs":
        return cast_pairs(element)
    return list_items(element, text, mode)


def next_with_text(anchor: Element) -> Element | None:
    """The first element after the anchor, among its siblings, that shows text."""
    following = anchor.getnext()
    while following is not None:
        if isinstance(following.tag, str) and text_of(following):
            return following
        following = following.getnext()
    return None


def previous_with_text(element: Element) -> Element | None:
    previous = element.getprevious()
    while previous is not None:
        if isinstance(previous.tag, str) and text_of(previous):
            return previous
        previous = previous.getprevious()
    return None


def prefixed_rest(element: Element, label: str, title: str) -> str | None:
    found = _PREFIX.match(text_of(element))
    if found is None or label_key(found.group(1), title) != label:
        return None
    return found.group(2).strip() or None


def list_items(element: Element, text: str | None, mode: Mode) -> list[str]:
    if mode == "split" or text is not None:
        whole = text if text is not None else text_of(element)
        return [item for item in _SPLIT.split(whole) if item]
    if mode == "links":
        return [t for t in (text_of(a) for a in element.iter("a")) if t]
    return [t for t in (text_of(child) for child in _items_of(element)) if t]


def _items_of(element: Element) -> list[Element]:
    """The element's item children; through a lone wrapper (a ul in a div, a tbody)."""
    children = [child for child in element if isinstance(child.tag, str)]
    while len(children) == 1 and len(children[0]):
        children = [child for child in children[0] if isinstance(child.tag, str)]
    return children


def cast_pairs(element: Element) -> list[tuple[str, str | None]]:
    """(actor, character) per item: the item's first and second texts, or one text split
    at " as "."""
    pairs: list[tuple[str, str | None]] = []
    for item in _items_of(element):
        texts = [squash(str(t)) for t in item.itertext() if t.strip()]
        if not texts:
            continue
        pairs.append(_pair(texts))
    return pairs


def _pair(texts: list[str]) -> tuple[str, str | None]:
    if len(texts) == 1:
        parts = _AS.split(texts[0], maxsplit=1)
        return (parts[0], parts[1] if len(parts) > 1 else None)
    character = re.sub(r"^(?:as|voice of)\s+", "", texts[1], flags=re.IGNORECASE)
    return (texts[0], character or None)


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
        present = sum(1 for anchor in anchors if _present(anchor, index))
        share = present / len(anchors) if anchors else 0.0
        if share >= MATCHING_SHARE and (best is None or (share, -order) > best[:2]):
            best = (share, -order, layout)
    return None if best is None else (best[2], index)


def _present(anchor: tuple[str, str], index: PageIndex) -> bool:
    family, value = anchor
    if family == "text:label":
        return value in index.labels
    if family == "text:prefix":
        return value in index.prefixes
    return value in index.attrs


def read_learned(
    root: Element, raw: RawTitle, layouts: Sequence[LearnedLayout]
) -> RawTitle | None:
    """The fields the learned locators give on the page `raw` was read from, as a channel;
    None when no learned layout matches the page."""
    found = matching_layout(root, raw.title, layouts)
    if found is None:
        return None
    learned, index = found
    channel = RawTitle(url=raw.url, layout=raw.layout, title="", channel=CHANNEL)
    filled: set[str] = set()
    for locator in learned.locators:
        if locator.field in filled:
            continue  # a field's first locator that finds a value wins
        value = read(locator, index)
        if value:
            setattr(channel, RAW_ATTRIBUTE[locator.field], value)
            filled.add(locator.field)
    return channel if filled else None
