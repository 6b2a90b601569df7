# ruff: noqa: E501  (HTML templates read best on one line)
"""Mafab: a mafab.hu film or series page (Hungarian). The <h1>; a line 'amerikai filmdráma,
111 perc, 1995' (a series' '5 évad'); 'Rendező:', 'Forgatókönyvíró:', 'Szereplők' cards with
the role under the actor (on some deploys names only); 'Bemutató: 1995. október 27.';
'Korhatár: 16'; 'Mafab értékelés 74%' with '(12 345 szavazat)' and 'Kritikusok' (a trap);
'Gyártó' studios; 'Költségvetés: 3 600 000 $'; 'Hol nézhető?' with '3 szolgáltatónál' (or 'A
figyelt 7 szolgáltató egyikén sem') and 'Frissítve: 2026. 03. 03.'; 'Zeneszerző' and
'Operatőr' traps; user comments; 'Hasonló filmek'; a JSON-LD Movie on some pages. No tagline,
audience text, box office, IMDb link or trailer."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from tests.heldout_sites2.kit import SYMBOLS, app_state, css, esc, grouped
from tests.heldout_sites2.records import Money, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites7.porthu import AGES, COUNTRIES, GENRES, MONTHS, PROSE
from tests.heldout_sites12.common import (
    Classes,
    cookie_banner,
    fit_rng,
    footer,
    look,
    nav,
    no_characters,
    others_people,
    rail,
    rated,
    schema,
    translate,
)

NAME = "mafab"


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES)
    t = replace(t, tagline=None, audience=None, box_office=None, imdb=None, trailer=None,
                studios_shown=len(t.studios))
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def datum(d: date) -> str:
    return f"{d.year}. {MONTHS[d.month - 1]} {d.day}."


def penz(m: Money) -> str:
    return f"{grouped(m.amount, ' ')} {SYMBOLS.get(m.currency, m.currency)}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("mf", rng)
    ld = schema(t, ("director", "actor", "genre", "datePublished", "aggregateRating")) if rng.random() < 0.5 else ""
    blocks = [_facts(t, c, rng), _where(t, c), _comments(ctx, c)]
    if rng.random() < 0.5:
        blocks[0], blocks[1] = blocks[1], blocks[0]
    return (f'<!DOCTYPE html><html lang="hu"><head><meta charset="utf-8"><title>{esc(t.title)} ({t.year or ""}) | Mafab.hu</title>'
            f'<link rel="canonical" href="{t.url}">{css("mf", t.slug, 110)}{ld}</head><body>'
            f'{cookie_banner(c("consent"), "Sütiket használunk a jobb felhasználói élmény érdekében.", "Elfogadom", "Beállítások")}'
            f'{nav(c, "Mafab", ("Filmek", "Sorozatok", "Mozi", "TV műsor", "Streaming", "Hírek"))}<main class="{c("main")}">{_head(t, c, rng)}{"".join(blocks)}'
            f'{rail(ctx, c, "Hasonló filmek", _line)}</main>'
            f'{footer(c, ("Impresszum", "Adatvédelem", "ÁSZF", "Kapcsolat", "Médiaajánlat"), "© 2026 Mafab.hu")}{app_state("__MAFAB__", ctx.others, {"lang": "hu"})}</body></html>')


def _line(o: Title) -> str:
    return f"{o.year}, {o.runtime or 97} perc, korhatár: {o.rating or ''}"


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    kind = " ".join(map(esc, t.countries)) + (" " if t.countries else "") + (", ".join(map(esc, t.genres)) or ("sorozat" if t.kind == "show" else "film"))
    line = [kind] + ([f"{t.runtime} perc"] if t.runtime else []) + ([str(t.year)] if t.year else [])
    line += [f"{t.seasons} évad"] if t.seasons else []
    out = f'<section class="{c("head")}"><h1 class="{c("title")}">{esc(t.title)}</h1><div class="{c("line")}">{", ".join(line)}</div>'
    score = f'<div class="{c("score")}"><span>Mafab értékelés</span> <b>{60 + len(t.slug) % 35}%</b>'
    score += f' <span>({grouped(t.votes, " ")} szavazat)</span>' if t.votes else " <span>Még nincs szavazat</span>"
    out += score + f'</div><div class="{c("critics")}"><span>Kritikusok</span> <b>{rng.randint(40, 95)}%</b> <span>({rng.randint(3, 40)} kritika)</span></div>'
    if t.synopsis:
        out += f'<div class="{c("plot")}"><p>{esc(t.synopsis)}</p></div>'
    return out + "</section>"


def _facts(t: Title, c: Classes, rng: random.Random) -> str:
    rows = [("Rendező", ", ".join(map(esc, t.directors))), ("Forgatókönyvíró", ", ".join(map(esc, t.writers)))]
    extra = others_people(t, rng, 2)
    rows += [("Zeneszerző", esc(extra[0])), ("Operatőr", esc(extra[1]))]
    rows += [("Bemutató", datum(t.released))] if t.released else []
    rows += [("Korhatár", t.rating)] if t.rating else []
    rows += [("Gyártó", ", ".join(map(esc, t.studios)))] if t.studios else []
    rows += [("Költségvetés", penz(t.budget))] if t.budget else []
    facts = "".join(f'<p class="{c("fact")}"><b>{k}:</b> {v}</p>' for k, v in rows if v)
    if any(p.character for p in t.cast):
        cards = "".join(f'<li class="{c("actor")}"><a href="/szineszek/{i}">{esc(p.actor)}</a><small>{esc(p.character or "")}</small></li>' for i, p in enumerate(t.cast))
        cast = f'<h3>Szereplők</h3><ul class="{c("cast")}">{cards}</ul>'
    elif t.cast:
        cast = f'<p class="{c("fact")}"><b>Szereplők:</b> {", ".join(esc(p.actor) for p in t.cast)}</p>'
    else:
        cast = ""
    return f'<section class="{c("facts")}"><h2>Stáb és adatok</h2>{facts}{cast}</section>'


def _where(t: Title, c: Classes) -> str:
    s = t.streaming
    if s is None:
        return ""
    if not s.counted:
        return f'<section class="{c("where")}"><h2>Hol nézhető?</h2><p>Jelenleg egyik szolgáltatónál sem elérhető.</p></section>'
    n = len(s.platforms)
    say = f"{n} szolgáltatónál" if s.available else f"A figyelt {n} szolgáltató egyikén sem"
    items = "".join(f"<li>{esc(p)}</li>" for p in s.platforms)
    stamp = f"{s.verified_on.year}. {s.verified_on.month:02d}. {s.verified_on.day:02d}."
    return f'<section class="{c("where")}"><h2>Hol nézhető?</h2><p>{say}</p><ul>{items}</ul><small>Frissítve: {stamp}</small></section>'


def _comments(ctx: Context, c: Classes) -> str:
    items = "".join(f'<article class="{c("comment")}"><b>{esc(r.author)}</b> <span>{r.score * 10}%</span><p>{esc(r.text)}</p></article>' for r in ctx.reviews)
    return f'<section class="{c("comments")}"><h2>Vélemények</h2>{items or "<p>Még nincs vélemény.</p>"}</section>'
