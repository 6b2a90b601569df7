"""Which layout a page is in, from its structure (never from hashed class names)."""

from __future__ import annotations

from lxml import etree

from marquee.parsers.dom import Element
from marquee.parsers.raw import Layout

# XPath "or" stops at the first marker found, so each test is one cheap pass at most.
_CURRENT = etree.XPath(
    "boolean(//main or //*[@id='__next'] or //*[@data-testid] or //dl//dt"
    " or //section[h2] or //script[contains(@type, 'ld+json')])"
)
_LEGACY = etree.XPath(
    "boolean(//*[@id='title-page'] or //table//tr[th][td] or //div[@id='content']"
    " or //table//td[@class='role' or @class='name'] or //div[@class='crew']//strong)"
)


def detect_layout(root: Element) -> Layout:
    """Current when the page has current-layout structure, else legacy, else UNKNOWN."""
    if _CURRENT(root):
        return Layout.CURRENT
    if _LEGACY(root):
        return Layout.LEGACY
    return Layout.UNKNOWN
