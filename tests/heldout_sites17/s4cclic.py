# ruff: noqa: E501  (HTML templates read best on one line)
"""S4cclic: a film or series page of S4C Clic, the Welsh broadcaster's player (Welsh). The <h1>;
the line 'Drama · 1995 · 1 awr 51 munud'; '(1,234 o bleidleisiau)' ('1 bleidlais') beside
'Gwyliadau: 12,345' (a view counter, a trap); the facts as <dfn> lines, fact tiles
(<figure>/<figcaption>) or a definition list split over two columns: 'Cyfarwyddwr', 'Awdur',
'Cerddoriaeth', 'Cynhyrchydd' and 'Cyfarwyddwr ffotograffiaeth' (traps, the last beginning with
the director's label), 'Genre', 'Gwlad', 'Blwyddyn', 'Hyd: 111 munud' (or '1 awr 51 munud'; a
series' 'y bennod'), 'Tystysgrif' (U, PG, 12, 15, 18), 'Dyddiad rhyddhau: 27 Hydref 1995' (or
'27/10/1995') beside a later 'Darllediad cyntaf ar S4C' (a trap), 'Cwmni cynhyrchu', 'Cyfresi';
'Cast' cards; 'Isdeitlau' notes; a series' episodes ('Cyfres 2, Pennod 4') with their own
directors; comments; 'Mwy fel hyn'; a JSON-LD Movie on some pages. No tagline, audience text,
money, IMDb link, trailer or streaming block."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites17.common import (
    Chrome,
    Classes,
    ages,
    cast_block,
    comments,
    episodes_block,
    facts17,
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

NAME = "s4cclic"
MONTHS = ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst",
          "Medi", "Hydref", "Tachwedd", "Rhagfyr")
GENRES = {"Action": "Antur a chyffro", "Adventure": "Antur", "Animation": "Animeiddio",
          "Comedy": "Comedi", "Crime": "Trosedd", "Documentary": "Dogfen", "Drama": "Drama",
          "Family": "Teulu", "Fantasy": "Ffantasi", "History": "Hanes", "Horror": "Arswyd",
          "Music": "Cerddorol", "Mystery": "Dirgelwch", "Romance": "Rhamant",
          "Science Fiction": "Ffuglen wyddonol", "Thriller": "Ias a chyffro", "War": "Rhyfel",
          "Western": "Western"}
COUNTRIES = {"United States": "Unol Daleithiau", "United Kingdom": "Y Deyrnas Unedig",
             "France": "Ffrainc", "Germany": "Yr Almaen", "Japan": "Japan", "China": "Tsieina",
             "South Korea": "De Corea", "India": "India", "Brazil": "Brasil",
             "Australia": "Awstralia", "Canada": "Canada", "Spain": "Sbaen", "Italy": "Yr Eidal",
             "Mexico": "Mecsico", "Nigeria": "Nigeria", "Sweden": "Sweden",
             "Denmark": "Denmarc", "Argentina": "Yr Ariannin", "Iran": "Iran",
             "Poland": "Gwlad Pwyl"}
AGES = ages("U", "PG", "12", "15", "18")
PROSE = Prose(
    verbs=("yn dychwelyd i", "yn etifeddu", "yn chwilio am", "yn ffoi o", "yn gwarchod",
           "yn colli"),
    things=("bentref dan ddŵr", "berllan y teulu", "hen oleudy", "chwarel wag", "dref ar y ffin",
            "fferi olaf"),
    synopsis=("Mae {hero} {verb} {thing} ac yn darganfod bod {other} hefyd {verb2} {thing2}. "
              "Stori am hen deyrngarwch yn cael ei brofi gan un tymor hir yw {title}."),
    taglines=("Mae pris i bopeth.",),
    audiences=("Mae'r gwylwyr yn canmol y cast.",))
CHROME = Chrome("cy", "S4C Clic", ("Hafan", "Rhaglenni", "Ffilmiau", "Chwaraeon", "Plant", "Byw"),
                ("Rydym yn defnyddio cwcis i wella'ch profiad.", "Derbyn", "Gosodiadau"),
                ("Amdanom ni", "Telerau", "Preifatrwydd", "Cymorth", "English"), "© 2026 S4C", "__S4C__")


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES)
    t = replace(t, tagline=None, audience=None, imdb=None, trailer=None, streaming=None,
                budget=None, box_office=None, studios_shown=len(t.studios))
    return t if fit_rng(NAME, t, "roles").random() < 0.65 else no_characters(t)


def dyddiad(d: date, long: bool) -> str:
    """'27 Hydref 1995' or '27/10/1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def hyd(n: int, long: bool) -> str:
    """'1 awr 51 munud', '2 awr' or '111 munud'."""
    big, small = divmod(n, 60)
    if long and big:
        return f"{big} awr" + (f" {small} munud" if small else "")
    return f"{n} munud"


