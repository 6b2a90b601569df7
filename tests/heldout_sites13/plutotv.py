# ruff: noqa: E501  (HTML templates read best on one line)
"""Plutotv: a Pluto TV on-demand movie or series page (English). The <h1> (a logo image with
the title as alt on some pages); the unlabelled meta line 'Drama, Thriller • 1995 • 1 hr 51 min'
with a rating chip; a series' 'N Seasons' and season picker with 'S3 E2' episodes and their
own lengths and directors; 'Starring' and 'Director' lines (names only); 'Watch Free' and the
live channels' 'On Now' schedule (other titles, times); 'You May Also Like' rails; a JSON-LD
Movie on some pages. No tagline, audience text, full date, votes, countries, studios, money,
IMDb link, trailer, streaming block or writers."""

from __future__ import annotations

import random
from dataclasses import replace

from tests.heldout_sites2.kit import esc
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites13.common import (
    Chrome,
    Classes,
    episodes_block,
    look,
    no_characters,
    page,
    rail,
    schema,
)

NAME = "plutotv"
CHANNELS = ("Pluto TV Action", "Pluto TV Drama", "Crime 360", "Classic Movies Channel", "Pluto TV Westerns")
CHROME = Chrome("en-US", "Pluto TV", ("Live TV", "On Demand", "Movies", "TV Shows", "Search"),
                ("We use cookies to personalize content and ads.", "Accept", "Cookie Settings"),
                ("About", "Careers", "Support", "Privacy Policy", "Terms of Use", "Ad Choices"), "© 2026 Pluto Inc.", "__PLUTO__")


def fit(t: Title) -> Title:
    t = replace(t, tagline=None, audience=None, released=None, votes=None, countries=(),
                studios=(), studios_shown=0, budget=None, box_office=None, imdb=None,
                trailer=None, streaming=None, writers=())
    return no_characters(t)


def length(n: int) -> str:
    big, small = divmod(n, 60)
    return " ".join(([f"{big} hr"] if big else []) + ([f"{small} min"] if small or not big else []))


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("pl", rng)
    ld = schema(t, ("director", "actor", "genre", "contentRating", "numberOfSeasons")) if rng.random() < 0.5 else ""
    blocks = [_people(t, c, rng), _seasons(t, ctx, c), _on_now(ctx, c, rng)]
    if rng.random() < 0.5:
        blocks[0], blocks[1] = blocks[1], blocks[0]
    main = _head(t, c, rng) + "".join(blocks) + rail(ctx, c, "You May Also Like", _line)
    return page(t, ctx, c, CHROME, ld, main)


def _line(o: Title) -> str:
    return f"{o.year} • {length(o.runtime or 97)} • {o.rating or ''}"


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    inner = f'<img src="/art/{t.slug}-logo.png" alt="{esc(t.title)}">' if rng.random() < 0.35 else esc(t.title)
    parts = ([", ".join(t.genres)] if t.genres else []) + ([str(t.year)] if t.year else [])
    parts += [f"{t.seasons} Season" + ("s" if t.seasons > 1 else "")] if t.seasons else []
    parts += [length(t.runtime)] if t.runtime else []
    chip = f'<span class="{c("rating")}">{esc(t.rating)}</span>' if t.rating else ""
    plot = f'<p class="{c("desc")}">{esc(t.synopsis)}</p>' if t.synopsis else ""
    return f'<section class="{c("hero")}"><h1 class="{c("title")}">{inner}</h1><div class="{c("meta")}">{chip}<span>{esc(" • ".join(parts))}</span></div>{plot}<a class="{c("cta")}" href="{t.path}/watch">Watch Free</a></section>'


def _people(t: Title, c: Classes, rng: random.Random) -> str:
    rows = [("Starring", ", ".join(p.actor for p in t.cast)), ("Director" if len(t.directors) < 2 else "Directors", ", ".join(t.directors))]
    if rng.random() < 0.5:
        rows.reverse()
    body = "".join(f'<p class="{c("credit")}"><span>{k}</span> {esc(v)}</p>' for k, v in rows if v)
    return f'<section class="{c("people")}">{body}</section>' if body else ""


def _seasons(t: Title, ctx: Context, c: Classes) -> str:
    if not ctx.episodes:
        return ""
    options = "".join(f"<option>Season {n}</option>" for n in range(1, (t.seasons or 1) + 1))
    return f'<label>Select season <select class="{c("picker")}">{options}</select></label>' + episodes_block(ctx, c, "Episodes", _episode)


def _episode(e: Episode) -> str:
    return f"<p>S{e.season} E{e.number} • {length(e.minutes)}</p><p>Directed by {esc(e.director)}</p>"


def _on_now(ctx: Context, c: Classes, rng: random.Random) -> str:
    items = "".join(f'<li><b>{esc(ch)}</b> <span>{rng.randint(1, 12)}:{rng.choice(("00", "30"))} PM</span> <span>{esc(o.title)}</span></li>' for ch, o in zip(rng.sample(CHANNELS, 3), ctx.others[:3], strict=True))
    return f'<aside class="{c("live")}"><h2>On Now</h2><ul>{items}</ul></aside>'
