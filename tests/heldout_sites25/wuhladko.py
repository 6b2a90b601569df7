# ruff: noqa: E501  (HTML templates read best on one line)
"""Wuhladko: a film or series page as MDR's Sorbian programme pages (mdr.de/serbski-program,
the home of its monthly Upper Sorbian magazine Wuhladko) would show one in its media library, in
Upper Sorbian. A backdrop; the <h1> (the meta line '1995 · FSK 12 · 1 hodź. 51 mjeń. · Drama'
under it, in the hero's <header> on some deploys); the score with '(1.234 hłosow)' beside
'Wobhladane: 12.345' (a trap); 'Wo filmje'; the facts as a wrapping flex box whose value cells
come before their label cells in the document, each drawn in place by its CSS order, an SVG
info card whose <foreignObject> holds the labelled lines, or a table: 'Režija', 'Scenarij',
'Hudźba', 'Producent' and 'Kamera' (traps), 'Žanr', 'Kraj', 'Lěto', 'Traće: 111 mjeń.' or '1
hodź. 51 mjeń.' (a series' 'na dźěl'), 'Starobna hranica' (Germany's FSK 0/6/12/16/18, as 'FSK
12'), 'Premjera: 27. oktobra 1995' (or '27.10.1995') beside a later 'W mediatece MDR wot' (a
trap), 'Produkcija', 'Budźet: 3.600.000 $', 'Dochody', 'Staffle', 'Rěč'; 'Hrajerjo'; the
trailer; a series' episodes with their own lengths, dates and directors; broadcast and repeat
times on MDR written as its pages write them ('sobotu, 11.45 hodź.'; traps); comments; 'Tež
zajimawe'; a JSON-LD Movie on some pages. No tagline, audience text, IMDb link or streaming
block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites25.common import (
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

NAME = "wuhladko"
# the month in the genitive after the day ('27. oktobra 1995')
MONTHS = ("januara", "februara", "měrca", "apryla", "meje", "junija", "julija", "awgusta",
          "septembra", "oktobra", "nowembra", "decembra")
GENRES = {"Action": "Akcija", "Adventure": "Dobyćerski film", "Animation": "Animacija", "Comedy": "Komedija",
          "Crime": "Kriminalka", "Documentary": "Dokumentacija", "Drama": "Drama", "Family": "Swójbny film",
          "Fantasy": "Fantasy", "History": "Stawizny", "Horror": "Horror", "Music": "Hudźba",
          "Mystery": "Potajnosć", "Romance": "Lubosć", "Science Fiction": "Science fiction",
          "Thriller": "Thriller", "War": "Wójna", "Western": "Western"}
COUNTRIES = {"United States": "USA", "United Kingdom": "Wulka Britaniska", "France": "Francoska",
             "Germany": "Němska", "Japan": "Japanska", "China": "China", "South Korea": "Južna Koreja",
             "India": "Indiska", "Brazil": "Brazilska", "Australia": "Awstralska", "Canada": "Kanada",
             "Spain": "Španiska", "Italy": "Italska", "Mexico": "Mexiko", "Nigeria": "Nigerija",
             "Sweden": "Šwedska", "Denmark": "Danska", "Argentina": "Argentinska", "Iran": "Iran",
             "Poland": "Pólska"}
FSK = ages("FSK 0", "FSK 6", "FSK 12", "FSK 16", "FSK 18")
PROSE = Prose(
    verbs=("namaka", "pyta", "wróći so do", "wopušći", "škita", "zhubi"),
    things=("stary młyn", "wjes pola jězora", "zawrjeny brunicowy wuwal", "swójbnu zahrodu",
            "posledni čołm", "hraničnu staciju"),
    synopsis=("{hero} {verb} {thing}, a {other} {verb2} {thing2}. "
              "{title} powěda wo swěrje, kotraž dołhe lěta wutraje."),
    taglines=("Kóžda wěc ma swoju płaćiznu.",), audiences=("Publikum chwaleše hrajerjow.",))
CHROME = Chrome("hsb", "MDR Serbski program · Wuhladko", ("Start", "Wusyłanja", "Filmy", "Live", "Powěsće", "Pytać"),
                ("Wužiwamy cookieje.", "Přiwzać", "Nastajenja"),
                ("Impresum", "Kontakt", "Škit datow", "Přistupnosć"), "© 2026 MDR", "__WUHLADKO__")
WORDS = Words(
    {"director": "Režija", "writer": "Scenarij", "music": "Hudźba", "producer": "Producent",
     "camera": "Kamera", "genre": "Žanr", "country": "Kraj", "year": "Lěto",
     "runtime": "Traće", "rating": "Starobna hranica", "seasons": "Staffle", "released": "Premjera",
     "studio": "Produkcija", "budget": "Budźet", "box_office": "Dochody"},
    {"about": "Wo filmje", "details": "Informacije", "cast": "Hrajerjo", "trailer": "Trailer",
     "episodes": "Dźěle", "reviews": "Komentary", "no_reviews": "Hišće žane komentary.",
     "rail": "Tež zajimawe"})


def premjera(d: date, long: bool) -> str:
    """'27. oktobra 1995' or '27.10.1995'."""
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}.{d.month:02d}.{d.year}"


def trace(n: int, long: bool) -> str:
    """'1 hodź. 51 mjeń.', '2 hodź.' or '111 mjeń.'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} mjeń."
    return f"{big} hodź." + (f" {small} mjeń." if small else "")


def hlosy(n: int) -> str:
    """'(1.234 hłosow)', '(1 hłós)'."""
    return "(1 hłós)" if n == 1 else f"({grouped(n, '.')} hłosow)"


def pjenjezy(m: Money) -> str:
    """'3.600.000 $', '7.200.000 EUR'."""
    return f"{grouped(m.amount, '.')} {'$' if m.currency == 'USD' else m.currency}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Staffla {e.season}, dźěl {e.number} · {trace(e.minutes, long)} · {premjera(e.aired, long)}</p><p>Režija: {esc(e.director)}</p>"


def _schedule(t: Title, c: Classes, rng: random.Random) -> str:
    """Broadcast and repeat times, as MDR's Sorbian pages give them ('sobotu, 11.45 hodź.')."""
    days = ("póndźelu", "wutoru", "srjedu", "štwórtk", "pjatk", "sobotu", "njedźelu")
    first, again = rng.sample(days, 2)
    return (f'<section class="{c("schedule")}"><h2>Wusyłanje</h2><p>{first}, {rng.randint(11, 22)}.{rng.choice(("00", "15", "45"))} hodź. w telewiziji MDR, '
            f'runočasnje jako livestream a w mediatece MDR.</p><p>Wospjetowanje: {again}, {rng.randint(5, 8)}.{rng.choice(("10", "40"))} hodź.</p></section>')


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Rěč", pick(rng, ("serbsce z němskimi podtitulemi", "serbsce", "němsce ze serbskimi podtitulemi")))]


SITE = Site(NAME, "wu", CHROME, WORDS, premjera, trace, " na dźěl", hlosy, pjenjezy,
            lambda n: f"Wobhladane: {grouped(n, '.')}", _episode, _schedule, ("order", "foreign", "table"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.3, later="W mediatece MDR wot", extra_rows=_more, cta="Hladać")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), FSK), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
