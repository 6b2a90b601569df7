# ruff: noqa: E501  (HTML templates read best on one line)
"""Shahid: a shahid.mbc.net show or movie page (Arabic, right to left: <html lang="ar"
dir="rtl">). The hero's <h1> (a logo image with the title as its alt on some deploys); an
unlabelled meta line '1995 • +15 • دراما • 111 دقيقة' (or '1 ساعة 51 دقيقة'); a show's 'عدد
المواسم: 5' with season tabs and the latest season's episodes ('الحلقة 3', each with its own
length and date); the synopsis; 'إخراج' directors, 'تأليف' writers, 'بطولة' the cast (names
only); 'شاهد VIP' plans with prices in SAR and AED as traps; a 'Top 10' rail with ranks and 'قد
يعجبك أيضاً' rails; a JSON-LD Movie or TVSeries on some pages. No tagline, audience text, release
date, votes, countries, studios, money, IMDb link, trailer or streaming block (the page is the
service)."""

from __future__ import annotations

import random
from dataclasses import replace

from tests.heldout_sites2.kit import app_state, css, esc
from tests.heldout_sites2.records import Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites7.elcinema import GENRES, MONTHS, PROSE
from tests.heldout_sites11.common import (
    Classes,
    cookie_banner,
    look,
    no_characters,
    rated,
    schema,
    translate,
)

NAME = "shahid"
AGES = {"G": "G", "U": "G", "TV-Y": "G", "TV-G": "G", "FSK 0": "G", "PG": "+7", "TV-PG": "+7",
        "FSK 6": "+7", "PG-13": "+13", "12A": "+13", "M": "+13", "TV-14": "+13", "FSK 12": "+13",
        "R": "+15", "15": "+15", "MA15+": "+15", "FSK 16": "+15", "TV-MA": "+18",
        "NC-17": "+18", "18": "+18", "R18+": "+18", "FSK 18": "+18"}


def fit(t: Title) -> Title:
    t = rated(translate(localize(replace(t, countries=()), PROSE), GENRES, {}), AGES)
    t = replace(t, tagline=None, audience=None, released=None, votes=None, countries=(),
                studios=(), studios_shown=0, budget=None, box_office=None, imdb=None,
                trailer=None, streaming=None)
    return no_characters(t)


def duration(n: int, spelled: bool) -> str:
    """'111 دقيقة' or '1 ساعة 51 دقيقة'."""
    big, small = divmod(n, 60)
    if not spelled or not big:
        return f"{n} دقيقة"
    return f"{big} ساعة" + (f" {small} دقيقة" if small else "")


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("sh", rng)
    ld = schema(t, ("description", "genre", "contentRating", "director", "actor", "numberOfSeasons")) if rng.random() < 0.5 else ""
    blocks = [_episodes(t, ctx, c), _plans(c, rng), _rail(ctx, c, "قد يعجبك أيضاً"), _top(ctx, c)]
    if rng.random() < 0.5:
        blocks[1], blocks[3] = blocks[3], blocks[1]
    return (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>شاهد {"مسلسل" if t.kind == "show" else "فيلم"} {esc(t.title)} | شاهد</title>'
            f'<link rel="canonical" href="{t.url}">{css("sh", t.slug, 115)}{ld}</head><body>'
            f'{cookie_banner(c("consent"), "نستخدم ملفات تعريف الارتباط لتحسين تجربتك وعرض محتوى مخصص لك.", "قبول الكل", "إدارة التفضيلات")}'
            f'{_nav(c)}<main class="{c("page")}">{_hero(t, c, rng)}{"".join(blocks)}</main>'
            f'{_footer(c)}{app_state("__SHAHID_STATE__", ctx.others, {"country": "SA", "lang": "ar"})}</body></html>')


def _nav(c: Classes) -> str:
    items = ("الرئيسية", "مسلسلات", "أفلام", "برامج", "رياضة", "أطفال", "قنوات البث المباشر")
    return (f'<header class="{c("header")}"><a href="/" aria-label="شاهد"><img src="/logo.svg" alt="شاهد"></a><nav><ul>' + "".join(f'<li><a href="/n{i}">{x}</a></li>' for i, x in enumerate(items))
            + '</ul></nav><a href="/vip" class="cta">اشترك الآن</a></header>')


