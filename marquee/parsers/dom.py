"""Small tree helpers shared by both layouts: text, headings and their sections."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from lxml import etree

Element = etree._Element

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_CHROME = {"header", "nav", "footer"}


def squash(text: str | None) -> str:
    """Whitespace collapsed to single spaces."""
    return " ".join(text.split()) if text else ""


def text_of(element: Element) -> str:
    """The element's visible text, whitespace collapsed."""
    return squash(str(element.xpath("string()")))


def first(elements: list[Element]) -> Element | None:
    return elements[0] if elements else None


def xpath_elements(node: Element, path: str) -> list[Element]:
    found = node.xpath(path)
    assert isinstance(found, list)
    return [item for item in found if isinstance(item, etree._Element)]


def xpath_strings(node: Element, path: str) -> list[str]:
    found = node.xpath(path)
    assert isinstance(found, list)
    return [str(item) for item in found]


def in_chrome(element: Element) -> bool:
    """True inside the site's header, navigation or footer."""
    return any(ancestor.tag in _CHROME for ancestor in element.iterancestors())


def headings(root: Element) -> Iterator[tuple[str, Element]]:
    """(lower-cased text, element) of every heading outside the site chrome, in page order."""
    for element in root.iter(*_HEADINGS):
        if not in_chrome(element):
            yield text_of(element).casefold(), element


def section_for(heading: Element) -> list[Element]:
    """What a heading heads: its own section, or the siblings up to the next heading."""
    parent = heading.getparent()
    if parent is not None and _sole_heading(parent, heading):
        return [parent]
    siblings: list[Element] = []
    for sibling in heading.itersiblings():
        if isinstance(sibling.tag, str) and sibling.tag in _HEADINGS:
            break
        siblings.append(sibling)
    return siblings


def find_section(root: Element, matches: Callable[[str], bool]) -> list[Element] | None:
    """The content under the first heading whose text matches, or None."""
    for text, heading in headings(root):
        if heading.tag != "h1" and matches(text):
            return section_for(heading)
    return None


def heading_matcher(pattern: str) -> Callable[[str], bool]:
    compiled = re.compile(pattern)
    return lambda text: compiled.search(text) is not None


def _sole_heading(parent: Element, heading: Element) -> bool:
    if parent.tag in {"body", "main", "html"}:
        return False
    others = [el for el in parent.iter(*_HEADINGS) if el is not heading]
    return not others
