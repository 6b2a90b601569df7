# ruff: noqa: E501  (HTML templates read best on one line)
"""Ticketbay: a BookMyShow-like ticketing page (Indian English). The hero carries format and
language chips ('2D, IMAX 2D', 'Hindi, English') and an unlabelled meta line
('2h 51m • Action, Thriller • 15 • 12 Mar, 2025', the certificate named only by its title
attribute); votes as '45.6K Votes' or in Indian digit grouping ('12,40,000 votes'), next to
'1.2K are interested'; INR money in lakh/crore grouping ('₹36,00,00,000'); crew cards whose
roles include 'Music Director' and 'Director of Photography'; cast cards 'Actor' + 'as
Character'; showtimes, offers ('Flat ₹150 off') and a 'You might also like' rail; a Movie
JSON-LD (ISO duration, aggregateRating) on some deploys."""

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
    json_ld,
    ld_type,
    money_symbol,
    round_votes,
    youtube_embed,
)
from tests.heldout_sites2.records import Money, Streaming, Title
from tests.heldout_sites2.site import Context
from tests.heldout_sites4.common import Classes, look, others_people, pick

NAME = "ticketbay"
SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _compact(t: Title) -> bool:
    return look(NAME, t).random() < 0.5


def fit(t: Title) -> Title:
    return replace(t, votes=round_votes(t.votes) if _compact(t) else t.votes)


def indian(n: int) -> str:
    """12,40,000: the last three digits, then groups of two."""
    text = str(n)
    if len(text) <= 3:
        return text
    head, tail = text[:-3], text[-3:]
    groups: list[str] = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head, *groups, tail])


def money(m: Money) -> str:
    if m.currency == "INR":
        return f"₹{indian(m.amount)}"
    return money_symbol(m)


def day(d: date) -> str:
    return f"{d.day} {SHORT[d.month - 1]}, {d.year}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    compact = rng.random() < 0.5
    c = Classes("sc", rng)
    ld = _ld(t) if rng.random() < 0.5 else ""
    return (f'<!DOCTYPE html><html lang="en-IN"><head><meta charset="utf-8"><title>{esc(t.title)}'
            f" - Movie Tickets, Reviews, Cast &amp; Crew | Ticketbay</title>"
            f'<link rel="canonical" href="{t.url}">{css("sc", t.slug, 90)}{ld}</head><body>'
            f'{_nav(c)}<main class="{c("main")}">{_banner(t, c, rng, compact)}'
            f'<div class="{c("body")}">{_about(t, c)}{_offers(c)}{_cast(t, c)}{_crew(t, ctx, c, rng)}'
            f"{_details(t, c)}{_watch(t.streaming, c)}{_showtimes(t, c)}{_reviews(ctx, c)}"
            f"{_like(ctx, c)}</div></main>{_footer(c)}"
            f'{app_state("__INITIAL_STATE__", ctx.others, {"city": "mumbai"})}</body></html>')


def _ld(t: Title) -> str:
    data: dict[str, Any] = {"@type": ld_type(t), "name": t.title, "url": t.url}
    if t.runtime:
        big, small = divmod(t.runtime, 60)
        data["duration"] = f"PT{f'{big}H' if big else ''}{small}M"
    if t.genres:
        data["genre"] = list(t.genres)
    if t.released:
        data["datePublished"] = t.released.isoformat()
    if t.directors:
        data["director"] = [{"@type": "Person", "name": d} for d in t.directors]
    if t.votes:
        data["aggregateRating"] = {"@type": "AggregateRating", "ratingValue": "8.1",
                                   "bestRating": "10", "ratingCount": t.votes}
    return json_ld(data)


def _nav(c: Classes) -> str:
    items = ("Movies", "Stream", "Events", "Plays", "Sports", "Activities")
    return (f'<header class="{c("header")}"><a href="/">ticketbay</a><input placeholder="Search for '
            'Movies, Events, Plays, Sports and Activities"><span>Mumbai</span><a href="/signin">Sign in'
            '</a><nav>' + "".join(f'<a href="/{x.lower()}">{x}</a>' for x in items) + "</nav></header>")


