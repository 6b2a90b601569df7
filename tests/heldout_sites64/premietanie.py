# ruff: noqa: E501  (HTML templates read best on one line)
"""Premietanie.sk (an invented Slovak cinema programme and film database, sk): a poster; the
<h1> (the meta line under it on some pages); 'Obsah'; the ticket button; the facts as detail
paragraphs ('<span>Label:</span> value'), a two-cell table or dot leaders: 'Réžia', 'Scenár',
'Hudba', 'Producent', 'Kamera' (traps), 'Žáner', 'Krajina', 'Rok výroby', 'Dĺžka: 1 h 51 min'
(or '111 min.'; a series' ' / epizóda'), 'Prístupnosť' (the Slovak board's 'U', '7', '12',
'15', '18'), 'Počet sérií', 'Premiéra v SR: 27. októbra 1995' (or '27. 10. 1995') beside a
later 'Premiéra v TV' (a trap), 'Produkčná spoločnosť', 'Rozpočet' and 'Tržby' ('25 000 000
USD', '25 000 000 €'), 'Pôvodný jazyk' and 'Distribútor' rows (no record key); 'Hrajú'; the
trailer; a series' episodes; the lists widget with counts and a ticket price (traps);
'Recenzie'; 'Podobné filmy'; a JSON-LD on some pages. '1 234 hodnotení' beside '12 345 chce
vidieť' (a trap). No tagline, audience text or streaming block."""

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

NAME = "premietanie"
HOST = "premietanie.example"
BOARD = ages("U", "7", "12", "15", "18")
GENRES = {
    "Action": "Akčný",
    "Adventure": "Dobrodružný",
    "Animation": "Animovaný",
    "Comedy": "Komédia",
    "Crime": "Krimi",
    "Documentary": "Dokumentárny",
    "Drama": "Dráma",
    "Family": "Rodinný",
    "Fantasy": "Fantasy",
    "History": "Historický",
    "Horror": "Horor",
    "Music": "Hudobný",
    "Mystery": "Mysteriózny",
    "Romance": "Romantický",
    "Science Fiction": "Sci-fi",
    "Thriller": "Thriller",
    "War": "Vojnový",
    "Western": "Western",
}
COUNTRIES = {
    "United States": "USA",
    "United Kingdom": "Veľká Británia",
    "France": "Francúzsko",
    "Germany": "Nemecko",
    "Japan": "Japonsko",
    "China": "Čína",
    "South Korea": "Južná Kórea",
    "India": "India",
    "Brazil": "Brazília",
    "Australia": "Austrália",
    "Canada": "Kanada",
    "Spain": "Španielsko",
    "Italy": "Taliansko",
    "Mexico": "Mexiko",
    "Nigeria": "Nigéria",
    "Sweden": "Švédsko",
    "Denmark": "Dánsko",
    "Argentina": "Argentína",
    "Iran": "Irán",
    "Poland": "Poľsko",
}
MONTHS = (
    "januára",
    "februára",
    "marca",
    "apríla",
    "mája",
    "júna",
    "júla",
    "augusta",
    "septembra",
    "októbra",
    "novembra",
    "decembra",
)
PROSE = Prose(
    verbs=("sa vracia do", "uteká z", "sa bojí", "sa zmocní", "sa vzdá"),
    things=(
        "zatopenej dediny",
        "rodinného sadu",
        "starého majáku",
        "opustenej bane",
        "pohraničného mestečka",
    ),
    synopsis="{hero} {verb} {thing} a zistí, že {other} tiež {verb2} {thing2}. {title} rozpráva o starej vernosti, ktorú preverí jedna dlhá sezóna.",
    taglines=("-",),
    audiences=("-",),
)
CHROME = Chrome(
    "sk",
    "Premietanie.sk",
    ("Filmy", "Seriály", "Kiná", "Program", "Prihlásiť sa"),
    ("Na zapamätanie nastavení používame súbory cookie.", "Súhlasím", "Ochrana súkromia"),
    ("O nás", "Reklama", "Kontakt", "Ochrana súkromia", "Podmienky"),
    "© 2026 Premietanie.sk",
    "__PREMIETANIE_STATE__",
)
WORDS = Words(
    {
        "director": "Réžia",
        "writer": "Scenár",
        "music": "Hudba",
        "producer": "Producent",
        "camera": "Kamera",
        "genre": "Žáner",
        "country": "Krajina",
        "year": "Rok výroby",
        "runtime": "Dĺžka",
        "rating": "Prístupnosť",
        "seasons": "Počet sérií",
        "released": "Premiéra v SR",
        "studio": "Produkčná spoločnosť",
        "budget": "Rozpočet",
        "box_office": "Tržby",
    },
    {
        "about": "Obsah",
        "details": "Informácie o filme",
        "cast": "Hrajú",
        "trailer": "Trailer",
        "episodes": "Epizódy",
        "reviews": "Recenzie",
        "no_reviews": "Zatiaľ žiadne recenzie.",
        "rail": "Podobné filmy",
    },
)


def date_(d: date, long: bool) -> str:
    """'27. októbra 1995' or '27. 10. 1995'."""
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day}. {d.month}. {d.year}"


def running(n: int, long: bool) -> str:
    """'1 h 51 min' or '111 min.'."""
    big, small = divmod(n, 60)
    if long and big:
        return f"{big} h" + (f" {small} min" if small else "")
    return f"{n} min."


def votes(n: int) -> str:
    return f"{grouped_by(n, chr(160))} " + ("hodnotenie" if n == 1 else "hodnotení")


def views(n: int) -> str:
    return f"{grouped_by(n, chr(160))} chce vidieť"


def money(m: Money) -> str:
    """'25 000 000 USD', '25 000 000 €': the amount in full, its code (the euro's sign) after."""
    return f"{grouped_by(m.amount, chr(160))} " + ("€" if m.currency == "EUR" else m.currency)


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Pôvodný jazyk", pick(rng, ("angličtina", "francúzština", "nemčina"))),
            ("Distribútor", pick(rng, ("Continental film", "Itafilm", "CinemArt SK"))),
        ]
    )


SITE = Site(
    NAME,
    "prm",
    CHROME,
    WORDS,
    date_,
    running,
    " / epizóda",
    votes,
    money,
    views,
    episode_line("Epizóda", "Réžia:", running, date_),
    widget(
        "Moje zoznamy", ("Pozerám", "Chcem vidieť", "Videné", "Obľúbené"), "Vstupenky od 7,90 €"
    ),
    ("premietanie-udaje", "premietanie-tabulka", "leaders"),
    frozenset(["audience_summary", "streaming", "tagline"]),
    ("director", "author", "genre", "contentRating", "datePublished", "aggregateRating"),
    0.4,
    later="Premiéra v TV",
    extra_rows=_more,
    cta="Kúpiť vstupenky",
    art="poster",
    meta_sep=" | ",
)


def fit(t: Title) -> Title:
    t = translate(localize(t, PROSE), GENRES, COUNTRIES)
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this site's words, formats and components, on its own
    host."""
    return render_on(SITE, HOST, t, ctx)
