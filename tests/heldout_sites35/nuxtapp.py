# ruff: noqa: E501  (HTML templates read best on one line)
"""A ReelGuide relaunch pitched as a Vue/Nuxt app (window.__NUXT__ state): a backdrop, the <h1>
and a meta line on some deploys, '1,234 ratings' beside '12,345 watchlisted' (a trap),
'Overview'; the facts in Svelte-style stacked cells, custom-element rows or data-title list
items: 'Director', 'Writers', 'Composer', 'Producer', 'Director of Photography' (traps; the last
begins with the director's label), 'Genres', 'Countries of origin', 'Year', 'Run time: 1h 51m'
(or '111 mins'), 'Certificate' (BBFC), 'Released: 27 October 1995' (or '27/10/1995') beside a
later 'On TV from' (a trap), 'Studios', 'Estimated budget: $3.6 million', 'Worldwide gross',
'Audio', 'Subtitles'; episodes; a cinema ticket price (a trap); reviews; 'You might also like';
JSON-LD on some pages. No IMDb link."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped, money_words
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites35.common import (
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
    uk_date,
    votes_in,
)

NAME = "nuxtapp"
CERTS = ages("U", "PG", "12", "15", "18")
CHROME = Chrome(
    "en-GB",
    "ReelGuide",
    ("Home", "Films", "TV", "Cinemas", "My list"),
    ("ReelGuide uses cookies.", "Accept all", "Reject"),
    ("About us", "Help centre", "Terms of use", "Privacy", "Cookies", "Accessibility"),
    "© 2026 ReelGuide",
    "__NUXT__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writers",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Director of Photography",
        "genre": "Genres",
        "country": "Countries of origin",
        "year": "Year",
        "runtime": "Run time",
        "rating": "Certificate",
        "seasons": "Series",
        "released": "Released",
        "studio": "Studios",
        "budget": "Estimated budget",
        "box_office": "Worldwide gross",
    },
    {
        "about": "Overview",
        "details": "Details",
        "cast": "Starring",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Reviews",
        "no_reviews": "No reviews yet.",
        "rail": "You might also like",
    },
)


def runtime(n: int, long: bool) -> str:
    """'1h 51m' or '111 mins'."""
    return hm(n, True) if long and n >= 60 else f"{n} mins"


def votes(n: int) -> str:
    return votes_in("rating", n, paren=False)


def money(m: Money) -> str:
    return money_words(m)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} E{e.number} · {runtime(e.minutes, long)} · First aired {uk_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _offer(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("offer")}"><h2>Book tickets</h2><p>Tickets from £9.50, or £12.75 for premium seats.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Audio", pick(rng, ("English", "English, Audio described"))),
            ("Subtitles", pick(rng, ("English", "English, Welsh", "None"))),
        ]
    )


SITE = Site(
    NAME,
    "nx",
    CHROME,
    WORDS,
    uk_date,
    runtime,
    " per episode",
    votes,
    money,
    lambda n: f"{grouped(n)} watchlisted",
    _episode,
    _offer,
    ("stacked", "customrow", "datatitle"),
    frozenset({"tagline", "audience_summary", "streaming", "imdb_id"}),
    (
        "director",
        "actor",
        "genre",
        "contentRating",
        "datePublished",
        "aggregateRating",
        "description",
    ),
    0.35,
    later="On TV from",
    extra_rows=_more,
    cta="Watch trailer",
    art="backdrop",
    meta_sep=" · ",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
