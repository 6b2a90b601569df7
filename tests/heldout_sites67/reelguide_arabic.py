# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide العربية (ReelGuide's Arabic edition, ar, right to left, dir="rtl"): a poster; the <h1>
(the meta line under it on some pages); 'القصة'; the ticket button; the facts as data rows
('<span>Label:</span> value'), a table with a th label per row, or a definition list: 'إخراج',
'تأليف', 'موسيقى', 'المنتج', 'تصوير سينمائي' (traps), 'النوع', 'بلد الإنتاج', 'سنة الإصدار',
'المدة: ١ ساعة و٥١ دقيقة' (Eastern Arabic digits; or '111 دقيقة' in ASCII digits; a series' '
للحلقة'), 'التصنيف العمري' (the UAE's 'G', 'PG', 'PG13', '15+', '18+'), 'عدد المواسم',
'تاريخ العرض: ٢٧ أكتوبر ١٩٩٥' (Eastern Arabic digits; or '27/10/1995') beside a later 'أول عرض
على المنصات' (a trap), 'شركة الإنتاج', 'اللغة' and 'التوزيع' rows (no record key); 'طاقم
التمثيل'; the trailer; a series' episodes; the lists widget with counts and a ticket price in
dirhams (traps); 'مراجعات'; 'عناوين مشابهة'; a JSON-LD on some pages. '1,234 تقييم' beside
'12,345 يريدون المشاهدة' (a trap). No tagline, audience text, money or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites67.common import (
    Chrome,
    Site,
    Words,
    ages,
    arabic,
    episode_line,
    fit_rng,
    hide,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_on,
    translate,
    widget,
)

NAME = "reelguide_arabic"
HOST = "ar.reelguide.example"
BOARD = ages("G", "PG", "PG13", "15+", "18+")
GENRES = {
    "Action": "أكشن",
    "Adventure": "مغامرة",
    "Animation": "رسوم متحركة",
    "Comedy": "كوميديا",
    "Crime": "جريمة",
    "Documentary": "وثائقي",
    "Drama": "دراما",
    "Family": "عائلي",
    "Fantasy": "فانتازيا",
    "History": "تاريخي",
    "Horror": "رعب",
    "Music": "موسيقي",
    "Mystery": "غموض",
    "Romance": "رومانسي",
    "Science Fiction": "خيال علمي",
    "Thriller": "إثارة",
    "War": "حربي",
    "Western": "ويسترن",
}
COUNTRIES = {
    "United States": "الولايات المتحدة",
    "United Kingdom": "المملكة المتحدة",
    "France": "فرنسا",
    "Germany": "ألمانيا",
    "Japan": "اليابان",
    "China": "الصين",
    "South Korea": "كوريا الجنوبية",
    "India": "الهند",
    "Brazil": "البرازيل",
    "Australia": "أستراليا",
    "Canada": "كندا",
    "Spain": "إسبانيا",
    "Italy": "إيطاليا",
    "Mexico": "المكسيك",
    "Nigeria": "نيجيريا",
    "Sweden": "السويد",
    "Denmark": "الدنمارك",
    "Argentina": "الأرجنتين",
    "Iran": "إيران",
    "Poland": "بولندا",
}
MONTHS = (
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
)
PROSE = Prose(
    verbs=("يعود إلى", "يرث", "يبحث عن", "يهرب من", "يحرس"),
    things=("قرية غارقة", "بستان العائلة", "منارة قديمة", "منجم مهجور", "بلدة حدودية"),
    synopsis="{hero} {verb} {thing}، ليكتشف أن {other} {verb2} {thing2} أيضًا. يروي {title} حكاية وفاء قديم يُمتحن خلال موسم طويل.",
    taglines=("-",),
    audiences=("-",),
)
CHROME = Chrome(
    "ar",
    "ReelGuide العربية",
    ("أفلام", "مسلسلات", "في السينما", "بث", "تسجيل الدخول"),
    ("نستخدم ملفات تعريف الارتباط لحفظ إعداداتك.", "موافق", "الخصوصية"),
    ("من نحن", "أعلن معنا", "اتصل بنا", "الخصوصية", "الشروط"),
    "© 2026 ReelGuide العربية",
    "__REELGUIDE_AR_STATE__",
    rtl=True,
)
WORDS = Words(
    {
        "director": "إخراج",
        "writer": "تأليف",
        "music": "موسيقى",
        "producer": "المنتج",
        "camera": "تصوير سينمائي",
        "genre": "النوع",
        "country": "بلد الإنتاج",
        "year": "سنة الإصدار",
        "runtime": "المدة",
        "rating": "التصنيف العمري",
        "seasons": "عدد المواسم",
        "released": "تاريخ العرض",
        "studio": "شركة الإنتاج",
        "budget": "الميزانية",
        "box_office": "الإيرادات",
    },
    {
        "about": "القصة",
        "details": "تفاصيل العمل",
        "cast": "طاقم التمثيل",
        "trailer": "الإعلان الرسمي",
        "episodes": "الحلقات",
        "reviews": "مراجعات",
        "no_reviews": "لا توجد مراجعات بعد.",
        "rail": "عناوين مشابهة",
    },
)


def date_(d: date, long: bool) -> str:
    """'٢٧ أكتوبر ١٩٩٥' (Eastern Arabic digits) or '27/10/1995'."""
    if long:
        return arabic(f"{d.day} {MONTHS[d.month - 1]} {d.year}")
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def running(n: int, long: bool) -> str:
    """'١ ساعة و٥١ دقيقة' (Eastern Arabic digits) or '111 دقيقة'."""
    big, small = divmod(n, 60)
    if long and big:
        return arabic(f"{big} ساعة" + (f" و{small} دقيقة" if small else ""))
    return f"{n} دقيقة"


def votes(n: int) -> str:
    return f"{n:,} تقييم"


def views(n: int) -> str:
    return f"{n:,} يريدون المشاهدة"


def money(m: Money) -> str:  # never shown
    return f"{m.amount:,} {m.currency}"


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("اللغة", pick(rng, ("الإنجليزية", "الإنجليزية مع ترجمة عربية"))),
            (
                "التوزيع",
                pick(rng, ("الشركة المتحدة للتوزيع", "دار النجوم للتوزيع", "أفلام الخليج")),
            ),
        ]
    )


SITE = Site(
    NAME,
    "rgar",
    CHROME,
    WORDS,
    date_,
    running,
    " للحلقة",
    votes,
    money,
    views,
    episode_line("الحلقة", "إخراج:", running, date_),
    widget("قوائمي", ("أشاهده", "أريد مشاهدته", "شاهدته", "المفضلة"), "التذاكر من 45 درهمًا"),
    ("reelguide_arabic-bayanat", "reelguide_arabic-jadwal", "dl"),
    frozenset(["audience_summary", "streaming", "tagline", "budget", "box_office"]),
    ("director", "author", "genre", "datePublished", "numberOfSeasons", "aggregateRating"),
    0.4,
    later="أول عرض على المنصات",
    extra_rows=_more,
    cta="احجز تذاكرك",
    art="poster",
    meta_sep=" · ",
)


def fit(t: Title) -> Title:
    t = translate(localize(t, PROSE), GENRES, COUNTRIES)
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this edition's words, formats and components, on its
    own host, right to left."""
    return render_on(SITE, HOST, t, ctx)