def _banner(t: Title, c: Classes, rng: random.Random, compact: bool) -> str:
    if t.votes:
        votes = (f"{compact_votes(t.votes)} Votes" if compact
                 else f"{indian(t.votes)} vote{'s' * (t.votes > 1)}")
        score = f'<div class="{c("rating")}"><span>★ 8.1/10</span> <span>({votes})</span></div>'
    else:
        score = f'<div class="{c("rating")}"><span>New release</span></div>'
    interested = f"{compact_votes(len(t.slug) * 1117)} are interested"
    meta = []
    if t.runtime:
        big, small = divmod(t.runtime, 60)
        text = " ".join(([f"{big}h"] if big else []) + ([f"{small}m"] if small or not big else []))
        meta.append(f"<span>{text}{' per episode' if t.kind == 'show' else ''}</span>")
    if t.genres:
        meta.append("<span>" + ", ".join(f'<a href="/explore/{g.lower()}">{esc(g)}</a>' for g in t.genres) + "</span>")
    if t.rating:
        meta.append(f'<span class="{c("cert")}" title="Certificate">{esc(t.rating)}</span>')
    if t.released:
        meta.append(f"<span>{day(t.released)}</span>")
    elif t.year:
        meta.append(f"<span>{t.year}</span>")
    seasons = f'<span class="{c("seasons")}">{t.seasons} Season{"s" * (t.seasons > 1)}</span>' if t.seasons else ""
    chips = (f'<div class="{c("chips")}"><span>{pick(rng, ("2D", "2D, 3D", "2D, IMAX 2D", "2D, 4DX"))}</span>'
             f'<span>{pick(rng, ("Hindi, English", "English", "English, Tamil, Telugu"))}</span></div>')
    tagline = f'<p class="{c("tagline")}">{esc(t.tagline)}</p>' if t.tagline else ""
    return (f'<section class="{c("banner")}"><h1>{esc(t.title)}</h1>{tagline}{score}'
            f'<div class="{c("interest")}">{interested} <button>I\'m interested</button></div>{chips}'
            f'<div class="{c("meta")}">{" • ".join(meta)}</div>{seasons}<button>Book tickets</button></section>')


def _about(t: Title, c: Classes) -> str:
    out = ""
    if t.synopsis:
        out += f'<section class="{c("about")}"><h2>About the {"show" if t.kind == "show" else "movie"}</h2><p>{esc(t.synopsis)}</p></section>'
    if t.audience:
        out += f'<section class="{c("buzz")}"><h2>What viewers are saying</h2><p>{esc(t.audience)}</p></section>'
    if t.trailer:
        out += (f'<section class="{c("trailers")}"><button>Trailers (3)</button><div role="dialog" '
                f'class="{c("modal")}">{youtube_embed(t.trailer)}</div></section>')
    return out


def _offers(c: Classes) -> str:
    return (f'<section class="{c("offers")}"><h2>Offers</h2><ul><li>Flat ₹150 off on 2 tickets with '
            "Bank cards</li><li>Up to 50% cashback, max ₹100</li><li>Buy 1 Get 1 on Tuesdays</li></ul></section>")


def _cast(t: Title, c: Classes) -> str:
    if not t.cast:
        return ""
    cards = "".join(f'<a class="{c("card")}" href="/person/{i}"><img alt="" src="/p/{i}.jpg"><h5>{esc(p.actor)}</h5>'
                    + (f"<p>as {esc(p.character)}</p>" if p.character else "<p>Actor</p>") + "</a>"
                    for i, p in enumerate(t.cast))
    return f'<section class="{c("cast")}"><h2>Cast</h2><div>{cards}</div></section>'


