# ruff: noqa: E501  (HTML templates read best on one line)
"""Porthu: a PORT.hu-like Hungarian page. The <h1> ('tévésorozat' beside a show's); the one-line
summary 'magyarul beszélő, színes, amerikai-francia filmdráma, 111 perc, 1995' (language and
colour notes, the countries as adjectives joined by hyphens, the genres, minutes, the year;
parts missing where the title lacks them, 'amerikai film' when no genre is known); 'Bemutató
dátuma: 1995. október 27.'; the age limit as a chip ('16', its title '16 éven aluliak számára
nem ajánlott', 'KN'); the user score '8,1 (1 234 szavazat)'; credits as 'Rendező:',
'Forgatókönyvíró:', 'Zeneszerző:' and 'Operatőr:' (traps), 'Gyártó:' listing every company,
'Forgalmazó:' (a trap), 'Szereplő(k):' as 'Name (Role)'; 'Évadok száma'; a trailer on some
pages; the title's TV listings (channels, dates and times) as distractors; 'Hasonló filmek'
rails. No tagline, audience text, money, IMDb link, where-to-watch block or schema.org."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from tests.heldout_sites2.kit import app_state, css, esc
from tests.heldout_sites2.records import Prose, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites7.common import (
    Classes,
    all_studios,
    cookie_banner,
    look,
    others_people,
    pick,
    rated,
    spaced,
    translate,
)

NAME = "porthu"
MONTHS = ("január", "február", "március", "április", "május", "június", "július", "augusztus",
          "szeptember", "október", "november", "december")
GENRES = {"Action": "akciófilm", "Adventure": "kalandfilm", "Animation": "animációs film",
          "Comedy": "vígjáték", "Crime": "krimi", "Documentary": "dokumentumfilm",
          "Drama": "filmdráma", "Family": "családi film", "Fantasy": "fantasy",
          "History": "történelmi film", "Horror": "horror", "Music": "zenés film",
          "Mystery": "misztikus film", "Romance": "romantikus film", "Science Fiction": "sci-fi",
          "Thriller": "thriller", "War": "háborús film", "Western": "western"}
# the page names countries only as adjectives ('amerikai film'); the record keeps them as shown
COUNTRIES = {"United States": "amerikai", "United Kingdom": "angol", "France": "francia",
             "Germany": "német", "Japan": "japán", "China": "kínai", "South Korea": "koreai",
             "India": "indiai", "Brazil": "brazil", "Australia": "ausztrál", "Canada": "kanadai",
             "Spain": "spanyol", "Italy": "olasz", "Mexico": "mexikói", "Nigeria": "nigériai",
             "Sweden": "svéd", "Denmark": "dán", "Argentina": "argentin", "Iran": "iráni",
             "Poland": "lengyel"}
# the NMHH age categories for the certificates the generator draws
AGES = {"G": "KN", "U": "KN", "TV-Y": "KN", "TV-G": "KN", "FSK 0": "KN", "PG": "6", "TV-PG": "6",
        "FSK 6": "6", "PG-13": "12", "12A": "12", "M": "12", "TV-14": "12", "FSK 12": "12",
        "R": "16", "15": "16", "MA15+": "16", "TV-MA": "16", "FSK 16": "16", "NC-17": "18",
        "18": "18", "R18+": "18", "FSK 18": "18"}
MEANING = {"KN": "Korhatárra való tekintet nélkül megtekinthető",
           "6": "6 éven aluliak számára nem ajánlott", "12": "12 éven aluliak számára nem ajánlott",
           "16": "16 éven aluliak számára nem ajánlott", "18": "18 éven aluliak számára nem ajánlott"}
CHANNELS = ("M5", "Film+", "RTL Három", "Cinemax", "AMC", "Duna", "Film Café", "Mozi+")
PROSE = Prose(
    verbs=("visszatér", "örököl", "keres", "menekül", "őriz", "felfedez", "elveszít", "újjáépít"),
    things=("egy elárasztott faluba", "egy családi gyümölcsöst", "egy ellopott hegedűt",
            "egy régi világítótornyot", "egy csődbe jutott cirkuszt", "egy elfeledett bányát",
            "egy határ menti várost"),
    synopsis=("{hero} {verb} {thing}, és rájön, hogy {other} is {verb2} {thing2}. A(z) {title} "
              "című történetben a régi hűségek egy hosszú évad alatt próbára tétetnek, és semmi "
              "sem tér vissza úgy, ahogy elment."),
    taglines=("Mindennek ára van.",),
    audiences=("A közönség szereti.",))


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES)
    return all_studios(replace(t, tagline=None, audience=None, budget=None, box_office=None,
                               imdb=None, streaming=None))


def day(d: date) -> str:
    return f"{d.year}. {MONTHS[d.month - 1]} {d.day}."


def summary(t: Title, rng: random.Random) -> str:
    """'magyarul beszélő, színes, amerikai-francia filmdráma, thriller, 111 perc, 1995'."""
    parts = [pick(rng, ("magyarul beszélő", "feliratos", "magyar szinkronos"))]
    if rng.random() < 0.5:
        parts.append(pick(rng, ("színes", "fekete-fehér")))
    nation = "-".join(t.countries)
    genres = list(t.genres) or (["film"] if nation else [])
    if genres:
        parts.append(f"{nation} {genres[0]}".strip())
        parts += genres[1:]
    if t.runtime:
        parts.append(f"{t.runtime} perc")
    if t.year:
        parts.append(str(t.year))
    return ", ".join(esc(p) for p in parts)


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("port", rng)
    blocks = [_credits(t, c, rng), _plot(t, c), _tv(t, c, rng)]
    if rng.random() < 0.5:
        blocks[0], blocks[1] = blocks[1], blocks[0]
    return (f'<!DOCTYPE html><html lang="hu"><head><meta charset="utf-8"><title>{esc(t.title)} | PORT.hu</title>'
            f'<link rel="canonical" href="{t.url}">{css("port", t.slug, 90)}</head><body>'
            f'{cookie_banner(c("cmp"), "A weboldal sütiket használ a jobb felhasználói élmény érdekében.", "ELFOGADOM", "BEÁLLÍTÁSOK")}'
            f'{_nav(c)}<main class="{c("main")}">{_head(t, c, rng)}{"".join(blocks)}{_rails(ctx, c)}</main>'
            f'{_footer(c)}{app_state("__PORT_STATE__", ctx.others, {"lang": "hu"})}</body></html>')


def _nav(c: Classes) -> str:
    items = ("Tévéműsor", "Mozi", "Film", "Színház", "Zene", "Hírek")
    return (f'<header class="{c("header")}"><a href="/">PORT.hu</a><nav><ul>'
            + "".join(f'<li><a href="/{i}">{x}</a></li>' for i, x in enumerate(items))
            + '</ul></nav><input type="search" placeholder="Keresés"></header>')


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    kind = f' <span class="{c("kind")}">tévésorozat</span>' if t.kind == "show" else ""
    out = f'<div class="{c("title-block")}"><h1 class="{c("title")}">{esc(t.title)}</h1>{kind}'
    line = summary(t, rng)
    out += f'<div class="{c("summary")}">{line}</div>'
    if t.released:
        out += f'<p><span>{"Bemutató dátuma" if t.kind == "movie" else "Első adás"}:</span> {day(t.released)}</p>'
    if t.rating:
        out += f'<p><span>Korhatár:</span> <span class="{c("age")}" title="{MEANING[t.rating]}">{t.rating}</span></p>'
    if t.seasons:
        out += f"<p><span>Évadok száma:</span> {t.seasons}</p>"
    if t.votes:
        out += f'<div class="{c("rating")}">{len(t.slug) % 5 + 5},{len(t.title) % 10} <span>({spaced(t.votes)} szavazat)</span></div>'
    if t.trailer:
        out += f'<div class="{c("trailer")}"><h3>Előzetes</h3><iframe src="https://www.youtube.com/embed/{t.trailer}"></iframe></div>'
    return out + "</div>"


def _credits(t: Title, c: Classes, rng: random.Random) -> str:
    music, dop = others_people(t, rng, 2)
    rows = []
    if t.directors:
        rows.append(("Rendező", ", ".join(map(esc, t.directors))))
    if t.writers:
        rows.append(("Forgatókönyvíró", ", ".join(map(esc, t.writers))))
    rows += [("Zeneszerző", esc(music)), ("Operatőr", esc(dop))]
    if t.studios:
        rows.append(("Gyártó", ", ".join(map(esc, t.studios))))
    rows.append(("Forgalmazó", pick(rng, ("InterCom", "Vertigo Média", "Freeman Film", "UIP-Duna Film"))))
    if t.cast:
        one = rng.random() < 0.5
        names = [esc(p.actor) + (f" ({esc(p.character)})" if p.character else "") for p in t.cast]
        rows.append(("Szereplő(k)", "<br>".join(names) if one else ", ".join(names)))
    body = "".join(f'<div class="{c("credit")}"><span class="{c("label")}">{k}:</span> <span>{v}</span></div>' for k, v in rows)
    return f'<section class="{c("credits")}">{body}</section>'


def _plot(t: Title, c: Classes) -> str:
    return f'<section class="{c("description")}"><p>{esc(t.synopsis)}</p></section>' if t.synopsis else ""


def _tv(t: Title, c: Classes, rng: random.Random) -> str:
    start = date(2026, 3, 1) + timedelta(days=rng.randint(0, 20))
    rows = "".join(f"<li><b>{pick(rng, CHANNELS)}</b> {day(start + timedelta(days=i * 3))} {rng.randint(12, 23)}:{pick(rng, ('05', '20', '35', '50'))}</li>"
                   for i in range(rng.randint(1, 3)))
    return f'<section class="{c("tv")}"><h2>Tévében</h2><ul>{rows}</ul></section>'


def _rails(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a> <span>{o.year}, {o.runtime or 97} perc</span> <span>{o.rating or ""}</span>'
                    f" <span>({spaced(o.votes or 1)} szavazat)</span></li>" for o in ctx.others)
    return f'<section class="{c("similar")}"><h2>Hasonló filmek</h2><ul>{cards}</ul></section>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/impresszum">Impresszum</a><a href="/adatvedelem">Adatvédelem</a>'
            '<a href="/kapcsolat">Kapcsolat</a><p>© 2026 PORT.hu</p></footer>')
