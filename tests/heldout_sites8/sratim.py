# ruff: noqa: E501  (HTML templates read best on one line)
"""Sratim: a Sratim-like Israeli page, right to left (<html dir="rtl" lang="he">). The <h1> is the
Hebrew title (a transliteration of the original), with the English original title beside it in
a <span lang="en"> or a second line; a details list of 'Label: value' rows ('במאי', 'תסריט',
'שחקנים' names or 'Actor בתפקיד Character', 'ז'אנר', 'מדינה', 'שנה', 'תאריך יציאה' '27 באוקטובר
1995', 'אורך' '111 דקות', 'הגבלת גיל' 'מותר מגיל 16', 'עונות', and 'מפיק', 'צילום', 'מוזיקה'
as traps); the score '7.4' with '(1,234 מדרגים)' beside 'צפיות 56,789'; 'תקציר'; an embedded
trailer; an IMDb link; reviews; 'סרטים דומים' rails. No tagline, audience text, money, studios,
streaming or schema.org."""

from __future__ import annotations

import random
import re
from dataclasses import replace
from datetime import date

from tests.heldout_sites2.kit import app_state, css, esc, grouped, youtube_embed
from tests.heldout_sites2.records import Prose, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites8.common import (
    Classes,
    cookie_banner,
    fit_rng,
    look,
    no_characters,
    others_people,
    pick,
    rated,
    translate,
)

NAME = "sratim"
MONTHS = ("ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר",
          "אוקטובר", "נובמבר", "דצמבר")
GENRES = {"Action": "אקשן", "Adventure": "הרפתקאות", "Animation": "אנימציה", "Comedy": "קומדיה",
          "Crime": "פשע", "Documentary": "דוקומנטרי", "Drama": "דרמה", "Family": "משפחה",
          "Fantasy": "פנטזיה", "History": "היסטוריה", "Horror": "אימה", "Music": "מוזיקה",
          "Mystery": "מסתורין", "Romance": "רומנטיקה", "Science Fiction": "מדע בדיוני",
          "Thriller": "מותחן", "War": "מלחמה", "Western": "מערבון"}
COUNTRIES = {"United States": "ארצות הברית", "United Kingdom": "בריטניה", "France": "צרפת",
             "Germany": "גרמניה", "Japan": "יפן", "China": "סין", "South Korea": "דרום קוריאה",
             "India": "הודו", "Brazil": "ברזיל", "Australia": "אוסטרליה", "Canada": "קנדה",
             "Spain": "ספרד", "Italy": "איטליה", "Mexico": "מקסיקו", "Nigeria": "ניגריה",
             "Sweden": "שוודיה", "Denmark": "דנמרק", "Argentina": "ארגנטינה", "Iran": "איראן",
             "Poland": "פולין"}
# the Israeli film and plays review council's age limits
AGES = {"G": "מותר לכל", "U": "מותר לכל", "TV-Y": "מותר לכל", "TV-G": "מותר לכל",
        "FSK 0": "מותר לכל", "PG": "מותר לכל", "TV-PG": "מותר לכל", "FSK 6": "מותר לכל",
        "PG-13": "מותר מגיל 12", "12A": "מותר מגיל 12", "M": "מותר מגיל 12",
        "TV-14": "מותר מגיל 14", "FSK 12": "מותר מגיל 12", "R": "מותר מגיל 16",
        "15": "מותר מגיל 14", "MA15+": "מותר מגיל 16", "TV-MA": "מותר מגיל 16",
        "FSK 16": "מותר מגיל 16", "NC-17": "מותר מגיל 18", "18": "מותר מגיל 18",
        "R18+": "מותר מגיל 18", "FSK 18": "מותר מגיל 18"}
