"""Labelled values wherever the page puts them: dt/dd, th/td, "Label: value" lines.

Rows are read by their label (see labels.py), never by position; the first
occurrence of a field wins and unknown labels are ignored.
"""

from __future__ import annotations

import re

from marquee.parsers.dom import Element, in_chrome, raw_text, squash, text_of
from marquee.parsers.labels import field_for

_MORE = re.compile(r"(?:\+|\band\b)\s*(\d+)\s*more\b", re.IGNORECASE)
_BLOCKS = ("p", "div", "li", "ul", "ol", "table", "dl", "section")
_MAX_LABEL = 40
_VALUE_TAG = {"dt": "dd", "th": "td", "td": "td"}


class Fact:
    """One labelled value: its label, its text, and (on demand) the texts of its links."""

    __slots__ = ("_links", "element", "label", "text")

    def __init__(self, label: str, element: Element, text: str) -> None:
        self.label = label
        self.element = element
        self.text = text
        self._links: list[str] | None = None

    @property
    def links(self) -> list[str]:
        # cached by hand: functools.cached_property takes a lock on every first read (3.11)
        if self._links is None:
            if len(self.element) == 0:  # a bare text value: no links, no iter() to set up
                self._links = []
                return self._links
            texts = (text_of(a) for a in self.element.iter("a"))
            self._links = [text for text in texts if text and not _MORE.search(text)]
        return self._links

    @property
    def more(self) -> int:
        """N of a "+N more" note in the value, else 0."""
        found = _MORE.search(self.text)
        return int(found.group(1)) if found else 0

    @property
    def text_without_more(self) -> str:
        return squash(_MORE.sub(" ", self.text)) if "more" in self.text else self.text


def collect_facts(root: Element) -> dict[str, Fact]:
    facts: dict[str, Fact] = {}
    for element in root.iter("dt", "th", "td", "p", "li"):
        if element.tag in _VALUE_TAG:
            found = _pair(element)
        elif _leads_with_label(element):  # most p and li do not: skip the call to _inline
            found = _inline(element)
        else:
            continue
        if found is not None:
            facts.setdefault(*found)
    return facts


def _pair(label_el: Element) -> tuple[str, Fact] | None:
    """dt -> dd, th -> td, and <td>Label:</td><td>value</td> rows."""
    if label_el.tag == "td" and label_el.getprevious() is not None:
        return None
    value_el = _next_sibling(label_el, _VALUE_TAG[label_el.tag])
    if value_el is None:
        return None
    label = text_of(label_el)
    if label_el.tag == "td" and not label.endswith(":"):
        return None
    name = field_for(label)
    if name is None:
        return None
    return name, Fact(label, value_el, text_of(value_el))


def _inline(element: Element) -> tuple[str, Fact] | None:
    """<p><strong>Director:</strong> Ada Ulloa</p> or <p>Written by: <a>..</a></p>."""
    label, _, rest = squash(raw_text(element)).partition(":")
    if len(label) > _MAX_LABEL:
        return None
    name = field_for(label)
    if name is None or in_chrome(element):
        return None
    if any(child.tag in _BLOCKS for child in element.iterdescendants()):
        return None
    return name, Fact(label, element, squash(rest))


def _leads_with_label(element: Element) -> bool:
    """A colon in the element's leading text, or in its first child's text or tail."""
    text = element.text
    if text and ":" in text:
        return True
    if len(element) == 0:
        return False
    lead = element[0]
    text, tail = lead.text, lead.tail
    return bool((text and ":" in text) or (tail and ":" in tail))


def _next_sibling(element: Element, tag: str) -> Element | None:
    sibling = element.getnext()
    while sibling is not None:
        if sibling.tag == tag:
            return sibling
        if sibling.tag == element.tag:
            return None
        sibling = sibling.getnext()
    return None
