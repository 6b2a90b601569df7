# ruff: noqa: E501  (HTML templates read best on one line)
"""WorldCat Discovery (English, United States): OCLC's WorldCat Discovery record for a DVD
or series as a member library shows it. The cover; the <h1> (the meta line under it on some
deploys); the 'Summary'; a 'Borrow' button; the record's fields as WorldCat's detail blocks,
its notes list ('<span class="bib-note__type">Term</span> value', no colon), or a definition
list: 'Director', 'Screenwriters', 'Composer', 'Executive producer', 'Camera' (traps),
'Genre/Form', 'Country', 'Original date', 'Running time: 111 min.' (or '1 hr. 51 min.'; a
series' ' per episode'), 'Audience rating' (MPAA: G/PG/PG-13/R/NC-17), 'Seasons', 'Released:
10/27/1995' (or 'October 27, 1995') beside a later 'Date of publication' (the disc's: a trap),
'Production company'; the cataloguer's 'Publication' (a later year), 'Edition', 'Physical
description' and 'Notes' ('Originally released as a motion picture in 1995.'); 'IMDb';
'Cast'; the trailer; a series' episodes; 'Borrow from a library' (libraries, call numbers,
'Due 12/14/2026', requests, other editions with their own years); reviews; 'Similar items';
a JSON-LD Movie on some pages. '1,234 ratings' beside 'Held by 12,345 libraries' (a trap). US
dollars written '$'. No tagline, audience text, streaming block, budget or gross."""

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
    us_date,
)

NAME = "worldcatdiscovery"
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "WorldCat Discovery",
    ("Search", "Advanced search", "Lists", "Interlibrary loan", "Sign in"),
    (
        "OCLC uses cookies to provide the service and remember your library.",
        "Accept all cookies",
        "Cookie settings",
    ),
    ("About WorldCat", "Privacy statement", "Accessibility", "Terms and conditions", "Help"),
    "© 2026 OCLC · WorldCat Discovery",
    "__WCD__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenwriters",
        "music": "Composer",
        "producer": "Executive producer",
        "camera": "Camera",
        "genre": "Genre/Form",
        "country": "Country",
        "year": "Original date",
        "runtime": "Running time",
        "rating": "Audience rating",
        "seasons": "Seasons",
        "released": "Released",
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
        "no_reviews": "No reviews yet",
        "rail": "Similar items",
    },
)
RECORD = ("Publication", "Edition", "Physical description", "Notes")
PUBLISHERS = (
    "The Criterion Collection",
    "Kino Lorber",
    "MGM Home Entertainment",
    "Image Entertainment",
)
EDITIONS = (
    "Widescreen version",
    "Criterion Collection edition",
    "Special edition",
    "Remastered edition",
)
BRANCHES = (
    "Your library",
    "City University Library",
    "County Library System",
    "State Library",
    "College Library",
)


def running(n: int, long: bool) -> str:
    return hm(n, True, " hr.", " min.") if long else f"{n} min."


def votes(n: int) -> str:
    return f"{grouped(n)} rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"Held by {grouped(n)} libraries"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, episode {e.number} · {running(e.minutes, long)} · {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _record(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    return record_rows(t, rng, RECORD, "[New York, N.Y.]", PUBLISHERS, "dvd-us", EDITIONS)


SITE = Site(
    NAME,
    "wcd",
    CHROME,
    WORDS,
    us_date,
    running,
    " per episode",
    votes,
    money_with({"USD": "$", "EUR": "€", "GBP": "£", "CAD": "CA$"}),
    views,
    _episode,
    holdings(
        "Borrow from a library",
        us_date,
        BRANCHES,
        "PN1995.9",
        "{holds} requests on {copies} copies",
        "Other editions",
    ),
    ("wcd-details", "wcd-notes", "dl"),
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
    later="Date of publication",
    extra_rows=_record,
    cta="Borrow",
    art="poster",
)


def fit(t: Title) -> Title:
    return hide(library_votes(rated(t, BOARD)), SITE.hidden)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this system's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", f'<body class="{SITE.prefix}-{NAME}">', 1)
