# ruff: noqa: E501  (HTML templates read best on one line)
"""Ekranas.lt (an invented Lithuanian cinema and TV guide, lt): a backdrop; the <h1> (the meta
line under it on some pages); 'Aprašymas'; the ticket button; the facts as data rows, a table
with a th label per row, or sprite icon rows (the label only an svg's title): 'Režisierius',
'Scenarijus', 'Muzika', 'Prodiuseris', 'Operatorius' (traps), 'Žanras', 'Šalis', 'Metai',
'Trukmė: 1 val. 51 min.' (or '111 min.'; a series' ' per seriją'), 'Cenzas' (the Lithuanian
index 'V', 'N-7', 'N-13', 'N-16', 'N-18'), 'Sezonai', 'Premjera: 1995 m. spalio 27 d.' (or
'1995-10-27', year first) beside a later 'Premjera televizijoje' (a trap), 'Studija',
'Originalo kalba' and 'Platintojas' rows (no record key); 'Vaidina'; the trailer; a series'
episodes; the lists widget with counts and a ticket price (traps); 'Atsiliepimai'; 'Panašūs
filmai'; a JSON-LD on some pages. 'Įvertinimų: 1 234' beside 'Nori pamatyti: 12 345' (a
trap). No tagline, audience text, money, IMDb link or streaming block."""

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

NAME = "ekranas"
HOST = "ekranas.example"
BOARD = ages("V", "N-7", "N-13", "N-16", "N-18")
GENRES = {
    "Action": "Veiksmo",
    "Adventure": "Nuotykių",
    "Animation": "Animacinis",
    "Comedy": "Komedija",
    "Crime": "Kriminalinis",
    "Documentary": "Dokumentinis",
    "Drama": "Drama",
    "Family": "Šeimos",
    "Fantasy": "Fantastinis",
    "History": "Istorinis",
    "Horror": "Siaubo",
    "Music": "Muzikinis",
    "Mystery": "Paslapčių",
    "Romance": "Romantinis",
    "Science Fiction": "Mokslinė fantastika",
    "Thriller": "Trileris",
    "War": "Karinis",
    "Western": "Vesternas",
}
COUNTRIES = {
    "United States": "JAV",
    "United Kingdom": "Jungtinė Karalystė",
    "France": "Prancūzija",
    "Germany": "Vokietija",
    "Japan": "Japonija",
    "China": "Kinija",
    "South Korea": "Pietų Korėja",
    "India": "Indija",
    "Brazil": "Brazilija",
    "Australia": "Australija",
    "Canada": "Kanada",
    "Spain": "Ispanija",
    "Italy": "Italija",
    "Mexico": "Meksika",
    "Nigeria": "Nigerija",
    "Sweden": "Švedija",
    "Denmark": "Danija",
    "Argentina": "Argentina",
    "Iran": "Iranas",
    "Poland": "Lenkija",
}
MONTHS = (
    "sausio",
    "vasario",
    "kovo",
    "balandžio",
    "gegužės",
    "birželio",
    "liepos",
    "rugpjūčio",
    "rugsėjo",
    "spalio",
    "lapkričio",
    "gruodžio",
)
PROSE = Prose(
    verbs=("grįžta į", "paveldi", "randa", "palieka", "saugo"),
    things=(
        "užtvindytą kaimą",
        "šeimos sodą",
        "seną švyturį",
        "apleistą kasyklą",
        "pasienio miestelį",
    ),
    synopsis="{hero} {verb} {thing} ir sužino, kad {other} taip pat {verb2} {thing2}. {title} pasakoja apie seną ištikimybę, kurią išbando vienas ilgas sezonas.",
    taglines=("-",),
    audiences=("-",),
)
CHROME = Chrome(
    "lt",
    "Ekranas.lt",
    ("Filmai", "Serialai", "Kino teatruose", "Transliacijos", "Prisijungti"),
    ("Naudojame slapukus, kad įsimintume jūsų nustatymus.", "Sutinku", "Privatumas"),
    ("Apie mus", "Reklama", "Kontaktai", "Privatumas", "Taisyklės"),
    "© 2026 Ekranas.lt",
    "__EKRANAS_STATE__",
)
WORDS = Words(
    {
        "director": "Režisierius",
        "writer": "Scenarijus",
        "music": "Muzika",
        "producer": "Prodiuseris",
        "camera": "Operatorius",
        "genre": "Žanras",
        "country": "Šalis",
        "year": "Metai",
        "runtime": "Trukmė",
        "rating": "Cenzas",
        "seasons": "Sezonai",
        "released": "Premjera",
        "studio": "Studija",
        "budget": "Biudžetas",
        "box_office": "Pajamos",
    },
    {
        "about": "Aprašymas",
        "details": "Apie filmą",
        "cast": "Vaidina",
        "trailer": "Anonsas",
        "episodes": "Serijos",
        "reviews": "Atsiliepimai",
        "no_reviews": "Atsiliepimų dar nėra.",
        "rail": "Panašūs filmai",
    },
)


def date_(d: date, long: bool) -> str:
    """'1995 m. spalio 27 d.' or '1995-10-27' (year first, as Lithuanian writes dates)."""
    return f"{d.year} m. {MONTHS[d.month - 1]} {d.day} d." if long else d.isoformat()


def running(n: int, long: bool) -> str:
    """'1 val. 51 min.' or '111 min.'."""
    big, small = divmod(n, 60)
    if long and big:
        return f"{big} val." + (f" {small} min." if small else "")
    return f"{n} min."


def votes(n: int) -> str:
    return f"Įvertinimų: {grouped_by(n, chr(160))}"


def views(n: int) -> str:
    return f"Nori pamatyti: {grouped_by(n, chr(160))}"


def money(m: Money) -> str:
    """Never shown."""
    return f"{grouped_by(m.amount, chr(160))} {m.currency}"


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Originalo kalba", pick(rng, ("anglų", "prancūzų", "vokiečių"))),
            (
                "Platintojas",
                pick(rng, ("Acme Film", "Garsų pasaulis", "Theatrical Film Distribution")),
            ),
        ]
    )


SITE = Site(
    NAME,
    "ekr",
    CHROME,
    WORDS,
    date_,
    running,
    " per seriją",
    votes,
    money,
    views,
    episode_line("Serija", "Režisierius:", running, date_),
    widget(
        "Mano sąrašai", ("Žiūriu", "Noriu pamatyti", "Mačiau", "Mėgstami"), "Bilietai nuo 6,90 €"
    ),
    ("ekranas-duomenys", "ekranas-lentele", "sprite"),
    frozenset(["audience_summary", "box_office", "budget", "imdb_id", "streaming", "tagline"]),
    ("director", "author", "genre", "contentRating", "datePublished", "aggregateRating"),
    0.4,
    later="Premjera televizijoje",
    extra_rows=_more,
    cta="Pirkti bilietus",
    art="backdrop",
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
