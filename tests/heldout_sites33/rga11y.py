# ruff: noqa: E501  (HTML templates read best on one line)
"""rga11y: ReelGuide's accessibility-first title page: the <h1> and meta line, '(1,234 ratings)'
beside '12,345 visits', 'Plot summary', the facts as web components, an exclusive accordion or
an icon list whose labels are only the icons' accessible names (role="img" aria-label, with a
title tooltip): 'Directed by', 'Written by', 'Music', 'Producer' and 'Cinematography' (traps),
'Genres', 'Countries', 'Year', 'Runtime: 1 hr 51 min' or '111 minutes', 'Content rating',
'Release date: Oct 27, 1995' or '1995-10-27' beside a later 'Audio-described version' (a trap),
'Studios', 'Budget' and 'Box office' ('$3,600,000'), 'Audio description', 'Captions'; 'What
Viewers Are Saying', the where-to-watch module, a newsletter dialog; JSON-LD on some pages. No
tagline."""

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
    hr_min,
    money_grouped,
    newsletter,
    no_characters,
    plain_rows,
    rated,
    render_site,
    short_date,
    votes,
    where_block,
)

NAME = "rga11y"
CERTS = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en",
    "ReelGuide",
    ("Skip to content", "Movies", "TV", "Accessibility settings", "Sign in"),
    (
        "We use cookies to personalise ReelGuide and measure traffic.",
        "Accept all",
        "Cookie settings",
    ),
    ("About ReelGuide", "Careers", "Help Center", "Privacy", "Terms", "Accessibility"),
    "© 2026 ReelGuide, Inc. Ratings and listings are refreshed hourly.",
    "__RG_A11Y__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Music",
        "producer": "Producer",
        "camera": "Cinematography",
        "genre": "Genres",
        "country": "Countries",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Content rating",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Studios",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Plot summary",
        "details": "Title facts",
        "cast": "Cast",
        "trailer": "Trailer (with captions)",
        "episodes": "Episodes",
        "reviews": "Reviews",
        "no_reviews": "No reviews yet.",
        "rail": "Related titles",
    },
)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season} episode {e.number}, {hr_min(e.minutes, long)}, aired {short_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    return (
        audience_block(t, c, "What Viewers Are Saying")
        + where_block(t, c, "Where to watch")
        + newsletter(c, rng)
    )


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows((("Audio description", "Available"), ("Captions", "English (CC)")))


SITE = Site(
    NAME,
    "rga",
    CHROME,
    WORDS,
    short_date,
    hr_min,
    " per episode",
    votes,
    money_grouped,
    lambda n: f"{grouped(n)} visits",
    _episode,
    _extra,
    ("slotted", "exclusive", "iconic"),
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
    0.35,
    later="Audio-described version",
    extra_rows=_more,
    cta="Add to list",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
