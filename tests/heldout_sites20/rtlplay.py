# ruff: noqa: E501  (HTML templates read best on one line)
"""RTL Play: a series or film page of RTL Lëtzebuerg's streaming site (Luxembourgish). A
backdrop; the <h1> (the meta line '1995 · 12+ · 1 St. 51 Min. · Drama' above or under it on
some deploys); the score with '(1.234 Stëmmen)' beside 'Gekuckt: 12.345 Mol' (views, a trap);
'Resumé'; the facts as a read-only form (each value only an input's value), a table giving each
name its own row under a spanning label cell, or a definition list: 'Regie', 'Dréibuch',
'Musek', 'Produzent' and 'Kamera' (traps), 'Genre', 'Land', 'Joer', 'Dauer: 111 Minutten' or '1
St. 51 Min.' (a series' 'pro Episod'), 'Alter' (the site's marks Fir jiddereen/6+/12+/16+/18+),
'Première: 27. Oktober 1995' (or '27.10.1995') beside a later 'Op RTL Play zënter' (a trap),
'Produktiounsfirma', 'Budget: 3.600.000 $', 'Recetten', 'Staffelen', 'Sprooch'; 'Besetzung';
the trailer; a series' episodes with their own lengths, dates and directors; the broadcast
times on RTL (a trap); comments; 'Dat kéint Iech och gefalen'; a JSON-LD Movie on some pages.
No tagline, audience text, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import SYMBOLS, esc, grouped, hours
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites20.common import (
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

NAME = "rtlplay"
MONTHS = ("Januar", "Februar", "Mäerz", "Abrëll", "Mee", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
GENRES = {"Action": "Action", "Adventure": "Aventure", "Animation": "Animatioun", "Comedy": "Komedie",
          "Crime": "Krimi", "Documentary": "Documentaire", "Drama": "Drama", "Family": "Famill",
          "Fantasy": "Fantasy", "History": "Geschicht", "Horror": "Horror", "Music": "Musikfilm",
          "Mystery": "Mystère", "Romance": "Romanz", "Science Fiction": "Science-Fiction",
          "Thriller": "Thriller", "War": "Krich", "Western": "Western"}
COUNTRIES = {"United States": "USA", "United Kingdom": "Groussbritannien", "France": "Frankräich",
             "Germany": "Däitschland", "Japan": "Japan", "China": "China", "South Korea": "Südkorea",
             "India": "Indien", "Brazil": "Brasilien", "Australia": "Australien", "Canada": "Kanada",
             "Spain": "Spuenien", "Italy": "Italien", "Mexico": "Mexiko", "Nigeria": "Nigeria",
             "Sweden": "Schweden", "Denmark": "Dänemark", "Argentina": "Argentinien", "Iran": "Iran",
             "Poland": "Polen"}
# no board of its own: the site's marks as the writer imagined them
AGES = ages("Fir jiddereen", "6+", "12+", "16+", "18+")
PROSE = Prose(
    verbs=("kënnt zréck an", "ierft", "sicht", "flücht aus", "passt op", "verléiert"),
    things=("dat iwwerschwemmten Duerf", "de Bongert vun der Famill", "den ale Liichttuerm",
            "déi verlassen Grouf", "d'Grenzstad", "déi lescht Fähr"),
    synopsis=("{hero} {verb} {thing} a fënnt eraus, datt {other} och {verb2} {thing2}. "
              "{title} erzielt vun aler Trei, déi eng ganz Saison laang op d'Prouf gestallt gëtt."),
    taglines=("Alles huet säi Präis.",), audiences=("D'Publikum huet d'Schauspiller gelueft.",))
CHROME = Chrome("lb", "RTL Play", ("Doheem", "Serien", "Filmer", "Live", "Info", "Sport"),
                ("Mir benotze Cookien, fir Iech déi bescht Erfahrung ze bidden.", "Akzeptéieren", "Astellungen"),
                ("Iwwer eis", "Dateschutz", "Cookien", "Impressum", "Hëllef"), "© 2026 RTL Lëtzebuerg", "__RTLPLAY__")
WORDS = Words(
    {"director": "Regie", "writer": "Dréibuch", "music": "Musek", "producer": "Produzent",
     "camera": "Kamera", "genre": "Genre", "country": "Land", "year": "Joer", "runtime": "Dauer",
     "rating": "Alter", "seasons": "Staffelen", "released": "Première",
     "studio": "Produktiounsfirma", "budget": "Budget", "box_office": "Recetten"},
    {"about": "Resumé", "details": "Detailer", "cast": "Besetzung", "trailer": "Trailer",
     "episodes": "Episoden", "reviews": "Kommentarer", "no_reviews": "Nach keng Kommentarer.",
     "rail": "Dat kéint Iech och gefalen"})


def datum(d: date, long: bool) -> str:
    """'27. Oktober 1995' or '27.10.1995'."""
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}.{d.month:02d}.{d.year}"


def dauer(n: int, long: bool) -> str:
    """'1 St. 51 Min.' or '111 Minutten'."""
    return hours(n, " St.", " Min.") if long else f"{n} Minutten"


def stemmen(n: int) -> str:
    """'(1 Stëmm)', '(1.234 Stëmmen)'."""
    return f"({grouped(n, '.')} {'Stëmm' if n == 1 else 'Stëmmen'})"


def suen(m: Money) -> str:
    """'3.600.000 $': points between thousands, the sign after."""
    return f"{grouped(m.amount, '.')} {SYMBOLS.get(m.currency, m.currency)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Staffel {e.season}, Episod {e.number} · {dauer(e.minutes, long)} · {datum(e.aired, long)}</p><p>Regie: {esc(e.director)}</p>"


def _tv(t: Title, c: Classes, rng: random.Random) -> str:
    if rng.random() < 0.3:
        return ""
    days = ("Méindeg", "Dënschdeg", "Mëttwoch", "Donneschdeg", "Freideg", "Samschdeg", "Sonndeg")
    rows = "".join(f"<li>{day} <time>{rng.randint(18, 23)}:{rng.choice(('00', '15', '30'))}</time></li>" for day in rng.sample(days, 2))
    return f'<section class="{c("tv")}"><h2>Um Tëlee op RTL</h2><ul>{rows}</ul></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Sprooch", pick(rng, ("Lëtzebuergesch", "Franséisch, Ënnertitelen op Lëtzebuergesch", "Däitsch")))]


SITE = Site(NAME, "rp", CHROME, WORDS, datum, dauer, " pro Episod", stemmen, suen,
            lambda n: f"Gekuckt: {grouped(n, '.')} Mol", _episode, _tv, ("readonly", "rowspan", "dl"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.4, later="Op RTL Play zënter", extra_rows=_more, cta="Kucken")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
