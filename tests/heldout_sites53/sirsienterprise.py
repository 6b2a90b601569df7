# ruff: noqa: E501  (HTML templates read best on one line)
"""SirsiDynix Enterprise (English, Australia): a council library service's Enterprise
catalogue, a DVD's or series' detail page. The cover; the <h1> (the meta line under it on
some deploys); the 'Summary'; a 'Place Hold' button; the record's fields as Enterprise's
display elements ('displayElementLabel' over 'displayElementText'), its detail child fields,
or CSS captions: 'Director', 'Screenplay', 'Music', 'Producer', 'Cinematography' (traps),
'Genre', 'Country', 'Year', 'Running time: 111 mins' (or '1 hr 51 min'; a series' ' per
episode'), 'Classification' (ACB: G/PG/M/MA15+/R18+), 'Seasons', 'Release date: 27 Oct 1995'
beside a later 'Date added' (a trap), 'Production company'; the cataloguer's 'Publication'
(the disc's, a later year), 'Edition', 'Description' ('1 videodisc (111 min.) : sound,
colour ; 4 3/4 in.') and 'General note' ('Originally released as a film in 1995.'); 'IMDb';
'Cast'; the trailer; a series' episodes; 'Item holdings' (branches, call numbers, 'Due
14/12/2026', holds, other formats with their own years); reviews; 'Similar titles'; a
JSON-LD Movie on some pages. 'Borrowed 12,345 times' (a counter; no votes). A$. No tagline,
audience text, streaming block, votes, budget or gross."""

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
    dmy_short,
    hide,
    hm,
    holdings,
    library_votes,
    money_with,
    rated,
    record_rows,
    render_site,
)

NAME = "sirsienterprise"
BOARD = ages("G", "PG", "M", "MA15+", "R18+")
CHROME = Chrome(
    "en-AU",
    "Shire Libraries Catalogue",
    ("Catalogue", "eLibrary", "What's on", "Locations", "My Account"),
    ("We use cookies to keep you signed in to your library account.", "Accept", "More info"),
    ("About", "Opening hours", "Join the library", "Privacy", "Feedback"),
    "© 2026 Shire Libraries · SirsiDynix Enterprise",
    "__ENTERPRISE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenplay",
        "music": "Music",
        "producer": "Producer",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Classification",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Production company",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Summary",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Reviews",
        "no_reviews": "No reviews",
        "rail": "Similar titles",
    },
)
RECORD = ("Publication", "Edition", "Description", "General note")
PUBLISHERS = (
    "Madman Entertainment",
    "Umbrella Entertainment",
    "Roadshow Entertainment",
    "Via Vision Entertainment",
)
EDITIONS = ("Widescreen edition", "Special edition", "Collector's edition", "Standard edition")
BRANCHES = (
    "Central Library",
    "Bayside Library",
    "Hillcrest Library",
    "Mobile Library",
    "Northbridge Library",
)


def running(n: int, long: bool) -> str:
    return hm(n, True, " hr", " min") if long else f"{n} mins"


def votes(n: int) -> str:
    return f"{grouped(n)} rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"Borrowed {grouped(n)} times"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number} (series {e.season}) · {running(e.minutes, long)} · screened {dmy_short(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _record(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    return record_rows(t, rng, RECORD, "[Sydney, N.S.W.]", PUBLISHERS, "dvd-au", EDITIONS)


SITE = Site(
    NAME,
    "ent",
    CHROME,
    WORDS,
    dmy_short,
    running,
    " per episode",
    votes,
    money_with({"AUD": "A$", "USD": "US$", "GBP": "£", "EUR": "€"}),
    views,
    _episode,
    holdings(
        "Item holdings",
        dmy_short,
        BRANCHES,
        "DVD",
        "{holds} holds on {copies} copies",
        "Other formats",
    ),
    ("ent-elements", "ent-children", "caption"),
    frozenset(
        {"tagline", "audience_summary", "streaming", "budget", "box_office", "user_rating_count"}
    ),
    ("director", "author", "genre", "contentRating", "datePublished", "numberOfSeasons"),
    0.4,
    later="Date added",
    extra_rows=_record,
    cta="Place Hold",
    art="poster",
)


def fit(t: Title) -> Title:
    return hide(library_votes(rated(t, BOARD)), SITE.hidden)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this system's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", f'<body class="{SITE.prefix}-{NAME}">', 1)
