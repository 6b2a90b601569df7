# ruff: noqa: E501  (HTML templates: long literal markup lines)
"""Designs 0-2: Astro islands, Next.js streamed suspense, Nuxt chips."""

from __future__ import annotations

import json
from html import escape

from tests.heldout5.common import (
    Rec,
    blank,
    cookie_banner,
    footer,
    nav,
    rail_items,
    studios_expected,
    studios_text,
    trailer_embed,
    url_of,
)
from tests.heldout5.fmt import (
    e,
    fmt_count,
    fmt_date,
    fmt_money,
    fmt_runtime,
    iso_duration,
    jsonld,
    slug,
)


def _ld(r: Rec, fields: set[str]) -> str:
    d: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "TVSeries" if r["kind"] == "show" else "Movie",
        "name": r["title"],
        "url": url_of(r),
    }
    if "date" in fields and r["release_date"]:
        d["datePublished"] = r["release_date"]
    if "genre" in fields:
        d["genre"] = r["genres"]
    if "rating" in fields and r["content_rating"]:
        d["contentRating"] = r["content_rating"]
    if "runtime" in fields and r["runtime_minutes"]:
        d["duration"] = iso_duration(r["runtime_minutes"])
    if "director" in fields and r["directors"]:
        d["director"] = [{"@type": "Person", "name": n} for n in r["directors"]]
    if "actor" in fields and r["cast"]:
        d["actor"] = [{"@type": "Person", "name": c["actor"]} for c in r["cast"]]
    if "votes" in fields and r["user_rating_count"]:
        d["aggregateRating"] = {
            "@type": "AggregateRating",
            "ratingValue": 7.4,
            "ratingCount": r["user_rating_count"],
            "bestRating": 10,
        }
    return jsonld(d)


def _head(r: Rec, extra: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{e(r['title'])} — where to stream, cast &amp; details | ReelGuide</title>"
        f'<link rel="canonical" href="{url_of(r)}"><meta property="og:title" content="{e(r["title"])}">'
        f"{extra}</head>"
    )


def _join_and(names: list[str], link: bool = True) -> str:
    parts = [f'<a href="/person/{slug(n)}">{e(n)}</a>' if link else e(n) for n in names]
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


