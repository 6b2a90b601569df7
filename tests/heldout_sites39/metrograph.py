# ruff: noqa: E501  (HTML templates read best on one line)
"""Metrograph (English, US): the New York cinema's film page (shared with its Metrograph At Home
streaming room). A poster; the <h1> (the meta line '1995 / R / 111 min. / Drama' under it on
some deploys); '12,345 members saved this' is the only counter (no votes); 'About the film';
a 'Buy tickets' button; the facts in <tt> lines, data-e2e rows or bold-label lines: 'Director',
'Writer', 'Music', 'Producer', 'Cinematographer' (traps), 'Genre', 'Country', 'Year', 'Runtime:
111 min.' (or '1h 51m'; a series' 'per episode'), 'Rating' (MPA G/PG/PG-13/R/NC-17),
'Seasons', 'Release: October 27, 1995' (or '10/27/1995') beside a later 'At Home from' (a
trap), 'Distributor', 'Format', 'Language', 'Program'; 'Cast'; the trailer; a series' episodes;
tickets, membership and an At Home rental in dollars (a trap); comments; 'Also at Metrograph';
a JSON-LD Movie on some pages. No tagline, audience text, budget, box office, IMDb link or
streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites39.common import (
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

NAME = "metrograph"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "Metrograph",
    ("Now Playing", "Calendar", "Series", "At Home", "Journal", "Membership", "Shop"),
    ("Metrograph uses cookies for tickets and membership.", "Accept", "Settings"),
    ("Visit", "Private Events", "Restaurant", "Bookstore", "Press", "Privacy"),
    "© 2026 Metrograph, 7 Ludlow Street, New York, NY 10002.",
    "__METROGRAPH__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Music",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release",
        "studio": "Distributor",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "About the film",
        "details": "Film information",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "From the members",
        "no_reviews": "No member notes yet.",
        "rail": "Also at Metrograph",
    },
)


def runtime(n: int, long: bool) -> str:
    """'111 min.' or '1h 51m'."""
    return f"{n} min." if long else hm(n, True)


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Part {e.number} of season {e.season} / {runtime(e.minutes, long)} / {us_date(e.aired, long)}</p><p>Dir. by {esc(e.director)}</p>"


def _tickets(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("tickets")}"><h2>Tickets</h2><p>{pick(rng, ("Fri", "Sat", "Sun"))} 4:30 · 7:00 · 9:45 at 7 Ludlow Street</p><p>General $17 · Members $12 · Metrograph At Home rental $4.99</p><p>Membership from $175 a year.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Format", pick(rng, ("35mm", "DCP", "16mm", "4K DCP"))),
            ("Language", pick(rng, ("In English", "In French with English subtitles"))),
            ("Program", pick(rng, ("Welcome to Metrograph", "Playdate", "Late Nites"))),
        ]
    )


SITE = Site(
    NAME,
    "mg",
    CHROME,
    WORDS,
    us_date,
    runtime,
    " per episode",
    no_votes,
    no_money,
    lambda n: f"{grouped(n)} members saved this",
    _episode,
    _tickets,
    ("teletype", "e2e", "lines"),
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
    0.3,
    meta_sep=" / ",
    later="At Home from",
    extra_rows=_more,
    cta="Buy tickets",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
