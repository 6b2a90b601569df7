# ruff: noqa: E501  (HTML templates read best on one line)
"""Videolina: a film or series page of the Sardinian broadcaster's on-demand site, in Sardinian
(the Limba Sarda Comuna spelling). A backdrop; the <h1> (the meta line '1995 · 14 · 1 ora e 51
minutos · Drama' under it, in the hero's <header> on some deploys); the score with '(1.234
votos)' beside 'Bisualizatziones: 12.345' (a trap); 'Trama'; the facts as values placed beside
the labels that follow them by CSS anchors, an old CMS's <font> labels and <nobr> values ending
in <br>, or a table: 'Regia', 'Issenegiadura', 'Mùsica', 'Produtore' and 'Fotografia' (traps),
'Gèneru', 'Paisu', 'Annu', 'Durada: 111 minutos' or '1 ora e 51 minutos' (a series' 'pro
puntada'), 'Edade' (Italy's AGCOM marks T/6+/14+/18+ as 'Totu'/'6+'/'14+'/'18+'), 'Essida: 27
de santugaine 1995' (or '27/10/1995') beside a later 'In Videolina dae su' (a trap), 'Produtzione',
'Bilàntziu: 3.600.000 $', 'Intrada', 'Istajones', 'Limba'; 'Atores'; the trailer; a series'
episodes with their own lengths, dates and directors; broadcast times (traps); comments; 'Bide
puru'; a JSON-LD Movie on some pages. No tagline, audience text, IMDb link or streaming
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

NAME = "videolina"
MONTHS = ("ghennàrgiu", "freàrgiu", "martzu", "abrile", "maju", "làmpadas", "trìulas", "austu",
          "cabudanni", "santugaine", "santandria", "idas")
GENRES = {"Action": "Atzione", "Adventure": "Aventura", "Animation": "Animatzione", "Comedy": "Cumèdia",
          "Crime": "Polizescu", "Documentary": "Documentàriu", "Drama": "Drama", "Family": "Famìlia",
          "Fantasy": "Fantasia", "History": "Istòricu", "Horror": "Orrore", "Music": "Musicale",
          "Mystery": "Misteru", "Romance": "Romànticu", "Science Fiction": "Fantascièntzia",
          "Thriller": "Thriller", "War": "Gherra", "Western": "Western"}
COUNTRIES = {"United States": "Istados Unidos", "United Kingdom": "Rennu Unidu", "France": "Frantza",
             "Germany": "Germània", "Japan": "Giapone", "China": "Tzina", "South Korea": "Corea de su Sud",
             "India": "Ìndia", "Brazil": "Brasile", "Australia": "Austràlia", "Canada": "Cànada",
             "Spain": "Ispagna", "Italy": "Itàlia", "Mexico": "Mèssicu", "Nigeria": "Nigèria",
             "Sweden": "Isvètzia", "Denmark": "Danimarca", "Argentina": "Argentina", "Iran": "Iran",
             "Poland": "Polònia"}
AGCOM = ages("Totu", "6+", "14+", "14+", "18+")
PROSE = Prose(
    verbs=("torrat a", "agatat", "chircat", "fuit dae", "difendet", "perdet"),
    things=("sa domo betza de sa bidda", "su nuraghe de su monte", "sa tonnara serrada",
            "s'ortu de sa famìlia", "sa mina de su Sulcis", "s'ùrtima barca"),
    synopsis=("{hero} {verb} {thing} e {other} {verb2} {thing2}. "
              "{title} est una istòria de fidelidade chi durat annos meda."),
    taglines=("Onni cosa tenet su prètziu suo.",), audiences=("Su pùblicu at laudadu sos atores.",))
CHROME = Chrome("sc", "Videolina", ("Incumintzu", "Programmas", "Film", "In direta", "Noas", "Chirca"),
                ("Custu situ impreat cookies.", "Atzeto", "Impostatziones"),
                ("Chie semus", "Cuntatos", "Privacy", "Atzessibilidade"), "© 2026 Videolina", "__VIDEOLINA__")
WORDS = Words(
    {"director": "Regia", "writer": "Issenegiadura", "music": "Mùsica", "producer": "Produtore",
     "camera": "Fotografia", "genre": "Gèneru", "country": "Paisu", "year": "Annu",
     "runtime": "Durada", "rating": "Edade", "seasons": "Istajones", "released": "Essida",
     "studio": "Produtzione", "budget": "Bilàntziu", "box_office": "Intrada"},
    {"about": "Trama", "details": "Sa fitza", "cast": "Atores", "trailer": "Trailer",
     "episodes": "Puntadas", "reviews": "Cummentos", "no_reviews": "Galu nissunu cummentu.",
     "rail": "Bide puru"})


def essida(d: date, long: bool) -> str:
    """'27 de santugaine 1995' or '27/10/1995'."""
    return f"{d.day} de {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def durada(n: int, long: bool) -> str:
    """'1 ora e 51 minutos', '2 oras' or '111 minutos'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} minutos"
    return f"{big} {'ora' if big == 1 else 'oras'}" + (f" e {small} minutos" if small else "")


def votos(n: int) -> str:
    """'(1.234 votos)', '(1 votu)'."""
    return "(1 votu)" if n == 1 else f"({grouped(n, '.')} votos)"


def dinare(m: Money) -> str:
    """'3.600.000 $', '7.200.000 EUR'."""
    return f"{grouped(m.amount, '.')} {'$' if m.currency == 'USD' else m.currency}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Istajone {e.season}, puntada {e.number} · {durada(e.minutes, long)} · {essida(e.aired, long)}</p><p>Regia: {esc(e.director)}</p>"


def _schedule(t: Title, c: Classes, rng: random.Random) -> str:
    days = ("lunis", "martis", "mércuris", "giòbia", "chenàbura", "sàbadu", "domìniga")
    rows = "".join(f"<li>{day}, {rng.randint(20, 23)}:{rng.choice(('00', '30'))}</li>" for day in rng.sample(days, 2))
    return f'<section class="{c("schedule")}"><h2>In onda</h2><ul>{rows}</ul><p>Canale 10 de su digitale terrestre.</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Limba", pick(rng, ("sardu", "italianu, sutatìtulos in sardu", "dopiadu in sardu")))]


SITE = Site(NAME, "vl", CHROME, WORDS, essida, durada, " pro puntada", votos, dinare,
            lambda n: f"Bisualizatziones: {grouped(n, '.')}", _episode, _schedule, ("anchor", "legacy", "table"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.3, later="In Videolina dae su", extra_rows=_more, cta="Abbaida")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGCOM), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
