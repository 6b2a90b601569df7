"""schema.org data in every form a page carries it: JSON-LD, microdata, RDFa and OpenGraph.

Each form is turned into one plain shape, a JSON-LD-like object with short keys
({"@type": ["Movie"], "name": "Heat", "actor": [{"name": ...}]}), so that one mapping
(`schema_title`) reads the title's fields from any of them. The page's visible values win
over these (see extract.py); this channel fills what the visible page lacks.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin

from marquee.parsers.dom import Element, compiled, text_of
from marquee.parsers.jsonld import JsonObject, kind_of_type, person_names, type_names
from marquee.parsers.raw import Layout, RawTitle

_IMDB = re.compile(r"\b(tt\d{5,10})\b")
_YOUTUBE_ID = re.compile(
    r"(?:youtube(?:-nocookie)?\.com/(?:embed/|watch\?v=|v/)|youtu\.be/)([\w-]{11})"
)
_OG_KINDS = {"video.movie": "movie", "video.tv_show": "show", "video.episode": None}
_MAX_DEPTH = 12  # nested objects read below a title object: people, ratings, videos
# elements whose value is their text even with an href or src (RDFa Lite reads content first)
_TEXT_TAGS = frozenset({"span", "div", "p", "li", "dd", "td", "h1", "h2", "h3", "strong", "em"})


def microdata_objects(root: Element, base_url: str) -> list[JsonObject]:
    """Top-level microdata items (itemscope/itemprop), in the plain shape."""
    if not _has_attribute(root, "itemscope"):
        return []
    try:
        items = _extractor().extract_items(root, base_url)
    except (ValueError, TypeError, RecursionError):
        return []
    return [obj for item in items if (obj := _from_microdata(item, 0))]


# schema.org properties whose range is Text: on a link, the authors mean its text, not its href
# (`<a itemprop="name" href="/person/">Ximena Gallo</a>` read by the letter of microdata is a URL)
_TEXT_PROPERTIES = frozenset({
    "name", "alternateName", "givenName", "familyName", "additionalName", "characterName",
    "genre", "headline", "description", "contentRating", "alternativeHeadline",
})


@functools.cache
def _extractor_class() -> Any:
    from extruct.w3cmicrodata import MicrodataExtractor  # import on first use: ~0.1 s

    class TextNames(MicrodataExtractor):  # type: ignore[misc]
        def _extract_property(self, node: Any, **kwargs: Any) -> list[tuple[str, Any]]:
            pairs: list[tuple[str, Any]] = super()._extract_property(node, **kwargs)
            if node.tag not in ("a", "area") or node.get("itemscope") is not None:
                return pairs
            text = text_of(node)
            return [(p, text if text and p in _TEXT_PROPERTIES else v) for p, v in pairs]

    return TextNames


def _extractor() -> Any:
    return _extractor_class()()


def rdfa_objects(root: Element, base_url: str) -> list[JsonObject]:
    """RDFa Lite objects (typeof/property), in the plain shape and in page order.

    Read here, not by extruct's RDFa extractor: pyRdfa builds an RDF graph, and a graph has no
    order, so a title's genres, writers and cast came back shuffled; it also re-parses the
    page. RDFa Lite's five attributes need only one walk of the tree we have."""
    if not _has_attribute(root, "typeof"):
        return []
    owner: dict[Element, JsonObject | None] = {}
    tops: list[JsonObject] = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        parent = element.getparent()
        current = owner.get(parent) if parent is not None else None
        props = str(element.get("property") or "").split()
        typeof = element.get("typeof")
        if typeof is not None:
            item: JsonObject = {"@type": [_short(name) for name in str(typeof).split()]}
            if props and current is not None:
                _add(current, props, item)
            else:
                tops.append(item)
            owner[element] = item
            continue
        owner[element] = current
        if props and current is not None:
            _add(current, props, _rdfa_value(element, base_url))
    return [_single_values(item, 0) for item in tops]


def _add(item: JsonObject, props: list[str], value: Any) -> None:
    for prop in props:
        item.setdefault(_short(prop), []).append(value)


def _rdfa_value(element: Element, base_url: str) -> Any:
    for attribute in ("content", "href", "src", "resource", "datetime"):
        value = element.get(attribute)
        if value is not None and (attribute == "content" or element.tag not in _TEXT_TAGS):
            return urljoin(base_url, str(value)) if attribute in {"href", "src"} else str(value)
    return text_of(element)


def _single_values(item: JsonObject, depth: int) -> JsonObject:
    """One value as itself, several as a list, as JSON-LD has them."""
    plain: JsonObject = {}
    for key, value in item.items():
        if key == "@type" or not isinstance(value, list):
            plain[key] = value
            continue
        values = [
            _single_values(v, depth + 1) if isinstance(v, dict) and depth < _MAX_DEPTH else v
            for v in value
        ]
        plain[key] = values[0] if len(values) == 1 else values
    return plain


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
    return bool(compiled(f"boolean(//@{name})")(root))  # compiled once, not at every call


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
        user_rating_count=_rating_count(obj.get("aggregateRating"))
        or _text(obj.get("ratingCount")),  # microdata's count straight on the title's item
        seasons=_text(obj.get("numberOfSeasons")),
        genres=_strings(obj.get("genre")),
        countries=_split(_strings(obj.get("countryOfOrigin"))),
        studios=_strings(obj.get("productionCompany")) or None,
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
    """Texts of a value or a list of them; an object (a Country, an Organization) by its name."""
    return [text for item in _list(value) if (text := _text(item))]


# "Korea, Republic of": the ISO 3166 way of writing a name, one country, not two
_NAME_TAIL = re.compile(r"(?:\w+ )*(?:republic|state|states|province|kingdom) of\b.*", re.I)
_COMMA = re.compile(r"\s*,\s*")


def _split(names: list[str]) -> list[str]:
    """ "Spain, Denmark, France" in one microdata text is three countries."""
    found: list[str] = []
    for name in names:
        parts: list[str] = []
        for part in _COMMA.split(name):
            if parts and _NAME_TAIL.fullmatch(part):
                parts[-1] = f"{parts[-1]}, {part}"
            elif part:
                parts.append(part)
        found += parts
    return found


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
