# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide فارسی (ReelGuide's Persian edition, fa, right to left, dir="rtl", every number in
Persian digits): a poster; the <h1> (the meta line under it on some pages); 'خلاصه داستان'; the
ticket button; the facts as lines ('<span>Label:</span> value'), a two-cell table or CSS
captions: 'کارگردان', 'نویسنده', 'آهنگساز', 'تهیه‌کننده', 'فیلمبردار' (traps), 'ژانر', 'کشور
سازنده', 'سال انتشار: ۱۹۹۵', 'مدت زمان: ۱ ساعت و ۵۱ دقیقه' (or '۱۱۱ دقیقه'; a series' ' هر
قسمت'), 'رده سنی' ('مناسب همه سنین', 'بالای ۷ سال', 'بالای ۱۳ سال', 'بالای ۱۷ سال', 'بالای ۱۸
سال'), 'تعداد فصل‌ها', 'تاریخ اکران: ۲۷ اکتبر ۱۹۹۵' (the Gregorian date with its Persian month
name; or '۱۹۹۵/۱۰/۲۷', year first) beside a later 'پخش تلویزیونی' (a trap), 'شرکت تولید',
'زبان' and 'پخش‌کننده' rows (no record key); 'بازیگران'; the trailer; a series' episodes; the
lists widget with counts and a ticket price in toman (traps); 'نقد و نظر'; 'عنوان‌های مشابه';
a JSON-LD on some pages. '۱٬۲۳۴ رأی' beside '۱۲٬۳۴۵ نفر می‌خواهند ببینند' (a trap). No
tagline, audience text, money or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites67.common import (
    DIGITS,
    Chrome,
    Site,
    Words,
    ages,
    episode_line,
    fit_rng,
    hide,
    no_characters,
    persian,
    pick,
    plain_rows,
    rated,
    render_on,
    translate,
    widget,
)

NAME = "reelguide_persian"
HOST = "fa.reelguide.example"
BOARD = ages("مناسب همه سنین", "بالای ۷ سال", "بالای ۱۳ سال", "بالای ۱۷ سال", "بالای ۱۸ سال")
GENRES = {
    "Action": "اکشن",
    "Adventure": "ماجراجویی",
    "Animation": "انیمیشن",
    "Comedy": "کمدی",
    "Crime": "جنایی",
    "Documentary": "مستند",
    "Drama": "درام",
    "Family": "خانوادگی",
    "Fantasy": "فانتزی",
    "History": "تاریخی",
    "Horror": "ترسناک",
    "Music": "موزیکال",
    "Mystery": "معمایی",
    "Romance": "عاشقانه",
    "Science Fiction": "علمی تخیلی",
    "Thriller": "هیجان‌انگیز",
    "War": "جنگی",
    "Western": "وسترن",
}
COUNTRIES = {
    "United States": "آمریکا",
    "United Kingdom": "انگلستان",
    "France": "فرانسه",
    "Germany": "آلمان",
    "Japan": "ژاپن",
    "China": "چین",
    "South Korea": "کره جنوبی",
    "India": "هند",
    "Brazil": "برزیل",
    "Australia": "استرالیا",
    "Canada": "کانادا",
    "Spain": "اسپانیا",
    "Italy": "ایتالیا",
    "Mexico": "مکزیک",
    "Nigeria": "نیجریه",
    "Sweden": "سوئد",
    "Denmark": "دانمارک",
    "Argentina": "آرژانتین",
    "Iran": "ایران",
    "Poland": "لهستان",
}
MONTHS = (
    "ژانویه",
    "فوریه",
    "مارس",
    "آوریل",
    "مه",
    "ژوئن",
    "ژوئیه",
    "اوت",
    "سپتامبر",
    "اکتبر",
    "نوامبر",
    "دسامبر",
)
PROSE = Prose(
    verbs=("به ارث می‌برد", "جست‌وجو می‌کند", "نگهبانی می‌کند", "بازسازی می‌کند", "ترک می‌کند"),
    things=("دهکده‌ای غرق‌شده", "باغ خانوادگی", "فانوس دریایی قدیمی", "معدنی متروک", "شهری مرزی"),
    synopsis="{hero} {thing} را {verb} و درمی‌یابد که {other} نیز {thing2} را {verb2}. {title} داستان وفاداری دیرینه‌ای است که در یک فصل طولانی به آزمون گذاشته می‌شود.",
    taglines=("-",),
    audiences=("-",),
)
CHROME = Chrome(
    "fa",
    "ReelGuide فارسی",
    ("فیلم‌ها", "سریال‌ها", "روی پرده", "پخش آنلاین", "ورود"),
    ("ما از کوکی‌ها برای به خاطر سپردن تنظیمات شما استفاده می‌کنیم.", "قبول", "حریم خصوصی"),
    ("درباره ما", "تبلیغات", "تماس با ما", "حریم خصوصی", "قوانین"),
    "© ۲۰۲۶ ReelGuide فارسی",
    "__REELGUIDE_FA_STATE__",
    rtl=True,
)
WORDS = Words(
    {
        "director": "کارگردان",
        "writer": "نویسنده",
        "music": "آهنگساز",
        "producer": "تهیه‌کننده",
        "camera": "فیلمبردار",
        "genre": "ژانر",
        "country": "کشور سازنده",
        "year": "سال انتشار",
        "runtime": "مدت زمان",
        "rating": "رده سنی",
        "seasons": "تعداد فصل‌ها",
        "released": "تاریخ اکران",
        "studio": "شرکت تولید",
        "budget": "بودجه",
        "box_office": "فروش",
    },
    {
        "about": "خلاصه داستان",
        "details": "مشخصات",
        "cast": "بازیگران",
        "trailer": "تریلر",
        "episodes": "قسمت‌ها",
        "reviews": "نقد و نظر",
        "no_reviews": "هنوز نقدی ثبت نشده است.",
        "rail": "عنوان‌های مشابه",
    },
)


