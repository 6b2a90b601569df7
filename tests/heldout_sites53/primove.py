# ruff: noqa: E501  (HTML templates read best on one line)
"""Primo VE (English, United Kingdom): a university library's Ex Libris Primo VE full
record for a film or series, a streaming video or a DVD in the short loan collection. The
cover; the <h1> (the meta line under it on some deploys); the 'Description'; a 'View Online'
button; the record's fields as Primo's details elements ('bold-text' label, 'item-details-
element' value), its service details rows, or stat tiles: 'Director', 'Screenplay by',
'Composer', 'Producer', 'Director of photography' (traps; it begins with the director's
word), 'Genre', 'Country of origin', 'Original date', 'Duration: 1 hour 51 minutes' (or '111
mins'; a series' ' per episode'), 'BBFC classification' (U/PG/12A/15/18), 'Number of series', 'Release
date: 27th October 1995' beside a later 'Recorded off-air' (a trap), 'Production company';
the cataloguer's 'Publisher' (the stream's, a later year), 'Edition', 'Format' ('1 online
resource (111 min.) : sound, colour') and 'Notes' ('Originally released as a film in
1995.'); 'IMDb'; 'Cast'; a series' episodes; 'Get It' (libraries, shelf marks, 'Due
14/12/2026', requests, other formats with their own years); reviews; 'Related reading'; a
JSON-LD Movie on some pages. '12,345 views' (a counter; no votes). £. No tagline, audience
text, streaming block, votes, trailer, budget or gross."""

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
    holdings,
    library_votes,
    money_with,
    ordinal_date,
    rated,
    record_rows,
    render_site,
    words_hm,
)

NAME = "primove"
BOARD = ages("U", "PG", "12A", "15", "18")
CHROME = Chrome(
    "en-GB",
    "Library Search",
    ("Library Search", "Journals", "Databases", "Reading lists", "My Library Account"),
    ("Library Search uses cookies to keep you signed in.", "Accept", "Cookie policy"),
    ("Library home", "Opening hours", "Accessibility", "Privacy", "Contact the library"),
    "© 2026 University Library · Ex Libris Primo VE",
    "__PRIMO__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenplay by",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Director of photography",
        "genre": "Genre",
        "country": "Country of origin",
        "year": "Original date",
        "runtime": "Duration",
        "rating": "BBFC classification",
        "seasons": "Number of series",
        "released": "Release date",
        "studio": "Production company",
        "budget": "Production budget",
        "box_office": "Takings",
    },
    {
        "about": "Description",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Reviews",
        "no_reviews": "No reviews",
        "rail": "Related reading",
    },
)
RECORD = ("Publisher", "Edition", "Format", "Notes")
PUBLISHERS = ("Kanopy", "Box of Broadcasts", "BFI", "Curzon Home Cinema")
EDITIONS = ("Streaming video", "Restored version", "Director's cut", "Standard version")
BRANCHES = (
    "Main Library",
    "Arts Library",
    "Short Loan Collection",
    "Medical Library",
    "Music Library",
)


def running(n: int, long: bool) -> str:
    return words_hm(n) if long else f"{n} mins"


def votes(n: int) -> str:
    return f"{grouped(n)} rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} views"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Series {e.season}, episode {e.number} · {running(e.minutes, long)} · broadcast {ordinal_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _record(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    return record_rows(t, rng, RECORD, "[London]", PUBLISHERS, "online-gb", EDITIONS)


SITE = Site(
    NAME,
    "primo",
    CHROME,
    WORDS,
    ordinal_date,
    running,
    " per episode",
    votes,
    money_with({"GBP": "£", "USD": "US$", "EUR": "€"}),
    views,
    _episode,
    holdings(
        "Get It",
        ordinal_date,
        BRANCHES,
        "PN1997",
        "{holds} requests on {copies} copies",
        "Other formats",
    ),
    ("primo-elements", "primo-service", "stats"),
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
    later="Recorded off-air",
    extra_rows=_record,
    cta="View Online",
    art="poster",
)


def fit(t: Title) -> Title:
    return hide(library_votes(rated(t, BOARD)), SITE.hidden)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this system's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", f'<body class="{SITE.prefix}-{NAME}">', 1)
