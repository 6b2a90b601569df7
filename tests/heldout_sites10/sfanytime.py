# ruff: noqa: E501  (HTML templates read best on one line)
"""SF Anytime: an SF Anytime-like Swedish rental page. The <h1> title; 'Hyr 49 kr' / 'Köp 149 kr'
buttons and a rental period ('48 timmar') as traps; the Swedish synopsis; a facts list ('Längd
2 tim 50 min' (a show's per episode), 'Åldersgräns 15' (the Swedish board's 'Btl', '7', '11',
'15'), 'Produktionsår 1995', 'Genre Drama, Kriminal', 'Land', 'Regissör', 'Skådespelare',
'Språk', 'Undertexter', and 'Producent' as a trap) as a <dl> or as 'Label: value' lines; a
show's 'N säsonger' and episodes with their own lengths; 'Du kanske också gillar' rails with
their prices; a JSON-LD Movie on some pages. No tagline, audience text, dates, votes, studios,
writers, money, IMDb link, trailer or streaming block."""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Any

from tests.heldout_sites2.kit import app_state, css, esc, json_ld, ld_type
from tests.heldout_sites2.records import Prose, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites10.common import (
    Classes,
    cookie_banner,
    look,
    no_characters,
    others_people,
    pick,
    rated,
    translate,
)

NAME = "sfanytime"
GENRES = {"Action": "Action", "Adventure": "Äventyr", "Animation": "Animerat",
          "Comedy": "Komedi", "Crime": "Kriminal", "Documentary": "Dokumentär",
          "Drama": "Drama", "Family": "Familj", "Fantasy": "Fantasy", "History": "Historia",
          "Horror": "Skräck", "Music": "Musik", "Mystery": "Mysterium", "Romance": "Romantik",
          "Science Fiction": "Science fiction", "Thriller": "Thriller", "War": "Krig",
          "Western": "Western"}
COUNTRIES = {"United States": "USA", "United Kingdom": "Storbritannien", "France": "Frankrike",
             "Germany": "Tyskland", "Japan": "Japan", "China": "Kina",
             "South Korea": "Sydkorea", "India": "Indien", "Brazil": "Brasilien",
             "Australia": "Australien", "Canada": "Kanada", "Spain": "Spanien",
             "Italy": "Italien", "Mexico": "Mexiko", "Nigeria": "Nigeria", "Sweden": "Sverige",
             "Denmark": "Danmark", "Argentina": "Argentina", "Iran": "Iran", "Poland": "Polen"}
AGES = {"G": "Btl", "U": "Btl", "TV-Y": "Btl", "TV-G": "Btl", "FSK 0": "Btl", "PG": "7",
        "TV-PG": "7", "FSK 6": "7", "PG-13": "11", "12A": "11", "M": "11", "FSK 12": "11",
        "TV-14": "11", "15": "15", "MA15+": "15", "FSK 16": "15", "R": "15", "NC-17": "15",
        "18": "15", "R18+": "15", "FSK 18": "15", "TV-MA": "15"}
PROSE = Prose(
    verbs=("återvänder till", "ärver", "letar efter", "flyr från", "vaktar", "förlorar"),
    things=("en översvämmad by", "familjens fruktträdgård", "en gammal fyr", "en övergiven gruva",
            "en gränsstad", "den sista färjan"),
    synopsis=("{hero} {verb} {thing} för att upptäcka att {other} också {verb2} {thing2}. "
              "I {title} prövas gamla lojaliteter under en lång säsong."),
    taglines=("Allt har ett pris.",),
    audiences=("Tittarna berömmer skådespelarna.",))


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES)
    t = replace(t, tagline=None, audience=None, released=None, votes=None, studios=(),
                studios_shown=0, budget=None, box_office=None, imdb=None, trailer=None,
                streaming=None, writers=())
    return no_characters(t)


def length(n: int) -> str:
    """'2 tim 50 min', '2 tim', '45 min'."""
    big, small = divmod(n, 60)
    return " ".join(([f"{big} tim"] if big else []) + ([f"{small} min"] if small or not big else []))


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("sf", rng)
    ld = _ld(t) if rng.random() < 0.5 else ""
    blocks = [_facts(t, c, rng), _episodes(t, ctx, c)]
    if rng.random() < 0.5:
        blocks.reverse()
    return (f'<!DOCTYPE html><html lang="sv-SE"><head><meta charset="utf-8"><title>{esc(t.title)} - Hyr eller köp {"serien" if t.kind == "show" else "filmen"} online | SF Anytime</title>'
            f'<link rel="canonical" href="{t.url}">{css("sf", t.slug, 100)}{ld}</head><body>'
            f'{cookie_banner(c("cookie"), "Vi använder cookies för att ge dig en bättre upplevelse.", "Godkänn alla", "Inställningar")}'
            f'{_nav(c)}<main class="{c("product")}">{_hero(t, c, rng)}{"".join(blocks)}{_rails(ctx, c, rng)}</main>'
            f'{_footer(c)}{app_state("__SFA_STATE__", ctx.others, {"market": "se"})}</body></html>')