# ---------------------------------------------------------------- design 0: Astro + islands
def astro(r: Rec, others: list[Rec], seed: int) -> tuple[str, Rec]:
    x = blank(r)
    studios_expected(r, x)
    show = r["kind"] == "show"
    meta = []
    if r["release_year"]:
        meta.append(str(r["release_year"]))
    if r["content_rating"]:
        meta.append(e(r["content_rating"]))
    if r["runtime_minutes"]:
        meta.append(fmt_runtime(r["runtime_minutes"], 1) + (" per episode" if show else ""))
    if show and r["seasons"]:
        meta.append(f"{r['seasons']} seasons")
    meta_line = " · ".join(f"<span>{m}</span>" for m in meta)
    genres = "".join(
        f'<a class="pill" href="/genre/{slug(g)}" data-astro-cid-k3x>{e(g)}</a>'
        for g in r["genres"]
    )
    tag = f'<p class="tagline" data-astro-cid-k3x>“{e(r["tagline"])}”</p>' if r["tagline"] else ""
    facts = []
    if r["release_date"]:
        facts.append(
            (
                "Released",
                f'<time datetime="{r["release_date"]}">{fmt_date(r["release_date"], 0)}</time>',
            )
        )
    if r["countries"]:
        facts.append(
            (
                "Country of origin" if len(r["countries"]) == 1 else "Countries of origin",
                ", ".join(e(c) for c in r["countries"]),
            )
        )
    st = studios_text(r)
    if st:
        facts.append(("Production companies", st))
    facts.append(("Budget", fmt_money(r["budget"], seed % 2) if r["budget"] else "N/A"))
    if r["box_office"]:
        facts.append(("Gross worldwide", fmt_money(r["box_office"], 1 - seed % 2)))
    if r["user_rating_count"]:
        facts.append(("Audience ratings", fmt_count(r["user_rating_count"], 1, "ratings")))
    if r["imdb_id"]:
        facts.append(
            ("Elsewhere", f'<a href="https://www.imdb.com/title/{r["imdb_id"]}/">IMDb ↗</a>')
        )
    facts_html = "".join(
        f'<li data-astro-cid-q9><span class="k">{k}</span> <span class="v">{v}</span></li>'
        for k, v in facts
    )
    props = {
        "items": [
            [0, {"name": [0, c["actor"]], "role": [0, c["character"] or ""]}] for c in r["cast"]
        ]
    }
    cast_li = "".join(
        f'<li class="person"><a href="/person/{slug(c["actor"])}">{e(c["actor"])}</a>'
        + (f'<span class="role">as {e(c["character"])}</span>' if c["character"] else "")
        + "</li>"
        for c in r["cast"]
    )
    cast = ""
    if r["cast"]:
        cast = (
            f'<section id="cast"><h2>Cast</h2><astro-island uid="Z1cast" component-url="/_astro/CastRail.4f2a.js" '
            f'component-export="default" renderer-url="/_astro/client.9d1.js" '
            f"props='{escape(json.dumps(props), quote=True)}' client=\"visible\" ssr>"
            f'<ul class="people">{cast_li}</ul></astro-island></section>'
        )
    crew = []
    if r["directors"]:
        crew.append("Directed by " + _join_and(r["directors"]))
    if r["writers"]:
        crew.append("Written by " + _join_and(r["writers"]))
    crew_html = f'<p class="credits">{" · ".join(crew)}</p>' if crew else ""
    s = r["streaming"]
    if s:
        logos = "".join(
            f'<li><img src="/logos/{slug(p)}.svg" alt="{e(p)}"></li>' for p in s["platforms"]
        )
        head = (
            f"Streaming on {s['platform_count']} services"
            if s["available"]
            else f"Streaming on 0 of {s['platform_count']} services"
        )
        ver = f"Last verified {fmt_date(s['verified_on'], 2)}" if s["verified_on"] else ""
        watch = (
            f'<astro-island uid="Wtw" component-url="/_astro/WhereToWatch.js" client="idle" ssr>'
            f'<section class="wtw"><h2>Where to watch</h2><p>{head}</p><ul>{logos}</ul>'
            f"<small>{ver}</small></section></astro-island>"
        )
    else:
        watch = (
            '<section class="wtw"><h2>Where to watch</h2><p>Not streaming anywhere yet.</p>'
            "<button>Notify me</button></section>"
        )
    rail = "".join(
        f'<li><a href="{i["href"]}">{e(i["title"])}</a><span class="meta">{i["year"]} · {e(i["rating"])} · '
        f"{i['runtime']}</span></li>"
        for i in rail_items(others)
    )
    syn = (
        f'<section id="about"><h2>About</h2><p>{e(r["synopsis"])}</p></section>'
        if r["synopsis"]
        else ""
    )
    aud = (
        f"<section><h2>What Viewers Are Saying</h2><p>{e(r['audience_summary'])}</p></section>"
        if r["audience_summary"]
        else ""
    )
    ld = _ld(r, {"date", "genre", "rating", "runtime", "director", "actor", "votes"})
    html = (
        _head(r, ld) + f"<body>{nav()}{cookie_banner(0)}<main data-astro-cid-k3x>"
        f'<section class="hero"><h1 data-astro-cid-k3x>{e(r["title"])}</h1>{tag}'
        f'<div class="meta">{meta_line}</div><div class="genres">{genres}</div></section>'
        f'{watch}{trailer_embed(r, x, 0)}{syn}{aud}<section id="facts"><h2>Details</h2><ul class="facts">{facts_html}</ul></section>'
        f'{crew_html}{cast}<section class="rail"><h2>More like this</h2><ul>{rail}</ul></section>'
        f'</main>{footer()}<script type="module" src="/_astro/hoisted.3b1.js"></script></body></html>'
    )
    return html, x


