# ruff: noqa: E501  (HTML templates read best on one line)
"""Reelgood: a Reelgood movie or show page (English), a React app whose server-rendered layer is
thin: the <h1>; an unlabelled meta line '1995 · R · 1h 51m' (a show's '3 Seasons' in it);
genre chips; the scores 'Reelgood 78/100' and the IMDb score linked to IMDb; 'Where to Watch'
with 'Available on 3 services' (or 'Not available on any of the 7 services we track', or 'Not
available to stream yet'), 'Last updated: Mar 3, 2026', and 'Rent $3.99' / 'Buy $14.99' offers
(traps); the synopsis; the trailer; 'Cast & Crew' as one list of cards (the character, or the
job: 'Director', 'Screenplay', 'Writer', and 'Producer', 'Original Music Composer', 'Director of
Photography' traps) or as separate 'Cast' and 'Crew' lists; a show's season picker and episodes
with their own dates and lengths; 'Tracked by 12.4K users' (a trap); 'Popular Movies on Reelgood'
rails. The app's state (a __NEXT_DATA__ JSON) repeats the title's visible facts with counts that
are not votes, beside the recommendations with their own values. No tagline, audience text,
full date, votes, countries, studios or money."""

from __future__ import annotations

import json
import random
from dataclasses import replace

from tests.heldout_sites2.kit import compact_votes, esc, hours, imdb_link, youtube_embed
from tests.heldout_sites2.records import Streaming, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites15.common import (
    Chrome,
    Classes,
    episodes_block,
    fit_rng,
    look,
    no_characters,
    others_people,
    page,
    rail,
)

NAME = "reelgood"
SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
STORES = ("Apple TV", "Amazon", "Google Play", "Fandango at Home", "Vudu")
CHROME = Chrome("en-US", "Reelgood", ("Home", "Movies", "TV Shows", "Trending", "Sports", "Watchlist"),
                ("We use cookies to personalize your experience.", "Accept", "Manage"),
                ("About", "Careers", "Press", "Terms of Use", "Privacy Policy", "Help"), "© 2026 Reelgood Inc.", "__REELGOOD__")


def fit(t: Title) -> Title:
    t = replace(t, tagline=None, audience=None, released=None, votes=None, countries=(),
                studios=(), studios_shown=0, budget=None, box_office=None)
    return t if fit_rng(NAME, t, "roles").random() < 0.75 else no_characters(t)


def length(n: int) -> str:
    return hours(n, "h", "m")


def updated(s: Streaming) -> str:
    d = s.verified_on
    return f"Last updated: {SHORT[d.month - 1]} {d.day}, {d.year}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("rg", rng)
    blocks = [_where(t, c, rng), _synopsis(t, c), _trailer(t, c), _people(t, c, rng),
              _seasons(t, ctx, c)]
    if rng.random() < 0.5:
        blocks[0], blocks[1] = blocks[1], blocks[0]
    main = _head(t, c, rng) + "".join(blocks) + rail(ctx, c, f"Popular {'Shows' if t.kind == 'show' else 'Movies'} on Reelgood", _line)
    return page(t, ctx, c, CHROME, "", main + _state(t, rng))


def _line(o: Title) -> str:
    return f"{o.year} · {o.rating or ''} · {length(o.runtime or 97)}"


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    meta = [str(t.year or ""), t.rating or "",
            f"{t.seasons} {'Season' if t.seasons == 1 else 'Seasons'}" if t.seasons else "",
            length(t.runtime) if t.runtime else ""]
    chips = "".join(f'<a class="{c("chip")}" href="/movies/genre/{i}">{esc(g)}</a>' for i, g in enumerate(t.genres))
    scores = f'<span class="{c("rgscore")}">Reelgood <b>{50 + len(t.slug) % 50}</b>/100</span>'
    if t.imdb:
        scores += f' <span class="{c("imdb")}">{imdb_link(t.imdb, f"IMDb {5 + len(t.slug) % 4}.{len(t.title) % 10}")}</span>'
    tracked = f'<p class="{c("tracked")}">Tracked by {compact_votes(rng.randint(200, 900000))} users</p>'
    return f'<section class="{c("hero")}"><h1 class="{c("title")}">{esc(t.title)}</h1><div class="{c("meta")}">{" · ".join(esc(x) for x in meta if x)}</div><div class="{c("chips")}">{chips}</div><div class="{c("scores")}">{scores}</div>{tracked}</section>'


