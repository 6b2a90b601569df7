# ruff: noqa: E501  (HTML templates read best on one line)
"""ComingSoon.net (English, US): the film news site's movie database page, its release
info and credits. A poster; a breadcrumb ('Movies'); the <h1> (the meta line '1995 • R • 111
mins • Drama' under it on some deploys); '1,234 user ratings' beside '12,345 anticipation
votes' (the 'Anticipated' meter, a trap); 'Plot Summary'; the facts in an outline (each label
over a nested list of its values), a sideways spec sheet (labels over values) or data-field
rows: 'Release Date: October 27, 1995' (or '10/27/1995') beside a later 'Home Release' (a
trap), 'Director', 'Writers', 'Producers', 'Composer', 'Director of Photography' (traps),
'Genres', 'Country', 'Year', 'Runtime: 111 mins' (or '1h 51m'; a series' 'per episode'),
'MPAA Rating', 'Seasons', 'Studio', 'Budget: $3,600,000', 'Box Office', 'Filming Location'
and 'Anticipation' (rows the record has no key for); 'Cast'; the trailer; a series' episodes;
'Get Tickets' with ticket prices and fees in dollars (traps); comments; 'Upcoming Movies'; a
JSON-LD Movie on some pages. No tagline, audience text, IMDb link or streaming block."""

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
    hm,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    us_date,
    votes_in,
)

NAME = "comingsoon"
MARKS = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ComingSoon.net",
    ("Movies", "TV", "Trailers", "Release Dates", "Box Office", "Horror", "Games"),
    ("We and our partners use cookies.", "Accept", "Settings"),
    ("About", "Contact Us", "Advertise", "Privacy Policy", "Terms of Use", "Do Not Sell My Data"),
    "© 2026 ComingSoon.net. All Rights Reserved.",
    "__CS_MOVIE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writers",
        "music": "Composer",
        "producer": "Producers",
        "camera": "Director of Photography",
        "genre": "Genres",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "MPAA Rating",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box Office",
    },
    {
        "about": "Plot Summary",
        "details": "Movie Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Upcoming Movies",
    },
)


def runtime(n: int, long: bool) -> str:
    """'111 mins' or '1h 51m'."""
    return f"{n} mins" if long else hm(n, True)


def votes(n: int) -> str:
    return votes_in("user rating", n, paren=False)


def money(m: Money) -> str:
    """'$3,600,000' or 'EUR 7,200,000'."""
    return f"${grouped(m.amount)}" if m.currency == "USD" else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} Ep{e.number} • {runtime(e.minutes, long)} • {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    price = pick(rng, ("$12.49", "$15.99", "$18.75"))
    return f'<aside class="{c("tickets")}"><h2>Get Tickets</h2><p>Adult {price}, child $9.99</p><p>Convenience fee $1.89 per ticket</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            (
                "Filming Location",
                pick(rng, ("Atlanta, Georgia", "Vancouver", "London", "Budapest")),
            ),
            ("Anticipation", pick(rng, ("High", "Medium", "Low"))),
        ]
    )


SITE = Site(
    NAME,
    "cs",
    CHROME,
    WORDS,
    us_date,
    runtime,
    " per episode",
    votes,
    money,
    lambda n: f"{grouped(n)} anticipation votes",
    _episode,
    _extra,
    ("sublist", "columns", "fields"),
    frozenset({"streaming", "audience_summary", "imdb_id", "tagline"}),
    ("director", "author", "actor", "genre", "contentRating", "aggregateRating"),
    0.4,
    later="Home Release",
    extra_rows=_more,
    art="poster",
    crumbs="Movies",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MARKS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
