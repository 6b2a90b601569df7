"""The one reader of a title page, whatever its layout: the title heading, then the fields."""

from __future__ import annotations

import re

from marquee.parsers import common, fields
from marquee.parsers.dom import Attributed, Element, in_chrome, text_of
from marquee.parsers.hero import hero_line
from marquee.parsers.named import named_values
from marquee.parsers.questions import answers
from marquee.parsers.raw import Layout, RawTitle


def read(
    root: Element, url: str, layout: Layout, has_schema: bool, attributes: Attributed
) -> RawTitle:
    """The page's fields; `attributes`: its elements with attributes (dom.attributed), for the
    readers of hints named in them (no reader changes an attribute)."""
    heading = title_heading(root)
    parts = fields.TitleParts(heading=heading, tagline=common.tagline_after(heading))
    raw = fields.raw_title(root, url, layout, parts, has_schema, attributes)
    line = hero_line(heading, url, layout)
    if line is not None:
        raw.fallbacks.append(line)
    named = named_values(attributes, url, layout)
    if named is not None:
        raw.fallbacks.append(named)
    asked = answers(root, raw.title, url, layout) if raw.title else None
    if asked is not None:
        raw.fallbacks.append(asked)
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
    if not candidates and (named := _heading_named_as_the_page(root)) is not None:
        return named
    return fields.require_heading(in_main or candidates)


_TITLE_SEPARATORS = re.compile(r"\s+[—–|·:-]\s+|\s*\(\d{4}\)")
_YEAR_TAG = re.compile(r"\s*\(\d{4}\)\s*$")


def _heading_named_as_the_page(root: Element) -> Element | None:
    """No h1: the first visible h2-h4 whose text is the name the page gives itself (its
    og:title, or its <title> before the site's name), a "(1995)" tag after it allowed."""
    names = {_TITLE_SEPARATORS.split(name, maxsplit=1)[0].strip().casefold()
             for name in _declared_names(root)} - {""}
    if not names:
        return None
    for heading in fields.visible(list(root.iter("h2", "h3", "h4"))):
        if _YEAR_TAG.sub("", text_of(heading)).casefold() in names:
            return heading
    return None


def _in_head(element: Element) -> bool:
    parent = element.getparent()
    return parent is not None and parent.tag == "head"  # an svg's <title> names an icon


def _declared_names(root: Element) -> list[str]:
    found = [str(m.get("content") or "") for m in root.iter("meta")
             if m.get("property") in {"og:title", "twitter:title"}]  # fmt: skip
    found += [text_of(t) for t in root.iter("title") if _in_head(t)]
    return found


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
