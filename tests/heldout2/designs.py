# ruff: noqa: E501  (HTML templates: long literal markup lines read better unbroken)
"""The held-out redesigns. Each design renders one sample record the way a real title page
family does, and builds the expected record from exactly what it renders (visible or in its
schema.org data), following tests/fixtures/SPEC.md.

A design is `fn(r, rng) -> (html, expected)`.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from .common import (
    FAKE_PEOPLE,
    SITE,
    Record,
    a,
    blank,
    cookie_banner,
    count_text,
    date_text,
    episodes,
    jsonld,
    money_text,
    news,
    ordinal,
    rail,
    reviews,
    runtime_text,
    slug_of,
    t,
)

Design = Callable[[Record, random.Random], tuple[str, Record]]


def _doc(r: Record, body: str, head: str = "", canonical: bool = True, suffix: str = "") -> str:
    link = f'<link rel="canonical" href="{SITE}/{r["source_id"]}">' if canonical else ""
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{t(r['title'])}{t(suffix)}</title>{link}{head}</head><body>{body}</body></html>"
    )


def _yt(r: Record, host: str = "www.youtube.com") -> str:
    vid = str(r["trailer_url"]).rsplit("=", 1)[1]
    return (
        f'<iframe src="https://{host}/embed/{vid}?rel=0" title="Trailer" allowfullscreen></iframe>'
    )


def _studio_more(r: Record) -> int:
    total = r["studios_total"] or len(r["studios"])
    return max(0, total - len(r["studios"]))


def _set_studios(e: Record, r: Record, with_more: bool) -> None:
    if r["studios"]:
        e["studios"] = list(r["studios"])
        e["studios_total"] = len(r["studios"]) + (_studio_more(r) if with_more else 0)


def _stream(e: Record, r: Record) -> None:
    e["streaming"] = dict(r["streaming"]) if r["streaming"] else None


def _nav(services: bool) -> str:
    items = ["Movies", "TV Shows", "New Releases", "Coming Soon", "Top 250"]
    if services:
        items += ["Netflix", "Max", "Hulu", "Disney+", "Peacock", "Prime Video"]
    lis = "".join(
        f'<li><a href="/browse/{i.lower().replace(" ", "-")}">{t(i)}</a></li>' for i in items
    )
    return f"<header><nav aria-label='Main'><ul>{lis}</ul></nav></header>"


def _footer(rng: random.Random) -> str:
    return (
        "<footer><ul><li><a href='/about'>About</a></li><li><a href='/privacy'>Privacy</a></li>"
        f"<li><a href='/help'>Help</a></li></ul><p>© 2008–2026 ReelGuide Media, Inc. Build "
        f"{rng.randint(1000, 9999)}. Data from licensed providers; ratings refresh every "
        f"{rng.randint(2, 48)} hours.</p></footer>"
    )


def _news(rng: random.Random, r: Record) -> str:
    return "".join(
        f'<article class="news-card"><h3>{t(n["headline"])}</h3><p>{t(n["text"])}</p>'
        f"<time>{n['date']}</time></article>"
        for n in news(rng, r)
    )


# ---- 1. Metacritic --------------------------------------------------------------------------


def metacritic(r: Record, rng: random.Random) -> tuple[str, Record]:
    e = blank(r)
    show = r["kind"] == "show"
    meta = []
    if r["release_year"]:
        meta.append(str(r["release_year"]))
        e["release_year"] = r["release_year"]
    if r["content_rating"]:
        meta.append(r["content_rating"])
        e["content_rating"] = r["content_rating"]
    if r["runtime_minutes"]:
        meta.append(runtime_text(r["runtime_minutes"], "hrmin"))
        e["runtime_minutes"] = r["runtime_minutes"]
    lis = "".join(f'<li class="c-heroMetadata_item"><span>{t(m)}</span></li>' for m in meta)
    critic_n = rng.randint(7, 60)
    scores = (
        '<div class="c-productScoreInfo"><span class="c-productScoreInfo_title">Metascore</span>'
        f'<div class="c-siteReviewScore"><span>{rng.randint(40, 95)}</span></div>'
        f'<span class="c-productScoreInfo_reviewsTotal"><a href="#critic">Based on {critic_n} '
        "Critic Reviews</a></span></div>"
    )
    if r["user_rating_count"]:
        n = r["user_rating_count"]
        word = "User Rating" if n == 1 else "User Ratings"
        scores += (
            '<div class="c-productScoreInfo"><span class="c-productScoreInfo_title">User Score'
            f'</span><div class="c-siteReviewScore"><span>{rng.randint(40, 95) / 10}</span></div>'
            f'<span class="c-productScoreInfo_reviewsTotal"><a href="#user">Based on {n:,} {word}'
            "</a></span></div>"
        )
        e["user_rating_count"] = n
    details = []
    if r["directors"]:
        details.append(("Directed By", ", ".join(r["directors"])))
        e["directors"] = list(r["directors"])
    if r["writers"]:
        details.append(("Written By", ", ".join(r["writers"])))
        e["writers"] = list(r["writers"])
    if r["studios"]:
        val = ", ".join(r["studios"])
        more = _studio_more(r)
        details.append(("Production Company", val + (f" +{more} more" if more else "")))
        _set_studios(e, r, True)
    if r["release_date"]:
        details.append(("Release Date", date_text(r["release_date"], "short_mdy")))
        e["release_date"] = r["release_date"]
    if r["runtime_minutes"]:
        details.append(("Duration", runtime_text(r["runtime_minutes"], "hrmin")))
    if r["content_rating"]:
        details.append(("Rating", r["content_rating"]))
    if r["genres"]:
        details.append(("Genres", ", ".join(r["genres"])))
        e["genres"] = list(r["genres"])
    if show and r["seasons"]:
        details.append(("Seasons", str(r["seasons"])))
        e["seasons"] = r["seasons"]
    det = "".join(
        f'<li class="c-movieDetails_sectionContainer"><span class="g-text-bold">{t(k)}:</span> '
        f'<span class="g-outer-spacing-left-medium-fluid">{t(v)}</span></li>'
        for k, v in details
    )
    summary = ""
    if r["synopsis"]:
        summary = (
            f'<div class="c-productDetails_description"><span class="g-text-bold">Summary:</span>'
            f" {t(r['synopsis'])}</div>"
        )
        e["synopsis"] = r["synopsis"]
    cast = ""
    if r["cast"]:
        cards = "".join(
            f'<div class="c-globalPersonCard"><h3 class="c-globalPersonCard_name">{t(c["actor"])}'
            f'</h3><h4 class="c-globalPersonCard_role">'
            f"{t(c['character']) if c['character'] else ''}</h4></div>"
            for c in r["cast"]
        )
        cast = f'<section class="c-castAndCrew"><h2>Cast &amp; Crew</h2>{cards}</section>'
        e["cast"] = [dict(c) for c in r["cast"]]
    wtw = ""
    s = r["streaming"]
    if s:
        provs = "".join(
            f'<li class="c-watchProvider"><img alt="" src="/p/{i}.png"><span>{t(p)}</span>'
            f"<span class='c-watchProvider_type'>{'Subscription' if s['available'] else ''}</span></li>"
            for i, p in enumerate(s["platforms"])
        )
        head = (
            f"Available on {s['platform_count']} services"
            if s["available"]
            else f"Streaming on 0 of {s['platform_count']} services"
        )
        verified = f"Updated {date_text(s['verified_on'], 'short_mdy')}" if s["verified_on"] else ""
        wtw = (
            f'<section class="c-whereToWatch"><h2>Where to Watch</h2><p>{t(head)}</p><ul>{provs}'
            f'</ul><p class="c-whereToWatch_updated">{t(verified)}</p></section>'
        )
        _stream(e, r)
    trailer = ""
    if r["trailer_url"]:
        trailer = f'<div class="c-productHero_player">{_yt(r, "www.youtube-nocookie.com")}</div>'
        e["trailer_url"] = r["trailer_url"]
    if show and r["seasons"]:
        seasons = "".join(
            f'<div class="c-seasonsModalCard"><h3>Season {i}</h3><span>{(r["release_year"] or 2000) + i - 1}'
            f"</span><span>Metascore {rng.randint(50, 95)}</span><span>{rng.randint(6, 13)} "
            "episodes</span></div>"
            for i in range(1, r["seasons"] + 1)
        )
        seasons = f'<section class="c-seasons"><h2>Seasons</h2>{seasons}</section>'
    else:
        seasons = ""
    similar = "".join(
        f'<div class="c-finderProductCard"><a href="{x["path"]}"><h3>{t(x["title"])}</h3></a>'
        f'<span>{x["year"]}</span> • <span>Rated {t(x["rating"])}</span><span class="metascore">'
        f"{x['score']}</span><span>{runtime_text(x['runtime'], 'hrmin')}</span></div>"
        for x in rail(rng, r)
    )
    revs = "".join(
        f'<div class="c-siteReview"><div class="c-siteReviewScore">{v["score"] * 10}</div>'
        f'<a class="c-siteReview_publicationName">{t(v["author"].title())} Weekly</a>'
        f'<div class="c-siteReview_quote"><span>{t(v["text"])}</span></div>'
        f'<div class="c-siteReview_reviewDate">{v["date"]}</div></div>'
        for v in reviews(rng, r)
    )
    ld: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "TVSeries" if show else "Movie",
        "name": r["title"],
        "url": f"{SITE}/{r['source_id']}",
    }
    if r["directors"]:
        ld["director"] = [{"@type": "Person", "name": n} for n in r["directors"]]
    if r["release_date"]:
        ld["datePublished"] = r["release_date"]
    body = (
        f"{cookie_banner(0)}{_nav(False)}<main class='c-layoutDefaultPage'>"
        f'<div class="c-productHero"><div class="c-productHero_title"><h1>{t(r["title"])}</h1>'
        f'</div><ul class="c-heroMetadata">{lis}</ul>{trailer}{scores}</div>{wtw}'
        f'<div class="c-productDetails">{summary}</div>{cast}{seasons}'
        f'<section id="critic"><h2>Critic Reviews</h2>{revs}</section>'
        f'<section class="c-movieDetails"><h2>Details</h2><ul>{det}</ul></section>'
        f'<section class="c-moreLikeThis"><h2>More Like This</h2>{similar}</section>'
        f'<section class="c-latestNews"><h2>Latest News</h2>{_news(rng, r)}</section></main>'
        f"{_footer(rng)}"
    )
    return _doc(r, body, jsonld(ld), suffix=" Reviews - ReelGuide"), e


# ---- 2. Plex (watch.plex.tv): utility classes, one "Cast & Crew" row ------------------------


def plex(r: Record, rng: random.Random) -> tuple[str, Record]:
    e = blank(r)
    show = r["kind"] == "show"
    meta = []
    if r["release_year"]:
        meta.append(str(r["release_year"]))
        e["release_year"] = r["release_year"]
    if show and r["seasons"]:
        meta.append(f"{r['seasons']} Season{'s' if r['seasons'] != 1 else ''}")
        e["seasons"] = r["seasons"]
    if r["runtime_minutes"] and not show:
        meta.append(runtime_text(r["runtime_minutes"], "hrmin"))
        e["runtime_minutes"] = r["runtime_minutes"]
    if r["content_rating"]:
        meta.append(r["content_rating"])
        e["content_rating"] = r["content_rating"]
    sep = '<span class="mx-1 text-gray-500" aria-hidden="true">·</span>'
    metaline = sep.join(f'<span class="whitespace-nowrap">{t(m)}</span>' for m in meta)
    genres = ""
    if r["genres"]:
        genres = (
            '<ul class="flex flex-wrap gap-2 mt-3" aria-label="Genres">'
            + "".join(
                f'<li><a class="rounded-full bg-white/10 px-3 py-1 text-xs" href="/genre/'
                f'{a(g.lower())}">{t(g)}</a></li>'
                for g in r["genres"]
            )
            + "</ul>"
        )
        e["genres"] = list(r["genres"])
    tagline = ""
    if r["tagline"]:
        tagline = f'<p class="mt-2 text-lg italic text-gray-300">“{t(r["tagline"])}”</p>'
        e["tagline"] = r["tagline"]
    syn = ""
    if r["synopsis"]:
        syn = (
            f'<div class="mt-4 max-w-3xl"><p class="line-clamp-3 text-sm leading-6">'
            f'{t(r["synopsis"])}</p><button class="text-xs font-semibold uppercase">More'
            "</button></div>"
        )
        e["synopsis"] = r["synopsis"]
    ratings = (
        f'<div class="flex gap-4 mt-3 text-sm"><span title="Rotten Tomatoes critics">🍅 '
        f"{rng.randint(30, 99)}%</span><span title='IMDb rating'>IMDb {rng.randint(50, 92) / 10}"
        "</span>"
    )
    if r["user_rating_count"]:
        n = r["user_rating_count"]
        ratings += (
            f'<span>★ {rng.randint(25, 50) / 10} <span class="text-gray-400">('
            f"{count_text(n, 'abbr')} Plex rating{'s' if n != 1 else ''})</span></span>"
        )
        e["user_rating_count"] = n
    ratings += "</div>"
    imdb = ""
    if r["imdb_id"]:
        imdb = (
            f'<a class="underline text-xs" href="https://www.imdb.com/title/{r["imdb_id"]}/" '
            'rel="noopener">View on IMDb</a>'
        )
        e["imdb_id"] = r["imdb_id"]
    wtw = ""
    s = r["streaming"]
    if s:
        tiles = "".join(
            f'<a class="flex items-center gap-2 rounded-md bg-white/5 p-2" href="#"><img '
            f'class="h-8 w-8" src="/providers/{i}.png" alt="">'
            f'<div><p class="text-sm font-medium">{t(p)}</p><p class="text-xs text-gray-400">'
            f"{rng.choice(['Subscription', 'Free with ads', 'Rent $3.99'])}</p></div></a>"
            for i, p in enumerate(s["platforms"])
        )
        if s["available"]:
            head = f"Where to Watch <span class='text-gray-400'>· {s['platform_count']} services</span>"
        else:
            head = (
                "Not streaming right now <span class='text-gray-400'>· not on any of "
                f"these {s['platform_count']} services</span>"
            )
        ver = (
            f'<p class="text-xs text-gray-500">Availability updated '
            f"{date_text(s['verified_on'], 'mdy')}</p>"
            if s["verified_on"]
            else ""
        )
        wtw = (
            f'<section class="mt-8"><h2 class="text-xl font-bold">{head}</h2><div class="grid '
            f'grid-cols-3 gap-3 mt-3">{tiles}</div>{ver}</section>'
        )
        _stream(e, r)
    people = []
    for d in r["directors"]:
        people.append((d, "Director"))
    for w in r["writers"]:
        people.append((w, "Writer"))
    e["directors"] = list(r["directors"])
    e["writers"] = list(r["writers"])
    people.append((rng.choice(FAKE_PEOPLE), "Producer"))
    for c in r["cast"]:
        people.append((c["actor"], c["character"] or ""))
    e["cast"] = [dict(c) for c in r["cast"]]
    cards = "".join(
        f'<li class="w-32 shrink-0"><img class="rounded-full" src="/people/{i}.jpg" alt="">'
        f'<p class="mt-2 text-sm font-semibold truncate">{t(n)}</p>'
        f'<p class="text-xs text-gray-400 truncate">{t(role)}</p></li>'
        for i, (n, role) in enumerate(people)
    )
    crew = (
        f'<section class="mt-8"><h2 class="text-xl font-bold">Cast &amp; Crew</h2><ul class="flex '
        f'gap-4 overflow-x-auto">{cards}</ul></section>'
    )
    facts = []
    if r["studios"]:
        more = _studio_more(r)
        facts.append(("Studio", ", ".join(r["studios"]) + (f" +{more} more" if more else "")))
        _set_studios(e, r, True)
    if r["countries"]:
        facts.append(("Country", ", ".join(r["countries"])))
        e["countries"] = list(r["countries"])
    if r["release_date"]:
        facts.append(
            ("First aired" if show else "Release date", date_text(r["release_date"], "mdy"))
        )
        e["release_date"] = r["release_date"]
    if show and r["runtime_minutes"]:
        facts.append(("Episode runtime", runtime_text(r["runtime_minutes"], "min")))
        e["runtime_minutes"] = r["runtime_minutes"]
    grid = "".join(
        f'<div class="text-gray-400 text-sm">{t(k)}</div><div class="text-sm">{t(v)}</div>'
        for k, v in facts
    )
    eps = ""
    if show:
        eps = "".join(
            f'<li class="flex gap-3 py-3 border-b border-white/10"><span class="text-gray-400">'
            f'{x["number"]}</span><div><p class="font-semibold">{t(x["title"])}</p><p class="text-xs">'
            f"{date_text(x['date'], 'short_mdy')} · {x['runtime']}m · Directed by {t(x['director'])}"
            f"</p></div></li>"
            for x in episodes(rng, r)
        )
        eps = f'<section class="mt-8"><h2 class="text-xl font-bold">Season 1</h2><ol>{eps}</ol></section>'
    trailer = ""
    if r["trailer_url"]:
        trailer = f'<div class="aspect-video mt-6">{_yt(r)}</div>'
        e["trailer_url"] = r["trailer_url"]
    railh = "".join(
        f'<li class="w-40 shrink-0"><a href="{x["path"]}"><img alt="{a(x["title"])}" src="/p.jpg">'
        f'<p class="text-sm truncate">{t(x["title"])}</p><p class="text-xs text-gray-400">'
        f"{x['year']} · {t(x['rating'])}</p></a></li>"
        for x in rail(rng, r)
    )
    ld: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "TVSeries" if show else "Movie",
        "name": r["title"],
        "genre": r["genres"],
        "actor": [{"@type": "Person", "name": c["actor"]} for c in r["cast"]],
    }
    if r["directors"]:
        ld["director"] = [{"@type": "Person", "name": n} for n in r["directors"]]
    body = (
        f'<div id="__next"><div class="min-h-screen bg-[#1f1f1f] text-white">{_nav(True)}'
        f'{cookie_banner(1)}<main class="px-6 md:px-12"><section class="flex flex-col gap-1 pt-24">'
        f'<h1 class="text-3xl md:text-5xl font-bold tracking-tight">{t(r["title"])}</h1>{tagline}'
        f'<div class="flex items-center text-sm text-gray-300 mt-2">{metaline}</div>{genres}'
        f"{ratings}{syn}{imdb}</section>{trailer}{wtw}{crew}"
        f'<section class="mt-8"><h2 class="text-xl font-bold">Details</h2><div class="grid '
        f'grid-cols-[10rem_1fr] gap-y-2">{grid}</div></section>{eps}'
        f'<section class="mt-8"><h2 class="text-xl font-bold">Similar Titles</h2><ul class="flex '
        f'gap-4">{railh}</ul></section></main>{_footer(rng)}</div></div>'
    )
    return _doc(r, body, jsonld(ld), suffix=" - Watch on Plex-style ReelGuide"), e


# ---- 3. MUBI: spare header, country + year line, credits list without characters -----------


def mubi(r: Record, rng: random.Random) -> tuple[str, Record]:
    e = blank(r)
    show = r["kind"] == "show"

    def cls() -> str:
        return f"css-{rng.getrandbits(28):07x}"

    head = [f'<h1 class="{cls()}">{t(r["title"])}</h1>']
    if r["directors"]:
        head.append(f'<p class="{cls()}">Directed by ' + ", ".join(
            f'<a href="/en/cast/{a(d.lower().replace(" ", "-"))}">{t(d)}</a>' for d in r["directors"]
        ) + "</p>")  # fmt: skip
        e["directors"] = list(r["directors"])
    line = [t(c) for c in r["countries"]]
    e["countries"] = list(r["countries"])
    if r["release_year"]:
        line.append(str(r["release_year"]))
        e["release_year"] = r["release_year"]
    if line:
        head.append(f'<p class="{cls()}">{", ".join(line)}</p>')
    if r["genres"]:
        head.append(f'<p class="{cls()}">{t(", ".join(r["genres"]))}</p>')
        e["genres"] = list(r["genres"])
    if r["runtime_minutes"]:
        per = " per episode" if show else ""
        head.append(
            f'<p class="{cls()}"><svg aria-label="Running time" role="img" viewBox="0 0 8 8"></svg>'
            f"{runtime_text(r['runtime_minutes'], 'mins')}{per}</p>"
        )
        e["runtime_minutes"] = r["runtime_minutes"]
    if show and r["seasons"]:
        head.append(f'<p class="{cls()}">Series · {r["seasons"]} seasons</p>')
        e["seasons"] = r["seasons"]
    rating = ""
    if r["user_rating_count"]:
        n = r["user_rating_count"]
        rating = (
            f'<div class="{cls()}"><span>Average rating</span> <span>{rng.randint(50, 92) / 10}/10'
            f'</span><span class="{cls()}">{n:,} Rating{"s" if n != 1 else ""}</span></div>'
        )
        e["user_rating_count"] = n
    syn = ""
    if r["synopsis"]:
        syn = f'<section><h2 class="{cls()}">Synopsis</h2><p>{t(r["synopsis"])}</p></section>'
        e["synopsis"] = r["synopsis"]
    trailer = ""
    if r["trailer_url"]:
        trailer = f'<div class="{cls()}">{_yt(r)}</div>'
        e["trailer_url"] = r["trailer_url"]
    credits: list[tuple[str, list[str]]] = []
    if r["directors"]:
        credits.append(("Director", r["directors"]))
    if r["writers"]:
        credits.append(("Screenplay", r["writers"]))
        e["writers"] = list(r["writers"])
    if r["cast"]:
        credits.append(("Cast", [c["actor"] for c in r["cast"]]))
        e["cast"] = [{"actor": c["actor"], "character": None} for c in r["cast"]]
    credits.append(("Cinematography", [rng.choice(FAKE_PEOPLE)]))
    if r["studios"]:
        credits.append(("Production Company", r["studios"]))
        _set_studios(e, r, False)
    credits.append(("Editor", [rng.choice(FAKE_PEOPLE)]))
    cr = "".join(
        f'<div class="{cls()}"><h3>{t(k)}</h3><ul>'
        + "".join(f"<li><a href='/en/cast/x'>{t(n)}</a></li>" for n in v)
        + "</ul></div>"
        for k, v in credits
    )
    revs = "".join(
        f'<li class="{cls()}"><p>“{t(v["text"])}”</p><p>{t(v["author"])} · {v["score"]}/10 · '
        f"{v['helpful']} likes</p></li>"
        for v in reviews(rng, r)
    )
    now = "".join(
        f'<li><a href="{x["path"]}"><h3>{t(x["title"])}</h3><p>{x["year"]} · {t(x["genre"])}'
        f"</p></a></li>"
        for x in rail(rng, r, 5)
    )
    body = (
        f"{_nav(False)}<main><article><header>{''.join(head)}</header>{rating}{trailer}{syn}"
        f'<section id="credits"><h2>Credits</h2>{cr}</section><section><h2>Member Reviews</h2>'
        f"<ul>{revs}</ul></section></article><aside><h2>Now Showing</h2><ul>{now}</ul>"
        f"<h2>From the Notebook</h2>{_news(rng, r)}</aside>"
        f"</main>{_footer(rng)}"
    )
    return _doc(r, body, canonical=rng.random() < 0.5, suffix=" | ReelGuide"), e


# ---- 4. BFI database: RDFa, facts table, credits table with one role per row ----------------


def bfi(r: Record, rng: random.Random) -> tuple[str, Record]:
    e = blank(r)
    show = r["kind"] == "show"
    typ = "TVSeries" if show else "Movie"
    year = f" ({r['release_year']})" if r["release_year"] else ""
    rows = [("Type", "Series" if show else "Film")]
    if r["release_date"]:
        rows.append((
            "First broadcast" if show else "Release date",
            f'<time property="datePublished" datetime="{r["release_date"]}">'
            f"{date_text(r['release_date'], 'dmy')}</time>",
        ))  # fmt: skip
        e["release_date"] = r["release_date"]
        e["release_year"] = r["release_year"]
    elif r["release_year"]:
        rows.append(("Year", str(r["release_year"])))
        e["release_year"] = r["release_year"]
    if show and r["seasons"]:
        rows.append(("Number of series", str(r["seasons"])))
        e["seasons"] = r["seasons"]
    if r["runtime_minutes"]:
        rows.append((
            "Episode running time" if show else "Running time",
            f'<span property="duration" content="PT{r["runtime_minutes"]}M">'
            f"{runtime_text(r['runtime_minutes'], 'minutes')}</span>",
        ))  # fmt: skip
        e["runtime_minutes"] = r["runtime_minutes"]
    if r["countries"]:
        rows.append(("Countries" if len(r["countries"]) > 1 else "Country",
                     t(", ".join(r["countries"]))))  # fmt: skip
        e["countries"] = list(r["countries"])
    if r["genres"]:
        rows.append(
            ("Genre", " / ".join(f'<span property="genre">{t(g)}</span>' for g in r["genres"]))
        )
        e["genres"] = list(r["genres"])
    if r["content_rating"]:
        rows.append(("US rating", t(r["content_rating"])))
        e["content_rating"] = r["content_rating"]
    if r["studios"]:
        more = _studio_more(r)
        rows.append(("Production companies", "; ".join(
            f'<span property="productionCompany" typeof="Organization"><span property="name">'
            f"{t(s)}</span></span>" for s in r["studios"]
        ) + (f' <a href="#companies">+{more} more</a>' if more else "")))  # fmt: skip
        _set_studios(e, r, True)
    if r["budget"]:
        rows.append(("Budget", t(money_text(r["budget"], "symbol"))))
        e["budget"] = dict(r["budget"])
    facts = "".join(f"<tr><th scope='row'>{k}</th><td>{v}</td></tr>" for k, v in rows)
    credit_rows = []
    for d in r["directors"]:
        credit_rows.append(("Director", f'<span property="director" typeof="Person"><span '
                            f'property="name">{t(d)}</span></span>'))  # fmt: skip
    e["directors"] = list(r["directors"])
    credit_rows.append(("Producer", t(rng.choice(FAKE_PEOPLE))))
    for i, w in enumerate(r["writers"]):
        note = " (screenplay)" if i == 0 and len(r["writers"]) > 1 else ""
        credit_rows.append(("Writer", t(w) + note))
    e["writers"] = list(r["writers"])
    credit_rows.append(("Director of Photography", t(rng.choice(FAKE_PEOPLE))))
    credit_rows.append(("Assistant Director", t(rng.choice(FAKE_PEOPLE))))
    credit_rows.append(("Music", t(rng.choice(FAKE_PEOPLE))))
    credits = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in credit_rows)
    cast = "".join(
        f'<tr property="actor" typeof="Person"><td property="name">{t(c["actor"])}</td>'
        f"<td>{t(c['character']) if c['character'] else ''}</td></tr>"
        for c in r["cast"]
    )
    e["cast"] = [dict(c) for c in r["cast"]]
    syn = ""
    if r["synopsis"]:
        syn = f'<h2>Synopsis</h2><p property="description">{t(r["synopsis"])}</p>'
        e["synopsis"] = r["synopsis"]
    eps = ""
    if show:
        eps = "<h2>Series 1 episodes</h2><table class='episodes'><tr><th>No.</th><th>Title</th>" \
              "<th>Tx date</th><th>Duration</th><th>Director</th></tr>" + "".join(
            f"<tr><td>{x['number']}</td><td>{t(x['title'])}</td><td>{date_text(x['date'], 'dmy')}"
            f"</td><td>{x['runtime']} minutes</td><td>{t(x['director'])}</td></tr>"
            for x in episodes(rng, r)
        ) + "</table>"  # fmt: skip
    related = "".join(
        f'<li><a href="{x["path"]}">{t(x["title"])} ({x["year"]})</a> – {x["runtime"]} minutes</li>'
        for x in rail(rng, r, 5)
    )
    body = (
        f"{_nav(False)}{cookie_banner(1)}<div class='container' vocab='https://schema.org/' "
        f"typeof='{typ}'><h1 class='record-title'><span property='name'>{t(r['title'])}</span>"
        f"{year}</h1><div class='record-body'><h2>Details</h2><table class='facts'>{facts}</table>"
        f"{syn}<h2 id='cast'>Cast</h2><table class='cast'><tr><th>Name</th><th>Character</th></tr>"
        f"{cast}</table><h2>Credits</h2><table class='credits'>{credits}</table>{eps}</div>"
        f"<aside><h3>Related records</h3><ul>{related}</ul></aside></div>{_footer(rng)}"
    )
    return _doc(r, body, suffix=f"{year} | Collections Search | ReelGuide"), e


# ---- 5. Prime Video web: logo title, badges, Details tab with Starring ----------------------


def primevideo(r: Record, rng: random.Random) -> tuple[str, Record]:
    e = blank(r)
    show = r["kind"] == "show"

    def h() -> str:
        return f"_{rng.getrandbits(30):x}"

    badges = [
        f'<span class="{h()}" data-automation-id="imdb-rating-badge">IMDb {rng.randint(50, 92) / 10}</span>'
    ]
    if r["runtime_minutes"] and not show:
        badges.append(f'<span data-automation-id="runtime-badge">'
                      f"{runtime_text(r['runtime_minutes'], 'hmin')}</span>")  # fmt: skip
        e["runtime_minutes"] = r["runtime_minutes"]
    if show and r["seasons"]:
        badges.append(
            f'<span data-automation-id="season-count-badge">{r["seasons"]} Seasons</span>'
        )
        e["seasons"] = r["seasons"]
    if r["release_year"]:
        badges.append(f'<span data-automation-id="release-year-badge">{r["release_year"]}</span>')
        e["release_year"] = r["release_year"]
    if r["content_rating"]:
        badges.append(f'<span class="{h()}" aria-label="Maturity rating {a(r["content_rating"])}"'
                      f' data-automation-id="rating-badge">{t(r["content_rating"])}</span>')  # fmt: skip
        e["content_rating"] = r["content_rating"]
    syn = ""
    if r["synopsis"]:
        syn = f'<div class="{h()}" data-automation-id="synopsis"><span>{t(r["synopsis"])}</span></div>'
        e["synopsis"] = r["synopsis"]
    genres = ""
    if r["genres"]:
        genres = f'<div data-testid="genresMetadata" class="{h()}">' + '<span class="sep">•</span>'.join(
            f'<span><a href="/genre/{a(g.lower())}">{t(g)}</a></span>' for g in r["genres"]
        ) + "</div>"  # fmt: skip
        e["genres"] = list(r["genres"])
    stars = ""
    if r["user_rating_count"]:
        n = r["user_rating_count"]
        stars = (
            f'<div class="{h()}"><i aria-label="{rng.randint(30, 49) / 10} out of 5 stars"></i>'
            f'<span data-automation-id="customer-review-count">{n:,} global rating'
            f"{'s' if n != 1 else ''}</span></div>"
        )
        e["user_rating_count"] = n
    dl = []
    if r["directors"]:
        dl.append(("Directors", ", ".join(f"<a>{t(d)}</a>" for d in r["directors"])))
        e["directors"] = list(r["directors"])
    dl.append(
        ("Producers", f"<a>{t(rng.choice(FAKE_PEOPLE))}</a>, <a>{t(rng.choice(FAKE_PEOPLE))}</a>")
    )
    names = [c["actor"] for c in r["cast"]]
    if names:
        dl.append(("Starring", ", ".join(f"<a>{t(n)}</a>" for n in names[:3])))
        if names[3:]:
            dl.append(("Supporting actors", ", ".join(f"<a>{t(n)}</a>" for n in names[3:])))
        e["cast"] = [{"actor": n, "character": None} for n in names]
    if r["studios"]:
        dl.append(("Studio", t(", ".join(r["studios"]))))
        _set_studios(e, r, False)
    dl.append(("Content advisory", "Violence, foul language, alcohol use"))
    dl.append(("Audio languages", "English, Español, Français"))
    details = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in dl)
    eps = ""
    if show:
        eps = f'<ol class="{h()}" data-automation-id="episode-list">' + "".join(
            f'<li><h3><span>S1 E{x["number"]}</span> - {t(x["title"])}</h3><div>'
            f"<span>{date_text(x['date'], 'mdy')}</span><span>{x['runtime']}min</span>"
            f"<span>{t(r['content_rating'] or 'TV-14')}</span></div><p>{t(x['guest'])} guest-stars"
            f" as {t(x['guest_role'])}.</p></li>"
            for x in episodes(rng, r, 5)
        ) + "</ol>"  # fmt: skip
        eps = (
            '<label for="season">Season</label><select id="season">'
            + "".join(f"<option>Season {i}</option>" for i in range(1, (r["seasons"] or 1) + 1))
            + f"</select>{eps}"
        )
    related = "".join(
        f'<li><a href="{x["path"]}" aria-label="{a(x["title"])}"><img alt="{a(x["title"])}" '
        f'src="/i.jpg"></a><span>{x["year"]}</span><span>{runtime_text(x["runtime"], "hmin")}</span>'
        f"<span>IMDb {x['score'] / 10}</span></li>"
        for x in rail(rng, r, 7)
    )
    body = (
        f'<div id="a-page"><div class="{h()}">{_nav(True)}</div><main><section class="{h()}" '
        f'data-automation-id="hero"><h1 data-automation-id="title" class="{h()}"><img '
        f'alt="{a(r["title"])}" src="/logo/{slug_of(r)}.png"></h1><div class="{h()}">'
        f"{''.join(badges)}</div>{syn}{genres}{stars}<div><button>Watch with a free trial</button>"
        f'<button>Trailer</button><button aria-label="Add to Watchlist">+</button></div></section>'
        f'<div role="tablist"><button role="tab">Related</button><button role="tab" '
        f'aria-selected="true">Details</button></div>{eps}<section role="tabpanel" id="details">'
        f'<dl class="{h()}">{details}</dl></section><section><h2>Customers also watched</h2>'
        f"<ul>{related}</ul></section></main>{_footer(rng)}</div>"
    )
    return _doc(r, body, canonical=rng.random() < 0.7, suffix=" - Prime-style | ReelGuide"), e


# ---- 6. Disney+/Hulu web: masthead tags, Details tab with microdata -------------------------


def disneyhulu(r: Record, rng: random.Random) -> tuple[str, Record]:
    e = blank(r)
    show = r["kind"] == "show"
    typ = "TVSeries" if show else "Movie"
    tags = []
    if r["content_rating"]:
        tags.append(f'<span itemprop="contentRating">{t(r["content_rating"])}</span>')
        e["content_rating"] = r["content_rating"]
    if r["genres"]:
        tags.append(", ".join(f'<span itemprop="genre">{t(g)}</span>' for g in r["genres"]))
        e["genres"] = list(r["genres"])
    if r["release_year"]:
        if r["release_date"]:
            tags.append(f'<time itemprop="datePublished" datetime="{r["release_date"]}">'
                        f"{r['release_year']}</time>")  # fmt: skip
            e["release_date"] = r["release_date"]
        else:
            tags.append(str(r["release_year"]))
        e["release_year"] = r["release_year"]
    if show and r["seasons"]:
        tags.append(f'<span itemprop="numberOfSeasons">{r["seasons"]}</span> Seasons')
        e["seasons"] = r["seasons"]
    if r["runtime_minutes"] and not show:
        tags.append(runtime_text(r["runtime_minutes"], "hm"))
        e["runtime_minutes"] = r["runtime_minutes"]
    mast = " • ".join(tags)
    det = []
    if r["synopsis"]:
        det.append(("Description", f'<span itemprop="description">{t(r["synopsis"])}</span>'))
        e["synopsis"] = r["synopsis"]
    if r["runtime_minutes"] and not show:
        det.append(("Duration", runtime_text(r["runtime_minutes"], "hm")))
    if r["release_year"]:
        det.append(("Release", str(r["release_year"])))
    if r["content_rating"]:
        det.append(("Rating", t(r["content_rating"])))
    if r["genres"]:
        det.append(("Genre", t(", ".join(r["genres"]))))
    if show and r["writers"]:
        det.append(("Created by", t(", ".join(r["writers"]))))
    if r["directors"]:
        det.append(("Director", ", ".join(
            f'<span itemprop="director" itemscope itemtype="https://schema.org/Person"><span '
            f'itemprop="name">{t(d)}</span></span>' for d in r["directors"])))  # fmt: skip
        e["directors"] = list(r["directors"])
    if r["cast"]:
        det.append(("Starring", ", ".join(
            f'<span itemprop="actor" itemscope itemtype="https://schema.org/Person"><span '
            f'itemprop="name">{t(c["actor"])}</span></span>' for c in r["cast"])))  # fmt: skip
        e["cast"] = [{"actor": c["actor"], "character": None} for c in r["cast"]]
    details = "".join(
        f'<div class="DetailsTab__row"><h4 class="DetailsTab__label">{k}:</h4>'
        f'<p class="DetailsTab__value">{v}</p></div>'
        for k, v in det
    )
    tagline = ""
    eps = ""
    if show:
        eps = '<div class="EpisodesTab"><button class="SeasonDropdown">Season 1</button>' + "".join(
            f'<div class="EpisodeCard"><span class="EpisodeCard__num">S1 E{x["number"]}</span>'
            f'<h3 class="EpisodeCard__title">{t(x["title"])}</h3><span>{x["runtime"]} min</span>'
            f"<span>{date_text(x['date'], 'short_dmy')}</span><p>Written by {t(x['writer'])}. "
            f"Directed by {t(x['director'])}.</p></div>"
            for x in episodes(rng, r)
        ) + "</div>"  # fmt: skip
    trailer = ""
    if r["trailer_url"]:
        trailer = f'<div class="Masthead__trailer">{_yt(r)}</div>'
        e["trailer_url"] = r["trailer_url"]
    youmay = "".join(
        f'<a class="StandardArtTile" href="{x["path"]}"><span class="StandardArtTile__title">'
        f'{t(x["title"])}</span><span class="StandardArtTile__meta">{t(x["rating"])} • '
        f"{t(x['genre'])} • {x['year']}</span></a>"
        for x in rail(rng, r)
    )
    body = (
        f"{_nav(True)}<main itemscope itemtype='https://schema.org/{typ}'>"
        f'<div class="DetailEntityMasthead"><h1 class="DetailEntityMasthead__title" '
        f'itemprop="name">{t(r["title"])}</h1>{tagline}<div class="DetailEntityMasthead__tags">'
        f"{mast}</div><button>START WATCHING</button>{trailer}</div>"
        f'<nav class="Tabs"><a>{"Episodes" if show else "Extras"}</a><a>You May Also Like</a>'
        f"<a aria-current='page'>Details</a></nav>{eps}"
        f'<section class="Tabs__panel DetailsTab"><h2>{t(r["title"])}</h2>{details}</section>'
        f'<section class="Collection"><h2>You May Also Like</h2>{youmay}</section></main>'
        f"{_footer(rng)}"
    )
    return _doc(r, body, suffix=" | Streaming details | ReelGuide"), e


# ---- 7. Google knowledge panel ------------------------------------------------------------


def knowledge_panel(r: Record, rng: random.Random) -> tuple[str, Record]:
    e = blank(r)
    show = r["kind"] == "show"
    sub = []
    if r["content_rating"]:
        sub.append(t(r["content_rating"]))
        e["content_rating"] = r["content_rating"]
    if r["release_year"]:
        sub.append(str(r["release_year"]))
        e["release_year"] = r["release_year"]
    if r["genres"]:
        sub.append(t("/".join(r["genres"][:2])))
        e["genres"] = list(r["genres"][:2])
    if show and r["seasons"]:
        sub.append(f"{r['seasons']} season{'s' if r['seasons'] != 1 else ''}")
        e["seasons"] = r["seasons"]
    elif r["runtime_minutes"]:
        sub.append(runtime_text(r["runtime_minutes"], "hm"))
        e["runtime_minutes"] = r["runtime_minutes"]
    rows: list[tuple[str, str, str]] = []
    if r["release_date"]:
        where = " (USA)" if "United States" in r["countries"] else ""
        label = "First episode date" if show else "Release date"
        rows.append(("initial release date", label, date_text(r["release_date"], "mdy") + where))
        e["release_date"] = r["release_date"]
    if show and r["runtime_minutes"]:
        rows.append(
            ("episode running time", "Running time", f"{r['runtime_minutes']} minutes per episode")
        )
        e["runtime_minutes"] = r["runtime_minutes"]
    if r["directors"]:
        rows.append(("director", "Director" if len(r["directors"]) == 1 else "Directors",
                     ", ".join(r["directors"])))  # fmt: skip
        e["directors"] = list(r["directors"])
    if r["writers"]:
        if show:
            rows.append(("created by", "Created by", ", ".join(r["writers"])))
        else:
            rows.append(("screenplay", "Screenplay", ", ".join(r["writers"])))
            e["writers"] = list(r["writers"])
    if show:
        rows.append(("number of episodes", "No. of episodes", str(rng.randint(20, 120))))
    if r["budget"]:
        rows.append(("budget", "Budget", money_text(r["budget"], "code_after")))
        e["budget"] = dict(r["budget"])
    if r["box_office"]:
        rows.append(("box office", "Box office", money_text(r["box_office"], "code_after")))
        e["box_office"] = dict(r["box_office"])
    if r["countries"]:
        rows.append(("country of origin", "Country of origin", ", ".join(r["countries"])))
        e["countries"] = list(r["countries"])
    if r["studios"]:
        more = _studio_more(r)
        rows.append(("production company", "Production companies",
                     ", ".join(r["studios"]) + (f" +{more} more" if more else "")))  # fmt: skip
        _set_studios(e, r, True)
    kv = "".join(
        f'<div class="wDYxhc" data-attrid="kc:/film/film:{a(k)}"><div class="rVusze">'
        f'<span class="w8qArf"><a class="fl">{t(lbl)}</a>: </span><span class="LrzXr kno-fv">'
        f"{t(v)}</span></div></div>"
        for k, lbl, v in rows
    )
    desc = ""
    if r["synopsis"]:
        desc = (
            f'<div class="kno-rdesc" data-attrid="description"><h3>Description</h3><span>'
            f'{t(r["synopsis"])}</span> <a href="#">Source</a></div>'
        )
        e["synopsis"] = r["synopsis"]
    aud = ""
    if r["audience_summary"]:
        aud = (
            f'<div data-attrid="kc:/ugc:thumbs_up"><h3>Audience reviews summary</h3><p>'
            f"{t(r['audience_summary'])}</p></div>"
        )
        e["audience_summary"] = r["audience_summary"]
    scores = f'<div class="Ap5OSd"><span>{rng.randint(55, 99)}% liked this {"show" if show else "film"}</span>'
    if r["imdb_id"]:
        scores += (
            f'<a class="rhsl5" href="https://www.imdb.com/title/{r["imdb_id"]}/"><span>'
            f"{rng.randint(50, 92) / 10}/10</span><span>IMDb</span></a>"
        )
        e["imdb_id"] = r["imdb_id"]
    scores += f"<a><span>{rng.randint(30, 99)}%</span><span>Rotten Tomatoes</span></a>"
    if r["user_rating_count"]:
        n = r["user_rating_count"]
        scores += f'<span class="EiG9Fc">{count_text(n, "abbr")} user rating{"s" if n != 1 else ""}</span>'
        e["user_rating_count"] = n
    scores += "</div>"
    cast = ""
    if r["cast"]:
        cast = '<div data-attrid="kc:/film/film:cast"><h3>Cast</h3>' + "".join(
            f'<a class="ellip" href="#"><div class="JjtOHd">{t(c["actor"])}</div>'
            f'<div class="ellip AqEFvb">{t(c["character"]) if c["character"] else ""}</div></a>'
            for c in r["cast"]
        ) + "</div>"  # fmt: skip
        e["cast"] = [dict(c) for c in r["cast"]]
    watch = ""
    s = r["streaming"]
    if s:
        opts = "".join(
            f'<a class="JkUS4b" href="#"><div class="i3LlFf">{t(p)}</div><div class="uiBRm">'
            f"{'Subscription' if s['available'] else 'Not available'}</div></a>"
            for p in s["platforms"]
        )
        cnt = (
            f"Available on {s['platform_count']} streaming services"
            if s["available"]
            else f"Not currently available on any of {s['platform_count']} streaming services"
        )
        ver = (
            f"<span>Last updated: {date_text(s['verified_on'], 'short_mdy')}</span>"
            if s["verified_on"]
            else ""
        )
        watch = (
            f'<div data-attrid="kc:/film/film:media_actions_wholepage"><h3>Where to watch</h3>'
            f"<p>{cnt}</p>{opts}{ver}</div>"
        )
        _stream(e, r)
    trailer = ""
    if r["trailer_url"]:
        trailer = f'<div data-attrid="trailers"><h3>Trailers &amp; clips</h3>{_yt(r)}</div>'
        e["trailer_url"] = r["trailer_url"]
    pasf = "".join(
        f'<a href="{x["path"]}" class="klitem"><div class="kltat">{t(x["title"])}</div>'
        f'<div class="ellip klmeta">{x["year"]}</div></a>'
        for x in rail(rng, r)
    )
    body = (
        f'<div id="searchform">{_nav(False)}</div><div id="rhs" class="kp-wholepage">'
        f'<div class="kp-header"><h1 class="PZPZlf ssJ7i" data-attrid="title">{t(r["title"])}</h1>'
        f'<div class="iAIpCb PZPZlf" data-attrid="subtitle"><span>{" ‧ ".join(sub)}</span></div>'
        f"</div>{scores}{watch}{trailer}{desc}{kv}{aud}{cast}"
        f'<div data-attrid="kc:/film/film:reviews"><h3>Audience reviews</h3>'
        + "".join(
            f"<div class='review'><b>{v['score']}/10</b> {t(v['text'])}</div>"
            for v in reviews(rng, r)
        )
        + f'</div><div data-attrid="top_stories"><h3>Top stories</h3>{_news(rng, r)}</div>'
        f'<div class="kp-pasf"><h3>People also search for</h3>{pasf}</div></div>'
        f"{_footer(rng)}"
    )
    return _doc(r, body, suffix=" - ReelGuide Search"), e


# ---- 8. The Numbers (movies) / TVmaze (shows): database tables -----------------------------


def numbers_tvmaze(r: Record, rng: random.Random) -> tuple[str, Record]:
    return (_tvmaze if r["kind"] == "show" else _numbers)(r, rng)


def _numbers(r: Record, rng: random.Random) -> tuple[str, Record]:
    e = blank(r)
    year = f" ({r['release_year']})" if r["release_year"] else ""
    rows = []
    if r["budget"]:
        rows.append(("Production Budget:", money_text(r["budget"], "symbol")))
        e["budget"] = dict(r["budget"])
    if r["release_date"]:
        rows.append(("Domestic Releases:", f"{date_text(r['release_date'], 'ordinal')} (Wide)"))
        e["release_date"] = r["release_date"]
        e["release_year"] = r["release_year"]
        vy = int(r["release_date"][:4]) + 1
        rows.append(
            (
                "Video Release:",
                f"{rng.choice(['March', 'June', 'October'])} {ordinal(rng.randint(1, 28))}, {vy}",
            )
        )
    elif r["release_year"]:
        rows.append(("Release Year:", str(r["release_year"])))
        e["release_year"] = r["release_year"]
    if r["content_rating"]:
        rows.append(("MPAA Rating:", r["content_rating"]))
        e["content_rating"] = r["content_rating"]
    if r["runtime_minutes"]:
        rows.append(("Running Time:", runtime_text(r["runtime_minutes"], "minutes")))
        e["runtime_minutes"] = r["runtime_minutes"]
    rows.append(("Franchise:", "None"))
    if r["genres"]:
        rows.append(("Genre:", ", ".join(r["genres"])))
        e["genres"] = list(r["genres"])
    if r["studios"]:
        more = _studio_more(r)
        rows.append(
            ("Production Companies:", ", ".join(r["studios"]) + (f" +{more} more" if more else ""))
        )
        _set_studios(e, r, True)
    if r["countries"]:
        rows.append(("Production Countries:", ", ".join(r["countries"])))
        e["countries"] = list(r["countries"])
    rows.append(("Languages:", "English"))
    details = "".join(f"<tr><td><b>{t(k)}</b></td><td>{t(v)}</td></tr>" for k, v in rows)
    summary = ""
    bo = r["box_office"]
    if bo:
        total = int(bo["amount"])
        dom = total * rng.randint(25, 60) // 100
        cur = bo["currency"]

        def fmt(n: int) -> str:
            return money_text({"amount": str(n), "currency": cur}, "symbol")

        summary = (
            '<h2>Box Office Summary</h2><table id="movie_finances"><tr><td class="data">Domestic Box '
            f'Office</td><td class="data">{fmt(dom)}</td></tr><tr><td>International Box Office</td>'
            f'<td class="data">{fmt(total - dom)}</td></tr><tr><td><b>Worldwide Box Office</b></td>'
            f'<td class="data"><b>{fmt(total)}</b></td></tr></table>'
        )
        e["box_office"] = dict(bo)
    lead = r["cast"][:2]
    supp = r["cast"][2:]
    castt = ""
    for head, group in (("Leading Cast", lead), ("Supporting Cast", supp)):
        if group:
            castt += f"<h2>{head}</h2><table class='cast_crew'>" + "".join(
                f"<tr><td><a href='/person/x'>{t(c['actor'])}</a></td><td>&nbsp;&nbsp;&nbsp;</td>"
                f"<td>{t(c['character']) if c['character'] else ''}</td></tr>"
                for c in group
            ) + "</table>"  # fmt: skip
    e["cast"] = [dict(c) for c in r["cast"]]
    crew = [("Director", d) for d in r["directors"]]
    crew += [("Screenwriter", w) for w in r["writers"]]
    crew += [("Producer", rng.choice(FAKE_PEOPLE)), ("Director of Photography", rng.choice(FAKE_PEOPLE)),
             ("Editor", rng.choice(FAKE_PEOPLE)), ("Casting Director", rng.choice(FAKE_PEOPLE))]  # fmt: skip
    e["directors"] = list(r["directors"])
    e["writers"] = list(r["writers"])
    crewt = "<h2>Production and Technical Credits</h2><table class='cast_crew'>" + "".join(
        f"<tr><td><a href='/person/x'>{t(n)}</a></td><td>&nbsp;&nbsp;&nbsp;</td><td>{t(k)}</td></tr>"
        for k, n in crew
    ) + "</table>"  # fmt: skip
    comps = "".join(
        f"<tr><td><a href='{x['path']}'>{t(x['title'])}</a></td><td>{x['year']}</td><td>"
        f"${rng.randint(1, 250)},{rng.randint(100, 999)},{rng.randint(100, 999)}</td><td>"
        f"{x['runtime']} minutes</td></tr>"
        for x in rail(rng, r, 5)
    )
    tagline = ""
    if r["tagline"]:
        tagline = f"<p><b>Tagline:</b> {t(r['tagline'])}</p>"
        e["tagline"] = r["tagline"]
    body = (
        f"{_nav(False)}<div id='main'><div id='summary'><h1 itemprop='name'>{t(r['title'])}{year}"
        f"</h1>{tagline}<ul class='tabs'><li>Summary</li><li>Box Office</li><li>Cast &amp; Crew</li>"
        f"</ul>{summary}<h2>Movie Details</h2><table>{details}</table></div>{castt}{crewt}"
        f"<h2>Comparisons: how does {t(r['title'])} compare?</h2><table><tr><th>Movie</th>"
        f"<th>Year</th><th>Domestic Box Office</th><th>Running Time</th></tr>{comps}</table></div>"
        f"{_footer(rng)}"
    )
    return _doc(r, body, suffix=f"{year} - Financial Information - ReelGuide"), e


def _tvmaze(r: Record, rng: random.Random) -> tuple[str, Record]:
    e = blank(r)
    info = [("Network:", f"<a>{rng.choice(['AMC', 'NBC', 'BBC One', 'HBO', 'tvN'])}</a>")]
    if r["runtime_minutes"]:
        info.append(("Schedule:", f"{rng.choice(['Sundays', 'Thursdays'])} at 21:00 "
                     f"({r['runtime_minutes']} min)"))  # fmt: skip
        e["runtime_minutes"] = r["runtime_minutes"]
    info.append(("Status:", "Ended"))
    info.append(("Show Type:", "Scripted"))
    if r["genres"]:
        info.append(("Genres:", " | ".join(t(g) for g in r["genres"])))
        e["genres"] = list(r["genres"])
    if r["release_date"]:
        info.append(("Premiered:", date_text(r["release_date"], "short_mdy")))
        e["release_date"] = r["release_date"]
        e["release_year"] = r["release_year"]
    elif r["release_year"]:
        info.append(("Premiered:", str(r["release_year"])))
        e["release_year"] = r["release_year"]
    if r["countries"]:
        info.append(("Country:", ", ".join(t(c) for c in r["countries"])))
        e["countries"] = list(r["countries"])
    if r["writers"]:
        info.append(("Created by:", ", ".join(f"<a>{t(w)}</a>" for w in r["writers"])))
    if r["user_rating_count"]:
        n = r["user_rating_count"]
        info.append(("Rating:", f"{rng.randint(60, 95) / 10} ({n:,} vote{'s' if n != 1 else ''})"))
        e["user_rating_count"] = n
    if r["imdb_id"]:
        info.append(("Links:", f'<a href="https://www.imdb.com/title/{r["imdb_id"]}">IMDb</a>'))
        e["imdb_id"] = r["imdb_id"]
    side = "".join(f"<div><strong>{k}</strong> <span>{v}</span></div>" for k, v in info)
    ld: dict[str, Any] = {"@context": "https://schema.org", "@type": "TVSeries", "name": r["title"]}
    if r["content_rating"]:
        ld["contentRating"] = r["content_rating"]
        e["content_rating"] = r["content_rating"]
    if r["writers"]:
        ld["creator"] = [{"@type": "Person", "name": w} for w in r["writers"]]
        e["writers"] = list(r["writers"])
    if r["seasons"]:
        ld["numberOfSeasons"] = r["seasons"]
    seasons = ""
    if r["seasons"]:
        seasons = f'<a class="tab">Seasons ({r["seasons"]})</a>'
        e["seasons"] = r["seasons"]
    eps = "".join(
        f"<tr><td>{x['number']}</td><td><a>{t(x['title'])}</a></td><td>"
        f"{date_text(x['date'], 'short_mdy')}</td><td>{x['score']} ({x['votes']:,} votes)</td></tr>"
        for x in episodes(rng, r, 6)
    )
    cast = "".join(
        f'<article class="small-12 medium-6 columns"><strong><a>{t(c["actor"])}</a></strong>'
        + (f" as <a>{t(c['character'])}</a>" if c["character"] else "")
        + "</article>"
        for c in r["cast"]
    )
    e["cast"] = [dict(c) for c in r["cast"]]
    syn = ""
    if r["synopsis"]:
        syn = f'<article id="general-information"><div class="show-summary"><p>{t(r["synopsis"])}</p></div></article>'
        e["synopsis"] = r["synopsis"]
    body = (
        f"{_nav(False)}<div id='site-content'><header class='columns'><h1>{t(r['title'])}</h1>"
        f"<nav class='tabs'><a class='tab active'>Main</a><a class='tab'>Episodes</a>{seasons}"
        f"<a class='tab'>Cast</a></nav></header>{syn}<aside id='general-info-panel'><h2>Show Info"
        f"</h2>{side}</aside><section><h2>Season 1 episodes</h2><table class='episode-list'>{eps}"
        f"</table></section><section id='cast'><h2>Cast</h2>{cast}</section></div>{_footer(rng)}"
    )
    return _doc(r, body, jsonld(ld), suffix=" | TV Show | ReelGuide"), e


# ---- 9. FilmAffinity (English): definition list, votes, "Where to watch" ----------------------


def filmaffinity(r: Record, rng: random.Random) -> tuple[str, Record]:
    e = blank(r)
    show = r["kind"] == "show"
    dl = [("Original title", f'{t(r["title"])} <span class="akas-tab">aka</span>')]
    if r["release_year"]:
        dl.append(("Year", f'<span itemprop="datePublished">{r["release_year"]}</span>'))
        e["release_year"] = r["release_year"]
    if r["runtime_minutes"]:
        dl.append(("Running time", f'<span itemprop="duration" content="PT{r["runtime_minutes"]}M">'
                   f"{r['runtime_minutes']} min.</span>"))  # fmt: skip
        e["runtime_minutes"] = r["runtime_minutes"]
    if r["countries"]:
        dl.append(("Country", ", ".join(
            f'<span id="country-img"><img src="/flags/{i}.png" alt="{a(c)}"></span>&nbsp;{t(c)}'
            for i, c in enumerate(r["countries"]))))  # fmt: skip
        e["countries"] = list(r["countries"])
    if r["directors"]:
        dl.append(("Director", ", ".join(
            f'<span itemprop="director" itemscope itemtype="http://schema.org/Person"><a><span '
            f'itemprop="name">{t(d)}</span></a></span>' for d in r["directors"])))  # fmt: skip
        e["directors"] = list(r["directors"])
    if r["writers"] and not show:
        dl.append(
            ("Screenwriter", ", ".join(f'<span class="nb">{t(w)}</span>' for w in r["writers"]))
        )
        e["writers"] = list(r["writers"])
    elif r["writers"]:
        dl.append(("Creator", ", ".join(f'<span class="nb">{t(w)}</span>' for w in r["writers"])))
    dl.append(("Music", t(rng.choice(FAKE_PEOPLE))))
    dl.append(("Cinematography", t(rng.choice(FAKE_PEOPLE))))
    if r["cast"]:
        dl.append(("Cast", ", ".join(
            f'<span itemprop="actor" itemscope itemtype="http://schema.org/Person"><a><span '
            f'itemprop="name">{t(c["actor"])}</span></a></span>' for c in r["cast"])))  # fmt: skip
        e["cast"] = [{"actor": c["actor"], "character": None} for c in r["cast"]]
    if r["studios"]:
        more = _studio_more(r)
        dl.append(
            ("Production Co.", t(", ".join(r["studios"])) + (f" +{more} more" if more else ""))
        )
        _set_studios(e, r, True)
    if show and r["seasons"]:
        dl.append(("Seasons", f"{r['seasons']} seasons. {rng.randint(20, 120)} episodes."))
        e["seasons"] = r["seasons"]
    if r["genres"]:
        dl.append(("Genre", ". ".join(
            f'<span itemprop="genre"><a href="/en/moviegenre.php?genre={i}">{t(g)}</a></span>'
            for i, g in enumerate(r["genres"])) + "."))  # fmt: skip
        e["genres"] = list(r["genres"])
    if r["synopsis"]:
        dl.append(("Synopsis / Plot", f'<span itemprop="description">{t(r["synopsis"])}</span>'))
        e["synopsis"] = r["synopsis"]
    info = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in dl)
    rate = ""
    if r["user_rating_count"]:
        n = r["user_rating_count"]
        rate = (
            f'<div id="movie-rat-avg" itemprop="aggregateRating" itemscope itemtype='
            f'"http://schema.org/AggregateRating"><div id="movie-rat-avg" itemprop="ratingValue" '
            f'content="{rng.randint(40, 90) / 10}">{rng.randint(40, 90) / 10}</div><div '
            f'id="movie-count-rat"><span itemprop="ratingCount" content="{n}">{n:,}</span> '
            f"vote{'s' if n != 1 else ''}</div></div>"
        )
        e["user_rating_count"] = n
    watch = ""
    s = r["streaming"]
    if s:
        provs = "".join(f'<a class="prov"><img alt="" src="/p/{i}.png"><span>{t(p)}</span></a>'
                        for i, p in enumerate(s["platforms"]))  # fmt: skip
        head = (
            f"Subscription ({s['platform_count']} platforms)"
            if s["available"]
            else f"Not currently available on these {s['platform_count']} platforms"
        )
        ver = (
            f"<p class='upd'>Updated {date_text(s['verified_on'], 'dmy')}</p>"
            if s["verified_on"]
            else ""
        )
        watch = f'<div id="stream-wrapper"><h3>Where to watch</h3><div class="sub-title">{head}</div>{provs}{ver}</div>'
        _stream(e, r)
    revs = "".join(
        f'<li class="pro-review"><div>{t(v["text"])}</div><div class="pro-crit-med">'
        f"{t(v['author'])}: Film Monthly</div></li>"
        for v in reviews(rng, r)
    )
    recs = "".join(
        f'<li><a href="{x["path"]}" title="{a(x["title"])}">{t(x["title"])}</a> ({x["year"]}) '
        f"{x['score'] / 10}</li>"
        for x in rail(rng, r)
    )
    badge = '<span class="tv-badge">TV Series</span>' if show else ""
    body = (
        f"{_nav(False)}{cookie_banner(0)}<div id='mt-content-cell' itemscope itemtype='http://schema.org/"
        f"{'TVSeries' if show else 'Movie'}'><h1 id='main-title'><span itemprop='name'>{t(r['title'])}"
        f"</span></h1>{badge}<div "
        f"id='left-column'><dl class='movie-info'>{info}</dl></div><div id='right-column'>{rate}"
        f"{watch}</div><ul id='pro-reviews'><h2>Professional reviews</h2>{revs}</ul>"
        f"<div class='recs'><h2>Recommendations</h2><ul>{recs}</ul></div></div>{_footer(rng)}"
    )
    return _doc(r, body, suffix=" - FilmAffinity-style | ReelGuide"), e


# ---- 10. Common Sense Media: age badges, "Movie details" list, Review JSON-LD ----------------


def commonsense(r: Record, rng: random.Random) -> tuple[str, Record]:
    e = blank(r)
    show = r["kind"] == "show"
    reviewer = rng.choice(FAKE_PEOPLE)
    age = rng.randint(7, 17)
    facts: list[tuple[str, str]] = []
    if r["release_date"]:
        facts.append(
            ("Premiere date" if show else "In theaters", date_text(r["release_date"], "short_mdy"))
        )
        e["release_date"] = r["release_date"]
        e["release_year"] = r["release_year"]
        vy = int(r["release_date"][:4]) + 1
        facts.append(
            (
                "On DVD or streaming",
                f"{rng.choice(['Apr', 'Jul', 'Nov'])} {rng.randint(1, 28)}, {vy}",
            )
        )
    elif r["release_year"]:
        facts.append(("Release year", str(r["release_year"])))
        e["release_year"] = r["release_year"]
    if r["cast"]:
        facts.append(("Cast", ", ".join(c["actor"] for c in r["cast"])))
        e["cast"] = [{"actor": c["actor"], "character": None} for c in r["cast"]]
    if r["directors"]:
        facts.append(
            ("Director" if len(r["directors"]) == 1 else "Directors", ", ".join(r["directors"]))
        )
        e["directors"] = list(r["directors"])
    if r["studios"]:
        facts.append(("Studio" if len(r["studios"]) == 1 else "Studios", ", ".join(r["studios"])))
        _set_studios(e, r, False)
    if show:
        facts.append(("Networks", rng.choice(["AMC", "NBC", "BBC America", "HBO"])))
    if r["genres"]:
        facts.append(("Genre", r["genres"][0]))
        e["genres"] = [r["genres"][0]]
    if r["runtime_minutes"] and not show:
        facts.append(("Run time", runtime_text(r["runtime_minutes"], "minutes")))
        e["runtime_minutes"] = r["runtime_minutes"]
    if r["content_rating"]:
        facts.append(("TV rating" if show else "MPAA rating", r["content_rating"]))
        e["content_rating"] = r["content_rating"]
        if not show and r["content_rating"] not in ("G", "Not Rated"):
            facts.append(("MPAA explanation", "violence, language and some mature themes"))
    facts.append(
        ("Last updated", date_text(f"2026-0{rng.randint(1, 3)}-{rng.randint(10, 28)}", "short_mdy"))
    )
    lis = "".join(
        f'<li class="review-product-details__item"><span class="review-product-details__label">'
        f'{t(k)}:</span> <span class="review-product-details__value">{t(v)}</span></li>'
        for k, v in facts
    )
    ld_item: dict[str, Any] = {"@type": "TVSeries" if show else "Movie", "name": r["title"]}
    if r["writers"]:
        ld_item["author"] = [{"@type": "Person", "name": w} for w in r["writers"]]
        e["writers"] = list(r["writers"])
    if r["imdb_id"]:
        ld_item["sameAs"] = f"https://www.imdb.com/title/{r['imdb_id']}/"
        e["imdb_id"] = r["imdb_id"]
    if show and r["seasons"]:
        ld_item["numberOfSeasons"] = r["seasons"]
        e["seasons"] = r["seasons"]
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Organization", "name": "ReelGuide Family", "url": SITE},
            {
                "@type": "Review",
                "author": {"@type": "Person", "name": reviewer},
                "datePublished": "2025-11-03",
                "reviewRating": {
                    "@type": "Rating",
                    "ratingValue": rng.randint(1, 5),
                    "bestRating": 5,
                },
                "itemReviewed": ld_item,
            },
        ],
    }
    tagline = ""  # CSM's one-liner under the title is the reviewer's, not a tagline: none here
    watch = ""
    s = r["streaming"]
    if s:
        provs = "".join(
            f'<li class="where-to-watch__provider"><span class="visually-hidden">Watch on </span>'
            f"<strong>{t(p)}</strong></li>"
            for p in s["platforms"]
        )
        head = (
            f"Streaming on {s['platform_count']} services"
            if s["available"]
            else f"Streaming on 0 of {s['platform_count']} services"
        )
        ver = (
            f"<p>Availability last verified {date_text(s['verified_on'], 'dmy')}</p>"
            if s["verified_on"]
            else ""
        )
        listed = "Checked services:" if not s["available"] else "Stream it on:"
        watch = (
            f'<section class="where-to-watch"><h2>Where to Watch</h2><p>{t(head)}</p><p>{listed}</p>'
            f"<ul>{provs}</ul>{ver}</section>"
        )
        _stream(e, r)
    syn = ""
    if r["synopsis"]:
        syn = f'<section id="what-is-the-story"><h2>What\'s the story?</h2><p>{t(r["synopsis"])}</p></section>'
        e["synopsis"] = r["synopsis"]
    aud = ""
    if r["audience_summary"]:
        aud = f'<section id="what-viewers-say"><h2>What viewers are saying</h2><p>{t(r["audience_summary"])}</p></section>'
        e["audience_summary"] = r["audience_summary"]
    trailer = ""
    if r["trailer_url"]:
        trailer = f'<div class="review-media">{_yt(r)}</div>'
        e["trailer_url"] = r["trailer_url"]
    grid = "".join(
        f'<div class="content-grid-item"><span class="content-grid-title">{k}</span>'
        f'<span class="content-grid-rating" aria-label="{n} out of 5">{n}</span><p>{t(txt)}</p></div>'
        for k, n, txt in (
            (
                "Violence & Scariness",
                rng.randint(0, 5),
                f"{rng.randint(2, 30)} people are shot in one scene.",
            ),
            ("Language", rng.randint(0, 5), f"Strong language, about {rng.randint(5, 80)} uses."),
            ("Drinking, Drugs & Smoking", rng.randint(0, 5), "Adults drink and smoke cigarettes."),
        )
    )
    kids = rng.randint(3, 60)
    parents = rng.randint(2, 40)
    similar = "".join(
        f'<li><a href="{x["path"]}">{t(x["title"])}</a> <span class="csm-age">age {rng.randint(7, 17)}+'
        f"</span> <span>{x['year']}</span> <span>{t(x['rating'])}</span></li>"
        for x in rail(rng, r, 5)
    )
    revs = "".join(
        f'<div class="user-review"><span>{"Parent" if v["i"] % 2 else "Kid, 14 years old"}</span> '
        f"<span>age {rng.randint(8, 18)}+</span><p>{t(v['text'])}</p></div>"
        for v in reviews(rng, r)
    )
    body = (
        f"{cookie_banner(0)}{_nav(True)}<main class='review-page'><div class='review-view-header'>"
        f'<p class="review-view-eyebrow">Parents\' Guide to</p><h1 class="heading--2">'
        f"{t(r['title'])}</h1>{tagline}<p>By {t(reviewer)}, based on child development research. "
        f'How do we rate?</p><div class="rating rating--age" aria-label="Common Sense age rating">'
        f'<span class="rating__age">age {age}+</span></div><div class="rating-stars" aria-label='
        f'"{rng.randint(1, 5)} out of 5 stars"></div></div>'
        f'<div class="community-ratings"><a>Parents say: age {max(age - 2, 6)}+ <span>(based on '
        f"{parents} reviews)</span></a><a>Kids say: age {max(age - 3, 6)}+ <span>(based on {kids} "
        f"reviews)</span></a></div>{trailer}{watch}{syn}{aud}"
        f'<section class="content-grid"><h2>What parents need to know</h2>{grid}</section>'
        f'<section class="review-product-details"><h2>{"TV" if show else "Movie"} Details</h2>'
        f"<ul>{lis}</ul></section><section class='user-reviews'><h2>Parent and Kid Reviews</h2>"
        f"{revs}</section><section><h2>Related {'TV' if show else 'Movies'}</h2><ul>{similar}</ul>"
        f"</section></main>{_footer(rng)}"
    )
    return _doc(r, body, jsonld(ld), suffix=" Movie Review | Parents' Guide | ReelGuide"), e


DESIGNS: dict[str, Design] = {
    "metacritic": metacritic,
    "plex": plex,
    "mubi": mubi,
    "bfi": bfi,
    "primevideo": primevideo,
    "disneyhulu": disneyhulu,
    "knowledge_panel": knowledge_panel,
    "numbers_tvmaze": numbers_tvmaze,
    "filmaffinity": filmaffinity,
    "commonsense": commonsense,
}
