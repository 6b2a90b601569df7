# ruff: noqa: E501  (HTML templates read best on one line)
"""TG4 Player (English, Ireland): the Irish-language public broadcaster's player in its English
interface, a film or series page. A backdrop; the <h1> (the meta line under it on some
deploys); 'About'; a 'Watch now' button; the facts as TG4's info panel (key and value spans),
its 'eolas' table (row headers, 'eolas' being Irish for information) or stat tiles: 'Directed
by', 'Written by', 'Composer', 'Series producer', 'Camera' (traps), 'Category', 'Country',
'Year', 'Running time: 1h 51m' (or '111 min'; a series' ' each'), 'Age rating' (IFCO:
G/PG/12A/15A/18), 'Seasons', 'First released: 27 Oct 1995' (or '27/10/1995') beside a later
'Available until' (the player's expiry: a trap), 'Production', 'Budget', 'Takings',
'Language', 'Subtitles' (rows the record has no key for); 'IMDb'; 'Cast'; the trailer; a
series' episodes; the TG4 shop's box set (a euro price, a trap); viewers' comments; 'You may
also like'; a JSON-LD Movie on some pages. '1,234 ratings' beside '12,345 plays' (a trap). No
tagline, audience text or streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites51.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    dmy_short,
    fit_rng,
    hide,
    hm,
    money_with,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    votes_in,
)

NAME = "tg4player"
IFCO = ages("G", "PG", "12A", "15A", "18")
CHROME = Chrome(
    "en-IE",
    "TG4 Player",
    ("Home", "Films", "Drama", "Sport", "Cúla4", "Gaeilge"),
    ("TG4 uses cookies to improve your experience.", "Accept", "Manage"),
    ("About TG4", "Accessibility", "Privacy", "Terms", "Contact"),
    "© TG4 2026",
    "__TG4_PLAYER__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Composer",
        "producer": "Series producer",
        "camera": "Camera",
        "genre": "Category",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Age rating",
        "seasons": "Seasons",
        "released": "First released",
        "studio": "Production",
        "budget": "Budget",
        "box_office": "Takings",
    },
    {
        "about": "About",
        "details": "Information",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "Be the first to comment",
        "rail": "You may also like",
    },
)
SYSTEM = "TG4"


def running(n: int, long: bool) -> str:
    """'1h 51m' or '111 min'."""
    return hm(n, True) if long else f"{n} min"


def votes(n: int) -> str:
    return votes_in("rating", n, paren=False)


def views(n: int) -> str:
    return f"{grouped(n)} plays"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} E{e.number} · {running(e.minutes, long)} · {dmy_short(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>TG4 Shop</h2><p>Box set on DVD €{pick(rng, ("19.99", "24.99"))} · Poster €{pick(rng, ("9.50", "12.00"))} · Free delivery over €50</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Language", pick(rng, ("Irish", "Irish, English", "English"))),
            ("Subtitles", pick(rng, ("English", "Irish, English"))),
        ]
    )


SITE = Site(
    NAME,
    "tg4",
    CHROME,
    WORDS,
    dmy_short,
    running,
    " each",
    votes,
    money_with({"EUR": "€", "GBP": "£", "USD": "US$"}),
    views,
    _episode,
    _shop,
    ("tg4-panel", "tg4-eolas", "stats"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    (
        "director",
        "author",
        "genre",
        "contentRating",
        "datePublished",
        "numberOfSeasons",
        "aggregateRating",
    ),
    0.4,
    later="Available until",
    extra_rows=_more,
    cta="Watch now",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, IFCO), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this service's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", f'<body class="{SITE.prefix}-{NAME}">', 1)
