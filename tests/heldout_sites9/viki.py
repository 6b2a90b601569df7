# ruff: noqa: E501  (HTML templates read best on one line)
"""Viki: a Rakuten Viki-like page (English), mostly dramas. The <h1> title; a type line 'Drama ·
Korea' ('Drama' is the kind of programme, not a genre) or 'Movie · Japan' with the first
country only; genre chips; '9.4/10' with '(12,345 ratings)' or '(12.4K ratings)'; a
'TV-14' badge; '16 episodes' and '2 Seasons'; 'Aired:' or 'Released:' a date (or a year);
a movie's 'Duration: 1h 51m'; the synopsis; a show's episode list, each with its own runtime and
air date; 'Cast & Crew' cards (name over 'Director', 'Screenwriter', 'Main Role', 'Support
Role', 'Executive Producer' (a trap)); 'Subtitles' with completion percentages; Viki Pass prices;
reviews; 'You May Also Like' rails; a JSON-LD TVSeries or Movie on some pages. No tagline,
audience text, money, studios, IMDb link, trailer or streaming block (Viki itself is the offer)."""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Any

from tests.heldout_sites2.kit import (
    app_state,
    compact_votes,
    css,
    esc,
    grouped,
    hours,
    json_ld,
    ld_type,
    long_date,
    round_votes,
)
from tests.heldout_sites2.records import TV_RATINGS, Title
from tests.heldout_sites2.site import Context
from tests.heldout_sites9.common import (
    Classes,
    cookie_banner,
    fit_rng,
    look,
    no_characters,
    others_people,
    pick,
)

NAME = "viki"
US = ("G", "PG", "PG-13", "R", "NC-17", *TV_RATINGS)
COUNTRIES = {"South Korea": "Korea", "United States": "United States"}
LANGUAGES = ("English", "Spanish", "Portuguese", "French", "Indonesian", "Arabic", "Vietnamese")


def _as_drama(t: Title) -> bool:
    """Most of the catalogue is series: some titles drawn as films are dramas here."""
    return t.kind == "movie" and fit_rng(NAME, t, "drama").random() < 0.4


def _compact(t: Title) -> bool:
    return fit_rng(NAME, t, "compact").random() < 0.5


def fit(t: Title) -> Title:
    if _as_drama(t):
        t = replace(t, kind="show", seasons=1 + len(t.slug) % 2, directors=t.directors[:1])
    countries = tuple(COUNTRIES.get(x, x) for x in t.countries[:1])
    t = replace(t, countries=countries, rating=t.rating if t.rating in US else None, tagline=None,
                audience=None, studios=(), studios_shown=0, budget=None, box_office=None,
                imdb=None, trailer=None, streaming=None,
                votes=round_votes(t.votes) if _compact(t) else t.votes)
    if t.kind == "show":
        t = replace(t, runtime=None)
    return no_characters(t)


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("sc", rng)
    ld = _ld(t) if rng.random() < 0.5 else ""
    blocks = [_episodes(t, ctx, c), _people(t, c, rng), _subtitles(c, rng)]
    if rng.random() < 0.5:
        blocks[1], blocks[2] = blocks[2], blocks[1]
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(t.title)} - Watch Full Episodes Free - {esc(t.countries[0] if t.countries else "Asia")} - TV Shows - Rakuten Viki</title>'
            f'<link rel="canonical" href="{t.url}">{css("sc", t.slug, 110)}{ld}</head><body>'
            f'{cookie_banner(c("consent"), "We use cookies to improve your experience and to show you relevant ads.", "Accept All", "Cookie Settings")}'
            f'{_nav(c)}<main class="{c("container")}">{_hero(t, c, rng)}{"".join(blocks)}{_pass(c)}{_reviews(ctx, c)}{_rails(ctx, c)}</main>'
            f'{_footer(c)}{app_state("__NEXT_DATA__", ctx.others, {"page": "/tv/[id]"})}</body></html>')


def _ld(t: Title) -> str:
    data: dict[str, Any] = {"@type": ld_type(t), "name": t.title, "url": t.url}
    if t.synopsis:
        data["description"] = t.synopsis
    if t.genres:
        data["genre"] = list(t.genres)
    if t.seasons:
        data["numberOfSeasons"] = t.seasons
    if t.rating:
        data["contentRating"] = t.rating
    if t.votes:
        data["aggregateRating"] = {"@type": "AggregateRating", "ratingValue": 9.1, "bestRating": 10, "ratingCount": t.votes}
    return json_ld(data)


def _nav(c: Classes) -> str:
    items = ("Explore", "Shows", "Movies", "Korean Dramas", "Chinese Dramas", "Viki Pass")
    return (f'<header class="{c("header")}"><a href="/" aria-label="Rakuten Viki">Viki</a><nav><ul>'
            + "".join(f'<li><a href="/{i}">{x}</a></li>' for i, x in enumerate(items))
            + f'</ul></nav><input type="search" placeholder="Search" aria-label="Search"><a class="{c("login")}" href="/sign-in">Log in</a></header>')


