# ruff: noqa: E501  (HTML templates read best on one line)
"""rgnext: ReelGuide's title page as a React/Next.js app (the 2027 "Hero" redesign): a backdrop
hero, the <h1> with the meta line on some deploys, '(1,234 ratings)' beside '12,345 views this
week', 'Overview', then a facts grid: web-component facts (slot="term"/"detail"), an exclusive
accordion or chips: 'Directed by', 'Writers', 'Music', 'Producers' and 'Cinematography'
(traps), 'Genres', 'Countries', 'Year', 'Runtime: 1h 51m' or '111 min' (a show's 'per
episode'), 'Rated' (G/PG/PG-13/R/NC-17), 'Release date: October 27, 1995' or '10/27/1995'
beside a later 'Streaming from' (a trap), 'Production companies', 'Budget' and 'Box office'
('$3,600,000'), 'Language', 'Sound mix'; the where-to-watch module, 'What Viewers Are Saying',
a newsletter dialog, episodes, reviews, 'More like this'; JSON-LD on some pages. No tagline."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites33.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    audience_block,
    fit_rng,
    hide,
    hm,
    money_grouped,
    newsletter,
    no_characters,
    plain_rows,
    rated,
    render_site,
    us_date,
    votes,
    where_block,
)

NAME = "rgnext"
CERTS = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Movies", "TV Shows", "What to Watch", "News", "Watchlist", "Sign in"),
    (
        "We use cookies to personalise ReelGuide and measure traffic.",
        "Accept all",
        "Cookie settings",
    ),
    ("About ReelGuide", "Careers", "Help Center", "Privacy", "Terms", "Accessibility"),
    "© 2026 ReelGuide, Inc. Ratings and listings are refreshed hourly.",
    "__NEXT_DATA__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Writers",
        "music": "Music",
        "producer": "Producers",
        "camera": "Cinematography",
        "genre": "Genres",
        "country": "Countries",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Production companies",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Overview",
        "details": "Details",
        "cast": "Top cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "User reviews",
        "no_reviews": "Be the first to review.",
        "rail": "More like this",
    },
)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season}.E{e.number} · {hm(e.minutes, long)} · Aired {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    return (
        where_block(t, c, "Where to watch")
        + audience_block(t, c, "What Viewers Are Saying")
        + newsletter(c, rng)
    )


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows((("Language", "English"), ("Sound mix", "Dolby Atmos")))


SITE = Site(
    NAME,
    "rgn",
    CHROME,
    WORDS,
    us_date,
    hm,
    " per episode",
    votes,
    money_grouped,
    lambda n: f"{grouped(n)} views this week",
    _episode,
    _extra,
    ("slotted", "exclusive", "chips"),
    frozenset({"tagline"}),
    (
        "director",
        "author",
        "genre",
        "contentRating",
        "datePublished",
        "numberOfSeasons",
        "description",
    ),
    0.4,
    later="Streaming from",
    extra_rows=_more,
    cta="Add to Watchlist",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
