# ruff: noqa: E501  (HTML templates read best on one line)
"""Crunchyroll: a crunchyroll.com series or movie page (English, anime). The <h1> (a logo image
with the title as its alt on some deploys); 'Average Rating: 4.8 (12.4K)' (K/M counts) with the
stars; the description in an expandable block ('More Details'); a details list 'Audio: Japanese,
English', 'Subtitles: ...' (traps), 'Content Advisory: TV-14', 'Genres' tags; a series' '5
Seasons' picker and its episodes ('S5 E3 - Name', each with its own '24m' and air date); a
movie's 'Movie · 1995 · 1h 51m'; the Premium prices in $ (traps); 'More Like This'; a JSON-LD
TVSeries or Movie on some pages. No tagline, audience text, release date, countries, studios,
money, IMDb link, trailer, streaming block or credits (Crunchyroll names no crew or cast)."""

from __future__ import annotations

import random
from dataclasses import replace

from tests.heldout_sites2.kit import app_state, compact_votes, css, esc, hours, round_votes
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context
from tests.heldout_sites12.common import (
    Classes,
    cookie_banner,
    footer,
    look,
    nav,
    pick,
    rail,
    rated,
    schema,
)

NAME = "crunchyroll"
# Crunchyroll's US content advisories are TV ratings, films' certificates included
ADVISORY = {"G": "TV-G", "U": "TV-G", "TV-Y": "TV-Y", "TV-G": "TV-G", "FSK 0": "TV-G",
            "PG": "TV-PG", "TV-PG": "TV-PG", "FSK 6": "TV-PG", "PG-13": "TV-14", "12A": "TV-14",
            "M": "TV-14", "TV-14": "TV-14", "FSK 12": "TV-14", "R": "TV-MA", "15": "TV-14",
            "MA15+": "TV-MA", "FSK 16": "TV-MA", "TV-MA": "TV-MA", "NC-17": "TV-MA",
            "18": "TV-MA", "R18+": "TV-MA", "FSK 18": "TV-MA"}


def fit(t: Title) -> Title:
    t = replace(rated(t, ADVISORY), tagline=None, audience=None, released=None,
                votes=round_votes(t.votes),
                countries=(), studios=(), studios_shown=0, budget=None, box_office=None,
                imdb=None, trailer=None, streaming=None, directors=(), writers=(), cast=())
    return replace(t, runtime=None) if t.kind == "show" else t


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("cr", rng)
    ld = schema(t, ("description", "genre", "contentRating", "aggregateRating", "numberOfSeasons")) if rng.random() < 0.5 else ""
    blocks = [_episodes(t, ctx, c), _premium(c, rng), rail(ctx, c, "More Like This", _line)]
    if rng.random() < 0.5:
        blocks[1], blocks[2] = blocks[2], blocks[1]
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(t.title)} - Watch on Crunchyroll</title>'
            f'<link rel="canonical" href="{t.url}">{css("cr", t.slug, 110)}{ld}</head><body>'
            f'{cookie_banner(c("consent"), "Crunchyroll uses cookies to improve your experience and for personalized advertising.", "Accept All", "Cookie Settings")}'
            f'{nav(c, "Crunchyroll", ("Browse", "Manga", "Games", "News", "Simulcast Season", "Music"), "<a href=/premium>Try Free Premium</a>")}<main class="{c("main")}">{_hero(t, c, rng)}{"".join(blocks)}</main>'
            f'{footer(c, ("About", "Help/FAQ", "Terms of Use", "Privacy Policy", "Cookie Consent Tool", "Careers"), "© Crunchyroll, LLC")}{app_state("__INITIAL_STATE__", ctx.others, {"locale": "en-US"})}</body></html>')


def _line(o: Title) -> str:
    return f"{o.year} · {hours(o.runtime or 97)} · {o.rating or ''}"


def _hero(t: Title, c: Classes, rng: random.Random) -> str:
    heading = (f'<h1 class="{c("logo")}"><img src="/keyart/{t.slug}.png" alt="{esc(t.title)}"></h1>' if rng.random() < 0.3
               else f'<h1 class="{c("title")}">{esc(t.title)}</h1>')
    out = f'<section class="{c("hero")}">{heading}'
    if t.kind == "movie":
        out += f'<div class="{c("meta")}">' + " · ".join(["Movie"] + ([str(t.year)] if t.year else []) + ([hours(t.runtime)] if t.runtime else [])) + "</div>"
    else:
        out += f'<div class="{c("meta")}">Series{f" · {t.year}" if t.year else ""}</div>'
    if t.votes:
        out += f'<div class="{c("rating")}" aria-label="Average Rating">Average Rating: <b>{4 + len(t.slug) % 10 / 10:.1f}</b> ({compact_votes(t.votes)})</div>'
    if t.synopsis:
        out += f'<div class="{c("desc")}"><p>{esc(t.synopsis)}</p><button>More Details</button></div>'
    rows = [("Audio", pick(rng, ("Japanese, English", "Japanese", "Japanese, English, Deutsch, Español (América Latina)"))),
            ("Subtitles", "English, Deutsch, Español (América Latina), Français, Português (Brasil)")]
    rows += [("Content Advisory", t.rating)] if t.rating else []
    details = "".join(f'<div class="{c("row")}"><h5>{k}</h5><p>{v}</p></div>' for k, v in rows)
    tags = "".join(f'<a class="{c("genre")}" href="/genre/{i}">{esc(g)}</a>' for i, g in enumerate(t.genres))
    return out + f'<div class="{c("details")}">{details}<div class="{c("genres")}">{tags}</div></div></section>'


def _episodes(t: Title, ctx: Context, c: Classes) -> str:
    if not t.seasons:
        return ""
    picker = f'<div class="{c("seasons")}"><button>{t.seasons} Season{"s" if t.seasons > 1 else ""}</button><ul>' + "".join(f"<li>S{n}</li>" for n in range(1, t.seasons + 1)) + "</ul></div>"
    cards = "".join(f'<div class="{c("episode")}"><h4>S{e.season} E{e.number} - {esc(e.name)}</h4><span>{e.minutes}m</span> <time>{e.aired.isoformat()}</time></div>' for e in ctx.episodes)
    return f'<section class="{c("episodes")}">{picker}{cards}</section>'


def _premium(c: Classes, rng: random.Random) -> str:
    plans = (("Fan", "7.99"), ("Mega Fan", "11.99"), ("Ultimate Fan", "15.99"))
    items = "".join(f"<li><b>{n}</b> <span>${p}/mo</span></li>" for n, p in plans)
    return f'<section class="{c("premium")}"><h2>Stream ad-free with Premium</h2><ul>{items}</ul><p>{rng.randint(7, 14)}-day free trial</p></section>'
