# ruff: noqa: E501  (HTML templates read best on one line)
"""Elcinema: an elCinema-like Arabic page, right to left (<html lang="ar" dir="rtl">). The <h1>
with the year in a link after it on some deploys; a kind line ('فيلم' / 'مسلسل'); a list of
Arabic labels ('تاريخ العرض' '27 أكتوبر 1995', 'مدة العرض' '111 دقيقة' or in Arabic-Indic
digits '١١١ دقيقة', 'التصنيف الرقابي' '+16', 'النوع', 'بلد الإنتاج', 'شركات الإنتاج' with 'و 2
أخرى', 'عدد المواسم'); the user score '7.2 (1,234 تقييم)' (Arabic-Indic digits on some
deploys); 'ملخص القصة'; 'إخراج', 'تأليف', 'بطولة' with 'في دور' characters, and 'إنتاج' and
'موسيقى' as traps; 'مشاهدة' streaming box; showtimes in cinemas with prices in جنيه; 'أعمال
مشابهة' rails; a JSON-LD on some deploys. No tagline, audience text, money or IMDb link."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from typing import Any

from tests.heldout_sites2.kit import app_state, css, esc, grouped, json_ld, ld_type
from tests.heldout_sites2.records import Prose, Streaming, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites7.common import (
    Classes,
    cookie_banner,
    fit_rng,
    look,
    others_people,
    pick,
    rated,
    translate,
)

NAME = "elcinema"
MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
          "أكتوبر", "نوفمبر", "ديسمبر")
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
GENRES = {"Action": "أكشن", "Adventure": "مغامرة", "Animation": "رسوم متحركة", "Comedy": "كوميدي",
          "Crime": "جريمة", "Documentary": "وثائقي", "Drama": "دراما", "Family": "عائلي",
          "Fantasy": "فانتازيا", "History": "تاريخي", "Horror": "رعب", "Music": "موسيقي",
          "Mystery": "غموض", "Romance": "رومانسي", "Science Fiction": "خيال علمي",
          "Thriller": "إثارة", "War": "حربي", "Western": "غربي"}
COUNTRIES = {"United States": "الولايات المتحدة", "United Kingdom": "المملكة المتحدة",
             "France": "فرنسا", "Germany": "ألمانيا", "Japan": "اليابان", "China": "الصين",
             "South Korea": "كوريا الجنوبية", "India": "الهند", "Brazil": "البرازيل",
             "Australia": "أستراليا", "Canada": "كندا", "Spain": "إسبانيا", "Italy": "إيطاليا",
             "Mexico": "المكسيك", "Nigeria": "نيجيريا", "Sweden": "السويد", "Denmark": "الدنمارك",
             "Argentina": "الأرجنتين", "Iran": "إيران", "Poland": "بولندا"}
# the Egyptian censorship's age marks for the certificates the generator draws
AGES = {"G": "للجميع", "U": "للجميع", "TV-Y": "للجميع", "TV-G": "للجميع", "FSK 0": "للجميع",
        "PG": "+12", "TV-PG": "+12", "FSK 6": "+12", "PG-13": "+12", "12A": "+12", "M": "+12",
        "TV-14": "+12", "FSK 12": "+12", "R": "+16", "15": "+16", "MA15+": "+16", "TV-MA": "+16",
        "FSK 16": "+16", "NC-17": "+18", "18": "+18", "R18+": "+18", "FSK 18": "+18"}
PROSE = Prose(
    verbs=("يعود إلى", "يرث", "يبحث عن", "يهرب من", "يحرس", "يكتشف", "يفقد", "يعيد بناء"),
    things=("قرية غمرتها المياه", "بستان العائلة", "كمان مسروق", "منارة قديمة", "سيرك مفلس",
            "آخر عبّارة", "منجم منسي", "بلدة حدودية"),
    synopsis=("{hero} {verb} {thing} ليجد أن {other} {verb2} {thing2} أيضًا. في {title} تُختبر "
              "الولاءات القديمة على مدى موسم طويل، ولا شيء يعود كما كان."),
    taglines=("لكل شيء ثمن.",),
    audiences=("يحبه الجمهور.",))


def _indic(t: Title) -> bool:
    """This deploy prints counts and durations in Arabic-Indic digits."""
    return fit_rng(NAME, t, "indic").random() < 0.5


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES)
    return replace(t, tagline=None, audience=None, budget=None, box_office=None, imdb=None)


def digits(text: str, indic: bool) -> str:
    return text.translate(INDIC) if indic else text


def day(d: date, indic: bool = False) -> str:
    return digits(f"{d.day} {MONTHS[d.month - 1]} {d.year}", indic)


def minutes(n: int, indic: bool) -> str:
    return digits(f"{n} دقيقة", indic)


def votes(n: int, indic: bool) -> str:
    return digits(f"({grouped(n)} تقييم)", indic).replace(",", "٬" if indic else ",")


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("ec", rng)
    indic = _indic(t)
    ld = _ld(t) if rng.random() < 0.5 else ""
    blocks = [_facts(t, c, rng, indic), _story(t, c), _people(t, c, rng), _watch(t.streaming, c)]
    if rng.random() < 0.5:
        blocks[0], blocks[1] = blocks[1], blocks[0]
    return (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(t.title)} - elCinema.com</title>'
            f'<link rel="canonical" href="{t.url}">{css("ec", t.slug, 90)}{ld}</head><body>'
            f'{cookie_banner(c("cookies"), "نستخدم ملفات تعريف الارتباط لتحسين تجربتك.", "موافق", "الإعدادات")}'
            f'{_nav(c)}<main class="{c("main")}">{_hero(t, c, rng, indic)}{"".join(blocks)}{_showtimes(t, c, rng)}{_rails(ctx, c, indic)}</main>'
            f'{_footer(c)}{app_state("__ELC_STATE__", ctx.others, {"lang": "ar"})}</body></html>')


def _ld(t: Title) -> str:
    data: dict[str, Any] = {"@type": ld_type(t), "name": t.title, "url": t.url}
    if t.released:
        data["datePublished"] = t.released.isoformat()
    if t.genres:
        data["genre"] = list(t.genres)
    if t.directors:
        data["director"] = [{"@type": "Person", "name": d} for d in t.directors]
    return json_ld(data)


def _nav(c: Classes) -> str:
    items = ("الرئيسية", "أفلام", "مسلسلات", "مواعيد العرض", "الإيرادات", "أخبار")
    return (f'<header class="{c("top-bar")}"><a href="/ar/">السينما.كوم</a><nav><ul>'
            + "".join(f'<li><a href="/ar/{i}/">{x}</a></li>' for i, x in enumerate(items))
            + '</ul></nav><input type="search" placeholder="ابحث عن فيلم أو مسلسل أو شخص"></header>')


def _hero(t: Title, c: Classes, rng: random.Random, indic: bool) -> str:
    year = f' <a href="/ar/index/work/release_year/{t.year}/">{t.year}</a>' if t.year and rng.random() < 0.5 else ""
    out = f'<div class="{c("intro-box")}"><h1 class="{c("jumbo")}"><span class="{c("left")}">{esc(t.title)}</span>{year}</h1>'
    out += f'<p class="{c("kind")}">{"مسلسل" if t.kind == "show" else "فيلم"}</p>'
    if t.votes:
        out += f'<div class="{c("stars-rating-lg")}"><span>تقييم المستخدمين</span> <span>{digits(f"{5 + len(t.slug) % 4}.{len(t.title) % 10}", indic)}</span> <span>{votes(t.votes, indic)}</span></div>'
    if t.trailer:
        out += f'<div class="{c("trailer")}"><iframe title="إعلان" src="https://www.youtube.com/embed/{t.trailer}"></iframe></div>'
    return out + "</div>"


def _facts(t: Title, c: Classes, rng: random.Random, indic: bool) -> str:
    rows = []
    if t.released:
        rows.append(("تاريخ العرض" if t.kind == "movie" else "تاريخ أول عرض", day(t.released, indic)))
    elif t.year:
        rows.append(("سنة الإنتاج", str(t.year)))
    if t.runtime:
        rows.append(("مدة العرض" if t.kind == "movie" else "مدة الحلقة", minutes(t.runtime, indic)))
    if t.rating:
        rows.append(("التصنيف الرقابي", f'<span dir="ltr">{esc(t.rating)}</span>'))
    if t.genres:
        rows.append(("النوع", "، ".join(f'<a href="/ar/index/work/genre/{i}/">{esc(g)}</a>' for i, g in enumerate(t.genres))))
    if t.countries:
        rows.append(("بلد الإنتاج", "، ".join(map(esc, t.countries))))
    if t.studios:
        more = f" و {t.more_studios} أخرى" if t.more_studios else ""
        rows.append(("شركات الإنتاج", "، ".join(map(esc, t.shown_studios)) + more))
    if t.seasons:
        rows.append(("عدد المواسم", str(t.seasons)))
    rows.append(("اللغة", pick(rng, ("العربية", "الإنجليزية", "الفرنسية"))))
    if rng.random() < 0.4:
        rows.reverse()
    body = "".join(f'<li><span class="{c("label")}">{k}:</span> <span>{v}</span></li>' for k, v in rows)
    return f'<ul class="{c("list-separator")}">{body}</ul>'


def _story(t: Title, c: Classes) -> str:
    if not t.synopsis:
        return ""
    return f'<div class="{c("story")}"><h3>ملخص القصة</h3><p>{esc(t.synopsis)}</p></div>'


def _people(t: Title, c: Classes, rng: random.Random) -> str:
    producer, music = others_people(t, rng, 2)
    crew = ([("إخراج", d) for d in t.directors] + [("تأليف", w) for w in t.writers]
            + [("إنتاج", producer), ("موسيقى", music)])
    rows = "".join(f'<li><span class="{c("role")}">{role}:</span> <a href="/ar/person/{i}/">{esc(n)}</a></li>' for i, (role, n) in enumerate(crew))
    cast = "".join(f'<li><a href="/ar/person/{100 + i}/">{esc(p.actor)}</a>' + (f' <span>في دور {esc(p.character)}</span>' if p.character else "") + "</li>"
                   for i, p in enumerate(t.cast))
    return (f'<div class="{c("cast-crew")}"><h3>صناع العمل</h3><ul>{rows}</ul>'
            + (f"<h3>بطولة</h3><ul>{cast}</ul>" if t.cast else "") + "</div>")


def _watch(s: Streaming | None, c: Classes) -> str:
    if s is None:
        return ""
    if not s.counted:
        return f'<div class="{c("watch")}"><h3>مشاهدة</h3><p>غير متاح للمشاهدة حاليًا.</p></div>'
    n = len(s.platforms)
    head = f"متاح على {n} منصات" if s.available else f"غير متاح على أي من المنصات ({n})"
    items = "".join(f"<li>{esc(p)}</li>" for p in s.platforms)
    return f'<div class="{c("watch")}"><h3>مشاهدة</h3><p>{head}</p><ul>{items}</ul><small>آخر تحديث {day(s.verified_on)}</small></div>'


def _showtimes(t: Title, c: Classes, rng: random.Random) -> str:
    if t.kind == "show":
        return ""
    cinemas = ("سينما أمير", "فوكس سينما سيتي ستارز", "زاوية", "سينما رينيسانس", "فاميلي سينما")
    rows = "".join(f"<li><b>{x}</b> " + " ".join(f"<span>{h}:{pick(rng, ('00', '30'))}</span>" for h in sorted(rng.sample(range(13, 24), 3)))
                   + f" <span>{rng.choice((120, 150, 180))} جنيه</span></li>" for x in rng.sample(cinemas, 3))
    return f'<div class="{c("showtimes")}"><h3>مواعيد العرض</h3><ul>{rows}</ul></div>'


def _rails(ctx: Context, c: Classes, indic: bool) -> str:
    cards = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a> <span>{o.year}</span> <span>{minutes(o.runtime or 97, indic)}</span>'
                    f' <span dir="ltr">{esc(o.rating or "")}</span> <span>{votes(o.votes or 1, indic)}</span></li>' for o in ctx.others)
    return f'<div class="{c("similar")}"><h3>أعمال مشابهة</h3><ul>{cards}</ul></div>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/ar/about/">من نحن</a><a href="/ar/privacy/">سياسة الخصوصية</a>'
            '<a href="/ar/contact/">اتصل بنا</a><p>© 2026 السينما.كوم</p></footer>')
