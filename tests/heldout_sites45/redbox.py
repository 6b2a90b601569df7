# ruff: noqa: E501  (HTML templates read best on one line)
"""Redbox On Demand (English, US): the kiosk chain's streaming and rental title page. A poster;
the <h1> (the meta line '1995 · R · 111 min · Drama' under it on some deploys); 'Synopsis'; a
'Rent' button; the facts as bold-label table rows (this set's), value-list definitions (this
set's) or stat tiles (the forty-fourth set's): 'Director', 'Writer', 'Producer' (a trap),
'Genre', 'Year', 'Runtime: 111 min' (or '1h 51m'; a series' ' per episode'), 'Rating'
(G/PG/PG-13/R/NC-17), 'Seasons', 'Release Date: 10/27/1995' (or 'October 27, 1995') beside a
later 'Available On Demand' (a trap), 'Studio', 'Format' and 'Closed Captions' (rows the record
has no key for); 'IMDb'; 'Starring'; the trailer; a series' episodes; rent, buy and kiosk
prices (a trap); reviews; 'You Might Also Like'; a JSON-LD Movie on some pages. '(1,234
ratings)' beside '12,345 rentals' (a trap). No tagline, audience text, countries, money or
streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites45.common import (
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

NAME = "redbox"
CERTS = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "Redbox",
    ("Movies", "TV", "Free Live TV", "On Demand", "Kiosk Rentals", "Sign In"),
    ("Redbox uses cookies to improve your experience.", "Accept", "Cookie Settings"),
    ("Help", "Redbox Perks", "Terms of Use", "Privacy Policy", "Accessibility", "Find a Kiosk"),
    "© 2026 Redbox Entertainment. All rights reserved.",
    "__REDBOX_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "",
        "producer": "Producer",
        "camera": "",
        "genre": "Genre",
        "country": "",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Studio",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Synopsis",
        "details": "Details",
        "cast": "Starring",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Reviews",
        "no_reviews": "No reviews yet.",
        "rail": "You Might Also Like",
    },
)


def runtime(n: int, long: bool) -> str:
    """'111 min', or '1h 51m', '2h'."""
    return f"{n} min" if long else hm(n, True)


def release(d: date, long: bool) -> str:
    """'10/27/1995', or 'October 27, 1995'."""
    return us_date(d, not long)


def votes(n: int) -> str:
    return votes_in("rating", n)


def views(n: int) -> str:
    return f"{grouped(n)} rentals"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} E{e.number} · {runtime(e.minutes, long)} · {release(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _prices(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Ways to Watch</h2><p>Rent HD ${pick(rng, ("3.99", "5.99"))} · Buy HD ${pick(rng, ("9.99", "14.99"))} · Kiosk DVD ${pick(rng, ("2.00", "2.25"))}/night · Blu-ray ${pick(rng, ("2.75", "3.00"))}/night</p></aside>'


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Format", pick(rng, ("HD, SD", "4K UHD, HD, SD", "DVD, Blu-ray"))),
            ("Closed Captions", pick(rng, ("Yes", "English"))),
        ]
    )


SITE = Site(
    NAME,
    "rbx",
    CHROME,
    WORDS,
    release,
    runtime,
    " per episode",
    votes,
    dollars,
    views,
    _episode,
    _prices,
    ("tdstrong", "ddlist", "stats"),
    frozenset({"tagline", "audience_summary", "countries", "budget", "box_office", "streaming"}),
    ("director", "author", "genre", "contentRating", "datePublished", "aggregateRating"),
    0.4,
    later="Available On Demand",
    traps=("producer",),
    extra_rows=_more,
    cta="Rent",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The title page: the shared skeleton in Redbox's words and blocks."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="rbx-ondemand">', 1)
