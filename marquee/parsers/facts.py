"""Labelled values wherever the page puts them: dt/dd, th/td, "Label: value" lines.

Rows are read by their label (see labels.py), never by position; the first
occurrence of a field wins and unknown labels are ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from marquee.parsers.dom import Element, in_chrome, squash, text_of
from marquee.parsers.labels import field_for

_MORE = re.compile(r"(?:\+|\band\b)\s*(\d+)\s*more\b", re.IGNORECASE)
_BLOCKS = ("p", "div", "li", "ul", "ol", "table", "dl", "section")
_MAX_LABEL = 40


@dataclass(frozen=True, slots=True)
class Fact:
    label: str
    text: str
    links: list[str] = field(default_factory=list)
    hrefs: list[str] = field(default_factory=list)

    @property
    def more(self) -> int:
        """N of a "+N more" note in the value, else 0."""
        found = _MORE.search(self.text)
        return int(found.group(1)) if found else 0

    @property
    def text_without_more(self) -> str:
        return squash(_MORE.sub(" ", self.text))


def collect_facts(root: Element) -> dict[str, Fact]:
    facts: dict[str, Fact] = {}
    for element in root.iter("dt", "th", "td", "p", "li"):
        found = _fact_at(element)
        if found is None:
            continue
        name, fact = found
        facts.setdefault(name, fact)
    return facts


def _fact_at(element: Element) -> tuple[str, Fact] | None:
    tag = element.tag
    if tag == "dt":
        return _pair(element, _next_sibling(element, "dd"))
    if tag == "th":
        return _pair(element, _next_sibling(element, "td"))
    if tag == "td":
        return _label_cell(element)
    return _inline(element)


def _pair(label_el: Element, value_el: Element | None) -> tuple[str, Fact] | None:
    if value_el is None:
        return None
    label = text_of(label_el)
    name = field_for(label)
    if name is None:
        return None
    return name, _fact(label, value_el, text_of(value_el))


def _label_cell(cell: Element) -> tuple[str, Fact] | None:
    """<tr><td>Budget:</td><td>...</td></tr>: a two-cell row whose first cell is a label."""
    label = text_of(cell)
    if not label.endswith(":") or cell.getprevious() is not None:
        return None
    return _pair(cell, _next_sibling(cell, "td"))


def _inline(element: Element) -> tuple[str, Fact] | None:
    """<p><strong>Director:</strong> Ada Ulloa</p> or <p>Written by: <a>..</a></p>."""
    text = text_of(element)
    label, colon, rest = text.partition(":")
    if not colon or len(label) > _MAX_LABEL:
        return None
    name = field_for(label)
    if name is None or in_chrome(element):
        return None
    if any(child.tag in _BLOCKS for child in element.iterdescendants()):
        return None
    return name, _fact(label, element, squash(rest))


def _fact(label: str, value_el: Element, text: str) -> Fact:
    anchors = [a for a in value_el.iter("a") if not _MORE.search(text_of(a))]
    links = [text_of(a) for a in anchors]
    hrefs = [str(a.get("href") or "") for a in anchors]
    return Fact(label=label, text=text, links=[t for t in links if t], hrefs=hrefs)


def _next_sibling(element: Element, tag: str) -> Element | None:
    for sibling in element.itersiblings():
        if sibling.tag == tag:
            return sibling
        if sibling.tag == element.tag:
            return None
    return None
