"""The current layout (v2): a React page with a hero, a details list, cast cards, JSON-LD."""

from __future__ import annotations

from marquee.parsers import common, fields
from marquee.parsers.dom import Element, xpath_elements
from marquee.parsers.errors import FieldShapeError
from marquee.parsers.facts import collect_facts
from marquee.parsers.jsonld import JsonObject
from marquee.parsers.raw import Layout, RawTitle

# Most specific first: the hero's title, then any heading of the main content.
_TITLE_PATHS = ("//h1[@data-testid='title']", "//*[@data-testid='hero']//h1")
_LOOSE_TITLE_PATHS = ("//main//h1", "//h1")


def read(root: Element, url: str, jsonld: JsonObject | None) -> RawTitle:
    heading = _title_heading(root, url, jsonld)
    parts = fields.TitleParts(
        heading=heading,
        tagline=common.tagline_after(heading),
        directors_from_jsonld=True,
    )
    return fields.raw_title(root, url, Layout.CURRENT, parts, jsonld)


def _title_heading(root: Element, url: str, jsonld: JsonObject | None) -> Element:
    for path in _TITLE_PATHS:
        found = xpath_elements(root, path)
        if found:
            return found[0]
    heading = fields.require_heading(
        next((found for path in _LOOSE_TITLE_PATHS if (found := xpath_elements(root, path))), [])
    )
    if jsonld is None and common.path_kind(url) is None and not collect_facts(root):
        raise FieldShapeError("title", fields.NO_TITLE, "a heading but no title page")
    return heading
