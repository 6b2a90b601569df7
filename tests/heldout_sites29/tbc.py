# ruff: noqa: E501  (HTML templates read best on one line)
"""TBC (Tonga Broadcasting Commission): a film or series page of Tonga's public broadcaster's
Television Tonga on-demand site, in Tongan. A backdrop; the <h1> (the meta line '1995 · 16 ·
houa ʻe 1 mo e miniti ʻe 51 · Fakaʻofa' under it, in the hero's <header> on some deploys); the
score with '(fili ʻe 1,234)' beside 'Mamata ʻe 12,345' (views, a trap); 'Fakamatala'; the facts
as a <menu> strip of label/value spans, a grid of display:contents rows, or a role="feed" of
articles: 'Talēkita', 'Tokotaha faʻu', 'Fasi', 'Pulojiusa' and 'Faitā' (traps), 'Faʻahinga',
'Fonua', 'Taʻu', 'Lōloa: miniti ʻe 111' or 'houa ʻe 1 mo e miniti ʻe 51' (the noun before the
number; a series' 'ʻi he konga taki taha'), 'Ngofua' (Kotoa/PG/13/16/18, the site's own
marks), 'ʻAho tukuange: 27 ʻOkatopa 1995' or '27/10/1995' beside a later 'ʻI he TV Tonga mei
he' (a trap), 'Sitiutio', 'Patiseti: USD 3,600,000', 'Paʻanga naʻe maʻu', 'Fakahokohoko',
'Lea'; 'Kau faiva'; the trailer; a series' episodes with their own lengths, dates and
directors; the broadcast times and a paʻanga subscription (traps); comments; 'Ngaahi faiva
kehe'; a JSON-LD Movie on some pages. No tagline, audience text, IMDb link or streaming
block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites29.common import (
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

NAME = "tbc"
MONTHS = (
    "Sānuali",
    "Fēpueli",
    "Maʻasi",
    "ʻEpeleli",
    "Mē",
    "Sune",
    "Siulai",
    "ʻAokosi",
    "Sepitema",
    "ʻOkatopa",
    "Nōvema",
    "Tīsema",
)
GENRES = {
    "Action": "Ngāue",
    "Adventure": "Folau",
    "Animation": "Tā fakaʻata",
    "Comedy": "Fakaoli",
    "Crime": "Hia",
    "Documentary": "Fakamoʻoni",
    "Drama": "Fakaʻofa",
    "Family": "Fāmili",
    "Fantasy": "Fakaʻotua",
    "History": "Hisitōlia",
    "Horror": "Fakailifia",
    "Music": "Hiva",
    "Mystery": "Fakalilolilo",
    "Romance": "ʻOfa",
    "Science Fiction": "Saienisi fakafuofua",
    "Thriller": "Fakamānavaheʻa",
    "War": "Tau",
    "Western": "Uesitēni",
}
COUNTRIES = {
    "United States": "ʻAmelika",
    "United Kingdom": "Pilitānia",
    "France": "Falanisē",
    "Germany": "Siamane",
    "Japan": "Siapani",
    "China": "Siaina",
    "South Korea": "Kōlea Tonga",
    "India": "ʻInitia",
    "Brazil": "Palāsila",
    "Australia": "ʻAositelēlia",
    "Canada": "Kānata",
    "Spain": "Sipeini",
    "Italy": "ʻĪtali",
    "Mexico": "Mekisikou",
    "Nigeria": "Naisīlia",
    "Sweden": "Suēteni",
    "Denmark": "Tenimaʻake",
    "Argentina": "ʻAsenitina",
    "Iran": "ʻIlaani",
    "Poland": "Polani",
}
NGOFUA = ages("Kotoa", "PG", "13", "16", "18")
PROSE = Prose(
    verbs=("foki", "kumi", "tokoni", "lele", "maluʻi", "mole"),
    things=(
        "kolo siʻi ʻi he matātahi",
        "ngoue ʻa e fāmili",
        "vaka motuʻa",
        "motu liʻaki",
        "kolo ʻi he kauʻāfonua",
        "vaka fakaʻosi",
    ),
    synopsis=(
        "ʻOku {verb} ʻa {hero} ki he {thing}, pea ʻoku {verb2} foki ʻa {other} ki he {thing2}. "
        "Ko {title} ko ha talanoa ki ha fuakava motuʻa naʻe ʻahiʻahiʻi ʻi ha taʻu kakato."
    ),
    taglines=("ʻOku ʻi ai e totongi ʻo e meʻa kotoa.",),
    audiences=("Naʻe saiʻia ʻa e kau mamata.",),
)
CHROME = Chrome(
    "to",
    "TV Tonga",
    ("ʻApi", "Faiva", "Polokalama", "Ongoongo", "Sipoti", "Kumi"),
    ("ʻOku mau ngāueʻaki ʻa e cookies.", "Tali", "Fili"),
    ("Kau ki he TBC", "Fetuʻutaki", "Ngaahi tuʻutuʻuni", "Fakapulipuli"),
    "© 2026 Tonga Broadcasting Commission",
    "__TBC__",
)
WORDS = Words(
    {
        "director": "Talēkita",
        "writer": "Tokotaha faʻu",
        "music": "Fasi",
        "producer": "Pulojiusa",
        "camera": "Faitā",
        "genre": "Faʻahinga",
        "country": "Fonua",
        "year": "Taʻu",
        "runtime": "Lōloa",
        "rating": "Ngofua",
        "seasons": "Fakahokohoko",
        "released": "ʻAho tukuange",
        "studio": "Sitiutio",
        "budget": "Patiseti",
        "box_office": "Paʻanga naʻe maʻu",
    },
    {
        "about": "Fakamatala",
        "details": "Ngaahi fakaikiiki",
        "cast": "Kau faiva",
        "trailer": "Fakaʻaliʻali",
        "episodes": "Ngaahi konga",
        "reviews": "Ngaahi fakakaukau",
        "no_reviews": "ʻOku teʻeki ha fakakaukau.",
        "rail": "Ngaahi faiva kehe",
    },
)


def aho(d: date, long: bool) -> str:
    """'27 ʻOkatopa 1995' or '27/10/1995'."""
    return (
        f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"
    )


def loloa(n: int, long: bool) -> str:
    """'houa ʻe 1 mo e miniti ʻe 51', 'houa ʻe 2' or 'miniti ʻe 111'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"miniti ʻe {n}"
    return f"houa ʻe {big}" + (f" mo e miniti ʻe {small}" if small else "")


