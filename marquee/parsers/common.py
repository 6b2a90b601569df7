"""Field readers both layouts share: canonical URL, links, lists, credits, cast, streaming."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from marquee.parsers.dom import (
    Element,
    Headings,
    find_section,
    heading_matcher,
    in_chrome,
    squash,
    text_of,
    xpath_strings,
)
from marquee.parsers.facts import Fact
from marquee.parsers.jsonld import JsonObject, string_value
from marquee.parsers.raw import RawStreaming

_TITLE_PATH = re.compile(r"^/(movie|show|film|tv|series)/([^/?#]+)/?$", re.IGNORECASE)
_PATH_KINDS = {"movie": "movie", "film": "movie", "show": "show", "tv": "show", "series": "show"}
_IMDB = re.compile(r"\b(tt\d{5,10})\b")
_YOUTUBE = re.compile(
    r"(?:youtube(?:-nocookie)?\.com/(?:embed/|watch\?(?:.*&)?v=|v/|shorts/)|youtu\.be/)"
    r"([A-Za-z0-9_-]{11})"
)
_NOTE = re.compile(r"\s*[\(\[][^)\]]*[\)\]]")
_NAME_SPLIT = re.compile(r"\s*(?:,|;|\s&\s|\band\b)\s*")
_LIST_SPLIT = re.compile(r"\s*(?:,|;|\||·|•|\s/\s)\s*")
_QUOTES = "\"'“”„‟«»‘’‚‹›「」"
_COUNT = re.compile(r"\(?\s*\d[\d,]*\s+(?:platforms?|services?|providers?)\s*\)?", re.IGNORECASE)
_VERIFIED = re.compile(r"(?:verified|checked|updated)(?:\s+on)?\s*:?\s*(.+)$", re.IGNORECASE)
_VERIFIED_HINT = re.compile(r"(?i:verified|checked|updated)")
_AVAILABILITY = re.compile(r"\bavailable\b|\bunavailable\b", re.IGNORECASE)
_NOT_FOUND = re.compile(
    r"(?:couldn.?t|could not|can.?t|cannot) find|not found|\b404\b|does(?:n.?t| not) exist"
    r"|no longer available",
    re.IGNORECASE,
)
_SYNOPSIS = heading_matcher(r"^(?:about\b|overview$|synopsis$|plot\b|storyline$|summary$|story$)")
_AUDIENCE = heading_matcher(
    r"(?:viewers|audiences?|people|fans|critics).{0,12}\b(?:say|think)"
    r"|(?:audience|viewer|user)s?\W+(?:says|summary|verdict|consensus|reviews?|reactions?)"
)
_CAST = heading_matcher(r"^(?:(?:top|full|main|series) )?cast\b|^starring\b")
_TRAILER = heading_matcher(r"\btrailers?\b")
_LOGO_SUFFIX = re.compile(r"\s+logo$", re.IGNORECASE)
_WATCH_ID = re.compile(r"watch|stream", re.IGNORECASE)
_COUNT_HINTS = ("latform", "ervice", "rovider")  # any case of the first letter
_REWORDED_STATUS = re.compile(r"\b(?:stream(?:ing)?|watch)\b.*\b(?:on|at|with|anywhere)\b", re.I)
_STATUS_TAGS = ("span", "div", "p", "strong", "b", "em", "h2", "h3", "h4", "li", "small")


def canonical_url(root: Element, url: str, jsonld: JsonObject | None) -> str:
    """link rel=canonical, else og:url, else JSON-LD url, else the URL we were given."""
    canonical: list[str] = []
    og_url: list[str] = []
    for element in root.iter("link", "meta"):  # one walk for both
        if element.tag == "link":
            if "canonical" in str(element.get("rel") or "").casefold().split():
                canonical.append(str(element.get("href") or ""))
        elif element.get("property") == "og:url":
            og_url.append(str(element.get("content") or ""))
    candidates = canonical + og_url
    if jsonld is not None and string_value(jsonld, "url"):
        candidates.append(str(string_value(jsonld, "url")))
    for candidate in candidates:
        if candidate.strip():
            return urljoin(url, candidate.strip())
    return url


def path_kind(url: str) -> str | None:
    found = _TITLE_PATH.match(urlsplit(url).path)
    return _PATH_KINDS[found.group(1).casefold()] if found else None


TITLE_HINT = re.compile(r"(?:^|/)(?:movie|show|film|tv|series)/", re.IGNORECASE)


def is_title_path(path: str) -> bool:
    return _TITLE_PATH.match(path) is not None


def related_urls(root: Element, page_url: str) -> list[str]:
    """Absolute URLs of the other /movie/... and /show/... pages this page links to."""
    own = urlsplit(page_url).path.rstrip("/")
    seen: dict[str, None] = {}
    for link in root.iter("a"):
        href = str(link.get("href") or "")
        if not TITLE_HINT.search(href):
            continue  # most links are site chrome: skip the urljoin
        absolute = urljoin(page_url, href.strip()).split("#", 1)[0]
        path = urlsplit(absolute).path
        if is_title_path(path) and path.rstrip("/") != own:
            seen.setdefault(absolute, None)
    return list(seen)


def looks_not_found(title: str) -> bool:
    return _NOT_FOUND.search(title) is not None


def strip_quotes(text: str) -> tuple[str, bool]:
    """Text without one pair of surrounding quotes, and whether it had them."""
    if len(text) >= 2 and text[0] in _QUOTES and text[-1] in _QUOTES:
        return text[1:-1].strip(), True
    return text, False


def tagline_after(heading: Element) -> str | None:
    """The quoted line right after the title heading."""
    for sibling in heading.itersiblings():
        if sibling.tag != "p":
            continue
        text, quoted = strip_quotes(text_of(sibling))
        hinted = "tagline" in str(sibling.get("class") or "")
        if quoted or hinted:
            return text
    return None


def list_values(fact: Fact | None) -> list[str]:
    """Link texts when the value is links, else the text split on commas and the like."""
    if fact is None:
        return []
    if fact.links:
        return fact.links
    return [part for part in _LIST_SPLIT.split(fact.text_without_more) if part]


def names(fact: Fact | None) -> list[str]:
    """Person names without role notes: "Greg Daniels (creator)" -> "Greg Daniels"."""
    if fact is None:
        return []
    if fact.links:
        return [squash(_NOTE.sub("", link)) for link in fact.links if _NOTE.sub("", link).strip()]
    text = _NOTE.sub("", fact.text)
    return [part for part in _NAME_SPLIT.split(squash(text)) if part]


def imdb_id(root: Element) -> str | None:
    for anchor in root.iter("a"):
        href = str(anchor.get("href") or "")
        found = _IMDB.search(href) if "imdb." in href else None
        if found:
            return found.group(1)
    return None


def trailer_id(root: Element, heads: Headings) -> str | None:
    """The YouTube id of the embedded trailer (an iframe, or a link under a trailer heading)."""
    sources = [
        str(frame.get(attribute) or "")
        for frame in root.iter("iframe")
        for attribute in ("src", "data-src")
    ]
    section = find_section(heads, _TRAILER) or []
    for element in section:
        sources += xpath_strings(element, ".//a/@href")
    for source in sources:
        found = _YOUTUBE.search(source)
        if found:
            return found.group(1)
    return None


def section_paragraphs(heads: Headings, kind: str) -> list[str]:
    matcher = {"synopsis": _SYNOPSIS, "audience": _AUDIENCE}[kind]
    section = find_section(heads, matcher)
    if section is None:
        return []
    texts: list[str] = []
    for element in section:
        paragraphs = [element] if element.tag == "p" else list(element.iter("p"))
        texts += [text_of(p) for p in paragraphs if text_of(p)]
    return texts


def synopsis(heads: Headings) -> str | None:
    paragraphs = section_paragraphs(heads, "synopsis")
    return paragraphs[0] if paragraphs else None


def audience_summary(heads: Headings) -> str | None:
    return " ".join(section_paragraphs(heads, "audience")) or None


def cast(heads: Headings) -> list[tuple[str, str | None]]:
    section = find_section(heads, _CAST)
    if section is None:
        return []
    credits: list[tuple[str, str | None]] = []
    for element in section:
        rows = [
            row
            for row in element.iter("tr", "li")
            if row.tag == "tr" or next(row.iterdescendants("li"), None) is None
        ]
        credits += [credit for credit in map(_credit, rows) if credit is not None]
    return credits


def _credit(row: Element) -> tuple[str, str | None] | None:
    chunks = [c for c in _chunks(row) if c.casefold() not in {"as", "...", "…", "-"}]
    if not chunks:
        return None
    if len(chunks) == 1 and " as " in chunks[0]:
        actor, _, role = chunks[0].partition(" as ")
        return actor.strip(), role.strip() or None
    character: str | None = chunks[1] if len(chunks) > 1 else None
    if character and character.casefold().startswith("as "):
        character = character[3:].strip()
    return chunks[0], character or None


def _chunks(row: Element) -> list[str]:
    cells = [c for c in row if c.tag in {"td", "th"}]
    if not cells:
        cells = list(row.iter("p", "h3", "h4", "h5", "h6"))
    if not cells:
        cells = [
            el for el in row.iter("span", "div", "strong", "b", "em", "small", "a") if len(el) == 0
        ]
    if not cells:
        return [squash(str(t)) for t in row.itertext() if squash(str(t))]
    return [text_of(cell) for cell in cells]


def streaming(root: Element) -> RawStreaming | None:
    block = _streaming_block(root)
    if block is None:
        return None
    texts = [str(t) for t in block.itertext()]
    status = next(
        (squash(t) for t in texts if "available" in t.lower() and _AVAILABILITY.search(t)), ""
    ) or _reworded_status(block)
    text = text_of(block)
    count = _COUNT.search(text)
    verified = next(
        (
            found.group(1)
            for p in block.iter("p", "span", "div", "small", "time")
            if len(p) == 0
            and _VERIFIED_HINT.search(p.text or "")
            and (found := _VERIFIED.search(text_of(p)))
        ),
        None,
    )
    return RawStreaming(
        status=status,
        count=count.group(0) if count else None,
        platforms=_platforms(block),
        verified=verified,
    )


def _streaming_block(root: Element) -> Element | None:
    """The where-to-watch block: around the "(Not) Currently Available On" line."""
    status = next(
        (
            el
            for el in root.iter(*_STATUS_TAGS)
            # the substring test first: a regex search on every text costs ~5x more
            # .text builds a new str on every read: read it once
            if (text := el.text) and "available" in text.lower() and _AVAILABILITY.search(text)
        ),
        None,
    )
    if status is None:
        return _unlabelled_streaming_block(root)
    if in_chrome(status):
        return None
    for ancestor in status.iterancestors():
        if ancestor.tag in {"section", "main", "body"}:
            break
        if ancestor.get("id") == "where-to-watch" or _has_logos(ancestor):
            return ancestor
    return status.getparent()


def _unlabelled_streaming_block(root: Element) -> Element | None:
    """Reworded status line ("Streaming on", "Watch on"): the block around the
    "(N platforms)" count that holds provider logos, else a logo list whose parent's id
    says watch or stream (tag-filtered walks: this runs on every page without the line)."""
    for element in root.iter(*_STATUS_TAGS):
        if _is_provider_count(element):
            return next((a for a in element.iterancestors() if _has_logos(a)), None)
    for ul in root.iter("ul", "ol"):
        parent = ul.getparent()
        if parent is not None and _is_watch_block(parent, ul):
            return parent
    return None


def _is_provider_count(element: Element) -> bool:
    text = element.text
    if not text or len(element) or not any(hint in text for hint in _COUNT_HINTS):
        return False
    return _COUNT.search(text) is not None and not in_chrome(element)


def _is_watch_block(parent: Element, logos: Element) -> bool:
    named = _WATCH_ID.search(str(parent.get("id") or "")) is not None
    return named and _has_logos(logos) and not in_chrome(parent)


def _reworded_status(block: Element) -> str:
    """The availability line when it does not say "available": text, not the CTA link."""
    for element in block.iter(*_STATUS_TAGS):
        text = squash(element.text)
        if len(element) == 0 and _REWORDED_STATUS.search(text) and not _COUNT.fullmatch(text):
            return text
    return ""


def _has_logos(element: Element) -> bool:
    return any(next(li.iter("img"), None) is not None for li in element.iter("li"))


def _platforms(block: Element) -> list[str]:
    logos = [squash(str(img.get("alt") or "")) for img in block.iter("img")]
    names = [_LOGO_SUFFIX.sub("", alt) for alt in logos]
    names = [name for name in names if name and not name.casefold().endswith(" poster")]
    if names:
        return names
    return [text_of(li) for li in block.iter("li") if text_of(li)]
