# ruff: noqa: E501  (HTML templates read best on one line)
"""KTN: a film or drama page of Kawish Television Network, the Sindhi-language channel of
Pakistan (Sindhi, Perso-Arabic script, right to left, Western digits as its site prints them).
A backdrop; the <h1> (the meta line '1995 · 15+ · 1 ڪلاڪ 51 منٽ · ڊرامو' under it on some
deploys); '(1,234 ووٽ)' beside 'ڏٺو ويو: 12,345 ڀيرا' (a trap); 'ڪهاڻي'; the facts in a <menu>
of 'label value' items, a two-column grid whose row wrappers are display:contents, or a table:
'هدايتڪار', 'ليکڪ', 'موسيقار', 'پروڊيوسر' and 'ڪئميرامين' (traps), 'قسم', 'ملڪ', 'سال', 'ڊيگهه:
111 منٽ' or '1 ڪلاڪ 51 منٽ' (a drama's 'في قسط'), 'عمر' (the marks سڀ/PG/12+/15+/18+ as the
writer imagined them), 'رليز جي تاريخ: 27 آڪٽوبر 1995' (or '27-10-1995') beside a later 'KTN تي
پهريون ڀيرو' (a trap), 'اسٽوڊيو', 'سيزن', 'بجيٽ: $3,600,000', 'ٻولي'; 'اداڪار'; the trailer; a
drama's episodes with their own lengths, dates and directors; broadcast times and a KTN News
slot (traps); comments; 'ٻيا پروگرام'; a JSON-LD Movie on some pages. No tagline, audience
text, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites30.common import (
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

NAME = "ktn"
MONTHS = (
    "جنوري",
    "فيبروري",
    "مارچ",
    "اپريل",
    "مئي",
    "جون",
    "جولاءِ",
    "آگسٽ",
    "سيپٽمبر",
    "آڪٽوبر",
    "نومبر",
    "ڊسمبر",
)
GENRES = {
    "Action": "ايڪشن",
    "Adventure": "مهم جوئي",
    "Animation": "اينيميشن",
    "Comedy": "مزاحيه",
    "Crime": "ڏوهه",
    "Documentary": "دستاويزي",
    "Drama": "ڊرامو",
    "Family": "خانداني",
    "Fantasy": "تصوراتي",
    "History": "تاريخي",
    "Horror": "خوفناڪ",
    "Music": "موسيقي",
    "Mystery": "راز",
    "Romance": "رومانوي",
    "Science Fiction": "سائنس فڪشن",
    "Thriller": "سسپنس",
    "War": "جنگ",
    "Western": "ويسٽرن",
}
COUNTRIES = {
    "United States": "آمريڪا",
    "United Kingdom": "برطانيه",
    "France": "فرانس",
    "Germany": "جرمني",
    "Japan": "جاپان",
    "China": "چين",
    "South Korea": "ڏکڻ ڪوريا",
    "India": "ڀارت",
    "Brazil": "برازيل",
    "Australia": "آسٽريليا",
    "Canada": "ڪئناڊا",
    "Spain": "اسپين",
    "Italy": "اٽلي",
    "Mexico": "ميڪسيڪو",
    "Nigeria": "نائيجيريا",
    "Sweden": "سويڊن",
    "Denmark": "ڊنمارڪ",
    "Argentina": "ارجنٽائن",
    "Iran": "ايران",
    "Poland": "پولينڊ",
}
AGES = ages("سڀ", "PG", "12+", "15+", "18+")  # a site convention as the writer imagined it
PROSE = Prose(
    verbs=("ڳولي ٿو", "بچائي ٿو", "ڇڏي ٿو", "سنڀالي ٿو", "وڃائي ٿو", "موٽائي ٿو"),
    things=(
        "درياهه ڪناري ڳوٺ",
        "خاندان جي زمين",
        "پراڻي لائيٽ هائوس",
        "ڇڏيل کاڻ",
        "سرحد جو شهر",
        "آخري ٻيڙي",
    ),
    synopsis=(
        "{hero} {thing} {verb} ۽ {other} به {thing2} {verb2}. "
        "{title} پراڻي دوستيءَ جي ڪهاڻي آهي جيڪا هڪ سال ۾ آزمائجي ٿي."
    ),
    taglines=("هر شيءِ جي قيمت آهي.",),
    audiences=("ڏسندڙن کي اداڪار ڏاڍا پسند آيا.",),
)
CHROME = Chrome(
    "sd",
    "KTN",
    ("مکيه صفحو", "ڊراما", "فلمون", "لائيو", "خبرون", "ڳوليو"),
    ("هي ويب سائيٽ ڪوڪيز استعمال ڪري ٿي.", "ٺيڪ آهي", "سيٽنگون"),
    ("اسان بابت", "رابطو", "شرطون", "رازداري"),
    "© 2026 Kawish Television Network",
    "__KTN__",
    rtl=True,
)
WORDS = Words(
    {
        "director": "هدايتڪار",
        "writer": "ليکڪ",
        "music": "موسيقار",
        "producer": "پروڊيوسر",
        "camera": "ڪئميرامين",
        "genre": "قسم",
        "country": "ملڪ",
        "year": "سال",
        "runtime": "ڊيگهه",
        "rating": "عمر",
        "seasons": "سيزن",
        "released": "رليز جي تاريخ",
        "studio": "اسٽوڊيو",
        "budget": "بجيٽ",
        "box_office": "باڪس آفيس",
    },
    {
        "about": "ڪهاڻي",
        "details": "تفصيل",
        "cast": "اداڪار",
        "trailer": "ٽريلر",
        "episodes": "قسطون",
        "reviews": "راءِ",
        "no_reviews": "اڃا ڪا راءِ ناهي.",
        "rail": "ٻيا پروگرام",
    },
)


def tareekh(d: date, long: bool) -> str:
    """'27 آڪٽوبر 1995' or '27-10-1995'."""
    return (
        f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}-{d.month:02d}-{d.year}"
    )


def deegh(n: int, long: bool) -> str:
    """'1 ڪلاڪ 51 منٽ', '2 ڪلاڪ' or '111 منٽ'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} منٽ"
    return f"{big} ڪلاڪ" + (f" {small} منٽ" if small else "")


