"""schema.org JSON-LD, read tolerantly: broken blocks are repaired, not fatal."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import json_repair
from pydantic_core import from_json

from marquee.parsers.dom import Element

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
_WRAPPERS = ("<!--", "-->", "<![CDATA[", "]]>")


def title_object(root: Element) -> JsonObject | None:
    """The first JSON-LD object describing a movie or a show, or None."""
    for script in root.iter("script"):
        if "ld+json" not in str(script.get("type") or ""):
            continue
        for obj in _objects(loads_tolerant(script.text or "")):
            if kind_of_type(obj.get("@type")) is not None:
                return obj
    return None


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
    except ValueError:
        pass
    try:
        repaired = json_repair.loads(text)
    except Exception:  # json_repair promises no exception types; a broken block is no error
        return None
    return repaired if isinstance(repaired, dict | list) else None


def kind_of_type(value: Any) -> str | None:
    """ "movie" or "show" for a schema.org @type (a string or a list), else None."""
    types = value if isinstance(value, list) else [value]
    for item in types:
        if isinstance(item, str):
            kind = _TITLE_TYPES.get(item.rsplit("/", 1)[-1].casefold())
            if kind:
                return kind
    return None


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


def _objects(data: Any) -> Iterator[JsonObject]:
    if isinstance(data, list):
        for item in data:
            yield from _objects(item)
    elif isinstance(data, dict):
        yield data
        yield from _objects(data.get("@graph"))
