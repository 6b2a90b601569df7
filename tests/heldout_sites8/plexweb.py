# ruff: noqa: E501  (HTML templates read best on one line)
"""Plex: a Plex web-app-like page (English): a sparse DOM over a JSON state script
(window.__PLEX_STATE__, holding the title's metadata and the recommendations). The <h1>
title; an unlabelled metadata row '1995 · 1h 51m · R' (a show's with '3 Seasons'); genres as
chips; the tagline in italics; the summary; 'Directed by', 'Written by', 'Produced by' (a trap)
and 'Studio' lines (in either order, as <p> or <dl>); 'Released' a full date on some pages;
'Available on' providers, each tagged 'Free with ads', 'Subscription', 'Rent' or 'Buy' with
prices, a count and an 'Availability updated' date; cast cards (name over role); a show's
episodes with their own director; 'More Like This' rails. No audience text, vote count,
countries, money, IMDb link or trailer."""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Any

from tests.heldout_sites2.kit import app_state, css, esc, hours, long_date
from tests.heldout_sites2.records import Streaming, Title
from tests.heldout_sites2.site import Context
from tests.heldout_sites8.common import Classes, cookie_banner, look, others_people, pick

NAME = "plexweb"
TAGS = ("Free with ads", "Subscription", "Rent $3.99", "Buy $12.99", "Rent", "Buy")


def fit(t: Title) -> Title:
    return replace(t, audience=None, votes=None, countries=(), budget=None, box_office=None,
                   imdb=None, trailer=None)


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("Metadata", rng)
    blocks = [_credits(t, c, rng), _watch(t.streaming, c, rng), _cast(t, c)]
    rng.shuffle(blocks)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(t.title)}{f" ({t.year})" if t.year else ""} - Plex</title>'
            f'<link rel="canonical" href="{t.url}">{css("Metadata", t.slug, 110)}</head><body>'
            f'{cookie_banner(c("consent"), "Plex uses cookies to deliver and improve our services.", "Accept", "Manage preferences")}'
            f'{_nav(c)}<div id="plex" class="{c("app")}"><main class="{c("page")}">{_hero(t, c, rng)}{"".join(blocks)}'
            f'{_episodes(ctx, c)}{_rails(ctx, c)}</main></div>{_footer(c)}'
            f'{app_state("__PLEX_STATE__", ctx.others, {"metadata": _state(t)})}</body></html>')


def _state(t: Title) -> dict[str, Any]:
    """The title's own metadata as the app holds it (what the DOM shows, nothing more)."""
    return {"type": t.kind, "title": t.title, "year": t.year, "duration": (t.runtime or 0) * 60000,
            "contentRating": t.rating, "tagline": t.tagline, "summary": t.synopsis,
            "Genre": [{"tag": g} for g in t.genres], "Director": [{"tag": d} for d in t.directors]}


def _nav(c: Classes) -> str:
    items = ("Home", "Live TV", "Movies & Shows", "Discover", "Watchlist")
    return (f'<header class="{c("NavBar")}"><a href="/" aria-label="Plex">plex</a><nav><ul>'
            + "".join(f'<li><a href="/{i}">{x}</a></li>' for i, x in enumerate(items))
            + '</ul></nav><input type="search" placeholder="Find Movies &amp; TV" aria-label="Search"><a href="/sign-in">Sign In</a></header>')


def _row(t: Title) -> str:
    parts = [str(t.year)] if t.year else []
    parts += [f"{t.seasons} {'Season' if t.seasons == 1 else 'Seasons'}"] if t.seasons else []
    parts += [hours(t.runtime)] if t.runtime else []
    parts += [esc(t.rating)] if t.rating else []
    return " · ".join(parts)


