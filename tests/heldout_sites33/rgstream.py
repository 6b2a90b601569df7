# ruff: noqa: E501  (HTML templates read best on one line)
"""rgstream: ReelGuide's streaming-first title page, the where-to-watch module up top: a backdrop,
the <h1> and meta line, '(1,234 ratings)' beside '12,345 watching now', 'About', 'Where to
Watch' with its verified date, ReelGuide+ prices, the facts as web components, an exclusive
accordion or a <menu>: 'Director', 'Writer', 'Music by', 'Produced by' and 'Shot by' (traps),
'Genre', 'Country', 'Year', 'Duration: 1 hr 51 min' or '111 minutes', 'Rating', 'Released:
October 27, 1995' or '10/27/1995' beside a later 'Streaming since' (a trap), 'Studio', 'Audio';
a newsletter dialog; JSON-LD on some pages. No tagline, audience text, budget or box office."""

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
    money_grouped,
    newsletter,
    no_characters,
    plain_rows,
    plans,
    rated,
    render_site,
    us_date,
    votes,
    where_block,
)

NAME = "rgstream"
CERTS = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Home", "New on streaming", "Free to watch", "Providers", "Watchlist"),
    (
        "We use cookies to personalise ReelGuide and measure traffic.",
        "Accept all",
        "Cookie settings",
    ),
    ("About ReelGuide", "Careers", "Help Center", "Privacy", "Terms", "Accessibility"),
    "© 2026 ReelGuide, Inc. Ratings and listings are refreshed hourly.",
    "__RG_STREAM__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Music by",
        "producer": "Produced by",
        "camera": "Shot by",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Released",
        "studio": "Studio",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "About",
        "details": "Info",
        "cast": "Cast & crew",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Reviews",
        "no_reviews": "No reviews yet.",
        "rail": "Trending on streaming",
    },
)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} E{e.number} · {hr_min(e.minutes, long)} · Released {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    return where_block(t, c, "Where to Watch") + plans(c, rng) + newsletter(c, rng)


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("Audio", "English 5.1")])


SITE = Site(
    NAME,
    "rgs",
    CHROME,
    WORDS,
    us_date,
    hr_min,
    " per episode",
    votes,
    money_grouped,
    lambda n: f"{grouped(n)} watching now",
    _episode,
    _extra,
    ("slotted", "exclusive", "menu"),
    frozenset({"tagline", "audience_summary", "budget", "box_office"}),
    (
        "director",
        "author",
        "genre",
        "contentRating",
        "datePublished",
        "numberOfSeasons",
        "description",
    ),
    0.3,
    later="Streaming since",
    extra_rows=_more,
    cta="Watch now",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
