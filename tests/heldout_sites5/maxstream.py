# ruff: noqa: E501  (HTML templates read best on one line)
"""Maxstream: an HBO Max-like streaming single-page app. The server renders a hero whose title is
an <h1> or a logo image (alt text) inside it; an unlabelled metadata row of badges whose
accessible names say what they are ('<span aria-label="Rated TV-MA">TV-MA</span>',
'<span aria-label="Duration: 1 hour 51 minutes">1H 51M</span>', a year, '3 Seasons'); a season
picker and an episodes rail (each episode with its own runtime, air date and director); a
'Details' region of <h3>-labelled paragraphs ('Starring', 'Directed By', 'Written By',
'Producers', 'Genres', 'Originally Released', 'Country', 'Studio', 'Audio'); 'More Like This'
and 'Trending' rails; a large app-state script. No characters, audience text, money,
where-to-watch block or YouTube trailer; the JSON-LD (on some deploys) alone gives the IMDb id
(sameAs) and the rating count (aggregateRating)."""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Any

from tests.heldout_sites2.kit import app_state, css, esc, json_ld, ld_type, long_date
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context
from tests.heldout_sites5.common import Classes, fit_rng, look, no_characters, others_people, pick

NAME = "maxstream"


def _has_ld(t: Title) -> bool:
    return fit_rng(NAME, t, "ld").random() < 0.55


def fit(t: Title) -> Title:
    ld = _has_ld(t)
    t = replace(t, audience=None, budget=None, box_office=None, streaming=None, trailer=None,
                imdb=t.imdb if ld else None, votes=t.votes if ld else None,
                studios_shown=len(t.studios))
    return no_characters(t)


def spoken(minutes: int) -> tuple[str, str]:
    """('1H 51M', '1 hour 51 minutes'): the badge and its accessible name."""
    big, small = divmod(minutes, 60)
    badge = " ".join(([f"{big}H"] if big else []) + ([f"{small}M"] if small or not big else []))
    words = " ".join(([f"{big} hour{'s' * (big > 1)}"] if big else [])
                     + ([f"{small} minute{'s' * (small != 1)}"] if small or not big else []))
    return badge, words


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("mx", rng)
    ld = _ld(t) if _has_ld(t) else ""
    sections = [_episodes(t, ctx, c), _details(t, c, rng)]
    if rng.random() < 0.4:
        sections.reverse()
    state = {"page": {"id": f"urn:mx:{t.kind}:{len(t.slug) * 7919}", "name": t.title},
             "player": {"autoplay": True, "previewMuted": rng.random() < 0.5},
             "trending": [{"name": o.title, "year": o.year, "rating": o.rating} for o in ctx.others[:3]]}
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(t.title)} | Max</title>'
            f'<link rel="canonical" href="{t.url}"><meta property="og:title" content="{esc(t.title)}">'
            f'<meta name="theme-color" content="#002be7">{css("mx", t.slug, 100)}{ld}</head><body>'
            f'<div id="app-root"><a class="{c("skip")}" href="#main">Skip to main content</a>{_nav(c)}'
            f'<main id="main" class="{c("main")}">{_hero(t, c, rng)}{"".join(sections)}{_rails(ctx, c)}</main>'
            f'{_footer(c)}</div>{app_state("__MX_APP_STATE__", ctx.others, state)}</body></html>')


def _ld(t: Title) -> str:
    data: dict[str, Any] = {"@type": ld_type(t), "name": t.title, "url": t.url}
    if t.imdb:
        data["sameAs"] = [f"https://www.imdb.com/title/{t.imdb}/"]
    if t.votes:
        data["aggregateRating"] = {"@type": "AggregateRating", "ratingValue": 8.1, "bestRating": 10,
                                   "ratingCount": t.votes}
    if t.rating:
        data["contentRating"] = t.rating
    if t.directors:
        data["director"] = [{"@type": "Person", "name": d} for d in t.directors]
    return json_ld(data)


def _nav(c: Classes) -> str:
    items = ("Home", "Series", "Movies", "HBO", "New & Notable", "Sports", "News", "My Stuff")
    return (f'<header class="{c("header")}" role="banner"><nav aria-label="Primary navigation"><ul role="menubar">'
            + "".join(f'<li role="none"><a role="menuitem" href="/{i}">{x}</a></li>' for i, x in enumerate(items))
            + '</ul></nav><button aria-label="Search"><svg aria-hidden="true"></svg></button>'
            '<button aria-label="Profile: Kids"><img alt="" src="/avatar.png"></button></header>')


