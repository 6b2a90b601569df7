"""Cartelera: a Spanish-language site. 'Etiqueta: valor' lines in a 'Ficha técnica',
Spanish dates ('12 de marzo de 1995'), dotted thousands ('12.400 votos', '3.600.000 €'),
genres and countries in Spanish, 'N/D' placeholders, no schema.org at all."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tests.heldout_sites2.kit import app_state, css, esc, grouped, imdb_link, youtube_embed
from tests.heldout_sites2.records import Money, Prose, Streaming, Title, localize
from tests.heldout_sites2.site import Context

MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
GENEROS = {"Action": "Acción", "Adventure": "Aventura", "Animation": "Animación",
           "Comedy": "Comedia", "Crime": "Crimen", "Documentary": "Documental",
           "Drama": "Drama", "Family": "Familia", "Fantasy": "Fantasía", "History": "Historia",
           "Horror": "Terror", "Music": "Música", "Mystery": "Misterio", "Romance": "Romance",
           "Science Fiction": "Ciencia ficción", "Thriller": "Suspense", "War": "Bélica",
           "Western": "Western"}
PAISES = {"United States": "Estados Unidos", "United Kingdom": "Reino Unido",
          "France": "Francia", "Germany": "Alemania", "Japan": "Japón", "China": "China",
          "South Korea": "Corea del Sur", "India": "India", "Brazil": "Brasil",
          "Australia": "Australia", "Canada": "Canadá", "Spain": "España", "Italy": "Italia",
          "Mexico": "México", "Nigeria": "Nigeria", "Sweden": "Suecia", "Denmark": "Dinamarca",
          "Argentina": "Argentina", "Iran": "Irán", "Poland": "Polonia"}
SIGNOS = {"USD": "US$", "EUR": "€", "GBP": "£", "JPY": "¥", "BRL": "R$", "KRW": "₩",
          "INR": "₹"}
PROSA = Prose(
    verbs=("regresa a", "hereda", "busca", "huye de", "se enamora de", "descubre", "protege",
           "pierde", "reconstruye", "traiciona"),
    things=("un pueblo inundado", "el huerto familiar", "un violín robado", "un viejo faro",
            "un circo en quiebra", "el último ferri", "una emisora en silencio",
            "las deudas de su hermano", "una mina olvidada"),
    synopsis=("{hero} {verb} {thing} y descubre que {other} también {verb2} {thing2}. En "
              "{title}, las viejas lealtades se ponen a prueba durante una larga temporada."),
    taglines=("Todo tiene un precio.", "Algunas puertas no se abren.", "La marea siempre vuelve.",
              "Un verano. Una oportunidad.", "No te fíes de nadie."),
    audiences=("El público destaca las interpretaciones y la fotografía; el final divide "
               "opiniones, pero el reparto sostiene la historia.",
               "Los espectadores la describen como lenta pero emotiva, con un reparto "
               "excelente y una banda sonora inolvidable."))


def fit(t: Title) -> Title:
    t = localize(t, PROSA)
    return replace(t, genres=tuple(GENEROS[g] for g in t.genres),
                   countries=tuple(PAISES[c] for c in t.countries))


def fecha(d: date) -> str:
    return f"{d.day} de {MESES[d.month - 1]} de {d.year}"


def dinero(m: Money) -> str:
    return f"{grouped(m.amount, '.')} {SIGNOS.get(m.currency, m.currency)}"


def votos(n: int) -> str:
    return "1 voto" if n == 1 else f"{grouped(n, '.')} votos"


def render(t: Title, ctx: Context) -> str:
    return (f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8">'
            f"<title>{esc(t.title)} ({t.year or 's/f'}) - Cartelera</title>"
            f'<link rel="canonical" href="{t.url}">{css("cx", t.slug)}</head><body>'
            f"{_nav()}<main class=\"pelicula\">{_cabecera(t)}"
            f'<div class="cols"><article>{_textos(t)}{_reparto(t)}{_episodios(ctx)}'
            f"{_criticas(ctx)}</article><aside>{_ficha(t)}{_donde(t.streaming)}"
            f"{_enlaces(t)}</aside></div>{_rail(ctx)}</main>{_pie()}"
            f'{app_state("__CARTELERA__", ctx.others, {"idioma": "es"})}</body></html>')


def _nav() -> str:
    items = ("Estrenos", "Cartelera", "Series", "Plataformas", "Listas", "Noticias")
    return ('<header class="top"><a class="logo" href="/">Cartelera</a><nav>'
            + "".join(f'<a href="/{i.lower()}">{i}</a>' for i in items)
            + '</nav><form role="search"><input name="q" placeholder="Buscar"></form></header>')


def _cabecera(t: Title) -> str:
    lema = f'<p class="lema">«{esc(t.tagline)}»</p>' if t.tagline else ""
    tipo = "Serie de TV" if t.kind == "show" else "Película"
    return (f'<section class="cabecera"><span class="tipo">{tipo}</span>'
            f"<h1>{esc(t.title)}</h1>{lema}</section>")


def _textos(t: Title) -> str:
    out = ""
    if t.synopsis:
        out += f'<h2>Sinopsis</h2><p class="sinopsis">{esc(t.synopsis)}</p>'
    if t.audience:
        out += f'<h2>Lo que dicen los espectadores</h2><p class="publico">{esc(t.audience)}</p>'
    if t.trailer:
        out += f'<h2>Tráiler</h2><div class="video">{youtube_embed(t.trailer)}</div>'
    return out


def _linea(label: str, value: str) -> str:
    return f'<p class="dato"><strong>{label}:</strong> {value}</p>'


def _ficha(t: Title) -> str:
    filas = [_linea("Año", str(t.year) if t.year else "N/D")]
    if t.released:
        filas.append(_linea("Estreno", fecha(t.released)))
    if t.runtime:
        sufijo = " por episodio" if t.kind == "show" else ""
        filas.append(_linea("Duración", f"{t.runtime} min.{sufijo}"))
    if t.seasons:
        filas.append(_linea("Temporadas", f"{t.seasons} temporada{'s' * (t.seasons > 1)}"))
    filas.append(_linea("Calificación", esc(t.rating or "N/D")))
    if t.votes:
        filas.append(_linea("Valoraciones", votos(t.votes)))
    filas += _listas(t)
    filas += [_linea(k, dinero(m)) for k, m in (("Presupuesto", t.budget),
                                                 ("Recaudación", t.box_office)) if m]
    return f'<section class="ficha"><h2>Ficha técnica</h2>{"".join(filas)}</section>'


def _listas(t: Title) -> list[str]:
    filas = []
    for label, values, sep in (("Género", t.genres, " | "), ("País", t.countries, ", "),
                               ("Dirección", t.directors, ", "), ("Guion", t.writers, ", ")):
        if values:
            filas.append(_linea(label, sep.join(esc(v) for v in values)))
    if t.studios:
        mas = f" y {t.more_studios} más" if t.more_studios else ""
        filas.append(_linea("Productora", ", ".join(map(esc, t.shown_studios)) + mas))
    return filas


def _donde(s: Streaming | None) -> str:
    if s is None:
        return ""
    n = len(s.platforms)
    if not s.counted:
        cuerpo = "<p>Aún no disponible en ninguna plataforma.</p>"
    else:
        head = (f"Disponible en {n} plataforma{'s' * (n > 1)}" if s.available
                else f"No disponible actualmente en ({n} plataforma{'s' * (n > 1)})")
        cuerpo = (f"<p>{head}</p><ul>"
                  + "".join(f"<li>{esc(p)}</li>" for p in s.platforms) + "</ul>")
    return (f'<section class="donde"><h2>Dónde ver</h2>{cuerpo}'
            f"<small>Última comprobación: {fecha(s.verified_on)}</small></section>")


def _enlaces(t: Title) -> str:
    return f'<p class="ext">{imdb_link(t.imdb, "Ficha en IMDb")}</p>' if t.imdb else ""


def _reparto(t: Title) -> str:
    if not t.cast:
        return ""
    items = "".join(
        f'<li><a href="/persona/{i}">{esc(c.actor)}</a>'
        + (f" como <em>{esc(c.character)}</em>" if c.character else "") + "</li>"
        for i, c in enumerate(t.cast))
    return f'<h2>Reparto</h2><ul class="reparto">{items}</ul>'


def _episodios(ctx: Context) -> str:
    if not ctx.episodes:
        return ""
    items = "".join(
        f"<li><b>T{e.season} E{e.number}</b> · {esc(e.name)} · {e.minutes} min. · "
        f"{fecha(e.aired)} · Dirigido por {esc(e.director)}</li>" for e in ctx.episodes)
    return f'<h2>Últimos episodios</h2><ol class="episodios">{items}</ol>'


def _criticas(ctx: Context) -> str:
    items = "".join(f'<blockquote><cite>{esc(r.author)}</cite> · {r.score}/10 · '
                    f"{fecha(r.posted)}<p>{esc(r.text)}</p></blockquote>" for r in ctx.reviews)
    return f'<h2>Críticas de usuarios</h2><div class="criticas">{items}</div>' if items else ""


def _rail(ctx: Context) -> str:
    cards = "".join(
        f'<li><a href="{o.path}">{esc(o.title)}</a> <span>{o.year}</span> · '
        f"<span>{o.runtime} min.</span> · <span>{esc(o.rating)}</span> · "
        f"<span>{votos(o.votes or 1)}</span></li>" for o in ctx.others)
    return f'<section class="rail"><h2>También te puede interesar</h2><ul>{cards}</ul></section>'


def _pie() -> str:
    return ('<footer><p>© 2026 Cartelera. Todos los derechos reservados.</p><nav>'
            '<a href="/aviso-legal">Aviso legal</a><a href="/privacidad">Privacidad</a>'
            '<a href="/cookies">Cookies</a></nav></footer>')
