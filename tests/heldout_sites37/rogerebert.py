# ruff: noqa: E501  (HTML templates read best on one line)
"""RogerEbert.com (English, US): the review site's review page, its stars, its 'Rated R for
...' line and its credits box at the foot. A poster; the <h1> (the meta line '1995 | R | 111
minutes | Drama' under it on some deploys); no votes, but '12,345 reads' (a
trap); 'Synopsis'; the facts in info pills (the label also in a data-tip), an outline (each
label over a nested list of its values) or icon rows (the label only the icon's SVG title):
'Released: October 27, 1995' (or '10/27/1995') beside a later 'On Digital' (a trap),
'Director', 'Writer', 'Producer', 'Composer', 'Cinematographer' (traps), 'Genre', 'Country',
'Year', 'Running time: 111 minutes' (or '111 min'; a series' 'per episode'), 'Rated' (MPA),
'Seasons', 'Studio', 'Stars' and 'Reviewed by' (rows the record has no key for); 'Cast'; the
trailer; a series' episodes; 'Support RogerEbert.com' with membership prices in dollars
(traps); comments; 'Latest Reviews'; a JSON-LD Movie on some pages. No tagline, audience text,
IMDb link, streaming block, votes, budget or box office."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites37.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    us_date,
)

NAME = "rogerebert"
MARKS = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "RogerEbert.com",
    ("Reviews", "Streaming", "Great Movies", "Features", "Festivals and Awards", "Chaz’s Blog"),
    ("We use cookies to improve your experience.", "Accept", "Preferences"),
    ("About", "Contact", "Ebert Fellows", "Privacy Policy", "Terms", "Advertise"),
    "© 2026 Ebert Digital LLC. All rights reserved.",
    "__EBERT_DATA__",
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
        "runtime": "Running time",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Released",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box Office",
    },
    {
        "about": "Synopsis",
        "details": "Film Credits",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Latest Reviews",
    },
)


def runtime(n: int, long: bool) -> str:
    """'111 minutes' or '111 min'."""
    return (f"{n} minutes" if n != 1 else "1 minute") if long else f"{n} min"


def votes(n: int) -> str:
    return ""


def money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Episode {e.number} | {runtime(e.minutes, long)} | {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("support")}"><h2>Support RogerEbert.com</h2><p>Become a member for {pick(rng, ("$5", "$10", "$15"))} a month</p><p>Or give ${rng.randint(50, 120)} a year and get our newsletter free</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Stars", pick(rng, ("2.5 stars", "3 stars", "3.5 stars", "4 stars"))),
            ("Reviewed by", pick(rng, ("Brian Tallerico", "Christy Lemire", "Matt Zoller Seitz"))),
        ]
    )


SITE = Site(
    NAME,
    "re",
    CHROME,
    WORDS,
    us_date,
    runtime,
    " per episode",
    votes,
    money,
    lambda n: f"{grouped(n)} reads",
    _episode,
    _extra,
    ("tips", "sublist", "icons"),
    frozenset(
        {
            "box_office",
            "user_rating_count",
            "streaming",
            "audience_summary",
            "tagline",
            "imdb_id",
            "budget",
        }
    ),
    ("director", "author", "actor", "genre", "contentRating", "datePublished"),
    0.35,
    later="On Digital",
    extra_rows=_more,
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MARKS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
