# ruff: noqa: E501  (HTML templates read best on one line)
"""Filmoj en Esperanto: film pages of an Esperanto film club's catalogue, in Esperanto, in the wording
of Vikipedio's film infobox (Informkesto filmo) on a page with a player, votes and comments. A
poster; the <h1> (the meta line '1995 · 12+ · 1 horo 51 minutoj · Dramo' under it, in the hero's
<header> on some deploys); the score with '(1 234 voĉdonoj)' beside 'Spektoj: 12 345' (a trap);
'Resumo'; the facts as an SVG info card whose <foreignObject> holds the labelled lines, <div>s
laid out as a table by the stylesheet alone, or a definition list: 'Reĝisoro', 'Scenaristo',
'Muziko', 'Produktoro' and 'Kinematografio' (traps), 'Ĝenro', 'Lando', 'Jaro', 'Daŭro: 111
minutoj' or '1 horo 51 minutoj' (a series' 'po epizodo'), 'Aĝolimo' (the club's marks
Ĉiuj/6+/12+/16+/18+), 'Premiero: 27-a de oktobro 1995' (or the ISO '1995-10-27') beside a later
'Kun Esperantaj subtekstoj ekde' (a trap), 'Produktejo', 'Buĝeto: 3 600 000 usonaj dolaroj',
'Enspezoj', 'Sezonoj', 'Lingvo'; 'Rolantaro'; the trailer; a series' episodes with their own
lengths, dates and directors; club screenings at congresses with their fees (traps); comments;
'Vidu ankaŭ'; a JSON-LD Movie on some pages. No tagline, audience text, IMDb link or streaming
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

NAME = "filmoj"
MONTHS = ("januaro", "februaro", "marto", "aprilo", "majo", "junio", "julio", "aŭgusto",
          "septembro", "oktobro", "novembro", "decembro")
GENRES = {"Action": "Agfilmo", "Adventure": "Aventurfilmo", "Animation": "Animacio", "Comedy": "Komedio",
          "Crime": "Krimfilmo", "Documentary": "Dokumenta filmo", "Drama": "Dramo", "Family": "Familia filmo",
          "Fantasy": "Fantasio", "History": "Historia filmo", "Horror": "Hororfilmo", "Music": "Muzika filmo",
          "Mystery": "Mistero", "Romance": "Amfilmo", "Science Fiction": "Sciencfikcio",
          "Thriller": "Suspensfilmo", "War": "Militfilmo", "Western": "Vakerfilmo"}
COUNTRIES = {"United States": "Usono", "United Kingdom": "Britio", "France": "Francio",
             "Germany": "Germanio", "Japan": "Japanio", "China": "Ĉinio", "South Korea": "Sud-Koreio",
             "India": "Barato", "Brazil": "Brazilo", "Australia": "Aŭstralio", "Canada": "Kanado",
             "Spain": "Hispanio", "Italy": "Italio", "Mexico": "Meksiko", "Nigeria": "Niĝerio",
             "Sweden": "Svedio", "Denmark": "Danio", "Argentina": "Argentino", "Iran": "Irano",
             "Poland": "Pollando"}
MARKS = ages("Ĉiuj", "6+", "12+", "16+", "18+")
PROSE = Prose(
    verbs=("retrovas", "serĉas", "revenas al", "forlasas", "defendas", "perdas"),
    things=("la malnovan bienon", "la vilaĝon ĉe la lago", "la lastan pramon", "la fermitan minejon",
            "la familian ĝardenon", "la limstacion"),
    synopsis=("{hero} {verb} {thing}, kaj {other} {verb2} {thing2}. "
              "{title} rakontas pri fideleco, kiu daŭras tra multaj jaroj."),
    taglines=("Ĉio havas sian prezon.",), audiences=("La publiko laŭdis la aktorojn.",))
CHROME = Chrome("eo", "Filmoj en Esperanto", ("Ĉefpaĝo", "Serioj", "Filmoj", "Kongresoj", "Novaĵoj", "Serĉi"),
                ("Ĉi tiu retejo uzas kuketojn.", "Akcepti", "Agordoj"),
                ("Pri ni", "Kontakto", "Uzkondiĉoj", "Privateco"), "© 2026 Filmoj en Esperanto", "__FILMOJ__")
WORDS = Words(
    {"director": "Reĝisoro", "writer": "Scenaristo", "music": "Muziko", "producer": "Produktoro",
     "camera": "Kinematografio", "genre": "Ĝenro", "country": "Lando", "year": "Jaro",
     "runtime": "Daŭro", "rating": "Aĝolimo", "seasons": "Sezonoj", "released": "Premiero",
     "studio": "Produktejo", "budget": "Buĝeto", "box_office": "Enspezoj"},
    {"about": "Resumo", "details": "Informkesto", "cast": "Rolantaro", "trailer": "Antaŭfilmo",
     "episodes": "Epizodoj", "reviews": "Komentoj", "no_reviews": "Ankoraŭ neniuj komentoj.",
     "rail": "Vidu ankaŭ"})


def premiero(d: date, long: bool) -> str:
    """'27-a de oktobro 1995' or '1995-10-27'."""
    return f"{d.day}-a de {MONTHS[d.month - 1]} {d.year}" if long else d.isoformat()


def dauro(n: int, long: bool) -> str:
    """'1 horo 51 minutoj', '2 horoj' or '111 minutoj'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} minutoj"
    return f"{big} {'horo' if big == 1 else 'horoj'}" + (f" {small} {'minuto' if small == 1 else 'minutoj'}" if small else "")


def vocdonoj(n: int) -> str:
    """'(1 234 voĉdonoj)', '(1 voĉdono)'."""
    return "(1 voĉdono)" if n == 1 else f"({grouped(n, ' ')} voĉdonoj)"


def mono(m: Money) -> str:
    """'3 600 000 usonaj dolaroj', '7 200 000 EUR'."""
    return f"{grouped(m.amount, ' ')} {'usonaj dolaroj' if m.currency == 'USD' else m.currency}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Sezono {e.season}, epizodo {e.number} · {dauro(e.minutes, long)} · {premiero(e.aired, long)}</p><p>Reĝisoro: {esc(e.director)}</p>"


def _screenings(t: Title, c: Classes, rng: random.Random) -> str:
    rows = "".join(f"<li>{where}: {rng.randint(1, 28)}-a de {rng.choice(MONTHS)}, {rng.randint(14, 21)}:00 · {fee} €</li>"
                   for where, fee in (("Universala Kongreso", rng.choice((5, 8))), ("Internacia Junulara Kongreso", rng.choice((3, 4)))))
    return f'<section class="{c("screenings")}"><h2>Kongresaj projekcioj</h2><ul>{rows}</ul><p>Membroj de la klubo spektas senpage.</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Lingvo", pick(rng, ("Esperanto", "angla, kun Esperantaj subtekstoj", "franca, Esperanta dublado")))]


SITE = Site(NAME, "eo", CHROME, WORDS, premiero, dauro, " po epizodo", vocdonoj, mono,
            lambda n: f"Spektoj: {grouped(n, ' ')}", _episode, _screenings, ("foreign", "celltable", "dl"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.3, later="Kun Esperantaj subtekstoj ekde", extra_rows=_more, cta="Spekti", art="poster")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), MARKS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
