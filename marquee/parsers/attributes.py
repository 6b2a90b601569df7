"""Labels carried by attributes, made text: one reader of "Label: value" then reads them all.

A redesign may name a value only for screen readers: an icon before it (`<svg
aria-label="Runtime">`, `<svg><title>Runtime</title>`, `<i title="Runtime">`), an
`aria-label` on the value itself, or `aria-labelledby` (or `aria-describedby`, or a cell's
`headers`) pointing at a label elsewhere. Where
that name is a field's label (labels.row_field_for), the tree gets a plain `<span>Runtime:</span>`
in its place, so the facts reader sees the same "label, value" pair a visible label gives.
Names that are no field's label (a provider's logo, "Play trailer") are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

from marquee.parsers.dom import (
    HEADINGS,
    Attributed,
    AttributeTests,
    Element,
    is_custom,
    owners,
    remove_keeping_tail,
    squash,
    text_of,
)
from marquee.parsers.labels import row_field_for

_ICONS = frozenset({"svg", "i", "img", "span", "em", "abbr", "div"})
_LABELLED_VALUES = frozenset({"span", "div", "dd", "td", "p", "li", "a", "time", "data", "strong"})
_BLOCK_VALUES = frozenset({"p", "li", "dd", "td", "div"})
_MAX_LABEL = 40


# a tooltip's text kept in an attribute by the usual libraries (Bootstrap, tippy, CSS-only
# tooltips): it names what it is on as a title does
_TOOLTIPS = ("data-tooltip", "data-tip", "data-title", "data-original-title",
             "data-bs-original-title", "data-tippy-content")
# the attributes that may carry a label (a web component's own `label`, `heading` and, on a
# tooltip component, `content` attributes name it as aria-label does)
_NAMING: AttributeTests = dict.fromkeys(
    ("aria-label", "title", "aria-labelledby", "aria-describedby", "headers", "label",
     "heading", "data-label", "content", *_TOOLTIPS),
    lambda v: True,
)


def _named(root: Element, attributes: Attributed) -> list[Element]:
    """The elements that may carry a label in an attribute (svg titles and img alts too),
    once each."""
    found = dict.fromkeys(owners(attributes, _NAMING))
    found.update((el, None) for el in root.iter("svg", "img"))
    return list(found)


def labels_from_attributes(
    root: Element, section_name: Callable[[str], bool], attributes: Attributed
) -> bool:
    """Attribute labels made text; a region named (aria-label) as a section the readers read
    by its heading (`section_name`: synopsis, cast ...) gets that heading. `attributes`: the
    tree's elements with attributes (dom.attributed). Whether an element went (an icon
    replaced by its label, a label kept elsewhere): the labels added have no attributes."""
    named = _named(root, attributes)
    if not named:
        return False
    by_id = _ids(root) if any(_label_refs(el) for el in named) else {}
    unknown: list[tuple[Element, str]] = []  # icons named with words no list holds
    removed = False
    for element in named:
        if element.getparent() is None:
            continue
        if _is_named_region(element):
            if _is_fact_card(element):  # <div role="group" aria-label="Director"><span>..
                _label_value(element, _region_name(element))
                continue
            if section_name(_region_name(element)):
                _add_heading(element)
                continue
            if not is_custom(element):
                continue
        custom = is_custom(element)  # a web component: <rg-fact title="Budget">$60M</rg-fact>
        if element.tag not in _ICONS and element.tag not in _LABELLED_VALUES and not custom:
            continue
        if _label_refs(element) and by_id:
            removed = _from_labelledby(element, by_id) or removed
            continue
        name = _accessible_name(element)
        if not name or len(name) > _MAX_LABEL:
            continue
        if row_field_for(name) is None:
            if _is_empty_icon(element) and _LABEL_WORDS.fullmatch(name):
                unknown.append((element, name))
            continue
        if element.tag == "abbr":  # <abbr title="Duration">Dur.</abbr>: the label it stands for
            element.text = f"{name}:"
        elif _is_empty_icon(element):
            _replace_with_label(element, name)
            removed = True
        elif custom and text_of(element) and not _opens_with_its_label(element, name):
            element.tag = "div"  # read as the block it renders as
            _label_value(element, name)
        elif element.tag in _LABELLED_VALUES and not _shows_name(element, name) and (
                element.get("aria-label") or element.get("data-label")
                # a chip's tooltip naming it (<span title="Trajanje">24 min</span>); a link's
                # title ("Cast" on "See full cast") names where it goes
                or ((element.get("title") or any(element.get(key) for key in _TOOLTIPS))
                    and element.tag != "a" and _names_only(element, name))):
            _label_value(element, name)
    return _label_unknown_icons(unknown) or removed


_LABEL_WORDS = re.compile(r"[^\W\d_][^\d:]{0,30}")  # a few words, no digit


def _label_unknown_icons(icons: list[tuple[Element, str]]) -> bool:
    """An icon named with words no list holds, opening a row of a list whose other rows open
    with listed labels (made text above): a label too, for the value's shape to name its field
    ("<li><img alt='Gígùn'> <span>wákàtí 1 ìṣẹ́jú 41</span></li>" among "Olùdarí:" rows).
    Whether one was replaced."""
    replaced = False
    for icon, name in icons:
        row = icon.getparent()
        rows = row.getparent() if row is not None else None
        if row is None or rows is None or icon is not row[0] or len(row) < 2:
            continue
        if sum(1 for other in rows if _opens_with_label(other)) >= _LABELLED_ROWS:
            _replace_with_label(icon, name)
            replaced = True
    return replaced


_LABELLED_ROWS = 2


def _opens_with_label(row: Element) -> bool:
    first = row[0] if len(row) else None
    text = (first.text or "") if first is not None and first.tag == "span" else ""
    return text.endswith(":") and row_field_for(text[:-1]) is not None


def _shows_name(element: Element, name: str) -> bool:
    """The value's own text opens with its name: the label is shown there (<p
    data-tip="Director"><i>Director</i> Bao Ivanova</p>), not to be added again."""
    return text_of(element).casefold().startswith(name.casefold())


def _opens_with_its_label(element: Element, name: str) -> bool:
    """A web component that shows its label as an element of its own before the value
    (<rg-fact label="Genres"><strong>Genres</strong> <data>Drama</data>): the readers of
    visible labels read it; "Studio Quiet" in <rg-fact label="Studio"> is a value."""
    if (element.text or "").strip():
        return False
    first = next((child for child in element if isinstance(child.tag, str)), None)
    return first is not None and text_of(first).rstrip(":：").strip().casefold() == name.casefold()


def _names_only(element: Element, name: str) -> bool:
    """A tooltip that only names the value: one that repeats it ("Age rating: TV-PG" on
    "TV-PG") is no label of it."""
    own = text_of(element)
    return bool(own) and own.casefold() not in name.casefold()


_REGIONS = frozenset({"section", "article", "aside"})
_REGION_ROLES = frozenset({"region", "group", "tabpanel"})
def _region_name(element: Element) -> str:
    name = element.get("aria-label")
    if not name and is_custom(element):
        name = element.get("heading") or element.get("label")
    return squash(str(name or ""))


def _is_named_region(element: Element) -> bool:
    """A section named only for screen readers (<section aria-label="Cast">) or by a web
    component's attribute (<rg-section heading="Top cast">): no heading in it."""
    region = element.tag in _REGIONS or is_custom(element) or (
        element.tag == "div" and element.get("role") in _REGION_ROLES)
    return region and bool(_region_name(element)) and next(
        element.iter(*HEADINGS), None) is None


