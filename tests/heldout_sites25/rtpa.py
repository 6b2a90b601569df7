# ruff: noqa: E501  (HTML templates read best on one line)
"""RTPA (Radiotelevisión del Principáu d'Asturies): a film or series page of the Asturian public
broadcaster's on-demand site, in Asturian. A backdrop; the <h1> (the meta line '1995 · 12 · 1 h
51 min · Drama' under it, in the hero's <header> on some deploys); the score with '(1.234
votos)' beside 'Reproducciones: 12.345' (a trap); 'Sinopsis'; the facts as one list whose labels
and values the stylesheet flows into two columns (column-count), values placed beside the labels
that follow them by CSS anchors, or a definition list: 'Direición', 'Guión', 'Música',
'Producción' and 'Fotografía' (traps), 'Xéneru', 'País', 'Añu', 'Duración: 111 min' or '1 h 51
min' (a series' 'per capítulu'), 'Edá' (Spain's ICAA marks TP/7/12/16/18), 'Estrenu: 27
d'ochobre de 1995' (or '27/10/1995') beside a later 'En TPA dende' (a trap), 'Productora',
'Presupuestu: 3.600.000 $', 'Recaldación', 'Temporaes', 'Llingua'; 'Repartu'; the trailer; a
series' episodes with their own lengths, dates and directors; the broadcast times (traps);
comments; 'Tamién te pue interesar'; a JSON-LD Movie on some pages. No tagline, audience text,
IMDb link or streaming block."""

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

NAME = "rtpa"
MONTHS = ("de xineru", "de febreru", "de marzu", "d'abril", "de mayu", "de xunu", "de xunetu",
          "d'agostu", "de setiembre", "d'ochobre", "de payares", "d'avientu")
GENRES = {"Action": "Aición", "Adventure": "Aventures", "Animation": "Animación", "Comedy": "Comedia",
          "Crime": "Policiaca", "Documentary": "Documental", "Drama": "Drama", "Family": "Familiar",
          "Fantasy": "Fantasía", "History": "Histórica", "Horror": "Terror", "Music": "Musical",
          "Mystery": "Misteriu", "Romance": "Romántica", "Science Fiction": "Ciencia ficción",
          "Thriller": "Suspense", "War": "Bélica", "Western": "Oeste"}
COUNTRIES = {"United States": "Estaos Xuníos", "United Kingdom": "Reinu Xuníu", "France": "Francia",
             "Germany": "Alemaña", "Japan": "Xapón", "China": "China", "South Korea": "Corea del Sur",
             "India": "India", "Brazil": "Brasil", "Australia": "Australia",
             "Canada": "Canadá", "Spain": "España", "Italy": "Italia", "Mexico": "Méxicu",
             "Nigeria": "Nixeria", "Sweden": "Suecia", "Denmark": "Dinamarca", "Argentina": "Arxentina",
             "Iran": "Irán", "Poland": "Polonia"}
AGES = ages("TP", "7", "12", "16", "18")  # Spain's ICAA classes
PROSE = Prose(
    verbs=("vuelve a", "atopa", "busca", "fuxe de", "defende", "pierde"),
    things=("la casería vieya", "el molín del ríu", "la mina zarrada", "el pueblu de la mariña",
            "el faru del cabu", "la última llancha"),
    synopsis=("{hero} {verb} {thing} y {other} {verb2} {thing2}. "
              "{title} ye una hestoria sobre la fidelidá y los años que nun vuelven."),
    taglines=("Too tien el so preciu.",), audiences=("El públicu aplaudió les interpretaciones.",))
CHROME = Chrome("ast", "RTPA", ("Entamu", "Series", "Películes", "En direuto", "Noticies", "Guetar"),
                ("Esti sitiu usa cookies.", "Aceutar", "Configurar"),
                ("Quiénes somos", "Contautu", "Avisu llegal", "Privacidá", "Accesibilidá"), "© 2026 RTPA", "__RTPA__")
WORDS = Words(
    {"director": "Direición", "writer": "Guión", "music": "Música", "producer": "Producción",
     "camera": "Fotografía", "genre": "Xéneru", "country": "País", "year": "Añu",
     "runtime": "Duración", "rating": "Edá", "seasons": "Temporaes", "released": "Estrenu",
     "studio": "Productora", "budget": "Presupuestu", "box_office": "Recaldación"},
    {"about": "Sinopsis", "details": "Ficha téunica", "cast": "Repartu", "trailer": "Tráiler",
     "episodes": "Capítulos", "reviews": "Comentarios", "no_reviews": "Entá nun hai comentarios.",
     "rail": "Tamién te pue interesar"})


def estrenu(d: date, long: bool) -> str:
    """'27 d'ochobre de 1995' or '27/10/1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} de {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def duracion(n: int, long: bool) -> str:
    """'1 h 51 min', '2 h' or '111 min'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min"
    return f"{big} h" + (f" {small} min" if small else "")


def votos(n: int) -> str:
    """'(1.234 votos)', '(1 votu)'."""
    return "(1 votu)" if n == 1 else f"({grouped(n, '.')} votos)"


def perres(m: Money) -> str:
    """'3.600.000 $', '7.200.000 EUR'."""
    return f"{grouped(m.amount, '.')} {'$' if m.currency == 'USD' else m.currency}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>T{e.season} C{e.number} · {duracion(e.minutes, long)} · {estrenu(e.aired, long)}</p><p>Direición: {esc(e.director)}</p>"


def _schedule(t: Title, c: Classes, rng: random.Random) -> str:
    days = ("Llunes", "Martes", "Miércoles", "Xueves", "Vienres", "Sábadu", "Domingu")
    rows = "".join(f"<li>{day}, {rng.randint(21, 23)}:{rng.choice(('00', '30'))} h</li>" for day in rng.sample(days, 2))
    return f'<section class="{c("schedule")}"><h2>Na TPA</h2><ul>{rows}</ul><p>Reposición el domingu de mañana.</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Llingua", pick(rng, ("asturianu", "castellanu, sotítulos n'asturianu", "versión n'asturianu")))]


SITE = Site(NAME, "ra", CHROME, WORDS, estrenu, duracion, " per capítulu", votos, perres,
            lambda n: f"Reproducciones: {grouped(n, '.')}", _episode, _schedule, ("columns", "anchor", "dl"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.3, later="En TPA dende", extra_rows=_more, cta="Ver agora")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