def pleidleisiau(n: int) -> str:
    """'1 bleidlais', '1,234 o bleidleisiau' (an approximation of the Welsh counted form)."""
    return "1 bleidlais" if n == 1 else f"{grouped(n)} o bleidleisiau"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("s4c", rng)
    long = rng.random() < 0.5
    ld = schema(t, ("director", "author", "actor", "genre", "datePublished", "description", "numberOfSeasons")) if rng.random() < 0.35 else ""
    blocks = [_facts(t, c, rng, long), cast_block(t, c, "Cast", "/person/"),
              episodes_block(ctx, c, "Penodau", lambda e: _episode(e, long)), _subtitles(c, rng),
              comments(ctx, c, "Sylwadau", "Dim sylwadau eto.")]
    if rng.random() < 0.5:
        blocks[0], blocks[2] = blocks[2], blocks[0]
    main = _head(t, c, rng, long) + "".join(blocks) + rail(ctx, c, "Mwy fel hyn", lambda o: _line(o, long))
    return page(t, ctx, c, CHROME, ld, main)


def _line(o: Title, long: bool) -> str:
    return f"{o.year} · {hyd(o.runtime or 97, long)} · {o.rating or ''}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Cyfres {e.season}, Pennod {e.number} · {hyd(e.minutes, long)} · {dyddiad(e.aired, long)}</p><p>Cyfarwyddwr: {esc(e.director)}</p>"


def _head(t: Title, c: Classes, rng: random.Random, long: bool) -> str:
    line = [t.genres[0] if t.genres else "", str(t.year or ""), hyd(t.runtime, long) if t.runtime else ""]
    out = f'<section class="{c("hero")}"><h1 class="{c("title")}">{esc(t.title)}</h1><p class="{c("line")}">{esc(" · ".join(x for x in line if x))}</p>'
    if t.votes:
        out += f'<div class="{c("score")}">★ {5 + len(t.slug) % 4}.{len(t.title) % 10} <span>({pleidleisiau(t.votes)})</span></div>'
    out += f'<p class="{c("views")}">Gwyliadau: {grouped(rng.randint(100, 400000))}</p>'
    if t.synopsis:
        out += f'<div class="{c("plot")}"><h2>Am y rhaglen</h2><p>{esc(t.synopsis)}</p></div>'
    return out + f'<a class="{c("cta")}" href="/gwylio/{t.slug}">Gwylio nawr</a></section>'


def _facts(t: Title, c: Classes, rng: random.Random, long: bool) -> str:
    music, producer, camera = others_people(t, rng, 3)
    length = hyd(t.runtime, long) + (" y bennod" if t.kind == "show" else "") if t.runtime else ""
    rows = [("Cyfarwyddwr", esc(", ".join(t.directors))), ("Awdur", esc(", ".join(t.writers))),
            ("Cerddoriaeth", esc(music)), ("Cynhyrchydd", esc(producer)),
            ("Cyfarwyddwr ffotograffiaeth", esc(camera)),
            ("Genre", esc(", ".join(t.genres))), ("Gwlad", esc(", ".join(t.countries))),
            ("Blwyddyn", str(t.year or "")), ("Hyd", length), ("Tystysgrif", esc(t.rating or "")),
            ("Cyfresi", str(t.seasons or ""))]
    if t.released:
        rows.append(("Dyddiad rhyddhau", dyddiad(t.released, long)))
        if rng.random() < 0.5:
            rows.append(("Darllediad cyntaf ar S4C", dyddiad(t.released + timedelta(days=rng.randint(60, 900)), long)))
    rows.append(("Cwmni cynhyrchu", esc(", ".join(t.studios))))
    if rng.random() < 0.5:
        rows.insert(0, rows.pop(4))  # the camera credit first: a trap ahead of the director
    style = pick(rng, ("dfn", "figure", "figure", "split"))
    return f'<section class="{c("about")}"><h2>Manylion</h2>{facts17(c, style, rows)}</section>'


def _subtitles(c: Classes, rng: random.Random) -> str:
    if rng.random() < 0.4:
        return ""
    return f'<aside class="{c("subs")}"><h2>Isdeitlau</h2><p>Isdeitlau Saesneg a Chymraeg ar gael. Ar gael tan {rng.randint(1, 28)} {pick(rng, MONTHS)} 2027.</p></aside>'