def vote(n: int) -> str:
    """'(1,234 ووٽ)'."""
    return f"({grouped(n)} ووٽ)"


def budget(m: Money) -> str:
    """'$3,600,000', 'PKR 90,000,000', 'EUR 7,200,000'."""
    return f"${grouped(m.amount)}" if m.currency == "USD" else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>سيزن {e.season}، قسط {e.number} · {deegh(e.minutes, long)} · {tareekh(e.aired, long)}</p><p>هدايتڪار: {esc(e.director)}</p>"


def _schedule(t: Title, c: Classes, rng: random.Random) -> str:
    days = ("سومر", "اڱارو", "اربع", "خميس", "جمعو", "ڇنڇر", "آچر")
    rows = "".join(
        f"<li>{day}، رات {rng.randint(8, 10)}:{rng.choice(('00', '30'))}</li>"
        for day in rng.sample(days, 2)
    )
    return f'<section class="{c("schedule")}"><h2>نشر جو وقت</h2><ul>{rows}</ul><p>ٻيهر نشر: آچر منجهند 2:00. KTN News تي خبرون رات 9:00.</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("ٻولي", pick(rng, ("سنڌي", "سنڌي، اردو", "انگريزي، سنڌي ترجمي سان")))]


SITE = Site(
    NAME,
    "ktn",
    CHROME,
    WORDS,
    tareekh,
    deegh,
    " في قسط",
    vote,
    budget,
    lambda n: f"ڏٺو ويو: {grouped(n)} ڀيرا",
    _episode,
    _schedule,
    ("menu", "contents", "table"),
    frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
    ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
    0.3,
    later="KTN تي پهريون ڀيرو",
    extra_rows=_more,
    cta="ڏسو",
)


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
