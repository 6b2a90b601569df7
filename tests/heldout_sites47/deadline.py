# ruff: noqa: E501  (HTML templates read best on one line)
"""Deadline (English, US): a trade paper's film or TV review, its credits box at the foot of the
review. A 16:9 still; the <h1> (the meta line under it on some deploys); 'Synopsis'; the
review's paragraph comparing the title with other films, their years and running times (traps);
the credits as a WordPress credits box ('<strong>Director:</strong> ...<br />', this set's), a
two-up fact table (this set's) or a table (an earlier set's): 'Director', 'Screenwriter',
'Music', 'Producers', 'Director of photography' (traps; it begins with the director's label),
'Genre', 'Country', 'Year', 'Running time: 1 hr 51 min' (or '111 min'; a series' ' per
episode'), 'Rating' (G/PG/PG-13/R/NC-17), 'Seasons', 'Release date: October 27, 1995' (or
'10/27/1995') beside a later 'Streaming date' (a trap), 'Distributor', 'Budget', 'Box office',
'Festival' and 'Sales agent' (rows the record has no key for); 'IMDb'; 'Cast'; the trailer; a
series' episodes; a subscription price (a trap); comments; 'Related Stories'; a JSON-LD Movie on
some pages. '1,234 Comments' is a counter (a trap). No vote count, tagline, audience text or
streaming block."""

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

NAME = "deadline"
CERTS = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "Deadline",
    ("Film", "TV", "Box Office", "Awardsline", "Reviews", "Festivals"),
    ("We use cookies to personalize content and ads.", "Accept", "Cookie settings"),
    ("About Us", "Advertise", "Privacy Policy", "Terms of Use", "Contact"),
    "© 2026 Deadline Hollywood, LLC. All Rights Reserved.",
    "__PMC_DEADLINE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenwriter",
        "music": "Music",
        "producer": "Producers",
        "camera": "Director of photography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Distributor",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Synopsis",
        "details": "Credits",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Related Stories",
    },
)


def running_time(n: int, long: bool) -> str:
    """'1 hr 51 min', '2 hr' or '111 min'."""
    return hm(n, True, " hr", " min") if long else f"{n} min"


def votes(n: int) -> str:
    """Never shown: Deadline prints no vote count."""
    return f"{grouped(n)} votes"


def views(n: int) -> str:
    return f"{grouped(n)} Comments"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Episode {e.number} · {running_time(e.minutes, long)} · {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<article class="{c("review")}"><h2>Review</h2>{review(rng, t, "minutes")}</article><aside class="{c("shop")}"><h2>Subscribe to Deadline</h2><p>Print + digital ${pick(rng, ("59.99", "79.99"))} a year</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            (
                "Festival",
                pick(
                    rng,
                    (
                        "Sundance Film Festival (Premieres)",
                        "Toronto International Film Festival",
                        "Venice Film Festival (Competition)",
                        "SXSW (Narrative Spotlight)",
                    ),
                ),
            ),
            (
                "Sales agent",
                pick(
                    rng,
                    (
                        "Cinetic Media",
                        "CAA Media Finance",
                        "Protagonist Pictures",
                        "Mister Smith Entertainment",
                    ),
                ),
            ),
        ]
    )


SITE = Site(
    NAME,
    "ddl",
    CHROME,
    WORDS,
    us_date,
    running_time,
    " per episode",
    votes,
    dollars,
    views,
    _episode,
    _shop,
    ("credits", "paired", "table"),
    frozenset({"audience_summary", "streaming", "tagline", "user_rating_count"}),
    ("director", "author", "genre", "datePublished", "aggregateRating"),
    0.4,
    later="Streaming date",
    extra_rows=_more,
    cta="",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The Deadline page: the shared skeleton in this site's words, formats and blocks."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="ddl-review">', 1)
