"""Labelled values wherever the page puts them: dt/dd, th/td, "Label: value" lines.

Rows are read by their label (see labels.py), never by position; the first
occurrence of a field wins, except that a row for part of the run ("Gross (Domestic)")
gives way to one for the whole, and unknown labels are ignored.
"""

from __future__ import annotations

import re

from marquee.parsers.dom import Element, in_chrome, raw_text, squash, text_of
from marquee.parsers.labels import field_for, is_partial, row_field_for

# "+3 more", "(+1 more)", "and 2 others", "Show 1 more", "(+1)": how many more the page has
_MORE = re.compile(
    r"[(\[]?\s*(?:(?:\+|\band\b|\bshow\b|\bsee\b|\bview\b)\s*(\d+)\s*(?:more|others?)\b"
    r"|\+\s*(\d+)(?=\s*[)\]]|\s*$))\s*[)\]]?",
    re.IGNORECASE,
)
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
        found = _MORE.search(self.text) if _may_say_more(self.text) else None
        return int(found.group(1) or found.group(2)) if found else 0

    @property
    def text_without_more(self) -> str:
        if not _may_say_more(self.text):
            return self.text
        return squash(_MORE.sub(" ", self.text))


def _may_say_more(text: str) -> bool:
    lowered = text.casefold()
    return "+" in text or "more" in lowered or "other" in lowered


def collect_facts(root: Element) -> dict[str, Fact]:
    facts: dict[str, Fact] = {}
    partial: dict[str, Fact] = {}
    for element in root.iter("dt", "th", "td", "p", "li"):
        if element.tag in _VALUE_TAG:
            pair = _pair(element)
            if pair is not None:
                _keep(facts, partial, *pair)
        elif _leads_with_label(element):  # most p and li do not: skip the call to _inline
            for name, fact in _inline(element):
                _keep(facts, partial, name, fact)
    for block in _lined_blocks(root):
        for name, fact in _lines_facts(block):
            _keep(facts, partial, name, fact)
    return {**partial, **facts}  # a row for the whole run replaces one for part of it


def _keep(facts: dict[str, Fact], partial: dict[str, Fact], name: str, fact: Fact) -> None:
    """The first row for a field wins; a row for part of the run only until one for all."""
    if name not in facts:
        (partial if is_partial(fact.label) else facts).setdefault(name, fact)


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
    name = row_field_for(label)
    if name is None:
        return None
    return name, Fact(label, value_el, text_of(value_el))


def _inline(element: Element) -> list[tuple[str, Fact]]:
    """<p><strong>Director:</strong> Ada Ulloa</p> or <p>Written by: <a>..</a></p>."""
    if any(child.tag == "br" for child in element):
        found = _lines_facts(element)
    else:
        label, _, rest = squash(raw_text(element)).partition(":")
        name = field_for(label) if len(label) <= _MAX_LABEL else None
        found = [] if name is None else [(name, Fact(label, element, squash(rest)))]
    # the tree tests last: most "Label:" lines name no field
    if found and (in_chrome(element) or any(c.tag in _BLOCKS for c in element.iterdescendants())):
        return []
    return found


def _lined_blocks(root: Element) -> list[Element]:
    """Blocks other than p and li whose lines are split by <br> (a legacy crew div)."""
    blocks: dict[Element, None] = {}
    for br in root.iter("br"):
        parent = br.getparent()
        if parent is not None and parent.tag not in {"p", "li"}:
            blocks.setdefault(parent, None)
    return [
        block
        for block in blocks
        if not in_chrome(block)
        and not any(child.tag in _BLOCKS for child in block.iterdescendants())
    ]


def _lines_facts(block: Element) -> list[tuple[str, Fact]]:
    """ "Director: <a>..</a><br>Writer: <a>..</a>": one fact per labelled line."""
    found: list[tuple[str, Fact]] = []
    for text, links in _lines(block):
        label, colon, rest = text.partition(":")
        name = field_for(label) if colon and len(label) <= _MAX_LABEL else None
        if name is not None:
            fact = Fact(label, block, squash(rest))
            fact._links = [link for link in links if link and not _MORE.search(link)]
            found.append((name, fact))
    return found


def _lines(block: Element) -> list[tuple[str, list[str]]]:
    """(text, link texts) of each <br>-separated line of a block."""
    lines: list[tuple[list[str], list[str]]] = [([block.text or ""], [])]
    for child in block:
        if child.tag == "br":
            lines.append(([child.tail or ""], []))
            continue
        parts, links = lines[-1]
        if isinstance(child.tag, str):  # comments and processing instructions add no text
            parts.append(raw_text(child))
            links += [text_of(a) for a in child.iter("a")]
        parts.append(child.tail or "")
    return [(squash("".join(parts)), links) for parts, links in lines]


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
