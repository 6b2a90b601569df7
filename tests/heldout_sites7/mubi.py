# ruff: noqa: E501  (HTML templates read best on one line)
"""Mubi: a MUBI-like film page (English, the minimal art-house look). The <h1>, then one line
under it 'Directed by X · United States, France, 1995 · 111 min' (parts dropped where the title
lacks them; a series says 'Series · 3 seasons' instead of minutes); genres as plain words;
'Average rating 3.8/5 · 12,400 ratings'; a synopsis; 'Our take' and 'Notebook' editorial notes
naming other films, years and people; 'Now showing' / 'Leaving in 5 days' tags with a
country's availability; a 'Cast' line of names only and a 'Credits' list on some deploys with
'Screenplay' beside 'Cinematography' and 'Editing' traps; 'More from this director' rails; a
JSON-LD on some deploys. The year only (no full date); no certificate, studios, money,
tagline, audience text, IMDb link, trailer or where-to-watch count."""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Any

from tests.heldout_sites2.kit import app_state, css, esc, grouped, json_ld, ld_type
from tests.heldout_sites2.records import Title, person
from tests.heldout_sites2.site import Context
from tests.heldout_sites7.common import (
    Classes,
    cookie_banner,
    look,
    no_characters,
    others_people,
    pick,
)

NAME = "mubi"


def fit(t: Title) -> Title:
    return no_characters(replace(t, released=None, rating=None, studios=(), studios_shown=0, budget=None,
                                 box_office=None, tagline=None, audience=None, imdb=None, trailer=None,
                                 streaming=None))


def line(t: Title) -> str:
    """'Directed by A, B · United States, France, 1995 · 111 min'."""
    parts = []
    if t.directors:
        parts.append("Directed by " + ", ".join(map(esc, t.directors)))
    place = ", ".join([*map(esc, t.countries), *([str(t.year)] if t.year else [])])
    if place:
        parts.append(place)
    if t.seasons:
        parts.append(f"Series · {t.seasons} {'season' if t.seasons == 1 else 'seasons'}")
    if t.runtime:
        parts.append(f"{t.runtime} min")
    return " · ".join(parts)


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("css", rng)
    ld = _ld(t) if rng.random() < 0.5 else ""
    blocks = [_notes(t, c, rng), _credits(t, c, rng)]
    if rng.random() < 0.5:
        blocks.reverse()
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(t.title)}{f" ({t.year})" if t.year else ""} | MUBI</title>'
            f'<link rel="canonical" href="{t.url}">{css("css", t.slug, 70)}{ld}</head><body>'
            f'{cookie_banner(c("cookie"), "MUBI uses cookies to give you the best experience.", "Accept all", "Customise")}'
            f'{_nav(c)}<main class="{c("film")}">{_hero(t, c, rng)}{"".join(blocks)}{_rails(ctx, c)}</main>'
            f'{_footer(c)}{app_state("__NEXT_DATA__", ctx.others, {"page": "/films/[slug]"})}</body></html>')


def _ld(t: Title) -> str:
    data: dict[str, Any] = {"@type": ld_type(t), "name": t.title, "url": t.url}
    if t.directors:
        data["director"] = [{"@type": "Person", "name": d} for d in t.directors]
    if t.year:
        data["dateCreated"] = str(t.year)
    if t.genres:
        data["genre"] = list(t.genres)
    return json_ld(data)


def _nav(c: Classes) -> str:
    return (f'<header class="{c("nav")}"><a href="/" aria-label="MUBI">MUBI</a><nav><a href="/showing">Now Showing</a>'
            '<a href="/films">Browse</a><a href="/notebook">Notebook</a><a href="/go">GO</a></nav><input type="search" placeholder="Search films and people"><a href="/login">Log in</a></header>')


def _hero(t: Title, c: Classes, rng: random.Random) -> str:
    out = f'<section class="{c("hero")}"><h1 class="{c("title")}">{esc(t.title)}</h1>'
    meta = line(t)
    if meta:
        out += f'<p class="{c("meta")}">{meta}</p>'
    if t.genres:
        out += f'<p class="{c("genres")}">{", ".join(map(esc, t.genres))}</p>'
    out += f'<p class="{c("availability")}">{pick(rng, ("Now showing", "Leaving in 5 days", "Coming soon", "Not showing in United Kingdom"))}</p>'
    if t.votes:
        word = "rating" if t.votes == 1 else "ratings"
        out += f'<p class="{c("rating")}">Average rating <b>{2 + len(t.slug) % 3}.{len(t.title) % 10}</b>/5 · {grouped(t.votes)} {word}</p>'
    if t.synopsis:
        out += f'<div class="{c("synopsis")}"><h2>Synopsis</h2><p>{esc(t.synopsis)}</p></div>'
    return out + "</section>"


def _notes(t: Title, c: Classes, rng: random.Random) -> str:
    year = (t.year or 2000) + rng.choice((-11, -4, 3, 8))
    return (f'<section class="{c("our-take")}"><h2>Our take</h2><p>Somewhere between {esc(person(rng))}\'s chamber dramas of {year} and a '
            f"{rng.randint(20, 40)}-minute short we loved last spring, this is a film about rooms and the people who leave them.</p>"
            f'<h3>Notebook</h3><p>Read our interview with the cinematographer, and the essay on {rng.randint(1960, 1999)}\'s forgotten ferries.</p></section>')


def _credits(t: Title, c: Classes, rng: random.Random) -> str:
    dop, editor = others_people(t, rng, 2)
    out = f'<section class="{c("credits")}">'
    if t.cast:
        out += f'<p><span>Cast</span> {", ".join(map(esc, (p.actor for p in t.cast)))}</p>'
    if t.writers or rng.random() < 0.5:
        rows = [("Screenplay", w) for w in t.writers] + [("Cinematography", dop), ("Editing", editor)]
        out += "<h2>Credits</h2><dl>" + "".join(f"<dt>{job}</dt><dd>{esc(n)}</dd>" for job, n in rows) + "</dl>"
    return out + "</section>"


def _rails(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a><span>{line(o)}</span><span>{grouped(o.votes or 1)} ratings</span></li>' for o in ctx.others)
    return f'<section class="{c("more")}"><h2>More films</h2><ul>{cards}</ul></section>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/about">About</a><a href="/terms_of_service">Terms</a><a href="/privacy_policy">Privacy</a>'
            '<a href="/cookie_policy">Cookies</a><p>© 2026 MUBI. All rights reserved.</p></footer>')
