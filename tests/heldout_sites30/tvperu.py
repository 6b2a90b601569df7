# ruff: noqa: E501  (HTML templates read best on one line)
"""TV Perú: a film or series page of the Peruvian public broadcaster's video site, in its
Quechua (Runa Simi, southern Quechua spelling) edition. A backdrop; the <h1> (the meta line
'1995 · 14 · 1 hora 51 minutu · Drama' under it on some deploys); '(akllaykuna 1 234)' beside
'Qhawasqa: 12 345' (a trap); 'Imamanta'; the facts as 'label value' lines whose label is a
highlighted <mark> pill, tiles whose label runs sideways up the tile (writing-mode), or a
definition list: 'Pusaq', 'Qillqaq', 'Takiy ruraq', 'Ruraq' and 'Siq'i hurquq' (traps),
'Laya', 'Suyu', 'Wata', 'Unay kaynin: 111 minutu' or '1 hora 51 minutu' (a series' 'sapa
rakipi'), 'Watakuna' (the Peruvian-style APT/+14/+18 as the writer imagined it: APT, 7, 14, 16,
18), 'Lluqsisqan p'unchaw: 27 Uma raymi 1995' (or '27/10/1995') beside a later 'TV Perúpi
qallarisqa' (a trap), 'Ruraq wasi', 'Pachakuna', 'Qullqi churasqa: US$ 3 600 000', 'Simi';
'Pukllaqkuna'; the trailer; a series' episodes with their own lengths, dates and directors;
broadcast times on TV Perú and Canal IPe (traps); comments; 'Kaykunapas'; a JSON-LD Movie on
some pages. No tagline, audience text, IMDb link or streaming block."""

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

NAME = "tvperu"
MONTHS = (
    "Qhulla puquy",
    "Hatun puquy",
    "Pawqar waray",
    "Ayriway",
    "Aymuray",
    "Inti raymi",
    "Anta situwa",
    "Qhapaq situwa",
    "Quya raymi",
    "Uma raymi",
    "Ayamarq'a",
    "Qhapaq raymi",
)
GENRES = {
    "Action": "Ruray",
    "Adventure": "Puriy",
    "Animation": "Kuyuchisqa siq'ikuna",
    "Comedy": "Asichikuq",
    "Crime": "Huchallikuy",
    "Documentary": "Willakuy",
    "Drama": "Drama",
    "Family": "Ayllu",
    "Fantasy": "Musquy",
    "History": "Ñawpa willakuy",
    "Horror": "Manchakuy",
    "Music": "Taki",
    "Mystery": "Pakasqa",
    "Romance": "Munakuy",
    "Science Fiction": "Hamuq pacha",
    "Thriller": "Sunqu kuyuchiq",
    "War": "Awqanakuy",
    "Western": "Western",
}
COUNTRIES = {
    "United States": "Hukllachasqa Amerika Suyukuna",
    "United Kingdom": "Hukllachasqa Qhapaq Suyu",
    "France": "Fransiya",
    "Germany": "Alimanya",
    "Japan": "Nihun",
    "China": "Chunwa",
    "South Korea": "Urin Kuriya",
    "India": "Indya",
    "Brazil": "Brasil",
    "Australia": "Awstralya",
    "Canada": "Kanada",
    "Spain": "Ispaña",
    "Italy": "Italya",
    "Mexico": "Mishiku",
    "Nigeria": "Niqirya",
    "Sweden": "Suwidsuyu",
    "Denmark": "Danmark",
    "Argentina": "Arhintina",
    "Iran": "Iran",
    "Poland": "Pulunya",
}
AGES = ages("APT", "7", "14", "16", "18")  # a site convention as the writer imagined it
PROSE = Prose(
    verbs=("maskan", "tarin", "waqaychan", "qispichin", "chinkachin", "kutichin"),
    things=(
        "unupi chinkasqa llaqtata",
        "ayllupa chakranta",
        "ñawpa k'anchay wasita",
        "saqisqa qhuyata",
        "mayu patapi llaqtachata",
        "qhipa wamputa",
    ),
    synopsis=(
        "{hero} {verb} {thing}, {other} ima {verb2} {thing2}. "
        "{title} ñawpa masikunapa willakuyninmi, huk watantin llapanku pruwasqa."
    ),
    taglines=("Sapa imapas chaniyuqmi.",),
    audiences=("Qhawaqkunaqa pukllaqkunata ancha munanku.",),
)
CHROME = Chrome(
    "qu",
    "TV Perú",
    ("Qallariy", "Willakuykuna", "Pilikulakuna", "Kawsay TV", "Maskay"),
    ("Kay wiqipiqa cookie nisqakunatam llamk'achiyku.", "Arí", "Allichay"),
    ("Ñuqaykumanta", "Rimanakuy", "Kamachikuykuna", "Pakasqa kaynin"),
    "© 2026 IRTP · TV Perú",
    "__TVPERU__",
)
WORDS = Words(
    {
        "director": "Pusaq",
        "writer": "Qillqaq",
        "music": "Takiy ruraq",
        "producer": "Ruraq",
        "camera": "Siq'i hurquq",
        "genre": "Laya",
        "country": "Suyu",
        "year": "Wata",
        "runtime": "Unay kaynin",
        "rating": "Watakuna",
        "seasons": "Pachakuna",
        "released": "Lluqsisqan p'unchaw",
        "studio": "Ruraq wasi",
        "budget": "Qullqi churasqa",
        "box_office": "Boletakunapi qullqi",
    },
    {
        "about": "Imamanta",
        "details": "Willakuykuna",
        "cast": "Pukllaqkuna",
        "trailer": "Qallariy rikuchiy",
        "episodes": "Rakikuna",
        "reviews": "Yuyaykuna",
        "no_reviews": "Manaraq pipas yuyayninta qillqanchu.",
        "rail": "Kaykunapas",
    },
)


