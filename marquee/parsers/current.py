"""The current layout (v2): a React page with a hero, a details list, cast cards, JSON-LD."""

from __future__ import annotations

from marquee.parsers import common, fields
from marquee.parsers.dom import Element
from marquee.parsers.errors import FieldShapeError
from marquee.parsers.facts import collect_facts
from marquee.parsers.jsonld import JsonObject
from marquee.parsers.raw import Layout, RawTitle


def read(root: Element, url: str, jsonld: JsonObject | None) -> RawTitle:
    heading = _title_heading(root, url, jsonld)
    parts = fields.TitleParts(
        heading=heading,
        tagline=common.tagline_after(heading),
        directors_from_jsonld=True,
    )
    return fields.raw_title(root, url, Layout.CURRENT, parts, jsonld)


def _title_heading(root: Element, url: str, jsonld: JsonObject | None) -> Element:
    """The hero's title heading; a bare heading only on a page that is a title page."""
    found = list(root.iter("h1"))
    for heading in found:
        if heading.get("data-testid") == "title" or _in_hero(heading):
            return heading
    candidates = fields.visible(found)
    in_main = [h for h in candidates if any(a.tag == "main" for a in h.iterancestors())]
    heading = fields.require_heading(in_main or candidates)
    # a title-like URL is not enough: error and maintenance pages come at title URLs too
    if jsonld is None and not collect_facts(root):
        raise FieldShapeError("title", fields.NO_TITLE, "a heading but no title page")
    return heading


def _in_hero(heading: Element) -> bool:
    return any(a.get("data-testid") == "hero" for a in heading.iterancestors())