def _ld(t: Title) -> str:
    data: dict[str, Any] = {"@type": ld_type(t), "name": t.title, "url": t.url}
    if t.synopsis:
        data["description"] = t.synopsis
    if t.rating:
        data["contentRating"] = t.rating
    if t.directors:
        data["director"] = [{"@type": "Person", "name": d} for d in t.directors]
    if t.cast:
        data["actor"] = [{"@type": "Person", "name": p.actor} for p in t.cast]
    return json_ld(data)


def _nav(c: Classes) -> str:
    items = ("Filmer", "Serier", "Nyheter", "Topplistor", "Erbjudanden", "Presentkort")
    return (f'<header class="{c("header")}"><a href="/sv" aria-label="SF Anytime">SF Anytime</a><nav><ul>'
            + "".join(f'<li><a href="/sv/{i}">{x}</a></li>' for i, x in enumerate(items))
            + '</ul></nav><select aria-label="Land"><option>Sverige</option><option>Danmark</option><option>Norge</option><option>Suomi</option></select><a href="/sv/login">Logga in</a></header>')


def _hero(t: Title, c: Classes, rng: random.Random) -> str:
    rent, buy = pick(rng, ("39", "49", "59")), pick(rng, ("99", "149", "199"))
    out = (f'<section class="{c("hero")}"><h1 class="{c("title")}">{esc(t.title)}</h1>'
           f'<div class="{c("buttons")}"><button>Hyr {rent} kr</button><button>Köp {buy} kr</button></div>'
           f'<p class="{c("period")}">Hyrperiod {pick(rng, ("48 timmar", "30 dagar att starta, 48 timmar att se klart"))}</p>')
    if t.synopsis:
        out += f'<div class="{c("synopsis")}"><p>{esc(t.synopsis)}</p></div>'
    return out + "</section>"


def _facts(t: Title, c: Classes, rng: random.Random) -> str:
    rows: list[tuple[str, str]] = []
    if t.runtime:
        rows.append(("Längd per avsnitt" if t.kind == "show" else "Längd", length(t.runtime)))
    if t.seasons:
        rows.append(("Säsonger", f"{t.seasons} {'säsong' if t.seasons == 1 else 'säsonger'}"))
    if t.rating:
        rows.append(("Åldersgräns", esc(t.rating)))
    if t.year:
        rows.append(("Produktionsår", str(t.year)))
    if t.genres:
        rows.append(("Genre", ", ".join(map(esc, t.genres))))
    if t.countries:
        rows.append(("Land", ", ".join(map(esc, t.countries))))
    if t.directors:
        rows.append(("Regissör", ", ".join(map(esc, t.directors))))
    if t.cast:
        rows.append(("Skådespelare", ", ".join(esc(p.actor) for p in t.cast)))
    rows.append(("Producent", esc(others_people(t, rng, 1)[0])))
    rows += [("Språk", pick(rng, ("Engelska", "Svenska", "Franska"))), ("Undertexter", "Svenska, Engelska")]
    if rng.random() < 0.5:
        body = "<dl>" + "".join(f'<dt>{k}</dt><dd>{v}</dd>' for k, v in rows) + "</dl>"
    else:
        body = "".join(f'<p class="{c("fact")}"><span>{k}:</span> {v}</p>' for k, v in rows)
    return f'<section class="{c("facts")}"><h2>Om {"serien" if t.kind == "show" else "filmen"}</h2>{body}</section>'


def _episodes(t: Title, ctx: Context, c: Classes) -> str:
    if not ctx.episodes:
        return ""
    items = "".join(f'<li><span>Avsnitt {e.number}</span> <b>{esc(e.name)}</b> <span>{length(e.minutes)}</span></li>' for e in ctx.episodes)
    return f'<section class="{c("episodes")}"><h2>Säsong {t.seasons}</h2><ol>{items}</ol></section>'


def _rails(ctx: Context, c: Classes, rng: random.Random) -> str:
    cards = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a><span>{o.year}</span><span>{length(o.runtime or 97)}</span>'
                    + (f'<span>Åldersgräns {esc(o.rating)}</span>' if o.rating else "")
                    + f'<span>Hyr {pick(rng, ("39", "49"))} kr</span></li>' for o in ctx.others)
    return f'<section class="{c("related")}"><h2>Du kanske också gillar</h2><ul>{cards}</ul></section>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/sv/help">Kundservice</a><a href="/sv/terms">Villkor</a><a href="/sv/privacy">Integritetspolicy</a>'
            '<a href="/sv/cookies">Cookies</a><p>SF Anytime är en del av SF Studios</p></footer>')
