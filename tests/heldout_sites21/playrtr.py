# ruff: noqa: E501  (HTML templates read best on one line)
"""Play RTR: a film or series page of the Romansh public broadcaster's on-demand player
(Romansh, Rumantsch Grischun). A backdrop; the <h1> (the meta line '1995 · 12+ · 1 ura e 51
minutas · Drama' above or under it on some deploys); the score with "(1'234 vuschs)" beside
"Guardà 12'345 giadas" (views, a trap); 'Cuntegn'; the facts as a CSS grid whose labels come
first in the document and whose values point back at them (aria-describedby), an SVG card of
<text> labels and values, or bold-label lines: 'Reschia', 'Scenari', 'Musica', 'Producziun' and
'Camera' (traps), 'Gener', 'Pajais', 'Onn', 'Durada: 111 minutas' or '1 ura e 51 minutas' (a
series' 'per episoda'), 'Vegliadetgna' (the Swiss age marks 0+/6+/12+/16+/18+), 'Premiera: 27
d'october 1995' (or '27.10.1995') beside a later 'Sin Play RTR dapi' (a trap), 'Firma da
producziun', "Budget: USD 3'600'000" (the Swiss apostrophe), 'Entradas', 'Stagiuns', 'Lingua',
'Sutitels'; 'Acturas ed acturs'; the trailer; a series' episodes with their own lengths, dates
and directors; the broadcast times on SRF 1 (a trap); comments; 'Era interessant'; a JSON-LD
Movie on some pages. No tagline, audience text, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
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

NAME = "playrtr"
MONTHS = ("schaner", "favrer", "mars", "avrigl", "matg", "zercladur", "fanadur", "avust",
          "settember", "october", "november", "december")
GENRES = {"Action": "Acziun", "Adventure": "Aventura", "Animation": "Animaziun",
          "Comedy": "Comedia", "Crime": "Crimi", "Documentary": "Documentar", "Drama": "Drama",
          "Family": "Famiglia", "Fantasy": "Fantasia", "History": "Istorgia", "Horror": "Horror",
          "Music": "Film da musica", "Mystery": "Misteri", "Romance": "Romanza",
          "Science Fiction": "Science fiction", "Thriller": "Thriller", "War": "Guerra",
          "Western": "Western"}
COUNTRIES = {"United States": "Stadis Unids", "United Kingdom": "Reginavel Unì",
             "France": "Frantscha", "Germany": "Germania", "Japan": "Giapun", "China": "China",
             "South Korea": "Corea dal Sid", "India": "India", "Brazil": "Brasilia",
             "Australia": "Australia", "Canada": "Canada", "Spain": "Spagna", "Italy": "Italia",
             "Mexico": "Mexico", "Nigeria": "Nigeria", "Sweden": "Svezia", "Denmark": "Danemarc",
             "Argentina": "Argentinia", "Iran": "Iran", "Poland": "Pologna"}
# the Swiss age marks (the JSFC's 0/6/12/16/18 tiers)
AGES = ages("0+", "6+", "12+", "16+", "18+")
PROSE = Prose(
    verbs=("returna en", "ierta", "tschertga", "fugia da", "protegia", "banduna"),
    things=("il vitg inundà", "il bain puril da la famiglia", "la veglia tuor da glisch",
            "la mina bandunada", "la citad a la cunfin", "l'ultim bus postal"),
    synopsis=("{hero} {verb} {thing} ed ademplescha ch'era {other} {verb2} {thing2}. "
              "{title} raquinta d'ina veglia fidaivladad messa a la prova durant ina stagiun."),
    taglines=("Tut ha ses pretsch.",), audiences=("Il public ha ludà las acturas ed ils acturs.",))
CHROME = Chrome("rm", "Play RTR", ("Novitads", "Emissiuns", "Films", "Series", "Uffants", "Tschertgar"),
                ("RTR dovra cookies per meglierar la purschida.", "Acceptar", "Parameters"),
                ("Davart RTR", "Protecziun da datas", "Impressum", "Contact", "Agid"), "© 2026 RTR Radiotelevisiun Svizra Rumantscha", "__PLAYRTR__")
WORDS = Words(
    {"director": "Reschia", "writer": "Scenari", "music": "Musica", "producer": "Producziun",
     "camera": "Camera", "genre": "Gener", "country": "Pajais", "year": "Onn", "runtime": "Durada",
     "rating": "Vegliadetgna", "seasons": "Stagiuns", "released": "Premiera",
     "studio": "Firma da producziun", "budget": "Budget", "box_office": "Entradas"},
    {"about": "Cuntegn", "details": "Detagls", "cast": "Acturas ed acturs", "trailer": "Trailer",
     "episodes": "Episodas", "reviews": "Commentaris", "no_reviews": "Anc nagins commentaris.",
     "rail": "Era interessant"})


def data(d: date, long: bool) -> str:
    """"27 d'october 1995", '3 da mars 1995' or '27.10.1995'."""
    month = MONTHS[d.month - 1]
    of = "d'" if month[0] in "aeiou" else "da "
    return f"{d.day} {of}{month} {d.year}" if long else f"{d.day:02d}.{d.month:02d}.{d.year}"


def durada(n: int, long: bool) -> str:
    """'1 ura e 51 minutas', '2 uras', '45 minutas' or '111 minutas'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} minutas"
    hour = f"{big} {'ura' if big == 1 else 'uras'}"
    return f"{hour} e {small} minutas" if small else hour


def swiss(n: int) -> str:
    """"12'345": the Swiss apostrophe between thousands."""
    return grouped(n, "'")


def vuschs(n: int) -> str:
    """"(1'234 vuschs)", '(1 vusch)'."""
    return f"({swiss(n)} {'vusch' if n == 1 else 'vuschs'})"


def francs(m: Money) -> str:
    """"USD 3'600'000": the code before the figure, the Swiss apostrophe between thousands."""
    return f"{m.currency} {swiss(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Stagiun {e.season}, episoda {e.number} · {durada(e.minutes, long)} · {data(e.aired, long)}</p><p>Reschia: {esc(e.director)}</p>"


def _emissiuns(t: Title, c: Classes, rng: random.Random) -> str:
    if rng.random() < 0.3:
        return ""
    days = ("glindesdi", "mardi", "mesemna", "gievgia", "venderdi", "sonda", "dumengia")
    rows = "".join(f"<li>{day}, <time>{rng.randint(17, 22)}:{rng.choice(('05', '25', '40'))}</time> sin SRF 1</li>" for day in rng.sample(days, 2))
    return f'<section class="{c("tv")}"><h2>Emissiuns</h2><ul>{rows}</ul></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Lingua", pick(rng, ("Rumantsch", "Tudestg, versiun rumantscha", "Rumantsch, tudestg"))),
            ("Sutitels", pick(rng, ("Tudestg", "Rumantsch, tudestg")))]


SITE = Site(NAME, "rt", CHROME, WORDS, data, durada, " per episoda", vuschs, francs,
            lambda n: f"Guardà {swiss(n)} giadas", _episode, _emissiuns, ("describedby", "svgtext", "lines"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.35, later="Sin Play RTR dapi", extra_rows=_more, cta="Guardar")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
