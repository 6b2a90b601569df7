# ruff: noqa: E501  (HTML templates read best on one line)
"""Freeview (English, United Kingdom): the Freeview TV guide's programme page for a film or a
series: the still, the <h1> (the meta line under it on some deploys), the 'About this
programme', a 'Watch live' button; the facts as Freeview's info blocks (a heading over each
value), its info table, or a definition list. Its words: 'Directed by', 'Writers', 'Original
music', 'Executive producer', 'Photography' (crew in other jobs: traps), 'Category', 'Made in',
'Year of release', 'Length' ('1 hour 51 minutes' or '111 minutes'; a series' '(each episode)'),
'Film certificate' (BBFC certificates), 'Number of series', 'Original release date' ('27th
October 1995' or '27/10/1995') beside a later 'First broadcast' (the television premiere: a
trap), 'Made by', the guide's own rows ('Channel', 'Next on' with a December 2026 date and a
time, 'Catch up until', 'Viewer guidance'); the cast; the trailer; a series' episodes with
their own lengths, dates and directors; the upcoming airings table (channels, dates, slot
lengths), the 'Tonight on' grid and the add-on pack's price ('Freely recorder box from £9.99 a
month': no budget); viewers' comments; 'Also on tonight' (other titles with their slots,
channels, years, certificates and lengths); '12,345 reminders set' (a counter; no votes); a
JSON-LD Movie or TVSeries on some pages. No tagline, audience text, where-to-watch block,
budget, gross, votes."""

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
    ordinal_date,
    rated,
    render_site,
    words_hm,
)

NAME = "freeviewuk"
BOARD = ages("U", "PG", "12", "15", "18")
CHANNEL_LIST = ("BBC One", "ITV1", "Channel 4", "Film4", "Great! Movies", "Talking Pictures TV")
CHANNELS["fv"] = CHANNEL_LIST
CHROME = Chrome(
    "en-GB",
    "Freeview TV Guide",
    ("TV Guide", "Channels", "Catch up", "Help", "Get Freeview"),
    ("We use cookies to personalise your guide.", "Accept all", "Manage cookies"),
    ("About Freeview", "Channel list", "Help & support", "Privacy", "Cookies"),
    "© 2026 Everyone TV",
    "__FV__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Writers",
        "music": "Original music",
        "producer": "Executive producer",
        "camera": "Photography",
        "genre": "Category",
        "country": "Made in",
        "year": "Year of release",
        "runtime": "Length",
        "rating": "Film certificate",
        "seasons": "Number of series",
        "released": "Original release date",
        "studio": "Made by",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "About this programme",
        "details": "Programme details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Viewers' comments",
        "no_reviews": "No comments yet",
        "rail": "Also on tonight",
    },
)
GUIDE = ("Channel", "Next on", "Catch up until", "Viewer guidance")


def running(n: int, long: bool) -> str:
    return words_hm(n) if long else f"{n} minutes"


def votes(n: int) -> str:
    return f"{grouped(n)} vote" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} reminders set"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Series {e.season}, episode {e.number} · {running(e.minutes, long)} · first broadcast {ordinal_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _guide(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    return guide_rows(t, rng, GUIDE, CHANNEL_LIST, ordinal_date, False)


SITE = Site(
    NAME,
    "fv",
    CHROME,
    WORDS,
    ordinal_date,
    running,
    " (each episode)",
    votes,
    money_with({"GBP": "£", "USD": "US$", "EUR": "€"}),
    views,
    _episode,
    airings(
        "Coming up on TV",
        ordinal_date,
        CHANNEL_LIST,
        "Freely recorder box from £{price} a month",
        False,
    ),
    ("fv-blocks", "fv-table", "dl"),
    frozenset(
        ["audience_summary", "box_office", "budget", "streaming", "tagline", "user_rating_count"]
    ),
    ("director", "author", "genre", "contentRating", "datePublished", "numberOfSeasons"),
    0.4,
    later="First broadcast",
    extra_rows=_guide,
    cta="Watch live",
    crumbs="TV guide",
)


def fit(t: Title) -> Title:
    return hide(rated(t, BOARD), SITE.hidden)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this guide's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", f'<body class="{SITE.prefix}-{NAME}">', 1)
