# ruff: noqa: E501  (HTML templates read best on one line)
"""SensaCine: a sensacine.com (AlloCiné group, Spanish) title page. The 'titlebar' <div> holds
the <h1>; 'meta-body-info' '27 de octubre de 1995 en cines | 1h 51min | Drama, Romance' (a
show's 'Desde 1995 | 52min | Drama'); 'Dirigida por' and 'Guion' lines in 'meta-body-direction',
'Reparto' the first actors; a certificate badge '+12' (ICAA, with its long form in a title
attribute); 'Medios' and 'Usuarios' scores ('3,9' with '12.345 notas, 567 críticas');
'Sinopsis'; 'Reparto completo' cards (actor over 'Personaje: ...' on some deploys); 'Ficha
técnica' (a <table> on older deploys: 'Nacionalidades', 'Distribuidora' a trap, 'Año de
producción', 'Presupuesto' '3.600.000 $', 'Recaudación en España' in spectators, a trap);
'Sesiones' with cinemas, times and ticket prices; users' reviews; 'Películas similares'; '¿Dónde
ver ... en streaming?' with 'Disponible en 3 plataformas' (or 'No disponible en ninguna de las 7
plataformas'), rent prices as traps and 'Actualizado el 3 de marzo de 2026'; a JSON-LD Movie on
some deploys. No tagline, audience text, studios, box office, IMDb link or trailer."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from tests.heldout_sites2.kit import SYMBOLS, app_state, css, esc, grouped, hours
from tests.heldout_sites2.records import Money, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites7.filmaffinity import COUNTRIES, GENRES, MONTHS, PROSE
from tests.heldout_sites11.common import (
    Classes,
    cookie_banner,
    dotted,
    fit_rng,
    look,
    no_characters,
    others_people,
    pick,
    rated,
    schema,
    translate,
)

NAME = "sensacine"
ICAA = {"G": "TP", "U": "TP", "TV-Y": "TP", "TV-G": "TP", "FSK 0": "TP", "PG": "+7",
        "TV-PG": "+7", "FSK 6": "+7", "PG-13": "+12", "12A": "+12", "M": "+12", "TV-14": "+12",
        "FSK 12": "+12", "R": "+16", "15": "+16", "MA15+": "+16", "FSK 16": "+16",
        "TV-MA": "+16", "NC-17": "+18", "18": "+18", "R18+": "+18", "FSK 18": "+18"}
LONG = {"TP": "Apta para todos los públicos", "+7": "No recomendada para menores de 7 años",
        "+12": "No recomendada para menores de 12 años",
        "+16": "No recomendada para menores de 16 años",
        "+18": "No recomendada para menores de 18 años"}


def _roles(t: Title) -> bool:
    return fit_rng(NAME, t, "roles").random() < 0.6


def fit(t: Title) -> Title:
    """A show gives its first year ('Desde 1995'), never a full date or money."""
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), ICAA)
    t = replace(t, tagline=None, audience=None, studios=(), studios_shown=0, box_office=None,
                imdb=None, trailer=None)
    if t.kind == "show":
        t = replace(t, released=None, budget=None)
    return t if _roles(t) else no_characters(t)


def fecha(d: date) -> str:
    return f"{d.day} de {MONTHS[d.month - 1]} de {d.year}"


def dinero(m: Money) -> str:
    """'3.600.000 $', '11.400.000 €', '540.000.000 ¥'."""
    return f"{grouped(m.amount, '.')} {SYMBOLS.get(m.currency, m.currency)}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("sc", rng)
    ld = schema(t, ("director", "actor", "genre", "datePublished", "aggregateRating", "description")) if rng.random() < 0.5 else ""
    blocks = [_cast(t, c), _technical(t, c, rng), _where(t, c, rng), _showtimes(c, rng), _reviews(ctx, c)]
    if rng.random() < 0.5:
        blocks[2], blocks[3] = blocks[3], blocks[2]
    return (f'<!DOCTYPE html><html lang="es-ES"><head><meta charset="utf-8"><title>{esc(t.title)} - {"Serie" if t.kind == "show" else "Película"} {t.year or ""} - SensaCine.com</title>'
            f'<link rel="canonical" href="{t.url}">{css("sc", t.slug, 100)}{ld}</head><body>'
            f'{cookie_banner(c("didomi"), "Nosotros y nuestros socios utilizamos cookies para mejorar tu experiencia y mostrarte publicidad personalizada.", "Aceptar y cerrar", "Rechazar")}'
            f'{_nav(c)}<main id="content-layout" class="{c("layout")}">{_hero(t, c, rng)}{"".join(blocks)}{_similar(ctx, c)}</main>'
            f'{_footer(c)}{app_state("__SC_STATE__", ctx.others, {"site": "es"})}</body></html>')


def _nav(c: Classes) -> str:
    items = ("Cartelera", "Películas", "Series", "Streaming", "Tráileres", "Noticias", "Estrenos")
    return (f'<header class="{c("header")}"><a href="/" class="logo">SensaCine</a><nav><ul>' + "".join(f'<li><a href="/n{i}">{x}</a></li>' for i, x in enumerate(items))
            + '</ul></nav><input type="search" placeholder="Buscar una película, una serie, una estrella..." aria-label="Buscar"></header>')


def _info(t: Title) -> str:
    parts: list[str] = []
    if t.kind == "show" and t.year:
        parts.append(f"Desde {t.year}")
    elif t.released:
        parts.append(f'<span class="date">{fecha(t.released)}</span> en cines')
    elif t.year:
        parts.append(f"Año {t.year}")
    if t.runtime:
        parts.append(hours(t.runtime, "h", "min"))
    if t.genres:
        parts.append(", ".join(f'<span class="genre">{esc(g)}</span>' for g in t.genres))
    return ' <span class="spacer">|</span> '.join(parts)


def _line(c: Classes, label: str, names: tuple[str, ...]) -> str:
    return f'<div class="meta-body-item {c("direction")}"><span class="light">{label}</span> ' + ", ".join(f'<a href="/personas/{i}">{esc(n)}</a>' for i, n in enumerate(names)) + "</div>"


def _hero(t: Title, c: Classes, rng: random.Random) -> str:
    out = f'<div class="titlebar {c("titlebar")}"><div class="titlebar-title"><h1>{esc(t.title)}</h1></div></div><section class="{c("card")}"><div class="meta-body-info">{_info(t)}</div>'
    if t.directors:
        out += _line(c, "Dirigida por", t.directors)
    if t.writers:
        out += _line(c, pick(rng, ("Guion", "Guion de")), t.writers)
    if t.cast:
        out += _line(c, "Reparto", tuple(p.actor for p in t.cast[:3]))
    if t.seasons:
        out += f'<div class="{c("seasons")}"><span class="light">Temporadas</span> {t.seasons}</div>'
    if t.rating:
        out += f'<span class="certificate {c("cert")}" title="{LONG[t.rating]}">{t.rating}</span>'
    out += _scores(t, c, rng) + "</section>"
    if t.synopsis:
        out += f'<section class="{c("synopsis")}"><h2>Sinopsis</h2><div class="content-txt">{esc(t.synopsis)}</div></section>'
    return out


def _scores(t: Title, c: Classes, rng: random.Random) -> str:
    press = f'<div class="rating-item"><span class="rating-title">Medios</span> <span class="stareval-note">{rng.randint(2, 4)},{rng.randint(0, 9)}</span> <span>{rng.randint(3, 40)} críticas</span></div>' if rng.random() < 0.7 else ""
    if not t.votes:
        return f'<div class="{c("ratings")}">{press}<div class="rating-item"><span class="rating-title">Usuarios</span> <span>--</span></div></div>'
    reviews = rng.randint(1, 900)
    return (f'<div class="{c("ratings")}">{press}<div class="rating-item"><span class="rating-title">Usuarios</span> <span class="stareval-note">{2 + len(t.slug) % 3},{len(t.title) % 10}</span> '
            f'<span class="stareval-review">{dotted(t.votes)} nota{"s" if t.votes != 1 else ""}, {reviews} crítica{"s" if reviews != 1 else ""}</span></div></div>')


def _cast(t: Title, c: Classes) -> str:
    if not t.cast:
        return ""
    cards = "".join(f'<div class="card person-card {c("person")}"><a class="meta-title-link" href="/personas/p{i}">{esc(p.actor)}</a><div class="meta-sub">{"Personaje: " + esc(p.character) if p.character else ""}</div></div>' for i, p in enumerate(t.cast))
    return f'<section class="{c("casting")}"><h2>Reparto completo</h2>{cards}</section>'


def _technical(t: Title, c: Classes, rng: random.Random) -> str:
    rows = []
    if t.countries:
        rows.append(("Nacionalidad" + ("es" if len(t.countries) > 1 else ""), ", ".join(map(esc, t.countries))))
    rows.append(("Distribuidora", pick(rng, ("Warner Bros. España", "Sony Pictures España", "A Contracorriente Films", "Vértigo Films"))))
    if t.year:
        rows.append(("Año de producción", str(t.year)))
    if t.budget:
        rows.append(("Presupuesto", dinero(t.budget)))
    rows.append(("Recaudación en España", f"{dotted(rng.randint(1000, 900000))} espectadores"))
    rows.append(("Idiomas", pick(rng, ("Inglés", "Español", "Francés, Inglés"))))
    crew = others_people(t, rng, 2)
    rows.append(("Música", esc(crew[0])))
    rows.append(("Productor", esc(crew[1])))
    if rng.random() < 0.4:  # the older deploy's table
        table = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
        return f'<section class="{c("technical")}"><h2>Ficha técnica</h2><table>{table}</table></section>'
    body = "".join(f'<div class="item"><span class="what light">{k}</span> <span class="that">{v}</span></div>' for k, v in rows)
    return f'<section class="{c("technical")}"><h2>Ficha técnica</h2>{body}</section>'


def _where(t: Title, c: Classes, rng: random.Random) -> str:
    s = t.streaming
    what = "esta serie" if t.kind == "show" else "esta película"
    if s is None:
        return ""
    if not s.counted:
        return f'<section class="{c("vod")}"><h2>¿Dónde ver {what} en streaming?</h2><p>Aún no está disponible en ninguna plataforma de streaming.</p></section>'
    n = len(s.platforms)
    head = f"Disponible en {n} plataforma{'s' if n > 1 else ''}" if s.available else f"No disponible en ninguna de las {n} plataformas"
    offers = "".join(f'<li class="{c("provider")}"><span class="provider-name">{esc(p)}</span> <span>{pick(rng, ("Suscripción", "Alquiler 3,99 €", "Compra 9,99 €")) if s.available else "No disponible"}</span></li>' for p in s.platforms)
    return (f'<section class="{c("vod")}"><h2>¿Dónde ver {what} en streaming?</h2><p class="{c("count")}">{head}</p><ul>{offers}</ul>'
            f'<p class="{c("updated")}">Actualizado el {fecha(s.verified_on)}</p></section>')


def _showtimes(c: Classes, rng: random.Random) -> str:
    if rng.random() < 0.4:
        return ""
    cinemas = rng.sample(("Cines Callao", "Yelmo Ideal", "Renoir Princesa", "Cinesa Proyecciones", "Golem Madrid"), 2)
    rows = "".join(f'<li><b>{x}</b> <span>{rng.randint(15, 17)}:{pick(rng, ("00", "15", "30"))}</span> <span>{rng.randint(19, 22)}:{pick(rng, ("00", "30", "45"))}</span> <span>Entrada {rng.randint(6, 10)},50 €</span></li>' for x in cinemas)
    return f'<section class="{c("showtimes")}"><h2>Sesiones</h2><ul>{rows}</ul></section>'


def _reviews(ctx: Context, c: Classes) -> str:
    if not ctx.reviews:
        return ""
    items = "".join(f'<div class="review-card"><b>{esc(r.author)}</b> <span>{r.score / 2:.1f}</span> <span>Publicada el {fecha(r.posted)}</span><p>{esc(r.text)}</p></div>' for r in ctx.reviews)
    return f'<section class="{c("reviews")}"><h2>Críticas de los usuarios</h2>{items}</section>'


def _similar(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<div class="card {c("similar")}"><a href="{o.path}">{esc(o.title)}</a><div>{o.year} | {hours(o.runtime or 97, "h", "min")} | {esc(ICAA.get(o.rating or "", o.rating or ""))}</div></div>' for o in ctx.others)
    return f'<section class="{c("reco")}"><h2>Películas similares</h2>{cards}</section>'


def _footer(c: Classes) -> str:
    links = ("Quiénes somos", "Aviso legal", "Política de privacidad", "Gestionar cookies", "Publicidad", "Contacto")
    return (f'<footer class="{c("footer")}"><ul>' + "".join(f'<li><a href="/f{i}">{x}</a></li>' for i, x in enumerate(links))
            + "</ul><p>© 2026 SensaCine - Todos los derechos reservados</p></footer>")
