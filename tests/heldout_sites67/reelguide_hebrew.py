# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide עברית (ReelGuide's Hebrew edition, he, right to left, dir="rtl"): a backdrop; the
<h1> (the meta line under it on some pages); 'תקציר'; the ticket button; the facts as data rows,
list items ('<strong>Label:</strong> value') or an earlier set's key-value rows: 'בימוי',
'תסריט', 'מוזיקה', 'מפיק', 'צילום' (traps; 'מפיק' the producer, 'חברת הפקה' the studio),
"ז'אנר", 'ארץ הפקה', 'שנה', 'אורך: שעה ו-51 דקות' ('שעתיים', '3 שעות'; or '111 דקות'; a series'
' לפרק'), 'סיווג גיל' (Israel's 'מותר לכל הגילאים', 'מותר מגיל 12', 'מותר מגיל 16', 'מותר מגיל
18'), 'עונות', 'תאריך יציאה: 27 באוקטובר 1995' (or '27.10.1995') beside a later 'בכורה בטלוויזיה'
(a trap), 'חברת הפקה', 'שפה' and 'הפצה' rows (no record key); 'שחקנים'; the trailer; a series'
episodes; the lists widget with counts and a ticket price in shekels (traps); 'ביקורות'; 'כותרים
דומים'; a JSON-LD on some pages. '1,234 דירוגים' beside '12,345 רוצים לצפות' (a trap). No
tagline, audience text, money or streaming block."""

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

NAME = "reelguide_hebrew"
HOST = "he.reelguide.example"
BOARD = ages("מותר לכל הגילאים", "מותר לכל הגילאים", "מותר מגיל 12", "מותר מגיל 16", "מותר מגיל 18")
GENRES = {
    "Action": "אקשן",
    "Adventure": "הרפתקאות",
    "Animation": "אנימציה",
    "Comedy": "קומדיה",
    "Crime": "פשע",
    "Documentary": "תיעודי",
    "Drama": "דרמה",
    "Family": "משפחה",
    "Fantasy": "פנטזיה",
    "History": "היסטוריה",
    "Horror": "אימה",
    "Music": "מוזיקלי",
    "Mystery": "מסתורין",
    "Romance": "רומנטיקה",
    "Science Fiction": "מדע בדיוני",
    "Thriller": "מתח",
    "War": "מלחמה",
    "Western": "מערבון",
}
COUNTRIES = {
    "United States": "ארצות הברית",
    "United Kingdom": "בריטניה",
    "France": "צרפת",
    "Germany": "גרמניה",
    "Japan": "יפן",
    "China": "סין",
    "South Korea": "דרום קוריאה",
    "India": "הודו",
    "Brazil": "ברזיל",
    "Australia": "אוסטרליה",
    "Canada": "קנדה",
    "Spain": "ספרד",
    "Italy": "איטליה",
    "Mexico": "מקסיקו",
    "Nigeria": "ניגריה",
    "Sweden": "שוודיה",
    "Denmark": "דנמרק",
    "Argentina": "ארגנטינה",
    "Iran": "איראן",
    "Poland": "פולין",
}
MONTHS = (
    "ינואר",
    "פברואר",
    "מרץ",
    "אפריל",
    "מאי",
    "יוני",
    "יולי",
    "אוגוסט",
    "ספטמבר",
    "אוקטובר",
    "נובמבר",
    "דצמבר",
)
PROSE = Prose(
    verbs=("חוזר אל", "יורש את", "מחפש את", "שומר על", "נלחם על"),
    things=("כפר מוצף", "המטע המשפחתי", "מגדלור ישן", "מכרה נטוש", "עיירת גבול"),
    synopsis="{hero} {verb} {thing} ומגלה ש-{other} {verb2} {thing2} גם כן. {title} מספר על נאמנות ישנה שעומדת במבחן לאורך עונה ארוכה.",
    taglines=("-",),
    audiences=("-",),
)
CHROME = Chrome(
    "he",
    "ReelGuide עברית",
    ("סרטים", "סדרות", "בבתי הקולנוע", "סטרימינג", "התחברות"),
    ("אנחנו משתמשים בעוגיות כדי לזכור את ההגדרות שלך.", "אישור", "פרטיות"),
    ("אודות", "פרסום", "צור קשר", "פרטיות", "תנאי שימוש"),
    "© 2026 ReelGuide עברית",
    "__REELGUIDE_HE_STATE__",
    rtl=True,
)
WORDS = Words(
    {
        "director": "בימוי",
        "writer": "תסריט",
        "music": "מוזיקה",
        "producer": "מפיק",
        "camera": "צילום",
        "genre": "ז'אנר",
        "country": "ארץ הפקה",
        "year": "שנה",
        "runtime": "אורך",
        "rating": "סיווג גיל",
        "seasons": "עונות",
        "released": "תאריך יציאה",
        "studio": "חברת הפקה",
        "budget": "תקציב",
        "box_office": "הכנסות",
    },
    {
        "about": "תקציר",
        "details": "פרטים",
        "cast": "שחקנים",
        "trailer": "טריילר",
        "episodes": "פרקים",
        "reviews": "ביקורות",
        "no_reviews": "עדיין אין ביקורות.",
        "rail": "כותרים דומים",
    },
)


def date_(d: date, long: bool) -> str:
    """'27 באוקטובר 1995' or '27.10.1995'."""
    if long:
        return f"{d.day} ב{MONTHS[d.month - 1]} {d.year}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def _hours(n: int) -> str:
    return {1: "שעה", 2: "שעתיים"}.get(n, f"{n} שעות")


def running(n: int, long: bool) -> str:
    """'שעה ו-51 דקות', 'שעתיים', '3 שעות ו-5 דקות' or '111 דקות'."""
    big, small = divmod(n, 60)
    if long and big:
        return _hours(big) + (f" ו-{small} דקות" if small else "")
    return f"{n} דקות"


def votes(n: int) -> str:
    return "דירוג אחד" if n == 1 else f"{n:,} דירוגים"


def views(n: int) -> str:
    return f"{n:,} רוצים לצפות"


def money(m: Money) -> str:  # never shown
    return f"{m.amount:,} {m.currency}"


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("שפה", pick(rng, ("אנגלית", "אנגלית, תרגום לעברית"))),
            ("הפצה", pick(rng, ("פורום פילם", "סרטי יונייטד קינג", "נחשון פילמס"))),
        ]
    )


SITE = Site(
    NAME,
    "rghe",
    CHROME,
    WORDS,
    date_,
    running,
    " לפרק",
    votes,
    money,
    views,
    episode_line("פרק", "בימוי:", running, date_),
    widget("הרשימות שלי", ("צופה עכשיו", "רוצה לצפות", "צפיתי", "מועדפים"), "כרטיסים החל מ-45 ₪"),
    ("reelguide_hebrew-pratim", "reelguide_hebrew-reshima", "kv"),
    frozenset(["audience_summary", "streaming", "tagline", "budget", "box_office"]),
    ("director", "author", "genre", "datePublished", "aggregateRating"),
    0.4,
    later="בכורה בטלוויזיה",
    extra_rows=_more,
    cta="להזמנת כרטיסים",
    art="backdrop",
    meta_sep=" | ",
)


def fit(t: Title) -> Title:
    t = translate(localize(t, PROSE), GENRES, COUNTRIES)
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this edition's words, formats and components, on its
    own host, right to left."""
    return render_on(SITE, HOST, t, ctx)
