# ruff: noqa: E501  (HTML templates read best on one line)
"""Filimo: a Filimo-like Iranian streaming page, right to left (<html dir="rtl" lang="fa">), every
figure in Persian digits (۰-۹, '٬' between thousands). The <h1> is the Persian title (a
transliteration of the original), with the English original beside it in a <span lang="en">;
a meta line 'محصول ۱۹۹۵ · ۱ ساعت و ۵۱ دقیقه · بالای ۱۵ سال' (or '۱۱۱ دقیقه'; a show's with '۳
فصل'); '۸۵٪ رضایت' with '(از ۱٬۲۳۴ رأی)' beside an IMDb score without a count; a details list
('کارگردان', 'نویسنده', 'بازیگران' names, 'تهیه کننده' and 'آهنگساز' as traps, 'ژانر',
'کشور سازنده', 'رده سنی'); 'خلاصه داستان'; a show's episodes with their own runtimes;
subscription prices in toman as traps; comments; 'پیشنهادهای مشابه' rails. No tagline,
audience text, dates, money, studios, IMDb link, YouTube trailer, streaming block or schema.org."""

from __future__ import annotations

import random
from dataclasses import replace

from tests.heldout_sites2.kit import app_state, css, esc, grouped
from tests.heldout_sites2.records import Prose, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites9.common import (
    Classes,
    cookie_banner,
    look,
    no_characters,
    others_people,
    pick,
    rated,
    translate,
    transliterate,
)

NAME = "filimo"
DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
GENRES = {"Action": "اکشن", "Adventure": "ماجرایی", "Animation": "انیمیشن", "Comedy": "کمدی",
          "Crime": "جنایی", "Documentary": "مستند", "Drama": "درام", "Family": "خانوادگی",
          "Fantasy": "فانتزی", "History": "تاریخی", "Horror": "ترسناک", "Music": "موزیکال",
          "Mystery": "معمایی", "Romance": "عاشقانه", "Science Fiction": "علمی تخیلی",
          "Thriller": "هیجان انگیز", "War": "جنگی", "Western": "وسترن"}
COUNTRIES = {"United States": "آمریکا", "United Kingdom": "انگلستان", "France": "فرانسه",
             "Germany": "آلمان", "Japan": "ژاپن", "China": "چین", "South Korea": "کره جنوبی",
             "India": "هند", "Brazil": "برزیل", "Australia": "استرالیا", "Canada": "کانادا",
             "Spain": "اسپانیا", "Italy": "ایتالیا", "Mexico": "مکزیک", "Nigeria": "نیجریه",
             "Sweden": "سوئد", "Denmark": "دانمارک", "Argentina": "آرژانتین", "Iran": "ایران",
             "Poland": "لهستان"}
AGES = {"G": "همه سنین", "U": "همه سنین", "TV-Y": "همه سنین", "TV-G": "همه سنین",
        "FSK 0": "همه سنین", "PG": "بالای ۷ سال", "TV-PG": "بالای ۷ سال", "FSK 6": "بالای ۷ سال",
        "PG-13": "بالای ۱۲ سال", "12A": "بالای ۱۲ سال", "M": "بالای ۱۲ سال",
        "TV-14": "بالای ۱۲ سال", "FSK 12": "بالای ۱۲ سال", "R": "بالای ۱۵ سال",
        "15": "بالای ۱۵ سال", "MA15+": "بالای ۱۵ سال", "TV-MA": "بالای ۱۸ سال",
        "FSK 16": "بالای ۱۵ سال", "NC-17": "بالای ۱۸ سال", "18": "بالای ۱۸ سال",
        "R18+": "بالای ۱۸ سال", "FSK 18": "بالای ۱۸ سال"}
LETTERS = {"a": "ا", "b": "ب", "c": "ک", "d": "د", "e": "", "f": "ف", "g": "گ", "h": "ه",
           "i": "ی", "j": "ج", "k": "ک", "l": "ل", "m": "م", "n": "ن", "o": "و", "p": "پ",
           "q": "ک", "r": "ر", "s": "س", "t": "ت", "u": "و", "v": "و", "w": "و", "x": "کس",
           "y": "ی", "z": "ز"}
