# ruff: noqa: E501  (HTML templates read best on one line)
"""Foxtel (English, Australia): the Foxtel TV guide's programme page for a film or a series: the
backdrop, the <h1> (the meta line under it on some deploys), the 'Synopsis', a 'Record' button;
the facts as Foxtel's programme meta items ('fxtl-meta-item', keyed by a data attribute), its
attribute list (<label> and <output>), or CSS captions. Its words: 'Director', 'Writer(s)',
'Composer', 'Producers', 'Cinematographer' (crew in other jobs: traps), 'Genre', 'Country',
'Year', 'Duration' ('1 hr 51 min' or '111 min'; a series' 'per episode'), 'Rating' (Australian
classifications), 'Seasons', 'Released' ('27 October 1995' or '27/10/1995') beside a later 'On
Foxtel from' (the television premiere: a trap), 'Studio', the guide's own rows ('Channel',
'Next airing' with a December 2026 date and a time, 'On demand until', 'Consumer advice'); the
cast; the trailer; a series' episodes with their own lengths, dates and directors; the upcoming
airings table (channels, dates, slot lengths), the 'Tonight on' grid and the add-on pack's
price ('Add the Movies pack for A$9.99/month': no budget); viewers' comments; 'Also on Foxtel
tonight' (other titles with their slots, channels, years, certificates and lengths); 'Set to
record 12,345 times' (a counter; no votes); a JSON-LD Movie or TVSeries on some pages. No
tagline, audience text, where-to-watch block, budget, gross, votes."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites55.common import (
    CHANNELS,
    Chrome,
    Site,
    Words,
    ages,
    airings,
    guide_rows,
    hide,
    money_with,
    rated,
    render_site,
    uk_date,
)

NAME = "foxtelguide"
BOARD = ages("G", "PG", "M", "MA15+", "R18+")
CHANNEL_LIST = (
    "Foxtel Movies Premiere",
    "Foxtel Movies Drama",
    "Showcase",
    "FOX8",
    "BBC First",
    "Foxtel Movies Classics",
)
CHANNELS["fxtl"] = CHANNEL_LIST
CHROME = Chrome(
    "en-AU",
    "Foxtel TV Guide",
    ("TV Guide", "Movies", "Sport", "Kids", "Foxtel GO"),
    ("We use cookies to personalise your guide.", "Accept all", "Manage cookies"),
    ("About Foxtel", "Packages", "Help", "Privacy", "Terms"),
    "© 2026 Foxtel Management Pty Ltd",
    "__FXTL__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer(s)",
        "music": "Composer",
        "producer": "Producers",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Released",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Synopsis",
        "details": "Programme info",
        "cast": "Cast",
        "trailer": "Preview",
        "episodes": "Episodes",
        "reviews": "Viewer comments",
        "no_reviews": "No comments",
        "rail": "Also on Foxtel tonight",
    },
)
GUIDE = ("Channel", "Next airing", "On demand until", "Consumer advice")


def running(n: int, long: bool) -> str:
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min"
    out = f"{big} hr"
    return out + (f" {small} min" if small else "")


def votes(n: int) -> str:
    return f"{grouped(n)} vote" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"Set to record {grouped(n)} times"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, episode {e.number} · {running(e.minutes, long)} · first aired {uk_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _guide(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    return guide_rows(t, rng, GUIDE, CHANNEL_LIST, uk_date, True)


SITE = Site(
    NAME,
    "fxtl",
    CHROME,
    WORDS,
    uk_date,
    running,
    " per episode",
    votes,
    money_with({"AUD": "A$", "USD": "US$", "EUR": "€"}),
    views,
    _episode,
    airings(
        "Upcoming airings", uk_date, CHANNEL_LIST, "Add the Movies pack for A${price}/month", True
    ),
    ("fxtl-meta", "fxtl-attrs", "caption"),
    frozenset(
        ["audience_summary", "box_office", "budget", "streaming", "tagline", "user_rating_count"]
    ),
    ("director", "author", "genre", "contentRating", "datePublished", "numberOfSeasons"),
    0.4,
    later="On Foxtel from",
    extra_rows=_guide,
    cta="Record",
    crumbs="TV guide",
)


def fit(t: Title) -> Title:
    return hide(rated(t, BOARD), SITE.hidden)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this guide's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", f'<body class="{SITE.prefix}-{NAME}">', 1)
