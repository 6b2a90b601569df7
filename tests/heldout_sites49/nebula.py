# ruff: noqa: E501  (HTML templates read best on one line)
"""Nebula (English, US), the creator-owned streaming service: a Nebula Original's page (the
documentary or series' poster, the <h1> with the meta line under it on some deploys, 'About',
a 'Watch' button, the details). The facts as React data-testid metadata items
(metadata-label / metadata-value), chips (chip__label / chip__value), or dot leaders (an
earlier set's): 'Directed by', 'Written by', 'Music by', 'Produced by', 'Cinematography by'
(traps), 'Category', 'Country', 'Year', 'Length: 111 minutes' (or '111 min'; a series' ' per
episode'), 'Maturity rating', 'Seasons', 'Published: October 27, 1995' (or '10/27/1995')
beside a later 'YouTube release' (a trap: Nebula gets videos early), 'Production company',
'Budget', 'Box office', 'Channel' and 'Captions' (no key); 'IMDb';
'Cast'; the trailer; a series' episodes; subscription prices (a trap); comments; 'More
Nebula Originals'; a JSON-LD Movie on some pages. No votes ('12,345 views' is a view
counter, a trap), tagline, audience text or streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites49.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    dollars,
    fit_rng,
    hide,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    us_date,
    votes_in,
)

NAME = "nebula"
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "Nebula",
    ("Home", "Videos", "Originals", "Podcasts", "Sign in"),
    ("Nebula uses cookies to keep you signed in.", "Got it", "Learn more"),
    ("About", "Help", "Creators", "Privacy", "Terms"),
    "© 2026 Standard Broadcast LLC",
    "__NEBULA__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Music by",
        "producer": "Produced by",
        "camera": "Cinematography by",
        "genre": "Category",
        "country": "Country",
        "year": "Year",
        "runtime": "Length",
        "rating": "Maturity rating",
        "seasons": "Seasons",
        "released": "Published",
        "studio": "Production company",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "About",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "More Nebula Originals",
    },
)
SERVICE = "Nebula"


def running(n: int, long: bool) -> str:
    """'111 minutes' or '111 min'."""
    return f"{n} minutes" if long else f"{n} min"


def votes(n: int) -> str:
    return votes_in("rating", n, paren=False)


def views(n: int) -> str:
    return f"{grouped(n)} views"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number}, season {e.season} · {running(e.minutes, long)} · {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    prices = f"${pick(rng, ('5', '6'))}/month · ${pick(rng, ('50', '60'))}/year"
    return f'<aside class="{c("shop")}"><h2>Subscribe</h2><p>{prices}</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            (
                "Channel",
                pick(rng, ("Half-Life Studio", "Waypoint Labs", "Map Room", "Signal Path")),
            ),
            ("Captions", "English"),
        ]
    )


SITE = Site(
    NAME,
    "nbl",
    CHROME,
    WORDS,
    us_date,
    running,
    " per episode",
    votes,
    dollars,
    views,
    _episode,
    _shop,
    ("nb-testid", "nb-chips", "leaders"),
    frozenset({"tagline", "audience_summary", "streaming", "user_rating_count"}),
    ("director", "author", "genre", "contentRating", "datePublished", "numberOfSeasons"),
    0.4,
    later="YouTube release",
    extra_rows=_more,
    cta="Watch",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this service's words, formats and markups."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="nbl-nebula">', 1)
