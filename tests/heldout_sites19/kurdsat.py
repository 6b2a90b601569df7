# ruff: noqa: E501  (HTML templates read best on one line)
"""Kurdsat: a drama series or film page of Kurdsat, a Kurdish satellite channel's site (Central
Kurdish, Sorani, right to left). A backdrop; the <h1> (in an <hgroup> with the meta line on some
deploys); the score with '(1,234 دەنگ)' beside 'بینین: 12,345' (views, a trap); 'کورتە'; the
facts as a row of icon <img>s whose alt text is the only label, custom elements whose label is
a `label` attribute the stylesheet shows, or a <pre> block of padded 'Label : value' lines:
'دەرهێنەر', 'نووسەر', 'مۆسیقا', 'بەرهەمهێنەر' and 'وێنەگر' (traps), 'جۆر', 'وڵات', 'ساڵ',
'ماوە: 111 خولەک' or, on pages that write Eastern Arabic digits, '١ کاتژمێر و ٥١ خولەک' (a
series' 'بۆ هەر ئەڵقەیەک'), 'تەمەن' (the site's marks گشتی, 7+, 12+, 15+, 18+), 'ڕێکەوتی
بڵاوبوونەوە: ٢٧ی تشرینی یەکەمی ١٩٩٥' (or '1995/10/27') beside a later 'لە کوردسات' (first shown
on the channel, a trap), 'کۆمپانیا', 'بودجە: $3,600,000', 'داهات', 'وەرزەکان', 'زمان';
'ئەکتەران'; the trailer; a series' episodes with their own lengths and directors; the broadcast
times (a trap); comments; 'هاوشێوە'; a JSON-LD Movie on some pages. No tagline, audience text,
IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped, money_symbol
from tests.heldout_sites2.records import Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites19.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    no_characters,
    pick,
    rated,
    render_site,
    translate,
)

NAME = "kurdsat"
# the Syriac-derived month names used in Iraqi Kurdistan, as the writer knew them
MONTHS = ("کانوونی دووەم", "شوبات", "ئازار", "نیسان", "ئایار", "حوزەیران", "تەممووز", "ئاب",
          "ئەیلوول", "تشرینی یەکەم", "تشرینی دووەم", "کانوونی یەکەم")
DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
GENRES = {"Action": "ئاکشن", "Adventure": "سەرکێشی", "Animation": "ئەنیمەیشن", "Comedy": "کۆمیدی",
          "Crime": "تاوان", "Documentary": "دیکۆمێنتاری", "Drama": "دراما", "Family": "خێزانی",
          "Fantasy": "فەنتازی", "History": "مێژوویی", "Horror": "ترسناک", "Music": "مۆسیقایی",
          "Mystery": "نهێنی", "Romance": "ڕۆمانسی", "Science Fiction": "زانستی خەیاڵی",
          "Thriller": "هەیەجان", "War": "جەنگ", "Western": "ڕۆژئاوایی"}
COUNTRIES = {"United States": "ئەمریکا", "United Kingdom": "بەریتانیا", "France": "فەرەنسا",
             "Germany": "ئەڵمانیا", "Japan": "ژاپۆن", "China": "چین", "South Korea": "کۆریای باشوور",
             "India": "هیندستان", "Brazil": "بەرازیل", "Australia": "ئوسترالیا", "Canada": "کەنەدا",
             "Spain": "ئیسپانیا", "Italy": "ئیتاڵیا", "Mexico": "مەکسیک", "Nigeria": "نایجیریا",
             "Sweden": "سوید", "Denmark": "دانیمارک", "Argentina": "ئەرجەنتین", "Iran": "ئێران",
             "Poland": "پۆڵەندا"}
# no board: the site's own marks ('گشتی' = general audience)
AGES = ages("گشتی", "7+", "12+", "15+", "18+")
PROSE = Prose(
    verbs=("دەگەڕێتەوە بۆ", "بە میرات دەگرێت", "بەدوای دەگەڕێت", "هەڵدێت لە", "پاسەوانی دەکات", "لەدەستی دەدات"),
    things=("گوندێکی نوقمبوو", "باخی خێزان", "فانۆسێکی کۆن", "شارۆچکەیەکی سنوور",
            "دوایین کەشتی", "بازاڕی زستان"),
    synopsis=("{hero} {verb} {thing} و دەزانێت کە {other}یش {verb2} {thing2}. "
              "لە «{title}»دا دڵسۆزییە کۆنەکان بۆ ماوەیەکی درێژ تاقی دەکرێنەوە."),
    taglines=("هەموو شتێک نرخی خۆی هەیە.",), audiences=("بینەران ستایشی ئەکتەرەکانیان کرد.",))
CHROME = Chrome("ckb", "کوردسات", ("سەرەکی", "زنجیرەکان", "فیلمەکان", "خشتەی پەخش", "هەواڵ", "گەڕان"),
                ("ئێمە کووکی بەکاردەهێنین.", "قبووڵکردن", "ڕێکخستنەکان"),
                ("دەربارەی ئێمە", "پەیوەندی", "مەرجەکان", "تایبەتمەندی"), "© 2026 Kurdsat", "__KURDSAT__", rtl=True)
WORDS = Words(
    {"director": "دەرهێنەر", "writer": "نووسەر", "music": "مۆسیقا", "producer": "بەرهەمهێنەر",
     "camera": "وێنەگر", "genre": "جۆر", "country": "وڵات", "year": "ساڵ", "runtime": "ماوە",
     "rating": "تەمەن", "seasons": "وەرزەکان", "released": "ڕێکەوتی بڵاوبوونەوە",
     "studio": "کۆمپانیا", "budget": "بودجە", "box_office": "داهات"},
    {"about": "کورتە", "details": "زانیاری", "cast": "ئەکتەران", "trailer": "ترەیلەر",
     "episodes": "ئەڵقەکان", "reviews": "بۆچوونەکان", "no_reviews": "هێشتا هیچ بۆچوونێک نییە.",
     "rail": "هاوشێوە"})


def eastern(text: str) -> str:
    return text.translate(DIGITS)


def rekewt(d: date, long: bool) -> str:
    """'٢٧ی تشرینی یەکەمی ١٩٩٥' (Eastern Arabic digits) or '1995/10/27'."""
    if long:
        return eastern(f"{d.day}ی {MONTHS[d.month - 1]}ی {d.year}")
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def mawe(n: int, long: bool) -> str:
    """'١ کاتژمێر و ٥١ خولەک', '٢ کاتژمێر' (Eastern Arabic digits) or '111 خولەک'."""
    big, small = divmod(n, 60)
    if not long:
        return f"{n} خولەک"
    if not big:
        return eastern(f"{n} خولەک")
    return eastern(f"{big} کاتژمێر" + (f" و {small} خولەک" if small else ""))


def dengi(n: int) -> str:
    """'(1,234 دەنگ)'."""
    return f"({grouped(n)} دەنگ)"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>وەرزی {e.season}، ئەڵقەی {e.number} · {mawe(e.minutes, long)} · {rekewt(e.aired, long)}</p><p>دەرهێنەر: {esc(e.director)}</p>"


def _schedule(t: Title, c: Classes, rng: random.Random) -> str:
    if rng.random() < 0.3:
        return ""
    days = ("شەممە", "یەکشەممە", "دووشەممە", "سێشەممە", "چوارشەممە", "پێنجشەممە", "هەینی")
    rows = "".join(f"<li>{day} <time>{rng.randint(8, 22)}:{rng.choice(('00', '30'))}</time></li>" for day in rng.sample(days, 2))
    return f'<section class="{c("schedule")}"><h2>کاتی پەخش</h2><ul>{rows}</ul></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    """The language (dubbed or not): a fact the record has no key for."""
    return [("زمان", pick(rng, ("کوردی", "دۆبلاژی کوردی", "تورکی، ژێرنووسی کوردی")))]


SITE = Site(NAME, "ks", CHROME, WORDS, rekewt, mawe, " بۆ هەر ئەڵقەیەک", dengi, money_symbol,
            lambda n: f"بینین: {grouped(n)}", _episode, _schedule, ("icons", "custom", "pre"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.3, later="لە کوردسات", extra_rows=_more, cta="سەیرکردن")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
