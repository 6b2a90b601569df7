# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide en español (Spanish, Spain): the localized edition of the ReelGuide title page, laid
out as Spanish film sites lay out a 'ficha' (a technical sheet of label and value). A
backdrop; the <h1> (the meta line '1995 · +16 · 111 min · Drama' under it on some deploys); the
score with '1.234 votos' beside '12.345 reproducciones' (a trap); 'Sinopsis'; the sheet in a
layout table, data-field rows or a definition list: 'Dirección', 'Guion', 'Música',
'Producción', 'Fotografía' (traps), 'Género', 'País', 'Año', 'Duración: 111 min' (or '1 h 51
min'; a series' 'por episodio'), 'Calificación' (the ICAA's TP/+7/+12/+16/+18), 'Temporadas',
'Estreno: 27 de octubre de 1995' (or '27/10/1995') beside a later 'En plataformas desde' (a
trap), 'Productora', 'Idioma', 'Subtítulos'; 'Reparto'; the trailer; a series' episodes; the
subscription in euros (a trap); 'Comentarios'; 'También te puede gustar'; a JSON-LD Movie on
some pages. Genres and countries in Spanish; no tagline, audience text, budget, box office,
IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites7.filmaffinity import COUNTRIES, GENRES, MONTHS, PROSE
from tests.heldout_sites11.sensacine import ICAA
from tests.heldout_sites36.common import (
    Chrome,
    Classes,
    Site,
    Words,
    fit_rng,
    hide,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    translate,
)

NAME = "reelguide_es"
CHROME = Chrome(
    "es",
    "ReelGuide España",
    ("Inicio", "Películas", "Series", "Estrenos", "Cartelera", "Mi lista"),
    (
        "Utilizamos cookies propias y de terceros para mejorar tu experiencia.",
        "Aceptar",
        "Configurar",
    ),
    (
        "Quiénes somos",
        "Ayuda",
        "Aviso legal",
        "Política de privacidad",
        "Política de cookies",
        "Contacto",
    ),
    "© 2026 ReelGuide. Todos los derechos reservados.",
    "__REELGUIDE_ES__",
)
WORDS = Words(
    {
        "director": "Dirección",
        "writer": "Guion",
        "music": "Música",
        "producer": "Producción",
        "camera": "Fotografía",
        "genre": "Género",
        "country": "País",
        "year": "Año",
        "runtime": "Duración",
        "rating": "Calificación",
        "seasons": "Temporadas",
        "released": "Estreno",
        "studio": "Productora",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Sinopsis",
        "details": "Ficha técnica",
        "cast": "Reparto",
        "trailer": "Tráiler",
        "episodes": "Episodios",
        "reviews": "Comentarios",
        "no_reviews": "Todavía no hay comentarios.",
        "rail": "También te puede gustar",
    },
)


def es_date(d: date, long: bool) -> str:
    """'27 de octubre de 1995' or '27/10/1995'."""
    return (
        f"{d.day} de {MONTHS[d.month - 1]} de {d.year}"
        if long
        else f"{d.day:02d}/{d.month:02d}/{d.year}"
    )


def duration(n: int, long: bool) -> str:
    """'111 min' or '1 h 51 min' ('45 min' under the hour)."""
    big, small = divmod(n, 60)
    if long or not big:
        return f"{n} min"
    return f"{big} h" + (f" {small} min" if small else "")


def votes(n: int) -> str:
    return f"{grouped(n, '.')} voto" + ("" if n == 1 else "s")


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Temporada {e.season}, episodio {e.number} · {duration(e.minutes, long)} · emitido el {es_date(e.aired, long)}</p><p>Dirección: {esc(e.director)}</p>"


def _plans(t: Title, c: Classes, rng: random.Random) -> str:
    month_ = pick(rng, ("5,99 €", "7,99 €", "9,99 €"))
    return f'<aside class="{c("plans")}"><h2>Suscríbete</h2><p>Plan con anuncios {month_}/mes · Plan Premium {rng.randint(11, 15)},99 €/mes</p><p>Alquiler de estrenos desde 3,99 €.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Idioma", pick(rng, ("Inglés", "Español, inglés", "Versión original"))),
            ("Subtítulos", pick(rng, ("Español", "Español, catalán", "No"))),
        ]
    )


SITE = Site(
    NAME,
    "re",
    CHROME,
    WORDS,
    es_date,
    duration,
    " por episodio",
    votes,
    no_money,
    lambda n: f"{grouped(n, '.')} reproducciones",
    _episode,
    _plans,
    ("layout", "fields", "dl"),
    frozenset({"tagline", "audience_summary", "budget", "box_office", "imdb_id", "streaming"}),
    ("director", "actor", "genre", "contentRating", "datePublished", "description"),
    0.35,
    later="En plataformas desde",
    extra_rows=_more,
    imdb_text="Ficha en IMDb",
)


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), ICAA)
    t = hide(t, SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