def _votes(t: Title) -> str:
    if not t.votes:
        return "No ratings yet"
    shown = compact_votes(t.votes) if _compact(t) else grouped(t.votes)
    return f"<b>{8 + len(t.slug) % 2}.{len(t.title) % 10}</b>/10 <span>({shown} rating{'s' if t.votes > 1 else ''})</span>"


def _hero(t: Title, c: Classes, rng: random.Random) -> str:
    kind = "Drama" if t.kind == "show" else "Movie"
    line = " · ".join([kind, *map(esc, t.countries)])
    facts: list[str] = []
    if t.seasons:
        facts.append(f"{t.seasons} Season{'s' if t.seasons > 1 else ''} · {t.seasons * 12 + len(t.slug) % 5} episodes")
    if t.released:
        facts.append(f"{'Aired' if t.kind == 'show' else 'Released'}: {long_date(t.released)}")
    elif t.year:
        facts.append(str(t.year))
    if t.runtime:
        facts.append(f"Duration: {hours(t.runtime)}")
    badge = f'<span class="{c("badge")}" title="Content rating">{esc(t.rating)}</span>' if t.rating else ""
    chips = "".join(f'<a class="{c("chip")}" href="/explore?genre={i}">{esc(g)}</a>' for i, g in enumerate(t.genres))
    out = (f'<section class="{c("hero")}"><h1 class="{c("title")}">{esc(t.title)}</h1><p class="{c("type")}">{line}</p>'
           f'<div class="{c("genres")}">{chips}</div><div class="{c("rating")}">{_votes(t)}</div>{badge}'
           + "".join(f'<p class="{c("fact")}">{f}</p>' for f in facts))
    if t.synopsis:
        out += f'<p class="{c("synopsis")}">{esc(t.synopsis)}</p>'
    return out + f'<a class="{c("cta")}" href="/watch">{pick(rng, ("Watch Free", "Start Watching", "Watch Episode 1"))}</a></section>'


def _episodes(t: Title, ctx: Context, c: Classes) -> str:
    if not ctx.episodes:
        return ""
    items = "".join(f'<li class="{c("episode")}"><b>EP {e.number}</b> <span>{esc(e.name)}</span> <span>{hours(e.minutes)}</span> '
                    f"<time>{long_date(e.aired)}</time></li>" for e in ctx.episodes)
    return f'<section class="{c("episodes")}"><h2>Episodes</h2><p>Season {t.seasons}</p><ol>{items}</ol></section>'


def _people(t: Title, c: Classes, rng: random.Random) -> str:
    producer = others_people(t, rng, 1)[0]
    cards = [(d, "Director") for d in t.directors] + [(w, "Screenwriter") for w in t.writers]
    cards += [(p.actor, "Main Role" if i < 2 else "Support Role") for i, p in enumerate(t.cast)] + [(producer, "Executive Producer")]
    if rng.random() < 0.5:
        cards = cards[len(t.directors) + len(t.writers):-1] + cards[: len(t.directors) + len(t.writers)] + cards[-1:]
    items = "".join(f'<li><a href="/celebrities/{i}"><img alt="" src="/c/{i}.jpg"><div class="{c("name")}">{esc(n)}</div>'
                    f'<div class="{c("role")}">{r}</div></a></li>' for i, (n, r) in enumerate(cards))
    return f'<section class="{c("cast-crew")}"><h2>Cast &amp; Crew</h2><ul>{items}</ul></section>'


def _subtitles(c: Classes, rng: random.Random) -> str:
    langs = rng.sample(LANGUAGES, 4)
    items = ", ".join(f"{x} {100 - i * rng.randint(1, 9)}%" for i, x in enumerate(langs))
    return f'<section class="{c("subtitles")}"><h2>Subtitles</h2><p>{items}</p><p>Subtitled by a team of {rng.randint(5, 40)} volunteers</p></section>'


def _pass(c: Classes) -> str:
    return (f'<section class="{c("pass")}"><h2>Viki Pass</h2><ul><li>Standard <b>$5.99</b>/month</li><li>Plus <b>$9.99</b>/month</li>'
            "<li>Annual <b>$49.99</b>/year</li></ul><p>Cancel anytime. Free 7-day trial.</p></section>")


def _reviews(ctx: Context, c: Classes) -> str:
    if not ctx.reviews:
        return ""
    items = "".join(f'<li><b>{esc(r.author)}</b> <span>{r.score}/10</span> <time>{long_date(r.posted)}</time><p>{esc(r.text)}</p></li>' for r in ctx.reviews)
    return f'<section class="{c("reviews")}"><h2>Reviews</h2><ul>{items}</ul></section>'


def _rails(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<li><a href="{o.path}"><img alt="" src="/p/{o.slug}.jpg"><div>{esc(o.title)}</div></a><div>{o.year} · {esc(o.rating or "")}</div>'
                    f'<div>{grouped(o.votes or 1)} ratings · {hours(o.runtime or 97)}</div></li>' for o in ctx.others)
    return f'<section class="{c("rails")}"><h2>You May Also Like</h2><ul>{cards}</ul></section>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/about">About</a><a href="/terms">Terms of Use</a><a href="/privacy">Privacy Policy</a>'
            '<a href="https://support.viki.com">Help Center</a><p>© 2026 Rakuten Viki. All rights reserved.</p></footer>')
