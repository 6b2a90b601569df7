# ruff: noqa: E501  (HTML templates read best on one line)
"""Paraguay TV: a film or series page of the Paraguayan public channel's on-demand site, in
Guarani (the Jopara of its programmes: Spanish loans where speakers use them). A backdrop; the
<h1> (the meta line '1995 · +13 · 1 aravo 51 aravo'i · Drama' under it, in the hero's <header> on
some deploys); the score with '(1.234 poravo)' beside '12.345 jehecha' (views, a trap);
'Mombe'u'; the facts as value chips whose labels are role="tooltip" bubbles shown on hover or
focus, as labels and values in two runs paired only by the stylesheet's grid-template-areas, or
as a table: 'Sambyhyhára', 'Ohaíva', 'Purahéi', 'Productor' and 'Ta'anga'apohára' (traps),
"Mba'éichagua", 'Tetã', 'Ary', "Ipukukue: 111 aravo'i" or "1 aravo 51 aravo'i" (a series'
'peteĩteĩ pehẽme'), 'Ary oikotevẽva' (the site's marks ATP/+13/+16/+18), 'Osẽ ára: 27 jasypa
1995' (or '27/10/1995') beside a later 'Paraguay TV-pe' (a trap), 'Apohára', 'Presupuesto: US$
3.600.000', 'Recaudación', 'Temporada', "Ñe'ẽ"; "Ñembosaraiha"; the trailer; a series' episodes
with their own lengths, dates and directors; the programme schedule and a sponsor's price in
guaraníes (traps); comments; 'Ehecha avei'; a JSON-LD Movie on some pages. No tagline, audience
text, IMDb link or streaming block."""

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

NAME = "paraguaytv"
MONTHS = ("jasyteĩ", "jasykõi", "jasyapy", "jasyrundy", "jasypo", "jasypoteĩ", "jasypokõi",
          "jasypoapy", "jasyporundy", "jasypa", "jasypateĩ", "jasypakõi")
GENRES = {"Action": "Acción", "Adventure": "Aventura", "Animation": "Animación",
          "Comedy": "Comedia", "Crime": "Policial", "Documentary": "Documental",
          "Drama": "Drama", "Family": "Ogapy", "Fantasy": "Fantasía", "History": "Tembiasakue",
          "Horror": "Kyhyje", "Music": "Mba'epu", "Mystery": "Ñemiguáva", "Romance": "Mborayhu",
          "Science Fiction": "Ciencia ficción", "Thriller": "Suspenso", "War": "Ñorairõ",
          "Western": "Western"}
COUNTRIES = {"United States": "Tetã peteĩ reko Amérikagua", "United Kingdom": "Tavetã Joaju",
             "France": "Hyãsia", "Germany": "Alemaña", "Japan": "Hapõ", "China": "Chína",
             "South Korea": "Koréa Sur", "India": "Índia", "Brazil": "Pindorama", "Australia": "Aututaráli",
             "Canada": "Kanatã", "Spain": "Epaña", "Italy": "Itália", "Mexico": "Méhiko",
             "Nigeria": "Nihéria", "Sweden": "Suésia", "Denmark": "Dinamarka", "Argentina": "Argentina",
             "Iran": "Irã", "Poland": "Polóña"}
AGES = ages("ATP", "ATP", "+13", "+16", "+18")  # the site's marks (ATP: apto todo público)
PROSE = Prose(
    verbs=("ojevy", "oheka", "oñangareko", "okañy", "ojuhu", "operde"),
    things=("peteĩ táva michĩme", "ijypykuéra kokuépe", "peteĩ óga tuja", "peteĩ ita'ykue",
            "ysyry rembe'ýpe", "pe kanóa ipahaitéva"),
    synopsis=("{hero} {verb} {thing} ha ohecha {other} avei {verb2} {thing2}. "
              "{title} ha'e peteĩ mba'e mombe'u jeroviaha ymaguare rehegua."),
    taglines=("Opa mba'e oguereko hepy.",), audiences=("Umi ohecháva ombotuicha umi ñembosaraiha.",))
CHROME = Chrome("gn", "Paraguay TV", ("Ñepyrũ", "Película", "Serie", "Programa", "Vivo", "Heka"),
                ("Roipuru cookies romoporãve hag̃ua ne rembiapo.", "Amoneĩ", "Jeguerohory"),
                ("Ore rehegua", "Jehupytyha", "Léi", "Privacidad"), "© 2026 Paraguay TV · SICOM", "__PARAGUAYTV__")
WORDS = Words(
    {"director": "Sambyhyhára", "writer": "Ohaíva", "music": "Purahéi", "producer": "Productor",
     "camera": "Ta'anga'apohára", "genre": "Mba'éichagua", "country": "Tetã", "year": "Ary",
     "runtime": "Ipukukue", "rating": "Ary oikotevẽva", "seasons": "Temporada", "released": "Osẽ ára",
     "studio": "Apohára", "budget": "Presupuesto", "box_office": "Recaudación"},
    {"about": "Mombe'u", "details": "Marandu", "cast": "Ñembosaraiha", "trailer": "Jehechauka",
     "episodes": "Pehẽ", "reviews": "Pende ñe'ẽ", "no_reviews": "Ndaipóri gueteri ñe'ẽ.",
     "rail": "Ehecha avei"})


def ara(d: date, long: bool) -> str:
    """'27 jasypa 1995' or '27/10/1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def ipukukue(n: int, long: bool) -> str:
    """"1 aravo 51 aravo'i", '2 aravo', "45 aravo'i" or "111 aravo'i"."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} aravo'i"
    return f"{big} aravo" + (f" {small} aravo'i" if small else "")


def poravo(n: int) -> str:
    """'(1.234 poravo)': the noun has no plural."""
    return f"({grouped(n, '.')} poravo)"


def viru(m: Money) -> str:
    """'US$ 3.600.000', '€ 3.600.000'."""
    symbol = "US$" if m.currency == "USD" else SYMBOLS.get(m.currency, m.currency)
    return f"{symbol} {grouped(m.amount, '.')}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Temporada {e.season}, Pehẽ {e.number} · {ipukukue(e.minutes, long)} · {ara(e.aired, long)}</p><p>Sambyhyhára: {esc(e.director)}</p>"


def _schedule(t: Title, c: Classes, rng: random.Random) -> str:
    """The day's schedule and an advertiser's price: traps."""
    rows = "".join(f"<li><time>{h}:{m}</time> {name}</li>" for h, m, name in sorted(
        (rng.randint(6, 22), rng.choice(("00", "30")), pick(rng, ("Marandu Paraguay", "Ñande Reko", "Kuatiañe'ẽ", "Mba'éichapa", "Tembiapo"))) for _ in range(3)))
    return f'<aside class="{c("onair")}"><h2>Programación</h2><ul>{rows}</ul><p>Anuncio 30 segundo: ₲ {grouped(rng.choice((350000, 500000)), ".")}</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Ñe'ẽ", pick(rng, ("Guarani", "Guarani ha castellano", "Castellano, subtítulo guaraníme")))]


SITE = Site(NAME, "py", CHROME, WORDS, ara, ipukukue, " peteĩteĩ pehẽme", poravo, viru,
            lambda n: f"{grouped(n, '.')} jehecha", _episode, _schedule, ("tooltip", "gridareas", "table"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.3, later="Paraguay TV-pe", extra_rows=_more, cta="Ehecha")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
