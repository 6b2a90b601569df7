"""schema.org data in every form a page carries it: JSON-LD, microdata, RDFa and OpenGraph.

Each form is turned into one plain shape, a JSON-LD-like object with short keys
({"@type": ["Movie"], "name": "Heat", "actor": [{"name": ...}]}), so that one mapping
(`schema_title`) reads the title's fields from any of them. The page's visible values win
over these (see extract.py); this channel fills what the visible page lacks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from lxml import etree

from marquee.parsers.dom import Element
from marquee.parsers.jsonld import JsonObject, kind_of_type, person_names, type_names
from marquee.parsers.raw import Layout, RawTitle

_IMDB = re.compile(r"\b(tt\d{5,10})\b")
_YOUTUBE_ID = re.compile(
    r"(?:youtube(?:-nocookie)?\.com/(?:embed/|watch\?v=|v/)|youtu\.be/)([\w-]{11})"
)
_OG_KINDS = {"video.movie": "movie", "video.tv_show": "show", "video.episode": None}
_MAX_DEPTH = 12  # nested objects read below a title object: people, ratings, videos


def microdata_objects(root: Element, base_url: str) -> list[JsonObject]:
    """Top-level microdata items (itemscope/itemprop), in the plain shape."""
    if not _has_attribute(root, "itemscope"):
        return []
    from extruct.w3cmicrodata import MicrodataExtractor  # import on first use: ~0.1 s

    try:
        items = MicrodataExtractor().extract_items(root, base_url)
    except (ValueError, TypeError, RecursionError):
        return []
    return [obj for item in items if (obj := _from_microdata(item, 0))]


def rdfa_objects(root: Element, base_url: str) -> list[JsonObject]:
    """RDFa (Lite) objects (vocab/typeof/property), in the plain shape."""
    if not _has_attribute(root, "typeof"):
        return []
    from extruct.rdfa import RDFaExtractor
    from extruct.utils import parse_xmldom_html

    # pyRdfa reads a DOM of its own kind: the page is serialised once more, on RDFa pages only
    markup = etree.tostring(root, encoding="utf-8", method="html")
    try:
        expanded = RDFaExtractor().extract_items(
            parse_xmldom_html(markup, encoding="utf-8"), base_url
        )
    except Exception:  # pyRdfa and rdflib raise what they like on odd markup: no RDFa then
        return []
    return _from_expanded(expanded)


def opengraph_object(root: Element) -> JsonObject | None:
    """OpenGraph's video:* and og:* meta of the page's head, in the plain shape."""
    head = next(root.iterchildren("head"), None)
    if head is None:
        return None
    props: dict[str, list[str]] = {}
    for meta in head.iterchildren("meta"):
        key = str(meta.get("property") or meta.get("name") or "").casefold()
        content = str(meta.get("content") or "").strip()
        if content and (key.startswith("og:") or key.startswith("video:")):
            props.setdefault(key, []).append(content)
    kind = _OG_KINDS.get(props.get("og:type", [""])[0])
    if "og:title" not in props or (kind is None and not _has_video_facts(props)):
        return None
    obj: JsonObject = {"@type": ["Movie" if kind != "show" else "TVSeries"]}
    obj["name"] = props["og:title"][0]
    _put(obj, "datePublished", props.get("video:release_date"))
    seconds = props.get("video:duration", [""])[0]
    if seconds.isdigit():
        obj["duration"] = f"PT{int(seconds) // 60}M"
    for key, target in (("video:director", "director"), ("video:writer", "author"),
                        ("video:actor", "actor"), ("video:tag", None)):  # fmt: skip
        names = [value for value in props.get(key, []) if "://" not in value]
        if target and names:
            obj[target] = [{"name": name} for name in names]
    return obj


def _has_video_facts(props: dict[str, list[str]]) -> bool:
    return any(key.startswith("video:") for key in props)


def _put(obj: JsonObject, key: str, values: list[str] | None) -> None:
    if values:
        obj[key] = values[0]


def _has_attribute(root: Element, name: str) -> bool:
    return bool(root.xpath(f"boolean(//@{name})"))


def _from_microdata(item: Any, depth: int) -> JsonObject | None:
    if not isinstance(item, dict) or depth > _MAX_DEPTH:
        return None
    types = item.get("type")
    obj: JsonObject = {"@type": types if isinstance(types, list) else [types]}
    for key, value in (item.get("properties") or {}).items():
        obj[key] = _microdata_value(value, depth)
    return obj


def _microdata_value(value: Any, depth: int) -> Any:
    if isinstance(value, list):
        return [_microdata_value(item, depth) for item in value]
    if isinstance(value, dict) and "properties" in value:
        return _from_microdata(value, depth + 1)
    return value


def _from_expanded(nodes: Any) -> list[JsonObject]:
    """Expanded JSON-LD (pyRdfa's output: full IRIs, @value lists, blank-node references) to
    the plain shape, references resolved; the typed nodes nobody refers to are the top."""
    if not isinstance(nodes, list):
        return []
    by_id = {node["@id"]: node for node in nodes if isinstance(node, dict) and "@id" in node}
    referred = {
        ref["@id"]
        for node in by_id.values()
        for values in node.values()
        if isinstance(values, list)
        for ref in values
        if isinstance(ref, dict) and "@id" in ref
    }
    return [
        _compact(node, by_id, 0)
        for node_id, node in by_id.items()
        if node_id not in referred and node.get("@type")
    ]


def _compact(node: JsonObject, by_id: dict[str, JsonObject], depth: int) -> JsonObject:
    obj: JsonObject = {"@type": [_short(name) for name in node.get("@type", [])]}
    for key, values in node.items():
        if key.startswith("@") or not isinstance(values, list):
            continue
        plain = [_plain(value, by_id, depth) for value in values]
        obj[_short(key)] = plain[0] if len(plain) == 1 else plain
    return obj


def _plain(value: Any, by_id: dict[str, JsonObject], depth: int) -> Any:
    if not isinstance(value, dict):
        return value
    if "@value" in value:
        return value["@value"]
    target = by_id.get(value.get("@id", ""))
    if target is not None and depth < _MAX_DEPTH and target.get("@type"):
        return _compact(target, by_id, depth + 1)
    return value.get("@id")


def _short(iri: Any) -> str:
    return str(iri).rsplit("/", 1)[-1].rsplit("#", 1)[-1]


# --- the title's fields from one object -------------------------------------------------------


def schema_title(obj: JsonObject, url: str, layout: Layout) -> RawTitle:
    """The raw fields a schema.org title object gives, as page text would give them."""
    return RawTitle(
        url=url,
        layout=layout,
        title=_text(obj.get("name")) or "",
        jsonld_type=kind_of_type(obj.get("@type")),
        release_date=_text(_first_of(obj, "datePublished", "dateCreated", "startDate")),
        runtime=_text(obj.get("duration") or obj.get("timeRequired")),
        content_rating=_rating_text(obj.get("contentRating")),
        user_rating_count=_rating_count(obj.get("aggregateRating")),
        seasons=_text(obj.get("numberOfSeasons")),
        genres=_strings(obj.get("genre")),
        countries=_names(obj.get("countryOfOrigin")),
        studios=_names(obj.get("productionCompany")) or None,
        imdb_id=_imdb(obj.get("sameAs")) or _imdb(obj.get("url")),
        trailer_id=_trailer(obj.get("trailer")),
        directors=person_names(_list(obj.get("director"))),
        writers=person_names(_people(obj.get("author")) + _people(obj.get("creator"))),
        cast=_cast(obj.get("actor") or obj.get("actors")),
    )


def _first_of(obj: JsonObject, *keys: str) -> Any:
    return next((obj[key] for key in keys if obj.get(key)), None)


def _list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return " ".join(value.split()) or None if isinstance(value, str) else None


def _strings(value: Any) -> list[str]:
    return [text for item in _list(value) if (text := _text(item))]


def _names(value: Any) -> list[str]:
    return _strings(value)


def _people(value: Any) -> list[Any]:
    """Persons only: a creator may be the studio (an Organization)."""
    return [
        item for item in _list(value)
        if not isinstance(item, dict) or "organization" not in type_names(item.get("@type"))
    ]  # fmt: skip


def _rating_text(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("ratingValue") or value.get("name")
    return _text(value)


def _rating_count(value: Any) -> str | None:
    for item in _list(value):
        if isinstance(item, dict):
            count = item.get("ratingCount") or item.get("reviewCount")
            if count is not None:
                return _text(count)
    return None


def _imdb(value: Any) -> str | None:
    for item in _list(value):
        found = _IMDB.search(item) if isinstance(item, str) and "imdb" in item else None
        if found:
            return found.group(1)
    return None


def _trailer(value: Any) -> str | None:
    for item in _list(value):
        urls = [item] if isinstance(item, str) else []
        if isinstance(item, dict):
            urls = [str(item.get(key) or "") for key in ("embedUrl", "contentUrl", "url")]
        for candidate in urls:
            found = _YOUTUBE_ID.search(candidate)
            if found:
                return found.group(1)
    return None


def _cast(value: Any) -> list[tuple[str, str | None]]:
    """Actors as Persons, or PerformanceRoles carrying the person and the characterName."""
    credits: list[tuple[str, str | None]] = []
    for item in _list(value):
        if isinstance(item, dict) and "performancerole" in type_names(item.get("@type")):
            names = person_names(_list(item.get("actor")))
            character = _text(item.get("characterName"))
            credits.extend((name, character) for name in names)
        else:
            credits.extend((name, None) for name in person_names([item]))
    return credits


def title_objects(objects: list[JsonObject]) -> Iterator[JsonObject]:
    return (obj for obj in objects if kind_of_type(obj.get("@type")) is not None)


def filled(first: RawTitle, second: RawTitle) -> RawTitle:
    """`first` with its empty fields taken from `second`."""
    for name in first.__slots__:
        if name in {"url", "layout", "channel", "fallbacks"}:
            continue
        if getattr(first, name) in (None, "", []):
            setattr(first, name, getattr(second, name))
    return first
