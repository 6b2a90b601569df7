# ruff: noqa: E501  (HTML templates read best on one line)
"""Omrop Fryslân: a programme or film page of the Frisian regional broadcaster's site (West
Frisian). A backdrop; the <h1> (the meta line '1995 · 12 · 1 oere 51 minuten · Drama' above or
under it on some deploys); the score with '(1.234 stimmen)' beside '12.345 kear besjoen' (views,
a trap); 'Oer dit programma'; the facts as a disabled list box whose labels are <optgroup
label> attributes over one <option> per value, a wide table whose value cells name their label
cells (<td headers>), or a definition list: 'Regy', 'Skript', 'Muzyk', 'Produsint' and 'Kamera'
(traps), 'Sjenre', 'Lân', 'Jier', 'Doer: 111 minuten' or '1 oere 51 minuten' (a series' 'de
ôflevering'), 'Leeftyd' (the Dutch Kijkwijzer ages AL/6/12/16/18), 'Premjêre: 27 oktober 1995'
(or '27-10-1995') beside a later 'Op Omrop Fryslân' (a trap), 'Produksjebedriuw', 'Budzjet: $
3.600.000', 'Opbringst', 'Seizoenen', 'Taal'; 'Spilers'; the trailer; a series' episodes with
their own lengths, dates and directors; the broadcast times on Omrop Fryslân Televyzje (a
trap); reactions; 'Ek nijsgjirrich'; a JSON-LD Movie on some pages. No tagline, audience text,
IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import SYMBOLS, esc, grouped, hours
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

NAME = "omrop"
MONTHS = ("jannewaris", "febrewaris", "maart", "april", "maaie", "juny", "july", "augustus",
          "septimber", "oktober", "novimber", "desimber")
GENRES = {"Action": "Aksje", "Adventure": "Aventoer", "Animation": "Animaasje",
          "Comedy": "Komeedzje", "Crime": "Misdie", "Documentary": "Dokumintêre", "Drama": "Drama",
          "Family": "Famylje", "Fantasy": "Fantasy", "History": "Skiednis", "Horror": "Horror",
          "Music": "Muzykfilm", "Mystery": "Mystearje", "Romance": "Romantyk",
          "Science Fiction": "Science fiction", "Thriller": "Thriller", "War": "Oarloch",
          "Western": "Western"}
COUNTRIES = {"United States": "Feriene Steaten", "United Kingdom": "Feriene Keninkryk",
             "France": "Frankryk", "Germany": "Dútslân", "Japan": "Japan", "China": "Sina",
             "South Korea": "Súd-Korea", "India": "Yndia", "Brazil": "Brazylje",
             "Australia": "Austraalje", "Canada": "Kanada", "Spain": "Spanje", "Italy": "Itaalje",
             "Mexico": "Meksiko", "Nigeria": "Nigearia", "Sweden": "Sweden",
             "Denmark": "Denemarken", "Argentina": "Argentynje", "Iran": "Iran", "Poland": "Poalen"}
# the Dutch Kijkwijzer ages (AL: alle leeftiden); its 9 and 14 tiers have no record tier here
AGES = ages("AL", "6", "12", "16", "18")
PROSE = Prose(
    verbs=("komt werom nei", "erft", "siket", "flechtet út", "beskermet", "ferlit"),
    things=("it ûnderstrûme doarp", "de pleats fan de famylje", "de âlde fjoertoer",
            "de ferlitten fearhaven", "it stedsje oan de kust", "de lêste boat"),
    synopsis=("{hero} {verb} {thing} en fynt út dat {other} {verb2} {thing2}. "
              "{title} is in ferhaal oer in âlde trou dy't ien seizoen lang op de proef steld wurdt."),
    taglines=("Alles hat syn priis.",), audiences=("It publyk wie te sprekken oer de spilers.",))
CHROME = Chrome("fy", "Omrop Fryslân", ("Nijs", "Sport", "Telefyzje", "Radio", "Útstjoering mist", "Sykje"),
                ("Omrop Fryslân brûkt cookies om de side better te meitsjen.", "Akseptearje", "Ynstellingen"),
                ("Oer de Omrop", "Privacy", "Cookies", "Kontakt", "Fakatueres"), "© 2026 Omrop Fryslân", "__OMROP__")
WORDS = Words(
    {"director": "Regy", "writer": "Skript", "music": "Muzyk", "producer": "Produsint",
     "camera": "Kamera", "genre": "Sjenre", "country": "Lân", "year": "Jier", "runtime": "Doer",
     "rating": "Leeftyd", "seasons": "Seizoenen", "released": "Premjêre",
     "studio": "Produksjebedriuw", "budget": "Budzjet", "box_office": "Opbringst"},
    {"about": "Oer dit programma", "details": "Gegevens", "cast": "Spilers", "trailer": "Trailer",
     "episodes": "Ofleveringen", "reviews": "Reaksjes", "no_reviews": "Noch gjin reaksjes.",
     "rail": "Ek nijsgjirrich"})


def datum(d: date, long: bool) -> str:
    """'27 oktober 1995' or '27-10-1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}-{d.month:02d}-{d.year}"


def doer(n: int, long: bool) -> str:
    """'1 oere 51 minuten' or '111 minuten'."""
    return hours(n, " oere", " minuten") if long else f"{n} minuten"


def stimmen(n: int) -> str:
    """'(1.234 stimmen)', '(1 stim)'."""
    return f"({grouped(n, '.')} {'stim' if n == 1 else 'stimmen'})"


def jild(m: Money) -> str:
    """'$ 3.600.000': the sign before the figure with a space, Dutch style."""
    return f"{SYMBOLS.get(m.currency, m.currency)} {grouped(m.amount, '.')}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Seizoen {e.season}, ôflevering {e.number} · {doer(e.minutes, long)} · {datum(e.aired, long)}</p><p>Regy: {esc(e.director)}</p>"


def _utstjoering(t: Title, c: Classes, rng: random.Random) -> str:
    if rng.random() < 0.3:
        return ""
    days = ("moandei", "tiisdei", "woansdei", "tongersdei", "freed", "sneon", "snein")
    rows = "".join(f"<li>{day} om <time>{rng.randint(17, 22)}.{rng.choice(('10', '30', '40'))}</time> oere</li>" for day in rng.sample(days, 2))
    return f'<section class="{c("tv")}"><h2>Op telefyzje</h2><ul>{rows}</ul><p>Dêrnei alle oeren op Omrop Fryslân Televyzje.</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Taal", pick(rng, ("Frysk", "Frysk, Nederlânsk ûndertitele", "Ingelsk, Frysk ûndertitele")))]


SITE = Site(NAME, "of", CHROME, WORDS, datum, doer, " de ôflevering", stimmen, jild,
            lambda n: f"{grouped(n, '.')} kear besjoen", _episode, _utstjoering, ("optgroup", "headers", "dl"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.35, later="Op Omrop Fryslân", extra_rows=_more, cta="Sjoch no")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
