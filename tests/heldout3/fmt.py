# ruff: noqa: E501 - HTML templates read better unwrapped
"""Value formatting and shared page furniture for the heldout3 redesigns."""

from __future__ import annotations

import html
import json
import random
import zlib
from datetime import date
from typing import Any

Rec = dict[str, Any]

SITE = "https://www.reelguide.example"
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "INR": "₹", "KRW": "₩", "JPY": "¥"}
PEOPLE = ["Mara Lindqvist", "Tobias Renner", "Yuki Halvorsen", "Dario Mbeki", "Lotte Vance",
          "Quentin Aslan", "Ingrid Sol", "Omar Castell", "Petra Novak", "Felix Ardent"]


def e(text: object) -> str:
    return html.escape(str(text), quote=True)


def h(rng: random.Random, n: int = 6) -> str:
    """A hashed-looking class suffix."""
    return "".join(rng.choice("abcdef0123456789") for _ in range(n))


def runtime(minutes: int, style: int) -> str:
    hrs, mins = divmod(minutes, 60)
    if style == 0:
        if hrs and mins:
            return f"{hrs}h {mins}m"
        return f"{hrs}h" if hrs else f"{mins}m"
    if style == 1:
        return f"{minutes} min"
    if style == 2:
        if hrs and mins:
            return f"{hrs} hr {mins} min"
        return f"{hrs} hr" if hrs else f"{mins} min"
    return f"{minutes} minutes"


def day(iso: str, style: int) -> str:
    d = date.fromisoformat(iso)
    month = MONTHS[d.month - 1]
    if style == 0:
        return f"{month} {d.day}, {d.year}"
    if style == 1:
        return f"{d.day} {month} {d.year}"
    if style == 2:
        return f"{month[:3]} {d.day}, {d.year}"
    return f"{d.day} {month[:3]} {d.year}"


def count(n: int, style: int, noun: str = "ratings") -> str:
    """A vote count; compact only when the compact form is exact."""
    single = noun[:-1] if noun.endswith("s") else noun
    if n == 1:
        return f"1 {single}"
    if style == 1 and n >= 1_000_000 and n % 100_000 == 0:
        return f"{n / 1_000_000:g}M {noun}"
    if style == 1 and n >= 1_000 and n % 100 == 0:
        return f"{n / 1_000:g}K {noun}"
    return f"{n:,} {noun}"


def money(m: dict[str, str], style: int) -> str:
    amount = int(m["amount"])
    cur = m["currency"]
    sym = SYMBOLS.get(cur)
    if style == 2 or sym is None:
        return f"{cur} {amount:,}"
    if style == 1:
        for div, words in ((1_000_000_000, ("billion", "bn")), (1_000_000, ("million", "M"))):
            if amount >= div and (amount * 100) % div == 0:
                word = words[0] if amount % 7 else words[1]
                num = f"{amount / div:g}"
                return f"{sym}{num} {word}" if word in ("billion", "million") else f"{sym}{num}{word}"
    return f"{sym}{amount:,}"


def yt_embed(url: str, style: int) -> str:
    vid = url.rsplit("=", 1)[1]
    if style == 0:
        return (f'<iframe title="Official trailer" loading="lazy" allowfullscreen '
                f'src="https://www.youtube-nocookie.com/embed/{vid}?rel=0&amp;modestbranding=1"></iframe>')
    if style == 1:
        return f'<lite-youtube videoid="{vid}" playlabel="Play trailer"></lite-youtube>'
    return f'<iframe title="Trailer" src="https://www.youtube.com/embed/{vid}?autoplay=0"></iframe>'


def imdb(imdb_id: str, style: int) -> str:
    url = f"https://www.imdb.com/title/{imdb_id}/"
    if style == 0:
        return f'<a href="{url}" target="_blank" rel="noopener">IMDb</a>'
    return (f'<a href="{url}" rel="noopener nofollow" aria-label="View on IMDb">'
            f'<svg role="img" viewBox="0 0 32 16"><title>IMDb</title><rect width="32" height="16"/></svg></a>')


def header(rng: random.Random) -> str:
    cls = h(rng)
    links = ["Movies", "TV Shows", "New this week", "Top 250", "Coming soon", "Lists", "My watchlist"]
    items = "".join(f'<li><a href="/{x.lower().replace(" ", "-")}">{x}</a></li>' for x in links)
    return (f'<header class="hdr-{cls}" role="banner"><a href="/" class="logo-{cls}" aria-label="ReelGuide home">'
            f'<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M2 2h20v20H2z"/></svg></a>'
            f'<nav aria-label="Primary"><ul>{items}</ul></nav>'
            f'<form role="search"><input type="search" placeholder="Search 480,000 titles" aria-label="Search"></form>'
            f'<a href="/login">Sign in</a></header>')


def cookie(rng: random.Random) -> str:
    return (f'<div class="cc-{h(rng)}" role="dialog" aria-label="Cookie consent" data-consent="pending">'
            '<p>We and our 212 partners use cookies to personalise content. Cookies are kept for up to 13 months.</p>'
            '<button type="button">Accept all</button><button type="button">Manage</button></div>')


