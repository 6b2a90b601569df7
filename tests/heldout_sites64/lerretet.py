# ruff: noqa: E501  (HTML templates read best on one line)
"""Lerretet (an invented Norwegian cinema and streaming guide, nb): a poster; the <h1> (the meta
line under it on some pages); 'Handling'; the ticket button; the facts as a fact box's rows, info
lines ('<strong>Label:</strong> value') or a definition list: 'Regi', 'Manus', 'Musikk',
'Produsent', 'Foto' (traps), 'Sjanger', 'Land', 'År', 'Lengde: 1 t 51 min' (or '111 min'; a
series' ' per episode'), 'Aldersgrense' (Medietilsynet's 'Tillatt for alle', '6 år', '12 år',
'15 år', '18 år'), 'Sesonger', 'Kinopremiere: 27. oktober 1995' (or '27.10.1995') beside a
later 'Strømmepremiere' (a trap), 'Produksjonsselskap', 'Distributør' and 'Språk' rows (no
record key); 'Skuespillere'; the trailer; a series' episodes; the lists widget with member
counts and a ticket price (traps); 'Anmeldelser'; 'Lignende titler'; a JSON-LD on some pages.
'1 234 stemmer' beside '12 345 vil se' (a trap). No tagline, audience text, money or streaming
block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites64.common import (
    Chrome,
    Site,
    Words,
    ages,
    episode_line,
    fit_rng,
    grouped_by,
    hide,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_on,
    translate,
    widget,
)

NAME = "lerretet"
HOST = "lerretet.example"
BOARD = ages("Tillatt for alle", "6 år", "12 år", "15 år", "18 år")
GENRES = {
    "Action": "Action",
    "Adventure": "Eventyr",
    "Animation": "Animasjon",
    "Comedy": "Komedie",
    "Crime": "Krim",
    "Documentary": "Dokumentar",
    "Drama": "Drama",
    "Family": "Familie",
    "Fantasy": "Fantasy",
    "History": "Historie",
    "Horror": "Skrekk",
    "Music": "Musikal",
    "Mystery": "Mysterium",
    "Romance": "Romantikk",
    "Science Fiction": "Science fiction",
    "Thriller": "Thriller",
    "War": "Krig",
    "Western": "Western",
}
COUNTRIES = {
    "United States": "USA",
    "United Kingdom": "Storbritannia",
    "France": "Frankrike",
    "Germany": "Tyskland",
    "Japan": "Japan",
    "China": "Kina",
    "South Korea": "Sør-Korea",
    "India": "India",
    "Brazil": "Brasil",
    "Australia": "Australia",
    "Canada": "Canada",
    "Spain": "Spania",
    "Italy": "Italia",
    "Mexico": "Mexico",
    "Nigeria": "Nigeria",
    "Sweden": "Sverige",
    "Denmark": "Danmark",
    "Argentina": "Argentina",
    "Iran": "Iran",
    "Poland": "Polen",
}
MONTHS = (
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
)
PROSE = Prose(
    verbs=("vender hjem til", "arver", "leter etter", "flykter fra", "vokter"),
    things=(
        "en oversvømt bygd",
        "familiens frukthage",
        "et gammelt fyr",
        "en nedlagt gruve",
        "den siste ferja",
    ),
    synopsis="{hero} {verb} {thing} og oppdager at {other} også {verb2} {thing2}. {title} handler om gammel lojalitet satt på prøve gjennom én lang sesong.",
    taglines=("-",),
    audiences=("-",),
)
CHROME = Chrome(
    "nb",
    "Lerretet",
    ("Filmer", "Serier", "På kino nå", "Strømming", "Logg inn"),
    ("Vi bruker informasjonskapsler for å huske innstillingene dine.", "Godta", "Personvern"),
    ("Om oss", "Annonsér", "Kontakt", "Personvern", "Vilkår"),
    "© 2026 Lerretet",
    "__LERRETET_STATE__",
)
WORDS = Words(
    {
        "director": "Regi",
        "writer": "Manus",
        "music": "Musikk",
        "producer": "Produsent",
        "camera": "Foto",
        "genre": "Sjanger",
        "country": "Land",
        "year": "År",
        "runtime": "Lengde",
        "rating": "Aldersgrense",
        "seasons": "Sesonger",
        "released": "Kinopremiere",
        "studio": "Produksjonsselskap",
        "budget": "Budsjett",
        "box_office": "Inntekter",
    },
    {
        "about": "Handling",
        "details": "Fakta om filmen",
        "cast": "Skuespillere",
        "trailer": "Trailer",
        "episodes": "Episoder",
        "reviews": "Anmeldelser",
        "no_reviews": "Ingen anmeldelser ennå.",
        "rail": "Lignende titler",
    },
)


def date_(d: date, long: bool) -> str:
    """'27. oktober 1995' or '27.10.1995'."""
    return (
        f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
        if long
        else f"{d.day:02d}.{d.month:02d}.{d.year}"
    )


def running(n: int, long: bool) -> str:
    """'1 t 51 min' or '111 min'."""
    big, small = divmod(n, 60)
    if long and big:
        return f"{big} t" + (f" {small} min" if small else "")
    return f"{n} min"


def votes(n: int) -> str:
    return f"{grouped_by(n, chr(160))} " + ("stemme" if n == 1 else "stemmer")


def views(n: int) -> str:
    return f"{grouped_by(n, chr(160))} vil se"


def money(m: Money) -> str:
    """'25 000 000 USD', the amount in full and its code."""
    return f"{grouped_by(m.amount, chr(160))} {m.currency}"


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Distributør", pick(rng, ("Nordisk Film", "SF Studios", "Euforia"))),
            ("Språk", pick(rng, ("Engelsk", "Norsk", "Fransk"))),
        ]
    )


SITE = Site(
    NAME,
    "lrt",
    CHROME,
    WORDS,
    date_,
    running,
    " per episode",
    votes,
    money,
    views,
    episode_line("Episode", "Regi:", running, date_),
    widget("Mine lister", ("Ser nå", "Vil se", "Har sett", "Favoritter"), "Billetter fra 145 kr"),
    ("lerretet-faktaboks", "lerretet-infolinje", "dl"),
    frozenset(["audience_summary", "box_office", "budget", "streaming", "tagline"]),
    ("director", "author", "genre", "datePublished", "numberOfSeasons", "aggregateRating"),
    0.4,
    later="Strømmepremiere",
    extra_rows=_more,
    cta="Kjøp billett",
    art="poster",
    meta_sep=" · ",
)


def fit(t: Title) -> Title:
    t = translate(localize(t, PROSE), GENRES, COUNTRIES)
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this site's words, formats and components, on its own
    host."""
    return render_on(SITE, HOST, t, ctx)
