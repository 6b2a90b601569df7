# ruff: noqa: E501  (HTML templates read best on one line)
"""Peacock: a Peacock movie or show page (English), a React app whose server-rendered layer is
thin and whose facts are mostly in its app state. Visible: the <h1> (a logo image with the
title as alt on some pages); the unlabelled meta line '2021 • R • 1h 51m • Drama' (a show's
'TV-MA • 3 Seasons', no runtime of its own); the synopsis; 'Starring' names; a 'More Info'
accordion (<details>) or a 'Details' tab whose groups are labelled only by aria-label:
'Director', 'Writers', 'Executive Producer' and 'Composer' (traps), 'Genres', 'Rating'; a show's
season picker and episodes with their own lengths and air dates ('S2 E4 • 52m'); plans 'Premium
$7.99/mo' (traps); 'Trending Now' rails. The app state (a JSON script) repeats the visible facts
with a view count and a trending rank that are not votes, beside the recommendations with their
own values. No tagline, audience text, full date, votes, countries, studios, money, IMDb link,
trailer or streaming block."""

from __future__ import annotations

import json
import random
from dataclasses import replace

from tests.heldout_sites2.kit import esc, hours
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites16.common import (
    Chrome,
    Classes,
    episodes_block,
    look,
    no_characters,
    others_people,
    page,
    rail,
    tabs,
)

NAME = "peacock"
SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
CHROME = Chrome("en-US", "Peacock", ("Home", "TV", "Movies", "Sports", "News", "Channels", "Kids"),
                ("We use cookies and similar technologies to improve your experience.", "Accept", "Manage Preferences"),
                ("Privacy Policy", "Your Privacy Choices", "Terms of Use", "Ad Choices", "Help"), "© 2026 Peacock TV LLC", "__PEACOCK__")


def fit(t: Title) -> Title:
    t = replace(t, tagline=None, audience=None, released=None, votes=None, countries=(),
                studios=(), studios_shown=0, budget=None, box_office=None, imdb=None,
                trailer=None, streaming=None, runtime=None if t.kind == "show" else t.runtime)
    return no_characters(t)


def length(n: int) -> str:
    return hours(n, "h", "m")


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("pk", rng)
    info = _info(t, c, rng)
    episodes = _episodes(t, ctx, c)
    if episodes and rng.random() < 0.6:
        body = tabs(c, [("Episodes", episodes), ("Details", info)], "Title sections")
    else:
        body = episodes + info
    main = _head(t, c, rng) + body + _plans(c, rng) + rail(ctx, c, "Trending Now", _line)
    return page(t, ctx, c, CHROME, "", main + _state(t, rng))


def _line(o: Title) -> str:
    return " • ".join(x for x in (str(o.year), o.rating or "", length(o.runtime or 97)) if x)


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    inner = f'<img src="/images/{t.slug}/title-art.png" alt="{esc(t.title)}">' if rng.random() < 0.35 else esc(t.title)
    meta = [str(t.year or ""), t.rating or "",
            f"{t.seasons} {'Season' if t.seasons == 1 else 'Seasons'}" if t.seasons else "",
            length(t.runtime) if t.runtime else "", t.genres[0] if t.genres else ""]
    out = f'<section class="{c("hero")}"><h1 class="{c("title")}">{inner}</h1><div class="{c("meta")}">{" • ".join(esc(x) for x in meta if x)}</div>'
    if t.synopsis:
        out += f'<p class="{c("synopsis")}">{esc(t.synopsis)}</p>'
    if t.cast:
        out += f'<p class="{c("starring")}">Starring: {esc(", ".join(p.actor for p in t.cast[:4]))}</p>'
    cta = "Watch Now" if t.kind == "movie" else "Watch S1 E1"
    return out + f'<a class="{c("cta")}" href="/watch/{t.slug}">{cta}</a></section>'


def _info(t: Title, c: Classes, rng: random.Random) -> str:
    producer, composer = others_people(t, rng, 2)
    rows = [("Starring", ", ".join(p.actor for p in t.cast)), ("Director", ", ".join(t.directors)),
            ("Writers", ", ".join(t.writers)), ("Executive Producer", producer), ("Composer", composer),
            ("Genres", ", ".join(t.genres)), ("Rating", t.rating or "")]
    body = "".join(f'<div class="{c("group")}" role="group" aria-label="{k}"><span>{esc(v)}</span></div>' for k, v in rows if v)
    if rng.random() < 0.5:
        return f'<details class="{c("more")}"><summary>More Info</summary>{body}</details>'
    return f'<section class="{c("more")}"><h2>More Info</h2>{body}</section>'


def _episodes(t: Title, ctx: Context, c: Classes) -> str:
    if not ctx.episodes:
        return ""
    options = "".join(f"<option>Season {n}</option>" for n in range(1, (t.seasons or 1) + 1))
    return f'<select class="{c("picker")}" aria-label="Season">{options}</select>' + episodes_block(ctx, c, "Episodes", _episode)


def _episode(e: Episode) -> str:
    return f"<p>S{e.season} E{e.number} • {length(e.minutes)} • {SHORT[e.aired.month - 1]} {e.aired.day}, {e.aired.year}</p><p>Directed by {esc(e.director)}</p>"


def _plans(c: Classes, rng: random.Random) -> str:
    premium, plus = rng.choice((("$7.99", "$13.99"), ("$10.99", "$16.99")))
    return f'<aside class="{c("plans")}"><h2>Choose a plan</h2><ul><li>Premium {premium}/mo</li><li>Premium Plus {plus}/mo</li></ul></aside>'


def _state(t: Title, rng: random.Random) -> str:
    """The app's own state for the title: its visible facts again, and counts that are not votes."""
    data = {"entity": {
        "id": f"pk-{t.slug}", "type": "SERIES" if t.kind == "show" else "MOVIE", "title": t.title,
        "year": t.year, "durationMinutes": t.runtime, "certification": t.rating,
        "genres": list(t.genres), "seasonCount": t.seasons, "synopsisLong": t.synopsis,
        "cast": [p.actor for p in t.cast], "directors": list(t.directors),
        "writers": list(t.writers), "viewCount": rng.randint(1000, 9000000),
        "trendingRank": rng.randint(1, 50)}}
    return f'<script id="__APP_STATE__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>'