def _where(t: Title, c: Classes, rng: random.Random) -> str:
    s = t.streaming
    if s is None:
        return ""
    offers = "".join(f'<li><span>{kind}</span> <b>{esc(store)}</b> <span>{price}</span></li>' for kind, store, price in (("Rent", rng.choice(STORES), rng.choice(("$3.99", "$5.99"))), ("Buy", rng.choice(STORES), rng.choice(("$9.99", "$14.99", "$19.99")))) if rng.random() < 0.7)
    if not s.counted:
        return f'<section class="{c("where")}"><h2>Where to Watch</h2><p>Not available to stream yet</p><ul>{offers}</ul></section>'
    n = len(s.platforms)
    say = f"Available on {n} {'service' if n == 1 else 'services'}" if s.available else f"Not available on any of the {n} services we track"
    items = "".join(f'<li class="{c("provider")}"><img src="/logos/{i}.svg" alt="{esc(p)}"><span>{esc(p)}</span></li>' for i, p in enumerate(s.platforms))
    return f'<section class="{c("where")}"><h2>Where to Watch</h2><p>{say}</p><ul>{items}</ul><ul>{offers}</ul><small>{updated(s)}</small></section>'


def _synopsis(t: Title, c: Classes) -> str:
    return f'<section class="{c("synopsis")}"><h2>Synopsis</h2><p>{esc(t.synopsis)}</p></section>' if t.synopsis else ""


def _trailer(t: Title, c: Classes) -> str:
    return f'<section class="{c("trailer")}"><h2>Trailer</h2>{youtube_embed(t.trailer)}</section>' if t.trailer else ""


def _people(t: Title, c: Classes, rng: random.Random) -> str:
    producer, composer, dop = others_people(t, rng, 3)
    writing = "Screenplay" if rng.random() < 0.5 else "Writer"
    crew = [(d, "Director") for d in t.directors] + [(w, writing) for w in t.writers]
    crew += [(producer, "Producer"), (composer, "Original Music Composer"), (dop, "Director of Photography")]
    cast = [(p.actor, p.character or "") for p in t.cast]

    def cards(people: list[tuple[str, str]], base: int) -> str:
        return "".join(f'<li class="{c("person")}"><a href="/person/{base + i}">{esc(name)}</a><span>{esc(role)}</span></li>' for i, (name, role) in enumerate(people))

    if rng.random() < 0.5:
        return f'<section class="{c("people")}"><h2>Cast &amp; Crew</h2><ul>{cards(cast, 0)}{cards(crew, 100)}</ul></section>'
    cast_list = f'<h2>Cast</h2><ul>{cards(cast, 0)}</ul>' if cast else ""
    return f'<section class="{c("people")}">{cast_list}<h2>Crew</h2><ul>{cards(crew, 100)}</ul></section>'


def _seasons(t: Title, ctx: Context, c: Classes) -> str:
    if not ctx.episodes:
        return ""
    options = "".join(f"<option>Season {n}</option>" for n in range(1, (t.seasons or 1) + 1))
    return f'<select class="{c("picker")}" aria-label="Season">{options}</select>' + episodes_block(ctx, c, "Episodes", _episode)


def _episode(e: Episode) -> str:
    return f"<p>S{e.season} E{e.number} · {SHORT[e.aired.month - 1]} {e.aired.day}, {e.aired.year} · {length(e.minutes)}</p>"


def _state(t: Title, rng: random.Random) -> str:
    """The app's own state for the title: its visible facts again, and counts that are not votes."""
    s = t.streaming
    data = {"props": {"pageProps": {"title": {
        "slug": t.slug, "kind": t.kind, "name": t.title, "year": t.year, "runtime": t.runtime,
        "classification": t.rating, "genres": list(t.genres), "season_count": t.seasons,
        "imdb_id": t.imdb, "overview": t.synopsis,
        "availability": [{"source": p} for p in s.platforms] if s and s.available else [],
        "tracking_count": rng.randint(200, 900000), "popularity_rank": rng.randint(1, 5000)}}}}
    return f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>'
