"""The one reader of a title page, whatever its layout: the title heading, then the fields."""

from __future__ import annotations

from marquee.parsers import common, fields
from marquee.parsers.dom import Element, in_chrome
from marquee.parsers.hero import hero_line
from marquee.parsers.raw import Layout, RawTitle


def read(root: Element, url: str, layout: Layout, has_schema: bool) -> RawTitle:
    heading = title_heading(root)
    parts = fields.TitleParts(heading=heading, tagline=common.tagline_after(heading))
    raw = fields.raw_title(root, url, layout, parts, has_schema)
    line = hero_line(heading, url, layout)
    if line is not None:
        raw.fallbacks.append(line)
    return raw


def title_heading(root: Element) -> Element:
    """The page's main heading: the hero's (data-testid=title, or inside the hero or the
    title-page block) when marked, else the first visible h1 that is not the site's name,
    one inside main first."""
    found = list(root.iter("h1"))
    for heading in found:
        if heading.get("data-testid") == "title" or _in_marked_block(heading):
            return heading
    candidates = _not_site_name(fields.visible(found))
    in_main = [h for h in candidates if any(a.tag == "main" for a in h.iterancestors())]
    return fields.require_heading(in_main or candidates)


def _in_marked_block(heading: Element) -> bool:
    return any(
        a.get("data-testid") == "hero" or a.get("id") == "title-page"
        for a in heading.iterancestors()
    )


def _not_site_name(headings: list[Element]) -> list[Element]:
    """The headings but the site's own name or logo in its top bar (older templates put it
    in an h1); all of them when nothing else is left."""
    kept = [
        h for h in headings
        if not in_chrome(h, common.CHROME_IDS)
        and not ("logo" in f"{h.get('id') or ''} {h.get('class') or ''}".casefold()
                 and _is_site_logo(h))
    ]  # fmt: skip
    return kept or headings


def _is_site_logo(heading: Element) -> bool:
    """A logo heading that links home (the site's name), not a title shown as a logo."""
    return any(str(a.get("href") or "").strip() in {"/", "", "#"} for a in heading.iter("a"))
