# ruff: noqa: E501  (HTML templates read best on one line)
"""NRK Sápmi: a series or film page of NRK's Sami service on NRK TV (Northern Sami). A
backdrop; the <h1> (the meta line '1995 · 12 · 1 diibmu 51 minuhta · Drama' above or under it
on some deploys); the score with '(1 234 jiena)' beside 'Geahččan 12 345 geardde' (views, a
trap); 'Govvádus'; the facts as list items holding only the value whose label is a string the
stylesheet draws before it, <div role="heading" aria-level="3"> labels over value divs, or
bold-label lines: 'Bagadalli', 'Čálli', 'Musihkka', 'Buvttadeaddji' and 'Govvejeaddji' (traps),
'Šánra', 'Riika', 'Jahki', 'Guhkkodat: 111 minuhta' or '1 diibmu 51 minuhta' (a series' 'juohke
oassi'), 'Ahkeráddji' (the Norwegian age limits, 'Buohkaide' for all), 'Almmuhuvvon:
golggotmánu 27. b. 1995' (or '27.10.1995') beside a later 'NRK TV:s' (a trap),
'Buvttadanfitnodat', 'Bušeahtta: 3 600 000 $', 'Dietnasat', 'Áigodagat' (seasons), 'Giella';
'Neavttárat'; the trailer; a series' episodes with their own lengths, dates and directors; the
broadcast times on NRK1 (a trap); comments; 'Eará prográmmat'; a JSON-LD Movie on some pages.
No tagline, audience text, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import SYMBOLS, esc, grouped
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites21.common import (
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

NAME = "nrksapmi"
# the months' genitive forms, as a date names them ('golggotmánu 27. b.')
MONTHS = ("ođđajagemánu", "guovvamánu", "njukčamánu", "cuoŋománu", "miessemánu", "geassemánu",
          "suoidnemánu", "borgemánu", "čakčamánu", "golggotmánu", "skábmamánu", "juovlamánu")
GENRES = {"Action": "Akšuvdna", "Adventure": "Fearánas", "Animation": "Animašuvdna",
          "Comedy": "Komedia", "Crime": "Rihkus", "Documentary": "Dokumentára", "Drama": "Drama",
          "Family": "Bearaš", "Fantasy": "Fantasiija", "History": "Historjá", "Horror": "Balddonas",
          "Music": "Musihkkafilbma", "Mystery": "Árvádus", "Romance": "Ráhkisvuohta",
          "Science Fiction": "Dieđafiksuvdna", "Thriller": "Thriller", "War": "Soahti",
          "Western": "Western"}
COUNTRIES = {"United States": "Amerihká ovttastuvvan stáhtat", "United Kingdom": "Stuorra-Británnia",
             "France": "Frankriika", "Germany": "Duiska", "Japan": "Japána", "China": "Kiinná",
             "South Korea": "Lulli-Korea", "India": "India", "Brazil": "Brasil",
             "Australia": "Austrália", "Canada": "Kanáda", "Spain": "Spánia", "Italy": "Itália",
             "Mexico": "Meksiko", "Nigeria": "Nigeria", "Sweden": "Ruoŧŧa", "Denmark": "Dánmárku",
             "Argentina": "Argentina", "Iran": "Iran", "Poland": "Polen"}
# the Norwegian age limits (Medietilsynet: alle/6/9/12/15/18), 'Buohkaide' for all
AGES = ages("Buohkaide", "6", "12", "15", "18")
PROSE = Prose(
    verbs=("máhccá", "árbe", "ohcá", "báhtara", "suddje", "guođđá"),
    things=("dulvvi vuollái šaddan giliide", "bearraša eatnamiidda", "boares čuovgatoršui",
            "guđđojuvvon ruvkii", "rádjegávpogii", "maŋimuš fatnasii"),
    synopsis=("{hero} {verb} {thing} ja fuobmá ahte {other} maiddái {verb2} {thing2}. "
              "{title} muitala boares oskkáldasvuođa birra mii geahččaluvvo ovtta áigodaga."),
    taglines=("Buot mii lea, máksá.",), audiences=("Geahččit rámidedje neavttáriid.",))
CHROME = Chrome("se", "NRK Sápmi", ("Ođđasat", "TV", "Rádio", "Mánáide", "Sápmi", "Oza"),
                ("NRK geavaha diehtočoahkuid (cookies).", "Dohkket", "Heivehusat"),
                ("NRK birra", "Persovdnasuodjalus", "Diehtočoahkut", "Váldde oktavuođa", "Veahkki"), "© 2026 NRK", "__NRKSAPMI__")
WORDS = Words(
    {"director": "Bagadalli", "writer": "Čálli", "music": "Musihkka", "producer": "Buvttadeaddji",
     "camera": "Govvejeaddji", "genre": "Šánra", "country": "Riika", "year": "Jahki",
     "runtime": "Guhkkodat", "rating": "Ahkeráddji", "seasons": "Áigodagat",
     "released": "Almmuhuvvon", "studio": "Buvttadanfitnodat", "budget": "Bušeahtta",
     "box_office": "Dietnasat"},
    {"about": "Govvádus", "details": "Dieđut", "cast": "Neavttárat", "trailer": "Trailer",
     "episodes": "Oasit", "reviews": "Kommentárat", "no_reviews": "Ii leat vel kommentára.",
     "rail": "Eará prográmmat"})


def beaivi(d: date, long: bool) -> str:
    """'golggotmánu 27. b. 1995' or '27.10.1995'."""
    return f"{MONTHS[d.month - 1]} {d.day}. b. {d.year}" if long else f"{d.day:02d}.{d.month:02d}.{d.year}"


def guhkkodat(n: int, long: bool) -> str:
    """'1 diibmu 51 minuhta', '2 diimmu', '45 minuhta' or '111 minuhta'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} minuhta"
    hour = f"{big} {'diibmu' if big == 1 else 'diimmu'}"
    return f"{hour} {small} minuhta" if small else hour


def jiena(n: int) -> str:
    """'(1 234 jiena)', '(1 jietna)'."""
    return f"({grouped(n, ' ')} {'jietna' if n == 1 else 'jiena'})"


def ruhta(m: Money) -> str:
    """'3 600 000 $'."""
    return f"{grouped(m.amount, ' ')} {SYMBOLS.get(m.currency, m.currency)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Áigodat {e.season}, oassi {e.number} · {guhkkodat(e.minutes, long)} · {beaivi(e.aired, long)}</p><p>Bagadalli: {esc(e.director)}</p>"


def _saddemat(t: Title, c: Classes, rng: random.Random) -> str:
    if rng.random() < 0.3:
        return ""
    days = ("vuossárga", "maŋŋebárga", "gaskavahkku", "duorastat", "bearjadat", "lávvardat", "sotnabeaivi")
    rows = "".join(f"<li>{day} dii. <time>{rng.randint(17, 22)}.{rng.choice(('00', '30', '45'))}</time> NRK1</li>" for day in rng.sample(days, 2))
    return f'<section class="{c("tv")}"><h2>Sáddejuvvo</h2><ul>{rows}</ul></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Giella", pick(rng, ("Davvisámegiella", "Davvisámegiella, dárogiel teaksta", "Dárogiella")))]


SITE = Site(NAME, "ns", CHROME, WORDS, beaivi, guhkkodat, " juohke oassi", jiena, ruhta,
            lambda n: f"Geahččan {grouped(n, ' ')} geardde", _episode, _saddemat, ("csslabel", "ariaheading", "lines"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.35, later="NRK TV:s", extra_rows=_more, cta="Geahča")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
