# ruff: noqa: E501  (HTML templates read best on one line)
"""Shudder: a film or series page of Shudder, the horror streaming service (English). The <h1>
(a title-treatment image with the title as alt on some pages); the meta line '1995 | R | 1h 51m';
the synopsis; 'Starring' names; the facts inside a custom element's declarative shadow root
(<template shadowrootmode="open">), as 'Label — value' lines, or in accordions: 'Director',
'Writer', 'Composer', 'Special Makeup Effects' and 'Producer' (traps), 'Genres', 'Country',
'Rating', 'Runtime: 1h 51m' (a series' 'per episode'), 'Original release: October 27, 1995'
beside a later 'Premiered on Shudder' (a trap), 'Production', 'Seasons'; a 'Scream Meter 87%'
(not votes); a series' episodes with their own lengths and directors; the trailer; plans
'$6.99/month' and '$71.88/year' (traps); 'If You Liked This'; a JSON-LD Movie on some pages.
No tagline, audience text, votes, money, IMDb link or streaming block."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from tests.heldout_sites2.kit import MONTHS, esc, hours, youtube_embed
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites17.common import (
    Chrome,
    Classes,
    episodes_block,
    facts17,
    look,
    no_characters,
    others_people,
    page,
    pick,
    rail,
    schema,
)

NAME = "shudder"
CHROME = Chrome("en-US", "Shudder", ("Home", "Movies", "Series", "Collections", "Live TV", "Search"),
                ("We use cookies to make Shudder work and to understand how you use it.", "Accept All", "Manage"),
                ("Help Center", "Terms of Use", "Privacy Policy", "Careers", "Gift Shudder"), "© 2026 AMC Networks Inc.", "__SHUDDER__")


def fit(t: Title) -> Title:
    t = replace(t, tagline=None, audience=None, votes=None, budget=None, box_office=None,
                imdb=None, streaming=None, studios_shown=len(t.studios))
    return no_characters(t)


def length(n: int) -> str:
    return hours(n, "h", "m")


def long_date(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("sh", rng)
    ld = schema(t, ("director", "actor", "genre", "contentRating", "datePublished")) if rng.random() < 0.4 else ""
    blocks = [_facts(t, c, rng), _trailer(t, c), episodes_block(ctx, c, "Episodes", _episode), _plans(c, rng)]
    if rng.random() < 0.5:
        blocks.insert(0, blocks.pop(2))
    main = _head(t, c, rng) + "".join(blocks) + rail(ctx, c, "If You Liked This", _line)
    return page(t, ctx, c, CHROME, ld, main)


def _line(o: Title) -> str:
    return " | ".join(x for x in (str(o.year), o.rating or "", length(o.runtime or 97)) if x)


def _episode(e: Episode) -> str:
    return f"<p>S{e.season}:E{e.number} | {length(e.minutes)} | {long_date(e.aired)}</p><p>Directed by {esc(e.director)}</p>"


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    inner = f'<img src="/art/{t.slug}/treatment.png" alt="{esc(t.title)}">' if rng.random() < 0.3 else esc(t.title)
    meta = [str(t.year or ""), t.rating or "", length(t.runtime) if t.runtime else "",
            f"{t.seasons} Season{'s' if t.seasons != 1 else ''}" if t.seasons else ""]
    out = f'<section class="{c("hero")}"><h1 class="{c("title")}">{inner}</h1><p class="{c("meta")}">{" | ".join(esc(x) for x in meta if x)}</p>'
    out += f'<p class="{c("meter")}">Scream Meter {rng.randint(40, 99)}%</p>'
    if t.synopsis:
        out += f'<p class="{c("synopsis")}">{esc(t.synopsis)}</p>'
    if t.cast:
        out += f'<p class="{c("starring")}">Starring: {esc(", ".join(p.actor for p in t.cast))}</p>'
    return out + f'<a class="{c("cta")}" href="/play/{t.slug}">Watch Now</a></section>'


def _facts(t: Title, c: Classes, rng: random.Random) -> str:
    composer, makeup, producer = others_people(t, rng, 3)
    runtime = length(t.runtime) + (" per episode" if t.kind == "show" else "") if t.runtime else ""
    rows = [("Director", esc(", ".join(t.directors))), ("Writer", esc(", ".join(t.writers))),
            ("Composer", esc(composer)), ("Special Makeup Effects", esc(makeup)),
            ("Producer", esc(producer)), ("Genres", esc(", ".join(t.genres))),
            ("Country", esc(", ".join(t.countries))), ("Rating", esc(t.rating or "")),
            ("Runtime", runtime), ("Seasons", str(t.seasons or ""))]
    if t.released:
        rows.append(("Original release", long_date(t.released)))
        if rng.random() < 0.6:
            rows.append(("Premiered on Shudder", long_date(t.released + timedelta(days=rng.randint(30, 1500)))))
    rows.append(("Production", esc(", ".join(t.studios))))
    style = pick(rng, ("shadow", "shadow", "dash", "accordion"))
    return f'<section class="{c("details")}"><h2>Details</h2>{facts17(c, style, rows, tag="shudder-title-details")}</section>'


def _trailer(t: Title, c: Classes) -> str:
    return f'<section class="{c("trailer")}"><h2>Trailer</h2>{youtube_embed(t.trailer)}</section>' if t.trailer else ""


def _plans(c: Classes, rng: random.Random) -> str:
    if rng.random() < 0.3:
        return ""
    month, year = rng.choice((("$6.99", "$71.88"), ("$8.99", "$89.99")))
    return f'<aside class="{c("plans")}"><h2>Start your free trial</h2><ul><li>Monthly {month}/month</li><li>Annual {year}/year</li></ul></aside>'
