# ruff: noqa: E501  (HTML templates read best on one line)
"""IGN (English, US): the games-and-entertainment site's film or series 'object' page, its
summary card and 'Object Info' box. A poster; the <h1> (the meta line '1995 • R • 1h 51m •
Drama' under it on some deploys); '1,234 Community Ratings' beside '12,345 followers' (a
trap); 'Summary'; the facts in a sideways spec sheet (labels over values), info pills (the
label also in a data-tip) or data-field rows: 'Release Date: October 27, 1995' (or
'10/27/1995') beside a later 'Digital Release' (a trap), 'Directors', 'Writers', 'Producers',
'Composer', 'Cinematographer' (traps), 'Genres', 'Country', 'Year', 'Runtime: 1h 51m' (or
'111 min'; a series' 'per episode'), 'Rating' (MPA), 'Seasons', 'Production Companies',
'Budget: $3,600,000', 'Box Office', 'Franchise', 'IGN Score' (rows the record has no key for);
'Cast'; the trailer; a series' episodes; 'Where to Watch' with rental prices and an IGN Plus
subscription in dollars (traps); comments; 'Related Movies & Shows'; a JSON-LD Movie on some
pages. No tagline, audience text, IMDb link or streaming block."""

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
)

NAME = "ign"
MARKS = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "IGN",
    ("Movies", "TV", "Games", "Reviews", "Videos", "Deals", "Playlist"),
    ("IGN and our partners use cookies.", "Accept", "Manage Preferences"),
    ("About Us", "Careers", "Advertise", "Privacy Policy", "User Agreement", "Ziff Davis"),
    "Copyright 1996-2026 Ziff Davis, LLC. IGN Entertainment, Inc.",
    "__IGN_OBJECT__",
)
WORDS = Words(
    {
        "director": "Directors",
        "writer": "Writers",
        "music": "Composer",
        "producer": "Producers",
        "camera": "Cinematographer",
        "genre": "Genres",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Production Companies",
        "budget": "Budget",
        "box_office": "Box Office",
    },
    {
        "about": "Summary",
        "details": "Object Info",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "Be the first to comment!",
        "rail": "Related Movies &amp; Shows",
    },
)


def runtime(n: int, long: bool) -> str:
    """'1h 51m' or '111 min'."""
    return hm(n, True) if long else f"{n} min"


def votes(n: int) -> str:
    return f"{grouped(n)} Community Rating" + ("" if n == 1 else "s")


def money(m: Money) -> str:
    """'$3,600,000' or 'EUR 7,200,000'."""
    return f"${grouped(m.amount)}" if m.currency == "USD" else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season}:E{e.number} • {runtime(e.minutes, long)} • {us_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    rent = pick(rng, ("$3.99", "$4.99", "$5.99"))
    return f'<aside class="{c("where")}"><h2>Where to Watch</h2><p>Rent from {rent} or buy from {pick(rng, ("$14.99", "$19.99"))}</p><p>IGN Plus: $4.99/month, ad-free</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Franchise", pick(rng, ("Standalone", "Original", "None"))),
            ("IGN Score", pick(rng, ("7 Good", "8 Great", "9 Amazing", "6 Okay"))),
        ]
    )


SITE = Site(
    NAME,
    "ig",
    CHROME,
    WORDS,
    us_date,
    runtime,
    " per episode",
    votes,
    money,
    lambda n: f"{grouped(n)} followers",
    _episode,
    _extra,
    ("columns", "tips", "fields"),
    frozenset({"streaming", "audience_summary", "imdb_id", "tagline"}),
    ("director", "author", "actor", "genre", "datePublished", "aggregateRating"),
    0.4,
    later="Digital Release",
    extra_rows=_more,
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MARKS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
