# ruff: noqa: E501  (HTML templates read best on one line)
"""Disney+ (English, US): the streaming service's web title page, its 'Details' tab. A 16:9
backdrop; the <h1> (the meta line '1995 · PG-13 · 1h 51m · Drama' under it on some deploys); the
description; a 'Play' button; the Details tab's facts as bold-label table rows (this set's),
value-list definitions (this set's) or a definition list (an earlier set's): 'Duration: 1h 51m' (or
'111m'; a series' ' per episode'), 'Release' (the year alone, as Disney+ shows it), 'Genre',
'Rating' (G/PG/PG-13/TV-14/TV-MA), 'Seasons', 'Director', 'Writer', 'Producer' (a trap),
'Audio' and 'Subtitles' (rows the record has no key for); 'Starring'; a series' episodes
('S1:E3 · 45m'); the plans' monthly prices (a trap); reviews; 'Suggested'; a JSON-LD Movie on
some pages. No vote count: '12,345 added to Watchlist' is a counter (a trap). No tagline,
audience text, release day, countries, studios, money, IMDb link, trailer or streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites45.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    dollars,
    fit_rng,
    hide,
    hm,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    us_date,
)

NAME = "disneyplus"
CERTS = ages("G", "PG", "PG-13", "TV-14", "TV-MA")
CHROME = Chrome(
    "en-US",
    "Disney+",
    ("Home", "Search", "Watchlist", "Originals", "Movies", "Series", "Profile"),
    ("We use cookies and similar technologies.", "Accept All", "Manage Preferences"),
    (
        "Privacy Policy",
        "Subscriber Agreement",
        "Your US State Privacy Rights",
        "Help",
        "Supported Devices",
        "About Disney+",
    ),
    "© Disney. All Rights Reserved.",
    "__BAMGRID_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "",
        "producer": "Producer",
        "camera": "",
        "genre": "Genre",
        "country": "",
        "year": "Release",
        "runtime": "Duration",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "",
        "studio": "",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Description",
        "details": "Details",
        "cast": "Starring",
        "trailer": "Extras",
        "episodes": "Episodes",
        "reviews": "Reviews",
        "no_reviews": "No reviews yet.",
        "rail": "Suggested",
    },
)


def duration(n: int, long: bool) -> str:
    """'1h 51m', '2h' or '111m'."""
    return hm(n, long)


def views(n: int) -> str:
    return f"{grouped(n)} added to Watchlist"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season}:E{e.number} · {duration(e.minutes, long)} · {us_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _plans(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Choose your plan</h2><p>Disney+ Basic ${pick(rng, ("9.99", "10.99"))}/month · Disney+ Premium ${pick(rng, ("15.99", "16.99"))}/month · $159.99/year</p></aside>'


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Audio", pick(rng, ("English, Spanish, French", "English, Español", "English"))),
            ("Subtitles", pick(rng, ("English [CC], Español, Français", "English [CC]"))),
        ]
    )


SITE = Site(
    NAME,
    "dsp",
    CHROME,
    WORDS,
    us_date,
    duration,
    " per episode",
    lambda n: f"{grouped(n)} ratings",
    dollars,
    views,
    _episode,
    _plans,
    ("tdstrong", "ddlist", "dl"),
    frozenset(
        {
            "tagline",
            "audience_summary",
            "user_rating_count",
            "release_date",
            "countries",
            "studios",
            "budget",
            "box_office",
            "imdb_id",
            "trailer_url",
            "streaming",
        }
    ),
    ("director", "author", "genre", "contentRating"),
    0.4,
    traps=("producer",),
    extra_rows=_more,
    cta="Play",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The Details tab: the shared skeleton in Disney+'s words, formats and blocks."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="dsp-app">', 1)
