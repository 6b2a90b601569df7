# ruff: noqa: E501  (HTML templates read best on one line)
"""Kinemask: a Kinema.sk film or series page (Slovak). The <h1>; the line 'Dráma / Krimi · USA,
Francúzsko · 1995 · 111 min' under it; 'Hodnotenie 78 %' with '(1 234 hlasov)' in Slovak plural
forms beside a view counter 'Zobrazení: 12 345' (a trap); the facts as a data table with the
caption 'Informácie o filme' (or a definition list or 'Label: value' lines): 'Réžia', 'Scenár',
'Kamera', 'Hudba' and 'Producent' (traps), 'Žáner', 'Krajina', 'Rok výroby', 'Dĺžka: 111 min'
(a series' 'min / epizóda'), 'Vhodnosť' (the Slovak marks U, 7, 12, 15, 18), 'Svetová premiéra:
27. 10. 1995' (or '27. októbra 1995') beside a later 'Premiéra v SR' and 'Na DVD' (traps),
'Produkčná spoločnosť', 'Distribúcia SR' (a trap), 'Rozpočet: 3 600 000 $', 'Tržby', 'Počet
sérií'; 'Hrajú' cards with roles (names only on some pages); a series' episodes with their own
directors and writers; the cinema programme with '6,90 €' prices; comments; 'Podobné filmy';
the IMDb link; a JSON-LD Movie on some pages. No tagline, audience text, trailer or streaming."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from tests.heldout_sites2.kit import SYMBOLS, esc, grouped, imdb_link
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites15.common import (
    Chrome,
    Classes,
    ages,
    any_facts,
    cast_block,
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
)

NAME = "kinemask"
MONTHS = ("januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta",
          "septembra", "októbra", "novembra", "decembra")
GENRES = {"Action": "Akčný", "Adventure": "Dobrodružný", "Animation": "Animovaný",
          "Comedy": "Komédia", "Crime": "Krimi", "Documentary": "Dokumentárny", "Drama": "Dráma",
          "Family": "Rodinný", "Fantasy": "Fantasy", "History": "Historický", "Horror": "Horor",
          "Music": "Hudobný", "Mystery": "Mysteriózny", "Romance": "Romantický",
          "Science Fiction": "Sci-Fi", "Thriller": "Thriller", "War": "Vojnový",
          "Western": "Western"}
COUNTRIES = {"United States": "USA", "United Kingdom": "Veľká Británia", "France": "Francúzsko",
             "Germany": "Nemecko", "Japan": "Japonsko", "China": "Čína",
             "South Korea": "Južná Kórea", "India": "India", "Brazil": "Brazília",
             "Australia": "Austrália", "Canada": "Kanada", "Spain": "Španielsko",
             "Italy": "Taliansko", "Mexico": "Mexiko", "Nigeria": "Nigéria", "Sweden": "Švédsko",
             "Denmark": "Dánsko", "Argentina": "Argentína", "Iran": "Irán", "Poland": "Poľsko"}
# the Slovak audiovisual marks (jednotný systém označovania): U, 7, 12, 15, 18
AGES = ages("U", "7", "12", "15", "18")
DISTRIBUTORS = ("Continental film", "Itafilm", "Magic Box Slovakia", "Bontonfilm", "CinemArt SK")
CINEMAS = ("Cinema City Aupark", "Cinemax Bratislava", "Kino Lumière", "Kino Úsmev Košice")
PROSE = Prose(
    verbs=("sa vracia do", "zdedí", "hľadá", "uteká pred", "stráži", "stratí"),
    things=("zatopenej dediny", "rodinného sadu", "starého majáka", "opustenej bane",
            "pohraničného mestečka", "posledného trajektu"),
    synopsis=("{hero} {verb} {thing} a zistí, že aj {other} {verb2} {thing2}. "
              "{title} je príbeh o starých vernostiach, ktoré skúša jedna dlhá sezóna."),
    taglines=("Všetko má svoju cenu.",),
    audiences=("Diváci chvália herecké výkony.",))
CHROME = Chrome("sk", "Kinema.sk", ("Kino", "Filmy", "Seriály", "TV program", "Novinky", "Recenzie"),
                ("Na zlepšenie služieb používame súbory cookies.", "Prijať všetky", "Nastavenia"),
                ("O nás", "Reklama", "Kontakt", "Ochrana súkromia", "Podmienky používania"), "© 2026 Kinema.sk", "__KINEMA__")


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES)
    t = replace(t, tagline=None, audience=None, trailer=None, streaming=None,
                studios_shown=len(t.studios))
    return t if fit_rng(NAME, t, "roles").random() < 0.65 else no_characters(t)


def datum(d: date, long: bool) -> str:
    """'27. 10. 1995' or '27. októbra 1995'."""
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day}. {d.month}. {d.year}"


def peniaze(m: Money) -> str:
    """'3 600 000 $', '70 000 000 CNY': spaced thousands, the sign after the figure."""
    return f"{grouped(m.amount, ' ')} {SYMBOLS.get(m.currency, m.currency)}"


def hlasov(n: int) -> str:
    """'1 hlas', '3 hlasy', '1 234 hlasov'."""
    word = "hlas" if n == 1 else "hlasy" if 2 <= n <= 4 else "hlasov"
    return f"{grouped(n, ' ')} {word}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("km", rng)
    long = rng.random() < 0.5
    ld = schema(t, ("director", "author", "actor", "genre", "datePublished", "aggregateRating", "description")) if rng.random() < 0.4 else ""
    blocks = [_facts(t, c, rng, long), cast_block(t, c, "Hrajú", "/herec/"),
              episodes_block(ctx, c, "Epizódy", lambda e: _episode(e, long)), _program(t, c, rng),
              comments(ctx, c, "Komentáre", "Zatiaľ žiadne komentáre.")]
    if rng.random() < 0.5:
        blocks[0], blocks[1] = blocks[1], blocks[0]
    main = _head(t, c, rng) + "".join(blocks) + rail(ctx, c, "Podobné filmy", _line)
    return page(t, ctx, c, CHROME, ld, main)


def _line(o: Title) -> str:
    return f"{o.year} · {o.runtime or 97} min · {o.rating or ''}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>{e.season}. séria, {e.number}. epizóda · {e.minutes} min · {datum(e.aired, long)}</p><p>Réžia: {esc(e.director)} · Scenár: {esc(e.writer)}</p>"


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    line = [" / ".join(t.genres), ", ".join(t.countries), str(t.year or ""),
            f"{t.runtime} min" if t.runtime else ""]
    out = f'<section class="{c("hero")}"><h1 class="{c("title")}">{esc(t.title)}</h1><p class="{c("line")}">{esc(" · ".join(x for x in line if x))}</p>'
    if t.votes:
        out += f'<div class="{c("rating")}">Hodnotenie <b>{50 + len(t.slug) % 49} %</b> <span>({hlasov(t.votes)})</span></div>'
    out += f'<p class="{c("views")}">Zobrazení: {grouped(rng.randint(200, 900000), " ")}</p>'
    if t.imdb:
        out += f'<p class="{c("links")}">{imdb_link(t.imdb, "Profil na IMDb")}</p>'
    if t.synopsis:
        out += f'<div class="{c("plot")}"><h2>Obsah</h2><p>{esc(t.synopsis)}</p></div>'
    return out + "</section>"


def _facts(t: Title, c: Classes, rng: random.Random, long: bool) -> str:
    camera, music, producer = others_people(t, rng, 3)
    length = f"{t.runtime} min" + (" / epizóda" if t.kind == "show" else "") if t.runtime else ""
    rows = [("Réžia", esc(", ".join(t.directors))), ("Scenár", esc(", ".join(t.writers))),
            ("Kamera", esc(camera)), ("Hudba", esc(music)), ("Producent", esc(producer)),
            ("Žáner", esc(" / ".join(t.genres))), ("Krajina", esc(", ".join(t.countries))),
            ("Rok výroby", str(t.year or "")), ("Dĺžka", length), ("Vhodnosť", esc(t.rating or "")),
            ("Počet sérií", str(t.seasons or ""))]
    if t.released:
        rows.append(("Svetová premiéra", datum(t.released, long)))
        later = t.released + timedelta(days=rng.randint(20, 250))
        if rng.random() < 0.5:
            rows.append(("Premiéra v SR", datum(later, long)))
        if rng.random() < 0.3:
            rows.append(("Na DVD", datum(later + timedelta(days=rng.randint(90, 200)), long)))
    rows += [("Produkčná spoločnosť", esc(", ".join(t.studios))),
             ("Distribúcia SR", esc(pick(rng, DISTRIBUTORS)) if rng.random() < 0.6 else ""),
             ("Rozpočet", peniaze(t.budget) if t.budget else ""),
             ("Tržby", peniaze(t.box_office) if t.box_office else "")]
    style = pick(rng, ("caption", "caption", "dl", "lines"))
    return f'<section class="{c("info")}"><h2>O filme</h2>{any_facts(c, style, rows, "Informácie o filme")}</section>'


def _program(t: Title, c: Classes, rng: random.Random) -> str:
    if t.kind == "show" or rng.random() < 0.4:
        return ""
    rows = "".join(f'<li><b>{esc(name)}</b> <span>{rng.randint(13, 21)}:{rng.choice(("00", "15", "30", "50"))}</span> <span>{rng.choice(("6,90", "7,50", "8,90"))} €</span></li>' for name in rng.sample(CINEMAS, 3))
    return f'<section class="{c("program")}"><h2>Kde v kine</h2><ul>{rows}</ul></section>'
