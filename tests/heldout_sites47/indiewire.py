# ruff: noqa: E501  (HTML templates read best on one line)
"""IndieWire (English, US): a critic's review with its letter grade. A 16:9 still; the <h1> (the
meta line under it on some deploys); 'Summary'; the review's paragraph comparing the title with
other films (traps); the facts as a fact line (this set's), a two-up fact table (this set's) or
stat tiles (an earlier set's): 'Director', 'Writers', 'Composer', 'Producers', 'Cinematographer'
(traps), 'Genre', 'Country', 'Year', 'Runtime: 111 minutes' (or '1h 51m'; a series' ' per
episode'), 'Rating' (G/PG/PG-13/R/NC-17), 'Seasons', 'Release date: Oct 27, 1995' (or
'10/27/1995') beside a later 'VOD release' (a trap), 'Distributor', 'Budget', 'Box office',
'Grade' (the critic's letter, a row the record has no key for); 'IMDb'; 'Cast'; the trailer; a
series' episodes; a newsletter's price (a trap); comments; 'Most Popular'; a JSON-LD Movie on
some pages. '1,234 shares' is a counter (a trap). No vote count, tagline, audience text or
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
    short_date,
)

NAME = "indiewire"
CERTS = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "IndieWire",
    ("Film", "TV", "Awards", "Festivals", "Craft", "Podcasts"),
    ("IndieWire uses cookies to improve your experience.", "Accept", "Preferences"),
    ("About", "Advertise", "Privacy Policy", "Terms of Use", "AdChoices"),
    "© 2026 IndieWire Media, LLC. All Rights Reserved.",
    "__PMC_IW__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writers",
        "music": "Composer",
        "producer": "Producers",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Distributor",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Summary",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Watch the trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Most Popular",
    },
)


def running_time(n: int, long: bool) -> str:
    """'111 minutes' or '1h 51m'."""
    return f"{n} minutes" if long else hm(n, True)


def votes(n: int) -> str:
    """Never shown: IndieWire prints no vote count."""
    return f"{grouped(n)} votes"


def views(n: int) -> str:
    return f"{grouped(n)} shares"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Episode {e.number} · {running_time(e.minutes, long)} · {short_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<article class="{c("review")}"><h2>Review</h2>{review(rng, t, "minutes")}</article><aside class="{c("shop")}"><h2>IndieWire Premium</h2><p>${pick(rng, ("4.99", "6.99"))} a month</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("Grade", pick(rng, ("A-", "B+", "B", "B-", "C+", "C")))])


SITE = Site(
    NAME,
    "iwr",
    CHROME,
    WORDS,
    short_date,
    running_time,
    " per episode",
    votes,
    dollars,
    views,
    _episode,
    _shop,
    ("factline", "paired", "stats"),
    frozenset({"audience_summary", "streaming", "tagline", "user_rating_count"}),
    ("director", "author", "genre", "datePublished", "aggregateRating"),
    0.4,
    later="VOD release",
    extra_rows=_more,
    cta="",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The IndieWire page: the shared skeleton in this site's words, formats and blocks."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="iwr-review">', 1)
