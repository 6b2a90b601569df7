# ruff: noqa: E501  (HTML templates read best on one line)
"""Time Out (English, UK): a film listing with its review, as Time Out's London site sets it. A
poster; the <h1> (the meta line under it on some deploys); 'Synopsis'; the review under 'Time
Out says', paragraph comparing the title with other films (traps); the facts as a two-up fact
table (this set's), a WordPress-style credits box (this set's) or stat tiles (an earlier set's):
'Director', 'Screenwriter', 'Music', 'Producer', 'Cinematographer' (traps), 'Genre', 'Country',
'Year', 'Duration: 111 mins' (or '1 hr 51 mins'; a series' ' an episode'), 'Certificate'
(U/PG/12A/15/18), 'Seasons', 'Release date: Friday 27 October 1995' (or '27/10/1995') beside a
later 'Streaming from' (a trap), 'Production company', 'Budget', 'Box office', 'Time Out rating'
(stars, a row the record has no key for); 'IMDb'; 'Cast'; the trailer; a series' episodes;
cinema ticket prices in pounds (a trap); user reviews; 'You may also like'; a JSON-LD Movie on
some pages. '(1,234 ratings)' beside '1,234 saves' (a trap). No tagline, audience text or
streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites47.common import (
    WEEKDAYS,
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
    review,
    uk_date,
    votes_in,
)

NAME = "timeout"
CERTS = ages("U", "PG", "12A", "15", "18")
CHROME = Chrome(
    "en-GB",
    "Time Out",
    ("Things to do", "Food & Drink", "Film", "Theatre", "Music", "Travel"),
    ("Time Out and its partners use cookies.", "Accept all", "Customise"),
    ("About us", "Press office", "Contact us", "Privacy notice", "Website terms of use"),
    "© 2026 Time Out England Limited and affiliated companies. All rights reserved.",
    "__TO_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenwriter",
        "music": "Music",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Certificate",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Production company",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Synopsis",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "User reviews",
        "no_reviews": "Be the first to review.",
        "rail": "You may also like",
    },
)


def running_time(n: int, long: bool) -> str:
    """'111 mins' or '1 hr 51 mins'."""
    return f"{n} mins" if long else hm(n, True, " hr", " mins")


def release_date(d: date, long: bool) -> str:
    """Time Out's 'Friday 27 October 1995', or '27/10/1995'."""
    return f"{WEEKDAYS[d.weekday()]} {uk_date(d, True)}" if long else uk_date(d, False)


def votes(n: int) -> str:
    """'(1,234 ratings)', '(1 rating)'."""
    return votes_in("rating", n)


def views(n: int) -> str:
    return f"{grouped(n)} saves"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Series {e.season}, episode {e.number} · {running_time(e.minutes, long)} · {release_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<article class="{c("review")}"><h2>Time Out says</h2>{review(rng, t, "minutes")}</article><aside class="{c("shop")}"><h2>Book tickets</h2><p>Tickets from £{pick(rng, ("9.50", "12.95", "14.25"))}</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            (
                "Time Out rating",
                pick(rng, ("3 out of 5 stars", "4 out of 5 stars", "5 out of 5 stars")),
            )
        ]
    )


SITE = Site(
    NAME,
    "tmo",
    CHROME,
    WORDS,
    release_date,
    running_time,
    " an episode",
    votes,
    dollars,
    views,
    _episode,
    _shop,
    ("paired", "credits", "stats"),
    frozenset({"audience_summary", "streaming", "tagline"}),
    ("director", "author", "genre", "datePublished", "aggregateRating"),
    0.4,
    later="Streaming from",
    extra_rows=_more,
    cta="Book tickets",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The Time Out page: the shared skeleton in this site's words, formats and blocks."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="tmo-listing">', 1)
