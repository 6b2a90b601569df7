# ruff: noqa: E501  (HTML templates read best on one line)
"""Kinodk: a Kino.dk-like Danish cinema page. A hero with the <h1>, a 'Premiere 12. marts 1995'
line and the Medierådet classification as a chip ('11', its title 'Tilladt for børn over 11
år'); a facts <dl> ('Originaltitel', 'Spilletid' as '111 min.' or '1 t. 51 min.', 'Genre',
'Produktionsland', 'Produktionsår', 'Instruktør', 'Manuskript', 'Medvirkende' names only,
'Produktionsselskab' with '+2 andre', 'Distributør' as a trap, 'Sæsoner'); the user score '4,2
ud af 5 (1.234 stemmer)'; 'Handling'; 'Det siger publikum'; showtimes with halls and ticket
prices; 'Stream filmen'; a show's episodes with their own director; 'Andre film' rails; a
JSON-LD on some deploys that alone gives the IMDb id. No tagline and no money."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from typing import Any

from tests.heldout_sites2.kit import app_state, css, esc, json_ld, ld_type
from tests.heldout_sites2.records import Prose, Streaming, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites5.common import dotted
from tests.heldout_sites6.common import (
    Classes,
    cookie_banner,
    fit_rng,
    look,
    no_characters,
    pick,
    rated,
    translate,
)

NAME = "kinodk"
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")
GENRES = {"Action": "Action", "Adventure": "Eventyr", "Animation": "Animation",
          "Comedy": "Komedie", "Crime": "Krimi", "Documentary": "Dokumentar", "Drama": "Drama",
          "Family": "Familie", "Fantasy": "Fantasy", "History": "Historisk", "Horror": "Gyser",
          "Music": "Musik", "Mystery": "Mysterie", "Romance": "Romantik",
          "Science Fiction": "Science fiction", "Thriller": "Thriller", "War": "Krig",
          "Western": "Western"}
COUNTRIES = {"United States": "USA", "United Kingdom": "Storbritannien", "France": "Frankrig",
             "Germany": "Tyskland", "Japan": "Japan", "China": "Kina", "South Korea": "Sydkorea",
             "India": "Indien", "Brazil": "Brasilien", "Australia": "Australien",
             "Canada": "Canada", "Spain": "Spanien", "Italy": "Italien", "Mexico": "Mexico",
             "Nigeria": "Nigeria", "Sweden": "Sverige", "Denmark": "Danmark",
             "Argentina": "Argentina", "Iran": "Iran", "Poland": "Polen"}
# Medierådet's classifications for the certificates the generator draws
CLASSES = {"G": "A", "U": "A", "TV-Y": "A", "TV-G": "A", "FSK 0": "A", "PG": "7", "TV-PG": "7",
           "FSK 6": "7", "PG-13": "11", "12A": "11", "M": "11", "TV-14": "11", "FSK 12": "11",
           "R": "15", "15": "15", "MA15+": "15", "TV-MA": "15", "FSK 16": "15", "NC-17": "15",
           "18": "15", "R18+": "15", "FSK 18": "15"}
MEANING = {"A": "Tilladt for alle", "7": "Tilladt for alle, men frarådes børn under 7 år",
           "11": "Tilladt for børn over 11 år", "15": "Tilladt for børn over 15 år"}
PROSE = Prose(
    verbs=("vender tilbage til", "arver", "leder efter", "flygter fra", "beskytter", "afslører",
           "mister", "genopbygger"),
    things=("en oversvømmet landsby", "familiens frugthave", "en stjålet violin",
            "et gammelt fyrtårn", "et cirkus på fallittens rand", "den sidste færge",
            "en glemt mine", "en grænseby"),
    synopsis=("{hero} {verb} {thing} og opdager, at {other} også {verb2} {thing2}. I {title} "
              "bliver gamle loyaliteter sat på prøve gennem en lang sæson, og intet vender "
              "tilbage, som det forlod."),
    taglines=("Alt har en pris.",),
    audiences=("Publikum roser skuespillet og fotograferingen; slutningen deler vandene, men "
               "holdet bærer historien.",
               "Mange kalder den langsom, men rørende, og fremhæver især musikken."))


def _has_ld(t: Title) -> bool:
    return fit_rng(NAME, t, "ld").random() < 0.5


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), CLASSES)
    return no_characters(replace(t, tagline=None, budget=None, box_office=None,
                                 imdb=t.imdb if _has_ld(t) else None))


def day(d: date) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def duration(minutes: int, hours: bool) -> str:
    if not hours:
        return f"{minutes} min."
    big, small = divmod(minutes, 60)
    return " ".join(([f"{big} t."] if big else []) + ([f"{small} min."] if small or not big else []))


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("kd", rng)
    hours = rng.random() < 0.5
    ld = _ld(t) if _has_ld(t) else ""
    blocks = [_facts(t, c, rng, hours), _texts(t, c), _showtimes(t, c, rng), _stream(t.streaming, c)]
    if rng.random() < 0.5:
        blocks[0], blocks[1] = blocks[1], blocks[0]
    return (f'<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>{esc(t.title)} | Se trailer, anmeldelser og spilletider | Kino.dk</title>'
            f'<link rel="canonical" href="{t.url}">{css("kd", t.slug, 90)}{ld}</head><body>'
            f'{cookie_banner(c("cookieinfo"), "Vi bruger cookies til at forbedre din oplevelse og til statistik og markedsføring.", "Tillad alle", "Kun nødvendige")}'
            f'{_nav(c)}<main class="{c("main")}">{_hero(t, c, rng)}{"".join(blocks)}{_episodes(ctx, c, hours)}'
            f'{_rails(ctx, c, hours)}</main>{_footer(c)}{app_state("__KINO_DATA__", ctx.others, {"site": "kino.dk"})}</body></html>')


def _ld(t: Title) -> str:
    data: dict[str, Any] = {"@type": ld_type(t), "name": t.title, "url": t.url}
    if t.imdb:
        data["sameAs"] = f"https://www.imdb.com/title/{t.imdb}/"
    if t.directors:
        data["director"] = [{"@type": "Person", "name": d} for d in t.directors]
    if t.released:
        data["datePublished"] = t.released.isoformat()
    if t.genres:
        data["genre"] = list(t.genres)
    return json_ld(data)


def _nav(c: Classes) -> str:
    items = ("Film i biografen", "Kommende film", "Biografer", "Spilletider", "Streaming", "Nyheder", "Gavekort")
    return (f'<header class="{c("header")}"><a href="/" class="{c("logo")}">Kino.dk</a><nav><ul>'
            + "".join(f'<li><a href="/{i}">{x}</a></li>' for i, x in enumerate(items))
            + '</ul></nav><button aria-label="Vælg by">København</button><input type="search" aria-label="Søg efter film"></header>')


def _hero(t: Title, c: Classes, rng: random.Random) -> str:
    out = f'<section class="{c("hero")}"><h1 class="{c("title")}">{esc(t.title)}</h1>'
    if t.released:
        out += f'<p class="{c("premiere")}">{"Premiere" if t.kind == "movie" else "Første afsnit"} {day(t.released)}</p>'
    if t.rating:
        out += f'<span class="{c("censur")}" title="{MEANING[t.rating]}">{t.rating}</span>'
    if t.votes:
        out += (f'<div class="{c("score")}"><span>Brugernes vurdering</span> {4 - len(t.slug) % 3},{len(t.title) % 10} ud af 5 '
                f'<span>({dotted(t.votes)} {"stemme" if t.votes == 1 else "stemmer"})</span></div>')
    out += f'<p class="{c("watchlist")}">{dotted(len(t.slug) * 59)} har filmen på deres liste</p>'
    if t.trailer:
        out += f'<div class="{c("trailer")}"><iframe title="Trailer" src="https://www.youtube.com/embed/{t.trailer}?rel=0"></iframe></div>'
    return out + "</section>"


def _facts(t: Title, c: Classes, rng: random.Random, hours: bool) -> str:
    rows = [("Originaltitel", esc(t.title))]
    if t.runtime:
        rows.append(("Spilletid" if t.kind == "movie" else "Afsnit", duration(t.runtime, hours)))
    if t.genres:
        rows.append(("Genre", ", ".join(map(esc, t.genres))))
    if t.countries:
        rows.append(("Produktionsland", ", ".join(map(esc, t.countries))))
    if t.year:
        rows.append(("Produktionsår", str(t.year)))
    if t.seasons:
        rows.append(("Sæsoner", str(t.seasons)))
    if t.rating:
        rows.append((pick(rng, ("Censur", "Aldersgrænse")), f'<span title="{MEANING[t.rating]}">{t.rating}</span>'))
    if t.directors:
        rows.append(("Instruktør", ", ".join(map(esc, t.directors))))
    if t.writers:
        rows.append(("Manuskript", ", ".join(map(esc, t.writers))))
    if t.cast:
        rows.append(("Medvirkende", ", ".join(esc(p.actor) for p in t.cast)))
    if t.studios:
        more = f" +{t.more_studios} {'anden' if t.more_studios == 1 else 'andre'}" if t.more_studios else ""
        rows.append(("Produktionsselskab", ", ".join(map(esc, t.shown_studios)) + more))
    rows.append(("Distributør", pick(rng, ("SF Studios", "Nordisk Film Distribution", "UIP Danmark", "Scanbox"))))
    if rng.random() < 0.4:
        rows[1:] = rows[:0:-1]
    body = "".join(f'<div class="{c("fact")}"><dt>{k}</dt><dd>{v}</dd></div>' for k, v in rows)
    return f'<section class="{c("facts")}"><h2>Fakta om {"serien" if t.kind == "show" else "filmen"}</h2><dl>{body}</dl></section>'


def _texts(t: Title, c: Classes) -> str:
    out = ""
    if t.synopsis:
        out += f'<section class="{c("plot")}"><h2>Handling</h2><p>{esc(t.synopsis)}</p></section>'
    if t.audience:
        out += f'<section class="{c("audience")}"><h2>Det siger publikum</h2><p>{esc(t.audience)}</p></section>'
    return out


def _showtimes(t: Title, c: Classes, rng: random.Random) -> str:
    if t.kind == "show":
        return ""
    cinemas = ("Palads", "Imperial", "Grand Teatret", "Nordisk Film Biografer Aarhus C", "Cinemaxx Odense", "Empire Bio")
    rows = "".join(f'<li><b>{x}</b> ' + " ".join(f'<a href="/billet/{rng.randint(1000, 9999)}">{h}:{pick(rng, ("00", "15", "30", "45"))} <small>Sal {rng.randint(1, 9)}</small></a>'
                                              for h in sorted(rng.sample(range(11, 23), 3)))
                   + f" <span>{rng.choice((115, 125, 135, 145))} kr.</span></li>" for x in rng.sample(cinemas, 3))
    return f'<section class="{c("showtimes")}"><h2>Spilletider</h2><ul>{rows}</ul></section>'


def _stream(s: Streaming | None, c: Classes) -> str:
    if s is None:
        return ""
    if not s.counted:
        return f'<section class="{c("stream")}"><h2>Stream filmen</h2><p>Endnu ikke på streaming.</p></section>'
    n = len(s.platforms)
    head = (f"Tilgængelig på {n} {'tjeneste' if n == 1 else 'tjenester'}" if s.available
            else f"Ikke tilgængelig på nogen af de {n} tjenester, vi følger" if n > 1 else "Ikke tilgængelig på 1 tjeneste, vi følger")
    items = "".join(f"<li>{esc(p)}</li>" for p in s.platforms)
    return f'<section class="{c("stream")}"><h2>Stream filmen</h2><p>{head}</p><ul>{items}</ul><small>Opdateret {day(s.verified_on)}</small></section>'


def _episodes(ctx: Context, c: Classes, hours: bool) -> str:
    if not ctx.episodes:
        return ""
    items = "".join(f"<li>Sæson {e.season}, afsnit {e.number}: <b>{esc(e.name)}</b> · {duration(e.minutes, hours)} · "
                    f"vist {day(e.aired)} · instruktør {esc(e.director)}</li>" for e in ctx.episodes)
    return f'<section class="{c("episodes")}"><h2>Afsnit</h2><ol>{items}</ol></section>'


def _rails(ctx: Context, c: Classes, hours: bool) -> str:
    cards = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a><span>{o.year}</span><span>{duration(o.runtime or 97, hours)}</span>'
                    + (f"<span>{o.rating}</span>" if o.rating else "") + f"<span>{dotted(o.votes or 1)} stemmer</span></li>" for o in ctx.others)
    return f'<section class="{c("more")}"><h2>Andre film i biografen</h2><ul>{cards}</ul></section>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/om-kino">Om Kino.dk</a><a href="/privatlivspolitik">Privatlivspolitik</a>'
            '<a href="/cookiepolitik">Cookiepolitik</a><a href="/kontakt">Kontakt</a><p>© 2026 Kino.dk</p></footer>')
