"""schema.org renderings of a record: JSON-LD in its forms, microdata, RDFa Lite, OpenGraph."""

from __future__ import annotations

import json
import random
from html import escape
from typing import Any

from .forms import iso_duration, youtube_id

SITE = "https://www.reelguide.example"


def _persons(names: list[str]) -> list[dict[str, str]]:
    return [{"@type": "Person", "name": name} for name in names]


def node_props(record: dict[str, Any], fields: set[str], rng: random.Random) -> dict[str, Any]:
    """The schema.org properties of the title node for the chosen fields (real property names)."""
    props: dict[str, Any] = {}
    if "release" in fields:
        props["datePublished"] = record["release_date"] or str(record["release_year"])
    if "runtime_minutes" in fields and record["kind"] == "movie":
        props["duration"] = iso_duration(record["runtime_minutes"])
    if "content_rating" in fields:
        props["contentRating"] = record["content_rating"]
    if "user_rating_count" in fields:
        props["aggregateRating"] = {
            "@type": "AggregateRating",
            "ratingValue": f"{rng.randint(45, 89) / 10:.1f}",
            "bestRating": "10",
            "ratingCount": record["user_rating_count"],
        }
    if "genres" in fields:
        props["genre"] = list(record["genres"])
    if "countries" in fields:
        props["countryOfOrigin"] = [{"@type": "Country", "name": c} for c in record["countries"]]
    if "studios" in fields:
        props["productionCompany"] = [
            {"@type": "Organization", "name": s} for s in record["studios"]
        ]
    if "directors" in fields:
        props["director"] = _persons(record["directors"])
    if "writers" in fields:
        props[rng.choice(("author", "creator"))] = _persons(record["writers"])
    if "cast" in fields:
        props["actor"] = _persons([credit["actor"] for credit in record["cast"]])
    if "imdb_id" in fields:
        props["sameAs"] = [f"https://www.imdb.com/title/{record['imdb_id']}/"]
    if "trailer_url" in fields:
        props["trailer"] = _trailer(record)
    if "seasons" in fields:
        props["numberOfSeasons"] = record["seasons"]
    return props


def _trailer(record: dict[str, Any]) -> dict[str, Any]:
    video = youtube_id(record["trailer_url"])
    return {
        "@type": "VideoObject",
        "name": f"{record['title']} - Official Trailer",
        "embedUrl": f"https://www.youtube.com/embed/{video}",
        "thumbnailUrl": f"https://i.ytimg.com/vi/{video}/hqdefault.jpg",
        "uploadDate": "2019-03-01",
    }


def schema_type(record: dict[str, Any]) -> str:
    return "Movie" if record["kind"] == "movie" else "TVSeries"


def jsonld(form: str, record: dict[str, Any], url: str, props: dict[str, Any]) -> str:
    node: dict[str, Any] = {"@type": schema_type(record), "name": record["title"], "url": url}
    node.update(props)
    crumbs = _breadcrumbs(record, url)
    if form == "jsonld-typelist":
        node["@type"] = [schema_type(record), "CreativeWork"]
    if form == "jsonld-graph":
        node["@id"] = url + "#title"
        page = {
            "@type": "WebPage",
            "@id": url,
            "url": url,
            "name": f"{record['title']} | ReelGuide",
        }
        site = {"@type": "WebSite", "@id": SITE + "/#site", "name": "ReelGuide", "url": SITE}
        data: Any = {"@context": "https://schema.org", "@graph": [site, page, node, crumbs]}
    elif form == "jsonld-array":
        data = [
            {"@context": "https://schema.org", **node},
            {"@context": "https://schema.org", **crumbs},
        ]
    elif form == "jsonld-mainentity":
        data = {
            "@context": "https://schema.org",
            "@type": "WebPage",
            "url": url,
            "mainEntity": node,
        }
    else:
        data = {"@context": "https://schema.org", **node}
    blocks = [data]
    if form == "jsonld-partial":
        blocks.append({"@context": "https://schema.org", **crumbs})
    return "".join(_script(block) for block in blocks)


def _script(data: Any) -> str:
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/ld+json">{text}</script>'


def _breadcrumbs(record: dict[str, Any], url: str) -> dict[str, Any]:
    section = "Movies" if record["kind"] == "movie" else "TV Shows"
    items = [
        {"@type": "ListItem", "position": 1, "name": "Home", "item": SITE + "/"},
        {"@type": "ListItem", "position": 2, "name": section, "item": SITE + "/" + section.lower()},
        {"@type": "ListItem", "position": 3, "name": record["title"], "item": url},
    ]
    return {"@type": "BreadcrumbList", "itemListElement": items}


def inline_block(form: str, record: dict[str, Any], url: str, props: dict[str, Any]) -> str:
    """Microdata or RDFa Lite: a block of meta elements carrying the title's properties."""
    kind = schema_type(record)
    if form == "microdata":
        opener = f'<div itemscope itemtype="https://schema.org/{kind}">'
    else:
        opener = f'<div vocab="https://schema.org/" typeof="{kind}">'
    body = _inline_prop(form, "name", record["title"]) + _inline_prop(form, "url", url)
    for name, value in props.items():
        for item in value if isinstance(value, list) else [value]:
            body += _inline_prop(form, name, item)
    return opener + body + "</div>"


def _inline_prop(form: str, name: str, value: Any) -> str:
    attr = "itemprop" if form == "microdata" else "property"
    if isinstance(value, dict):
        kind = value["@type"]
        scope = (
            f'itemscope itemtype="https://schema.org/{kind}"'
            if form == "microdata"
            else f'typeof="{kind}"'
        )
        inner = "".join(
            _inline_prop(form, key, item) for key, item in value.items() if key != "@type"
        )
        return f'<div {attr}="{name}" {scope}>{inner}</div>'
    text = escape(str(value), quote=True)
    if name in ("url", "sameAs", "embedUrl", "thumbnailUrl"):
        return f'<link {attr}="{name}" href="{text}">'
    return f'<meta {attr}="{name}" content="{text}">'


def opengraph(record: dict[str, Any], url: str, fields: set[str]) -> str:
    og_type = "video.movie" if record["kind"] == "movie" else "video.tv_show"
    pairs = [("og:title", record["title"]), ("og:type", og_type), ("og:url", url)]
    if "runtime_minutes" in fields and record["kind"] == "movie":
        pairs.append(("video:duration", str(record["runtime_minutes"] * 60)))
    if "release" in fields:
        pairs.append(("video:release_date", record["release_date"] or str(record["release_year"])))
    pairs += [("video:director", name) for name in record["directors"] if "directors" in fields]
    pairs += [("video:writer", name) for name in record["writers"] if "writers" in fields]
    pairs += [("video:actor", c["actor"]) for c in record["cast"] if "cast" in fields]
    return "".join(
        f'<meta property="{key}" content="{escape(value, quote=True)}">' for key, value in pairs
    )
