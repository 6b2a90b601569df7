# ruff: noqa: E501  (HTML templates read best on one line)
"""Justwatch: a JustWatch (US) movie or show page (English). The <h1> with the year in a span
beside it ('(1995)'); the offers block first: 'Stream', 'Rent' and 'Buy' rows with providers
and prices ('$3.99', traps), 'Streaming on 3 services' (or 'Not streaming on any of the 7
services we track', or 'Not available to stream yet') and 'Last checked: Mar 3, 2026'; the
streaming charts rank ('#123', 'up 34 spots', traps); a details list 'Rating' (JustWatch's
'87% (4.1K)' count and the IMDb score linked to IMDb), 'Genres', 'Runtime 1h 51min', 'Age
rating', 'Production country', 'Director'; a show's seasons list ('Season 3 · 10 Episodes',
traps); the synopsis; 'Cast' cards with the role under the actor (names only on some pages);
the trailer on some pages; 'Similar titles' rails; a JSON-LD Movie on some pages. No tagline,
audience text, full date, studios, money or writers."""

from __future__ import annotations

import random
from dataclasses import replace

from tests.heldout_sites2.kit import (
    compact_votes,
    esc,
    hours,
    imdb_link,
    round_votes,
    youtube_embed,
)
from tests.heldout_sites2.records import Streaming, Title
from tests.heldout_sites2.site import Context
from tests.heldout_sites14.common import (
    Chrome,
    Classes,
    cast_block,
    fit_rng,
    look,
    no_characters,
    page,
    rail,
    schema,
)

NAME = "justwatch"
SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
STORES = ("Apple TV Store", "Amazon Video", "Google Play Movies", "Fandango At Home", "Microsoft Store")
CHROME = Chrome("en-US", "JustWatch", ("Home", "New", "Popular", "Lists", "Sports", "Guide"),
                ("We use cookies and similar technologies to personalize content.", "Accept", "Settings"),
                ("About us", "Press", "Jobs", "Imprint", "Privacy Policy", "Do Not Sell My Info"), "© 2026 JustWatch GmbH", "__JW__")


def fit(t: Title) -> Title:
    t = replace(t, tagline=None, audience=None, released=None, votes=round_votes(t.votes),
                studios=(), studios_shown=0, budget=None, box_office=None, writers=())
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def length(n: int) -> str:
    return hours(n, "h", "min")


def checked(s: Streaming) -> str:
    d = s.verified_on
    return f"Last checked: {SHORT[d.month - 1]} {d.day}, {d.year}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("jw", rng)
    ld = schema(t, ("director", "actor", "genre", "aggregateRating", "numberOfSeasons", "description")) if rng.random() < 0.5 else ""
    blocks = [_offers(t, c, rng), _details(t, c, rng), _seasons(t, c, rng), _synopsis(t, c),
              cast_block(t, c, "Cast", "/us/person/"), _trailer(t, c)]
    if rng.random() < 0.5:
        blocks[1], blocks[3] = blocks[3], blocks[1]
    main = _head(t, c) + "".join(blocks) + rail(ctx, c, "Similar titles", _line)
    return page(t, ctx, c, CHROME, ld, main)


def _line(o: Title) -> str:
    return f"({o.year}) {length(o.runtime or 97)} · {o.rating or ''}"


def _head(t: Title, c: Classes) -> str:
    year = f' <span class="{c("year")}">({t.year})</span>' if t.year else ""
    return f'<section class="{c("hero")}"><div class="{c("titleblock")}"><h1 class="{c("title")}">{esc(t.title)}</h1>{year}</div></section>'


def _offers(t: Title, c: Classes, rng: random.Random) -> str:
    s = t.streaming
    if s is None:  # no where-to-watch block at all (rent and buy offers only come with one)
        return ""
    rows = []
    if s and s.available:
        rows.append(f'<div class="{c("offer")}"><h3>Stream</h3><ul>{"".join(f"<li>{esc(p)}</li>" for p in s.platforms)}</ul></div>')
    for kind, prices in (("Rent", ("$3.99", "$4.99", "$5.99")), ("Buy", ("$9.99", "$14.99", "$19.99"))):
        if rng.random() < 0.6:
            items = "".join(f"<li>{esc(store)} <span>{rng.choice(prices)}</span></li>" for store in rng.sample(STORES, 2))
            rows.append(f'<div class="{c("offer")}"><h3>{kind}</h3><ul>{items}</ul></div>')
    if not s.counted:
        say = "<p>Not available to stream yet.</p>"
    else:
        n = len(s.platforms)
        names = "" if s.available else f'<p>Services we track: {esc(", ".join(s.platforms))}</p>'
        say = (f"<p>Streaming on {n} {'service' if n == 1 else 'services'}</p>" if s.available else f"<p>Not streaming on any of the {n} services we track</p>") + names + f"<small>{checked(s)}</small>"
    return f'<section class="{c("offers")}"><h2>Where to watch {esc(t.title)}</h2>{say}{"".join(rows)}</section>'


def _details(t: Title, c: Classes, rng: random.Random) -> str:
    rank = f'<div class="{c("charts")}"><span>Streaming charts</span> <b>#{rng.randint(2, 2500)}</b> <span>up {rng.randint(2, 90)} spots</span></div>'
    score = f"{60 + len(t.slug) % 39}%"
    rating = []
    if t.votes:
        rating.append(f'<span class="{c("jwscore")}">JustWatch {score} ({compact_votes(t.votes)})</span>')
    if t.imdb:
        rating.append(imdb_link(t.imdb, f"IMDb {5 + len(t.slug) % 4}.{len(t.title) % 10}"))
    rows = [("Rating", " ".join(rating)), ("Genres", esc(", ".join(t.genres))),
            ("Runtime", length(t.runtime) if t.runtime else ""), ("Age rating", esc(t.rating or "")),
            ("Production country", esc(", ".join(t.countries))),
            ("Director" if len(t.directors) < 2 else "Directors", esc(", ".join(t.directors)))]
    body = "".join(f'<div class="{c("detail")}"><h3>{k}</h3><div>{v}</div></div>' for k, v in rows if v)
    return f'{rank}<section class="{c("details")}"><h2>Information</h2>{body}</section>'


def _seasons(t: Title, c: Classes, rng: random.Random) -> str:
    if not t.seasons:
        return ""
    items = "".join(f"<li>Season {n} <span>{rng.randint(6, 24)} Episodes</span></li>" for n in range(1, t.seasons + 1))
    return f'<section class="{c("seasons")}"><h2>{t.seasons} {"Season" if t.seasons == 1 else "Seasons"}</h2><ul>{items}</ul></section>'


def _synopsis(t: Title, c: Classes) -> str:
    return f'<section class="{c("synopsis")}"><h2>Synopsis</h2><p>{esc(t.synopsis)}</p></section>' if t.synopsis else ""


def _trailer(t: Title, c: Classes) -> str:
    return f'<section class="{c("videos")}"><h2>Trailers &amp; Videos</h2>{youtube_embed(t.trailer)}</section>' if t.trailer else ""
