# ruff: noqa: E501  (HTML templates read best on one line)
"""Polaris Vega (English, United States): a public library's Vega Discover record for a
Blu-ray or DVD (the Polaris PowerPAC full display on older deploys). The cover; the <h1> (the
meta line under it on some deploys); the 'Summary'; a 'Get it' button; the record's fields as
Vega's record fields, PowerPAC's full display table, or dot leaders: 'Director', 'Writers',
'Music by', 'Producers', 'Director of photography' (traps; it begins with the director's
word), 'Genre', 'Country of production', 'Original release', 'Duration: 1h 51m' (or '111
min'; a series' ' per episode'), 'MPAA rating' (G/PG/PG-13/R/NC-17), 'Number of seasons',
'Theatrical release: Oct 27, 1995' beside a later 'Publication date' (the disc's: a trap),
'Production companies'; the cataloguer's 'Publication' (a later year), 'Edition', 'Physical
description' ('1 Blu-ray disc (111 min.) : sound, color ; 4 3/4 in.') and 'General note'
('Originally released as a motion picture in 1995.'); 'IMDb'; 'Cast'; a series' episodes;
'Availability' (branches, call numbers, 'Due 12/14/2026', holds on copies, other formats with
their own years); community reviews; 'You might also like'; a JSON-LD Movie on some pages.
'12,345 checkouts' (a counter; no votes). US dollars written '$'. No tagline, audience text,
streaming block, votes, trailer, budget or gross."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites53.common import (
    Chrome,
    Site,
    Words,
    ages,
    hide,
    hm,
    holdings,
    library_votes,
    money_with,
    rated,
    record_rows,
    render_site,
    short_date,
)

NAME = "polarisvega"
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "Vega Discover",
    ("Discover", "Events", "eResources", "Kids & Teens", "My Account"),
    ("This site uses cookies to improve your library experience.", "Accept all", "Preferences"),
    ("About Us", "Locations & Hours", "Library Policies", "Careers", "Contact"),
    "© 2026 Riverbend Public Library · Polaris Vega",
    "__VEGA__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writers",
        "music": "Music by",
        "producer": "Producers",
        "camera": "Director of photography",
        "genre": "Genre",
        "country": "Country of production",
        "year": "Original release",
        "runtime": "Duration",
        "rating": "MPAA rating",
        "seasons": "Number of seasons",
        "released": "Theatrical release",
        "studio": "Production companies",
        "budget": "Budget",
        "box_office": "Worldwide gross",
    },
    {
        "about": "Summary",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Community reviews",
        "no_reviews": "No reviews yet",
        "rail": "You might also like",
    },
)
RECORD = ("Publication", "Edition", "Physical description", "General note")
PUBLISHERS = ("Lionsgate", "Shout! Factory", "Kino Lorber", "20th Century Fox Home Entertainment")
EDITIONS = ("Blu-ray edition", "Steelbook edition", "Anniversary edition", "Blu-ray + DVD combo")
BRANCHES = ("Central", "Maple Grove", "Harbor Point", "Southfield", "Westwood")


def running(n: int, long: bool) -> str:
    return hm(n, True) if long else f"{n} min"


def votes(n: int) -> str:
    return f"{grouped(n)} rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} checkouts"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} E{e.number} · {running(e.minutes, long)} · {short_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _record(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    return record_rows(
        t, rng, RECORD, "[Santa Monica, California]", PUBLISHERS, "bluray-us", EDITIONS
    )


SITE = Site(
    NAME,
    "vega",
    CHROME,
    WORDS,
    short_date,
    running,
    " per episode",
    votes,
    money_with({"USD": "$", "EUR": "€", "GBP": "£"}),
    views,
    _episode,
    holdings(
        "Availability",
        short_date,
        BRANCHES,
        "BLU-RAY",
        "{holds} holds on {copies} copies",
        "Other formats",
    ),
    ("vega-fields", "polaris-full", "leaders"),
    frozenset(
        {
            "tagline",
            "audience_summary",
            "streaming",
            "budget",
            "box_office",
            "trailer_url",
            "user_rating_count",
        }
    ),
    ("director", "author", "genre", "contentRating", "datePublished", "numberOfSeasons"),
    0.4,
    later="Publication date",
    extra_rows=_record,
    cta="Get it",
    art="poster",
)


def fit(t: Title) -> Title:
    return hide(library_votes(rated(t, BOARD)), SITE.hidden)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this system's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", f'<body class="{SITE.prefix}-{NAME}">', 1)