def _meta(t: Title, rng: random.Random) -> str:
    parts = [str(t.year)] if t.year else []
    parts += [t.rating] if t.rating else []
    parts += [esc(g) for g in t.genres]
    if t.runtime and t.kind == "movie":
        parts.append(duration(t.runtime, rng.random() < 0.5))
    return " • ".join(f"<span>{p}</span>" for p in parts)


def _hero(t: Title, c: Classes, rng: random.Random) -> str:
    heading = (f'<h1 class="{c("logo-title")}"><img src="/img/{t.slug}-logo.png" alt="{esc(t.title)}"></h1>' if rng.random() < 0.3
               else f'<h1 class="{c("title")}">{esc(t.title)}</h1>')
    out = f'<section class="{c("hero")}">{heading}<div class="{c("meta")}">{_meta(t, rng)}</div>'
    if t.seasons:
        out += f'<div class="{c("seasons")}">عدد المواسم: {t.seasons}</div>'
        if t.runtime:
            out += f'<div class="{c("eplen")}">مدة الحلقة: {duration(t.runtime, False)}</div>'
    if t.synopsis:
        out += f'<p class="{c("desc")}">{esc(t.synopsis)}</p>'
    credits = [("إخراج", t.directors), ("تأليف", t.writers), ("بطولة", tuple(p.actor for p in t.cast))]
    out += "".join(f'<div class="{c("credit")}"><span class="{c("label")}">{k}:</span> <span>{"، ".join(esc(n) for n in v)}</span></div>' for k, v in credits if v)
    play = "شاهد الحلقة 1" if t.kind == "show" else "شاهد الآن"
    return out + f'<a class="{c("play")}" href="#play">{play}</a><button aria-label="أضف إلى قائمتي">+</button></section>'


def _episodes(t: Title, ctx: Context, c: Classes) -> str:
    if not ctx.episodes:
        return ""
    tabs = "".join(f'<button role="tab">الموسم {n}</button>' for n in range(1, (t.seasons or 1) + 1))
    items = "".join(f'<li class="{c("episode")}"><b>الحلقة {e.number}</b> <span>{esc(e.name)}</span> <span>{duration(e.minutes, False)}</span> <span>{e.aired.day} {MONTHS[e.aired.month - 1]} {e.aired.year}</span></li>' for e in ctx.episodes)
    return f'<section class="{c("episodes")}"><div role="tablist">{tabs}</div><ul>{items}</ul></section>'


def _plans(c: Classes, rng: random.Random) -> str:
    price = rng.choice(("29.99", "34.99", "49.99"))
    return (f'<section class="{c("plans")}"><h2>شاهد VIP</h2><ul><li>VIP <span>SAR {price}</span> / شهرياً</li>'
            f'<li>VIP | BigTime <span>AED {rng.randint(50, 90)}.99</span> / شهرياً</li></ul><p>إلغاء الاشتراك في أي وقت.</p></section>')


def _rail(ctx: Context, c: Classes, head: str) -> str:
    cards = "".join(f'<li class="{c("card")}"><a href="{o.path}"><img src="/p/{o.slug}.jpg" alt="{esc(o.title)}"></a><span>{o.year} • {o.rating or ""}</span></li>' for o in ctx.others[:4])
    return f'<section class="{c("rail")}"><h2>{head}</h2><ul>{cards}</ul></section>'


def _top(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<li class="{c("top")}"><span class="{c("rank")}">{i}</span><a href="{o.path}">{esc(o.title)}</a></li>' for i, o in enumerate(ctx.others[4:], 1))
    return f'<section class="{c("top10")}"><h2>أفضل 10 في السعودية اليوم</h2><ol>{cards}</ol></section>'


def _footer(c: Classes) -> str:
    links = ("من نحن", "الأسئلة الشائعة", "شروط الاستخدام", "سياسة الخصوصية", "اتصل بنا", "إعدادات ملفات تعريف الارتباط")
    return (f'<footer class="{c("footer")}"><ul>' + "".join(f'<li><a href="/f{i}">{x}</a></li>' for i, x in enumerate(links))
            + "</ul><p>© 2026 MBC GROUP. جميع الحقوق محفوظة</p></footer>")
