# ruff: noqa: E501  (HTML templates read best on one line)
"""Azammax: a film or series page of Azam Max, Tanzania (Swahili). The <h1>; the line '1995 |
Drama | saa 1 dakika 51'; 'kura 1,234' (the noun before the number) beside 'Watazamaji: 12,345'
(a view counter, a trap); the facts as <label for> over read-only <output>s, a two-column grid
whose labels all come first and the values after them, or a definition list: 'Mwongozaji',
'Mwandishi', 'Muziki', 'Mtayarishaji' (the producer) and 'Mpiga picha' (traps), 'Aina', 'Nchi',
'Mwaka', 'Muda: dakika 111' (or 'saa 1 dakika 51'; a series' 'kila kipindi'), 'Umri' ('Wote',
'13+', '16+', '18+'), 'Tarehe ya kutolewa: 27 Oktoba 1995' (or '27/10/1995') beside a later
'Ilianza Azam Max' (a trap), 'Kampuni', 'Misimu'; 'Waigizaji' as cast cards; the trailer; a
series' episodes with their own lengths and directors; plans 'TSh 12,000/mwezi' (traps);
comments; 'Zinazofanana'. No tagline, audience text, money, IMDb link, JSON-LD or streaming
block."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from tests.heldout_sites2.kit import esc, grouped, youtube_embed
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
    translate,
)

NAME = "azammax"
MONTHS = ("Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti",
          "Septemba", "Oktoba", "Novemba", "Desemba")
GENRES = {"Action": "Mapigano", "Adventure": "Matukio", "Animation": "Katuni",
          "Comedy": "Vichekesho", "Crime": "Uhalifu", "Documentary": "Makala",
          "Drama": "Drama", "Family": "Familia", "Fantasy": "Kubuni", "History": "Historia",
          "Horror": "Kutisha", "Music": "Muziki wa filamu", "Mystery": "Fumbo",
          "Romance": "Mapenzi", "Science Fiction": "Sayansi ya kubuni", "Thriller": "Msisimko",
          "War": "Vita", "Western": "Kimagharibi"}
COUNTRIES = {"United States": "Marekani", "United Kingdom": "Uingereza", "France": "Ufaransa",
             "Germany": "Ujerumani", "Japan": "Japani", "China": "Uchina",
             "South Korea": "Korea Kusini", "India": "India", "Brazil": "Brazil",
             "Australia": "Australia", "Canada": "Kanada", "Spain": "Hispania",
             "Italy": "Italia", "Mexico": "Meksiko", "Nigeria": "Nigeria", "Sweden": "Uswidi",
             "Denmark": "Denmark", "Argentina": "Ajentina", "Iran": "Iran", "Poland": "Polandi"}
# the site's own age marks (no 6-7 tier)
AGES = ages("Wote", None, "13+", "16+", "18+")
PROSE = Prose(
    verbs=("anarudi", "anarithi", "anatafuta", "anakimbia", "analinda", "anapoteza"),
    things=("kijiji kilichofurika", "shamba la familia", "mnara wa zamani wa taa",
            "mgodi uliotelekezwa", "mji mdogo wa mpakani", "kivuko cha mwisho"),
    synopsis=("{hero} {verb} {thing} na kugundua kwamba {other} pia {verb2} {thing2}. "
              "{title} ni hadithi ya uaminifu wa zamani unaojaribiwa na msimu mmoja mrefu."),
    taglines=("Kila kitu kina bei yake.",),
    audiences=("Watazamaji wanawasifu waigizaji.",))
CHROME = Chrome("sw", "Azam Max", ("Nyumbani", "Filamu", "Tamthilia", "Michezo", "Watoto", "Vifurushi"),
                ("Tunatumia vidakuzi kuboresha huduma.", "Kubali", "Mipangilio"),
                ("Kuhusu sisi", "Masharti", "Faragha", "Msaada"), "© 2026 Azam Media", "__AZAMMAX__")


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES)
    t = replace(t, tagline=None, audience=None, imdb=None, streaming=None, budget=None,
                box_office=None, studios_shown=len(t.studios))
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def tarehe(d: date, long: bool) -> str:
    """'27 Oktoba 1995' or '27/10/1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def muda(n: int, long: bool) -> str:
    """'saa 1 dakika 51', 'saa 2' or 'dakika 111': the unit before the number."""
    big, small = divmod(n, 60)
    if long and big:
        return f"saa {big}" + (f" dakika {small}" if small else "")
    return f"dakika {n}"


