# ruff: noqa: E501  (HTML templates read best on one line)
"""Storefront: a Vudu / Fandango at Home-like store page. Rent and buy buttons with prices
('Rent UHD $5.99'), a season picker with per-episode prices for shows; the facts sit in tab
panels of which only 'Overview' is shown (the others carry the hidden attribute): 'Details'
is an ARIA grid of role="row" items (rowheader + cell, wording varies per deploy: Length,
Rated, Countries of origin, Worldwide gross...) among audio, subtitle, 'Available until' and
'Added' rows; 'Cast & Crew' a two-column table (Actor | Role) and crew rows; 'Extras' the
embedded trailer beside bonus clips; providers named in aria-label ('Open in Max'); on some
deploys a JSON-LD whose @type is a list (Movie + Product) with offers and aggregateRating."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from tests.heldout_sites2.kit import (
    app_state,
    css,
    esc,
    grouped,
    hours,
    json_ld,
    ld_type,
    long_date,
    money_symbol,
    money_words,
    youtube_embed,
)
from tests.heldout_sites2.records import Streaming, Title
from tests.heldout_sites2.site import Context
from tests.heldout_sites4.common import Classes, look, pick

NAME = "storefront"
SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def fit(t: Title) -> Title:
    return t


def short(d: date) -> str:
    return f"{SHORT[d.month - 1]} {d.day}, {d.year}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("vs", rng)
    ld = _ld(t) if rng.random() < 0.5 else ""
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Watch {esc(t.title)}'
            f" | Storefront</title><link rel=\"canonical\" href=\"{t.url}\">{css('vs', t.slug, 85)}"
            f"{ld}</head><body>{_nav(c)}<main class=\"{c('page')}\"><section class=\"{c('hero')}\">"
            f'<h1 class="{c("title")}">{esc(t.title)}</h1><span class="{c("badge")}">'
            f'{pick(rng, ("4K UHD", "HDX", "Dolby Vision"))}</span>{_fans(t, c)}{_buy(t, c)}</section>'
            f"{_tabs(t, ctx, c, rng)}{_also(ctx, c)}</main>{_footer(c)}"
            f'{app_state("__STORE_STATE__", ctx.others, {"region": "US", "wallet": "0.00"})}</body></html>')


def _ld(t: Title) -> str:
    data: dict[str, Any] = {"@type": [ld_type(t), "Product"], "name": t.title, "url": t.url,
                            "offers": [{"@type": "Offer", "price": "3.99", "priceCurrency": "USD",
                                        "name": "Rent HD"},
                                       {"@type": "Offer", "price": "14.99", "priceCurrency": "USD",
                                        "name": "Buy HD"}]}
    if t.votes:
        data["aggregateRating"] = {"@type": "AggregateRating", "ratingValue": 4.2,
                                   "bestRating": 5, "ratingCount": t.votes}
    if t.genres:
        data["genre"] = list(t.genres)
    return json_ld(data)


def _nav(c: Classes) -> str:
    items = ("Movies", "TV", "Free", "Deals", "My Stuff")
    return (f'<header class="{c("header")}"><a href="/" aria-label="Storefront home">Storefront</a><nav>'
            + "".join(f'<a href="/{x.lower().replace(" ", "-")}">{x}</a>' for x in items)
            + '</nav><a href="/sign-in">Sign In</a></header>')


def _fans(t: Title, c: Classes) -> str:
    if not t.votes:
        return f'<div class="{c("scores")}"><span>Tomatometer 91%</span></div>'
    return (f'<div class="{c("scores")}"><span>Tomatometer 91%</span> <span aria-label="Fan rating">'
            f'★★★★☆</span> <span>{grouped(t.votes)} fan rating{"s" * (t.votes > 1)}</span></div>')


def _buy(t: Title, c: Classes) -> str:
    if t.kind == "show":
        buttons = (f"<button>Buy Season {t.seasons} HD $24.99</button>"
                   "<button>Buy Episode from $2.99</button>")
    else:
        buttons = ("<button>Rent UHD $5.99</button><button>Rent HD $3.99</button>"
                   "<button>Buy UHD $19.99</button><button>Buy HD $14.99</button>")
    return f'<div class="{c("buy")}">{buttons}<p>Rentals include 30 days to start watching.</p></div>'


def _tabs(t: Title, ctx: Context, c: Classes, rng: random.Random) -> str:
    panels = (("overview", "Overview", _overview(t, ctx, c, rng)),
              ("details", "Details", _details(t, c, rng)),
              ("credits", "Cast &amp; Crew", _credits(t, c, rng)),
              ("extras", "Extras", _extras(t, c)))
    tabs = "".join(f'<button role="tab" id="tab-{k}" aria-controls="panel-{k}" '
                   f'aria-selected="{"true" if i == 0 else "false"}">{label}</button>'
                   for i, (k, label, _) in enumerate(panels))
    body = "".join(f'<div role="tabpanel" id="panel-{k}" aria-labelledby="tab-{k}"{" hidden" if i else ""}>'
                   f"{html}</div>" for i, (k, _, html) in enumerate(panels))
    return f'<section class="{c("tabs")}"><div role="tablist">{tabs}</div>{body}</section>'


def _overview(t: Title, ctx: Context, c: Classes, rng: random.Random) -> str:
    out = f'<p class="{c("tagline")}"><em>{esc(t.tagline)}</em></p>' if t.tagline else ""
    if t.synopsis:
        out += f'<p class="{c("synopsis")}">{esc(t.synopsis)}</p>'
    if t.audience:
        out += f'<div class="{c("consensus")}"><h3>What Viewers Are Saying</h3><p>{esc(t.audience)}</p></div>'
    out += _watch(t.streaming, c)
    if ctx.episodes:
        options = "".join(f"<option>Season {s}</option>" for s in range(1, (t.seasons or 1) + 1))
        rows = "".join(f'<li><span>S{e.season} E{e.number} · {esc(e.name)}</span> <span>{e.minutes} min</span>'
                       f" <span>{short(e.aired)}</span> <button>Buy $2.99</button></li>" for e in ctx.episodes)
        out += f'<div class="{c("episodes")}"><select aria-label="Season">{options}</select><ol>{rows}</ol></div>'
    if ctx.reviews:
        out += (f'<div class="{c("reviews")}"><h3>Fan Reviews</h3>'
                + "".join(f"<blockquote><p>{esc(r.text)}</p><footer>{esc(r.author)} · {r.score}/10</footer>"
                          "</blockquote>" for r in ctx.reviews) + "</div>")
    return out


def _row(label: str, value: str) -> str:
    return f'<div role="row"><span role="rowheader">{label}</span><span role="cell">{value}</span></div>'


def _details(t: Title, c: Classes, rng: random.Random) -> str:
    rows = []
    if t.released:
        words = ("First aired", "Premiere") if t.kind == "show" else ("Released", "In theaters")
        rows.append(_row(pick(rng, ("Release Date", *words)), short(t.released)))
    elif t.year:
        rows.append(_row("Year", str(t.year)))
    if t.runtime:
        rows.append(_row(pick(rng, ("Runtime", "Length", "Duration")),
                         hours(t.runtime, " hr", " min") if rng.random() < 0.6 else f"{t.runtime} min"))
    if t.rating:
        rows.append(_row(pick(rng, ("Rated", "Age rating")), esc(t.rating)))
    if t.seasons:
        rows.append(_row("Seasons", str(t.seasons)))
    if t.genres:
        rows.append(_row("Genre", ", ".join(f'<a href="/browse/{i}">{esc(g)}</a>' for i, g in enumerate(t.genres))))
    if t.countries:
        rows.append(_row("Countries of origin" if len(t.countries) > 1 else "Country of origin",
                         ", ".join(map(esc, t.countries))))
    if t.studios:
        more = f" +{t.more_studios} more" if t.more_studios else ""
        rows.append(_row("Studio" if len(t.studios) == 1 else "Studios",
                         ", ".join(map(esc, t.shown_studios)) + more))
    if t.budget:
        rows.append(_row(pick(rng, ("Budget", "Production budget")), money_words(t.budget)))
    if t.box_office:
        rows.append(_row(pick(rng, ("Box office", "Worldwide gross")), money_symbol(t.box_office)))
    if t.imdb:
        rows.append(_row("IMDb", f'<a href="https://www.imdb.com/title/{t.imdb}/">7.{len(t.slug) % 10}/10</a>'))
    added = date(2025, 1, 3) + timedelta(days=len(t.slug) * 7)
    rows += [_row("Audio", "English 5.1, Dolby Atmos"), _row("Subtitles", "English CC, Spanish"),
             _row("Added", short(added)), _row("Available until", short(added + timedelta(days=700)))]
    return f'<div role="grid" class="{c("details")}" aria-label="Details">{"".join(rows)}</div>'


def _credits(t: Title, c: Classes, rng: random.Random) -> str:
    out = ""
    if t.cast:
        body = "".join(f"<tr><td>{esc(p.actor)}</td><td>{esc(p.character) if p.character else ''}</td></tr>"
                       for p in t.cast)
        out += f'<table class="{c("cast")}"><thead><tr><th>Actor</th><th>Role</th></tr></thead><tbody>{body}</tbody></table>'
    rows = []
    if t.directors:
        rows.append(_row("Director" if len(t.directors) == 1 else "Directors", ", ".join(map(esc, t.directors))))
    if t.writers:
        rows.append(_row(pick(rng, ("Writers", "Screenplay")), ", ".join(map(esc, t.writers))))
    return out + (f'<div role="grid" class="{c("crew")}">{"".join(rows)}</div>' if rows else "")


def _extras(t: Title, c: Classes) -> str:
    clips = "".join(f"<li>{name} <span>{n} min</span></li>"
                    for name, n in (("Behind the Scenes", 12 + len(t.slug) % 9), ("Deleted Scenes", 7)))
    trailer = f'<div class="{c("trailer")}"><h3>Trailer</h3>{youtube_embed(t.trailer)}</div>' if t.trailer else ""
    return f'{trailer}<h3>Bonus</h3><ul class="{c("bonus")}">{clips}</ul>'


def _watch(s: Streaming | None, c: Classes) -> str:
    if s is None:
        return ""
    if not s.counted:
        return f'<div class="{c("watch")}"><h3>Also streaming</h3><p>Not on any streaming service yet.</p></div>'
    n = len(s.platforms)
    head = (f"Also streaming on {n} service{'s' * (n > 1)}" if s.available
            else f"Not currently available on {n} service{'s' * (n > 1)}")
    logos = "".join(f'<a aria-label="Open in {esc(p)}" href="/out/{i}"><img alt="" src="/p/{i}.png"></a>'
                    for i, p in enumerate(s.platforms))
    return (f'<div class="{c("watch")}"><h3>{head}</h3>{logos}<small>Last updated '
            f"{long_date(s.verified_on)}</small></div>")


def _also(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<li><a href="{o.path}"><img alt="{esc(o.title)}" src="/poster/{i}.jpg"></a>'
                    f"<span>{o.year} · {hours(o.runtime or 97, ' hr', ' min')} · {esc(o.rating)}</span>"
                    f"<span>Rent $3.99</span></li>" for i, o in enumerate(ctx.others))
    return f'<section class="{c("also")}"><h2>Customers Also Watched</h2><ul>{cards}</ul></section>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/help">Help</a><a href="/devices">Devices</a>'
            '<a href="/gift">Gift Cards</a><a href="/privacy">Privacy Policy</a><a href="/terms">Terms</a>'
            '<div role="dialog" aria-label="Cookie consent"><p>We use cookies to improve your experience.</p>'
            "<button>Accept</button></div><p>© 2026 Storefront Inc.</p></footer>")