def _hero(t: Title, c: Classes, rng: random.Random) -> str:
    if rng.random() < 0.45:
        head = f'<h1 class="{c("logo")}"><img alt="{esc(t.title)}" src="/art/{t.slug}/logo.png"></h1>'
    else:
        head = f'<h1 class="{c("title")}">{esc(t.title)}</h1>'
    badges = []
    if t.rating:
        badges.append(f'<span class="{c("badge")}" aria-label="Rated {esc(t.rating)}">{esc(t.rating)}</span>')
    if t.year:
        badges.append(f'<span aria-label="Release year {t.year}">{t.year}</span>')
    if t.runtime:
        badge, words = spoken(t.runtime)
        label = f"Duration: {words}" + (" per episode" if t.kind == "show" else "")
        badges.append(f'<span aria-label="{label}">{badge}</span>')
    if t.seasons:
        badges.append(f"<span>{t.seasons} Season{'s' * (t.seasons > 1)}</span>")
    badges.append(f'<span aria-label="Available in 4K Ultra HD">4K UHD</span><span aria-label="Dolby Atmos">{pick(rng, ("ATMOS", "5.1"))}</span>')
    sep = pick(rng, (" • ", " | ", " "))
    out = (f'<section class="{c("hero")}" aria-label="Featured"><div class="{c("art")}" style="background-image:url(/art/{t.slug}.jpg)"></div>'
           f'{head}<div class="{c("metadata")}" role="list">{sep.join(badges)}</div>')
    if t.genres:
        out += f'<p class="{c("genres")}">{" · ".join(map(esc, t.genres))}</p>'
    if t.tagline:
        out += f'<p class="{c("tagline")}"><em>{esc(t.tagline)}</em></p>'
    if t.synopsis:
        out += f'<p class="{c("description")}" data-testid="description">{esc(t.synopsis)}</p>'
    label = "Play S1 E1" if t.kind == "show" else "Play"
    return out + (f'<div role="group" aria-label="Actions"><button>{label}</button><button aria-label="Add to My List">+</button>'
                  f'<button aria-label="Trailer, opens player">Trailer</button></div></section>')


def _episodes(t: Title, ctx: Context, c: Classes) -> str:
    if not t.seasons:
        return ""
    options = "".join(f'<li role="option" aria-selected="{"true" if s == t.seasons else "false"}">Season {s}</li>'
                      for s in range(1, t.seasons + 1))
    cards = "".join(f'<li class="{c("episode")}"><a href="/episode/{e.season}-{e.number}"><h4>S{e.season} E{e.number}: {esc(e.name)}</h4>'
                    f'<span aria-label="Duration: {spoken(e.minutes)[1]}">{spoken(e.minutes)[0]}</span>'
                    f"<p>Aired {long_date(e.aired)}. Directed by {esc(e.director)}.</p></a></li>" for e in ctx.episodes)
    return (f'<section class="{c("episodes")}" aria-labelledby="eps"><h2 id="eps">Episodes</h2>'
            f'<button aria-haspopup="listbox">Season {t.seasons}</button><ul role="listbox">{options}</ul>'
            f'<ul class="{c("rail")}">{cards}</ul></section>')


def _details(t: Title, c: Classes, rng: random.Random) -> str:
    extra = others_people(t, rng, 2)
    rows = []
    if t.cast:
        rows.append(("Starring", ", ".join(esc(p.actor) for p in t.cast)))
    if t.directors:
        rows.append(("Directed By" if rng.random() < 0.5 else "Director", ", ".join(map(esc, t.directors))))
    if t.writers:
        rows.append(("Written By" if rng.random() < 0.5 else "Writers", ", ".join(map(esc, t.writers))))
    rows.append(("Producers", ", ".join(map(esc, extra))))
    if t.genres:
        rows.append(("Genres", ", ".join(map(esc, t.genres))))
    if t.released:
        rows.append(("Originally Released", long_date(t.released)))
    if t.countries:
        rows.append(("Country", ", ".join(map(esc, t.countries))))
    if t.studios:
        rows.append(("Studio", ", ".join(map(esc, t.studios))))
    rows.append(("Audio", pick(rng, ("English, Spanish", "English (Dolby Atmos), French, Spanish"))))
    rows.append(("Subtitles", "English CC, Spanish, French"))
    body = "".join(f'<div class="{c("row")}"><h3>{k}</h3><p>{v}</p></div>' for k, v in rows)
    return f'<section class="{c("details")}" aria-labelledby="details-h"><h2 id="details-h">Details</h2>{body}</section>'


def _rails(ctx: Context, c: Classes) -> str:
    like = "".join(f'<li><a href="{o.path}" aria-label="{esc(o.title)}, {o.year}, Rated {esc(o.rating)}">'
                   f'<img alt="" src="/tiles/{i}.jpg"></a></li>' for i, o in enumerate(ctx.others[:3]))
    trend = "".join(f'<li><a href="{o.path}"><span>{esc(o.title)}</span><span aria-label="Rated {esc(o.rating)}">{esc(o.rating)}</span>'
                    f'<span>{o.year}</span><span>{spoken(o.runtime or 97)[0]}</span></a></li>' for o in ctx.others[3:])
    return (f'<section class="{c("rail")}" aria-label="More Like This"><h2>More Like This</h2><ul>{like}</ul></section>'
            f'<section class="{c("rail")}" aria-label="Trending Now"><h2>Trending Now</h2><ol>{trend}</ol></section>')


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/privacy">Privacy Policy</a><a href="/terms">Terms of Use</a>'
            '<a href="/ad-choices">Ad Choices</a><a href="/help">Help Center</a><a href="/devices">Supported Devices</a>'
            "<p>© 2026 Maxstream. All rights reserved.</p></footer>")