def fili(n: int) -> str:
    """'(fili ʻe 1,234)'."""
    return f"(fili ʻe {grouped(n)})"


def patiseti(m: Money) -> str:
    """'USD 3,600,000' (a bare '$' in Tonga would be the paʻanga)."""
    return f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Fakahokohoko {e.season}, konga {e.number} · {loloa(e.minutes, long)} · {aho(e.aired, long)}</p><p>Talēkita: {esc(e.director)}</p>"


def _schedule(t: Title, c: Classes, rng: random.Random) -> str:
    days = ("Mōnite", "Tūsite", "Pulelulu", "Tuʻapulelulu", "Falaite", "Tokonaki")
    rows = "".join(
        f"<li>{day}, {rng.randint(7, 10)}:{rng.choice(('00', '30'))} efiafi</li>"
        for day in rng.sample(days, 2)
    )
    return f'<section class="{c("schedule")}"><h2>ʻI he TV Tonga 1</h2><ul>{rows}</ul><p>Totongi fakamāhina: TOP {rng.choice(("15", "20"))}.00</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [
        (
            "Lea",
            pick(
                rng,
                (
                    "Faka-Tonga",
                    "Faka-Pilitānia, mo e hiki faka-Tonga",
                    "Faka-Tonga mo faka-Pilitānia",
                ),
            ),
        )
    ]


SITE = Site(
    NAME,
    "tb",
    CHROME,
    WORDS,
    aho,
    loloa,
    " ʻi he konga taki taha",
    fili,
    patiseti,
    lambda n: f"Mamata ʻe {grouped(n)}",
    _episode,
    _schedule,
    ("menu", "contents", "feed"),
    frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
    ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
    0.3,
    later="ʻI he TV Tonga mei he",
    extra_rows=_more,
    cta="Mamata",
)


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), NGOFUA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.65 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