def _hero(t: Title, c: Classes, rng: random.Random) -> str:
    out = f'<section class="{c("Hero")}"><h1 class="{c("title")}">{esc(t.title)}</h1><div class="{c("metadataRow")}">{_row(t)}</div>'
    if t.genres:
        out += f'<ul class="{c("genres")}">' + "".join(f'<li><a href="/genre/{i}">{esc(g)}</a></li>' for i, g in enumerate(t.genres)) + "</ul>"
    out += f'<button class="{c("play")}">{pick(rng, ("Play", "Watch Free", "Add to Watchlist"))}</button>'
    if t.tagline:
        out += f'<p class="{c("tagline")}"><em>{esc(t.tagline)}</em></p>'
    if t.synopsis:
        out += f'<p class="{c("summary")}">{esc(t.synopsis)}</p>'
    return out + "</section>"


def _credits(t: Title, c: Classes, rng: random.Random) -> str:
    producer = others_people(t, rng, 1)[0]
    pairs: list[tuple[str, str]] = []
    if t.directors:
        pairs.append(("Directed by", ", ".join(map(esc, t.directors))))
    if t.writers:
        pairs.append(("Written by", ", ".join(map(esc, t.writers))))
    pairs.append(("Produced by", esc(producer)))
    if t.studios:
        more = f" +{t.more_studios} more" if t.more_studios else ""
        pairs.append(("Studio", ", ".join(map(esc, t.shown_studios)) + more))
    if t.released:
        pairs.append(("Released" if t.kind == "movie" else "First aired", long_date(t.released)))
    if rng.random() < 0.5:
        pairs.reverse()
    if rng.random() < 0.5:
        body = "".join(f"<p><span>{k}</span> {v}</p>" for k, v in pairs)
    else:
        body = "<dl>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in pairs) + "</dl>"
    return f'<section class="{c("Credits")}">{body}</section>'


def _watch(s: Streaming | None, c: Classes, rng: random.Random) -> str:
    if s is None:
        return ""
    if not s.counted:
        return f'<section class="{c("Availability")}"><h2>Available on</h2><p>Not available to stream in your region yet.</p></section>'
    n = len(s.platforms)
    head = f"Available on {n} {'service' if n == 1 else 'services'}" if s.available else f"Not available on any of {n} services"
    items = "".join(f'<li><img alt="{esc(p)}" src="/providers/{i}.png">'
                    + (f'<span class="{c("tag")}">{pick(rng, TAGS)}</span>' if s.available else "") + "</li>"
                    for i, p in enumerate(s.platforms))
    return (f'<section class="{c("Availability")}"><h2>Available on</h2><p>{head}</p><ul>{items}</ul>'
            f"<small>Availability updated {long_date(s.verified_on)}</small></section>")


def _cast(t: Title, c: Classes) -> str:
    if not t.cast:
        return ""
    cards = "".join(f'<li><a href="/person/{i}"><img alt="" src="/people/{i}.jpg"><div class="{c("name")}">{esc(p.actor)}</div>'
                    + (f'<div class="{c("role")}">{esc(p.character)}</div>' if p.character else "") + "</a></li>" for i, p in enumerate(t.cast))
    return f'<section class="{c("Cast")}"><h2>Cast &amp; Crew</h2><ul>{cards}</ul></section>'


def _episodes(ctx: Context, c: Classes) -> str:
    if not ctx.episodes:
        return ""
    items = "".join(f"<li><b>S{e.season} · E{e.number}</b> {esc(e.name)} <span>{hours(e.minutes)}</span> "
                    f"<span>{long_date(e.aired)}</span> <span>Directed by {esc(e.director)}</span></li>" for e in ctx.episodes)
    return f'<section class="{c("Episodes")}"><h2>Episodes</h2><ol>{items}</ol></section>'


def _rails(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<li><a href="{o.path}"><span>{esc(o.title)}</span></a><span>{o.year} · {hours(o.runtime or 97)} · '
                    f'{esc(o.rating or "")}</span></li>' for o in ctx.others)
    return f'<section class="{c("Hub")}"><h2>More Like This</h2><ul>{cards}</ul></section>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("Footer")}"><a href="/about">About</a><a href="/privacy">Privacy &amp; Legal</a>'
            '<a href="https://support.plex.tv">Support</a><p>© 2026 Plex</p></footer>')
