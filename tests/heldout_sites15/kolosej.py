# ruff: noqa: E501  (HTML templates read best on one line)
"""Kolosej: a Kolosej.si film page (Slovenian; the cinema chain also lists series it screens).
The <h1>; the original title line; the facts as a grid of cards whose labels are only icons'
accessible names (aria-label 'Režija', 'Trajanje'...), or chips whose label is a tooltip (the
title attribute), or a definition list: 'Režija', 'Scenarij', 'Igrajo' (names only), 'Glasba'
and 'Fotografija' (traps), 'Žanr', 'Država', 'Leto', 'Trajanje: 111 min' (a series' 'min na
epizodo'), 'Starostna omejitev' ('12+', 'Primerno za vse'), 'Premiera: 27. 10. 1995' beside a
later 'Slovenska premiera' (a trap), 'Produkcija' (studios), 'Distributer' (a trap), 'Sezone';
'Ocena gledalcev 4,2/5 (1.234 glasov)' in Slovenian dual and plural forms; 'Ogledov: 12.345' (a
view counter, a trap); the trailer; 'Spored' with halls, times and '7,40 €' prices; a series'
episodes with their own lengths and directors; 'Morda vam bo všeč tudi'. No tagline, audience
text, money, IMDb link, streaming block or schema.org."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from tests.heldout_sites2.kit import esc, grouped, youtube_embed
from tests.heldout_sites2.records import Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites15.common import (
    Chrome,
    Classes,
    ages,
    any_facts,
    episodes_block,
    look,
    no_characters,
    others_people,
    page,
    pick,
    rail,
    rated,
    translate,
)

NAME = "kolosej"
GENRES = {"Action": "Akcija", "Adventure": "Pustolovski", "Animation": "Animirani",
          "Comedy": "Komedija", "Crime": "Kriminalka", "Documentary": "Dokumentarni",
          "Drama": "Drama", "Family": "Družinski", "Fantasy": "Fantazijski",
          "History": "Zgodovinski", "Horror": "Grozljivka", "Music": "Glasbeni",
          "Mystery": "Skrivnostni", "Romance": "Romantični",
          "Science Fiction": "Znanstvena fantastika", "Thriller": "Srhljivka", "War": "Vojni",
          "Western": "Vestern"}
COUNTRIES = {"United States": "ZDA", "United Kingdom": "Velika Britanija", "France": "Francija",
             "Germany": "Nemčija", "Japan": "Japonska", "China": "Kitajska",
             "South Korea": "Južna Koreja", "India": "Indija", "Brazil": "Brazilija",
             "Australia": "Avstralija", "Canada": "Kanada", "Spain": "Španija", "Italy": "Italija",
             "Mexico": "Mehika", "Nigeria": "Nigerija", "Sweden": "Švedska", "Denmark": "Danska",
             "Argentina": "Argentina", "Iran": "Iran", "Poland": "Poljska"}
AGES = ages("Primerno za vse", "6+", "12+", "15+", "18+")
DISTRIBUTORS = ("Blitz Film & Video", "Cinemania Group", "Karantanija Cinemas", "Fivia")
HALLS = ("Dvorana 1", "Dvorana 3", "Dvorana 7", "IMAX", "Dvorana 12")
PROSE = Prose(
    verbs=("se vrne v", "podeduje", "išče", "beži pred", "varuje", "izgubi"),
    things=("poplavljeno vas", "družinski sadovnjak", "star svetilnik", "zapuščen rudnik",
            "obmejno mesto", "zadnji trajekt"),
    synopsis=("{hero} {verb} {thing} in odkrije, da tudi {other} {verb2} {thing2}. "
              "{title} je zgodba o starih zvestobah, ki jih preizkusi ena dolga sezona."),
    taglines=("Vse ima svojo ceno.",),
    audiences=("Gledalci hvalijo igralce.",))
CHROME = Chrome("sl", "Kolosej", ("Spored", "Filmi", "Kmalu", "Vstopnice", "Kolosej klub", "Bowling"),
                ("Spletna stran uporablja piškotke.", "Sprejmi", "Nastavitve"),
                ("O nas", "Kontakt", "Splošni pogoji", "Zasebnost", "Kariera"), "© 2026 Kolosej zabavni centri d.o.o.", "__KOLOSEJ__")


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES)
    t = replace(t, tagline=None, audience=None, budget=None, box_office=None, imdb=None,
                streaming=None, studios_shown=len(t.studios))
    return no_characters(t)


def datum(d: date) -> str:
    """'27. 10. 1995'."""
    return f"{d.day}. {d.month}. {d.year}"


def glasov(n: int) -> str:
    """Slovenian singular, dual and plural: '1 glas', '2 glasova', '3 glasovi', '1.234 glasov'."""
    tail = n % 100
    word = "glas" if tail == 1 else "glasova" if tail == 2 else "glasovi" if tail in (3, 4) else "glasov"
    return f"{grouped(n, '.')} {word}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("ko", rng)
    blocks = [_facts(t, c, rng), _trailer(t, c), episodes_block(ctx, c, "Epizode", _episode),
              _schedule(t, c, rng)]
    if rng.random() < 0.5:
        blocks[0], blocks[1] = blocks[1], blocks[0]
    main = _head(t, c, rng) + "".join(blocks) + rail(ctx, c, "Morda vam bo všeč tudi", _line)
    return page(t, ctx, c, CHROME, "", main)


def _line(o: Title) -> str:
    return f"{o.year} | {o.runtime or 97} min | {o.rating or ''}"


def _episode(e: Episode) -> str:
    return f"<p>{e.season}. sezona, {e.number}. epizoda · {e.minutes} min · {datum(e.aired)}</p><p>Režija: {esc(e.director)}</p>"


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    out = f'<section class="{c("hero")}"><h1 class="{c("title")}">{esc(t.title)}</h1><p class="{c("original")}">Originalni naslov: {esc(t.title)}</p>'
    if t.votes:
        out += f'<div class="{c("score")}">Ocena gledalcev <b>{3 + len(t.slug) % 2},{len(t.title) % 10}/5</b> <span>({glasov(t.votes)})</span></div>'
    out += f'<p class="{c("views")}">Ogledov: {grouped(rng.randint(300, 400000), ".")}</p>'
    if t.synopsis:
        out += f'<div class="{c("plot")}"><h2>Vsebina</h2><p>{esc(t.synopsis)}</p></div>'
    return out + f'<a class="{c("buy")}" href="/vstopnice/{t.slug}">Kupi vstopnico</a></section>'


def _facts(t: Title, c: Classes, rng: random.Random) -> str:
    music, photo = others_people(t, rng, 2)
    length = f"{t.runtime} min" + (" na epizodo" if t.kind == "show" else "") if t.runtime else ""
    rows = [("Režija", esc(", ".join(t.directors))), ("Scenarij", esc(", ".join(t.writers))),
            ("Igrajo", esc(", ".join(p.actor for p in t.cast))), ("Glasba", esc(music)),
            ("Fotografija", esc(photo)), ("Žanr", esc(", ".join(t.genres))),
            ("Država", esc(", ".join(t.countries))), ("Leto", str(t.year or "")),
            ("Trajanje", length), ("Starostna omejitev", esc(t.rating or "")),
            ("Sezone", str(t.seasons or ""))]
    if t.released:
        rows.append(("Premiera", datum(t.released)))
        if rng.random() < 0.5:
            rows.append(("Slovenska premiera", datum(t.released + timedelta(days=rng.randint(10, 200)))))
    rows += [("Produkcija", esc(", ".join(t.studios))),
             ("Distributer", esc(pick(rng, DISTRIBUTORS)) if rng.random() < 0.6 else "")]
    style = pick(rng, ("cards", "cards", "titled", "dl"))
    return f'<section class="{c("about")}"><h2>O filmu</h2>{any_facts(c, style, rows)}</section>'


def _trailer(t: Title, c: Classes) -> str:
    return f'<section class="{c("trailer")}"><h2>Napovednik</h2>{youtube_embed(t.trailer)}</section>' if t.trailer else ""


def _schedule(t: Title, c: Classes, rng: random.Random) -> str:
    if rng.random() < 0.3:
        return f'<section class="{c("schedule")}"><h2>Spored</h2><p>Trenutno ni predstav.</p></section>'
    rows = "".join(f'<li><b>{hall}</b> <time>{rng.randint(12, 22)}:{rng.choice(("00", "20", "40"))}</time> <span>{rng.choice(("6,40", "7,40", "8,90"))} €</span></li>' for hall in rng.sample(HALLS, 3))
    return f'<section class="{c("schedule")}"><h2>Spored</h2><ul>{rows}</ul></section>'
