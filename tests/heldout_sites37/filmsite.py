# ruff: noqa: E501  (HTML templates read best on one line)
"""Filmsite (English, US): Tim Dirks' long-running film reference site, its review page's
film facts box in an old-fashioned layout. A poster; a breadcrumb ('Greatest Films'); the <h1>
(the meta line '1995 - R - 111 minutes - Drama' under it on some deploys); no votes, but
'12,345 page views' (a trap); 'Plot Synopsis'; the facts in info pills (the label also in a
data-tip), a sideways spec sheet (labels over values) or bold-label lines: 'Release Date:
October 27, 1995' (or '10/27/1995') beside a later 'Video Release' (a trap), 'Director',
'Screenplay', 'Producer(s)', 'Music Score', 'Cinematography' (traps), 'Genre(s)', 'Country',
'Year', 'Running Time: 111 minutes' (or '1 hr 51 min'; a series' 'each'), 'MPAA Rating',
'Seasons', 'Studio', 'Budget: $3,600,000', 'Domestic Gross', 'Academy Awards' and 'Filmsite
Rank' (rows the record has no key for); 'Cast'; the trailer; a series' episodes; 'Support
Filmsite' with donation amounts in dollars (traps); comments; 'Other Films of the Year'; a
JSON-LD Movie on some pages. No tagline, audience text, IMDb link, streaming block or votes."""

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

NAME = "filmsite"
MARKS = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "Filmsite",
    ("Greatest Films", "Film Genres", "Film History", "Academy Awards", "Best Scenes", "Reviews"),
    ("This site uses cookies for analytics.", "OK", "Learn more"),
    ("About", "Contact", "Privacy", "Terms", "Site Map", "AMC Networks"),
    "Filmsite.org, by Tim Dirks. © 2026 AMC Network Entertainment LLC.",
    "__FILMSITE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenplay",
        "music": "Music Score",
        "producer": "Producer(s)",
        "camera": "Cinematographer",
        "genre": "Genre(s)",
        "country": "Country",
        "year": "Year",
        "runtime": "Running Time",
        "rating": "MPAA Rating",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Domestic Gross",
    },
    {
        "about": "Plot Synopsis",
        "details": "Film Facts",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Other Films of the Year",
    },
)


def runtime(n: int, long: bool) -> str:
    """'111 minutes' or '1 hr 51 min'."""
    return (f"{n} minutes" if n != 1 else "1 minute") if long else hm(n, True, " hr", " min")


def votes(n: int) -> str:
    return ""


def money(m: Money) -> str:
    """'$3,600,000' or 'EUR 7,200,000'."""
    return f"${grouped(m.amount)}" if m.currency == "USD" else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Episode {e.number} - {runtime(e.minutes, long)} - {us_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("support")}"><h2>Support Filmsite</h2><p>Donate {pick(rng, ("$5", "$10", "$25"))} to keep the site ad-light</p><p>Or become a patron from $3 a month</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Academy Awards", pick(rng, ("None", "1 nomination", "2 wins, 5 nominations"))),
            ("Filmsite Rank", pick(rng, ("Greatest Films", "Top 100", "Not ranked"))),
        ]
    )


SITE = Site(
    NAME,
    "fs",
    CHROME,
    WORDS,
    us_date,
    runtime,
    " each",
    votes,
    money,
    lambda n: f"{grouped(n)} page views",
    _episode,
    _extra,
    ("tips", "columns", "lines"),
    frozenset({"user_rating_count", "streaming", "audience_summary", "tagline", "imdb_id"}),
    ("director", "author", "actor", "genre", "contentRating"),
    0.3,
    later="Video Release",
    extra_rows=_more,
    art="poster",
    crumbs="Greatest Films",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MARKS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
