# ruff: noqa: E501  (HTML templates read best on one line)
"""Telefriuli: a film or series page of the Friulian regional channel's on-demand site, in
Friulian. A backdrop; the <h1> (the meta line '1995 · 14+ · 1 ore e 51 minûts · Dramatic' under
it, in the hero's <header> on some deploys); the score with '(1.234 vôts)' / '(1 vôt)' beside
'12.345 visualizazions' (a trap); 'Trame'; the facts as value-first items whose bold label a
flex row-reverse draws on the left, as a table of <div>s with ARIA roles (a row of column
headers over a row of cells), or as bold-label lines: 'Regjie', 'Senegjature', 'Musiche',
'Produtôr' and 'Fotografie' (traps), 'Gjenar', 'Paîs', 'An', 'Durade: 111 minûts' or '1 ore e 51
minûts' (a series' 'par pontade'), 'Etât' (the Italian classes T/6+/14+/18+), 'Jessude: 27 di
otubar dal 1995' (or '27/10/1995') beside a later 'Su Telefriuli dal' (a trap), 'Cjase di
produzion', 'Budget: $ 3.600.000', 'Incas', 'Stagjons', 'Lenghe'; 'Interprets'; the trailer; a
series' episodes with their own lengths, dates and directors; the evening schedule (traps);
comments; 'Ti podarès plasê ancje'; a JSON-LD Movie on some pages. No tagline, audience text,
IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import SYMBOLS, esc, grouped
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites23.common import (
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

NAME = "telefriuli"
MONTHS = ("zenâr", "fevrâr", "març", "avrîl", "mai", "jugn", "lui", "avost", "setembar",
          "otubar", "novembar", "dicembar")
GENRES = {"Action": "Azion", "Adventure": "Aventure", "Animation": "Animazion",
          "Comedy": "Comedie", "Crime": "Criminâl", "Documentary": "Documentari",
          "Drama": "Dramatic", "Family": "Famee", "Fantasy": "Fantastic", "History": "Storic",
          "Horror": "Orôr", "Music": "Musicâl", "Mystery": "Misteri", "Romance": "Romantic",
          "Science Fiction": "Fantassience", "Thriller": "Suspens", "War": "Vuere",
          "Western": "Western"}
COUNTRIES = {"United States": "Stâts Unîts", "United Kingdom": "Ream Unît", "France": "France",
             "Germany": "Gjermanie", "Japan": "Gjapon", "China": "Cine", "South Korea": "Coree dal Sud",
             "India": "Indie", "Brazil": "Brasîl", "Australia": "Australie", "Canada": "Canadà",
             "Spain": "Spagne", "Italy": "Italie", "Mexico": "Messic", "Nigeria": "Nigerie",
             "Sweden": "Svezie", "Denmark": "Danimarcje", "Argentina": "Argjentine", "Iran": "Iran",
             "Poland": "Polonie"}
AGES = ages("T", "6+", "14+", "14+", "18+")  # the Italian classes since 2021
PROSE = Prose(
    verbs=("al torne tal", "al cîr", "al defint", "al scjampe dal", "al cjate", "al pier"),
    things=("paîs di mont", "cjamp di famee", "vieri faro", "ort bandonât", "puart dai pescjadôrs",
            "ultin tren"),
    synopsis=("{hero} {verb} {thing} e al scuvierç che ancje {other} {verb2} {thing2}. "
              "{title} e je la storie di une fedeltât antighe metude a la prove dal timp."),
    taglines=("Ogni robe e à il so presit.",), audiences=("Il public al à laudât i atôrs.",))
CHROME = Chrome("fur", "Telefriuli", ("Prime pagjine", "Films", "Serie", "Programs", "In direte", "Cîr"),
                ("O doprìn i cookies par miorâ il servizi.", "Acete", "Preferencis"),
                ("Cui che o sin", "Contats", "Notis legâls", "Privacy"), "© 2026 Telefriuli", "__TELEFRIULI__")
WORDS = Words(
    {"director": "Regjie", "writer": "Senegjature", "music": "Musiche", "producer": "Produtôr",
     "camera": "Fotografie", "genre": "Gjenar", "country": "Paîs", "year": "An",
     "runtime": "Durade", "rating": "Etât", "seasons": "Stagjons", "released": "Jessude",
     "studio": "Cjase di produzion", "budget": "Budget", "box_office": "Incas"},
    {"about": "Trame", "details": "Schede", "cast": "Interprets", "trailer": "Trailer",
     "episodes": "Pontadis", "reviews": "Coments", "no_reviews": "Ancjemò nissun coment.",
     "rail": "Ti podarès plasê ancje"})


def date_fur(d: date, long: bool) -> str:
    """'27 di otubar dal 1995', '3 di avrîl dal 1995' or '27/10/1995'."""
    return f"{d.day} di {MONTHS[d.month - 1]} dal {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def durade(n: int, long: bool) -> str:
    """'1 ore e 51 minûts', '2 oris', '45 minûts' or '111 minûts'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} minûts"
    hrs = "1 ore" if big == 1 else f"{big} oris"
    return hrs + (f" e {small} minûts" if small else "")


def vots(n: int) -> str:
    """'(1 vôt)', '(1.234 vôts)'."""
    return "(1 vôt)" if n == 1 else f"({grouped(n, '.')} vôts)"


def bezs(m: Money) -> str:
    """'$ 3.600.000', '€ 3.600.000': the symbol first, dots between thousands."""
    return f"{SYMBOLS.get(m.currency, m.currency)} {grouped(m.amount, '.')}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Stagjon {e.season}, Pontade {e.number} · {durade(e.minutes, long)} · {date_fur(e.aired, long)}</p><p>Regjie: {esc(e.director)}</p>"


def _slots(t: Title, c: Classes, rng: random.Random) -> str:
    """Tonight's schedule: traps."""
    rows = "".join(f"<li><time>{h}:{m}</time> {name}</li>" for h, m, name in sorted(
        (rng.randint(18, 23), rng.choice(("00", "15", "30", "45")), pick(rng, ("Telegiornâl", "Maman!", "Ore di Friûl", "Lis gnovis", "Sport FVG"))) for _ in range(3)))
    return f'<aside class="{c("onair")}"><h2>Usgnot su Telefriuli</h2><ul>{rows}</ul><p>Canâl 10 dal digjitâl terestri.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Lenghe", pick(rng, ("Furlan", "Furlan, sottitui par talian", "Talian")))]


SITE = Site(NAME, "tf", CHROME, WORDS, date_fur, durade, " par pontade", vots, bezs,
            lambda n: f"{grouped(n, '.')} visualizazions", _episode, _slots, ("rowreverse", "ariagrid", "lines"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.3, later="Su Telefriuli dal", extra_rows=_more, cta="Cjale")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