INITIAL = {"a": "آ", "e": "ا", "i": "ای", "o": "او", "u": "او"}
PROSE = Prose(
    verbs=("به سراغ", "در جستجوی", "در فرار از", "در دفاع از"),
    things=("روستایی غرق شده", "باغ خانوادگی", "فانوس دریایی قدیمی", "معدنی فراموش شده",
            "شهری مرزی", "آخرین کشتی"),
    synopsis=("{hero} {verb} {thing} می‌رود و درمی‌یابد که {other} هم {verb2} {thing2} است. "
              "در «{title}» وفاداری‌های قدیمی در یک فصل طولانی محک می‌خورند."),
    taglines=("همه چیز بهایی دارد.",),
    audiences=("تماشاگران بازی‌ها را ستوده‌اند.",))
# the English title each Persian one was made from, kept by fit for render (keyed by slug)
_ORIGINALS: dict[str, str] = {}


def persian(value: object) -> str:
    """'1,234' -> '۱٬۲۳۴': Persian digits and thousands separator."""
    return str(value).translate(DIGITS).replace(",", "٬")


def farsi_title(title: str) -> str:
    return transliterate(title.replace("&", "و"), LETTERS, INITIAL)


def fit(t: Title) -> Title:
    _ORIGINALS[t.slug] = t.title
    t = replace(t, title=farsi_title(t.title))
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES)
    t = replace(t, tagline=None, audience=None, released=None, budget=None, box_office=None,
                studios=(), studios_shown=0, imdb=None, trailer=None, streaming=None)
    return no_characters(t)


def duration(minutes: int, long: bool) -> str:
    """'۱ ساعت و ۵۱ دقیقه' or '۱۱۱ دقیقه'."""
    big, small = divmod(minutes, 60)
    if not long or not big:
        return f"{persian(minutes)} دقیقه"
    return f"{persian(big)} ساعت" + (f" و {persian(small)} دقیقه" if small else "")


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("fl", rng)
    blocks = [_details(t, c, rng), _plot(t, c), _episodes(ctx, c)]
    if rng.random() < 0.5:
        blocks[0], blocks[1] = blocks[1], blocks[0]
    return (f'<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>تماشای {esc(t.title)} | فیلیمو</title>'
            f'<link rel="canonical" href="{t.url}">{css("fl", t.slug, 100)}</head><body>'
            f'{cookie_banner(c("cookies"), "فیلیمو برای بهبود تجربه شما از کوکی استفاده می‌کند.", "قبول", "تنظیمات")}'
            f'{_nav(c)}<main class="{c("main")}">{_head(t, c, rng)}{"".join(blocks)}{_plans(c)}{_comments(ctx, c)}{_rails(ctx, c)}</main>'
            f'{_footer(c)}{app_state("__FILIMO__", ctx.others, {"dir": "rtl"})}</body></html>')


def _nav(c: Classes) -> str:
    items = ("خانه", "فیلم", "سریال", "کودک", "ایرانی", "خارجی", "دسته‌بندی")
    return (f'<header class="{c("header")}"><a href="/" class="{c("logo")}">فیلیمو</a><nav><ul>'
            + "".join(f'<li><a href="/c{i}">{x}</a></li>' for i, x in enumerate(items))
            + '</ul></nav><input type="search" placeholder="جستجوی فیلم، سریال، بازیگر" aria-label="جستجو"><a href="/login">ورود</a></header>')


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    english = f'<span lang="en" dir="ltr" class="{c("en-title")}">{esc(_ORIGINALS[t.slug])}</span>'
    meta = ([f"محصول {persian(t.year)}"] if t.year else []) + ([f"{persian(t.seasons)} فصل"] if t.seasons else [])
    meta += [duration(t.runtime, rng.random() < 0.5)] if t.runtime else []
    meta += [esc(t.rating)] if t.rating else []
    score = (f'<div class="{c("rate")}"><b>{persian(60 + len(t.slug) % 40)}٪</b> رضایت <span>(از {persian(grouped(t.votes))} رأی)</span></div>'
             if t.votes else f'<div class="{c("rate")}">هنوز رأیی ثبت نشده</div>')
    imdb = f'<div class="{c("imdb")}">IMDb {persian(f"{5 + len(t.title) % 4}.{len(t.slug) % 10}")}</div>'
    return (f'<section class="{c("movie-head")}"><h1 class="{c("title")}">{esc(t.title)}</h1>{english}'
            f'<ul class="{c("meta")}">{"".join(f"<li>{m}</li>" for m in meta)}</ul>{score}{imdb}'
            f'<a class="{c("play")}" href="/watch">{pick(rng, ("تماشا", "خرید اشتراک و تماشا", "پخش"))}</a></section>')


