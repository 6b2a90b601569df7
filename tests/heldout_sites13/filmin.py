# ruff: noqa: E501  (HTML templates read best on one line)
"""Filmin: a Filmin film or series page in its Catalan interface (filmin.cat). The <h1>; a
line '1995 · Estats Units · 111 min' with the ICAA age badge ('12', 'TP'); 'Valoració dels
usuaris 4,1' with '(1.234 vots)'; facts as 'Direcció:', 'Guió:', 'Música:' (a trap),
'Repartiment:' ('Nom (Personatge)' or names only), 'Gènere:', 'País:', 'Any:', 'Durada: 111
min' (a series' 'per episodi'), 'Data d'estrena: 27 d'octubre de 1995', 'Producció:'
(studios), 'Temporades:'; a series' episodes with their own lengths; rental and plan prices
('Lloga-la per 3,95 €', '9,99 €/mes'); the trailer embedded on some pages; 'Et pot agradar'
rails; a JSON-LD Movie on some pages. No tagline, audience text, money, IMDb link or streaming
block."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from tests.heldout_sites2.kit import esc, youtube_embed
from tests.heldout_sites2.records import Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites13.common import (
    FACT_STYLES,
    Chrome,
    Classes,
    comments,
    dotted,
    episodes_block,
    facts,
    fit_rng,
    look,
    no_characters,
    others_people,
    page,
    pick,
    rail,
    rated,
    schema,
    translate,
)

NAME = "filmin"
MONTHS = ("gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre",
          "octubre", "novembre", "desembre")
GENRES = {"Action": "Acció", "Adventure": "Aventures", "Animation": "Animació",
          "Comedy": "Comèdia", "Crime": "Policíac", "Documentary": "Documental",
          "Drama": "Drama", "Family": "Familiar", "Fantasy": "Fantasia", "History": "Històric",
          "Horror": "Terror", "Music": "Musical", "Mystery": "Misteri", "Romance": "Romàntic",
          "Science Fiction": "Ciència-ficció", "Thriller": "Thriller", "War": "Bèl·lic",
          "Western": "Western"}
COUNTRIES = {"United States": "Estats Units", "United Kingdom": "Regne Unit", "France": "França",
             "Germany": "Alemanya", "Japan": "Japó", "China": "Xina", "South Korea": "Corea del Sud",
             "India": "Índia", "Brazil": "Brasil", "Australia": "Austràlia", "Canada": "Canadà",
             "Spain": "Espanya", "Italy": "Itàlia", "Mexico": "Mèxic", "Nigeria": "Nigèria",
             "Sweden": "Suècia", "Denmark": "Dinamarca", "Argentina": "Argentina", "Iran": "Iran",
             "Poland": "Polònia"}
# the ICAA's age categories for the certificates the generator draws
ICAA = {"G": "TP", "U": "TP", "TV-Y": "TP", "TV-G": "TP", "FSK 0": "TP", "PG": "7", "TV-PG": "7",
        "FSK 6": "7", "PG-13": "12", "12A": "12", "M": "12", "TV-14": "12", "FSK 12": "12",
        "R": "16", "15": "16", "MA15+": "16", "TV-MA": "16", "FSK 16": "16", "NC-17": "18",
        "18": "18", "R18+": "18", "FSK 18": "18"}
PROSE = Prose(
    verbs=("torna a", "hereta", "busca", "fuig de", "protegeix", "perd"),
    things=("un poble inundat", "l'hort familiar", "un far antic", "una mina abandonada",
            "una vila fronterera", "l'últim transbordador"),
    synopsis=("{hero} {verb} {thing} i descobreix que {other} també {verb2} {thing2}. "
              "{title} parla de velles lleialtats posades a prova durant una llarga temporada."),
    taglines=("Tot té un preu.",),
    audiences=("El públic elogia les interpretacions.",))
CHROME = Chrome("ca", "Filmin", ("Pel·lícules", "Sèries", "Curts", "Col·leccions", "Festivals", "Lloguer"),
                ("Utilitzem galetes pròpies i de tercers.", "Accepta-les totes", "Configura"),
                ("Qui som", "Ajuda", "Condicions d'ús", "Privacitat", "Targetes regal"), "© 2026 Filmin", "__FILMIN__")


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), ICAA)
    t = replace(t, tagline=None, audience=None, budget=None, box_office=None, imdb=None,
                streaming=None, studios_shown=len(t.studios))
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def data(d: date) -> str:
    month = MONTHS[d.month - 1]
    return f"{d.day} {'d' + chr(39) if month[0] in 'ao' else 'de '}{month} de {d.year}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("fm", rng)
    ld = schema(t, ("director", "author", "actor", "genre", "aggregateRating")) if rng.random() < 0.5 else ""
    blocks = [_facts(t, c, rng), episodes_block(ctx, c, "Episodis", _episode), _offer(c, rng),
              comments(ctx, c, "Crítiques dels usuaris", "Encara no hi ha crítiques.")]
    if rng.random() < 0.4:
        blocks[0], blocks[2] = blocks[2], blocks[0]
    main = _head(t, c) + "".join(blocks) + rail(ctx, c, "Et pot agradar", _line)
    return page(t, ctx, c, CHROME, ld, main)


def _line(o: Title) -> str:
    return f"{o.year} · {o.runtime or 97} min · {o.rating or ''}"


def _episode(e: Episode) -> str:
    return f"<p>Episodi {e.number} · {e.minutes} min</p>"


def _head(t: Title, c: Classes) -> str:
    line = ([str(t.year)] if t.year else []) + list(t.countries[:1]) + ([f"{t.runtime} min"] if t.runtime else [])
    badge = f' <span class="{c("age")}" title="Qualificació per edats">{esc(t.rating)}</span>' if t.rating else ""
    out = f'<section class="{c("hero")}"><h1 class="{c("title")}">{esc(t.title)}</h1><p class="{c("line")}">{esc(" · ".join(line))}{badge}</p>'
    if t.votes:
        out += f'<div class="{c("score")}">Valoració dels usuaris <b>{3 + len(t.slug) % 2},{len(t.title) % 10}</b> <span>({dotted(t.votes)} {"vot" if t.votes == 1 else "vots"})</span></div>'
    if t.trailer:
        out += f'<div class="{c("trailer")}">{youtube_embed(t.trailer)}</div>'
    if t.synopsis:
        out += f'<div class="{c("synopsis")}"><p>{esc(t.synopsis)}</p></div>'
    return out + "</section>"


def _cast(t: Title) -> str:
    return ", ".join(esc(f"{p.actor} ({p.character})" if p.character else p.actor) for p in t.cast)


def _facts(t: Title, c: Classes, rng: random.Random) -> str:
    length = f"{t.runtime} min" + (" per episodi" if t.kind == "show" else "") if t.runtime else ""
    rows = [("Direcció", esc(", ".join(t.directors))), ("Guió", esc(", ".join(t.writers))),
            ("Música", esc(others_people(t, rng, 1)[0])), ("Repartiment", _cast(t)),
            ("Gènere", esc(", ".join(t.genres))), ("País", esc(", ".join(t.countries))),
            ("Any", str(t.year or "")), ("Durada", length),
            ("Data d'estrena", esc(data(t.released)) if t.released else ""),
            ("Producció", esc(", ".join(t.studios))), ("Temporades", str(t.seasons or ""))]
    return f'<section class="{c("sheet")}"><h2>Fitxa tècnica</h2>{facts(c, pick(rng, FACT_STYLES), rows)}</section>'


def _offer(c: Classes, rng: random.Random) -> str:
    rent = rng.choice(("2,95", "3,95", "4,95"))
    return f'<aside class="{c("offer")}"><p>Lloga-la per {rent} €</p><p>O mira-la amb Filmin: 9,99 €/mes</p></aside>'
