"""kit_page(seed): the page assembled from the title's regions and the distractors."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from . import distract, sections
from .markup import esc
from .page import PageBuilder

DEV_SEEDS = range(0, 1000)
JUDGE_SEEDS = range(1000, 2000)

NAV = (
    "Home",
    "Movies",
    "TV Shows",
    "New Releases",
    "Coming Soon",
    "Top 100",
    "Genres",
    "Watchlist",
    "Netflix",
    "Max",
    "Hulu",
    "Prime Video",
    "Disney+",
    "Apple TV",
    "Peacock",
)
FOOTER = (
    "About us",
    "Careers",
    "Press",
    "Contact",
    "Help Center",
    "Privacy Policy",
    "Terms of Use",
    "Cookie Settings",
    "Accessibility",
    "Advertise",
    "API",
    "Sitemap",
)
MENU_GENRES = (
    "Action",
    "Adventure",
    "Animation",
    "Comedy",
    "Crime",
    "Documentary",
    "Drama",
    "Family",
    "Fantasy",
    "History",
    "Horror",
    "Music",
    "Mystery",
    "Romance",
    "Science Fiction",
    "Thriller",
    "War",
    "Western",
)
CSS = (
    ".sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;"
    "clip:rect(0,0,0,0);white-space:nowrap;border:0}"
)


@dataclass(frozen=True)
class KitPage:
    seed: int
    name: str
    url: str
    html: str
    expected: dict[str, Any]
    mechanisms: dict[str, str]
    distractors: dict[str, list[Any]]


def kit_page(seed: int) -> KitPage:
    """One random redesign of one random sample record; the same seed gives the same page."""
    b = PageBuilder(seed)
    html = _page_html(b)
    expected = b.expected()
    mechanisms = {key: b.mechanisms.get(key, "absent") for key in expected}
    mechanisms["source_id"] = "canonical-link" if b.design.canonical else "page-url"
    if b.mechanisms.get("kind") is None:
        mechanisms["kind"] = "url-path"
    for key, value in expected.items():
        if value in (None, []) and key not in ("source_id", "kind", "title"):
            mechanisms[key] = "absent"
    return KitPage(seed, f"kit-{seed}-{b.slug}", b.url, html, expected, mechanisms, b.d.values)


def kit_pages(seeds: Iterable[int]) -> Iterator[KitPage]:
    return (kit_page(seed) for seed in seeds)


def _page_html(b: PageBuilder) -> str:
    schema_head, schema_body = b.schema_markup()
    main = _main_blocks(b)
    body = _header(b) + _wrap(b, main + schema_body) + _footer(b)
    if b.rng.random() < 0.5:
        body += distract.app_state(b.d)
    head = _head(b, schema_head)
    return f'<!DOCTYPE html><html lang="en"><head>{head}</head><body>{body}</body></html>'


def _head(b: PageBuilder, schema_head: str) -> str:
    title = esc(b.record["title"])
    parts = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{title} - Where to Watch and Stream Online | ReelGuide</title>",
        f'<meta name="description" content="Find out where to watch {title} online.">',
        f"<style>{CSS}{_stylesheet(b)}</style>" if b.rng.random() < 0.8 else "",
        f'<link rel="canonical" href="{b.url}">' if b.design.canonical else "",
        schema_head,
    ]
    return "".join(parts)


def _hero(b: PageBuilder, preview: str) -> str:
    cls = b.cls
    poster = f'<img alt="{esc(b.record["title"])} poster" src="/img/p/{b.slug}.jpg">'
    inner = sections.title_html(b) + sections.tagline(b) + sections.hero_line(b) + preview
    if b.rng.random() < 0.5:
        inner += sections.imdb_link(b)
        b.imdb_done = True
    return f"<section{cls('hero')}><div{cls('poster')}>{poster}</div><div>{inner}</div></section>"


def _main_blocks(b: PageBuilder) -> str:
    preview, about = sections.about(b)
    hero = _hero(b, preview)
    blocks = [
        about,
        sections.viewers(b),
        sections.streaming(b),
        sections.cast(b),
        sections.crew(b),
        sections.trailer(b),
        *sections.facts_sections(b),
    ]
    if not b.imdb_done:
        blocks.append(sections.imdb_link(b))
    blocks += _distractor_blocks(b)
    blocks = [block for block in blocks if block]
    b.rng.shuffle(blocks)
    return hero + "".join(blocks)


def _distractor_blocks(b: PageBuilder) -> list[str]:
    d, cls, design = b.d, b.cls, b.design
    blocks = [
        distract.rail(d, cls, design.labels, design.formats) for _ in range(b.rng.randint(1, 3))
    ]
    if b.record["kind"] == "show" and b.rng.random() < 0.8:
        blocks.append(distract.episodes(d, cls, design.formats))
    if b.rng.random() < 0.6:
        blocks.append(distract.reviews(d, cls))
    if b.rng.random() < 0.5:
        blocks.append(distract.footnotes(d, cls, b.record["countries"]))
    if b.rng.random() < 0.6:
        blocks.append(distract.dialogs(b.rng, cls))
    return blocks


def _wrap(b: PageBuilder, content: str) -> str:
    cls = b.cls
    if b.design.skeleton == "main":
        return f"<main{cls('main')}>{content}</main>"
    if b.design.skeleton == "article":
        return f"<div{cls('page')}><article{cls('title-page')}>{content}</article></div>"
    return f'<div id="__next"><div{cls("layout")}>{content}</div></div>'


def _stylesheet(b: PageBuilder) -> str:
    """Inline CSS of the size a server-rendered app ships (no meaning for the parser)."""
    rules = []
    for _ in range(b.rng.randint(60, 400)):
        name, color = b.rng.getrandbits(24), b.rng.getrandbits(24)
        gap = b.rng.randint(2, 24)
        rules.append(
            f".css-{name:06x}{{display:flex;gap:{gap}px;margin:0 auto;color:#{color:06x}}}"
        )
    return "".join(rules)


def _header(b: PageBuilder) -> str:
    links = "".join(f'<li><a href="/{_path(n)}">{esc(n)}</a></li>' for n in NAV)
    genres = "".join(f'<li><a href="/genre/{_path(g)}">{g}</a></li>' for g in MENU_GENRES)
    links += f"<li><button>Browse genres</button><ul hidden>{genres}</ul></li>"
    return (
        f'<header{b.cls("header")}><a href="/" aria-label="ReelGuide home">ReelGuide</a>'
        f'<nav><ul>{links}</ul></nav><form action="/search"><input type="search" name="q" '
        'placeholder="Search movies and shows"></form></header>'
    )


def _footer(b: PageBuilder) -> str:
    links = "".join(f'<li><a href="/{_path(n)}">{esc(n)}</a></li>' for n in FOOTER)
    notice = "<p>&copy; 2026 ReelGuide. All rights reserved.</p>"
    return f"<footer{b.cls('footer')}><ul>{links}</ul>{notice}</footer>"


def _path(name: str) -> str:
    return "-".join(name.lower().replace("+", "plus").split())