def _is_fact_card(region: Element) -> bool:
    """A group named by a field's label holding only its value, as text or one element of
    text (a card of one fact; a group of cast cards is a section)."""
    name = _region_name(region)
    children = [child for child in region if isinstance(child.tag, str)]
    plain = len(children) <= 1 and not any(len(child) for child in children)
    return (region.get("role") == "group" and plain and len(name) <= _MAX_LABEL
            and row_field_for(name) is not None and 0 < len(text_of(region)) <= _MAX_CARD)


_MAX_CARD = 300


def _add_heading(region: Element) -> None:
    """The region's name as its heading, so the readers of headed sections read it."""
    name = _region_name(region)
    if not name or len(name) > _MAX_LABEL:
        return
    heading = etree.Element("h2")
    heading.text = name
    heading.tail = region.text
    region.text = None
    region.insert(0, heading)


def _ids(root: Element) -> dict[str, Element]:
    return {str(el.get("id")): el for el in root.iter() if el.get("id")}


def _accessible_name(element: Element) -> str:
    # data-label: a value's label kept for a stylesheet (<p data-label="Tagline">...</p>)
    name = element.get("aria-label") or element.get("title") or element.get("data-label")
    if not name and is_custom(element):  # <rg-fact label="Budget">, <sl-tooltip content=..>
        name = element.get("label") or element.get("heading") or element.get("content")
    if not name:
        name = next((element.get(key) for key in _TOOLTIPS if element.get(key)), None)
    if not name and element.tag == "svg":
        title = next((child for child in element if child.tag == "title"), None)
        name = title.text if title is not None else None
    if not name and element.tag == "img":
        name = element.get("alt")
    return squash(str(name or "")).rstrip(":：").strip()


