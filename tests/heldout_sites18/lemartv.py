# ruff: noqa: E501  (HTML templates read best on one line)
"""Lemartv: a film or series page of Lemar TV, a Pashto television channel's site (Pashto,
right to left). The <h1>; on some pages the meta line '1995 · 16+ · 1 ساعت 51 دقیقې · ډرامه';
the score with '(1,234 رایې)' (one 'رایه') beside 'کتنې: 12,345' (views, a trap); 'لنډیز'; the
facts as ARIA term/definition <div>s, a definition list giving each name its own <dd>, or
paragraphs opening with a <dfn> label: 'لارښود', 'لیکوال', 'موسیقي', 'تولیدوونکی' and
'انځورګر' (traps), 'ژانر', 'هېواد', 'کال', 'موده: 111 دقیقې' (or '1 ساعت 51 دقیقې'; a series'
'هره برخه'), 'عمر' (the site's marks 0+, 7+, 13+, 16+, 18+), 'د خپرېدو نېټه: 27 اکتوبر 1995'
(or '1995/10/27') beside a later 'په لمر کې' (first shown on the channel, a trap), 'سټوډیو',
'فصلونه'; 'لوبغاړي'; the trailer; a series' episodes with their own lengths and directors; the
broadcast schedule with times (a trap); comments; 'ورته پروګرامونه'; a JSON-LD Movie on some
pages. No tagline, audience text, money, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites18.common import (
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

NAME = "lemartv"
# the Gregorian months as Afghan Pashto writes them, as the writer knew them
MONTHS = ("جنوري", "فبروري", "مارچ", "اپرېل", "مۍ", "جون", "جولای", "اګست", "سپتمبر",
          "اکتوبر", "نومبر", "دسمبر")
GENRES = {"Action": "اکشن", "Adventure": "ماجرا", "Animation": "انیمیشن", "Comedy": "کمیډي",
          "Crime": "جنايي", "Documentary": "مستند", "Drama": "ډرامه", "Family": "کورنۍ",
          "Fantasy": "خیالي", "History": "تاریخي", "Horror": "وېروونکی", "Music": "موسیقي فلم",
          "Mystery": "پراسرار", "Romance": "رومانتیک", "Science Fiction": "علمي تخیلي",
          "Thriller": "تریلر", "War": "جګړه", "Western": "وسترن"}
COUNTRIES = {"United States": "امریکا", "United Kingdom": "بریتانیا", "France": "فرانسه",
             "Germany": "جرمني", "Japan": "جاپان", "China": "چین", "South Korea": "سوېلي کوریا",
             "India": "هند", "Brazil": "برازیل", "Australia": "آسټرالیا", "Canada": "کاناډا",
             "Spain": "هسپانیه", "Italy": "ایټالیا", "Mexico": "مکسیکو", "Nigeria": "نایجیریا",
             "Sweden": "سویډن", "Denmark": "ډنمارک", "Argentina": "ارجنټاین", "Iran": "ایران",
             "Poland": "پولنډ"}
# no national board: the site's own age marks
AGES = ages("0+", "7+", "13+", "16+", "18+")
PROSE = Prose(
    verbs=("بېرته راځي", "په میراث وړي", "لټوي", "تښتي", "ساتي", "له لاسه ورکوي"),
    things=("ډوب شوي کلي ته", "د کورنۍ باغ ته", "زاړه برج ته", "پرېښودل شوي کان ته",
            "سرحدي ښارګوټي ته", "وروستۍ بېړۍ ته"),
    synopsis=("{hero} {thing} {verb} او پوهېږي چې {other} هم {thing2} {verb2}. "
              "په «{title}» کې یو اوږد فصل زاړه وفاداري ازمويي."),
    taglines=("هر شی خپله بیه لري.",), audiences=("لیدونکو د لوبغاړو ستاینه کړې.",))
CHROME = Chrome("ps", "لمر", ("کور", "فلمونه", "سریالونه", "خبرونه", "مهالوېش", "لټون"),
                ("موږ کوکیز کاروو.", "منل", "تنظیمات"),
                ("زموږ په اړه", "اړیکه", "شرایط", "محرمیت"), "© 2026 Lemar TV", "__LEMAR__", rtl=True)
WORDS = Words(
    {"director": "لارښود", "writer": "لیکوال", "music": "موسیقي", "producer": "تولیدوونکی",
     "camera": "انځورګر", "genre": "ژانر", "country": "هېواد", "year": "کال", "runtime": "موده",
     "rating": "عمر", "seasons": "فصلونه", "released": "د خپرېدو نېټه", "studio": "سټوډیو",
     "budget": "", "box_office": ""},
    {"about": "لنډیز", "details": "معلومات", "cast": "لوبغاړي", "trailer": "ټریلر",
     "episodes": "برخې", "reviews": "نظرونه", "no_reviews": "تر اوسه نظر نشته.",
     "rail": "ورته پروګرامونه"})


def neta(d: date, long: bool) -> str:
    """'27 اکتوبر 1995' or '1995/10/27'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.year}/{d.month:02d}/{d.day:02d}"


def moda(n: int, long: bool) -> str:
    """'1 ساعت 51 دقیقې', '2 ساعته' or '111 دقیقې' (one 'دقیقه')."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} {'دقیقه' if n == 1 else 'دقیقې'}"
    return f"{big} {'ساعت' if big == 1 else 'ساعته'}" + (f" {small} دقیقې" if small else "")


def raye(n: int) -> str:
    """'(1 رایه)', '(1,234 رایې)'."""
    return f"({grouped(n)} {'رایه' if n == 1 else 'رایې'})"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>{e.season} فصل، {e.number} برخه · {moda(e.minutes, long)} · {neta(e.aired, long)}</p><p>لارښود: {esc(e.director)}</p>"


def _schedule(t: Title, c: Classes, rng: random.Random) -> str:
    if rng.random() < 0.3:
        return ""
    days = ("شنبه", "یکشنبه", "دوشنبه", "سه شنبه", "چهارشنبه", "پنجشنبه", "جمعه")
    rows = "".join(f"<li>{day} <time>{rng.randint(8, 23)}:{rng.choice(('00', '30'))}</time></li>" for day in rng.sample(days, 2))
    return f'<section class="{c("schedule")}"><h2>د خپرونې وخت</h2><ul>{rows}</ul></section>'


def _money(m: Money) -> str:
    return ""


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    """The language (dubbed or not): a fact the record has no key for."""
    return [("ژبه", pick(rng, ("پښتو", "پښتو ډوبله", "پښتو ژباړه")))]


SITE = Site(NAME, "lm", CHROME, WORDS, neta, moda, " هره برخه", raye, _money,
            lambda n: f"کتنې: {grouped(n)}", _episode, _schedule, ("terms", "multidd", "dfn"),
            frozenset({"tagline", "audience_summary", "budget", "box_office", "imdb_id",
                       "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.4, later="په لمر کې", extra_rows=_more, cta="وګورئ")


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
