"""Which layout a page is in, from its structure (never from hashed class names)."""

from __future__ import annotations

from lxml import etree

from marquee.parsers.dom import Element
from marquee.parsers.raw import Layout

# XPath "or" stops at the first marker found. `descendant::x[1]` stops at the first match and
# `//@id[. = ...]` walks attributes only: both 3-5x cheaper than `//x` or `//*[@id = ...]`.
# The current layout's element markers (a <main>, a dl with a dt, a section headed by an h2, a
# JSON-LD script) are looked for by one walk in C (_current_elements); its attribute markers
# in a union: as `... or ...` the two attribute walks cost twice as much (110 against 55 us
# on a 78 KB page)
_CURRENT_ATTRIBUTES = etree.XPath("boolean(//@id[. = '__next'] | //@data-testid)")
_LEGACY = etree.XPath(
    "boolean(//@id[. = 'title-page'] or descendant::table[descendant::tr[th][td]][1]"
    " or descendant::div[@id = 'content'][1]"
    " or descendant::table[descendant::td[@class = 'role' or @class = 'name']][1]"
    " or descendant::div[@class = 'crew'][descendant::strong][1])"
)


def detect_layout(root: Element) -> Layout:
    """Current when the page has current-layout structure, else legacy, else UNKNOWN."""
    if _current_elements(root) or _CURRENT_ATTRIBUTES(root):
        return Layout.CURRENT
    if _LEGACY(root):
        return Layout.LEGACY
    return Layout.UNKNOWN


def _current_elements(root: Element) -> bool:
    """A <main>, a dl holding a dt, a section with an h2 child, or a script whose type says
    JSON-LD: the tag-filtered walks run in libxml2's tree (a proxy only for the elements of
    those names; the XPath this replaces cost ~0.1 ms on a 78 KB page without a <main>)."""
    if next(root.iter("main"), None) is not None:  # the first marker on most pages
        return True
    for element in root.iterdescendants("dl", "section", "script"):
        if element.tag == "dl":
            if next(element.iterdescendants("dt"), None) is not None:
                return True
        elif element.tag == "section":
            if any(child.tag == "h2" for child in element):
                return True
        elif "ld+json" in str(element.get("type") or ""):
            return True
    return False
