# ruff: noqa: E501  (HTML templates read best on one line)
"""RTNB: a film or series page of Burundi's national radio and television's video site
(Kirundi). A backdrop; the <h1> (the meta line '1995 · 16+ · isaha 1 n'iminota 51 · Ikinamico'
under it on some deploys); '(amajwi 1.234)' beside 'Yarabwe incuro 12.345' (a trap); 'Incamake';
the facts as tiles whose label runs sideways up the tile (writing-mode), a two-column grid whose
row wrappers are display:contents, or 'Label ........ value' leader lines: 'Umuyobozi',
'Umwanditsi', 'Umuhimbyi w'indirimbo', 'Umutunganya' and 'Uwufata amafoto' (traps), 'Ubwoko',
'Igihugu', 'Umwaka', 'Uburebure: iminota 111' or 'isaha 1 n'iminota 51' (the noun first; a
series' 'ku gice'), 'Imyaka' (the marks Bose/PG/13+/16+/18+ as the writer imagined them),
'Itariki yasohotse: 27 Gitugutu 1995' (or '27.10.1995') beside a later 'Kuri RTNB guhera' (a
trap), 'Studio', 'Ibihe', 'Ingengo y'imari: 3.600.000 USD', 'Ururimi'; 'Abakina'; the trailer;
a series' episodes with their own lengths, dates and directors; broadcast times and a radio
rebroadcast (traps); comments; 'Ibindi'; a JSON-LD Movie on some pages. No tagline, audience
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

NAME = "rtnb"
MONTHS = (
    "Nzero",
    "Ruhuhuma",
    "Ntwarante",
    "Ndamukiza",
    "Rusama",
    "Ruheshi",
    "Mukakaro",
    "Myandagaro",
    "Nyakanga",
    "Gitugutu",
    "Munyonyo",
    "Kigarama",
)
GENRES = {
    "Action": "Ibikorwa",
    "Adventure": "Ingendo",
    "Animation": "Ibishushanyo",
    "Comedy": "Urwenya",
    "Crime": "Ubugizi bwa nabi",
    "Documentary": "Icegeranyo",
    "Drama": "Ikinamico",
    "Family": "Umuryango",
    "Fantasy": "Inzozi",
    "History": "Kahise",
    "Horror": "Ibiteye ubwoba",
    "Music": "Umuziki",
    "Mystery": "Ibanga",
    "Romance": "Urukundo",
    "Science Fiction": "Ubumenyi bw'ejo",
    "Thriller": "Ibihagaritse umutima",
    "War": "Intambara",
    "Western": "Western",
}
COUNTRIES = {
    "United States": "Leta Zunze Ubumwe za Amerika",
    "United Kingdom": "Ubwongereza",
    "France": "Ubufaransa",
    "Germany": "Ubudage",
    "Japan": "Ubuyapani",
    "China": "Ubushinwa",
    "South Korea": "Koreya y'Epfo",
    "India": "Ubuhindi",
    "Brazil": "Brezili",
    "Australia": "Ositaraliya",
    "Canada": "Kanada",
    "Spain": "Espanye",
    "Italy": "Ubutaliyano",
    "Mexico": "Megizike",
    "Nigeria": "Nijeriya",
    "Sweden": "Suwede",
    "Denmark": "Danemarke",
    "Argentina": "Arijantine",
    "Iran": "Irani",
    "Poland": "Polonye",
}
AGES = ages("Bose", "PG", "13+", "16+", "18+")  # a site convention as the writer imagined it
PROSE = Prose(
    verbs=("arondera", "arakingira", "aratakaza", "arasubiza", "arazigama", "arahunga"),
    things=(
        "igisagara kiri munsi y'amazi",
        "umurima w'umuryango",
        "inzu y'umuco ya kera",
        "ikirombe catawe",
        "igisagara co ku rubibe",
        "ubwato bwa nyuma",
    ),
    synopsis=(
        "{hero} {verb} {thing}, na {other} {verb2} {thing2}. "
        "{title} ni inkuru y'ubucuti bwa kera bugeragezwa mu mwaka umwe."
    ),
    taglines=("Ikintu cose kigira igiciro caco.",),
    audiences=("Abaraba bakunze cane abakina.",),
)
CHROME = Chrome(
    "rn",
    "RTNB",
    ("Ahabanza", "Amafilime", "Ibiganiro", "Imbonankubone", "Amakuru", "Rondera"),
    ("Turakoresha cookies.", "Ndemeye", "Ingingo"),
    ("Abo turi bo", "Twandikire", "Amategeko", "Ibanga"),
    "© 2026 Radio Télévision Nationale du Burundi",
    "__RTNB__",
)
WORDS = Words(
    {
        "director": "Umuyobozi",
        "writer": "Umwanditsi",
        "music": "Umuhimbyi w'indirimbo",
        "producer": "Umutunganya",
        "camera": "Uwufata amafoto",
        "genre": "Ubwoko",
        "country": "Igihugu",
        "year": "Umwaka",
        "runtime": "Uburebure",
        "rating": "Imyaka",
        "seasons": "Ibihe",
        "released": "Itariki yasohotse",
        "studio": "Studio",
        "budget": "Ingengo y'imari",
        "box_office": "Amahera y'amatike",
    },
    {
        "about": "Incamake",
        "details": "Ibisobanuro",
        "cast": "Abakina",
        "trailer": "Icerekana",
        "episodes": "Ibice",
        "reviews": "Ivyiyumviro",
        "no_reviews": "Nta vyiyumviro biraboneka.",
        "rail": "Ibindi",
    },
)


def itariki(d: date, long: bool) -> str:
    """'27 Gitugutu 1995' or '27.10.1995'."""
    return (
        f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}.{d.month:02d}.{d.year}"
    )


def uburebure(n: int, long: bool) -> str:
    """ "isaha 1 n'iminota 51", 'amasaha 2' or 'iminota 111' (the noun first)."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"iminota {n}"
    hours = "isaha 1" if big == 1 else f"amasaha {big}"
    return hours + (f" n'iminota {small}" if small else "")