PROSE = Prose(
    verbs=("חוזר אל", "יורש את", "מחפש את", "שומר על", "מאבד את"),
    things=("כפר מוצף", "הפרדס המשפחתי", "כינור גנוב", "מגדלור ישן", "מכרה נטוש", "עיירת גבול"),
    synopsis=("{hero} {verb} {thing} ומגלה ש-{other} גם {verb2} {thing2}. ב-{title} נבחנות "
              "נאמנויות ישנות לאורך עונה ארוכה אחת, ושום דבר לא חוזר כפי שהיה."),
    taglines=("לכל דבר יש מחיר.",),
    audiences=("הצופים אוהבים את השחקנים.",))
LETTERS = {"b": "ב", "c": "ק", "d": "ד", "f": "פ", "g": "ג", "h": "ה", "j": "ג'", "k": "ק",
           "l": "ל", "m": "מ", "n": "נ", "p": "פ", "q": "ק", "r": "ר", "s": "ס", "t": "ט",
           "v": "ו", "w": "ו", "x": "קס", "y": "י", "z": "ז", "i": "י", "o": "ו", "u": "ו",
           "a": "", "e": ""}
FINALS = {"מ": "ם", "נ": "ן", "פ": "ף", "צ": "ץ", "כ": "ך"}


def hebrew_word(word: str) -> str:
    """'Harbor' -> 'הרבור': a rough transliteration, as Israeli sites give foreign titles."""
    low = word.lower().replace("'", "")
    if not low.isalpha():
        return word
    head = {"a": "א", "e": "א", "i": "אי", "o": "או", "u": "או"}.get(low[0], LETTERS[low[0]])
    body = head + "".join(LETTERS[ch] for ch in low[1:])
    return body[:-1] + FINALS.get(body[-1], body[-1])


def hebrew(title: str) -> str:
    return re.sub(r"[A-Za-z']+", lambda m: hebrew_word(m.group(0)), title)


def _roles(t: Title) -> bool:
    return fit_rng(NAME, t, "roles").random() < 0.5


# the English title each Hebrew one was made from, kept by fit for render (keyed by slug)
_ORIGINALS: dict[str, str] = {}


def fit(t: Title) -> Title:
    _ORIGINALS[t.slug] = t.title
    t = replace(t, title=hebrew(t.title))
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES)
    t = replace(t, tagline=None, audience=None, budget=None, box_office=None, studios=(),
                studios_shown=0, streaming=None)
    return t if _roles(t) else no_characters(t)


def original(t: Title) -> str:
    return _ORIGINALS[t.slug]


def day(d: date) -> str:
    return f"{d.day} ב{MONTHS[d.month - 1]} {d.year}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("sr", rng)
    blocks = [_details(t, c, rng), _plot(t, c), _trailer(t, c)]
    if rng.random() < 0.5:
        blocks[0], blocks[1] = blocks[1], blocks[0]
    return (f'<!DOCTYPE html><html lang="he" dir="rtl"><head><meta charset="utf-8"><title>{esc(t.title)} - סרטים</title>'
            f'<link rel="canonical" href="{t.url}">{css("sr", t.slug, 100)}</head><body>'
            f'{cookie_banner(c("cookies"), "האתר משתמש בעוגיות לשיפור חוויית הגלישה.", "אישור", "הגדרות")}'
            f'{_nav(c)}<main class="{c("main")}">{_head(t, c, rng)}{"".join(blocks)}{_reviews(ctx, c)}{_rails(ctx, c)}</main>'
            f'{_footer(c)}{app_state("__SRATIM__", ctx.others, {"dir": "rtl"})}</body></html>')


