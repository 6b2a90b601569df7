# ruff: noqa: E501  (HTML templates read best on one line)
"""CineMaterial (English, US): a movie-poster archive's film or series page. A poster;
the <h1> (the meta line '1995 · PG-13 · 1h 51m · Drama' under it on some deploys) and its rating
'(1,234 ratings)'; 'Plot'; a 'Browse Posters' button; the movie details as ARIA article cells
(this set's), a legacy <center> block of plain 'Label: value' lines (this set's) or a table (an
earlier set's): 'Directed by', 'Written by', 'Music by', 'Produced by', 'Cinematography by'
(traps), 'Genres', 'Countries', 'Year', 'Runtime: 1h 51m' (or '111 min'; a series' 'per
episode'), 'MPAA Rating' (G/PG/PG-13/R/NC-17), 'Seasons', 'Release Date: October 27, 1995' (or
'10/27/1995') beside a later 'DVD Release' (a trap), 'Production Companies', 'Budget' and
'Gross' ('$3,600,000' or 'GBP 7,200,000'), 'Posters', 'Poster designers'; 'IMDb'; 'Cast'; the
trailer; a series' episodes; Pro prices (a trap); comments; 'Similar Movies'; a JSON-LD Movie on
some pages. '12,345 poster views' is a counter (a trap). No tagline, audience text or streaming
block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites43.common import (
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
    stamp,
    us_date,
    votes_in,
)

__all__ = ["CERTS", "CHROME", "NAME", "SITE", "STACK_BODY", "STACK_HEAD", "WORDS", "fit", "render"]

NAME = "cinematerial"
CERTS = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "CineMaterial",
    ("Movies", "TV Shows", "Posters", "Designers", "Lists", "Upload", "Sign In"),
    ("CineMaterial uses cookies.", "Got it", "Privacy"),
    ("About", "FAQ", "Contact", "Pro", "Terms", "Privacy"),
    "© 2026 CineMaterial. Posters are copyright of their respective owners.",
    "__CINEMATERIAL__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Music by",
        "producer": "Produced by",
        "camera": "Cinematography by",
        "genre": "Genres",
        "country": "Countries",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "MPAA Rating",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Production Companies",
        "budget": "Budget",
        "box_office": "Gross",
    },
    {
        "about": "Plot",
        "details": "Movie Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Similar Movies",
    },
)


def runtime(n: int, long: bool) -> str:
    """'111 min' or '1h 51m'."""
    return hm(n, True) if long and n >= 60 else f"{n} min"


def votes(n: int) -> str:
    return votes_in("rating", n)


def money(m: Money) -> str:
    """'$3,600,000' or 'GBP 7,200,000'."""
    return f"${grouped(m.amount)}" if m.currency == "USD" else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Episode {e.number} · {runtime(e.minutes, long)} · {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("pro")}"><h2>CineMaterial Pro</h2><p>High-resolution downloads: ${pick(rng, ("4.99", "5.99"))}/month or ${pick(rng, ("49", "59"))}/year. Single poster scan ${pick(rng, ("1.99", "2.49"))}.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Posters", pick(rng, ("12", "34", "7"))),
            (
                "Poster designers",
                pick(rng, ("BLT Communications", "Ignition Creative", "Empire Design")),
            ),
        ]
    )


SITE = Site(
    NAME,
    "cmt",
    CHROME,
    WORDS,
    us_date,
    runtime,
    " per episode",
    votes,
    money,
    lambda n: f"{grouped(n)} poster views",
    _episode,
    _extra,
    ("articles", "center", "table"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    ("director", "author", "genre", "contentRating", "datePublished", "aggregateRating"),
    0.4,
    later="DVD Release",
    extra_rows=_more,
    cta="Browse Posters",
    art="poster",
    crumbs="Movies",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


STACK_HEAD = '<meta name="application-name" content="CineMaterial"><meta name="theme-color" content="#23272b"><link rel="preconnect" href="https://cdn.cinematerial.example">'
STACK_BODY = 'data-app="cinematerial" data-route="movie" data-turbolinks="true"'


def render(t: Title, ctx: Context) -> str:
    """The page with the front end's own head tags and the body's app and route hooks."""
    return stamp(render_site(SITE, t, ctx), STACK_HEAD, STACK_BODY)
