# ruff: noqa: E501  (HTML templates read best on one line)
"""The Movies Curaçao: a film page of the Willemstad multiplex, in Papiamentu. A poster; the <h1>
(the meta line '1995 · PG-13 · 1 ora i 51 minüt · Drama' under it, in the hero's <header> on some
deploys); the score with '(1.234 voto)' beside '12.345 bishitante' (admissions, a trap);
'Resumen'; the facts as value chips whose labels are role="tooltip" bubbles shown on hover or
focus, as labels and values in two runs paired only by the stylesheet's grid-template-areas, or
as a table: 'Direktor', 'Skirbidó', 'Músika', 'Produktor' and 'Kámara' (traps), 'Género',
'Pais', 'Aña', 'Durashon: 111 minüt' or '1 ora i 51 minüt' (a series' 'pa episodio'),
'Klasifikashon' (the US MPA's G/PG/PG-13/R/NC-17, as the island's cinemas show them), 'Fecha di
estreno: 27 di òktober 1995' (or '27-10-1995') beside a later 'Na Kòrsou for di' (a trap),
'Kompania', 'Presupuesto: US$ 3.600.000', 'Entrada na taquilla', 'Temporada', 'Idioma'; 'Aktornan';
the trailer; a series' episodes with their own lengths, dates and directors; the showtimes with
ticket prices in Caribbean guilders (traps); comments; 'Wak tambe'; a JSON-LD Movie on some
pages. No tagline, audience text, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date, timedelta

from tests.heldout_sites2.kit import SYMBOLS, esc, grouped
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites23.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    no_characters,
    pick,
    rated,
    render_site,
    translate,
)

NAME = "themovies"
MONTHS = ("yanüari", "febrüari", "mart", "aprel", "mei", "yüni", "yüli", "ougùstùs", "sèptèmber",
          "òktober", "novèmber", "desèmber")
GENRES = {"Action": "Akshon", "Adventure": "Aventura", "Animation": "Animashon",
          "Comedy": "Komedia", "Crime": "Krímen", "Documentary": "Dokumental",
          "Drama": "Drama", "Family": "Famia", "Fantasy": "Fantasia", "History": "Historia",
          "Horror": "Miedu", "Music": "Musikal", "Mystery": "Misterio", "Romance": "Romanse",
          "Science Fiction": "Siensia fikshon", "Thriller": "Suspenso", "War": "Guera",
          "Western": "Western"}
COUNTRIES = {"United States": "Merka", "United Kingdom": "Reino Uní", "France": "Fransia",
             "Germany": "Alemania", "Japan": "Hapon", "China": "China", "South Korea": "Korea di Zùit",
             "India": "India", "Brazil": "Brazil", "Australia": "Australia", "Canada": "Kanada",
             "Spain": "Spaña", "Italy": "Italia", "Mexico": "Méxiko", "Nigeria": "Nigeria",
             "Sweden": "Suesia", "Denmark": "Dinamarka", "Argentina": "Argentina", "Iran": "Iran",
             "Poland": "Polonia"}
AGES = ages("G", "PG", "PG-13", "R", "NC-17")  # the US MPA's, as Curaçao's cinemas list them
PROSE = Prose(
    verbs=("ta bolbe na", "ta buska", "ta defendé", "ta hui for di", "ta haña", "ta pèrdè"),
    things=("un pueblito den kunuku", "e kas di su famia", "un faro bieu", "un mina bandoná",
            "un haf di piskadó", "e último barku"),
    synopsis=("{hero} {verb} {thing} i ta deskubrí ku {other} tambe {verb2} {thing2}. "
              "{title} ta e historia di un lealtat bieu ku tempu ta pone na prueba."),
    taglines=("Tur kos tin su preis.",), audiences=("E públiko a elogiá e aktornan.",))
CHROME = Chrome("pap", "The Movies Curaçao", ("Kas", "Awe den sine", "Pronto", "Ofertanan", "Kontakto", "Buska"),
                ("Nos ta usa cookies pa mehorá bo eksperensia.", "Akseptá", "Preferensia"),
                ("Tokante nos", "Kontakto", "Kondishon", "Privasidat"), "© 2026 The Movies Curaçao, Willemstad", "__THEMOVIES__")
WORDS = Words(
    {"director": "Direktor", "writer": "Skirbidó", "music": "Músika", "producer": "Produktor",
     "camera": "Kámara", "genre": "Género", "country": "Pais", "year": "Aña",
     "runtime": "Durashon", "rating": "Klasifikashon", "seasons": "Temporada",
     "released": "Fecha di estreno", "studio": "Kompania", "budget": "Presupuesto",
     "box_office": "Entrada na taquilla"},
    {"about": "Resumen", "details": "Detaye", "cast": "Aktornan", "trailer": "Trailer",
     "episodes": "Episodionan", "reviews": "Komentarionan", "no_reviews": "Ainda no tin komentario.",
     "rail": "Wak tambe"})
HALLS = ("Sala 1", "Sala 4", "Sala 7 · 3D", "Sala VIP")


def fecha(d: date, long: bool) -> str:
    """'27 di òktober 1995' or '27-10-1995'."""
    return f"{d.day} di {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}-{d.month:02d}-{d.year}"


def durashon(n: int, long: bool) -> str:
    """'1 ora i 51 minüt', '2 ora', '45 minüt' or '111 minüt'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} minüt"
    return f"{big} ora" + (f" i {small} minüt" if small else "")


def voto(n: int) -> str:
    """'(1.234 voto)'."""
    return f"({grouped(n, '.')} voto)"


def plaka(m: Money) -> str:
    """'US$ 3.600.000', '€ 3.600.000'."""
    symbol = "US$" if m.currency == "USD" else SYMBOLS.get(m.currency, m.currency)
    return f"{symbol} {grouped(m.amount, '.')}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Temporada {e.season}, Episodio {e.number} · {durashon(e.minutes, long)} · {fecha(e.aired, long)}</p><p>Direktor: {esc(e.director)}</p>"


def _showtimes(t: Title, c: Classes, rng: random.Random) -> str:
    """The halls' showtimes with their own dates and ticket prices in Caribbean guilders: traps."""
    day = date(2026, 12, 9) + timedelta(days=rng.randint(0, 6))
    shows = sorted((rng.randint(13, 22), rng.choice(("00", "15", "30", "45")), pick(rng, HALLS)) for _ in range(3))
    rows = "".join(f'<li><b>{hall}</b> {fecha(day, True)} <time>{h}:{m}</time></li>' for h, m, hall in shows)
    price = rng.choice((15, 17, 19))
    return f'<section class="{c("showtimes")}"><h2>Oranan di funshon</h2><ul>{rows}</ul><p>Entrada: XCG {price},00 · Djamars XCG 12,00 · 3D + XCG 3,00</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Idioma", pick(rng, ("Ingles, subtítulo na Hulandes", "Spañó", "Ingles")))]


SITE = Site(NAME, "tm", CHROME, WORDS, fecha, durashon, " pa episodio", voto, plaka,
            lambda n: f"{grouped(n, '.')} bishitante", _episode, _showtimes, ("gridareas", "tooltip", "table"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.3, later="Na Kòrsou for di", extra_rows=_more, cta="Kumpra tiket", art="poster")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
