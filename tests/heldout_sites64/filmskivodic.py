# ruff: noqa: E501  (HTML templates read best on one line)
"""Filmski vodič (an invented Croatian film and TV guide, hr): a backdrop; the <h1> (the meta line
under it on some pages); 'Radnja'; the ticket button; the facts as data rows, a card's items
('<em>Label</em> value') or CSS captions: 'Redatelj', 'Scenarij', 'Glazba', 'Producent',
'Snimatelj' (traps), 'Žanr', 'Zemlja', 'Godina', 'Trajanje: 1 h 51 min' (or '111 min'; a
series' ' po epizodi'), 'Dobna granica' ('7+', '12+', '15+', '18+'; a film for all ages shows
none), 'Broj sezona', 'Premijera: 27. listopada 1995.' (or '27.10.1995.', the ordinal full stop
after the year) beside a later 'Premijera na televiziji' (a trap), 'Produkcijska kuća',
'Budžet' and 'Zarada' ('25.000.000 USD'), 'Izvorni jezik' and 'Distributer' rows (no record
key); 'Glumci'; the trailer; a series' episodes; the lists widget with counts and a ticket
price (traps); 'Kritike'; 'Slični naslovi'; a JSON-LD on some pages. 'Glasova: 1.234' beside
'Prati: 12.345' (a trap). No tagline, audience text, IMDb link or streaming block."""

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

NAME = "filmskivodic"
HOST = "filmskivodic.example"
BOARD = ages(None, "7+", "12+", "15+", "18+")
GENRES = {
    "Action": "Akcija",
    "Adventure": "Avantura",
    "Animation": "Animirani",
    "Comedy": "Komedija",
    "Crime": "Kriminalistički",
    "Documentary": "Dokumentarni",
    "Drama": "Drama",
    "Family": "Obiteljski",
    "Fantasy": "Fantastika",
    "History": "Povijesni",
    "Horror": "Horor",
    "Music": "Glazbeni",
    "Mystery": "Misterij",
    "Romance": "Romantični",
    "Science Fiction": "Znanstvena fantastika",
    "Thriller": "Triler",
    "War": "Ratni",
    "Western": "Vestern",
}
COUNTRIES = {
    "United States": "SAD",
    "United Kingdom": "Ujedinjeno Kraljevstvo",
    "France": "Francuska",
    "Germany": "Njemačka",
    "Japan": "Japan",
    "China": "Kina",
    "South Korea": "Južna Koreja",
    "India": "Indija",
    "Brazil": "Brazil",
    "Australia": "Australija",
    "Canada": "Kanada",
    "Spain": "Španjolska",
    "Italy": "Italija",
    "Mexico": "Meksiko",
    "Nigeria": "Nigerija",
    "Sweden": "Švedska",
    "Denmark": "Danska",
    "Argentina": "Argentina",
    "Iran": "Iran",
    "Poland": "Poljska",
}
MONTHS = (
    "siječnja",
    "veljače",
    "ožujka",
    "travnja",
    "svibnja",
    "lipnja",
    "srpnja",
    "kolovoza",
    "rujna",
    "listopada",
    "studenoga",
    "prosinca",
)
PROSE = Prose(
    verbs=("se vraća u", "nasljeđuje", "traži", "napušta", "čuva"),
    things=(
        "poplavljeno selo",
        "obiteljski voćnjak",
        "stari svjetionik",
        "napušteni rudnik",
        "granični gradić",
    ),
    synopsis="{hero} {verb} {thing} i otkriva da i {other} {verb2} {thing2}. {title} priča je o staroj odanosti koju iskuša jedna duga sezona.",
    taglines=("-",),
    audiences=("-",),
)
CHROME = Chrome(
    "hr",
    "Filmski vodič",
    ("Filmovi", "Serije", "U kinima", "Streaming", "Prijava"),
    ("Koristimo kolačiće kako bismo zapamtili vaše postavke.", "Prihvaćam", "Privatnost"),
    ("O nama", "Oglašavanje", "Kontakt", "Privatnost", "Uvjeti korištenja"),
    "© 2026 Filmski vodič",
    "__FILMSKIVODIC_STATE__",
)
WORDS = Words(
    {
        "director": "Redatelj",
        "writer": "Scenarij",
        "music": "Glazba",
        "producer": "Producent",
        "camera": "Snimatelj",
        "genre": "Žanr",
        "country": "Zemlja",
        "year": "Godina",
        "runtime": "Trajanje",
        "rating": "Dobna granica",
        "seasons": "Broj sezona",
        "released": "Premijera",
        "studio": "Produkcijska kuća",
        "budget": "Budžet",
        "box_office": "Zarada",
    },
    {
        "about": "Radnja",
        "details": "Podaci o filmu",
        "cast": "Glumci",
        "trailer": "Najava",
        "episodes": "Epizode",
        "reviews": "Kritike",
        "no_reviews": "Još nema kritika.",
        "rail": "Slični naslovi",
    },
)


def date_(d: date, long: bool) -> str:
    """'27. listopada 1995.' or '27.10.1995.' (the Croatian ordinal full stop after the year)."""
    return (
        f"{d.day}. {MONTHS[d.month - 1]} {d.year}."
        if long
        else f"{d.day:02d}.{d.month:02d}.{d.year}."
    )


def running(n: int, long: bool) -> str:
    """'1 h 51 min' or '111 min'."""
    big, small = divmod(n, 60)
    if long and big:
        return f"{big} h" + (f" {small} min" if small else "")
    return f"{n} min"


def votes(n: int) -> str:
    return f"Glasova: {grouped_by(n, '.')}"


def views(n: int) -> str:
    return f"Prati: {grouped_by(n, '.')}"


def money(m: Money) -> str:
    """'25.000.000 USD', '25.000.000 €': dots between thousands, the code (the euro's sign) after."""
    return f"{grouped_by(m.amount, '.')} " + ("€" if m.currency == "EUR" else m.currency)


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Izvorni jezik", pick(rng, ("engleski", "francuski", "njemački"))),
            ("Distributer", pick(rng, ("Blitz Film", "Continental Film", "Discovery Film"))),
        ]
    )


SITE = Site(
    NAME,
    "fvd",
    CHROME,
    WORDS,
    date_,
    running,
    " po epizodi",
    votes,
    money,
    views,
    episode_line("Epizoda", "Režija:", running, date_),
    widget(
        "Moji popisi", ("Gledam", "Želim pogledati", "Pogledano", "Favoriti"), "Ulaznice od 6,50 €"
    ),
    ("filmskivodic-podaci", "filmskivodic-kartica", "caption"),
    frozenset(["audience_summary", "imdb_id", "streaming", "tagline"]),
    ("director", "author", "genre", "contentRating", "datePublished", "numberOfSeasons"),
    0.4,
    later="Premijera na televiziji",
    extra_rows=_more,
    cta="Kupi ulaznice",
    art="backdrop",
    meta_sep=" • ",
)


def fit(t: Title) -> Title:
    t = translate(localize(t, PROSE), GENRES, COUNTRIES)
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this site's words, formats and components, on its own
    host."""
    return render_on(SITE, HOST, t, ctx)
