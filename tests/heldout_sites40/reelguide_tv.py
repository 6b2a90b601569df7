# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide TV (English, US), ReelGuide's smart-TV app (a 10-foot UI for 1920x1080 screens,
the same HTML on Tizen, webOS and the browser): large type, everything a tile the remote's
arrow keys move focus between, a spatial-navigation script. A 16:9 backdrop; the <h1> (the
meta line '1995 · PG-13 · 1h 51m · Drama' under it on some deploys); 'Storyline'; a 'Play'
button; the facts in focusable tiles, a CMS's field blocks or a table: 'Director', 'Writer',
'Music', 'Producer', 'Cinematography' (traps), 'Genre', 'Country', 'Year', 'Runtime: 1h 51m'
(or '111 min'; a series' 'per episode'), 'Rated' (G/PG/PG-13/R/NC-17), 'Seasons', 'Released:
October 27, 1995' (or '10/27/1995') beside a later 'Available until' (a trap), 'Studio',
'Budget', 'Box office', 'Audio', 'Picture'; 'IMDb'; 'Cast'; the trailer; a series' episodes;
the rent/buy prices (a trap); comments; 'Up next'; a JSON-LD Movie on some pages. '1,234
ratings' beside '12,345 watching now' (a trap). No tagline, audience text or streaming
block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites40.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    hm,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    us_date,
    votes_in,
)

NAME = "reelguide_tv"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide TV",
    ("Home", "Movies", "Shows", "Live", "Search", "Settings"),
    ("ReelGuide TV uses cookies. Press OK to accept.", "OK", "Options"),
    ("Help", "Sign out", "Parental controls", "Privacy", "Terms"),
    "© 2026 ReelGuide TV. Use your remote's arrow keys to move, OK to select.",
    "__RG_TV__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Music",
        "producer": "Producer",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Released",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Storyline",
        "details": "Info",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Up next",
    },
)


def runtime(n: int, long: bool) -> str:
    """'1h 51m' or '111 min'."""
    return hm(n, True) if long else f"{n} min"


def votes(n: int) -> str:
    return votes_in("rating", n, paren=False)


def money(m: Money) -> str:
    """'$3,600,000' or 'EUR 7,200,000'."""
    return f"${grouped(m.amount)}" if m.currency == "USD" else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season}:E{e.number} · {runtime(e.minutes, long)} · {us_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _store(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("store")}"><h2>Rent or buy</h2><p>Rent HD ${pick(rng, ("3.99", "4.99"))} · Buy HD ${pick(rng, ("14.99", "19.99"))} · Buy 4K ${pick(rng, ("19.99", "24.99"))}</p><p>Rentals last 48 hours once started.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Audio", pick(rng, ("Dolby Atmos", "5.1", "Stereo"))),
            ("Picture", pick(rng, ("4K Dolby Vision", "HDR10", "HD"))),
        ]
    )


SITE = Site(
    NAME,
    "rgt",
    CHROME,
    WORDS,
    us_date,
    runtime,
    " per episode",
    votes,
    money,
    lambda n: f"{grouped(n)} watching now",
    _episode,
    _store,
    ("focus", "cms", "table"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    ("director", "genre", "contentRating", "datePublished", "numberOfSeasons", "aggregateRating"),
    0.4,
    later="Available until",
    extra_rows=_more,
    cta="Play",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


STACK_HEAD = '<meta name="viewport" content="width=1920, user-scalable=no"><script src="/rgt/spatial-navigation.min.js" defer></script><style>body{width:1920px;font-size:28px;background:#000;color:#fff}:focus{outline:6px solid #fff}</style>'


def render(t: Title, ctx: Context) -> str:
    """The TV app's page: the viewport fixed at 1920 pixels, the spatial-navigation script, and
    the body marked with the platform and its focus root."""
    out = render_site(SITE, t, ctx).replace("</head>", STACK_HEAD + "</head>", 1)
    return out.replace("<body>", '<body data-platform="tizen" data-focus-root="app">', 1)
