# ruff: noqa: E501  (HTML templates read best on one line)
"""Beamafilm (English, Australia): the library streaming service's title page, reached with a
library card. A 16:9 backdrop; the <h1> (the meta line '1995 · M · 111 minutes · Drama' under
it on some deploys); '12,345 plays' (a counter, not votes); 'Summary'; a 'Watch now'
button; the facts in aria-described rows, monospace <var>/<samp> lines or data-field rows:
'Director', 'Writer', 'Music', 'Producer', 'Cinematography' (traps), 'Genre', 'Country',
'Year', 'Running time: 111 minutes' (or '1h 51m'; a series' 'per episode'), 'Classification'
(the ACB's G/PG/M/MA15+/R18+), 'Seasons', 'Release date: 27 October 1995' (or '27/10/1995')
beside a later 'Added to Beamafilm' (a trap), 'Distributor', 'Closed captions', 'Ticket
cost'; 'Cast'; the trailer; a series' episodes; the library's ticket allowance and a rental
price in Australian dollars (a trap); comments; 'More from the collection'; a JSON-LD Movie on
some pages. No votes, tagline, audience text, budget, box office, IMDb link or streaming
block."""

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

NAME = "beamafilm"
ACB = ages("G", "PG", "M", "MA15+", "R18+")
CHROME = Chrome(
    "en-AU",
    "Beamafilm",
    ("Browse", "Collections", "Documentaries", "Australian", "World cinema", "My list", "Help"),
    ("We use cookies so you stay signed in with your library card.", "OK", "Privacy"),
    ("About", "For libraries", "Help centre", "Terms of use", "Privacy policy", "Contact"),
    "Beamafilm is a streaming service for libraries. © 2026 Beamafilm Pty Ltd.",
    "__BEAMA_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Music",
        "producer": "Producer",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Classification",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Distributor",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Summary",
        "details": "Title details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Member comments",
        "no_reviews": "No comments yet.",
        "rail": "More from the collection",
    },
)


def running_time(n: int, long: bool) -> str:
    """'111 minutes' or '1h 51m'."""
    return f"{n} minutes" if long else hm(n, True)


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season} · Episode {e.number} · {running_time(e.minutes, long)} · {uk_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _tickets(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("tickets")}"><h2>Your tickets</h2><p>Your library gives you {pick(rng, ("4", "6", "8"))} tickets a month; this title costs 1 ticket for a 48-hour loan.</p><p>Not a library member? Rent it for A${rng.randint(3, 7)}.99.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Closed captions", pick(rng, ("English", "Not available"))),
            ("Ticket cost", "1 ticket (48 hours)"),
        ]
    )


SITE = Site(
    NAME,
    "bf",
    CHROME,
    WORDS,
    uk_date,
    running_time,
    " per episode",
    no_votes,
    no_money,
    lambda n: f"{grouped(n)} plays",
    _episode,
    _tickets,
    ("described", "kv", "fields"),
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
    ("director", "actor", "contentRating", "numberOfSeasons", "description"),
    0.3,
    later="Added to Beamafilm",
    extra_rows=_more,
    cta="Watch now",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, ACB), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
