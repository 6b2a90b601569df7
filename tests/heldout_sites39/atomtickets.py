# ruff: noqa: E501  (HTML templates read best on one line)
"""Atom Tickets (English, US): the ticketing app's movie page. A 16:9 backdrop; the <h1> (the meta
line '1995 • PG-13 • 1 hr 51 min • Drama' under it on some deploys); '1,234 verified reviews'
beside '12,345 interested' (a trap); 'Synopsis'; a 'Get Tickets' button; the facts in data-e2e
rows, Alpine.js rows or data-cy rows: 'Director', 'Writer', 'Composer', 'Producer',
'Cinematographer' (traps), 'Genre', 'Country', 'Year', 'Runtime: 1 hr 51 min' (or '111 min'; a
series' 'per episode'), 'Rated' (MPA G/PG/PG-13/R/NC-17), 'Seasons', 'Release Date: Oct 27,
1995' (or '10/27/1995') beside a later 'Digital Release' (a trap), 'Studio', 'Formats',
'Language'; 'Cast & Crew'; the trailer; a series' episodes; showtimes with ticket prices,
convenience fees and a concessions combo in dollars (a trap); comments; 'More movies playing
near you'; a JSON-LD Movie on some pages. No tagline, audience text, budget, box office, IMDb
link or streaming block."""

from __future__ import annotations

import random
from datetime import date

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
    month,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    votes_in,
)

NAME = "atomtickets"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "Atom Tickets",
    ("Movies", "Theaters", "Events", "Gift Cards", "Atom Rewards", "Get the App"),
    ("Atom uses cookies to personalize showtimes and offers.", "Accept", "Preferences"),
    ("About Atom", "Careers", "Press", "Help Center", "Privacy Policy", "Terms of Use"),
    "© 2026 Atom Tickets, LLC. All rights reserved.",
    "__ATOM_STATE__",
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
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Studio",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Synopsis",
        "details": "Movie Details",
        "cast": "Cast &amp; Crew",
        "trailer": "Watch the Trailer",
        "episodes": "Episodes",
        "reviews": "Verified Reviews",
        "no_reviews": "No reviews yet.",
        "rail": "More movies playing near you",
    },
)


def atom_date(d: date, long: bool) -> str:
    """'Oct 27, 1995' or '10/27/1995'."""
    return (
        f"{month(d, short=True)} {d.day}, {d.year}"
        if long
        else f"{d.month:02d}/{d.day:02d}/{d.year}"
    )


def runtime(n: int, long: bool) -> str:
    """'1 hr 51 min' or '111 min'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min"
    return f"{big} hr" + (f" {small} min" if small else "")


def votes(n: int) -> str:
    return votes_in("verified review", n, paren=False)


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number} (Season {e.season}) • {runtime(e.minutes, long)} • {atom_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _tickets(t: Title, c: Classes, rng: random.Random) -> str:
    where = pick(
        rng,
        (
            "AMC Metreon 16",
            "Regal Union Square",
            "Cinemark Century 20",
            "Harkins Tempe Marketplace",
        ),
    )
    return f'<aside class="{c("tickets")}"><h2>Showtimes &amp; tickets</h2><p>{where}: 12:40pm · 3:50pm · 7:00pm · 10:10pm</p><p>Standard ${rng.randint(12, 16)}.49 · IMAX ${rng.randint(19, 24)}.99 · Convenience fee $1.50 per ticket</p><p>Pre-order a popcorn &amp; drink combo for $12.99</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Formats", pick(rng, ("Standard", "IMAX, Standard", "Dolby Cinema, RPX, Standard"))),
            ("Language", pick(rng, ("English", "English (Spanish subtitles)"))),
        ]
    )


SITE = Site(
    NAME,
    "atm",
    CHROME,
    WORDS,
    atom_date,
    runtime,
    " per episode",
    votes,
    no_money,
    lambda n: f"{grouped(n)} interested",
    _episode,
    _tickets,
    ("e2e", "alpine", "cypress"),
    frozenset({"tagline", "audience_summary", "budget", "box_office", "imdb_id", "streaming"}),
    ("director", "genre", "contentRating", "datePublished", "aggregateRating"),
    0.4,
    meta_sep=" • ",
    later="Digital Release",
    extra_rows=_more,
    cta="Get Tickets",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
