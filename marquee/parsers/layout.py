"""Which layout a page is in, from its structure (never from hashed class names)."""

from __future__ import annotations

from lxml import etree

from marquee.parsers.dom import Element
from marquee.parsers.raw import Layout

_CURRENT = [
    etree.XPath(path)
    for path in (
        "boolean(//*[@id='__next'])",
        "boolean(//main)",
        "boolean(//*[@data-testid])",
        "boolean(//dl//dt)",
        "boolean(//section[h2])",
        "boolean(//script[contains(@type, 'ld+json')])",
    )
]
_LEGACY = [
    etree.XPath(path)
    for path in (
        "boolean(//*[@id='title-page'])",
        "boolean(//table//tr[th][td])",
        "boolean(//div[@id='content'])",
        "boolean(//h1/span)",
        "boolean(//table//td[@class='role' or @class='name'])",
        "boolean(//div[@class='crew']//strong)",
    )
]


def detect_layout(root: Element) -> Layout:
    """The layout with the most structural markers; UNKNOWN when neither has any."""
    current = sum(bool(test(root)) for test in _CURRENT)
    legacy = sum(bool(test(root)) for test in _LEGACY)
    if current == legacy == 0:
        return Layout.UNKNOWN
    return Layout.CURRENT if current >= legacy else Layout.LEGACY
