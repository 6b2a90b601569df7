# ruff: noqa: E501  (HTML templates read best on one line)
"""BFI Player: a BFI Player / collections-like page (British English). The <h1> title over a
'Drama · 1995 · 15' strapline on some pages; prices as traps ('Rent from £3.50', 'Subscribe
£4.99/month', 'Free 14-day trial'); a synopsis; credits as a definition list ('Director',
'Producer' and 'Executive Producer' and 'Cinematographer' as traps, 'Screenwriter' or
'Screenplay', 'Cast' names only); a facts block ('Year', 'Running time' '111 mins',
'Certificate' with a BBFC certificate, 'Country' 'UK', 'Language', 'UK release' '27 October
1995', 'Series' for a show); 'You might also like' rails; 'BFI Southbank' screenings with
prices; a JSON-LD Movie on some deploys. No tagline, audience text, vote count, money, studios,
IMDb link, trailer or streaming block."""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Any

from tests.heldout_sites2.kit import app_state, css, day_month_year, esc, json_ld, ld_type
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context
from tests.heldout_sites8.common import (
    Classes,
    cookie_banner,
    look,
    no_characters,
    others_people,
    pick,
    rated,
)

NAME = "bfiplayer"
# the BBFC's certificates for the ratings the generator draws (none for the TV ones)
BBFC = {"G": "U", "U": "U", "FSK 0": "U", "PG": "PG", "FSK 6": "PG", "PG-13": "12A",
        "12A": "12A", "M": "12", "FSK 12": "12", "R": "15", "15": "15", "MA15+": "15",
        "FSK 16": "15", "NC-17": "18", "18": "18", "R18+": "18", "FSK 18": "18"}
COUNTRY = {"United Kingdom": "UK", "United States": "USA"}


def fit(t: Title) -> Title:
    t = rated(t, BBFC)
    t = replace(t, countries=tuple(COUNTRY.get(x, x) for x in t.countries), tagline=None,
                audience=None, votes=None, budget=None, box_office=None, studios=(),
                studios_shown=0, imdb=None, trailer=None, streaming=None)
    return no_characters(t)


def mins(minutes: int) -> str:
    return f"{minutes} mins" if minutes != 1 else "1 min"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("bfi", rng)
    ld = _ld(t) if rng.random() < 0.5 else ""
    blocks = [_credits(t, c, rng), _facts(t, c, rng)]
    if rng.random() < 0.5:
        blocks.reverse()
    return (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{esc(t.title)} | BFI Player</title>'
            f'<link rel="canonical" href="{t.url}">{css("bfi", t.slug, 100)}{ld}</head><body>'
            f'{cookie_banner(c("cookie-notice"), "We use cookies to make our website work and to understand how you use it.", "Accept all cookies", "Cookie settings")}'
            f'{_nav(c)}<main class="{c("main")}">{_hero(t, c, rng)}{"".join(blocks)}{_screenings(ctx, c, rng)}{_rails(ctx, c)}</main>'
            f'{_footer(c)}{app_state("__BFI_PLAYER__", ctx.others, {"territory": "GB"})}</body></html>')


def _ld(t: Title) -> str:
    data: dict[str, Any] = {"@type": ld_type(t), "name": t.title, "url": t.url}
    if t.synopsis:
        data["description"] = t.synopsis
    if t.directors:
        data["director"] = [{"@type": "Person", "name": d} for d in t.directors]
    if t.rating:
        data["contentRating"] = t.rating
    return json_ld(data)


def _nav(c: Classes) -> str:
    items = ("Browse", "Subscription", "Rentals", "BFI Southbank", "Sight and Sound", "Join")
    return (f'<header class="{c("masthead")}"><a href="/" aria-label="BFI Player home">BFI</a><nav><ul>'
            + "".join(f'<li><a href="/{x.lower().replace(" ", "-")}">{x}</a></li>' for x in items)
            + '</ul></nav><input type="search" placeholder="Search films, people, collections" aria-label="Search"></header>')