# ---------------------------------------------------------------- design 1: Next.js streamed
def nextjs(r: Rec, others: list[Rec], seed: int) -> tuple[str, Rec]:
    x = blank(r)
    studios_expected(r, x)
    x["tagline"] = None
    x["audience_summary"] = None
    trailer_embed(r, x, -1)
    show = r["kind"] == "show"
    rows = [("Type", "TV Show" if show else "Movie")]
    if r["release_date"]:
        c = r["countries"][0] if r["countries"] else ""
        rows.append(("Release date", fmt_date(r["release_date"], 1) + (f" ({e(c)})" if c else "")))
    elif r["release_year"]:
        rows.append(("Release date", str(r["release_year"])))
    rows.append(("Runtime", fmt_runtime(r["runtime_minutes"], 2) if r["runtime_minutes"] else "—"))
    rows.append(("Certificate", e(r["content_rating"]) if r["content_rating"] else "—"))
    if show and r["seasons"]:
        rows.append(("Seasons", str(r["seasons"])))
    if r["genres"]:
        rows.append(
            (
                "Genres",
                " ".join(
                    f'<a class="chip" href="/genre/{slug(g)}">{e(g)}</a>' for g in r["genres"]
                ),
            )
        )
    if r["countries"]:
        rows.append(("Country of origin", ", ".join(e(c) for c in r["countries"])))
    st = studios_text(r)
    if st:
        rows.append(("Production companies", st))
    if r["budget"]:
        rows.append(("Budget", fmt_money(r["budget"], 0) + " (estimated)"))
    if r["box_office"]:
        rows.append(("Box office", fmt_money(r["box_office"], 0)))
    if r["writers"]:
        notes = ["(screenplay)"] + ["(story)"] * (len(r["writers"]) - 1)
        rows.append(
            (
                "Writers",
                ", ".join(
                    f'<a href="/person/{slug(w)}">{e(w)}</a> {n}'
                    for w, n in zip(r["writers"], notes, strict=True)
                ),
            )
        )
    if r["imdb_id"]:
        rows.append(("Also on", f'<a href="https://imdb.com/title/{r["imdb_id"]}">IMDb</a>'))
    grid = "".join(
        f'<div class="grid-row"><span class="lbl">{k}</span><span class="val">{v}</span></div>'
        for k, v in rows
    )
    votes = (
        (
            f'<div class="score"><span class="big">7.4</span>/10 <span class="cnt">'
            f"{fmt_count(r['user_rating_count'], 1, 'ratings')}</span></div>"
        )
        if r["user_rating_count"]
        else ""
    )
    cast = "".join(
        f'<div class="card"><img alt="{e(c["actor"])}" src="/p/{slug(c["actor"])}.webp"><a href="/person/{slug(c["actor"])}">'
        f"{e(c['actor'])}</a>"
        + (f'<div class="char">{e(c["character"])}</div>' if c["character"] else "")
        + "</div>"
        for c in r["cast"]
    )
    cast_html = (
        f'<section><h2>Top cast</h2><div class="cards">{cast}</div></section>' if r["cast"] else ""
    )
    s = r["streaming"]
    if s:
        word = "Available on" if s["available"] else "Not currently available on"
        plats = "".join(f'<li><span class="provider">{e(p)}</span></li>' for p in s["platforms"])
        watch = (
            f'<section id="watch"><h2>Watch options</h2><p>{word} <b>{s["platform_count"]} platforms</b></p>'
            f'<ul>{plats}</ul><p class="fine">Last verified {fmt_date(s["verified_on"], 3)}</p></section>'
        )
    else:
        watch = ""
    eps = ""
    if show:
        eps = "".join(
            f"<li>S1.E{i} · Episode {i} · {fmt_date(f'20{10 + i}-0{i}-1{i}', 2)} · {40 + i * 3}m · TV-PG</li>"
            for i in range(1, 5)
        )
        eps = f"<section><h2>Episodes</h2><ol>{eps}</ol></section>"
    syn = f"<section><h2>Storyline</h2><p>{e(r['synopsis'])}</p></section>" if r["synopsis"] else ""
    rail = "".join(
        f'<a class="tile" href="{i["href"]}"><span>{e(i["title"])}</span><span>{i["year"]}</span>'
        f"<span>{i['runtime']}</span><span>{i['votes']} ratings</span></a>"
        for i in rail_items(others)
        if i["votes"]
    )
    ld = _ld(r, {"director", "genre"})
    flight = json.dumps(
        [
            1,
            f'7:["$","div",null,{{"trending":[{{"t":"{others[0]["title"]}","y":1999,"m":101}}]}}]\n',
        ]
    )
    html = (
        _head(r, ld)
        + f'<body><div id="__next">{nav()}<main><div class="hero"><h1>{e(r["title"])}</h1>{votes}</div>'
        f'<!--$?--><template id="B:0"></template><div class="skeleton" aria-busy="true">Loading details…</div><!--/$-->'
        f'{watch}<!--$?--><template id="B:1"></template><div class="skeleton">Loading…</div><!--/$-->'
        f'<section class="rail"><h2>Trending now</h2>{rail}</section></main>{footer()}</div>'
        f"{cookie_banner(1)}"
        f'<div hidden id="S:0"><section id="details"><h2>Details</h2><div class="grid">{grid}</div></section>{syn}</div>'
        f'<script>$RC=function(b,c){{}};$RC("B:0","S:0")</script>'
        f'<div hidden id="S:1">{cast_html}{eps}</div><script>$RC("B:1","S:1")</script>'
        f"<script>(self.__next_f=self.__next_f||[]).push({flight})</script></body></html>"
    )
    return html, x


