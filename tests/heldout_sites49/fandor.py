# ruff: noqa: E501  (HTML templates read best on one line)
"""Fandor (English, US), the independent-film streaming service: a film page (a backdrop, the
<h1> with the meta line under it on some deploys, 'Synopsis', a 'Watch Now' button, the film
info). The facts as groups of a small caption over a bold value (movie-meta__label /
movie-meta__value), a two-cell table whose first cell is 'Label:', or stat tiles (an earlier
set's): 'Director', 'Writers', 'Music', 'Producers', 'Cinematography' (traps), 'Genre',
'Country', 'Year', 'Length: 111 minutes' (or '1h 51m'; a series' ' per episode'), 'Rating',
'Seasons', 'Release Date: October 27, 1995' (or '10/27/1995') beside a later 'Added to
Fandor' (a trap), 'Production Co.', 'Budget', 'Box Office', 'Language' and 'Festivals' (no
key); 'IMDb'; 'Cast'; the trailer; a series' episodes; rent and subscription prices (a trap);
comments; 'Related Films'; a JSON-LD Movie on some pages. '1,234 user ratings' beside
'Watched 12,345 times' (a trap). No tagline, audience text or streaming block."""

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
    hm,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    us_date,
    votes_in,
)

NAME = "fandor"
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "Fandor",
    ("Browse", "Films", "Lists", "Channels", "Sign In"),
    ("Fandor uses cookies to improve your experience.", "Accept", "Settings"),
    ("About", "Help", "Press", "Privacy", "Terms"),
    "© 2026 Fandor",
    "__FANDOR__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writers",
        "music": "Music",
        "producer": "Producers",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Length",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Production Co.",
        "budget": "Budget",
        "box_office": "Box Office",
    },
    {
        "about": "Synopsis",
        "details": "Film Info",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Related Films",
    },
)
SERVICE = "Fandor"


def running(n: int, long: bool) -> str:
    """'111 minutes' or '1h 51m'."""
    return f"{n} minutes" if long else hm(n, True)


def votes(n: int) -> str:
    return votes_in("user rating", n, paren=False)


def views(n: int) -> str:
    return f"Watched {grouped(n)} times"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season}:E{e.number} · {running(e.minutes, long)} · {us_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    prices = f"Rent ${pick(rng, ('2.99', '3.99'))} · Fandor ${pick(rng, ('3.99', '5.99'))}/month"
    return f'<aside class="{c("shop")}"><h2>Rent or subscribe</h2><p>{prices}</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Language", pick(rng, ("English", "Spanish", "Japanese"))),
            ("Festivals", pick(rng, ("Sundance", "SXSW", "Tribeca"))),
        ]
    )


SITE = Site(
    NAME,
    "fdr",
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
    ("fd-meta", "fd-table", "stats"),
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
    0.4,
    later="Added to Fandor",
    extra_rows=_more,
    cta="Watch Now",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this service's words, formats and markups."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="fdr-fandor">', 1)