def date_(d: date, long: bool) -> str:
    """'۲۷ اکتبر ۱۹۹۵' or '۱۹۹۵/۱۰/۲۷' (the Gregorian date, Persian digits)."""
    if long:
        return persian(f"{d.day} {MONTHS[d.month - 1]} {d.year}")
    return persian(f"{d.year}/{d.month:02d}/{d.day:02d}")


def running(n: int, long: bool) -> str:
    """'۱ ساعت و ۵۱ دقیقه' or '۱۱۱ دقیقه'."""
    big, small = divmod(n, 60)
    if long and big:
        return persian(f"{big} ساعت" + (f" و {small} دقیقه" if small else ""))
    return persian(f"{n} دقیقه")


def votes(n: int) -> str:
    return persian(f"{n:,} رأی")


def views(n: int) -> str:
    return persian(f"{n:,} نفر می‌خواهند ببینند")


def money(m: Money) -> str:  # never shown
    return persian(f"{m.amount:,}") + f" {m.currency}"


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("زبان", pick(rng, ("انگلیسی", "انگلیسی با زیرنویس فارسی"))),
            ("پخش‌کننده", pick(rng, ("فیلمیران", "هنر هفتم", "پرده نقره‌ای"))),
        ]
    )


SITE = Site(
    NAME,
    "rgfa",
    CHROME,
    WORDS,
    date_,
    running,
    " هر قسمت",
    votes,
    money,
    views,
    episode_line("قسمت", "کارگردان:", running, date_),
    widget(
        "فهرست‌های من",
        ("در حال تماشا", "می‌خواهم ببینم", "دیده‌ام", "محبوب‌ها"),
        "بلیت از ۱۵۰٬۰۰۰ تومان",
    ),
    ("reelguide_persian-moshakhasat", "reelguide_persian-jadval", "caption"),
    frozenset(["audience_summary", "streaming", "tagline", "budget", "box_office"]),
    ("director", "author", "genre", "datePublished", "numberOfSeasons", "aggregateRating"),
    0.4,
    later="پخش تلویزیونی",
    extra_rows=_more,
    cta="خرید بلیت",
    art="poster",
    meta_sep=" · ",
)
DIGITS[NAME] = persian


def fit(t: Title) -> Title:
    t = translate(localize(t, PROSE), GENRES, COUNTRIES)
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this edition's words, formats and components, on its
    own host, right to left, in Persian digits."""
    return render_on(SITE, HOST, t, ctx)
