"""The legacy layout (v1): "Title (year)" heading, a facts table, a cast table, crew lines."""

from __future__ import annotations

from marquee.parsers import common, fields
from marquee.parsers.dom import Element, in_chrome
from marquee.parsers.jsonld import JsonObject
from marquee.parsers.raw import Layout, RawTitle


def read(root: Element, url: str, jsonld: JsonObject | None) -> RawTitle:
    headings = _not_site_name(fields.visible(list(root.iter("h1"))))
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


def _not_site_name(headings: list[Element]) -> list[Element]:
    """The headings but the site's own name or logo in its top bar (older templates put it
    in an h1); all of them when nothing else is left."""
    kept = [
        h for h in headings
        if not in_chrome(h, common.CHROME_IDS)
        and "logo" not in f"{h.get('id') or ''} {h.get('class') or ''}".casefold()
    ]  # fmt: skip
    return kept or headings