def footer(rng: random.Random) -> str:
    return (f'<footer class="ft-{h(rng)}"><nav aria-label="Footer"><a href="/about">About</a>'
            '<a href="/jobs">Careers</a><a href="/press">Press</a><a href="/help">Help centre</a></nav>'
            '<p>© 2027 ReelGuide Media, Inc. Release dates and runtimes are provided by distributors.</p>'
            '<p>Data updated hourly. Version 7.4.1</p></footer>')


def reviews(rng: random.Random, rec: Rec) -> str:
    texts = [
        "Saw it 3 times in 2004 and it still holds up. 9/10.",
        "Way too long, felt like 4 hours. Rated it 6 out of 10.",
        "My 12 year old loved it. We watched it on Netflix over 2 nights.",
        "The director's cut (about 190 min) is better than the theatrical version.",
        "Budget must have been $200 million and you can see every cent.",
        "Streaming on 3 services where I live but only in SD.",
    ]
    picks = rng.sample(texts, 3)
    items = "".join(
        f'<article class="rv-{h(rng)}" data-review-id="{rng.randint(10000, 99999)}">'
        f'<header><span class="author">{e(rng.choice(PEOPLE))}</span>'
        f'<span aria-label="{rng.randint(2, 5)} out of 5 stars">★★★</span>'
        f'<time datetime="2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}">2026</time></header><p>{e(t)}</p>'
        f'<footer>{rng.randint(2, 400)} people found this helpful</footer></article>'
        for t in picks)
    return f'<section aria-labelledby="rv"><h2 id="rv">User reviews</h2>{items}</section>'


def others(rng: random.Random, rec: Rec, pool: list[Rec], k: int = 4) -> list[Rec]:
    cands = [r for r in pool if r["source_id"] != rec["source_id"]]
    return rng.sample(cands, k)


def episodes(rng: random.Random, rec: Rec) -> str:
    """An episode list for a show: its own directors, writers, runtimes and air dates."""
    rows = []
    year = rec["release_year"] or 2020
    for i in range(1, 5):
        mins = (rec["runtime_minutes"] or 30) + rng.randint(1, 9)
        rows.append(
            f'<li class="ep-{h(rng)}" data-episode="{i}"><h4>S1 · E{i} · Episode {i}</h4>'
            f'<p><span>Aired {MONTHS[i]} {i + 3}, {year}</span> · <span>{mins} min</span> · '
            f'<span>TV-PG</span></p><p>Directed by {e(rng.choice(PEOPLE))} · '
            f'Written by {e(rng.choice(PEOPLE))}</p><p>{rng.randint(1, 9)},{rng.randint(100, 999)} votes</p></li>')
    return f'<section aria-label="Episodes"><h2>Episodes</h2><ol>{"".join(rows)}</ol></section>'


def jsonld(rec: Rec, fields: set[str], graph: bool = False) -> str:
    """A schema.org block with the given spec fields; returns a <script>."""
    kind = "TVSeries" if rec["kind"] == "show" else "Movie"
    obj: dict[str, Any] = {"@type": kind, "name": rec["title"], "url": f"{SITE}/{rec['source_id']}"}
    if "release_date" in fields:
        obj["datePublished"] = rec["release_date"] or str(rec["release_year"])
    if "runtime_minutes" in fields and rec["runtime_minutes"]:
        hrs, mins = divmod(rec["runtime_minutes"], 60)
        obj["duration"] = f"PT{hrs}H{mins}M" if hrs else f"PT{mins}M"
    if "genres" in fields:
        obj["genre"] = rec["genres"]
    if "content_rating" in fields and rec["content_rating"]:
        obj["contentRating"] = rec["content_rating"]
    if "directors" in fields:
        obj["director"] = [{"@type": "Person", "name": n} for n in rec["directors"]]
    if "writers" in fields:
        obj["author"] = [{"@type": "Person", "name": n} for n in rec["writers"]]
    if "cast" in fields:
        obj["actor"] = [{"@type": "Person", "name": c["actor"]} for c in rec["cast"]]
    if "user_rating_count" in fields and rec["user_rating_count"]:
        obj["aggregateRating"] = {"@type": "AggregateRating", "ratingValue": "7.9", "bestRating": "10",
                                  "ratingCount": rec["user_rating_count"]}
    if "countries" in fields:
        obj["countryOfOrigin"] = [{"@type": "Country", "name": c} for c in rec["countries"]]
    if "seasons" in fields and rec["seasons"]:
        obj["numberOfSeasons"] = rec["seasons"]
    if graph:
        page = {"@type": "WebPage", "@id": f"{SITE}/{rec['source_id']}#page", "name": f"{rec['title']} | ReelGuide"}
        crumbs = {"@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": SITE}]}
        data: dict[str, Any] = {"@context": "https://schema.org", "@graph": [page, crumbs, obj]}
    else:
        data = {"@context": "https://schema.org", **obj}
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/ld+json">{text}</script>'


def head(rec: Rec, extra: str = "") -> str:
    url = f"{SITE}/{rec['source_id']}"
    return (f'<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">'
            f'<title>{e(rec["title"])} — cast, streaming &amp; details | ReelGuide</title>'
            f'<link rel="canonical" href="{url}"><meta property="og:title" content="{e(rec["title"])}">'
            f'<link rel="stylesheet" href="/assets/app.{zlib.crc32(url.encode()) % 99999:05d}.css">{extra}</head>')
