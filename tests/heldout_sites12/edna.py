# ruff: noqa: E501  (HTML templates read best on one line)
"""Edna: an edna.co.il film or series page (Hebrew, right to left: <html lang="he"
dir="rtl">). The <h1>; a facts list 'ז'אנר:', 'ארץ:', 'שנה:', 'אורך: 111 דקות', 'הגבלת גיל:
מותר מגיל 16', 'תאריך בכורה: 27 באוקטובר 1995', 'עונות: 5'; 'בימוי:', 'תסריט:' and 'שחקנים:'
(names only; a <dl> on some deploys); 'מוזיקה' and 'צילום' traps; 'דירוג גולשים 7.2
(12,345 מדרגים)' beside the critics' score (a trap); 'עלילה' the synopsis; readers'
reviews; showtimes with prices in ₪ (traps); 'סרטים נוספים'. No JSON-LD, tagline, audience
text, studios, money, IMDb link, trailer or streaming block."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from tests.heldout_sites2.kit import app_state, css, esc, grouped
from tests.heldout_sites2.records import Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites8.sratim import AGES, COUNTRIES, GENRES, MONTHS, PROSE
from tests.heldout_sites12.common import (
    Classes,
    cookie_banner,
    footer,
    look,
    nav,
    no_characters,
    others_people,
    rail,
    rated,
    translate,
)

NAME = "edna"


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES)
    t = replace(t, tagline=None, audience=None, studios=(), studios_shown=0, budget=None,
                box_office=None, imdb=None, trailer=None, streaming=None)
    return no_characters(t)


def taarich(d: date) -> str:
    return f"{d.day} ב{MONTHS[d.month - 1]} {d.year}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("ed", rng)
    blocks = [_people(t, c, rng), _showtimes(t, c, rng), _reviews(ctx, c)]
    if rng.random() < 0.5:
        blocks[1], blocks[2] = blocks[2], blocks[1]
    return (f'<!DOCTYPE html><html lang="he" dir="rtl"><head><meta charset="utf-8"><title>{esc(t.title)} - {"סדרה" if t.kind == "show" else "סרט"} | עדנה</title>'
            f'<link rel="canonical" href="{t.url}">{css("ed", t.slug, 110)}</head><body>'
            f'{cookie_banner(c("consent"), "אנו משתמשים בעוגיות כדי לשפר את חוויית הגלישה.", "אישור", "הגדרות")}'
            f'{nav(c, "עדנה", ("קולנוע", "טלוויזיה", "תיאטרון", "מוזיקה", "מסעדות", "מדריך"))}<main class="{c("main")}">'
            f'<h1 class="{c("title")}">{esc(t.title)}</h1>{_score(t, c, rng)}{_facts(t, c)}'
            + (f'<div class="{c("plot")}"><h2>עלילה</h2><p>{esc(t.synopsis)}</p></div>' if t.synopsis else "")
            + f'{"".join(blocks)}{rail(ctx, c, "סרטים נוספים", _line)}</main>'
            f'{footer(c, ("אודות", "צור קשר", "תנאי שימוש", "מדיניות פרטיות", "פרסום"), "© 2026 עדנה")}{app_state("__EDNA__", ctx.others, {"lang": "he"})}</body></html>')


def _line(o: Title) -> str:
    return f"{o.year} | {o.runtime or 97} דקות | {o.rating or ''}"


def _score(t: Title, c: Classes, rng: random.Random) -> str:
    own = f'<div class="{c("users")}">דירוג גולשים <b>{6 + len(t.slug) % 4}.{len(t.title) % 10}</b> ({grouped(t.votes)} מדרגים)</div>' if t.votes else ""
    return own + f'<div class="{c("critics")}">ציון המבקרים <b>{rng.randint(1, 5)}/5</b></div>'


def _facts(t: Title, c: Classes) -> str:
    rows = [("ז'אנר", ", ".join(map(esc, t.genres))), ("ארץ", ", ".join(map(esc, t.countries))),
            ("שנה", str(t.year or "")),
            ("אורך", f"{t.runtime} דקות" + (" לפרק" if t.kind == "show" else "") if t.runtime else ""),
            ("הגבלת גיל", t.rating or ""), ("עונות", str(t.seasons or "")),
            ("תאריך בכורה", taarich(t.released) if t.released else "")]
    return f'<ul class="{c("facts")}">' + "".join(f"<li><span>{k}:</span> {v}</li>" for k, v in rows if v) + "</ul>"


def _people(t: Title, c: Classes, rng: random.Random) -> str:
    extra = others_people(t, rng, 2)
    rows = [("בימוי", t.directors), ("תסריט", t.writers), ("מוזיקה", (extra[0],)),
            ("צילום", (extra[1],)), ("שחקנים", tuple(p.actor for p in t.cast))]
    if rng.random() < 0.4:
        return f'<dl class="{c("credits")}">' + "".join(f"<dt>{k}</dt><dd>{', '.join(map(esc, v))}</dd>" for k, v in rows if v) + "</dl>"
    return f'<div class="{c("credits")}">' + "".join(f"<p><b>{k}:</b> {', '.join(map(esc, v))}</p>" for k, v in rows if v) + "</div>"


def _showtimes(t: Title, c: Classes, rng: random.Random) -> str:
    if t.kind == "show" or rng.random() < 0.35:
        return ""
    halls = rng.sample(("סינמה סיטי גלילות", "לב דיזנגוף", "יס פלאנט ראשון", "סינמטק תל אביב"), 2)
    rows = "".join(f'<li>{h} <time>{rng.randint(16, 22)}:{rng.choice(("00", "30"))}</time> <span>{rng.randint(38, 52)} ₪</span></li>' for h in halls)
    return f'<section class="{c("showtimes")}"><h2>מועדי הקרנה</h2><ul>{rows}</ul></section>'


def _reviews(ctx: Context, c: Classes) -> str:
    items = "".join(f'<article class="{c("review")}"><b>{esc(r.author)}</b> <span>{r.score}/10</span><p>{esc(r.text)}</p></article>' for r in ctx.reviews)
    return f'<section class="{c("reviews")}"><h2>ביקורות גולשים</h2>{items or "<p>אין עדיין ביקורות.</p>"}</section>'
