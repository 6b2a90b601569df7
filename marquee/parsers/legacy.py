"""The legacy layout (v1): "Title (year)" heading, a facts table, a cast table, crew lines."""

from __future__ import annotations

from marquee.parsers import common, fields
from marquee.parsers.dom import Element
from marquee.parsers.jsonld import JsonObject
from marquee.parsers.raw import Layout, RawTitle


def read(root: Element, url: str, jsonld: JsonObject | None) -> RawTitle:
    headings = fields.visible(list(root.iter("h1")))
    on_title_page = [
        h for h in headings if any(a.get("id") == "title-page" for a in h.iterancestors())
    ]
    heading = fields.require_heading(on_title_page or headings)
    parts = fields.TitleParts(
        heading=heading,
        tagline=common.tagline_after(heading),
        directors_from_jsonld=False,
    )
    return fields.raw_title(root, url, Layout.LEGACY, parts, jsonld)
