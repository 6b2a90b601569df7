# ruff: noqa: E501  (HTML templates read best on one line)
"""Cineuropa: a Cineuropa film database page (English). The <h1>; a credits table 'Directed
by', 'Screenplay', 'Cast' ('Name (Role)' or names only), 'Director of photography' and
'Music' (traps), 'Production' (studios), 'Country', 'Year of production', 'Running time: 111
min' (a series' 'per episode'), 'Genre', 'Episodes'/'Seasons'; 'Release date' beside a
table of later national releases (traps); 'Budget: €3,600,000'; festival selections and
awards of other years; news and interviews about other films; the trailer on some pages;
'Other films' rails. No tagline, audience text, certificate, votes, box office, IMDb link,
streaming block or schema.org."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import timedelta

from tests.heldout_sites2.kit import day_month_year, esc, money_symbol, youtube_embed
from tests.heldout_sites2.records import COUNTRIES, Title
from tests.heldout_sites2.site import Context
from tests.heldout_sites13.common import (
    FACT_STYLES,
    Chrome,
    Classes,
    facts,
    fit_rng,
    look,
    no_characters,
    others_people,
    page,
    pick,
    rail,
)

NAME = "cineuropa"
FESTIVALS = ("Berlinale", "Cannes", "Venice", "San Sebastián", "Karlovy Vary", "Locarno", "Rotterdam")
CHROME = Chrome("en", "Cineuropa", ("News", "Reviews", "Interviews", "Films", "Festivals", "Industry"),
                ("Cineuropa uses cookies.", "Accept all", "Manage"),
                ("About us", "Partners", "Newsletter", "Contact", "Privacy"), "© 2026 Cineuropa - all rights reserved", "__CINEUROPA__")


def fit(t: Title) -> Title:
    t = replace(t, tagline=None, audience=None, rating=None, votes=None, box_office=None,
                imdb=None, streaming=None, studios_shown=len(t.studios))
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("ce", rng)
    blocks = [_credits(t, c, rng), _releases(t, c, rng), _festivals(t, c, rng), _news(ctx, c)]
    if rng.random() < 0.5:
        blocks[1], blocks[2] = blocks[2], blocks[1]
    main = _head(t, c) + "".join(blocks) + rail(ctx, c, "Other films", _line)
    return page(t, ctx, c, CHROME, "", main)


def _line(o: Title) -> str:
    return f"({o.year}) {o.runtime or 97} min"


def _head(t: Title, c: Classes) -> str:
    out = f'<section class="{c("film")}"><h1 class="{c("title")}">{esc(t.title)}</h1>'
    if t.trailer:
        out += f'<div class="{c("trailer")}">{youtube_embed(t.trailer)}</div>'
    if t.synopsis:
        out += f'<div class="{c("synopsis")}"><h2>Synopsis</h2><p>{esc(t.synopsis)}</p></div>'
    return out + "</section>"


def _cast(t: Title) -> str:
    return ", ".join(esc(f"{p.actor} ({p.character})" if p.character else p.actor) for p in t.cast)


def _credits(t: Title, c: Classes, rng: random.Random) -> str:
    extra = others_people(t, rng, 2)
    length = f"{t.runtime} min" + (" per episode" if t.kind == "show" else "") if t.runtime else ""
    rows = [("Directed by", esc(", ".join(t.directors))), ("Screenplay", esc(", ".join(t.writers))),
            ("Cast", _cast(t)), ("Director of photography", esc(extra[0])), ("Music", esc(extra[1])),
            ("Production", esc(", ".join(t.studios))), ("Country", esc(", ".join(t.countries))),
            ("Year of production", str(t.year or "")), ("Running time", length),
            ("Genre", esc(", ".join(t.genres))), ("Seasons", str(t.seasons or "")),
            ("Release date", day_month_year(t.released) if t.released else ""),
            ("Budget", esc(money_symbol(t.budget)) if t.budget else "")]
    return f'<section class="{c("credits")}"><h2>Film details</h2>{facts(c, pick(rng, FACT_STYLES), rows)}</section>'


def _releases(t: Title, c: Classes, rng: random.Random) -> str:
    if not t.released or rng.random() < 0.4:
        return ""
    rows = "".join(f"<tr><td>{country}</td><td>{day_month_year(t.released + timedelta(days=rng.randint(30, 400)))}</td></tr>" for country in rng.sample(COUNTRIES, 3))
    return f'<section class="{c("national")}"><h2>National releases</h2><table>{rows}</table></section>'


def _festivals(t: Title, c: Classes, rng: random.Random) -> str:
    year = (t.year or 2000) + rng.choice((1, 2))
    items = "".join(f"<li>{fest} {year + i} — {rng.choice(('Official Selection', 'Panorama', 'Best Director award', 'Audience Award'))}</li>" for i, fest in enumerate(rng.sample(FESTIVALS, 2)))
    return f'<section class="{c("festivals")}"><h2>Festivals &amp; awards</h2><ul>{items}</ul></section>'


def _news(ctx: Context, c: Classes) -> str:
    items = "".join(f'<article class="{c("news")}"><h3>Interview: {esc(r.author)}</h3><p>{esc(r.text)}</p></article>' for r in ctx.reviews)
    return f'<section class="{c("related")}"><h2>Related news</h2>{items}</section>' if items else ""
