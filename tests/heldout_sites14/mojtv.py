# ruff: noqa: E501  (HTML templates read best on one line)
"""Mojtv: a MojTV.hr (Croatian TV guide) film or series page (Croatian). The <h1>; a line
'Film, 1995' or 'Serija, 1995' with the TV age mark ('12+', '15+'); 'Ocjena korisnika 4,1'
with '(1.234 glasova)' (Croatian plural forms: 'glas', 'glasa', 'glasova'); facts as 'Žanr',
'Država', 'Godina', 'Trajanje: 111 min' (a series' 'min po epizodi'), 'Premijera: 27.
listopada 1995.', 'Redatelj', 'Scenarij', 'Glazba' and 'Producent' (traps), 'Uloge' ('Ime
(Lik)' or names only), 'Proizvodnja' (studios), 'Broj sezona'; the IMDb link; 'Termini prikazivanja'
with channels, days and times (other dates, a trap); a series' episodes with their own
directors and writers; users' comments; 'Preporučujemo' rails. No tagline, audience text,
money, trailer, streaming block or schema.org."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from tests.heldout_sites2.kit import esc, imdb_link
from tests.heldout_sites2.records import Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites14.common import (
    FACT_STYLES,
    Chrome,
    Classes,
    ages,
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
    translate,
)

NAME = "mojtv"
MONTHS = ("siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza",
          "rujna", "listopada", "studenoga", "prosinca")
GENRES = {"Action": "Akcija", "Adventure": "Avantura", "Animation": "Animirani",
          "Comedy": "Komedija", "Crime": "Kriminalistički", "Documentary": "Dokumentarni",
          "Drama": "Drama", "Family": "Obiteljski", "Fantasy": "Fantastika", "History": "Povijesni",
          "Horror": "Horor", "Music": "Glazbeni", "Mystery": "Misterij", "Romance": "Romantični",
          "Science Fiction": "Znanstvena fantastika", "Thriller": "Triler", "War": "Ratni",
          "Western": "Vestern"}
COUNTRIES = {"United States": "SAD", "United Kingdom": "Ujedinjeno Kraljevstvo",
             "France": "Francuska", "Germany": "Njemačka", "Japan": "Japan", "China": "Kina",
             "South Korea": "Južna Koreja", "India": "Indija", "Brazil": "Brazil",
             "Australia": "Australija", "Canada": "Kanada", "Spain": "Španjolska",
             "Italy": "Italija", "Mexico": "Meksiko", "Nigeria": "Nigerija", "Sweden": "Švedska",
             "Denmark": "Danska", "Argentina": "Argentina", "Iran": "Iran", "Poland": "Poljska"}
# the TV age marks; all-ages titles carry none
AGES = ages(None, "7+", "12+", "15+", "18+")
CHANNELS = ("HRT 1", "HRT 2", "RTL", "Nova TV", "Doma TV", "CineStar TV", "HBO")
DAYS = ("pon", "uto", "sri", "čet", "pet", "sub", "ned")
PROSE = Prose(
    verbs=("se vraća u", "nasljeđuje", "traži", "bježi iz", "čuva", "gubi"),
    things=("poplavljeno selo", "obiteljski voćnjak", "stari svjetionik", "napušteni rudnik",
            "pogranični grad", "posljednji trajekt"),
    synopsis=("{hero} {verb} {thing} i otkriva da {other} također {verb2} {thing2}. "
              "„{title}” govori o starim odanostima koje se kušaju tijekom jedne duge sezone."),
    taglines=("Sve ima svoju cijenu.",),
    audiences=("Gledatelji hvale glumce.",))
CHROME = Chrome("hr", "MojTV", ("TV program", "Filmovi", "Serije", "Sport", "Sada na TV-u", "Kanali"),
                ("Koristimo kolačiće za bolje korisničko iskustvo.", "Prihvaćam", "Postavke"),
                ("O nama", "Impressum", "Uvjeti korištenja", "Privatnost", "Kontakt"), "© 2026 MojTV.hr", "__MOJTV__")


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES)
    t = replace(t, tagline=None, audience=None, budget=None, box_office=None, trailer=None,
                streaming=None, studios_shown=len(t.studios))
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def datum(d: date) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}."


def glasova(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        word = "glas"
    elif n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        word = "glasa"
    else:
        word = "glasova"
    return f"{dotted(n)} {word}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("mt", rng)
    blocks = [_facts(t, c, rng), _schedule(ctx, c, rng), episodes_block(ctx, c, "Epizode", _episode),
              comments(ctx, c, "Komentari", "Još nema komentara.")]
    if rng.random() < 0.5:
        blocks[0], blocks[1] = blocks[1], blocks[0]
    main = _head(t, c) + "".join(blocks) + rail(ctx, c, "Preporučujemo", _line)
    return page(t, ctx, c, CHROME, "", main)


def _line(o: Title) -> str:
    return f"{o.year} · {o.runtime or 97} min · {o.rating or ''}"


def _episode(e: Episode) -> str:
    return f"<p>{e.season}. sezona, {e.number}. epizoda · {e.minutes} min · {datum(e.aired)}</p><p>Redatelj: {esc(e.director)} · Scenarij: {esc(e.writer)}</p>"


def _head(t: Title, c: Classes) -> str:
    sub = ", ".join(["Film" if t.kind == "movie" else "Serija"] + ([str(t.year)] if t.year else []))
    mark = f' <span class="{c("age")}" aria-label="Dobna oznaka">{esc(t.rating)}</span>' if t.rating else ""
    out = f'<section class="{c("hero")}"><h1 class="{c("title")}">{esc(t.title)}</h1><p class="{c("sub")}">{esc(sub)}{mark}</p>'
    if t.votes:
        out += f'<div class="{c("score")}">Ocjena korisnika <b>{3 + len(t.slug) % 2},{len(t.title) % 10}</b> <span>({glasova(t.votes)})</span></div>'
    if t.imdb:
        out += f'<div class="{c("imdb")}">{imdb_link(t.imdb, "IMDb")}</div>'
    if t.synopsis:
        out += f'<div class="{c("plot")}"><h2>Radnja</h2><p>{esc(t.synopsis)}</p></div>'
    return out + "</section>"


def _cast(t: Title) -> str:
    return ", ".join(esc(f"{p.actor} ({p.character})" if p.character else p.actor) for p in t.cast)


def _facts(t: Title, c: Classes, rng: random.Random) -> str:
    extra = others_people(t, rng, 2)
    length = f"{t.runtime} min" + (" po epizodi" if t.kind == "show" else "") if t.runtime else ""
    rows = [("Žanr", esc(", ".join(t.genres))), ("Država", esc(", ".join(t.countries))),
            ("Godina", str(t.year or "")), ("Trajanje", length),
            ("Premijera", datum(t.released) if t.released else ""), ("Broj sezona", str(t.seasons or "")),
            ("Redatelj", esc(", ".join(t.directors))), ("Scenarij", esc(", ".join(t.writers))),
            ("Glazba", esc(extra[0])), ("Producent", esc(extra[1])), ("Uloge", _cast(t)),
            ("Proizvodnja", esc(", ".join(t.studios)))]
    return f'<section class="{c("info")}"><h2>Detalji</h2>{facts(c, pick(rng, FACT_STYLES), rows)}</section>'


def _schedule(ctx: Context, c: Classes, rng: random.Random) -> str:
    if rng.random() < 0.3:
        return f'<section class="{c("schedule")}"><h2>Termini prikazivanja</h2><p>Trenutno nema najavljenih termina.</p></section>'
    rows = "".join(f"<li><b>{ch}</b> <span>{pick(rng, DAYS)} {rng.randint(1, 28)}.{rng.randint(1, 12)}.</span> <span>{rng.randint(6, 23):02d}:{rng.choice(('00', '05', '15', '30', '45'))}</span></li>" for ch in rng.sample(CHANNELS, 3))
    return f'<section class="{c("schedule")}"><h2>Termini prikazivanja</h2><ul>{rows}</ul></section>'
