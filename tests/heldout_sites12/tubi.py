# ruff: noqa: E501  (HTML templates read best on one line)
"""Tubi: a tubitv.com movie or series page (English, a free ad-supported service). The <h1>; an
unlabelled meta line '1995 · 1 hr 51 min · Drama, Romance' with the rating badge 'R' and 'CC' (a
series' '5 Seasons'); the description; 'Directors:' and 'Starring:' lines (names only; 'Director:'
for one); 'Free with ads' and a Tubi 'Top 10' rank as traps; a series' season picker with
'S5:E3 - Name' episodes, each with its own length and description; 'You May Also Like' with
other titles' years, lengths and ratings; a JSON-LD Movie or TVSeries on most pages (with its
director, actors, contentRating). A series' own length is not given (its episodes' are). No
tagline, audience text, release date, votes, writers, countries, studios, money, IMDb link,
trailer or streaming block (the page is the service)."""

from __future__ import annotations

import random
from dataclasses import replace

from tests.heldout_sites2.kit import app_state, css, esc
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context
from tests.heldout_sites12.common import (
    Classes,
    cookie_banner,
    footer,
    look,
    nav,
    no_characters,
    rail,
    schema,
)

NAME = "tubi"


def fit(t: Title) -> Title:
    t = replace(t, tagline=None, audience=None, released=None, votes=None, countries=(),
                studios=(), studios_shown=0, budget=None, box_office=None, imdb=None,
                trailer=None, streaming=None, writers=())
    t = replace(t, runtime=None) if t.kind == "show" else t
    return no_characters(t)


def length(n: int) -> str:
    """'1 hr 51 min', '2 hr', '45 min'."""
    big, small = divmod(n, 60)
    return " ".join(([f"{big} hr"] if big else []) + ([f"{small} min"] if small or not big else []))


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("tb", rng)
    ld = schema(t, ("description", "genre", "contentRating", "director", "actor", "numberOfSeasons")) if rng.random() < 0.7 else ""
    blocks = [_episodes(t, ctx, c), rail(ctx, c, "You May Also Like", _line)]
    return (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>Watch {esc(t.title)} ({t.year or ""}) - Free {"TV Shows" if t.kind == "show" else "Movies"} | Tubi</title>'
            f'<link rel="canonical" href="{t.url}">{css("tb", t.slug, 110)}{ld}</head><body>'
            f'{cookie_banner(c("consent"), "We use cookies and similar technologies to personalize content and ads.", "Accept", "Manage preferences")}'
            f'{nav(c, "Tubi", ("Browse", "Movies", "TV Shows", "Live TV", "Español", "Kids"), "<a href=/login>Sign In</a>")}<main class="{c("main")}">{_hero(t, c, rng)}{"".join(blocks)}</main>'
            f'{footer(c, ("About Tubi", "Careers", "Privacy Policy", "Terms of Use", "Help Center", "Accessibility"), "© 2026 Tubi, Inc.")}{app_state("__data", ctx.others, {"device": "web"})}</body></html>')


def _line(o: Title) -> str:
    return f"{o.year} · {length(o.runtime or 97)} · {o.rating or ''}"


def _hero(t: Title, c: Classes, rng: random.Random) -> str:
    meta = [str(t.year)] if t.year else []
    if t.runtime and t.kind == "movie":
        meta.append(length(t.runtime))
    if t.seasons:
        meta.append(f"{t.seasons} Season{'s' if t.seasons > 1 else ''}")
    meta += [", ".join(map(esc, t.genres))] if t.genres else []
    badges = (f'<span class="{c("badge")}" aria-label="Rated {t.rating}">{t.rating}</span>' if t.rating else "") + f'<span class="{c("badge")}">CC</span>'
    out = f'<section class="{c("hero")}">'
    if rng.random() < 0.3:
        out += f'<span class="{c("top10")}">#{rng.randint(1, 10)} in Top 10 Today</span>'
    out += f'<h1 class="{c("title")}">{esc(t.title)}</h1><div class="{c("meta")}">{" · ".join(meta)}</div><div>{badges}</div>'
    if t.synopsis:
        out += f'<p class="{c("desc")}">{esc(t.synopsis)}</p>'
    for label, names in (("Director", t.directors), ("Starring", tuple(p.actor for p in t.cast))):
        if names:
            head = label + ("s" if label == "Director" and len(names) > 1 else "")
            out += f'<div class="{c("credit")}"><span>{head}:</span> {", ".join(map(esc, names))}</div>'
    return out + f'<button class="{c("play")}">Play</button><span class="{c("free")}">Free with ads</span></section>'


def _episodes(t: Title, ctx: Context, c: Classes) -> str:
    if not ctx.episodes:
        return ""
    options = "".join(f"<option>Season {n}</option>" for n in range(1, (t.seasons or 1) + 1))
    items = "".join(f'<li class="{c("episode")}"><h3>S{e.season}:E{e.number} - {esc(e.name)}</h3><span>{length(e.minutes)}</span><p>Directed by {esc(e.director)}.</p></li>' for e in ctx.episodes)
    return f'<section class="{c("episodes")}"><select aria-label="Select season">{options}</select><ul>{items}</ul></section>'
