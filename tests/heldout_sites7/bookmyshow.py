# ruff: noqa: E501  (HTML templates read best on one line)
"""Bookmyshow: a BookMyShow-like Indian film page (English, en-IN). A hero with the <h1>, the
rating '8.2/10' and '(12.4K Votes)' (or a full '12,400 votes'), format and language chips ('2D,
IMAX 2D', 'Hindi, Tamil') and the one-line hero '2h 31m • Action, Thriller • UA13+ • 14 Jul,
2023' whose parts come in that order but not all on every title; 'Book tickets'; 'About the
movie'; a 'Box Office' chip in crore or lakh ('₹45.6 Cr', '₹12.5 lakh') on some pages; cast and
crew carousels whose caption under each name is the role ('as Character', 'Actor', 'Director',
'Writer', 'Producer', 'Music Director', 'Cinematographer'); '#hashtag' top reviews; 'You might
also like' rails; a JSON-LD on some deploys. Films only (shows become films), no countries,
studios, budget, tagline, audience text, IMDb link or where-to-watch block."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from typing import Any

from tests.heldout_sites2.kit import (
    app_state,
    compact_votes,
    css,
    esc,
    grouped,
    hours,
    json_ld,
    round_votes,
)
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context
from tests.heldout_sites7.common import (
    Classes,
    as_movie,
    cookie_banner,
    fit_rng,
    look,
    others_people,
    pick,
    rated,
)

NAME = "bookmyshow"
ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# the CBFC's certificates (with the 2024 UA age bands) for the certificates the generator draws
CBFC = {"G": "U", "U": "U", "TV-Y": "U", "TV-G": "U", "FSK 0": "U", "PG": "UA7+", "TV-PG": "UA7+",
        "FSK 6": "UA7+", "PG-13": "UA13+", "12A": "UA13+", "M": "UA13+", "TV-14": "UA13+",
        "FSK 12": "UA", "R": "UA16+", "15": "UA16+", "MA15+": "UA16+", "TV-MA": "A",
        "FSK 16": "UA16+", "NC-17": "A", "18": "A", "R18+": "A", "FSK 18": "A"}
CRORE, LAKH = 10**7, 10**5


def _compact(t: Title) -> bool:
    return fit_rng(NAME, t, "compact").random() < 0.7


def fit(t: Title) -> Title:
    t = rated(as_movie(t), CBFC)
    votes = round_votes(t.votes) if _compact(t) else t.votes
    gross = Money(max(LAKH, round(t.box_office.amount * 80 / LAKH) * LAKH), "INR") if t.box_office else None
    return replace(t, votes=votes, box_office=gross, countries=(),
                   studios=(), studios_shown=0, budget=None, tagline=None, audience=None, imdb=None, streaming=None)


def rupees(amount: int) -> str:
    """'₹45.6 Cr', '₹1,234.56 Cr', '₹12.5 lakh': how Indian box office is reported (exact)."""
    if amount >= CRORE:
        return f"₹{grouped(amount // CRORE)}{f'{amount % CRORE / CRORE:.2f}'[1:].rstrip('0').rstrip('.')} Cr"
    return f"₹{f'{amount / LAKH:.2f}'.rstrip('0').rstrip('.')} lakh"


def day(d: date) -> str:
    return f"{d.day} {ABBR[d.month - 1]}, {d.year}"


def votes(n: int, compact: bool) -> str:
    if compact:
        return f"{compact_votes(n)} Votes"
    return f"{grouped(n)} {'vote' if n == 1 else 'votes'}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("sc", rng)
    ld = _ld(t) if rng.random() < 0.5 else ""
    blocks = [_about(t, c), _people(t, c, rng), _reviews(ctx, c)]
    if rng.random() < 0.5:
        blocks[1], blocks[2] = blocks[2], blocks[1]
    return (f'<!DOCTYPE html><html lang="en-IN"><head><meta charset="utf-8"><title>{esc(t.title)} ({t.year or ""}) - Movie | Reviews, Cast &amp; Release Date - BookMyShow</title>'
            f'<link rel="canonical" href="{t.url}">{css("sc", t.slug, 120)}{ld}</head><body>'
            f'{cookie_banner(c("consent"), "We use cookies to give you a better experience. By continuing you agree to our cookie policy.", "Accept", "Decline")}'
            f'{_nav(c)}<main class="{c("main")}">{_hero(t, c, rng)}{"".join(blocks)}{_rails(ctx, c)}</main>'
            f'{_footer(c)}{app_state("__INITIAL_STATE__", ctx.others, {"region": "MUMBAI"})}</body></html>')


def _ld(t: Title) -> str:
    data: dict[str, Any] = {"@type": "Movie", "name": t.title, "url": t.url}
    if t.released:
        data["dateCreated"] = t.released.isoformat()
    if t.directors:
        data["director"] = [{"@type": "Person", "name": d} for d in t.directors]
    if t.cast:
        data["actor"] = [{"@type": "Person", "name": p.actor} for p in t.cast]
    if t.trailer:
        data["trailer"] = {"@type": "VideoObject", "embedUrl": f"https://www.youtube.com/embed/{t.trailer}"}
    return json_ld(data)


def _nav(c: Classes) -> str:
    items = ("Movies", "Stream", "Events", "Plays", "Sports", "Activities")
    return (f'<header class="{c("header")}"><a href="/" aria-label="bookmyshow">bookmyshow</a><input type="search" placeholder="Search for Movies, Events, Plays, Sports and Activities">'
            '<button>Mumbai</button><a href="/signin">Sign in</a><nav><ul>'
            + "".join(f'<li><a href="/explore/{x.lower()}-mumbai">{x}</a></li>' for x in items) + "</ul></nav></header>")


def _hero(t: Title, c: Classes, rng: random.Random) -> str:
    out = f'<section id="component-0" class="{c("hero")}"><h1 class="{c("title")}">{esc(t.title)}</h1>'
    if t.votes:
        out += (f'<div class="{c("rating")}"><span>{6 + len(t.slug) % 4}.{len(t.title) % 10}/10</span> '
                f'<span>({votes(t.votes, _compact(t))})</span> <button>Rate now</button></div>')
    out += f'<div class="{c("chips")}"><a>{pick(rng, ("2D", "2D, IMAX 2D", "2D, 3D, 4DX"))}</a> <a>{pick(rng, ("Hindi", "Hindi, Tamil, Telugu", "English, Hindi", "Malayalam"))}</a></div>'
    parts = []
    if t.runtime:
        parts.append(hours(t.runtime))
    if t.genres:
        parts.append(", ".join(map(esc, t.genres)))
    if t.rating:
        parts.append(esc(t.rating))
    if t.released:
        parts.append(day(t.released))
    elif t.year:
        parts.append(str(t.year))
    if parts:
        out += f'<div class="{c("event-attributes")}">{" • ".join(parts)}</div>'
    if t.box_office:
        out += f'<div class="{c("box-office")}"><span>Box Office</span> <b>{rupees(t.box_office.amount)}</b> <small>(gross, all languages)</small></div>'
    if t.trailer:
        out += f'<div class="{c("trailer")}"><iframe title="Trailer" src="https://www.youtube.com/embed/{t.trailer}?autoplay=0"></iframe><span>Trailers (3)</span></div>'
    return out + f'<a class="{c("book")}" href="/buytickets/{t.slug}">Book tickets</a></section>'


def _about(t: Title, c: Classes) -> str:
    if not t.synopsis:
        return ""
    return f'<section id="component-1" class="{c("about")}"><h2>About the movie</h2><span>{esc(t.synopsis)}</span></section>'


def _card(c: Classes, i: int, name: str, caption: str) -> str:
    return (f'<a class="{c("card")}" href="/person/{i}"><img alt="{esc(name)}" src="/person/{i}.jpg">'
            f'<h5>{esc(name)}</h5><h5 class="{c("caption")}">{caption}</h5></a>')


def _people(t: Title, c: Classes, rng: random.Random) -> str:
    producer, music, dop = others_people(t, rng, 3)
    cast = "".join(_card(c, i, p.actor, f"as {esc(p.character)}" if p.character else "Actor") for i, p in enumerate(t.cast))
    crew = ([(d, "Director") for d in t.directors] + [(w, pick(rng, ("Writer", "Screenplay"))) for w in t.writers]
            + [(producer, "Producer"), (music, "Music Director"), (dop, "Cinematographer")])
    crewed = "".join(_card(c, 100 + i, n, job) for i, (n, job) in enumerate(crew))
    return ((f'<section id="component-4" class="{c("carousel")}"><h2>Cast</h2>{cast}</section>' if t.cast else "")
            + f'<section id="component-5" class="{c("carousel")}"><h2>Crew</h2>{crewed}</section>')


def _reviews(ctx: Context, c: Classes) -> str:
    tags = "".join(f"<span>#{x}</span>" for x in ("GreatActing", "Blockbuster", "AwesomeStory", "SuperDirection"))
    items = "".join(f'<div class="{c("review")}"><b>{esc(r.author)}</b> <span>{r.score}/10</span> <p>{esc(r.text)}</p><span>{day(r.posted)}</span></div>'
                    for r in ctx.reviews)
    return f'<section class="{c("reviews")}"><h2>Top reviews</h2><p>Summary of reviews</p>{tags}{items}</section>'


def _rails(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<a class="{c("rail-card")}" href="{o.path}"><h4>{esc(o.title)}</h4><span>{o.year}</span> <span>{hours(o.runtime or 97)}</span>'
                    f" <span>{esc(o.rating or '')}</span> <span>{votes(o.votes or 1, True)}</span></a>" for o in ctx.others)
    return f'<section class="{c("rail")}"><h2>You might also like</h2>{cards}</section>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/aboutus">About Us</a><a href="/terms-and-conditions">Terms and Conditions</a>'
            '<a href="/privacy">Privacy Policy</a><a href="/contactus">Contact Us</a><p>Copyright 2026 © Bigtree Entertainment Pvt. Ltd. All Rights Reserved.</p></footer>')
