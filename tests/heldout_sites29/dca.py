# ruff: noqa: E501  (HTML templates read best on one line)
"""DCA (Dundee Contemporary Arts): a film page of the Dundee arts centre's cinema, in Scots. A
poster; a breadcrumb; the <h1> (the meta line '1995 · 15 · 1 oor 51 meenits · Drama' under it,
in the hero's <header> on some deploys); the score with '(1,234 fowk hae rated it)' beside
'12,345 fowk interestit' (a trap); 'Whit it's aboot'; the facts as rows whose labels are set
sideways (writing-mode:vertical-rl), a <menu> strip of label/value spans, or leader lines:
'Directit bi', 'Scrievit bi', 'Muisic bi', 'Producit bi' and 'Camera bi' (traps of the same
shape), 'Kind', 'Kintra', 'Year', 'Lenth: 1 oor 51 meenits' or '111 meenits' (a series'
'ilka episode'), 'Certie' (the BBFC's U/PG/12A/15/18), 'Furst shawn: 27 October 1995' (the
Scots months Januar, Mairch, Aprile, Mey, Juin, Julie...) or '27.10.1995' beside a later 'At
DCA fae' (a trap), 'Studio', 'Siller spent: $3,600,000', 'Takkins', 'Seasons', 'Subtitles';
'Wha's in it'; the trailer; a series' episodes with their own lengths, dates and directors;
screenings priced in pounds (traps); comments; 'Forby at DCA'; a JSON-LD Movie on some pages.
No tagline, audience text, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date, timedelta

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

NAME = "dca"
MONTHS = (
    "Januar",
    "Februar",
    "Mairch",
    "Aprile",
    "Mey",
    "Juin",
    "Julie",
    "August",
    "September",
    "October",
    "November",
    "December",
)
GENRES = {
    "Action": "Action",
    "Adventure": "Ploy",
    "Animation": "Animation",
    "Comedy": "Comedy",
    "Crime": "Crime",
    "Documentary": "Documentar",
    "Drama": "Drama",
    "Family": "Faimily",
    "Fantasy": "Fantasy",
    "History": "Historie",
    "Horror": "Grue",
    "Music": "Muisic",
    "Mystery": "Mystery",
    "Romance": "Winchin",
    "Science Fiction": "Science Fiction",
    "Thriller": "Thriller",
    "War": "Weir",
    "Western": "Western",
}
COUNTRIES = {
    "United States": "Unitit States",
    "United Kingdom": "Unitit Kinrick",
    "France": "Fraunce",
    "Germany": "Germanie",
    "Japan": "Japan",
    "China": "Cheenae",
    "South Korea": "Sooth Korea",
    "India": "Indie",
    "Brazil": "Brazil",
    "Australia": "Australie",
    "Canada": "Canadae",
    "Spain": "Spain",
    "Italy": "Italie",
    "Mexico": "Mexico",
    "Nigeria": "Nigerie",
    "Sweden": "Swaden",
    "Denmark": "Denmark",
    "Argentina": "Argentinae",
    "Iran": "Iran",
    "Poland": "Poland",
}
CERTIE = ages("U", "PG", "12A", "15", "18")
PROSE = Prose(
    verbs=("comes hame tae", "fins", "hunts for", "rins tae", "gairds", "tines"),
    things=(
        "a wee toun bi the sea",
        "the faimily ferm",
        "an auld lichthoose",
        "a tuim island",
        "a toun on the Border",
        "the hinmaist boat",
    ),
    synopsis=(
        "{hero} {verb} {thing}, an {other} {verb2} {thing2} an aw. "
        "{title} is a tale o an auld tryst that's pit tae the test for a hale year."
    ),
    taglines=("Awthing has its price.",),
    audiences=("Fowk were fair taen wi the cast.",),
)
CHROME = Chrome(
    "sco",
    "DCA",
    ("Whit's on", "Cinema", "Exhibitions", "Print Studio", "Learnin", "Seek"),
    ("This steid uises cookies.", "Aye, fine", "Chynge settins"),
    ("Aboot us", "Get in touch", "Terms", "Privacy"),
    "© 2026 Dundee Contemporary Arts",
    "__DCA__",
)
WORDS = Words(
    {
        "director": "Directit bi",
        "writer": "Scrievit bi",
        "music": "Muisic bi",
        "producer": "Producit bi",
        "camera": "Camera bi",
        "genre": "Kind",
        "country": "Kintra",
        "year": "Year",
        "runtime": "Lenth",
        "rating": "Certie",
        "seasons": "Seasons",
        "released": "Furst shawn",
        "studio": "Studio",
        "budget": "Siller spent",
        "box_office": "Takkins",
    },
    {
        "about": "Whit it's aboot",
        "details": "Pairticulars",
        "cast": "Wha's in it",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Whit fowk said",
        "no_reviews": "Naebody's said ocht yet.",
        "rail": "Forby at DCA",
    },
)


def scots_date(d: date, long: bool) -> str:
    """'27 October 1995' (the Scots months) or '27.10.1995'."""
    return (
        f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}.{d.month:02d}.{d.year}"
    )


def lenth(n: int, long: bool) -> str:
    """'1 oor 51 meenits', '2 oors' or '111 meenits'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} meenits"
    return (f"{big} oor" if big == 1 else f"{big} oors") + (f" {small} meenits" if small else "")


def rated_by(n: int) -> str:
    """'(1,234 fowk hae rated it)', '(1 body has rated it)'."""
    return "(1 body has rated it)" if n == 1 else f"({grouped(n)} fowk hae rated it)"


def siller(m: Money) -> str:
    """'$3,600,000', '£2,400,000', 'EUR 7,200,000'."""
    sign = {"USD": "$", "GBP": "£"}.get(m.currency)
    return f"{sign}{grouped(m.amount)}" if sign else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, episode {e.number} · {lenth(e.minutes, long)} · {scots_date(e.aired, long)}</p><p>Directit bi {esc(e.director)}</p>"


def _screenings(t: Title, c: Classes, rng: random.Random) -> str:
    """Screenings days from now (not the release), prices in pounds."""
    day = date(2026, 12, 7) + timedelta(days=rng.randint(0, 6))
    when = f"{day:%a} {day.day} {MONTHS[day.month - 1][:3]}"
    rows = "".join(
        f"<li>{when}, {hour}:{rng.choice(('00', '15', '40'))} · {room} · £{price}</li>"
        for hour, room, price in (
            (rng.randint(13, 15), "Cinema 1", rng.choice(("8.50", "9.00"))),
            (rng.randint(18, 20), "Cinema 2", rng.choice(("10.50", "11.00"))),
        )
    )
    return f'<section class="{c("screenings")}"><h2>Screenins</h2><ul>{rows}</ul><p>Concessions £6.50. Members get £2 aff.</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Subtitles", pick(rng, ("Nane", "English", "Captioned screenin on Sundays")))]


SITE = Site(
    NAME,
    "dc",
    CHROME,
    WORDS,
    scots_date,
    lenth,
    " ilka episode",
    rated_by,
    siller,
    lambda n: f"{grouped(n)} fowk interestit",
    _episode,
    _screenings,
    ("sideways", "menu", "leaders"),
    frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
    ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
    0.3,
    later="At DCA fae",
    extra_rows=_more,
    cta="Book tickets",
    art="poster",
    crumbs="Cinema",
)


def fit(t: Title) -> Title:
    t = hide(rated(translate(localize(t, PROSE), GENRES, COUNTRIES), CERTIE), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.65 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
