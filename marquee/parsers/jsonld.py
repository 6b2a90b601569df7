"""schema.org JSON-LD, read tolerantly: broken blocks are repaired, not fatal."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import json_repair
from pydantic_core import from_json

from marquee.parsers.dom import Element, text_of

JsonObject = dict[str, Any]

_TITLE_TYPES = {
    "movie": "movie",
    "film": "movie",
    "tvseries": "show",
    "tvshow": "show",
    "tvseason": "show",
    "creativeworkseries": "show",
    "tvminiseries": "show",
}
_TRAILING_NOTE = re.compile(r"\s*\([^()]*\)\s*$")
_WRAPPERS = ("<!--", "-->", "<![CDATA[", "]]>")
_MAX_NESTING = 64  # a title's JSON-LD nests a few levels; far deeper is no data to read


def read_jsonld(root: Element, page_url: str | None = None) -> tuple[JsonObject | None, set[str]]:
    """One read of the page's JSON-LD blocks: the object describing its movie or show (see
    title_object), and every @type on the page, short and lower-cased ("person")."""
    candidates: list[JsonObject] = []
    nodes: dict[str, JsonObject] = {}
    types: set[str] = set()
    for script in root.iter("script"):
        if "ld+json" not in str(script.get("type") or "").lower():
            continue
        for obj in _objects(loads_tolerant(script.text or "")):
            if isinstance(obj.get("@id"), str):
                nodes.setdefault(obj["@id"], obj)
            found = type_names(obj.get("@type"))
            types.update(found)
            if any(name in _TITLE_TYPES for name in found):
                candidates.append(obj)
    if not candidates:
        return None, types
    chosen = candidates[0]
    if len(candidates) > 1:
        chosen = _at_url(candidates, page_url) or _named_like_heading(root, candidates)
    return _with_people_resolved(chosen, nodes), types


def title_object(root: Element, page_url: str | None = None) -> JsonObject | None:
    """The JSON-LD object describing the page's movie or show, or None: when blocks hold
    several (related titles), the one whose url is the page's, else the one named like the
    page's h1 (a remake of the same name has another url), else the first."""
    return read_jsonld(root, page_url)[0]


def _at_url(candidates: list[JsonObject], page_url: str | None) -> JsonObject | None:
    if not page_url:
        return None
    wanted = _comparable(page_url)
    return next((obj for obj in candidates if _comparable(obj.get("url")) == wanted), None)


def _comparable(url: Any) -> str:
    """ "https://Site.example/movie/heat/" and "http://site.example/movie/heat" are one URL."""
    if not isinstance(url, str):
        return ""
    return url.strip().split("://", 1)[-1].rstrip("/").casefold()


def _named_like_heading(root: Element, candidates: list[JsonObject]) -> JsonObject:
    return named_like_heading(root, candidates) or candidates[0]


def named_like_heading(root: Element, candidates: list[JsonObject]) -> JsonObject | None:
    """The candidate named as the page's h1 is ("titanic (1997)" names "titanic")."""
    heading = next(root.iter("h1"), None)
    title = text_of(heading).casefold() if heading is not None else ""
    titles = {title, _TRAILING_NOTE.sub("", title)} - {""}
    for obj in candidates:
        name = obj.get("name")
        if isinstance(name, str) and " ".join(name.split()).casefold() in titles:
            return obj
    return None


def own_object(root: Element, candidates: list[JsonObject], page_url: str) -> JsonObject | None:
    """Among microdata or RDFa title items, the page's own: the one at its URL, else the one
    named as its heading, else the only one; none when several name other titles (a rail's
    cards marked up one by one)."""
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    return _at_url(candidates, page_url) or named_like_heading(root, candidates)


_REFERRED = ("director", "author", "creator", "actor", "actors", "productionCompany",
             "countryOfOrigin", "trailer", "aggregateRating")  # fmt: skip


def _with_people_resolved(obj: JsonObject, nodes: dict[str, JsonObject]) -> JsonObject:
    """People, companies and the like given as {"@id": ...} references (an @graph's way)
    replaced by the nodes they name."""
    if not nodes:
        return obj
    resolved = dict(obj)
    for key in _REFERRED:
        value = obj.get(key)
        if value is not None:
            items = value if isinstance(value, list) else [value]
            resolved[key] = [_resolved(item, nodes) for item in items]
    return resolved


def _resolved(item: Any, nodes: dict[str, JsonObject]) -> Any:
    if isinstance(item, dict) and "name" not in item and isinstance(item.get("@id"), str):
        return nodes.get(item["@id"], item)
    return item


def loads_tolerant(text: str) -> Any:
    """Parse JSON, repairing what can be repaired; None when nothing usable is left."""
    if "<!" in text or "-->" in text or "]]>" in text:  # rare: skip four copies otherwise
        for wrapper in _WRAPPERS:
            text = text.replace(wrapper, "")
    text = text.strip()
    if not text:
        return None
    try:
        return from_json(text)  # pydantic's Rust parser: about twice as fast as json.loads
    except ValueError:
        pass
    try:
        return json.loads(text, strict=False)  # also takes raw control characters in strings
    except (ValueError, RecursionError):  # nested past Python's stack: no block we can read
        return None if _too_deep(text) else _repaired(text)
    return _repaired(text)


def _repaired(text: str) -> Any:
    try:
        repaired = json_repair.loads(text)
    except Exception:  # json_repair promises no exception types; a broken block is no error
        return None
    return repaired if isinstance(repaired, dict | list) else None


def _too_deep(text: str) -> bool:
    """More brackets open at once than any title's data needs: json_repair would recurse."""
    depth = deepest = 0
    for char in text:
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
            if deepest > _MAX_NESTING:
                return True
        elif char in "]}":
            depth -= 1
    return False


def kind_of_type(value: Any) -> str | None:
    """ "movie" or "show" for a schema.org @type (a string or a list), else None."""
    return next((_TITLE_TYPES[name] for name in type_names(value) if name in _TITLE_TYPES), None)


def type_names(value: Any) -> list[str]:
    """ "Movie", "https://schema.org/Movie", "schema:Movie" (alone or in a list) -> "movie"."""
    items = value if isinstance(value, list) else [value]
    return [
        item.rsplit("/", 1)[-1].rsplit(":", 1)[-1].casefold()
        for item in items
        if isinstance(item, str)
    ]


def person_names(value: Any) -> list[str]:
    """Names from a Person, a list of Persons, or plain strings."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip():
            names.append(" ".join(name.split()))
    return names


def string_value(obj: JsonObject, key: str) -> str | None:
    value = obj.get(key)
    return value.strip() or None if isinstance(value, str) else None


def _objects(data: Any, depth: int = 0) -> Iterator[JsonObject]:
    if depth > _MAX_NESTING:
        return
    if isinstance(data, list):
        for item in data:
            yield from _objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        yield from _objects(data.get("@graph"), depth + 1)
        # a WebPage or ItemPage whose mainEntity (or about) is the movie
        yield from _objects(data.get("mainEntity"), depth + 1)
        yield from _objects(data.get("about"), depth + 1)