def kura(n: int) -> str:
    """'kura 1', 'kura 1,234' (kura is the same in the singular and plural)."""
    return f"kura {grouped(n)}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("az", rng)
    long = rng.random() < 0.5
    blocks = [_facts(t, c, rng, long), cast_block(t, c, "Waigizaji", "/mwigizaji/"), _trailer(t, c),
              episodes_block(ctx, c, "Vipindi", lambda e: _episode(e, long)), _plans(c, rng),
              comments(ctx, c, "Maoni", "Hakuna maoni bado.")]
    if rng.random() < 0.5:
        blocks.insert(0, blocks.pop(3))
    main = _head(t, c, rng, long) + "".join(blocks) + rail(ctx, c, "Zinazofanana", lambda o: _line(o, long))
    return page(t, ctx, c, CHROME, "", main)


def _line(o: Title, long: bool) -> str:
    return f"{o.year} | {muda(o.runtime or 97, long)} | {o.rating or ''}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Msimu {e.season} · Kipindi {e.number} · {muda(e.minutes, long)} · {tarehe(e.aired, long)}</p><p>Mwongozaji: {esc(e.director)}</p>"


def _head(t: Title, c: Classes, rng: random.Random, long: bool) -> str:
    line = [str(t.year or ""), t.genres[0] if t.genres else "", muda(t.runtime, long) if t.runtime else ""]
    out = f'<section class="{c("hero")}"><h1 class="{c("title")}">{esc(t.title)}</h1><p class="{c("line")}">{esc(" | ".join(x for x in line if x))}</p>'
    if t.votes:
        out += f'<div class="{c("score")}"><b>{5 + len(t.slug) % 4}.{len(t.title) % 10}</b>/10 <span>({kura(t.votes)})</span></div>'
    out += f'<p class="{c("views")}">Watazamaji: {grouped(rng.randint(100, 900000))}</p>'
    if t.synopsis:
        out += f'<div class="{c("plot")}"><h2>Maelezo</h2><p>{esc(t.synopsis)}</p></div>'
    return out + f'<a class="{c("cta")}" href="/tazama/{t.slug}">Tazama sasa</a></section>'


def _facts(t: Title, c: Classes, rng: random.Random, long: bool) -> str:
    music, producer, camera = others_people(t, rng, 3)
    length = muda(t.runtime, long) + (" kila kipindi" if t.kind == "show" else "") if t.runtime else ""
    rows = [("Mwongozaji", esc(", ".join(t.directors))), ("Mwandishi", esc(", ".join(t.writers))),
            ("Muziki", esc(music)), ("Mtayarishaji", esc(producer)), ("Mpiga picha", esc(camera)),
            ("Aina", esc(", ".join(t.genres))), ("Nchi", esc(", ".join(t.countries))),
            ("Mwaka", str(t.year or "")), ("Muda", length), ("Umri", esc(t.rating or "")),
            ("Misimu", str(t.seasons or ""))]
    if t.released:
        rows.append(("Tarehe ya kutolewa", tarehe(t.released, long)))
        if rng.random() < 0.5:
            rows.append(("Ilianza Azam Max", tarehe(t.released + timedelta(days=rng.randint(30, 900)), long)))
    rows.append(("Kampuni", esc(", ".join(t.studios))))
    style = pick(rng, ("output", "columns", "columns", "dl"))
    return f'<section class="{c("about")}"><h2>Taarifa</h2>{facts17(c, style, rows)}</section>'


def _trailer(t: Title, c: Classes) -> str:
    return f'<section class="{c("trailer")}"><h2>Kionjo</h2>{youtube_embed(t.trailer)}</section>' if t.trailer else ""


def _plans(c: Classes, rng: random.Random) -> str:
    if rng.random() < 0.3:
        return ""
    low, high = rng.choice((("12,000", "19,000"), ("8,000", "28,000")))
    return f'<aside class="{c("plans")}"><h2>Vifurushi</h2><ul><li>Azam Max Lite TSh {low}/mwezi</li><li>Azam Max Premium TSh {high}/mwezi</li></ul></aside>'
