# ruff: noqa: E501  (HTML templates read best on one line)
"""Slant Magazine (English, US): a critic's review and the credits list at its foot, in Slant's
capitalized labels. A poster; the <h1> (the meta line under it on some deploys); 'Synopsis'; the
review's paragraph comparing the title with other films (traps); the credits as a WordPress
credits box ('<strong>Running Time:</strong> 111 min<br />', this set's), a two-up fact table
(this set's) or dot-leader lines (an earlier set's): 'Director', 'Screenwriter', 'Music',
'Producer', 'Cinematographer' (traps), 'Genre', 'Country', 'Year', 'Running Time: 111 min' (or
'1h 51m'; a series' ' per episode'), 'Rating' (G/PG/PG-13/R/NC-17), 'Seasons', 'Release Date:
Oct 27, 1995' (or '10/27/1995') beside a later 'Home Video' (a trap), 'Distributor', 'Budget',
'Box Office', 'Star rating' (the critic's stars, a row the record has no key for); 'IMDb';
'Cast'; the trailer; a series' episodes; a Patreon tier's price (a trap); comments; 'Related'; a
JSON-LD Movie on some pages. '1,234 views' is a counter (a trap). No vote count, tagline,
audience text or streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites47.common import (
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
    review,
    short_date,
)

NAME = "slant"
CERTS = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "Slant Magazine",
    ("Film", "TV", "Music", "Features", "Interviews", "Lists"),
    ("Slant uses cookies.", "OK", "Privacy settings"),
    ("About", "Contact", "Support Slant", "Privacy Policy", "Masthead"),
    "© 2026 Slant Magazine. All rights reserved.",
    "__SLANT__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenwriter",
        "music": "Music",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running Time",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Distributor",
        "budget": "Budget",
        "box_office": "Box Office",
    },
    {
        "about": "Synopsis",
        "details": "Credits",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Related",
    },
)


def running_time(n: int, long: bool) -> str:
    """'111 min' or '1h 51m'."""
    return f"{n} min" if long else hm(n, True)


def votes(n: int) -> str:
    """Never shown: Slant Magazine prints no vote count."""
    return f"{grouped(n)} votes"


def views(n: int) -> str:
    return f"{grouped(n)} views"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Episode {e.number} · {running_time(e.minutes, long)} · {short_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<article class="{c("review")}"><h2>Review</h2>{review(rng, t, "minutes")}</article><aside class="{c("shop")}"><h2>Support Slant</h2><p>Patreon from ${pick(rng, ("3", "5"))} a month</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            (
                "Star rating",
                pick(
                    rng, ("2 out of 4", "2.5 out of 4", "3 out of 4", "3.5 out of 4", "4 out of 4")
                ),
            )
        ]
    )


SITE = Site(
    NAME,
    "slm",
    CHROME,
    WORDS,
    short_date,
    running_time,
    " per episode",
    votes,
    dollars,
    views,
    _episode,
    _shop,
    ("credits", "paired", "leaders"),
    frozenset({"audience_summary", "streaming", "tagline", "user_rating_count"}),
    ("director", "author", "genre", "datePublished", "aggregateRating"),
    0.4,
    later="Home Video",
    extra_rows=_more,
    cta="",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The Slant Magazine page: the shared skeleton in this site's words, formats and blocks."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="slm-review">', 1)
