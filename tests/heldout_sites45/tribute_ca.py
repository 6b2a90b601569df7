# ruff: noqa: E501  (HTML templates read best on one line)
"""Tribute.ca (English, Canada): the Canadian movie and showtimes site's movie page. A poster;
the <h1> (the meta line '1995 · 14A · 1h 51min · Drama' under it on some deploys); 'Synopsis';
a 'Get Showtimes' button; the facts as value-list definitions (this set's), small-label cells
(this set's) or a table (an earlier set's): 'Director(s)', 'Writer(s)', 'Producer(s)' (a
trap), 'Genre', 'Country', 'Production Year', 'Running time: 111 min' (or '1h 51min'; a
series' ' per episode'), 'Rating' (Canadian: G/PG/14A/18A/R), 'Seasons', 'Release Date:
October 27, 1995' (or '1995-10-27') beside a later 'DVD Release Date' (a trap), 'Studio',
'Language' and 'Theatres' (rows the record has no key for); 'IMDb'; 'Cast'; the trailer; a
series' episodes; ticket prices in Canadian dollars (a trap); fan reviews; 'Now Playing';
a JSON-LD Movie on some pages. 'Fan rating (1,234 votes)' beside '12,345 want to see' (a
trap). No tagline, audience text, money or streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites45.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    canadian_date,
    dollars,
    fit_rng,
    hide,
    hm,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    votes_in,
)

NAME = "tribute_ca"
CERTS = ages("G", "PG", "14A", "18A", "R")
CHROME = Chrome(
    "en-CA",
    "Tribute.ca",
    ("Movies", "Showtimes", "Theatres", "Coming Soon", "Trailers", "Celebrities", "Sign In"),
    ("Tribute.ca uses cookies to improve your experience.", "Accept", "Privacy"),
    ("About Tribute", "Advertise", "Contact Us", "Privacy Policy", "Terms of Use"),
    "© 2026 Tribute Entertainment Media Group. All rights reserved.",
    "__TRIBUTE_STATE__",
)
WORDS = Words(
    {
        "director": "Director(s)",
        "writer": "Writer(s)",
        "music": "",
        "producer": "Producer(s)",
        "camera": "",
        "genre": "Genre",
        "country": "Country",
        "year": "Production Year",
        "runtime": "Running time",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Studio",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Synopsis",
        "details": "Movie Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Fan Reviews",
        "no_reviews": "Be the first to review this movie.",
        "rail": "Now Playing",
    },
)


def running_time(n: int, long: bool) -> str:
    """'111 min', or '1h 51min', '2h'."""
    return f"{n} min" if long else hm(n, True, "h", "min")


def votes(n: int) -> str:
    return "Fan rating " + votes_in("vote", n)


def views(n: int) -> str:
    return f"{grouped(n)} want to see"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Episode {e.number} · {running_time(e.minutes, long)} · {canadian_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _tickets(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Showtimes near you</h2><p>General Admission ${pick(rng, ("14.99", "15.49"))} · Child ${pick(rng, ("10.99", "11.49"))} · Senior ${pick(rng, ("11.99", "12.49"))} · IMAX +$6.00</p></aside>'


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Language", pick(rng, ("English", "English, French", "French"))),
            (
                "Theatres",
                pick(rng, ("Playing in 124 theatres", "Playing in 38 theatres", "Limited release")),
            ),
        ]
    )


SITE = Site(
    NAME,
    "trb",
    CHROME,
    WORDS,
    canadian_date,
    running_time,
    " per episode",
    votes,
    dollars,
    views,
    _episode,
    _tickets,
    ("tdstrong", "ddlist", "table"),
    frozenset({"tagline", "audience_summary", "budget", "box_office", "streaming"}),
    ("director", "author", "genre", "contentRating", "datePublished", "aggregateRating"),
    0.4,
    later="DVD Release Date",
    traps=("producer",),
    extra_rows=_more,
    cta="Get Showtimes",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The movie page: the shared skeleton in Tribute.ca's words and blocks."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="trb-movie">', 1)
