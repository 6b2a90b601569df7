# ruff: noqa: E501  (HTML templates read best on one line)
"""Kinobox: a Kinobox.cz-like Czech page. The <h1> is the title, on some pages followed by the
year in its own span ('(1995)', no part of the title); unlabelled lines 'Drama / Krimi' and
'USA, 1995, 111 min' (a show's 'Seriál, USA, 1995, 3 série, 45 min'); 'Hodnocení 81 %' with
'1 234 hodnocení' (a no-break space as thousands separator); the Czech synopsis; 'Režie:',
'Scénář:', 'Hrají:' lines and 'Kamera:', 'Hudba:', 'Producent:' as traps; 'Premiéra v ČR:
27. 10. 1995' (or '27. října 1995') and, on some pages, 'Premiéra na DVD' a later date as a trap;
an IMDb link; 'Kde sledovat' offers with prices in Kč as traps; user comments; 'Podobné
filmy' rails; a JSON-LD Movie on some pages. No tagline, audience text, certificate, studios,
money, trailer or streaming count."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from tests.heldout_sites2.kit import app_state, css, esc, imdb_link, json_ld, ld_type
from tests.heldout_sites2.records import Prose, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites10.common import (
    Classes,
    cookie_banner,
    look,
    no_characters,
    others_people,
    spaced,
    translate,
)

NAME = "kinobox"
GENRES = {"Action": "Akční", "Adventure": "Dobrodružný", "Animation": "Animovaný",
          "Comedy": "Komedie", "Crime": "Krimi", "Documentary": "Dokumentární",
          "Drama": "Drama", "Family": "Rodinný", "Fantasy": "Fantasy",
          "History": "Historický", "Horror": "Horor", "Music": "Hudební",
          "Mystery": "Mysteriózní", "Romance": "Romantický", "Science Fiction": "Sci-Fi",
          "Thriller": "Thriller", "War": "Válečný", "Western": "Western"}
COUNTRIES = {"United States": "USA", "United Kingdom": "Velká Británie", "France": "Francie",
             "Germany": "Německo", "Japan": "Japonsko", "China": "Čína",
             "South Korea": "Jižní Korea", "India": "Indie", "Brazil": "Brazílie",
             "Australia": "Austrálie", "Canada": "Kanada", "Spain": "Španělsko",
             "Italy": "Itálie", "Mexico": "Mexiko", "Nigeria": "Nigérie", "Sweden": "Švédsko",
             "Denmark": "Dánsko", "Argentina": "Argentina", "Iran": "Írán", "Poland": "Polsko"}
MONTHS = ("ledna", "února", "března", "dubna", "května", "června", "července", "srpna",
          "září", "října", "listopadu", "prosince")
PROSE = Prose(
    verbs=("se vrací do", "zdědí", "hledá", "utíká z", "střeží", "ztratí"),
    things=("zatopené vesnice", "rodinného sadu", "starého majáku", "opuštěného dolu",
            "pohraničního městečka", "posledního přívozu"),
    synopsis=("{hero} {verb} {thing} a zjistí, že {other} také {verb2} {thing2}. "
              "{title} vypráví o staré věrnosti, kterou prověří jedna dlouhá sezóna."),
    taglines=("Všechno má svou cenu.",),
    audiences=("Diváci chválí herce.",))


def fit(t: Title) -> Title:
    t = translate(localize(t, PROSE), GENRES, COUNTRIES)
    t = replace(t, tagline=None, audience=None, rating=None, studios=(), studios_shown=0,
                budget=None, box_office=None, trailer=None, streaming=None)
    return no_characters(t)


def day(d: date, words: bool) -> str:
    """'27. 10. 1995' or '27. října 1995'."""
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}" if words else f"{d.day}. {d.month}. {d.year}"


def seasons(n: int) -> str:
    return f"{n} {'série' if n < 5 else 'sérií'}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("kb", rng)
    ld = _ld(t) if rng.random() < 0.5 else ""
    blocks = [_credits(t, c, rng), _synopsis(t, c), _where(c, rng)]
    if rng.random() < 0.5:
        blocks[0], blocks[1] = blocks[1], blocks[0]
    return (f'<!DOCTYPE html><html data-theme="auto" lang="cs"><head><meta charset="utf-8"><title>{esc(t.title)}{f" ({t.year})" if t.year else ""} | Kinobox.cz</title>'
            f'<link rel="canonical" href="{t.url}"><meta name="og:title" content="{esc(t.title)}">{css("kb", t.slug, 100)}{ld}</head><body>'
            f'{cookie_banner(c("consent"), "Tento web používá k poskytování služeb a analýze návštěvnosti soubory cookie.", "Přijmout vše", "Odmítnout")}'
            f'{_nav(c)}<main class="{c("film")}">{_head(t, c, rng)}{"".join(blocks)}{_comments(ctx, c)}{_rails(ctx, c)}</main>'
            f'{_footer(c)}{app_state("__NEXT_DATA_KB__", ctx.others, {"locale": "cs"})}</body></html>')


def _ld(t: Title) -> str:
    data: dict[str, Any] = {"@type": ld_type(t), "name": t.title, "url": t.url}
    if t.genres:
        data["genre"] = list(t.genres)
    if t.directors:
        data["director"] = [{"@type": "Person", "name": d} for d in t.directors]
    if t.cast:
        data["actor"] = [{"@type": "Person", "name": p.actor} for p in t.cast]
    if t.votes:
        data["aggregateRating"] = {"@type": "AggregateRating", "ratingValue": 70 + len(t.slug) % 25, "bestRating": 100, "ratingCount": t.votes}
    return json_ld(data)


def _nav(c: Classes) -> str:
    items = ("Filmy", "Seriály", "V kině", "Na DVD", "Novinky", "Recenze", "Žebříčky")
    return (f'<header class="{c("header")}"><a href="/" class="{c("logo")}">Kinobox</a><nav><ul>'
            + "".join(f'<li><a href="/{i}">{x}</a></li>' for i, x in enumerate(items))
            + '</ul></nav><input type="search" placeholder="Hledat film, seriál nebo osobu" aria-label="Hledat"></header>')


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    year = f' <span class="{c("year")}">({t.year})</span>' if t.year and rng.random() < 0.5 else ""
    line = (["Seriál"] if t.kind == "show" else []) + list(map(esc, t.countries))
    line += [str(t.year)] if t.year else []
    line += [seasons(t.seasons)] if t.seasons else []
    line += [f"{t.runtime} min"] if t.runtime else []
    out = f'<section class="{c("head")}"><h1 class="{c("title")}">{esc(t.title)}{year}</h1>'
    if t.genres:
        out += f'<div class="{c("genres")}">{" / ".join(map(esc, t.genres))}</div>'
    out += f'<div class="{c("origin")}">{", ".join(line)}</div>'
    if t.votes:
        out += (f'<div class="{c("rating")}"><span class="{c("score")}">{60 + len(t.slug) % 35} %</span> '
                f'<span>{spaced(t.votes)} hodnocení</span></div>')
    if t.imdb:
        out += f'<div class="{c("ext")}">{imdb_link(t.imdb)} <span>{5 + len(t.title) % 4},{len(t.slug) % 10}</span></div>'
    return out + "</section>"


def _credits(t: Title, c: Classes, rng: random.Random) -> str:
    trap = others_people(t, rng, 3)
    rows: list[tuple[str, str]] = []
    if t.directors:
        rows.append(("Režie", ", ".join(map(esc, t.directors))))
    if t.writers:
        rows.append(("Scénář", ", ".join(map(esc, t.writers))))
    rows += [("Kamera", esc(trap[0])), ("Hudba", esc(trap[1]))]
    if t.cast:
        rows.append(("Hrají", ", ".join(f'<a href="/osoba/{i}">{esc(p.actor)}</a>' for i, p in enumerate(t.cast))))
    rows.append(("Producent", esc(trap[2])))
    if t.released:
        rows.append(("Premiéra v ČR", day(t.released, rng.random() < 0.4)))
        if rng.random() < 0.4:
            rows.append(("Premiéra na DVD", day(t.released + timedelta(days=rng.randint(120, 400)), False)))
    if rng.random() < 0.5:
        body = "".join(f'<p><strong>{k}:</strong> {v}</p>' for k, v in rows)
    else:
        body = "<dl>" + "".join(f'<dt>{k}:</dt><dd>{v}</dd>' for k, v in rows) + "</dl>"
    return f'<section class="{c("credits")}">{body}</section>'


def _synopsis(t: Title, c: Classes) -> str:
    if not t.synopsis:
        return ""
    return f'<section class="{c("plot")}"><h2>Obsah {"seriálu" if t.kind == "show" else "filmu"}</h2><p>{esc(t.synopsis)}</p></section>'


def _where(c: Classes, rng: random.Random) -> str:
    offers = rng.sample((("Netflix", "předplatné"), ("Google Play", "od 79 Kč"), ("Apple TV", "od 99 Kč"), ("Oneplay", "předplatné"), ("Rakuten", "pronájem 59 Kč")), 3)
    items = "".join(f'<li><span>{p}</span> <span>{o}</span></li>' for p, o in offers)
    return f'<section class="{c("vod")}"><h2>Kde sledovat</h2><ul>{items}</ul></section>'


def _comments(ctx: Context, c: Classes) -> str:
    items = "".join(f'<li><b>{esc(r.author)}</b> <span>{r.score * 10} %</span><p>{esc(r.text)}</p></li>' for r in ctx.reviews)
    return f'<section class="{c("comments")}"><h2>Komentáře ({len(ctx.reviews)})</h2><ul>{items}</ul></section>'


def _rails(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a> <span>{o.year}</span> <span>{o.runtime or 97} min</span>'
                    f'<span>{spaced(o.votes or 1)} hodnocení</span></li>' for o in ctx.others)
    return f'<section class="{c("similar")}"><h2>Podobné filmy</h2><ul>{cards}</ul></section>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/kontakt">Kontakt</a><a href="/reklama">Reklama</a><a href="/podminky">Podmínky užití</a>'
            '<a href="/soukromi">Ochrana osobních údajů</a><p>© 2026 Kinobox.cz, všechna práva vyhrazena</p></footer>')