def punchaw(d: date, long: bool) -> str:
    """'27 Uma raymi 1995' or '27/10/1995'."""
    return (
        f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"
    )


def unay(n: int, long: bool) -> str:
    """'1 hora 51 minutu', '2 hora' or '111 minutu'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} minutu"
    return f"{big} hora" + (f" {small} minutu" if small else "")


def akllay(n: int) -> str:
    """'(akllaykuna 1 234)', '(akllay 1)'."""
    return "(akllay 1)" if n == 1 else f"(akllaykuna {grouped(n, ' ')})"


def qullqi(m: Money) -> str:
    """'US$ 3 600 000', 'S/ 9 000 000', 'EUR 7 200 000'."""
    sign = {"USD": "US$", "PEN": "S/"}.get(m.currency, m.currency)
    return f"{sign} {grouped(m.amount, ' ')}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>{e.season} pacha, {e.number} raki · {unay(e.minutes, long)} · {punchaw(e.aired, long)}</p><p>Pusaq: {esc(e.director)}</p>"


def _schedule(t: Title, c: Classes, rng: random.Random) -> str:
    days = (
        "Killachaw",
        "Atichaw",
        "Quyllurchaw",
        "Illapachaw",
        "Ch'askachaw",
        "K'uychichaw",
        "Intichaw",
    )
    rows = "".join(
        f"<li>{day}, {rng.randint(19, 22)}:{rng.choice(('00', '30'))}</li>"
        for day in rng.sample(days, 2)
    )
    return f'<section class="{c("schedule")}"><h2>Rikuchiy pachakuna</h2><ul>{rows}</ul><p>Canal IPe-pi Intichaw kutipanqa, 10:00.</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [
        (
            "Simi",
            pick(
                rng,
                ("Runa simi", "Kastilla simi, runa simipi qillqasqa", "Runa simi, kastilla simi"),
            ),
        )
    ]


SITE = Site(
    NAME,
    "pe",
    CHROME,
    WORDS,
    punchaw,
    unay,
    " sapa rakipi",
    akllay,
    qullqi,
    lambda n: f"Qhawasqa: {grouped(n, ' ')}",
    _episode,
    _schedule,
    ("marks", "vertical", "dl"),
    frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
    ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
    0.3,
    later="TV Perúpi qallarisqa",
    extra_rows=_more,
    cta="Qhaway",
)


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
