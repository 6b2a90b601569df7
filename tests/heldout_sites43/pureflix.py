# ruff: noqa: E501  (HTML templates read best on one line)
"""Great American Pure Flix (English, US): a family and faith streaming service's film or
series page. A 16:9 backdrop; the <h1> (the meta line '1995 • PG • 1 hr 51 min • Drama' under it
on some deploys); 'Overview'; a 'Watch Now' button; the facts as stat tiles (this set's), ARIA
article cells (this set's) or server-driven rows (the fortieth set's): 'Director', 'Writers',
'Composer', 'Executive Producer', 'Director of Photography' (traps: the last begins with
'Director'), 'Genre', 'Country', 'Year', 'Runtime: 1 hr 51 min' (or '111 min'; a series' 'per
episode'), 'Rated' (G/PG/PG-13/TV-G/TV-PG), 'Seasons', 'Release Date: October 27, 1995' (or
'10/27/1995') beside a later 'Available Until' (a trap), 'Studio', 'Collection', 'Audio';
'IMDb'; 'Cast'; the trailer; a series' episodes; plan prices (a trap); comments; 'More Like
This'; a JSON-LD Movie on some pages. No vote count: '12,345 added to My List' is a counter (a
trap). No tagline, audience text, budget, box office or streaming block."""

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
)

__all__ = ["CERTS", "CHROME", "NAME", "SITE", "STACK_BODY", "STACK_HEAD", "WORDS", "fit", "render"]

NAME = "pureflix"
CERTS = ages("G", "PG", "PG-13", "TV-G", "TV-PG")
CHROME = Chrome(
    "en-US",
    "Great American Pure Flix",
    ("Home", "Movies", "Series", "Kids", "Christmas", "My List", "Sign In"),
    ("We use cookies to personalize your experience.", "Accept", "Manage Preferences"),
    (
        "Help Center",
        "Devices",
        "Gift Cards",
        "Terms of Use",
        "Privacy Policy",
        "Great American Media",
    ),
    "© 2026 Great American Media. All rights reserved.",
    "__GAPF_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writers",
        "music": "Composer",
        "producer": "Executive Producer",
        "camera": "Director of Photography",
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
        "about": "Overview",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "More Like This",
    },
)


def runtime(n: int, long: bool) -> str:
    """'1 hr 51 min', '2 hr' or '111 min'."""
    return hm(n, long, " hr", " min") if long else f"{n} min"


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} E{e.number} · {runtime(e.minutes, long)} · {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("plans")}"><h2>Start Streaming</h2><p>Monthly ${pick(rng, ("7.99", "8.99"))}/mo · Annual ${pick(rng, ("79.99", "89.99"))}/yr · Gift a year ${pick(rng, ("79.99", "89.99"))}</p><p>Try it free for 7 days.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            (
                "Collection",
                pick(rng, ("Family Favorites", "Faith & Inspiration", "Holiday Classics")),
            ),
            ("Audio", pick(rng, ("English 5.1", "English Stereo"))),
        ]
    )


SITE = Site(
    NAME,
    "gapf",
    CHROME,
    WORDS,
    us_date,
    runtime,
    " per episode",
    no_votes,
    no_money,
    lambda n: f"{grouped(n)} added to My List",
    _episode,
    _extra,
    ("figures", "articles", "sdui"),
    frozenset(
        {"tagline", "audience_summary", "streaming", "user_rating_count", "budget", "box_office"}
    ),
    ("director", "author", "genre", "contentRating", "datePublished"),
    0.4,
    later="Available Until",
    extra_rows=_more,
    cta="Watch Now",
    art="backdrop",
    crumbs="",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


STACK_HEAD = '<meta name="application-name" content="Great American Pure Flix"><meta name="theme-color" content="#0b2545"><link rel="manifest" href="/gapf/manifest.webmanifest">'
STACK_BODY = 'data-app="gapf-web" data-route="title" data-platform="web"'


def render(t: Title, ctx: Context) -> str:
    """The page with the front end's own head tags and the body's app and route hooks."""
    return stamp(render_site(SITE, t, ctx), STACK_HEAD, STACK_BODY)
