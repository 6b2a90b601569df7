# ruff: noqa: E501  (HTML templates read best on one line)
"""Dendy Cinemas (English, Australia): the cinema chain's film page. A poster; the <h1> (the meta
line '1995 · M · 111 mins · Drama' under it on some deploys); 'Synopsis'; a 'Book tickets'
button; the facts in aria-described rows, data-cy rows or bold-label lines: 'Director',
'Writer', 'Composer', 'Producer', 'Cinematographer' (traps), 'Genre', 'Country', 'Year',
'Runtime: 111 mins' (or '1h 51m'; a series' 'per episode'), 'Rating' (the ACB's
G/PG/M/MA15+/R18+), 'Seasons', 'Release date: 27 October 1995' (or '27/10/1995') beside a later
'Encore session' (a trap), 'Distributor', 'Consumer advice', 'Experience'; 'Cast'; the trailer;
a series' episodes; sessions with ticket prices in Australian dollars (a trap); comments;
'You might also like'; a JSON-LD Movie on some pages. '12,345 people are interested' is the
only counter (no votes). No tagline, audience text, budget, box office, IMDb link or
streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites38.common import (
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
    uk_date,
)

NAME = "dendy"
ACB = ages("G", "PG", "M", "MA15+", "R18+")
CHROME = Chrome(
    "en-AU",
    "Dendy Cinemas",
    ("Now Showing", "Coming Soon", "Cinemas", "Premium Lounge", "Gift Cards", "Dendy Members"),
    ("We use cookies to improve your experience on Dendy.", "Accept", "Cookie settings"),
    ("About Dendy", "Careers", "Contact us", "Privacy policy", "Terms of use", "Accessibility"),
    "© 2026 Dendy Cinemas Pty Ltd. All rights reserved.",
    "__DENDY_STATE__",
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
        "runtime": "Runtime",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Distributor",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Synopsis",
        "details": "Movie details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "What people are saying",
        "no_reviews": "No comments yet.",
        "rail": "You might also like",
    },
)


def runtime(n: int, long: bool) -> str:
    """'111 mins' or '1h 51m'."""
    return f"{n} mins" if long else hm(n, True)


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, episode {e.number} · {runtime(e.minutes, long)} · {uk_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _sessions(t: Title, c: Classes, rng: random.Random) -> str:
    times = ", ".join(pick(rng, (t_,)) for t_ in ("10:30am", "1:15pm", "6:40pm", "9:20pm"))
    return f'<aside class="{c("sessions")}"><h2>Sessions &amp; tickets</h2><p>Today at Dendy {pick(rng, ("Newtown", "Canberra", "Coorparoo", "Southport"))}: {times}</p><p>Adult ${rng.randint(22, 27)}.50 · Child ${rng.randint(16, 19)}.00 · Premium Lounge ${rng.randint(42, 52)}.00</p><p>Booking fee $1.95 per ticket online.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            (
                "Consumer advice",
                pick(rng, ("Strong themes", "Mature themes and coarse language", "Violence")),
            ),
            ("Experience", pick(rng, ("Standard", "Premium Lounge", "Dendy Dbox"))),
        ]
    )


SITE = Site(
    NAME,
    "dy",
    CHROME,
    WORDS,
    uk_date,
    runtime,
    " per episode",
    no_votes,
    no_money,
    lambda n: f"{grouped(n)} people are interested",
    _episode,
    _sessions,
    ("described", "cypress", "lines"),
    frozenset(
        {
            "tagline",
            "audience_summary",
            "user_rating_count",
            "budget",
            "box_office",
            "imdb_id",
            "streaming",
        }
    ),
    ("director", "genre", "contentRating", "datePublished", "description"),
    0.35,
    later="Encore session",
    extra_rows=_more,
    cta="Book tickets",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, ACB), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
