# ruff: noqa: E501  (HTML templates read best on one line)
"""Koha OPAC (English, United Kingdom): a public library authority's catalogue running Koha,
the open-source library system, a DVD's or box set's record. The cover image; the <h1>
(the meta line under it on some deploys); the 'Summary' note; a 'Place hold' button; the
record's fields as Koha's results summaries ('<span class="label">Term: </span>value'), its
MARC view table, or a definition list: 'Director', 'Screenwriter', 'Music', 'Producer',
'Photography' (traps), 'Genre/Form', 'Country of production', 'Year of original release',
'Running time: 111 mins' (or '111 minutes'; a series' ' per episode'), 'BBFC certificate'
(U/PG/12/15/18), 'Number of series', 'Release date: 27 October 1995' beside a later 'DVD release date'
(the disc's: a trap), 'Production company'; the cataloguer's 'Publisher' (the disc's,
'London : Arrow Films, [2019]', a later year), 'Edition', 'Physical description' ('1
videodisc (111 min.) : sound, colour ; 4 3/4 in.') and 'Notes' ('Originally released as a
film in 1995.'); 'IMDb'; 'Cast'; the trailer; a box set's episodes; the holdings table
(branches, shelf marks, 'Due 14/12/2026', reservations, other editions with their own
years); readers' comments; 'Other items you may like'; a JSON-LD Movie on some pages. 'Average
rating (1,234 votes)' beside 'Issued 12,345 times' (a trap). No tagline, audience text,
streaming block, budget or gross."""

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
    rated,
    record_rows,
    render_site,
    uk_date,
)

NAME = "kohaopac"
BOARD = ages("U", "PG", "12", "15", "18")
CHROME = Chrome(
    "en-GB",
    "Borough Libraries Catalogue",
    ("Search", "Browse", "Lists", "New titles", "Your account"),
    ("This catalogue uses cookies to keep you logged in.", "OK", "Cookie settings"),
    ("About the library", "Opening hours", "Accessibility", "Privacy notice", "Contact us"),
    "© 2026 Borough Libraries · Powered by Koha",
    "__KOHA__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenwriter",
        "music": "Music",
        "producer": "Producer",
        "camera": "Photography",
        "genre": "Genre/Form",
        "country": "Country of production",
        "year": "Year of original release",
        "runtime": "Running time",
        "rating": "BBFC certificate",
        "seasons": "Number of series",
        "released": "Release date",
        "studio": "Production company",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Summary",
        "details": "Title details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Contents",
        "reviews": "Comments",
        "no_reviews": "No comments yet",
        "rail": "Other items you may like",
    },
)
RECORD = ("Publisher", "Edition", "Physical description", "Notes")
PUBLISHERS = ("Arrow Films", "Second Sight Films", "BFI", "Curzon Artificial Eye")
EDITIONS = ("Widescreen edition", "Special edition", "Restored edition", "Standard edition")
BRANCHES = (
    "Central Library",
    "Westbury Library",
    "Kingsdown Library",
    "Mobile Library",
    "Riverside Library",
)


def running(n: int, long: bool) -> str:
    return f"{n} minutes" if long else f"{n} mins"


def votes(n: int) -> str:
    return f"{grouped(n)} vote" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"Issued {grouped(n)} times"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Disc {e.season}, episode {e.number} · {running(e.minutes, long)} · first shown {uk_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _record(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    return record_rows(t, rng, RECORD, "London", PUBLISHERS, "dvd-gb", EDITIONS)


SITE = Site(
    NAME,
    "koha",
    CHROME,
    WORDS,
    uk_date,
    running,
    " per episode",
    votes,
    money_with({"GBP": "£", "USD": "US$", "EUR": "€"}),
    views,
    _episode,
    holdings(
        "Holdings",
        uk_date,
        BRANCHES,
        "DVD/F",
        "{holds} reservations on {copies} copies",
        "Other editions",
    ),
    ("koha-summary", "koha-marcview", "dl"),
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
    later="DVD release date",
    extra_rows=_record,
    cta="Place hold",
    art="poster",
)


def fit(t: Title) -> Title:
    return hide(library_votes(rated(t, BOARD)), SITE.hidden)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this system's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", f'<body class="{SITE.prefix}-{NAME}">', 1)