def amajwi(n: int) -> str:
    """'(amajwi 1.234)', '(ijwi 1)'."""
    return "(ijwi 1)" if n == 1 else f"(amajwi {grouped(n, '.')})"


def imari(m: Money) -> str:
    """'3.600.000 USD'."""
    return f"{grouped(m.amount, '.')} {m.currency}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Igihe {e.season}, igice {e.number} · {uburebure(e.minutes, long)} · {itariki(e.aired, long)}</p><p>Umuyobozi: {esc(e.director)}</p>"


def _schedule(t: Title, c: Classes, rng: random.Random) -> str:
    days = (
        "Ku wa mbere",
        "Ku wa kabiri",
        "Ku wa gatatu",
        "Ku wa kane",
        "Ku wa gatanu",
        "Ku wa gatandatu",
        "Ku w'iyinga",
    )
    rows = "".join(
        f"<li>{day}, {rng.randint(19, 22)}:{rng.choice(('00', '30'))}</li>"
        for day in rng.sample(days, 2)
    )
    return f"<section class=\"{c('schedule')}\"><h2>Amasaha y'ikiganiro</h2><ul>{rows}</ul><p>Risubirwamwo kuri Radio Culture ku w'iyinga 15:00.</p></section>"


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Ururimi", pick(rng, ("Ikirundi", "Igifaransa, mu Kirundi", "Ikirundi, Igiswahili")))]


SITE = Site(
    NAME,
    "bi",
    CHROME,
    WORDS,
    itariki,
    uburebure,
    " ku gice",
    amajwi,
    imari,
    lambda n: f"Yarabwe incuro {grouped(n, '.')}",
    _episode,
    _schedule,
    ("vertical", "contents", "leaders"),
    frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
    ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
    0.3,
    later="Kuri RTNB guhera",
    extra_rows=_more,
    cta="Raba",
)


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