def _hero(t: Title, c: Classes, rng: random.Random) -> str:
    strap = ([esc(t.genres[0])] if t.genres else []) + ([str(t.year)] if t.year else []) + ([esc(t.rating)] if t.rating else [])
    out = f'<section class="{c("hero")}"><h1 class="{c("title")}">{esc(t.title)}</h1>'
    if strap and rng.random() < 0.6:
        out += f'<p class="{c("strapline")}">{" · ".join(strap)}</p>'
    offer = pick(rng, ("Rent from £3.50", "Rent from £4.50", "Subscribe £4.99/month", "Free 14-day trial then £4.99/month"))
    out += f'<div class="{c("offers")}"><a href="#rent">{offer}</a><a href="#buy">Buy £9.99</a></div>'
    if t.synopsis:
        out += f'<div class="{c("synopsis")}"><p>{esc(t.synopsis)}</p></div>'
    return out + "</section>"


def _credits(t: Title, c: Classes, rng: random.Random) -> str:
    producer, executive, dop = others_people(t, rng, 3)
    writing = pick(rng, ("Screenwriter", "Screenplay"))
    pairs: list[tuple[str, str]] = []
    if t.directors:
        pairs.append(("Director" if len(t.directors) == 1 else "Directors", ", ".join(map(esc, t.directors))))
    pairs += [("Producer", esc(producer)), ("Executive Producer", esc(executive))]
    if t.writers:
        pairs.append((writing, ", ".join(map(esc, t.writers))))
    pairs.append(("Cinematographer", esc(dop)))
    if t.cast:
        pairs.append(("Cast", ", ".join(esc(p.actor) for p in t.cast)))
    if rng.random() < 0.5:
        body = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in pairs)
    else:
        body = "".join(f'<div class="{c("credit")}"><dt>{k}</dt><dd>{v}</dd></div>' for k, v in pairs)
    return f'<section class="{c("credits")}"><h2>Credits</h2><dl>{body}</dl></section>'


def _facts(t: Title, c: Classes, rng: random.Random) -> str:
    rows: list[tuple[str, str]] = []
    if t.year:
        rows.append(("Year", str(t.year)))
    if t.runtime:
        rows.append(("Running time", mins(t.runtime) + (" per episode" if t.kind == "show" else "")))
    if t.rating:
        rows.append(("Certificate", esc(t.rating)))
    if t.countries:
        rows.append(("Country" if len(t.countries) == 1 else "Countries", ", ".join(map(esc, t.countries))))
    if t.genres:
        rows.append(("Genre", ", ".join(map(esc, t.genres))))
    rows.append(("Language", pick(rng, ("English", "French", "English, Hindi"))))
    if t.released:
        rows.append(("UK release", day_month_year(t.released)))
    if t.seasons:
        rows.append(("Series", f"{t.seasons} series"))
    body = "".join(f"<li><span>{k}</span> <strong>{v}</strong></li>" for k, v in rows)
    return f'<section class="{c("film-facts")}"><h2>{pick(rng, ("Film facts", "Details"))}</h2><ul>{body}</ul></section>'


def _screenings(ctx: Context, c: Classes, rng: random.Random) -> str:
    other = ctx.others[0]
    times = "".join(f"<li>{d} {h}:{m} NFT{n} <span>£{p}</span></li>" for d, h, m, n, p in
                    (("Fri", 18, "10", 1, "14.50"), ("Sat", 20, "40", 3, "12.00"), ("Sun", 14, "00", 2, "9.50")))
    return (f'<section class="{c("southbank")}"><h2>At BFI Southbank</h2><p>{pick(rng, ("Season", "Strand"))}: '
            f'<a href="{other.path}">{esc(other.title)}</a></p><ul>{times}</ul></section>')


def _rails(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<li><a href="{o.path}"><h3>{esc(o.title)}</h3></a><p>{o.year} · {mins(o.runtime or 97)} · '
                    f'{esc(o.rating or "")}</p><span>Rent £3.50</span></li>' for o in ctx.others)
    return f'<section class="{c("rail")}"><h2>You might also like</h2><ul>{cards}</ul></section>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/help">Help</a><a href="/terms">Terms of use</a><a href="/privacy">Privacy</a>'
            "<p>© 2026 British Film Institute. Registered charity 287780.</p></footer>")
