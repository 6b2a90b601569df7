# ruff: noqa: E501  (HTML templates read best on one line)
"""CinemaBlend (English, US): the review page of the entertainment site, its fact box beside
the review. A backdrop; the <h1> (the meta line '1995 · R · 111 minutes · Drama' under it on
some deploys); the readers' score with '1,234 reader votes' beside '12,345 comments' (a trap);
'Synopsis'; the facts in data-field rows (a small label over the value), icon rows (the label
only the icon's SVG title) or bold-label lines: 'Release Date: October 27, 1995' (or
'10/27/1995') beside a later 'Streaming' date (a trap), 'Directed By', 'Written By', 'Music
By', 'Produced By', 'Cinematography By' (traps), 'Genre', 'Country', 'Year', 'Runtime: 111
minutes' (or '111 min'; a series' 'per episode'), 'Rating' (the MPA's G/PG/PG-13/R/NC-17),
'Seasons', 'Studio', 'Our Rating' (the critic's stars), 'Review By'; 'Starring'; the trailer;
a series' episodes; streaming plans in dollars (traps); comments; 'Latest Reviews'; a JSON-LD
Movie on some pages. No tagline, audience text, budget, box office, IMDb link or streaming
block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites36.common import (
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
    votes_in,
)

NAME = "cinemablend"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "CinemaBlend",
    ("Movies", "TV", "Streaming", "Theme Parks", "Reviews", "Trailers", "Newsletter"),
    (
        "CinemaBlend is part of Future plc. We and our partners use cookies.",
        "Accept all",
        "Manage preferences",
    ),
    (
        "About CinemaBlend",
        "Contact",
        "Terms and conditions",
        "Privacy policy",
        "Cookies policy",
        "Accessibility Statement",
    ),
    "CinemaBlend is part of Future US Inc, an international media group and leading digital publisher. © 2026 Future US, Inc.",
    "__CB_PAGE__",
)
WORDS = Words(
    {
        "director": "Directed By",
        "writer": "Written By",
        "music": "Music By",
        "producer": "Produced By",
        "camera": "Cinematography By",
        "genre": "Genre",
        "country": "Country",
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
        "details": "At a glance",
        "cast": "Starring",
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
    return votes_in("reader vote", n, paren=False)


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Episode {e.number} · {runtime(e.minutes, long)} · {us_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _plans(t: Title, c: Classes, rng: random.Random) -> str:
    low, high = pick(rng, ("$6.99", "$7.99", "$8.99")), pick(rng, ("$15.49", "$17.99", "$22.99"))
    return f'<aside class="{c("plans")}"><h2>Where To Stream</h2><p>With ads {low}/month · Ad-free {high}/month</p><p>Prices at the time of writing.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Our Rating", pick(rng, ("3 out of 5", "3.5 out of 5", "4 out of 5", "4.5 out of 5"))),
            ("Review By", pick(rng, ("Sarah El-Mahmoud", "Dirk Libbey", "Mike Reyes"))),
        ]
    )


SITE = Site(
    NAME,
    "cb",
    CHROME,
    WORDS,
    us_date,
    runtime,
    " per episode",
    votes,
    no_money,
    lambda n: f"{grouped(n)} comments",
    _episode,
    _plans,
    ("fields", "icons", "lines"),
    frozenset({"tagline", "audience_summary", "budget", "box_office", "imdb_id", "streaming"}),
    ("director", "author", "actor", "genre", "datePublished", "description"),
    0.4,
    later="Streaming",
    extra_rows=_more,
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