def _is_empty_icon(element: Element) -> bool:
    """An icon: an image, or an element of no words whose name is its meaning (an icon
    font's glyph, an emoji in <span role="img" aria-label="Written by">🎬</span>)."""
    if element.tag in {"svg", "img"} or element.get("role") == "img":
        return True
    text = text_of(element)
    return element.tag in _ICONS and not any(char.isalnum() for char in text)


def _label_refs(element: Element) -> str:
    """The ids of what names the element: aria-labelledby's, else aria-describedby's (a grid
    of labels first and values after, each value described by its label's id), else a table
    cell's headers (<td headers="h3">, its header cell anywhere in the table)."""
    refs = element.get("aria-labelledby") or element.get("aria-describedby")
    if not refs and element.tag == "td":
        refs = element.get("headers")
    return str(refs or "")


def _from_labelledby(element: Element, by_id: dict[str, Element]) -> bool:
    """The value labelled by the elements it names; whether one of them went."""
    sources = [by_id[ref] for ref in _label_refs(element).split() if ref in by_id]
    name = squash(" ".join(text_of(source) for source in sources))
    if not name or len(name) > _MAX_LABEL or not _LABEL_WORDS.fullmatch(name):
        return False
    if row_field_for(name) is None and not all(_follows(source, element) for source in sources):
        # a label no list holds is put before its value only where it stands after it (a row
        # of value, then label): the value's shape may then name the field
        return False
    if any(source is element.getprevious() for source in sources):
        return False  # the label is shown right before the value: already a pair
    _label_value(element, name)
    removed = False
    for source in sources:  # a label kept elsewhere (a hidden store of names) reads as no row
        parent = source.getparent()
        if parent is not None and not _contains(source, element):
            remove_keeping_tail(source)
            removed = True
    return removed


def _follows(source: Element, element: Element) -> bool:
    return any(sibling is source for sibling in element.itersiblings())


def _contains(node: Element, element: Element) -> bool:
    return any(ancestor is node for ancestor in element.iterancestors())


def _label_value(element: Element, name: str) -> None:
    """A block value (<p aria-label="Tagline">) becomes a "Label: value" line of its own; an
    inline one gets the label before it, as its row's label element."""
    label = _label(name)
    if element.tag in _BLOCK_VALUES:
        label.tail = " " + (element.text or "")
        element.text = None
        element.insert(0, label)
    else:
        element.addprevious(label)


def _label(name: str) -> Element:
    label = etree.Element("span")
    label.text = f"{name}:"
    return label


_PICTURE = frozenset({"picture", "source"})


def _replace_with_label(element: Element, name: str) -> None:
    # a <picture> holding the icon (its <source>s and the <img>) goes with it: the label
    # then opens the row as a visible one would
    parent = element.getparent()
    while parent is not None and parent.tag in _PICTURE and not text_of(parent):
        element, parent = parent, parent.getparent()  # (libxml2 nests the img in a <source>)
    label = _label(name)
    label.tail = element.tail
    if parent is not None:
        parent.replace(element, label)
