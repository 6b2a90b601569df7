# ruff: noqa: E501  (HTML templates read best on one line)
"""Toggle (English, Singapore): Mediacorp's player (now meWATCH) in its English interface, a
film or series page. A backdrop; the <h1> (the meta line under it on some deploys);
'Synopsis'; a 'Watch Now' button; the facts as detail lines (a title span beside a
description span) or tag chips (a name and a text span each), or stat tiles: 'Director',
'Writer', 'Music', 'Producer', 'Cinematography' (traps), 'Genre', 'Country', 'Year',
'Duration: 1h 51min' (or '111min'; a series' ' / ep'), 'Rating' (IMDA:
G/PG/PG13/NC16/M18), 'Seasons', 'Release Date: Fri 27 Oct 1995' (or '27/10/1995') beside a
later 'Available Till' (a trap), 'Studio', 'Budget', 'Box Office', 'Language', 'Audio'
(rows the record has no key for); 'IMDb'; 'Cast'; the trailer; a series' episodes; rental
and purchase prices (S$, a trap); reviews; 'More Like This'; a JSON-LD Movie on some pages.
'1,234 ratings' beside '12,345 views' (a trap). No tagline, audience text or streaming
block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites51.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    hide,
    hm,
    money_with,
    pick,
    plain_rows,
    rated,
    render_site,
    votes_in,
    weekday_dmy,
)

NAME = "togglesg"
IMDA = ages("G", "PG", "PG13", "NC16", "M18")
CHROME = Chrome(
    "en-SG",
    "Toggle",
    ("Home", "Movies", "Drama", "Variety", "News", "中文"),
    ("We use cookies to personalise content.", "Accept", "Manage"),
    ("About Mediacorp", "Help", "Privacy", "Terms of Use", "Advertise"),
    "© 2026 Mediacorp Pte Ltd",
    "__TOGGLE_STATE__",
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
        "runtime": "Duration",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box Office",
    },
    {
        "about": "Synopsis",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Reviews",
        "no_reviews": "No reviews yet",
        "rail": "More Like This",
    },
)
SYSTEM = "Mediacorp"


def running(n: int, long: bool) -> str:
    """'1h 51min' or '111min'."""
    return hm(n, True, "h", "min") if long else f"{n}min"


def votes(n: int) -> str:
    return votes_in("rating", n, paren=False)


def views(n: int) -> str:
    return f"{grouped(n)} views"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Ep {e.number} (Season {e.season}) · {running(e.minutes, long)} · {weekday_dmy(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Rent or Buy</h2><p>Rent S${pick(rng, ("3.99", "4.99"))} · Buy S${pick(rng, ("12.99", "14.99"))} · meWATCH Prime S$4.99/month</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Language", pick(rng, ("English", "Mandarin", "Malay", "Tamil"))),
            ("Audio", pick(rng, ("Stereo", "5.1", "Stereo, Audio Description"))),
        ]
    )


SITE = Site(
    NAME,
    "tgl",
    CHROME,
    WORDS,
    weekday_dmy,
    running,
    " / ep",
    votes,
    money_with({"USD": "US$", "GBP": "£", "EUR": "€"}),
    views,
    _episode,
    _shop,
    ("mw-info", "mw-tags", "stats"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    (
        "director",
        "author",
        "genre",
        "contentRating",
        "datePublished",
        "numberOfSeasons",
        "aggregateRating",
    ),
    0.45,
    later="Available Till",
    extra_rows=_more,
    cta="Watch Now",
    art="backdrop",
)


def fit(t: Title) -> Title:
    return hide(rated(t, IMDA), SITE.hidden)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this service's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", f'<body class="{SITE.prefix}-{NAME}">', 1)
