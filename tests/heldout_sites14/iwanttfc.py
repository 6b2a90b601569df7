# ruff: noqa: E501  (HTML templates read best on one line)
"""Iwanttfc: an iWantTFC film or series page (Filipino, the Tagalog-English mix of the app).
The <h1> (a logo image with the title as alt on some pages); the meta line '1995 · Drama,
Romansa · 1h 51m' with the MTRCB chip ('R-13', 'SPG'; a series' '3 Seasons · 45m bawat
episode'); the Tagalog synopsis; 'Petsa ng pagpapalabas: Oktubre 27, 1995'; 'Direktor:',
'Isinulat ni:', 'Mga Bida:' (names only, or 'Name bilang Character'), 'Prodyuser:' and
'Musika:' (traps); the trailer on some pages; a series' season picker and episodes ('Episode 4
· 48m · Setyembre 3, 2019') with their own directors; 'Mag-subscribe sa halagang ₱99/buwan'
plans; 'Panoorin din' rails; a JSON-LD Movie on some pages. No tagline, audience text, votes,
countries, studios, money, IMDb link or streaming block."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from tests.heldout_sites2.kit import esc, hours, youtube_embed
from tests.heldout_sites2.records import Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites14.common import (
    Chrome,
    Classes,
    ages,
    episodes_block,
    fit_rng,
    look,
    no_characters,
    others_people,
    page,
    rail,
    rated,
    schema,
)

NAME = "iwanttfc"
MONTHS = ("Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre",
          "Oktubre", "Nobyembre", "Disyembre")
GENRES = {"Action": "Aksyon", "Adventure": "Pakikipagsapalaran", "Animation": "Animasyon",
          "Comedy": "Komedya", "Crime": "Krimen", "Documentary": "Dokumentaryo", "Drama": "Drama",
          "Family": "Pampamilya", "Fantasy": "Pantasya", "History": "Kasaysayan",
          "Horror": "Katatakutan", "Music": "Musikal", "Mystery": "Misteryo", "Romance": "Romansa",
          "Science Fiction": "Science Fiction", "Thriller": "Thriller", "War": "Digmaan",
          "Western": "Western"}
# MTRCB: films G, PG, R-13, R-16, R-18; television G, PG, SPG
MTRCB = ages("G", "PG", "R-13", "R-16", "R-18")
MTRCB_TV = {"TV-Y": "G", "TV-G": "G", "TV-PG": "PG", "TV-14": "SPG", "TV-MA": "SPG"}
PROSE = Prose(
    verbs=("ay bumalik sa", "ay nagmana ng", "ay naghanap ng", "ay tumakas mula sa",
           "ay nagbantay sa", "ay nawalan ng"),
    things=("isang lumubog na baryo", "taniman ng pamilya", "lumang parola",
            "abandonadong minahan", "bayan sa hangganan", "huling lantsa"),
    synopsis=("Si {hero} {verb} {thing} at natuklasan niyang si {other} {verb2} {thing2} din. "
              "Ang {title} ay kuwento ng mga lumang katapatan na sinubok sa isang mahabang panahon."),
    taglines=("Lahat ay may kapalit.",),
    audiences=("Pinupuri ng mga manonood ang mga artista.",))
CHROME = Chrome("fil", "iWantTFC", ("Home", "Mga Pelikula", "Mga Serye", "Live", "Kapamilya Online", "Mag-subscribe"),
                ("Gumagamit kami ng cookies para sa mas magandang karanasan.", "Tanggapin", "Mga Setting"),
                ("Tungkol sa Amin", "Tulong", "Mga Tuntunin", "Patakaran sa Privacy"), "© 2026 ABS-CBN Corporation", "__IWANTTFC__")


def fit(t: Title) -> Title:
    board = MTRCB_TV if t.kind == "show" and t.rating in MTRCB_TV else MTRCB
    t = rated(localize(t, PROSE), board)
    t = replace(t, genres=tuple(GENRES[g] for g in t.genres), tagline=None, audience=None,
                votes=None, countries=(), studios=(), studios_shown=0, budget=None,
                box_office=None, imdb=None, streaming=None)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def petsa(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("tf", rng)
    ld = schema(t, ("director", "author", "actor", "genre", "datePublished", "numberOfSeasons")) if rng.random() < 0.5 else ""
    blocks = [_people(t, c, rng), _seasons(t, ctx, c), _plans(c, rng)]
    if rng.random() < 0.5:
        blocks[0], blocks[1] = blocks[1], blocks[0]
    main = _head(t, c, rng) + "".join(blocks) + rail(ctx, c, "Panoorin din", _line)
    return page(t, ctx, c, CHROME, ld, main)


def _line(o: Title) -> str:
    return f"{o.year} · {hours(o.runtime or 97)} · {o.rating or ''}"


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    inner = f'<img src="/titles/{t.slug}/logo.png" alt="{esc(t.title)}">' if rng.random() < 0.3 else esc(t.title)
    parts = ([str(t.year)] if t.year else []) + ([", ".join(t.genres)] if t.genres else [])
    parts += [f"{t.seasons} Season" + ("s" if t.seasons > 1 else "")] if t.seasons else []
    if t.runtime:
        parts += [hours(t.runtime) + (" bawat episode" if t.kind == "show" else "")]
    chip = f' <span class="{c("mtrcb")}" title="MTRCB rating">{esc(t.rating)}</span>' if t.rating else ""
    out = f'<section class="{c("hero")}"><h1 class="{c("title")}">{inner}</h1><div class="{c("meta")}">{esc(" · ".join(parts))}{chip}</div>'
    if t.synopsis:
        out += f'<p class="{c("desc")}">{esc(t.synopsis)}</p>'
    if t.released:
        out += f'<p class="{c("date")}">Petsa ng pagpapalabas: {petsa(t.released)}</p>'
    out += f'<a class="{c("cta")}" href="{t.path}/play">Panoorin Ngayon</a>'
    if t.trailer:
        out += f'<div class="{c("trailer")}">{youtube_embed(t.trailer)}</div>'
    return out + "</section>"


def _people(t: Title, c: Classes, rng: random.Random) -> str:
    producer, music = others_people(t, rng, 2)
    cast = ", ".join(f"{p.actor} bilang {p.character}" if p.character else p.actor for p in t.cast)
    rows = [("Direktor", ", ".join(t.directors)), ("Isinulat ni", ", ".join(t.writers)),
            ("Mga Bida", cast), ("Prodyuser", producer), ("Musika", music)]
    body = "".join(f'<p class="{c("credit")}"><span>{k}:</span> {esc(v)}</p>' for k, v in rows if v)
    return f'<section class="{c("people")}"><h2>Cast at Crew</h2>{body}</section>'


def _seasons(t: Title, ctx: Context, c: Classes) -> str:
    if not ctx.episodes:
        return ""
    options = "".join(f"<option>Season {n}</option>" for n in range(1, (t.seasons or 1) + 1))
    return f'<select class="{c("picker")}" aria-label="Pumili ng season">{options}</select>' + episodes_block(ctx, c, "Mga Episode", _episode)


def _episode(e: Episode) -> str:
    return f"<p>Episode {e.number} · {hours(e.minutes)} · {petsa(e.aired)}</p><p>Direktor: {esc(e.director)}</p>"


def _plans(c: Classes, rng: random.Random) -> str:
    price = rng.choice((99, 149, 249))
    return f'<aside class="{c("plans")}"><h2>iWantTFC Premium</h2><p>Mag-subscribe sa halagang ₱{price}/buwan</p><button>Subscribe</button></aside>'
