# ruff: noqa: E501  (HTML templates read best on one line)
"""Evergreen OPAC (English, Canada): a provincial library federation's Evergreen catalogue
(the Sitka kind), a DVD's or series' record detail. The cover; the <h1> (the meta line under
it on some deploys); the 'Summary'; a 'Place Hold' button; the record's fields as
Evergreen's rdetail table, its bibliographic detail lines ('Term: value'), or dot leaders:
'Director', 'Written by', 'Music', 'Produced by', 'Cinematography' (traps), 'Genre',
'Country', 'Year of release', 'Run time: 111 min.' (or '1 hr. 51 min.'; a series' ' per
episode'), 'Rating' (Canadian Home Video: G/PG/14A/18A/R), 'Seasons', 'Release date:
1995-10-27' (or '27 October 1995') beside a later 'Record added' (a trap), 'Production
company'; the cataloguer's 'Publisher' (the disc's, a later year), 'Edition', 'Physical
description' and 'General note' ('Originally released as a motion picture in 1995.');
'IMDb'; 'Cast'; a series' episodes; 'Copies' (branches, call numbers, 'Due 2026-12-14',
holds on copies, other formats with their own years); reviews; 'Other items you may like';
a JSON-LD Movie on some pages. '12,345 circulations' (a counter; no votes). CA$. No tagline,
audience text, streaming block, votes, trailer, budget or gross."""

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
    iso_or_dmy,
    library_votes,
    money_with,
    rated,
    record_rows,
    render_site,
)

NAME = "evergreenopac"
BOARD = ages("G", "PG", "14A", "18A", "R")
CHROME = Chrome(
    "en-CA",
    "Library Federation Catalogue",
    ("Search", "Browse", "Lists", "eLibrary", "My Account"),
    ("The catalogue uses cookies to keep you logged in.", "Accept", "Details"),
    ("About", "Branches", "Get a card", "Privacy", "Contact"),
    "© 2026 Library Federation · Powered by Evergreen",
    "__EG__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Written by",
        "music": "Music",
        "producer": "Produced by",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year of release",
        "runtime": "Run time",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Production company",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Summary",
        "details": "Record details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Contents",
        "reviews": "Reviews",
        "no_reviews": "No reviews",
        "rail": "Other items you may like",
    },
)
RECORD = ("Publisher", "Edition", "Physical description", "General note")
PUBLISHERS = ("Mongrel Media", "Entertainment One", "VVS Films", "Elevation Pictures")
EDITIONS = ("Widescreen edition", "Bilingual edition", "Special edition", "Full screen edition")
BRANCHES = (
    "Central Branch",
    "Lakeshore Branch",
    "Pine Ridge Branch",
    "Riverside Branch",
    "Outreach Services",
)


def running(n: int, long: bool) -> str:
    return hm(n, True, " hr.", " min.") if long else f"{n} min."


def votes(n: int) -> str:
    return f"{grouped(n)} rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} circulations"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, episode {e.number} · {running(e.minutes, long)} · {iso_or_dmy(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _record(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    return record_rows(t, rng, RECORD, "[Toronto, Ontario]", PUBLISHERS, "dvd-ca", EDITIONS)


SITE = Site(
    NAME,
    "eg",
    CHROME,
    WORDS,
    iso_or_dmy,
    running,
    " per episode",
    votes,
    money_with({"CAD": "CA$", "USD": "US$", "GBP": "£", "EUR": "€"}),
    views,
    _episode,
    holdings(
        "Copies",
        iso_or_dmy,
        BRANCHES,
        "DVD FIC",
        "{holds} holds on {copies} copies",
        "Other formats and editions",
    ),
    ("eg-rdetail", "eg-bibdetail", "leaders"),
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
    later="Record added",
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
