# ruff: noqa: E501  (HTML templates read best on one line)
"""Hulu: a Hulu movie or series details page (English). The <h1> (a logo image with the title as
alt on some pages); the unlabelled meta line 'R • Drama, Romance • 1995 • 1 hr 51 min' (a
series' 'TV-14 • Drama • 1995 • 3 Seasons', no runtime of its own); the synopsis; 'Details'
whose labels are attributes only (groups with aria-label 'Director', 'Starring'...) or visible
headings: 'Starring' (names), 'Director', 'Writers', 'Executive Producer' and 'Music By' (traps),
'Genres', 'Rating', 'Year'; a series' season tabs and episodes ('S3 E2', their own lengths
'45 min', air dates and ratings); plans 'Hulu (With Ads) $9.99/mo' (traps); 'You May Also Like'
rails; a JSON-LD Movie or TVSeries on some pages (the only place a full release date is
given). No tagline, audience text, votes, countries, studios, money, IMDb link, trailer or
streaming block."""

from __future__ import annotations

import random
from dataclasses import replace

from tests.heldout_sites2.kit import esc, hours
from tests.heldout_sites2.records import Title
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
    schema,
)

NAME = "hulu"
SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
CHROME = Chrome("en-US", "Hulu", ("Home", "TV", "Movies", "Sports", "News", "Hubs"),
                ("We use cookies and similar technologies.", "Accept All", "Cookie Settings"),
                ("About Ads", "Subscriber Agreement", "Privacy Policy", "Your US State Privacy Rights", "Help Center"), "© 2026 Hulu, LLC", "__HULU__")


def has_schema(t: Title) -> bool:
    return fit_rng(NAME, t, "ld").random() < 0.5


def fit(t: Title) -> Title:
    t = replace(t, tagline=None, audience=None, votes=None, countries=(), studios=(),
                studios_shown=0, budget=None, box_office=None, imdb=None, trailer=None,
                streaming=None, runtime=None if t.kind == "show" else t.runtime)
    if not has_schema(t):
        t = replace(t, released=None)
    return no_characters(t)


def length(n: int) -> str:
    return hours(n, " hr", " min")


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("hu", rng)
    ld = schema(t, ("datePublished", "director", "author", "actor", "genre", "contentRating", "numberOfSeasons", "description")) if has_schema(t) else ""
    blocks = [_details(t, c, rng), _seasons(t, ctx, c), _plans(c, rng)]
    if rng.random() < 0.5:
        blocks[0], blocks[1] = blocks[1], blocks[0]
    main = _head(t, c, rng) + "".join(blocks) + rail(ctx, c, "You May Also Like", _line)
    return page(t, ctx, c, CHROME, ld, main)


def _line(o: Title) -> str:
    return " • ".join(x for x in (o.rating or "", str(o.year), length(o.runtime) if o.runtime else "") if x)


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    inner = f'<img src="/art/{t.slug}-logo.png" alt="{esc(t.title)}">' if rng.random() < 0.35 else esc(t.title)
    meta = [t.rating or "", ", ".join(t.genres), str(t.year or ""),
            f"{t.seasons} {'Season' if t.seasons == 1 else 'Seasons'}" if t.seasons else "",
            length(t.runtime) if t.runtime else ""]
    plot = f'<p class="{c("desc")}">{esc(t.synopsis)}</p>' if t.synopsis else ""
    cta = "Watch Movie" if t.kind == "movie" else "Start Watching"
    return f'<section class="{c("masthead")}"><h1 class="{c("title")}">{inner}</h1><div class="{c("meta")}">{" • ".join(esc(x) for x in meta if x)}</div>{plot}<a class="{c("cta")}" href="/watch/{t.slug}">{cta}</a></section>'


def _details(t: Title, c: Classes, rng: random.Random) -> str:
    producer, music = others_people(t, rng, 2)
    rows = [("Starring", ", ".join(p.actor for p in t.cast)), ("Director", ", ".join(t.directors)),
            ("Writers", ", ".join(t.writers)), ("Executive Producer", producer), ("Music By", music),
            ("Genres", ", ".join(t.genres)), ("Rating", t.rating or ""), ("Year", str(t.year or ""))]
    if rng.random() < 0.6:
        body = "".join(f'<div class="{c("item")}" role="group" aria-label="{k}"><span>{esc(v)}</span></div>' for k, v in rows if v)
    else:
        body = "".join(f'<div class="{c("item")}"><h4>{k}</h4><p>{esc(v)}</p></div>' for k, v in rows if v)
    return f'<section class="{c("details")}"><h2>Details</h2>{body}</section>'


def _seasons(t: Title, ctx: Context, c: Classes) -> str:
    if not ctx.episodes:
        return ""
    tabs = "".join(f'<button role="tab">Season {n}</button>' for n in range(1, (t.seasons or 1) + 1))
    return f'<div class="{c("tabs")}" role="tablist">{tabs}</div>' + episodes_block(ctx, c, "Episodes", lambda e: _episode(e, t))


def _episode(e: Episode, t: Title) -> str:
    rating = f" • {esc(t.rating)}" if t.rating else ""
    return f"<p>S{e.season} E{e.number} • {e.minutes} min • Aired {SHORT[e.aired.month - 1]} {e.aired.day}, {e.aired.year}{rating}</p>"


def _plans(c: Classes, rng: random.Random) -> str:
    ads, no_ads = rng.choice((("$7.99", "$17.99"), ("$9.99", "$18.99")))
    return f'<aside class="{c("plans")}"><h2>Choose your plan</h2><ul><li>Hulu (With Ads) {ads}/mo</li><li>Hulu (No Ads) {no_ads}/mo</li><li>Hulu + Live TV $82.99/mo</li></ul></aside>'
