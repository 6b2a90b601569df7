# ruff: noqa: E501  (HTML templates read best on one line)
"""The A.V. Club (English, US): a review with its grade and the facts box beside it. A 16:9 still;
the <h1> (the meta line under it on some deploys); 'What it's about'; the review's paragraph
comparing the title with other films (traps); the facts as a fact line (this set's), a WordPress
credits box (this set's) or CSS-drawn captions (an earlier set's): 'Director', 'Screenplay',
'Score', 'Producer', 'Cinematography' (traps), 'Genre', 'Country', 'Year', 'Runtime: 111
minutes' (or '1 hour, 51 minutes'; a series' ' an episode'), 'Rated' (G/PG/PG-13/R/NC-17),
'Seasons', 'In theaters: October 27, 1995' (or '10/27/1995') beside a later 'On VOD' (a trap),
'Studio', 'Budget', 'Gross', 'Grade' (the critic's letter) and 'Availability' (rows the record
has no key for); 'IMDb'; 'Cast'; the trailer; a series' episodes; a membership price (a trap);
comments; 'Keep Scrolling'; a JSON-LD Movie on some pages. '1,234 comments' is a counter (a
trap). No vote count, tagline, audience text or streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites47.common import (
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
    us_date,
)

NAME = "avclub"
CERTS = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "The A.V. Club",
    ("Film", "TV", "Music", "Games", "Reviews", "Newswire"),
    ("The A.V. Club and its partners use cookies.", "Accept", "Settings"),
    ("About", "Contact", "Privacy", "Terms of Use", "Advertise"),
    "© 2026 The A.V. Club. All rights reserved.",
    "__AVC__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenplay",
        "music": "Score",
        "producer": "Producer",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "In theaters",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Gross",
    },
    {
        "about": "What it's about",
        "details": "The details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "Start the conversation.",
        "rail": "Keep Scrolling",
    },
)


def running_time(n: int, long: bool) -> str:
    """'111 minutes' or, AP style, '1 hr. 51 min.'."""
    return f"{n} minutes" if long else hm(n, True, " hr.", " min.")


def votes(n: int) -> str:
    """Never shown: The A.V. Club prints no vote count."""
    return f"{grouped(n)} votes"


def views(n: int) -> str:
    return f"{grouped(n)} comments"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Episode {e.number} · {running_time(e.minutes, long)} · {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<article class="{c("review")}"><h2>Review</h2>{review(rng, t, "minutes")}</article><aside class="{c("shop")}"><h2>A.V. Club membership</h2><p>${pick(rng, ("3.99", "5.99"))} a month, ad-free</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Grade", pick(rng, ("A-", "B+", "B", "B-", "C+"))),
            ("Availability", pick(rng, ("Select theaters", "Wide release", "Theaters and VOD"))),
        ]
    )


SITE = Site(
    NAME,
    "avc",
    CHROME,
    WORDS,
    us_date,
    running_time,
    " an episode",
    votes,
    dollars,
    views,
    _episode,
    _shop,
    ("factline", "credits", "caption"),
    frozenset({"audience_summary", "streaming", "tagline", "user_rating_count"}),
    ("director", "author", "genre", "datePublished", "aggregateRating"),
    0.4,
    later="On VOD",
    extra_rows=_more,
    cta="",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The The A.V. Club page: the shared skeleton in this site's words, formats and blocks."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="avc-review">', 1)