def _nav(c: Classes) -> str:
    items = ("סרטים", "סדרות", "בקולנוע", "ביקורות", "כתבות", "פורום")
    return (f'<header class="{c("header")}"><a href="/" class="{c("logo")}">סרטים</a><nav><ul>'
            + "".join(f'<li><a href="/c{i}">{x}</a></li>' for i, x in enumerate(items))
            + '</ul></nav><input type="search" placeholder="חיפוש סרט, סדרה או שחקן" aria-label="חיפוש"></header>')


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    english = f'<span lang="en" dir="ltr" class="{c("original")}">{esc(original(t))}</span>'
    if rng.random() < 0.5:
        heading = f'<h1 class="{c("title")}">{esc(t.title)}</h1>{english}'
    else:
        heading = f'<div class="{c("titles")}"><h1 class="{c("title")}">{esc(t.title)}</h1> / {english}</div>'
    score = (f'<div class="{c("score")}"><b>{5 + len(t.slug) % 5}.{len(t.title) % 10}</b> <span>({grouped(t.votes)} מדרגים)</span></div>'
             if t.votes else f'<div class="{c("score")}">עדיין אין דירוג</div>')
    return (f'<section class="{c("movie-head")}">{heading}{score}<div class="{c("views")}">צפיות {grouped(len(t.slug) * 1371)}</div>'
            + (f'<a href="https://www.imdb.com/title/{t.imdb}/" dir="ltr">IMDb</a>' if t.imdb else "") + "</section>")


def _cast(t: Title) -> str:
    return ", ".join(esc(p.actor) + (f" בתפקיד {esc(p.character)}" if p.character else "") for p in t.cast)


def _details(t: Title, c: Classes, rng: random.Random) -> str:
    producer, dop, music = others_people(t, rng, 3)
    rows: list[tuple[str, str]] = []
    if t.directors:
        rows.append(("במאי", ", ".join(map(esc, t.directors))))
    if t.writers:
        rows.append(("תסריט", ", ".join(map(esc, t.writers))))
    if t.cast:
        rows.append(("שחקנים", _cast(t)))
    rows += [("מפיק", esc(producer)), ("צילום", esc(dop)), ("מוזיקה", esc(music))]
    if t.genres:
        rows.append(("ז'אנר", ", ".join(map(esc, t.genres))))
    if t.countries:
        rows.append(("מדינה", ", ".join(map(esc, t.countries))))
    if t.year:
        rows.append(("שנה", str(t.year)))
    if t.released:
        rows.append(("תאריך יציאה", day(t.released)))
    if t.runtime:
        rows.append(("אורך", f"{t.runtime} דקות" + (" לפרק" if t.kind == "show" else "")))
    if t.rating:
        rows.append(("הגבלת גיל", esc(t.rating)))
    if t.seasons:
        rows.append(("עונות", str(t.seasons)))
    if rng.random() < 0.5:
        body = "<ul>" + "".join(f'<li><span class="{c("label")}">{k}:</span> {v}</li>' for k, v in rows) + "</ul>"
    else:
        body = "<table>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows) + "</table>"
    return f'<section class="{c("details")}"><h2>{pick(rng, ("פרטים", "פרטי הסרט", "מידע"))}</h2>{body}</section>'


def _plot(t: Title, c: Classes) -> str:
    if not t.synopsis:
        return ""
    return f'<section class="{c("plot")}"><h2>תקציר</h2><p>{esc(t.synopsis)}</p></section>'


def _trailer(t: Title, c: Classes) -> str:
    if not t.trailer:
        return ""
    return f'<section class="{c("trailer")}"><h2>טריילר</h2>{youtube_embed(t.trailer)}</section>'


def _reviews(ctx: Context, c: Classes) -> str:
    if not ctx.reviews:
        return ""
    items = "".join(f'<article class="{c("review")}"><b>{esc(r.author)}</b> <span>{r.score}/10</span> '
                    f'<time>{day(r.posted)}</time><p lang="en" dir="ltr">{esc(r.text)}</p></article>' for r in ctx.reviews)
    return f'<section class="{c("reviews")}"><h2>ביקורות גולשים</h2>{items}</section>'


def _rails(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a> <span>{o.year}</span> <span>{o.runtime or 97} דקות</span>'
                    f' <span>{esc(o.rating or "")}</span> <span>({grouped(o.votes or 1)} מדרגים)</span></li>' for o in ctx.others)
    return f'<section class="{c("similar")}"><h2>סרטים דומים</h2><ul>{cards}</ul></section>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/about">אודות</a><a href="/terms">תנאי שימוש</a>'
            '<a href="/privacy">מדיניות פרטיות</a><p>© 2026 כל הזכויות שמורות</p></footer>')
