"""The legacy layout (v1): "Title (year)" heading, a facts table, a cast table, crew lines."""

from __future__ import annotations

from marquee.parsers import common, fields
from marquee.parsers.dom import Element, xpath_elements
from marquee.parsers.jsonld import JsonObject
from marquee.parsers.raw import Layout, RawTitle

_TITLE_PATHS = ("//*[@id='title-page']//h1", "//h1")


def read(root: Element, url: str, jsonld: JsonObject | None) -> RawTitle:
    heading = fields.require_heading(
        next((found for path in _TITLE_PATHS if (found := xpath_elements(root, path))), [])
    )
    parts = fields.TitleParts(
        heading=heading,
        tagline=common.tagline_after(heading),
        directors_from_jsonld=False,
    )
    return fields.raw_title(root, url, Layout.LEGACY, parts, jsonld)
