# ruff: noqa: E501  (HTML templates read best on one line)
"""rgds: ReelGuide's title page after the "Marquee DS" design-system rewrite, every block a web
component: the <h1> and meta line, '(1,234 ratings)' beside '12,345 page views', 'Synopsis', the
facts as <reel-fact> components, an exclusive accordion or grouped <dl> rows: 'Director',
'Writer', 'Composer', 'Producer' and 'Director of photography' (traps; the last begins with the
director's label), 'Genre', 'Country', 'Year', 'Run time: 1 hr 51 min' or '111 minutes', 'Certificate',
'Released: Oct 27, 1995' or '1995-10-27' beside a later 'Cinema re-release' (a trap), 'Studio',
'Est. budget' and 'Gross' ('$3.6 million'), 'Colour', 'Aspect ratio'; ReelGuide+ prices, a
'Watch options' module, a newsletter dialog; JSON-LD on some pages. No tagline or audience text."""

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
    fit_rng,
    hide,
    hr_min,
    money_words,
    newsletter,
    no_characters,
    plain_rows,
    plans,
    rated,
    render_site,
    short_date,
    votes,
    where_block,
)

NAME = "rgds"
CERTS = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en",
    "ReelGuide",
    ("Movies", "TV Shows", "What to Watch", "News", "Watchlist", "Sign in"),
    (
        "We use cookies to personalise ReelGuide and measure traffic.",
        "Accept all",
        "Cookie settings",
    ),
    ("About ReelGuide", "Careers", "Help Center", "Privacy", "Terms", "Accessibility"),
    "© 2026 ReelGuide, Inc. Ratings and listings are refreshed hourly.",
    "__RG_DS_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Director of photography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Run time",
        "rating": "Certificate",
        "seasons": "Seasons",
        "released": "Released",
        "studio": "Studio",
        "budget": "Est. budget",
        "box_office": "Gross",
    },
    {
        "about": "Synopsis",
        "details": "Title details",
        "cast": "Cast",
        "trailer": "Official trailer",
        "episodes": "Episode guide",
        "reviews": "Reviews",
        "no_reviews": "No reviews yet.",
        "rail": "Because you viewed this",
    },
)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, episode {e.number} — {hr_min(e.minutes, long)}, first aired {short_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    return plans(c, rng) + where_block(t, c, "Watch options") + newsletter(c, rng)


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows((("Colour", "Color"), ("Aspect ratio", "2.39 : 1")))


SITE = Site(
    NAME,
    "rds",
    CHROME,
    WORDS,
    short_date,
    hr_min,
    " / episode",
    votes,
    money_words,
    lambda n: f"{grouped(n)} page views",
    _episode,
    _extra,
    ("slotted", "exclusive", "groups"),
    frozenset({"tagline", "audience_summary"}),
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
    later="Cinema re-release",
    extra_rows=_more,
    cta="Track this title",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