def _details(t: Title, c: Classes, rng: random.Random) -> str:
    producer, composer = others_people(t, rng, 2)
    rows: list[tuple[str, str]] = []
    if t.directors:
        rows.append(("کارگردان", "، ".join(map(esc, t.directors))))
    if t.writers:
        rows.append(("نویسنده", "، ".join(map(esc, t.writers))))
    if t.cast:
        rows.append(("بازیگران", "، ".join(esc(p.actor) for p in t.cast)))
    rows += [("تهیه کننده", esc(producer)), ("آهنگساز", esc(composer))]
    if t.genres:
        rows.append(("ژانر", "، ".join(map(esc, t.genres))))
    if t.countries:
        rows.append(("کشور سازنده", "، ".join(map(esc, t.countries))))
    if t.rating:
        rows.append(("رده سنی", esc(t.rating)))
    if rng.random() < 0.5:
        body = "<dl>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows) + "</dl>"
    else:
        body = "<ul>" + "".join(f'<li><span class="{c("label")}">{k}:</span> {v}</li>' for k, v in rows) + "</ul>"
    return f'<section class="{c("details")}"><h2>{pick(rng, ("عوامل", "مشخصات", "درباره"))}</h2>{body}</section>'


def _plot(t: Title, c: Classes) -> str:
    if not t.synopsis:
        return ""
    return f'<section class="{c("plot")}"><h2>خلاصه داستان</h2><p>{esc(t.synopsis)}</p></section>'


def _episodes(ctx: Context, c: Classes) -> str:
    if not ctx.episodes:
        return ""
    items = "".join(f"<li>فصل {persian(e.season)} قسمت {persian(e.number)}: <b lang=\"en\">{esc(e.name)}</b> · {persian(e.minutes)} دقیقه · کارگردان: {esc(e.director)}</li>"
                    for e in ctx.episodes)
    return f'<section class="{c("episodes")}"><h2>قسمت‌ها</h2><ol>{items}</ol></section>'


def _plans(c: Classes) -> str:
    plans = (("۱ ماهه", "۱۲۹٬۰۰۰"), ("۳ ماهه", "۳۴۹٬۰۰۰"), ("۱۲ ماهه", "۱٬۱۹۰٬۰۰۰"))
    items = "".join(f"<li>اشتراک {n}: {p} تومان</li>" for n, p in plans)
    return f'<section class="{c("plans")}"><h2>خرید اشتراک</h2><ul>{items}</ul></section>'


def _comments(ctx: Context, c: Classes) -> str:
    if not ctx.reviews:
        return ""
    items = "".join(f'<li><b>{esc(r.author)}</b> <span>{persian(r.score)} از ۱۰</span><p lang="en" dir="ltr">{esc(r.text)}</p></li>' for r in ctx.reviews)
    return f'<section class="{c("comments")}"><h2>نظرات کاربران</h2><ul>{items}</ul></section>'


def _rails(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a> <span>محصول {persian(o.year)}</span> <span>{persian(o.runtime or 97)} دقیقه</span>'
                    f' <span>{esc(o.rating or "")}</span> <span>(از {persian(grouped(o.votes or 1))} رأی)</span></li>' for o in ctx.others)
    return f'<section class="{c("similar")}"><h2>پیشنهادهای مشابه</h2><ul>{cards}</ul></section>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/about">درباره ما</a><a href="/terms">قوانین</a>'
            '<a href="/help">راهنما</a><p>© ۱۴۰۵ فیلیمو. تمامی حقوق محفوظ است.</p></footer>')
