# ruff: noqa: E501  (HTML templates read best on one line)
"""Filmaffinity: a FilmAffinity-like Spanish page. The <h1> (with '(Serie de TV)' after it for a
show), the 'Nota media' box ('7,1' and '1.234 votos'); a <dl class="movie-info"> of dt/dd rows
('Título original', 'Año', 'Duración' '111 min.', 'País', 'Dirección', 'Guion', 'Reparto' names
only, 'Música' and 'Fotografía' as traps, 'Compañías' with 'Distribuidora' notes, 'Género'
as 'Drama. Romance | Drogas' with topics after the bar, 'Presupuesto' and 'Recaudación' as
'3.600.000 $' or '11.400.000 €', 'Sinopsis'; a show's 'Serie de TV. 3 temporadas. 22
episodios.'); '¿Dónde ver?' with 'Actualizado el 12 de marzo de 2026'; professional critics
and user reviews with their own years; 'Películas similares' rails. The year only (no full
date), no certificate, tagline, audience text, IMDb link or trailer."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from tests.heldout_sites2.kit import SYMBOLS, app_state, css, esc, grouped
from tests.heldout_sites2.records import Money, Prose, Streaming, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites7.common import (
    Classes,
    all_studios,
    cookie_banner,
    look,
    no_characters,
    others_people,
    pick,
    translate,
)

NAME = "filmaffinity"
MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
          "octubre", "noviembre", "diciembre")
GENRES = {"Action": "Acción", "Adventure": "Aventuras", "Animation": "Animación",
          "Comedy": "Comedia", "Crime": "Thriller", "Documentary": "Documental", "Drama": "Drama",
          "Family": "Infantil", "Fantasy": "Fantástico", "History": "Histórico", "Horror": "Terror",
          "Music": "Musical", "Mystery": "Intriga", "Romance": "Romance",
          "Science Fiction": "Ciencia ficción", "Thriller": "Suspense", "War": "Bélico",
          "Western": "Western"}
COUNTRIES = {"United States": "Estados Unidos", "United Kingdom": "Reino Unido",
             "France": "Francia", "Germany": "Alemania", "Japan": "Japón", "China": "China",
             "South Korea": "Corea del Sur", "India": "India", "Brazil": "Brasil",
             "Australia": "Australia", "Canada": "Canadá", "Spain": "España", "Italy": "Italia",
             "Mexico": "México", "Nigeria": "Nigeria", "Sweden": "Suecia", "Denmark": "Dinamarca",
             "Argentina": "Argentina", "Iran": "Irán", "Poland": "Polonia"}
TOPICS = ("Drogas", "Vida rural", "Años 50", "Familia", "Venganza", "Amistad", "Road Movie", "Basado en hechos reales")
PROSE = Prose(
    verbs=("vuelve a", "hereda", "busca", "huye de", "protege", "descubre", "pierde", "reconstruye"),
    things=("un pueblo inundado", "el huerto familiar", "un violín robado", "un viejo faro",
            "un circo en quiebra", "el último ferri", "una mina olvidada", "un pueblo fronterizo"),
    synopsis=("{hero} {verb} {thing} y descubre que {other} también {verb2} {thing2}. En {title}, "
              "las viejas lealtades se ponen a prueba durante una larga temporada, y nada vuelve "
              "tal como se fue."),
    taglines=("Todo tiene un precio.",),
    audiences=("Al público le gusta.",))


def fit(t: Title) -> Title:
    t = no_characters(translate(localize(t, PROSE), GENRES, COUNTRIES))
    return all_studios(replace(t, released=None, rating=None, tagline=None, audience=None,
                               imdb=None, trailer=None))


def money(m: Money) -> str:
    """'3.600.000 $', '11.400.000 €', '7.000.000.000 KRW': the figure first, as the site shows it."""
    symbol = SYMBOLS.get(m.currency, m.currency)
    return f"{grouped(m.amount, '.')} {symbol}"


def day(d: date) -> str:
    return f"{d.day} de {MONTHS[d.month - 1]} de {d.year}"


def votes(n: int) -> str:
    return f"{grouped(n, '.')} {'voto' if n == 1 else 'votos'}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("fa", rng)
    return (f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{esc(t.title)} ({t.year or "s/f"}) - FilmAffinity</title>'
            f'<link rel="canonical" href="{t.url}">{css("fa", t.slug, 80)}</head><body>'
            f'{cookie_banner(c("qc-cmp2"), "Valoramos tu privacidad. Usamos cookies para mejorar tu experiencia.", "ACEPTO", "MÁS OPCIONES")}'
            f'{_nav(c)}<div id="main-wrapper" class="{c("main")}">{_header(t, c)}<div class="{c("left")}">{_info(t, c, rng)}</div>'
            f'<div class="{c("right")}">{_rating(t, c)}{_watch(t.streaming, c)}</div>{_reviews(ctx, c)}{_rails(ctx, c)}</div>'
            f'{_footer(c)}{app_state("__FA_STATE__", ctx.others, {"lang": "es"})}</body></html>')


def _nav(c: Classes) -> str:
    items = ("Estrenos", "Cartelera", "Top FA", "Series", "Premios", "Mis listas")
    return (f'<header class="{c("header")}"><a href="/es/main.html">FilmAffinity</a><nav><ul>'
            + "".join(f'<li><a href="/es/{i}.php">{x}</a></li>' for i, x in enumerate(items))
            + '</ul></nav><input type="search" placeholder="Buscar por título"></header>')


def _header(t: Title, c: Classes) -> str:
    kind = f' <span class="{c("movie-type")}">(Serie de TV)</span>' if t.kind == "show" else ""
    return f'<h1 id="main-title" class="{c("title")}"><span itemprop="name">{esc(t.title)}</span>{kind}</h1>'


def _info(t: Title, c: Classes, rng: random.Random) -> str:
    music, photo = others_people(t, rng, 2)
    rows = [("Título original", esc(t.title))]
    if t.year:
        rows.append(("Año", str(t.year)))
    if t.runtime:
        rows.append(("Duración", f"{t.runtime} min."))
    if t.countries:
        rows.append(("País", " ".join(f'<span class="{c("nb")}"><img alt="{esc(x)}" src="/imgs/countries/{i}.png"> {esc(x)}</span>' for i, x in enumerate(t.countries))))
    if t.directors:
        rows.append(("Dirección", ", ".join(f'<a href="/es/search.php?stext={esc(d)}">{esc(d)}</a>' for d in t.directors)))
    if t.writers:
        rows.append(("Guion", ", ".join(map(esc, t.writers))))
    if t.cast:
        rows.append(("Reparto", ", ".join(f'<span itemprop="actor"><a href="#">{esc(p.actor)}</a></span>' for p in t.cast)))
    rows += [("Música", esc(music)), ("Fotografía", esc(photo))]
    if t.studios:
        note = pick(rng, ("Distribuidora: Warner Bros.", "Distribuidora: A Contracorriente Films", "Distribuidora: Filmax"))
        rows.append(("Compañías", " / ".join(map(esc, t.studios)) + f". {note}"))
    if t.seasons:
        rows.append(("Género", f"Serie de TV. {t.seasons} {'temporada' if t.seasons == 1 else 'temporadas'}. {t.seasons * 8 + 2} episodios."
                     + (" " + ". ".join(map(esc, t.genres)) if t.genres else "")))
    elif t.genres:
        rows.append(("Género", ". ".join(f'<a href="/es/moviegenre.php?genre={i}">{esc(g)}</a>' for i, g in enumerate(t.genres))
                     + f" | {pick(rng, TOPICS)}"))
    if t.budget:
        rows.append(("Presupuesto", money(t.budget)))
    if t.box_office:
        rows.append(("Recaudación", money(t.box_office) + pick(rng, ("", " (Mundial)", ""))))
    if t.synopsis:
        rows.append(("Sinopsis", f'<span itemprop="description">{esc(t.synopsis)}</span>'))
    if rng.random() < 0.3:
        rows[2:5] = rows[2:5][::-1]
    body = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
    return f'<dl class="movie-info">{body}</dl>'


def _rating(t: Title, c: Classes) -> str:
    if not t.votes:
        return f'<div class="{c("movie-rat-avg")}"><span>Nota media</span> <b>--</b> <span>Sin votos suficientes</span></div>'
    return (f'<div class="{c("movie-rat-avg")}"><span>Nota media</span> <b id="movie-rat-avg">{4 + len(t.slug) % 5},{len(t.title) % 10}</b>'
            f' <span id="movie-count-rat"><span>{votes(t.votes)}</span></span></div>')


def _watch(s: Streaming | None, c: Classes) -> str:
    if s is None:
        return ""
    if not s.counted:
        return f'<div class="{c("where")}"><h3>¿Dónde ver?</h3><p>Todavía no disponible en ninguna plataforma.</p></div>'
    n = len(s.platforms)
    head = (f"Disponible en {n} {'plataforma' if n == 1 else 'plataformas'}" if s.available
            else f"No disponible en ninguna de las {n} plataformas" if n > 1 else "No disponible en la única plataforma consultada (1)")
    items = "".join(f"<li>{esc(p)}</li>" for p in s.platforms)
    return f'<div class="{c("where")}"><h3>¿Dónde ver?</h3><p>{head}</p><ul>{items}</ul><small>Actualizado el {day(s.verified_on)}</small></div>'


def _reviews(ctx: Context, c: Classes) -> str:
    if not ctx.reviews:
        return ""
    items = "".join(f'<li class="{c("pro-review")}"><div>{esc(r.text)}</div><span>{esc(r.author)}: {r.score}/10</span> <span>{day(r.posted)}</span></li>'
                    for r in ctx.reviews)
    return f'<div class="{c("pro-reviews")}"><h2>Críticas profesionales</h2><ul>{items}</ul></div>'


def _rails(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a> <span>({o.year})</span> <span>{o.runtime or 97} min.</span>'
                    f" <span>{votes(o.votes or 1)}</span></li>" for o in ctx.others)
    return f'<div class="{c("similar")}"><h2>Películas similares</h2><ul>{cards}</ul></div>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/es/about.php">Acerca de</a><a href="/es/privacy.php">Política de privacidad</a>'
            '<a href="/es/cookies.php">Cookies</a><p>© 2002-2026 Filmaffinity. Todos los derechos reservados.</p></footer>')