# ---------------------------------------------------------------- design 2: Nuxt chips + microdata
def nuxt(r: Rec, others: list[Rec], seed: int) -> tuple[str, Rec]:
    x = blank(r)
    studios_expected(r, x)
    show = r["kind"] == "show"
    v = "data-v-7c1a9e"
    itype = "TVSeries" if show else "Movie"

    def chip(label: str, value: str, mode: int, prop: str = "") -> str:
        ip = f' itemprop="{prop}"' if prop else ""
        if mode == 0:
            return (
                f'<li class="chip" {v}><span class="chip__k" {v}>{label}</span>'
                f'<span class="chip__v" {v}{ip}>{value}</span></li>'
            )
        if mode == 1:
            return (
                f'<li class="chip" {v} title="{label}"><i class="i-{slug(label)}" aria-hidden="true" {v}></i>'
                f"<span {v}{ip}>{value}</span></li>"
            )
        return (
            f'<li class="chip" {v} aria-label="{label}"><svg aria-hidden="true" viewBox="0 0 8 8"></svg>'
            f"<span {v}{ip}>{value}</span></li>"
        )

    chips = []
    if r["release_date"]:
        chips.append(chip("Release date", fmt_date(r["release_date"], 2), 2))
    elif r["release_year"]:
        chips.append(chip("Release year", str(r["release_year"]), 0))
    if r["runtime_minutes"]:
        chips.append(
            chip(
                "Runtime" if not show else "Episode length", fmt_runtime(r["runtime_minutes"], 3), 1
            )
        )
    if r["content_rating"]:
        chips.append(chip("Content rating", e(r["content_rating"]), 1, "contentRating"))
    if show and r["seasons"]:
        chips.append(chip("Seasons", str(r["seasons"]), 0))
    if r["user_rating_count"]:
        chips.append(chip("Votes", fmt_count(r["user_rating_count"], seed % 2, "votes"), 0))
    if r["countries"]:
        chips.append(chip("Country", ", ".join(e(c) for c in r["countries"]), 0))
    if r["budget"]:
        chips.append(chip("Budget", fmt_money(r["budget"], 1), 0))
    if r["box_office"]:
        chips.append(chip("Box office", fmt_money(r["box_office"], 2 if seed % 3 == 0 else 0), 0))
    st = studios_text(r)
    if st:
        chips.append(chip("Studios", st, 0))
    badges = "".join(f'<span class="badge" itemprop="genre" {v}>{e(g)}</span>' for g in r["genres"])
    tag = f'<p class="tagline" {v}>“{e(r["tagline"])}”</p>' if r["tagline"] else ""
    crew = [(n, "Director") for n in r["directors"]] + [(n, "Writer") for n in r["writers"]]
    crew_html = "".join(
        f'<li class="crew" {v}><b {v}>{e(n)}</b><small {v}>{j}</small></li>' for n, j in crew
    )
    cast = "".join(
        f'<li class="cast-card" itemprop="actor" itemscope itemtype="https://schema.org/Person" {v}>'
        f'<img alt="" src="/h/{slug(c["actor"])}.jpg" {v}><span itemprop="name" {v}>{e(c["actor"])}</span>'
        + (f'<span class="character" {v}>{e(c["character"])}</span>' if c["character"] else "")
        + "</li>"
        for c in r["cast"]
    )
    imdb = (
        f'<link itemprop="sameAs" href="https://www.imdb.com/title/{r["imdb_id"]}/">'
        if r["imdb_id"]
        else ""
    )
    s = r["streaming"]
    if s:
        logos = "".join(
            f'<img class="logo" alt="{e(p)}" src="/l/{slug(p)}.png" {v}>' for p in s["platforms"]
        )
        if s["available"]:
            head = f'<span class="count" {v}>{s["platform_count"]} services</span>'
        else:
            head = f"<span {v}>Not Currently Available On</span> <span {v}>({s['platform_count']} services)</span>"
        watch = (
            f'<section class="stream" {v}><h2 {v}>Stream it</h2>{head}<div {v}>{logos}</div>'
            f"<p {v}>Availability last verified on {fmt_date(s['verified_on'], 1)}</p></section>"
        )
    else:
        watch = f'<section class="stream" {v}><h2 {v}>Stream it</h2><p {v}>Coming soon to streaming.</p></section>'
    eps = ""
    if show:
        eps = "".join(
            f'<li class="ep" {v}><span>E{i}</span> <span>Chapter {i}</span> <span>{fmt_date(f"2019-0{i}-0{i}", 0)}</span>'
            f" <span>{30 + i}m</span> <span>{(i * 1337):,} votes</span></li>"
            for i in range(1, 6)
        )
        eps = f"<section {v}><h2 {v}>Season 1 episodes</h2><ul {v}>{eps}</ul></section>"
    rail = "".join(
        f'<li class="rec" {v}><a href="{i["href"]}">{e(i["title"])}</a><ul class="chips" {v}>'
        f'<li class="chip" {v} title="Runtime">{i["runtime"]}</li><li class="chip" {v} title="Content rating">{e(i["rating"])}</li>'
        f"</ul></li>"
        for i in rail_items(others)
    )
    syn = (
        f'<p class="overview" itemprop="description" {v}>{e(r["synopsis"])}</p>'
        if r["synopsis"]
        else ""
    )
    aud = (
        f'<div class="ai-summary" {v}><h3 {v}>What Viewers Are Saying</h3><p {v}>{e(r["audience_summary"])}</p></div>'
        if r["audience_summary"]
        else ""
    )
    nuxt_state = json.dumps(
        {
            "state": {"user": None, "ab": "b"},
            "trending": [
                {"title": o["title"], "year": o["release_year"], "runtime": o["runtime_minutes"]}
                for o in others[:2]
            ],
        }
    )
    html = (
        _head(r) + f'<body><div id="__nuxt"><div id="__layout">{nav()}'
        f'<main itemscope itemtype="https://schema.org/{itype}" {v}>{imdb}'
        f'<header class="title-head" {v}><h1 itemprop="name" {v}>{e(r["title"])}</h1>{tag}'
        f'<div class="badges" {v}>{badges}</div><ul class="chips" {v}>{"".join(chips)}</ul></header>'
        f"{syn}{aud}{watch}{trailer_embed(r, x, 1)}"
        + (
            f'<section {v}><h2 {v}>Top billed cast</h2><ul class="scroller" {v}>{cast}</ul></section>'
            if cast
            else ""
        )
        + (f"<section {v}><h2 {v}>Key crew</h2><ul {v}>{crew_html}</ul></section>" if crew else "")
        + f"{eps}<section {v}><h2 {v}>Because you viewed {e(r['title'])}</h2><ul {v}>{rail}</ul></section>"
        f"</main>{footer()}</div></div>{cookie_banner(0)}"
        f"<script>window.__NUXT__={nuxt_state}</script></body></html>"
    )
    return html, x
