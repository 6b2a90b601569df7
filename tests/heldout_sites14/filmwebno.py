# ruff: noqa: E501  (HTML templates read best on one line)
"""Filmwebno: a Filmweb.no film or series page (Norwegian Bokmål). The <h1>; a line 'Drama,
Thriller · 1 t 51 min · 12 år' (Medietilsynet's age limits, 'Tillatt for alle'); the audience
score 'Publikum 4,1 av 6 (1 234 stemmer)' beside the newspapers' dice ('Terningkast 5' from VG,
Dagbladet... traps); facts as 'Regi', 'Manus', 'Produsent' and 'Musikk' (traps), 'Skuespillere'
('Navn (Rolle)' or names only), 'Sjanger', 'Land', 'Produksjonsår', 'Lengde: 1 t 51 min' (a
series' 'per episode'), 'Premiere: 27. oktober 1995' beside a later 'Norsk kinopremiere' (a
trap), 'Produksjonsselskap' (studios), 'Distributør' (a trap), 'Budsjett: 3 600 000 USD',
'Inntekter', 'Sesonger'; 'Hvor kan jeg se filmen?' with 'Tilgjengelig på 3 tjenester' (or 'Ikke
tilgjengelig på noen av de 7 tjenestene vi sjekker') and 'Sist sjekket 3. mars 2026'; cinema
tickets 'Billetter fra 145 kr'; the trailer on some pages; 'Lignende filmer'; a JSON-LD Movie
on some pages. No tagline, audience text or IMDb link."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from tests.heldout_sites2.kit import esc, grouped, hours, youtube_embed
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites14.common import (
    FACT_STYLES,
    Chrome,
    Classes,
    WhereWords,
    ages,
    cast_block,
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
    where,
)

NAME = "filmwebno"
MONTHS = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
          "oktober", "november", "desember")
GENRES = {"Action": "Action", "Adventure": "Eventyr", "Animation": "Animasjon",
          "Comedy": "Komedie", "Crime": "Krim", "Documentary": "Dokumentar", "Drama": "Drama",
          "Family": "Familie", "Fantasy": "Fantasy", "History": "Historisk", "Horror": "Skrekk",
          "Music": "Musikal", "Mystery": "Mysterium", "Romance": "Romantikk",
          "Science Fiction": "Science fiction", "Thriller": "Thriller", "War": "Krig",
          "Western": "Western"}
COUNTRIES = {"United States": "USA", "United Kingdom": "Storbritannia", "France": "Frankrike",
             "Germany": "Tyskland", "Japan": "Japan", "China": "Kina", "South Korea": "Sør-Korea",
             "India": "India", "Brazil": "Brasil", "Australia": "Australia", "Canada": "Canada",
             "Spain": "Spania", "Italy": "Italia", "Mexico": "Mexico", "Nigeria": "Nigeria",
             "Sweden": "Sverige", "Denmark": "Danmark", "Argentina": "Argentina", "Iran": "Iran",
             "Poland": "Polen"}
AGES = ages("Tillatt for alle", "6 år", "12 år", "15 år", "18 år")
PAPERS = ("VG", "Dagbladet", "Aftenposten", "Dagsavisen", "Adresseavisen", "NRK")
DISTRIBUTORS = ("SF Studios", "Nordisk Film Distribusjon", "Norsk Filmdistribusjon", "Euforia")
PROSE = Prose(
    verbs=("vender tilbake til", "arver", "leter etter", "flykter fra", "beskytter", "mister"),
    things=("en oversvømt bygd", "familiegården", "et gammelt fyr", "en forlatt gruve",
            "en grenseby", "den siste ferja"),
    synopsis=("{hero} {verb} {thing} og oppdager at {other} også {verb2} {thing2}. "
              "{title} handler om gamle lojaliteter som settes på prøve gjennom en lang sesong."),
    taglines=("Alt har sin pris.",),
    audiences=("Publikum roser skuespillerne.",))
CHROME = Chrome("nb", "Filmweb", ("Kinoprogram", "Filmer", "Serier", "Strømming", "Nyheter", "Kinoer"),
                ("Vi bruker informasjonskapsler for å gi deg en bedre opplevelse.", "Godta alle", "Innstillinger"),
                ("Om Filmweb", "Kontakt oss", "Personvern", "Annonsere", "Presse"), "© 2026 Filmweb AS", "__FILMWEB__")


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES)
    t = replace(t, tagline=None, audience=None, imdb=None, studios_shown=len(t.studios))
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def dato(d: date) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def lengde(n: int) -> str:
    return hours(n, " t", " min")


def penger(m: Money) -> str:
    return f"{grouped(m.amount, ' ')} {m.currency}"


WORDS = WhereWords("Hvor kan jeg se filmen?", "Ikke tilgjengelig på strømming ennå.",
                   lambda n: f"Tilgjengelig på {n} {'tjeneste' if n == 1 else 'tjenester'}",
                   lambda n: f"Ikke tilgjengelig på noen av de {n} tjenestene vi sjekker",
                   lambda s: f"Sist sjekket {dato(s.verified_on)}")


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("fw", rng)
    ld = schema(t, ("director", "author", "actor", "genre", "datePublished", "aggregateRating")) if rng.random() < 0.5 else ""
    blocks = [_facts(t, c, rng), cast_block(t, c, "Skuespillere", "/person/"), where(t, c, WORDS),
              _press(t, c, rng), episodes_block(ctx, c, "Episoder", _episode), _tickets(t, c, rng)]
    if rng.random() < 0.5:
        blocks[0], blocks[2] = blocks[2], blocks[0]
    main = _head(t, c) + "".join(blocks) + rail(ctx, c, "Lignende filmer", _line)
    return page(t, ctx, c, CHROME, ld, main)


def _line(o: Title) -> str:
    return f"{o.year} · {lengde(o.runtime or 97)} · {o.rating or ''}"


def _episode(e: Episode) -> str:
    return f"<p>Sesong {e.season}, episode {e.number} · {lengde(e.minutes)} · {dato(e.aired)}</p><p>Regi: {esc(e.director)}</p>"


def _head(t: Title, c: Classes) -> str:
    line = ([", ".join(t.genres)] if t.genres else []) + ([lengde(t.runtime)] if t.runtime else []) + ([t.rating] if t.rating else [])
    out = f'<section class="{c("hero")}"><h1 class="{c("title")}">{esc(t.title)}</h1><p class="{c("line")}">{esc(" · ".join(line))}</p>'
    score = f"{3 + len(t.slug) % 3},{len(t.title) % 10}"
    if t.votes:
        out += f'<div class="{c("score")}">Publikum <b>{score} av 6</b> <span>({grouped(t.votes, " ")} {"stemme" if t.votes == 1 else "stemmer"})</span></div>'
    if t.trailer:
        out += f'<div class="{c("trailer")}">{youtube_embed(t.trailer)}</div>'
    if t.synopsis:
        out += f'<div class="{c("plot")}"><h2>Handling</h2><p>{esc(t.synopsis)}</p></div>'
    return out + "</section>"


def _facts(t: Title, c: Classes, rng: random.Random) -> str:
    extra = others_people(t, rng, 2)
    length = lengde(t.runtime) + (" per episode" if t.kind == "show" else "") if t.runtime else ""
    rows = [("Regi", esc(", ".join(t.directors))), ("Manus", esc(", ".join(t.writers))),
            ("Produsent", esc(extra[0])), ("Musikk", esc(extra[1])),
            ("Sjanger", esc(", ".join(t.genres))), ("Land", esc(", ".join(t.countries))),
            ("Produksjonsår", str(t.year or "")), ("Lengde", length),
            ("Aldersgrense", esc(t.rating or "")), ("Sesonger", str(t.seasons or ""))]
    if t.released:
        rows.append(("Premiere", dato(t.released)))
        if rng.random() < 0.5:
            rows.append(("Norsk kinopremiere", dato(t.released + timedelta(days=rng.randint(14, 280)))))
    rows += [("Produksjonsselskap", esc(", ".join(t.studios))),
             ("Distributør", esc(pick(rng, DISTRIBUTORS)) if rng.random() < 0.6 else ""),
             ("Budsjett", penger(t.budget) if t.budget else ""),
             ("Inntekter", penger(t.box_office) if t.box_office else "")]
    return f'<section class="{c("facts")}"><h2>Fakta</h2>{facts(c, pick(rng, FACT_STYLES), rows)}</section>'


def _press(t: Title, c: Classes, rng: random.Random) -> str:
    items = "".join(f"<li><b>{paper}</b> Terningkast {rng.randint(1, 6)}</li>" for paper in rng.sample(PAPERS, rng.randint(2, 4)))
    return f'<section class="{c("press")}"><h2>Pressens terningkast</h2><ul>{items}</ul></section>'


def _tickets(t: Title, c: Classes, rng: random.Random) -> str:
    if t.kind == "show" or rng.random() < 0.4:
        return ""
    times = " ".join(f"<span>{rng.randint(12, 22)}:{rng.choice(('00', '15', '30', '45'))}</span>" for _ in range(3))
    return f'<aside class="{c("tickets")}"><h2>Kinoprogram</h2><p>Oslo Kino Colosseum {times}</p><p>Billetter fra {rng.choice((135, 145, 160))} kr</p></aside>'
