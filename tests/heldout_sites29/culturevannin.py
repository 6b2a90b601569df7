# ruff: noqa: E501  (HTML templates read best on one line)
"""Culture Vannin: a film or series page of the Isle of Man's culture body's video library, in
Manx (Gaelg). A backdrop; the <h1> (the meta line '1995 · 15 · 1 oor as 51 minnid · Drama'
under it, in the hero's <header> on some deploys); the score with '(1,234 teiyn)' beside 'Er ny
akin 12,345 keayrt' (views, a trap); 'Mychione'; the facts as lines whose label is a
highlighted <mark>, a grid of display:contents rows, or a table whose label column only its
<colgroup> marks: 'Stiureyder', 'Screeudeyr', 'Kiaulleyder', 'Jeantagh' and 'Fotografeyr'
(traps), 'Sorch', 'Cheer', 'Blein', 'Traa: 111 minnid' or '1 oor as 51 minnid' (a series'
'son dagh ayrn'), 'Eash' (U/PG/12/15/18), 'Laa soilshaghey: 27 Jerrey Fouyir 1995' (the Manx
months) or '27/10/1995' beside a later 'Ayns Doolish veih' (a trap), 'Studio', 'Argid: $3,600,000',
'Cosney', 'Rheynnyn', 'Çhengey'; 'Cleaghtee'; the trailer; a series' episodes with their own
lengths, dates and directors; a Manx Radio slot and a DVD's price in pounds (traps); comments;
'Tooilley'; a JSON-LD Movie on some pages. No tagline, audience text, IMDb link or streaming
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

NAME = "culturevannin"
MONTHS = (
    "Jerrey Geuree",
    "Toshiaght Arree",
    "Mayrnt",
    "Averil",
    "Boaldyn",
    "Mean Souree",
    "Jerrey Souree",
    "Luanistyn",
    "Mean Fouyir",
    "Jerrey Fouyir",
    "Mee Houney",
    "Mee ny Nollick",
)
GENRES = {
    "Action": "Obbyr",
    "Adventure": "Yindys",
    "Animation": "Beoghey",
    "Comedy": "Comedee",
    "Crime": "Loght",
    "Documentary": "Feanishys",
    "Drama": "Drama",
    "Family": "Lught-thie",
    "Fantasy": "Aashlin",
    "History": "Shennaghys",
    "Horror": "Aggle",
    "Music": "Kiaull",
    "Mystery": "Follaghtys",
    "Romance": "Graih",
    "Science Fiction": "Oaylleeaght-fansee",
    "Thriller": "Sceeal-aggle",
    "War": "Caggey",
    "Western": "Sceeal yn Sheear",
}
COUNTRIES = {
    "United States": "Steatyn Unnaneysit",
    "United Kingdom": "Reeriaght Unnaneysit",
    "France": "Yn Raank",
    "Germany": "Yn Ghermaan",
    "Japan": "Yn Çhapaan",
    "China": "Yn Çhiney",
    "South Korea": "Yn Chorea Yiass",
    "India": "Yn Injey",
    "Brazil": "Yn Vrasseel",
    "Australia": "Yn Austrail",
    "Canada": "Yn Chanadey",
    "Spain": "Yn Spaayn",
    "Italy": "Yn Iddaal",
    "Mexico": "Mexico",
    "Nigeria": "Yn Nigeer",
    "Sweden": "Yn Toolynn",
    "Denmark": "Yn Danvark",
    "Argentina": "Yn Argenteen",
    "Iran": "Yn Eeraan",
    "Poland": "Yn Pholynn",
}
EASH = ages("U", "PG", "12", "15", "18")
PROSE = Prose(
    verbs=("chymmey", "feddyn", "shirrey", "roie", "coadey", "caill"),
    things=(
        "balley beg rish y keayn",
        "eaghtyr y lught-thie",
        "shenn thie-sollys",
        "claare follit",
        "balley ec oirr y cheer",
        "yn baatey s'jerree",
    ),
    synopsis=(
        "Ta {hero} {verb} {thing}, as ta {other} {verb2} {thing2} neesht. "
        "Ta {title} ny skeeal mychione gialdyn shenn ta er ny phrowal rish blein slane."
    ),
    taglines=("Ta'n clag cheet.",),
    audiences=("Va'n cleaghtee mie lesh y vooinjer.",),
)
CHROME = Chrome(
    "gv",
    "Culture Vannin",
    ("Thie", "Filmyn", "Sraueyn", "Kiaull", "Gaelg", "Shirrey"),
    ("Ta shin jannoo ymmyd jeh cookies.", "Ta mee aggindagh", "Reihghyn"),
    ("Mychione", "Cur fys", "Conaantyn", "Preevaadjys"),
    "© 2026 Culture Vannin",
    "__VANNIN__",
)
WORDS = Words(
    {
        "director": "Stiureyder",
        "writer": "Screeudeyr",
        "music": "Kiaulleyder",
        "producer": "Jeantagh",
        "camera": "Fotografeyr",
        "genre": "Sorch",
        "country": "Cheer",
        "year": "Blein",
        "runtime": "Traa",
        "rating": "Eash",
        "seasons": "Rheynnyn",
        "released": "Laa soilshaghey",
        "studio": "Studio",
        "budget": "Argid",
        "box_office": "Cosney",
    },
    {
        "about": "Mychione",
        "details": "Fys",
        "cast": "Cleaghtee",
        "trailer": "Blass",
        "episodes": "Ayrnyn",
        "reviews": "Baghtallyn",
        "no_reviews": "Cha nel baghtal erbee foast.",
        "rail": "Tooilley",
    },
)


def laa(d: date, long: bool) -> str:
    """'27 Jerrey Fouyir 1995' or '27/10/1995'."""
    return (
        f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"
    )


def traa(n: int, long: bool) -> str:
    """'1 oor as 51 minnid', '2 oor' or '111 minnid'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} minnid"
    return f"{big} oor" + (f" as {small} minnid" if small else "")


def teiyn(n: int) -> str:
    """'(1,234 teiyn)', '(1 teiy)'."""
    return "(1 teiy)" if n == 1 else f"({grouped(n)} teiyn)"


def argid(m: Money) -> str:
    """'$3,600,000', '£2,400,000', 'EUR 7,200,000'."""
    sign = {"USD": "$", "GBP": "£"}.get(m.currency)
    return f"{sign}{grouped(m.amount)}" if sign else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Rheynn {e.season}, ayrn {e.number} · {traa(e.minutes, long)} · {laa(e.aired, long)}</p><p>Stiureyder: {esc(e.director)}</p>"


def _radio(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("radio")}"><h2>Er Radio Vannin</h2><p>Jedoonee, {rng.choice(("7", "8"))}.{rng.choice(("00", "30"))} fastyr: loayrtys mychione y film.</p><p>DVD ry chreck: £{rng.choice(("9.99", "12.50"))} ayns shapp Culture Vannin, Doolish.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Çhengey", pick(rng, ("Gaelg", "Baarle, lesh fo-screeuyn Gaelg", "Gaelg as Baarle")))]


SITE = Site(
    NAME,
    "cv",
    CHROME,
    WORDS,
    laa,
    traa,
    " son dagh ayrn",
    teiyn,
    argid,
    lambda n: f"Er ny akin {grouped(n)} keayrt",
    _episode,
    _radio,
    ("mark", "contents", "colgroup"),
    frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
    ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
    0.3,
    later="Ayns Doolish veih",
    extra_rows=_more,
    cta="Jeeagh",
)


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), EASH), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.65 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
