# ruff: noqa: E501  (HTML templates read best on one line)
"""Filmtipset: a Filmtipset-like Swedish community page. The <h1> title and, beside it, the
year in a separate span on some pages; a facts block of 'Label: value' lines, in <p> or <li>
('Regi:', 'Manus:', 'Foto:', 'Musik:', 'Producent:' as traps, 'Skådespelare:' names, or
'Name (Roll)' on some pages, 'Genre:', 'Land:' 'USA', 'År:', 'Premiär:' '27 oktober 1995',
'Längd:' '111 min', 'Åldersgräns:' '15 år' or 'Barntillåten', 'Säsonger:'); the grade '4,1'
from '1 234 betyg' beside 'Sett av 5 678' and 'Vill se 910'; 'Handling'; an IMDb link;
members' comments; 'Liknande filmer' rails. No tagline, audience text, money, studios,
trailer, streaming or schema.org."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from tests.heldout_sites2.kit import app_state, css, esc
from tests.heldout_sites2.records import Credit, Prose, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites8.common import (
    Classes,
    cookie_banner,
    fit_rng,
    look,
    others_people,
    pick,
    rated,
    spaced,
    translate,
)

NAME = "filmtipset"
MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december")
GENRES = {"Action": "Action", "Adventure": "Äventyr", "Animation": "Animerat",
          "Comedy": "Komedi", "Crime": "Kriminal", "Documentary": "Dokumentär",
          "Drama": "Drama", "Family": "Familj", "Fantasy": "Fantasy", "History": "Historia",
          "Horror": "Skräck", "Music": "Musik", "Mystery": "Mysterium", "Romance": "Romantik",
          "Science Fiction": "Science fiction", "Thriller": "Thriller", "War": "Krig",
          "Western": "Western"}
COUNTRIES = {"United States": "USA", "United Kingdom": "Storbritannien", "France": "Frankrike",
             "Germany": "Tyskland", "Japan": "Japan", "China": "Kina", "South Korea": "Sydkorea",
             "India": "Indien", "Brazil": "Brasilien", "Australia": "Australien",
             "Canada": "Kanada", "Spain": "Spanien", "Italy": "Italien", "Mexico": "Mexiko",
             "Nigeria": "Nigeria", "Sweden": "Sverige", "Denmark": "Danmark",
             "Argentina": "Argentina", "Iran": "Iran", "Poland": "Polen"}
# Statens medieråd's age limits
AGES = {"G": "Barntillåten", "U": "Barntillåten", "TV-Y": "Barntillåten", "TV-G": "Barntillåten",
        "FSK 0": "Barntillåten", "PG": "7 år", "TV-PG": "7 år", "FSK 6": "7 år",
        "PG-13": "11 år", "12A": "11 år", "M": "11 år", "TV-14": "11 år", "FSK 12": "11 år",
        "R": "15 år", "15": "15 år", "MA15+": "15 år", "TV-MA": "15 år", "FSK 16": "15 år",
        "NC-17": "15 år", "18": "15 år", "R18+": "15 år", "FSK 18": "15 år"}
PROSE = Prose(
    verbs=("återvänder till", "ärver", "letar efter", "flyr från", "vaktar", "förlorar"),
    things=("en översvämmad by", "familjens fruktträdgård", "en stulen fiol", "en gammal fyr",
            "en nedlagd gruva", "en gränsstad", "vintermarknaden"),
    synopsis=("{hero} {verb} {thing} och upptäcker att {other} också {verb2} {thing2}. I "
              "{title} prövas gamla lojaliteter under en lång säsong, och inget kommer "
              "tillbaka som det var."),
    taglines=("Allt har ett pris.",),
    audiences=("Tittarna gillar skådespelarna.",))


def _roles(t: Title) -> bool:
    return fit_rng(NAME, t, "roles").random() < 0.4


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES)
    t = replace(t, tagline=None, audience=None, budget=None, box_office=None, studios=(),
                studios_shown=0, trailer=None, streaming=None)
    if _roles(t):
        return t
    return replace(t, cast=tuple(Credit(p.actor, None) for p in t.cast))


def day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("ft", rng)
    blocks = [_facts(t, c, rng), _plot(t, c), _grade(t, c)]
    rng.shuffle(blocks)
    return (f'<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>{esc(t.title)} - Filmtipset</title>'
            f'<link rel="canonical" href="{t.url}">{css("ft", t.slug, 100)}</head><body>'
            f'{cookie_banner(c("cookie"), "Vi använder kakor för att förbättra din upplevelse av Filmtipset.", "Godkänn", "Inställningar")}'
            f'{_nav(c)}<main class="{c("main")}">{_head(t, c, rng)}{"".join(blocks)}{_comments(ctx, c)}{_rails(ctx, c)}</main>'
            f'{_footer(c)}{app_state("__FT_STATE__", ctx.others, {"lang": "sv"})}</body></html>')


def _nav(c: Classes) -> str:
    items = ("Filmer", "Serier", "Topplistor", "Nyheter", "Forum", "Medlemmar")
    return (f'<header class="{c("top")}"><a href="/" class="{c("logo")}">Filmtipset</a><nav><ul>'
            + "".join(f'<li><a href="/{x.lower()}">{x}</a></li>' for x in items)
            + '</ul></nav><input type="search" placeholder="Sök film, serie eller person" aria-label="Sök"><a href="/login">Logga in</a></header>')


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    year = f' <span class="{c("year")}">({t.year})</span>' if t.year and rng.random() < 0.5 else ""
    kind = "TV-serie" if t.kind == "show" else "Film"
    return f'<section class="{c("movie-header")}"><h1 class="{c("title")}">{esc(t.title)}</h1>{year}<span class="{c("kind")}">{kind}</span></section>'


def _cast(t: Title) -> str:
    return ", ".join(esc(p.actor) + (f" ({esc(p.character)})" if p.character else "") for p in t.cast)


def _facts(t: Title, c: Classes, rng: random.Random) -> str:
    producer, dop, music = others_people(t, rng, 3)
    lines: list[tuple[str, str]] = []
    if t.directors:
        lines.append(("Regi", ", ".join(map(esc, t.directors))))
    if t.writers:
        lines.append(("Manus", ", ".join(map(esc, t.writers))))
    lines += [("Foto", esc(dop)), ("Musik", esc(music)), ("Producent", esc(producer))]
    if t.cast:
        lines.append(("Skådespelare", _cast(t)))
    if t.genres:
        lines.append(("Genre", ", ".join(map(esc, t.genres))))
    if t.countries:
        lines.append(("Land", ", ".join(map(esc, t.countries))))
    if t.year:
        lines.append(("År", str(t.year)))
    if t.released:
        lines.append(("Premiär", day(t.released)))
    if t.runtime:
        lines.append(("Längd", f"{t.runtime} min" + (" per avsnitt" if t.kind == "show" else "")))
    if t.rating:
        lines.append(("Åldersgräns", esc(t.rating)))
    if t.seasons:
        lines.append(("Säsonger", str(t.seasons)))
    links = f'<p><a href="https://www.imdb.com/title/{t.imdb}/">Visa på IMDb</a></p>' if t.imdb else ""
    if rng.random() < 0.5:
        body = "".join(f"<p><strong>{k}:</strong> {v}</p>" for k, v in lines)
    else:
        body = "<ul>" + "".join(f'<li><span class="{c("label")}">{k}:</span> {v}</li>' for k, v in lines) + "</ul>"
    return f'<section class="{c("facts")}"><h2>{pick(rng, ("Fakta", "Om filmen", "Information"))}</h2>{body}{links}</section>'


def _plot(t: Title, c: Classes) -> str:
    if not t.synopsis:
        return ""
    return f'<section class="{c("plot")}"><h2>Handling</h2><p>{esc(t.synopsis)}</p></section>'


def _grade(t: Title, c: Classes) -> str:
    grade = (f'<p class="{c("grade")}"><b>{1 + len(t.slug) % 4},{len(t.title) % 10}</b> av 5 '
             f'<span>({spaced(t.votes)} betyg)</span></p>') if t.votes else f'<p class="{c("grade")}">Inga betyg ännu</p>'
    return (f'<section class="{c("grades")}">{grade}<ul><li>Sett av {spaced(len(t.slug) * 123)}</li>'
            f'<li>Vill se {spaced(len(t.title) * 31)}</li></ul></section>')


def _comments(ctx: Context, c: Classes) -> str:
    if not ctx.reviews:
        return ""
    items = "".join(f'<li class="{c("comment")}"><b>{esc(r.author)}</b> gav betyget {1 + r.score // 2} '
                    f"<time>{day(r.posted)}</time><p>{esc(r.text)}</p></li>" for r in ctx.reviews)
    return f'<section class="{c("comments")}"><h2>Kommentarer</h2><ul>{items}</ul></section>'


def _rails(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a> <span>({o.year})</span> <span>{o.runtime or 97} min</span>'
                    f' <span>{esc(o.rating or "")}</span> <span>{spaced(o.votes or 1)} betyg</span></li>' for o in ctx.others)
    return f'<section class="{c("similar")}"><h2>Liknande filmer</h2><ul>{cards}</ul></section>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/om">Om Filmtipset</a><a href="/villkor">Användarvillkor</a>'
            '<a href="/integritet">Integritetspolicy</a><p>© 2000–2026 Filmtipset</p></footer>')
