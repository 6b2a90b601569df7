# ruff: noqa: E501  (HTML templates read best on one line)
"""Zinea: a zinea.eus film or series page (Basque). The <h1>; the original title; 'Label: value'
lines or a definition list (or a table): 'Zuzendaria', 'Gidoia', 'Argazkia', 'Musika' and
'Ekoizlea' (cinematography, music and producer: traps), 'Generoa', 'Herrialdea', 'Urtea',
'Iraupena: 111 min' (a series' 'min (atal bakoitzeko)'), 'Adina' ('12 urtetik gorakoentzat',
'Adin guztietarako'), 'Estreinaldia: 1995eko urriaren 27a' (or '1995/10/27') beside a later
'Estreinaldia Euskal Herrian' (a trap), 'Ekoiztetxea' (studios), 'Banatzailea' (a trap),
'Aurrekontua: 3.600.000 $', 'Diru-bilketa', 'Denboraldiak'; 'Aktoreak' as 'Izena (Pertsonaia)'
lines or names; 'Erabiltzaileen balorazioa 7,4 (1.234 boto)' beside 'Ikustaldiak: 12.345' (a
trap); 'Sariak' with festivals and years (traps); 'Non ikusi?' with '3 plataformatan eskuragarri'
and 'Azken egiaztapena: 2026/03/03'; 'Euskaraz zinemetan' with '6,50 €' prices; the trailer, the
IMDb link; a series' episodes with their own directors; comments; 'Antzeko filmak'; a JSON-LD
Movie on some pages. No tagline or audience text."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from tests.heldout_sites2.kit import esc, grouped, imdb_link, youtube_embed
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites15.common import (
    Chrome,
    Classes,
    WhereWords,
    ages,
    any_facts,
    comments,
    episodes_block,
    fit_rng,
    look,
    no_characters,
    others_people,
    page,
    pick,
    rail,
    rated,
    schema,
    translate,
    where,
)

NAME = "zinea"
# genitive month names: '1995eko urriaren 27a'
MONTHS = ("urtarrilaren", "otsailaren", "martxoaren", "apirilaren", "maiatzaren", "ekainaren",
          "uztailaren", "abuztuaren", "irailaren", "urriaren", "azaroaren", "abenduaren")
GENRES = {"Action": "Ekintza", "Adventure": "Abentura", "Animation": "Animazioa",
          "Comedy": "Komedia", "Crime": "Krimena", "Documentary": "Dokumentala",
          "Drama": "Drama", "Family": "Familia", "Fantasy": "Fantasia", "History": "Historia",
          "Horror": "Beldurra", "Music": "Musikala", "Mystery": "Misterioa",
          "Romance": "Erromantikoa", "Science Fiction": "Zientzia fikzioa",
          "Thriller": "Thrillerra", "War": "Gerra", "Western": "Westerna"}
COUNTRIES = {"United States": "AEB", "United Kingdom": "Erresuma Batua", "France": "Frantzia",
             "Germany": "Alemania", "Japan": "Japonia", "China": "Txina",
             "South Korea": "Hego Korea", "India": "India", "Brazil": "Brasil",
             "Australia": "Australia", "Canada": "Kanada", "Spain": "Espainia", "Italy": "Italia",
             "Mexico": "Mexiko", "Nigeria": "Nigeria", "Sweden": "Suedia", "Denmark": "Danimarka",
             "Argentina": "Argentina", "Iran": "Iran", "Poland": "Polonia"}
AGES = ages("Adin guztietarako", "7 urtetik gorakoentzat", "12 urtetik gorakoentzat",
            "16 urtetik gorakoentzat", "18 urtetik gorakoentzat")
SIGNS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}
DISTRIBUTORS = ("Golem", "Bteam Pictures", "Vértigo Films", "Filmax", "A Contracorriente")
FESTIVALS = ("Donostiako Zinemaldia", "Zinebi", "Berlinale", "Goya sariak", "Gaudí sariak")
CINEMAS = ("Golem Alhondiga", "Trueba Zinemak", "Zugaza Durango", "Yelmo Megapark")
PROSE = Prose(
    verbs=("itzultzen da", "oinordetzan jasotzen du", "bilatzen du", "ihes egiten du", "zaintzen du"),
    things=("herri urperatura", "familiaren sagastira", "itsasargi zaharrera", "meatze abandonatura",
            "mugako herrira", "azken ferrira"),
    synopsis=("{hero} {thing} {verb}, eta {other} ere {thing2} {verb2}. "
              "{title} denboraldi luze batean proban jarritako leialtasun zaharrei buruzko istorioa da."),
    taglines=("Denak du bere prezioa.",),
    audiences=("Ikusleek aktoreak goraipatzen dituzte.",))
CHROME = Chrome("eu", "Zinea.eus", ("Estreinaldiak", "Filmak", "Telesailak", "Zinemaldiak", "Albisteak", "Euskaraz"),
                ("Webgune honek cookieak erabiltzen ditu.", "Onartu", "Ezarpenak"),
                ("Guri buruz", "Harremanetarako", "Lege oharra", "Pribatutasuna"), "© 2026 Zinea.eus", "__ZINEA__")


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES)
    t = replace(t, tagline=None, audience=None, studios_shown=len(t.studios))
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def data(d: date, long: bool) -> str:
    """'1995eko urriaren 27a' or '1995/10/27': year, month, day, as Basque writes them."""
    return f"{d.year}ko {MONTHS[d.month - 1]} {d.day}a" if long else f"{d.year}/{d.month:02d}/{d.day:02d}"


def dirua(m: Money) -> str:
    """'3.600.000 $', '70.000.000 CNY': dotted thousands, the sign after."""
    return f"{grouped(m.amount, '.')} {SIGNS.get(m.currency, m.currency)}"


WORDS = WhereWords("Non ikusi?", "Oraindik ez dago plataformetan.",
                   lambda n: f"{n} plataformatan eskuragarri",
                   lambda n: f"Ez dago eskuragarri jarraitzen ditugun {n} plataformetako batean ere",
                   lambda s: f"Azken egiaztapena: {data(s.verified_on, False)}")


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("zn", rng)
    long = rng.random() < 0.5
    ld = schema(t, ("director", "author", "actor", "genre", "datePublished", "description")) if rng.random() < 0.4 else ""
    blocks = [_facts(t, c, rng, long), _cast(t, c), where(t, c, WORDS), _awards(t, c, rng),
              episodes_block(ctx, c, "Atalak", lambda e: _episode(e, long)), _basque(t, c, rng),
              comments(ctx, c, "Iruzkinak", "Oraindik ez dago iruzkinik.")]
    if rng.random() < 0.5:
        blocks[0], blocks[1] = blocks[1], blocks[0]
    main = _head(t, c, rng) + "".join(blocks) + rail(ctx, c, "Antzeko filmak", _line)
    return page(t, ctx, c, CHROME, ld, main)


def _line(o: Title) -> str:
    return f"{o.year} · {o.runtime or 97} min · {o.rating or ''}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>{e.season}. denboraldia, {e.number}. atala · {e.minutes} min · {data(e.aired, long)}</p><p>Zuzendaria: {esc(e.director)}</p>"


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    out = f'<section class="{c("hero")}"><h1 class="{c("title")}">{esc(t.title)}</h1><p class="{c("orig")}">Jatorrizko izenburua: <i>{esc(t.title)}</i></p>'
    if t.votes:
        out += f'<div class="{c("score")}">Erabiltzaileen balorazioa <b>{5 + len(t.slug) % 4},{len(t.title) % 10}</b> <span>({grouped(t.votes, ".")} boto)</span></div>'
    out += f'<p class="{c("views")}">Ikustaldiak: {grouped(rng.randint(100, 200000), ".")}</p>'
    if t.trailer:
        out += f'<div class="{c("trailer")}">{youtube_embed(t.trailer)}</div>'
    if t.synopsis:
        out += f'<div class="{c("plot")}"><h2>Sinopsia</h2><p>{esc(t.synopsis)}</p></div>'
    if t.imdb:
        out += f'<p class="{c("ext")}">{imdb_link(t.imdb, "IMDb fitxa")}</p>'
    return out + "</section>"


def _facts(t: Title, c: Classes, rng: random.Random, long: bool) -> str:
    photo, music, producer = others_people(t, rng, 3)
    length = f"{t.runtime} min" + (" (atal bakoitzeko)" if t.kind == "show" else "") if t.runtime else ""
    rows = [("Zuzendaria", esc(", ".join(t.directors))), ("Gidoia", esc(", ".join(t.writers))),
            ("Argazkia", esc(photo)), ("Musika", esc(music)), ("Ekoizlea", esc(producer)),
            ("Generoa", esc(", ".join(t.genres))), ("Herrialdea", esc(", ".join(t.countries))),
            ("Urtea", str(t.year or "")), ("Iraupena", length), ("Adina", esc(t.rating or "")),
            ("Denboraldiak", str(t.seasons or ""))]
    if t.released:
        rows.append(("Estreinaldia", data(t.released, long)))
        if rng.random() < 0.5:
            rows.append(("Estreinaldia Euskal Herrian", data(t.released + timedelta(days=rng.randint(10, 300)), long)))
    rows += [("Ekoiztetxea", esc(", ".join(t.studios))),
             ("Banatzailea", esc(pick(rng, DISTRIBUTORS)) if rng.random() < 0.5 else ""),
             ("Aurrekontua", dirua(t.budget) if t.budget else ""),
             ("Diru-bilketa", dirua(t.box_office) if t.box_office else "")]
    style = pick(rng, ("lines", "lines", "dl", "table"))
    return f'<section class="{c("fitxa")}"><h2>Fitxa teknikoa</h2>{any_facts(c, style, rows)}</section>'


def _cast(t: Title, c: Classes) -> str:
    if not t.cast:
        return ""
    lines = "".join(f'<li><a href="/aktorea/{i}">{esc(p.actor)}</a>' + (f" ({esc(p.character)})" if p.character else "") + "</li>" for i, p in enumerate(t.cast))
    return f'<section class="{c("cast")}"><h2>Aktoreak</h2><ul>{lines}</ul></section>'


def _awards(t: Title, c: Classes, rng: random.Random) -> str:
    if rng.random() < 0.4:
        return ""
    base = t.year or 2010
    items = "".join(f"<li>{fest} {base + rng.randint(1, 3)}: {rng.choice(('Saria', 'Izendapena', 'Publikoaren saria'))}</li>" for fest in rng.sample(FESTIVALS, 2))
    return f'<section class="{c("awards")}"><h2>Sariak</h2><ul>{items}</ul></section>'


def _basque(t: Title, c: Classes, rng: random.Random) -> str:
    if t.kind == "show" or rng.random() < 0.5:
        return ""
    rows = "".join(f'<li><b>{esc(name)}</b> <time>{rng.randint(16, 22)}:{rng.choice(("00", "15", "30"))}</time> <span>{rng.choice(("5,50", "6,50", "7,90"))} €</span></li>' for name in rng.sample(CINEMAS, 2))
    return f'<section class="{c("euskaraz")}"><h2>Euskaraz zinemetan</h2><ul>{rows}</ul></section>'
