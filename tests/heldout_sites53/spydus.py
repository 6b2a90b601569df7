# ruff: noqa: E501  (HTML templates read best on one line)
"""Spydus (English, Australia): a regional library's Civica Spydus catalogue, a Blu-ray's or
series' full display. The cover; the <h1> (the meta line under it on some deploys); the
'Summary'; a 'Reserve' button; the record's fields as Spydus' full display rows ('fd-caption'
beside 'fd-content'), its record lines, or a table: 'Director', 'Writer', 'Composer',
'Producer', 'Photography' (traps), 'Form/Genre', 'Country of origin', 'Year', 'Duration: 111
min' (or '1h 51m'; a series' ' per episode'), 'Rating' (ACB: G/PG/M/MA15+/R18+), 'Seasons',
'Release: 27 October 1995' beside a later 'Added to collection' (a trap), 'Studio'; the
cataloguer's 'Publication details' (the disc's, a later year), 'Edition', 'Physical details'
('1 Blu-ray disc (111 min.) : sound, colour ; 4 3/4 in.') and 'Notes' ('Originally released
as a film in 1995.'); 'IMDb'; 'Cast'; the trailer; a series' episodes; 'Availability'
(branches, call numbers, 'Due 14/12/2026', reservations, other formats with their own years);
reviews; 'You may also like'; a JSON-LD Movie on some pages. '(1,234 votes)' beside '12,345
loans' (a trap). A$. No tagline, audience text, streaming block, budget or gross."""

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
    uk_date,
)

NAME = "spydus"
BOARD = ages("G", "PG", "M", "MA15+", "R18+")
CHROME = Chrome(
    "en-AU",
    "Regional Libraries",
    ("Catalogue", "eResources", "Events", "Kids", "My Account"),
    ("This catalogue uses cookies for your session.", "OK", "Privacy"),
    ("About us", "Branches", "Membership", "Privacy", "Contact"),
    "© 2026 Regional Libraries · Civica Spydus",
    "__SPYDUS__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Photography",
        "genre": "Form/Genre",
        "country": "Country of origin",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Gross takings",
    },
    {
        "about": "Summary",
        "details": "Full display",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Reviews",
        "no_reviews": "No reviews",
        "rail": "You may also like",
    },
)
RECORD = ("Publication details", "Edition", "Physical details", "Notes")
PUBLISHERS = (
    "Madman Entertainment",
    "Umbrella Entertainment",
    "Universal Sony Pictures Home Entertainment Australia",
    "Icon Film Distribution",
)
EDITIONS = ("Blu-ray edition", "Special edition", "Remastered edition", "Limited edition")
BRANCHES = (
    "City Library",
    "Harbourside Library",
    "Valley Library",
    "Ridge Library",
    "Mobile Library",
)


def running(n: int, long: bool) -> str:
    return hm(n, True) if long else f"{n} min"


def votes(n: int) -> str:
    return f"{grouped(n)} vote" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} loans"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} Ep {e.number} · {running(e.minutes, long)} · aired {uk_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _record(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    return record_rows(t, rng, RECORD, "[Melbourne, Vic.]", PUBLISHERS, "bluray-au", EDITIONS)


SITE = Site(
    NAME,
    "spd",
    CHROME,
    WORDS,
    uk_date,
    running,
    " per episode",
    votes,
    money_with({"AUD": "A$", "USD": "US$", "GBP": "£", "EUR": "€", "NZD": "NZ$"}),
    views,
    _episode,
    holdings(
        "Availability",
        uk_date,
        BRANCHES,
        "BD",
        "{holds} reservations on {copies} copies",
        "Other formats",
    ),
    ("spydus-fd", "spydus-lines", "table"),
    frozenset({"tagline", "audience_summary", "streaming", "budget", "box_office"}),
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
    later="Added to collection",
    extra_rows=_record,
    cta="Reserve",
    art="poster",
)


def fit(t: Title) -> Title:
    return hide(library_votes(rated(t, BOARD)), SITE.hidden)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this system's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", f'<body class="{SITE.prefix}-{NAME}">', 1)
