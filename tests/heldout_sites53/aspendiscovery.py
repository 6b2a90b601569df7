# ruff: noqa: E501  (HTML templates read best on one line)
"""Aspen Discovery (English, United States): a public library's catalogue on Aspen Discovery,
a movie's or TV series' grouped work record. The cover; the <h1> (the meta line under it on
some deploys); the 'Description'; a 'Place Hold' button; the record's fields as Aspen's
result rows ('result-label' beside 'result-value'), its 'More Details' accordion panels, or a
table: 'Director', 'Writer', 'Composer', 'Producer', 'Cinematographer' (traps), 'Genre',
'Country', 'Year', 'Run Time: 111 min.' (or '1 hr. 51 min.'; a series' ' per episode'),
'Rating' (MPAA: G/PG/PG-13/R/NC-17), 'Seasons', 'Release Date: October 27, 1995' beside a later
'Added to Catalog' (a trap), 'Studio'; the cataloguer's 'Publisher' (the disc's, a later
year), 'Edition', 'Physical Description' ('1 videodisc (111 min.) : sound, color ; 4 3/4 in.')
and 'Notes' ('Originally released as a motion picture in 1995.'); 'IMDb'; 'Cast'; a series'
episodes; 'Where is it?' (branches, call numbers, 'Due 12/14/2026', holds on copies, other
formats with their own years); patron reviews; 'Also Viewed'; a JSON-LD Movie on some pages.
'1,234 patron ratings' beside 'Checked out 12,345 times' (a trap). US dollars written '$'.
No tagline, audience text, streaming block, trailer, budget or gross."""

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

NAME = "aspendiscovery"
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "Aspen Discovery",
    ("Catalog", "Events", "Digital Library", "Research", "My Account"),
    ("We use cookies to remember your library card and searches.", "Accept", "Manage"),
    ("Library Hours", "Locations", "Get a Card", "Accessibility", "Privacy Policy"),
    "© 2026 Metro County Public Library · Powered by Aspen Discovery",
    "__ASPEN__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Run Time",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Gross",
    },
    {
        "about": "Description",
        "details": "More Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Patron Reviews",
        "no_reviews": "Be the first to review this title",
        "rail": "Also Viewed",
    },
)
RECORD = ("Publisher", "Edition", "Physical Description", "Notes")
PUBLISHERS = (
    "Warner Home Video",
    "Paramount Home Entertainment",
    "Universal Studios Home Entertainment",
    "Lionsgate Home Entertainment",
)
EDITIONS = ("Widescreen ed.", "Special ed.", "Full screen ed.", "Collector's ed.")
BRANCHES = ("Main Library", "Eastside Branch", "Lakeview Branch", "Northgate Branch", "Bookmobile")


def running(n: int, long: bool) -> str:
    return hm(n, True, " hr.", " min.") if long else f"{n} min."


def votes(n: int) -> str:
    return f"{grouped(n)} patron rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"Checked out {grouped(n)} times"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Episode {e.number} · {running(e.minutes, long)} · aired {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _record(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    return record_rows(t, rng, RECORD, "Burbank, CA", PUBLISHERS, "dvd-us", EDITIONS)


SITE = Site(
    NAME,
    "aspen",
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
        "Where is it?",
        us_date,
        BRANCHES,
        "DVD",
        "{holds} holds on {copies} copies",
        "Other Formats and Editions",
    ),
    ("aspen-rows", "aspen-panels", "table"),
    frozenset({"tagline", "audience_summary", "streaming", "budget", "box_office", "trailer_url"}),
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
    later="Added to Catalog",
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
