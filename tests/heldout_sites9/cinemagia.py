# ruff: noqa: E501  (HTML templates read best on one line)
"""Cinemagia: a Cinemagia-like Romanian page. The <h1> 'Title (1995)' with the year in its own
link (no part of the title); 'Nota Cinemagia 8,12' with '(1.234 voturi)' (a thousands dot)
beside an IMDb link and score without a count; a details list of 'Label: value' lines ('Regia:',
'Scenariul:', 'Cu:' names, 'Gen film:', 'Ţara:', 'Durata: 111 minute', 'Premiera în România:
27 octombrie 1995', 'Clasificare: N-15', 'Buget: 3.600.000 $', 'Încasări: 12.345.678 $', and
'Producător', 'Muzica', 'Imaginea' as traps; a show's 'Sezoane: 3'); 'Sinopsis'; a
'Distribuţie' table (actor, 'rol') on some pages; an embedded YouTube trailer; cinema showtimes
with ticket prices in lei; comments; 'Filme asemănătoare' rails; a JSON-LD Movie on some
deploys. No tagline, audience text, studios or streaming block."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from typing import Any

from tests.heldout_sites2.kit import app_state, css, esc, json_ld, ld_type, youtube_embed
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites9.common import (
    Classes,
    cookie_banner,
    dotted,
    fit_rng,
    look,
    no_characters,
    others_people,
    pick,
    rated,
    translate,
)

NAME = "cinemagia"
MONTHS = ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
          "septembrie", "octombrie", "noiembrie", "decembrie")
GENRES = {"Action": "Acţiune", "Adventure": "Aventuri", "Animation": "Animaţie",
          "Comedy": "Comedie", "Crime": "Crimă", "Documentary": "Documentar", "Drama": "Dramă",
          "Family": "Familie", "Fantasy": "Fantastic", "History": "Istoric", "Horror": "Horror",
          "Music": "Muzical", "Mystery": "Mister", "Romance": "Romantic",
          "Science Fiction": "SF", "Thriller": "Thriller", "War": "Război", "Western": "Western"}
COUNTRIES = {"United States": "SUA", "United Kingdom": "Marea Britanie", "France": "Franţa",
             "Germany": "Germania", "Japan": "Japonia", "China": "China",
             "South Korea": "Coreea de Sud", "India": "India", "Brazil": "Brazilia",
             "Australia": "Australia", "Canada": "Canada", "Spain": "Spania", "Italy": "Italia",
             "Mexico": "Mexic", "Nigeria": "Nigeria", "Sweden": "Suedia",
             "Denmark": "Danemarca", "Argentina": "Argentina", "Iran": "Iran",
             "Poland": "Polonia"}
# the Romanian film board's classes
CNC = {"G": "AG", "U": "AG", "TV-Y": "AG", "TV-G": "AG", "FSK 0": "AG", "PG": "AP-12",
       "TV-PG": "AP-12", "FSK 6": "AP-12", "PG-13": "AP-12", "12A": "AP-12", "M": "AP-12",
       "TV-14": "AP-12", "FSK 12": "AP-12", "R": "N-15", "15": "N-15", "MA15+": "N-15",
       "TV-MA": "N-15", "FSK 16": "N-15", "NC-17": "IM-18", "18": "IM-18", "R18+": "IM-18",
       "FSK 18": "IM-18"}
PROSE = Prose(
    verbs=("se întoarce în", "moşteneşte", "caută", "fuge din", "păzeşte", "pierde"),
    things=("un sat inundat", "livada familiei", "o vioară furată", "un far vechi",
            "o mină uitată", "un oraş de graniţă", "ultimul feribot"),
    synopsis=("{hero} {verb} {thing} şi descoperă că şi {other} {verb2} {thing2}. În "
              "{title}, vechi loialităţi sunt puse la încercare de-a lungul unui singur anotimp."),
    taglines=("Totul are un preţ.",),
    audiences=("Spectatorii laudă actorii.",))
SYMBOLS = {"USD": "$", "EUR": "€"}


def _roles(t: Title) -> bool:
    return fit_rng(NAME, t, "roles").random() < 0.5


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), CNC)
    t = replace(t, tagline=None, audience=None, studios=(), studios_shown=0, streaming=None)
    return t if _roles(t) else no_characters(t)


def day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def money(m: Money) -> str:
    """'3.600.000 $', '11.400.000 €', '7.200.000 DEM': the symbol or ISO code after the figure."""
    return f"{dotted(m.amount)} {SYMBOLS.get(m.currency, m.currency)}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("cm", rng)
    ld = _ld(t) if rng.random() < 0.4 else ""
    blocks = [_details(t, c, rng), _plot(t, c), _cast(t, c), _trailer(t, c)]
    if rng.random() < 0.5:
        blocks[1], blocks[2] = blocks[2], blocks[1]
    return (f'<!DOCTYPE html><html lang="ro"><head><meta charset="utf-8"><title>{esc(t.title)}{f" ({t.year})" if t.year else ""} - {"Serial" if t.kind == "show" else "Film"} - CineMagia.ro</title>'
            f'<link rel="canonical" href="{t.url}">{css("cm", t.slug, 100)}{ld}</head><body>'
            f'{cookie_banner(c("consent"), "Acest site foloseşte cookie-uri pentru a vă oferi o experienţă mai bună.", "Sunt de acord", "Setări")}'
            f'{_nav(c)}<div id="content" class="{c("content")}">{_head(t, c)}{"".join(blocks)}{_showtimes(c, rng)}{_comments(ctx, c)}{_rails(ctx, c)}</div>'
            f'{_footer(c)}{app_state("CM_DATA", ctx.others, {"lang": "ro"})}</body></html>')


def _ld(t: Title) -> str:
    data: dict[str, Any] = {"@type": ld_type(t), "name": t.title, "url": t.url}
    if t.released:
        data["datePublished"] = t.released.isoformat()
    if t.directors:
        data["director"] = [{"@type": "Person", "name": d} for d in t.directors]
    if t.cast:
        data["actor"] = [{"@type": "Person", "name": p.actor} for p in t.cast]
    if t.rating:
        data["contentRating"] = t.rating
    return json_ld(data)


def _nav(c: Classes) -> str:
    items = ("Filme", "Seriale", "Program TV", "Cinema", "Actori", "Trailere", "Box Office", "Liste")
    return (f'<header class="{c("header")}"><a href="/" class="{c("logo")}">CineMagia</a><nav><ul>'
            + "".join(f'<li><a href="/{x.lower().replace(" ", "-")}/">{x}</a></li>' for x in items)
            + '</ul></nav><input type="search" placeholder="Caută film, serial, actor" aria-label="Caută"></header>')


def _head(t: Title, c: Classes) -> str:
    year = f' <a href="/filme/{t.year}/">({t.year})</a>' if t.year else ""
    score = (f'<div class="{c("rating-cinemagia")}">Nota Cinemagia <b>{6 + len(t.slug) % 4},{len(t.title) % 100:02d}</b> <span>({dotted(t.votes)} vot{"uri" if t.votes > 1 else ""})</span></div>'
             if t.votes else f'<div class="{c("rating-cinemagia")}">Nota Cinemagia: fără voturi</div>')
    imdb = (f'<div class="{c("rating-imdb")}"><a href="https://www.imdb.com/title/{t.imdb}/" rel="nofollow">IMDB</a>: {5 + len(t.title) % 4}.{len(t.slug) % 10}</div>' if t.imdb else "")
    kind = "Serial TV" if t.kind == "show" else "Film"
    return f'<div class="{c("title-block")}"><h1 class="{c("title")}">{esc(t.title)}{year}</h1><span class="{c("type")}">{kind}</span>{score}{imdb}</div>'


def _details(t: Title, c: Classes, rng: random.Random) -> str:
    producer, music, camera = others_people(t, rng, 3)
    rows: list[tuple[str, str]] = []
    if t.directors:
        rows.append(("Regia", ", ".join(map(esc, t.directors))))
    if t.writers:
        rows.append(("Scenariul", ", ".join(map(esc, t.writers))))
    if t.cast:
        rows.append(("Cu", ", ".join(esc(p.actor) for p in t.cast)))
    rows += [("Producător", esc(producer)), ("Muzica", esc(music)), ("Imaginea", esc(camera))]
    if t.genres:
        rows.append(("Gen film", ", ".join(map(esc, t.genres))))
    if t.countries:
        rows.append(("Ţara", ", ".join(map(esc, t.countries))))
    if t.runtime:
        rows.append(("Durata", f"{t.runtime} minute" + (" / episod" if t.kind == "show" else "")))
    if t.seasons:
        rows.append(("Sezoane", str(t.seasons)))
    if t.released:
        rows.append(("Premiera în România" if t.kind == "movie" else "Premiera TV", day(t.released)))
    if t.rating:
        rows.append(("Clasificare", esc(t.rating)))
    if t.budget:
        rows.append(("Buget", money(t.budget)))
    if t.box_office:
        rows.append(("Încasări", money(t.box_office)))
    if rng.random() < 0.5:
        body = "<ul>" + "".join(f'<li><strong>{k}:</strong> {v}</li>' for k, v in rows) + "</ul>"
    else:
        body = "".join(f'<div class="{c("row")}"><span class="{c("label")}">{k}:</span> <span>{v}</span></div>' for k, v in rows)
    return f'<section class="{c("movie-info")}"><h2>{pick(rng, ("Detalii film", "Informaţii", "Despre film"))}</h2>{body}</section>'


def _plot(t: Title, c: Classes) -> str:
    if not t.synopsis:
        return ""
    return f'<section class="{c("synopsis")}"><h2>Sinopsis</h2><p>{esc(t.synopsis)}</p></section>'


def _cast(t: Title, c: Classes) -> str:
    if not any(p.character for p in t.cast):
        return ""
    rows = "".join(f"<tr><td>{esc(p.actor)}</td><td>... {esc(p.character or '')}</td></tr>" for p in t.cast)
    return f'<section class="{c("cast")}"><h2>Distribuţie</h2><table><tr><th>Actor</th><th>Rol</th></tr>{rows}</table></section>'


def _trailer(t: Title, c: Classes) -> str:
    if not t.trailer:
        return ""
    return f'<section class="{c("trailer")}"><h2>Trailer {esc(t.title)}</h2>{youtube_embed(t.trailer)}</section>'


def _showtimes(c: Classes, rng: random.Random) -> str:
    times = ", ".join(f"{rng.randint(11, 22)}:{rng.choice(('00', '15', '30', '45'))}" for _ in range(3))
    return f'<section class="{c("program")}"><h2>Program cinema</h2><p>Cinema City AFI Cotroceni: {times} · bilet {pick(rng, ("32", "36", "41"))} lei</p></section>'


def _comments(ctx: Context, c: Classes) -> str:
    if not ctx.reviews:
        return ""
    items = "".join(f'<li><b>{esc(r.author)}</b> <span>nota {r.score}</span> <time>{day(r.posted)}</time><p lang="en">{esc(r.text)}</p></li>' for r in ctx.reviews)
    return f'<section class="{c("comments")}"><h2>Comentarii</h2><ul>{items}</ul></section>'


def _rails(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<li><a href="{o.path}">{esc(o.title)} ({o.year})</a> <span>{o.runtime or 97} minute</span> <span>{esc(o.rating or "")}</span>'
                    f' <span>({dotted(o.votes or 1)} voturi)</span></li>' for o in ctx.others)
    return f'<section class="{c("similar")}"><h2>Filme asemănătoare</h2><ul>{cards}</ul></section>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/despre/">Despre noi</a><a href="/termeni/">Termeni şi condiţii</a>'
            '<a href="/confidentialitate/">Confidenţialitate</a><p>© 2003-2026 CineMagia.ro</p></footer>')