def _crew(t: Title, ctx: Context, c: Classes, rng: random.Random) -> str:
    roles: dict[str, list[str]] = {}
    for d in t.directors:
        roles.setdefault(d, []).append("Director")
    for w in t.writers:
        roles.setdefault(w, []).append(pick(rng, ("Writer", "Screenplay")))
    music, dop, producer = others_people(t, rng, 3)
    roles[music] = ["Music Director"]
    roles[dop] = ["Director of Photography"]
    roles[producer] = ["Producer"]
    cards = "".join(f'<a class="{c("card")}" href="/person/c{i}"><h5>{esc(n)}</h5><p>{", ".join(r)}</p></a>'
                    for i, (n, r) in enumerate(roles.items()))
    return f'<section class="{c("crew")}"><h2>Crew</h2><div>{cards}</div></section>'


def _details(t: Title, c: Classes) -> str:
    lines = []
    if t.countries:
        lines.append(("Country" if len(t.countries) == 1 else "Countries", ", ".join(map(esc, t.countries))))
    if t.studios:
        more = f" +{t.more_studios} more" if t.more_studios else ""
        lines.append(("Production house", ", ".join(map(esc, t.shown_studios)) + more))
    if t.budget:
        lines.append(("Budget", money(t.budget)))
    if t.box_office:
        lines.append(("Worldwide box office collection", money(t.box_office)))
    if t.imdb:
        lines.append(("IMDb", f'<a href="https://www.imdb.com/title/{t.imdb}/">View on IMDb</a>'))
    lines.append(("Subtitles", "English"))
    body = "".join(f"<p><b>{label}:</b> {value}</p>" for label, value in lines)
    return f'<section class="{c("details")}"><h2>More details</h2>{body}</section>'


def _watch(s: Streaming | None, c: Classes) -> str:
    if s is None:
        return ""
    if not s.counted:
        return f'<section class="{c("stream")}"><h2>Watch online</h2><p>Streaming details coming soon</p></section>'
    n = len(s.platforms)
    head = (f"Available on {n} platform{'s' * (n > 1)}" if s.available
            else f"Not currently available on {n} platform{'s' * (n > 1)}")
    items = "".join(f"<li>{esc(p)}</li>" for p in s.platforms)
    return (f'<section class="{c("stream")}"><h2>Watch online</h2><p>{head}</p><ul>{items}</ul>'
            f"<small>Last updated on {day(s.verified_on)}</small></section>")


def _showtimes(t: Title, c: Classes) -> str:
    if t.kind == "show":
        return ""
    cinemas = ("PVR: Phoenix Palladium, Lower Parel", "INOX: R-City, Ghatkopar", "Cinepolis: Andheri West")
    rows = "".join(f"<li><b>{name}</b> <span>{10 + i}:15 AM</span> <span>{1 + i}:30 PM</span> "
                   f"<span>{7 + i % 2}:45 PM</span> <small>₹{250 + i * 60}</small></li>" for i, name in enumerate(cinemas))
    return f'<section class="{c("showtimes")}"><h2>Showtimes today</h2><ul>{rows}</ul></section>'


def _reviews(ctx: Context, c: Classes) -> str:
    if not ctx.reviews:
        return ""
    items = "".join(f'<article class="{c("review")}"><b>{esc(r.author)}</b> <span>★ {r.score}/10</span>'
                    f"<p>{esc(r.text)}</p><small>#GreatActing #MustWatch · {day(r.posted)}</small></article>"
                    for r in ctx.reviews)
    return f'<section class="{c("reviews")}"><h2>Top reviews</h2>{items}</section>'


def _like(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<a class="{c("poster")}" href="{o.path}"><h4>{esc(o.title)}</h4><p>{o.year} • '
                    f"{o.runtime or 97}m • {esc(o.rating)}</p><p>★ 7.{i}/10 ({compact_votes(o.votes or 1)} Votes)</p></a>"
                    for i, o in enumerate(ctx.others))
    return f'<section class="{c("like")}"><h2>You might also like</h2>{cards}</section>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/about">About Us</a><a href="/contact">Contact</a>'
            '<a href="/terms">Terms and Conditions</a><a href="/privacy">Privacy Policy</a>'
            "<p>Copyright 2026 © Ticketbay Entertainment Pvt. Ltd.</p></footer>")
