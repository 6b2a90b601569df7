# ruff: noqa: E501  (HTML templates read best on one line)
"""Forumcinemas: a Forum Cinemas (forumcinemas.lt) event page (Lithuanian). The <h1>; facts as
'Žanras', 'Trukmė: 1 val. 51 min.' (a series' 'Serijos trukmė'), 'Premjera: 1995-10-27' (or
'1995 m. spalio 27 d.'), 'Metai', 'Šalis', 'Amžiaus cenzas: N-13' (V, N-7, N-13, N-16, N-18),
'Režisierius', 'Scenarijus', 'Aktoriai' (names only), 'Kalba' and 'Subtitrai', 'Platintojas' (a
distributor, a trap), 'Sezonai'; the trailer on most pages; 'Seansai' with cinemas, halls
('5 salė'), times and '7,50 €' prices; a series' episodes ('1 serija · 48 min.'); 'Taip pat
rodome' rails; a JSON-LD Movie on some pages. No tagline, audience text, votes, studios, money,
IMDb link or streaming block."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from tests.heldout_sites2.kit import esc, hours, youtube_embed
from tests.heldout_sites2.records import Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites14.common import (
    FACT_STYLES,
    Chrome,
    Classes,
    ages,
    episodes_block,
    facts,
    look,
    no_characters,
    page,
    pick,
    rail,
    rated,
    schema,
    translate,
)

NAME = "forumcinemas"
MONTHS = ("sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos",
          "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio")
GENRES = {"Action": "Veiksmo", "Adventure": "Nuotykių", "Animation": "Animacinis",
          "Comedy": "Komedija", "Crime": "Kriminalinis", "Documentary": "Dokumentinis",
          "Drama": "Drama", "Family": "Šeimos", "Fantasy": "Fantastinis", "History": "Istorinis",
          "Horror": "Siaubo", "Music": "Miuziklas", "Mystery": "Detektyvas", "Romance": "Romantinis",
          "Science Fiction": "Mokslinė fantastika", "Thriller": "Trileris", "War": "Karo",
          "Western": "Vesternas"}
COUNTRIES = {"United States": "JAV", "United Kingdom": "Jungtinė Karalystė", "France": "Prancūzija",
             "Germany": "Vokietija", "Japan": "Japonija", "China": "Kinija",
             "South Korea": "Pietų Korėja", "India": "Indija", "Brazil": "Brazilija",
             "Australia": "Australija", "Canada": "Kanada", "Spain": "Ispanija", "Italy": "Italija",
             "Mexico": "Meksika", "Nigeria": "Nigerija", "Sweden": "Švedija", "Denmark": "Danija",
             "Argentina": "Argentina", "Iran": "Iranas", "Poland": "Lenkija"}
AGES = ages("V", "N-7", "N-13", "N-16", "N-18")
CINEMAS = ("Forum Cinemas Vingis", "Forum Cinemas Akropolis", "Forum Cinemas Kaunas", "Forum Cinemas Klaipėda")
DISTRIBUTORS = ("ACME Film", "Theatrical Film Distribution", "Garsų pasaulis", "Forum Cinemas")
PROSE = Prose(
    verbs=("grįžta į", "paveldi", "ieško", "bėga iš", "saugo", "praranda"),
    things=("užlietą kaimą", "šeimos sodą", "seną švyturį", "apleistą kasyklą",
            "pasienio miestelį", "paskutinį keltą"),
    synopsis=("{hero} {verb} {thing} ir sužino, kad {other} taip pat {verb2} {thing2}. "
              "„{title}“ – istorija apie senas ištikimybes, išbandomas per vieną ilgą sezoną."),
    taglines=("Viskas turi savo kainą.",),
    audiences=("Žiūrovai giria aktorius.",))
CHROME = Chrome("lt", "Forum Cinemas", ("Filmai", "Seansai", "Kino teatrai", "Renginiai", "Dovanų kuponai", "Forum Club"),
                ("Naudojame slapukus, kad pagerintume jūsų patirtį.", "Sutinku", "Nustatymai"),
                ("Apie mus", "Karjera", "Taisyklės", "Privatumo politika", "Kontaktai"), "© 2026 Forum Cinemas", "__FORUM__")


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES)
    t = replace(t, tagline=None, audience=None, votes=None, studios=(), studios_shown=0,
                budget=None, box_office=None, imdb=None, streaming=None)
    return no_characters(t)


def data(d: date, long: bool) -> str:
    return f"{d.year} m. {MONTHS[d.month - 1]} {d.day} d." if long else d.isoformat()


def trukme(n: int) -> str:
    return hours(n, " val.", " min.")


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("fc", rng)
    long = rng.random() < 0.5
    ld = schema(t, ("director", "actor", "genre", "contentRating", "datePublished")) if rng.random() < 0.5 else ""
    blocks = [_facts(t, c, rng, long), _sessions(c, rng), episodes_block(ctx, c, "Serijos", _episode)]
    if rng.random() < 0.5:
        blocks.reverse()
    main = _head(t, c) + "".join(blocks) + rail(ctx, c, "Taip pat rodome", _line)
    return page(t, ctx, c, CHROME, ld, main)


def _line(o: Title) -> str:
    return f"{o.year} · {trukme(o.runtime or 97)} · {o.rating or ''}"


def _episode(e: Episode) -> str:
    return f"<p>{e.number} serija · {e.minutes} min. · {e.aired.isoformat()}</p>"


def _head(t: Title, c: Classes) -> str:
    out = f'<section class="{c("event")}"><h1 class="{c("title")}">{esc(t.title)}</h1>'
    if t.rating:
        out += f'<span class="{c("age")}" title="Amžiaus cenzas">{esc(t.rating)}</span>'
    if t.trailer:
        out += f'<div class="{c("trailer")}">{youtube_embed(t.trailer)}</div>'
    if t.synopsis:
        out += f'<div class="{c("synopsis")}"><h2>Aprašymas</h2><p>{esc(t.synopsis)}</p></div>'
    return out + "</section>"


def _facts(t: Title, c: Classes, rng: random.Random, long: bool) -> str:
    length = trukme(t.runtime) if t.runtime else ""
    rows = [("Žanras", esc(", ".join(t.genres))),
            ("Serijos trukmė" if t.kind == "show" else "Trukmė", length),
            ("Premjera", data(t.released, long) if t.released else ""), ("Metai", str(t.year or "")),
            ("Šalis", esc(", ".join(t.countries))), ("Amžiaus cenzas", esc(t.rating or "")),
            ("Sezonai", str(t.seasons or "")),
            ("Režisierius", esc(", ".join(t.directors))), ("Scenarijus", esc(", ".join(t.writers))),
            ("Aktoriai", esc(", ".join(p.actor for p in t.cast))),
            ("Kalba", pick(rng, ("anglų", "prancūzų", "lietuvių", "ispanų"))), ("Subtitrai", "lietuvių"),
            ("Platintojas", esc(pick(rng, DISTRIBUTORS)))]
    if rng.random() < 0.5:
        rows = rows[7:] + rows[:7]
    return f'<section class="{c("details")}"><h2>Apie filmą</h2>{facts(c, pick(rng, FACT_STYLES), rows)}</section>'


def _sessions(c: Classes, rng: random.Random) -> str:
    rows = "".join(f'<li><b>{esc(name)}</b> <span>{rng.randint(1, 9)} salė</span> <span>{rng.randint(11, 22)}:{rng.choice(("00", "15", "30", "45"))}</span> <span>{rng.choice(("6,50", "7,50", "8,90", "9,90"))} €</span></li>' for name in rng.sample(CINEMAS, 3))
    return f'<section class="{c("sessions")}"><h2>Seansai</h2><ul>{rows}</ul></section>'
