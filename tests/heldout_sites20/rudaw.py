# ruff: noqa: E501  (HTML templates read best on one line)
"""Rûdaw: a drama series or film page of the Kurdish broadcaster's Kurmanji service (Northern
Kurdish, Latin script). A backdrop; the <h1> (the meta line '1995 · 13+ · 1 saet 51 deqîqe ·
Drama' above or under it on some deploys); the score with '(1.234 deng)' beside 'Temaşe: 12.345'
(views, a trap); 'Kurte'; the facts in a sandboxed <iframe srcdoc> widget holding a definition
list, as value-first ruby annotations whose <rt> is the label, or as a table: 'Derhêner',
'Nivîskar', 'Muzîk', 'Hilberîner' and 'Kameraman' (traps), 'Cure', 'Welat', 'Sal', 'Dirêjî: 111
deqîqe' or '1 saet 51 deqîqe' (a series' 'her beş'), 'Temen' (the site's marks
Giştî/7+/13+/16+/18+), 'Dîroka weşanê: 27 Cotmeh 1995' (or '27.10.1995') beside a later 'Li ser
Rûdaw' (a trap), 'Şirketa hilberînê', 'Budçe: $3.600.000', 'Dahat', 'Demsal', 'Ziman';
'Lîstikvan'; the trailer; a series' episodes with their own lengths, dates and directors; the
broadcast times (a trap); comments; 'Yên wekhev'; a JSON-LD Movie on some pages. No tagline,
audience text, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped, hours, money_symbol
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

NAME = "rudaw"
MONTHS = ("Rêbendan", "Reşemî", "Adar", "Nîsan", "Gulan", "Hezîran", "Tîrmeh", "Tebax", "Îlon",
          "Cotmeh", "Mijdar", "Berfanbar")
GENRES = {"Action": "Aksiyon", "Adventure": "Serpêhatî", "Animation": "Anîmasyon", "Comedy": "Komedî",
          "Crime": "Sûc", "Documentary": "Belgefîlm", "Drama": "Drama", "Family": "Malbat",
          "Fantasy": "Fantazî", "History": "Dîrokî", "Horror": "Tirs", "Music": "Muzîkal",
          "Mystery": "Nepenî", "Romance": "Evînî", "Science Fiction": "Zanistî-xeyalî",
          "Thriller": "Heyecan", "War": "Şer", "Western": "Western"}
COUNTRIES = {"United States": "DYA", "United Kingdom": "Brîtanya", "France": "Fransa",
             "Germany": "Almanya", "Japan": "Japonya", "China": "Çîn", "South Korea": "Koreya Başûr",
             "India": "Hindistan", "Brazil": "Brezîlya", "Australia": "Awistralya", "Canada": "Kanada",
             "Spain": "Spanya", "Italy": "Îtalya", "Mexico": "Meksîka", "Nigeria": "Nîjerya",
             "Sweden": "Swêd", "Denmark": "Danîmarka", "Argentina": "Arjantîn", "Iran": "Îran",
             "Poland": "Polonya"}
# no board: the site's own marks ('Giştî' = general audience)
AGES = ages("Giştî", "7+", "13+", "16+", "18+")
PROSE = Prose(
    verbs=("vedigere", "mîras digire", "digere li", "direve ji", "diparêze", "winda dike"),
    things=("gundê di bin avê de", "baxçeyê malbatê", "fenera kevn", "kana terikandî",
            "bajarokê sînor", "keştiya dawî"),
    synopsis=("{hero} {verb} {thing} û dibîne ku {other} jî {verb2} {thing2}. "
              "{title} çîroka dilsoziyên kevn e ku demsalekê tên ceribandin."),
    taglines=("Bihayê her tiştî heye.",), audiences=("Temaşevanan lîstikvan pesinandin.",))
CHROME = Chrome("kmr", "Rûdaw", ("Destpêk", "Rêzefîlm", "Fîlm", "Weşana zindî", "Nûçe", "Lêgerîn"),
                ("Em cookie bikar tînin da ku ezmûna te baştir bikin.", "Qebûl bike", "Mîheng"),
                ("Derbarê me", "Têkilî", "Merc", "Nepenî"), "© 2026 Rûdaw", "__RUDAW__")
WORDS = Words(
    {"director": "Derhêner", "writer": "Nivîskar", "music": "Muzîk", "producer": "Hilberîner",
     "camera": "Kameraman", "genre": "Cure", "country": "Welat", "year": "Sal", "runtime": "Dirêjî",
     "rating": "Temen", "seasons": "Demsal", "released": "Dîroka weşanê",
     "studio": "Şirketa hilberînê", "budget": "Budçe", "box_office": "Dahat"},
    {"about": "Kurte", "details": "Agahî", "cast": "Lîstikvan", "trailer": "Fragman",
     "episodes": "Beş", "reviews": "Şîrove", "no_reviews": "Hêj şîrove tune ne.",
     "rail": "Yên wekhev"})


def dirok(d: date, long: bool) -> str:
    """'27 Cotmeh 1995' or '27.10.1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}.{d.month:02d}.{d.year}"


def direji(n: int, long: bool) -> str:
    """'1 saet 51 deqîqe' or '111 deqîqe'."""
    return hours(n, " saet", " deqîqe") if long else f"{n} deqîqe"


def deng(n: int) -> str:
    """'(1.234 deng)'."""
    return f"({grouped(n, '.')} deng)"


def pere(m: Money) -> str:
    return money_symbol(m, ".")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Demsala {e.season}, Beşa {e.number} · {direji(e.minutes, long)} · {dirok(e.aired, long)}</p><p>Derhêner: {esc(e.director)}</p>"


def _schedule(t: Title, c: Classes, rng: random.Random) -> str:
    if rng.random() < 0.3:
        return ""
    days = ("Duşem", "Sêşem", "Çarşem", "Pêncşem", "În", "Şemî", "Yekşem")
    rows = "".join(f"<li>{day} <time>{rng.randint(17, 23)}:{rng.choice(('00', '30'))}</time></li>" for day in rng.sample(days, 2))
    return f'<section class="{c("schedule")}"><h2>Demê weşanê</h2><ul>{rows}</ul></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Ziman", pick(rng, ("Kurmancî", "Kurmancî, binnivîsa Soranî", "Tirkî, dublaja Kurmancî")))]


SITE = Site(NAME, "rw", CHROME, WORDS, dirok, direji, " her beş", deng, pere,
            lambda n: f"Temaşe: {grouped(n, '.')}", _episode, _schedule, ("srcdoc", "ruby", "table"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.3, later="Li ser Rûdaw", extra_rows=_more, cta="Temaşe bike")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
