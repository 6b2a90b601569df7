# ruff: noqa: E501  (HTML templates read best on one line)
"""A ReelGuide relaunch pitched as an Astro page with islands (mostly static HTML, a small state
script): a poster, the <h1> and a meta line on some deploys, no votes, '12,345 plays' (a trap),
'Story'; the facts in Svelte-style stacked cells, an email-like layout table or schema.org
PropertyValue items: 'Director', 'Writer', 'Music', 'Producer', 'Cinematographer' (traps),
'Genres', 'Country', 'Year', 'Length: 1 hr 51 min' (or '111 min'), 'Classification' (ACB),
'Original release: 27 October 1995' (or '27/10/1995') beside a later 'Leaving on' (a trap),
'Studio', 'Budget', 'Box office', 'Captions', 'Language'; the IMDb link; episodes; a DVD price
(a trap); reviews; 'Similar titles'; JSON-LD on some pages. No votes."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped, money_symbol
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
)

NAME = "astroisland"
CERTS = ages("G", "PG", "M", "MA15+", "R18+")
CHROME = Chrome(
    "en-AU",
    "ReelGuide",
    ("Home", "Movies", "TV", "Guides", "Search"),
    ("We use cookies for analytics.", "Accept", "Decline"),
    ("About", "Contact", "Terms", "Privacy", "Accessibility"),
    "© 2026 ReelGuide",
    "__ASTRO_ISLANDS__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Music",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Genres",
        "country": "Country",
        "year": "Year",
        "runtime": "Length",
        "rating": "Classification",
        "seasons": "Seasons",
        "released": "Original release",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Story",
        "details": "Film facts",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Reviews",
        "no_reviews": "No reviews yet.",
        "rail": "Similar titles",
    },
)


def runtime(n: int, long: bool) -> str:
    """'1 hr 51 min', '2 hr' or '111 min'."""
    return hm(n, True, " hr", " min") if long and n >= 60 else f"{n} min"


def votes(n: int) -> str:
    return ""


def money(m: Money) -> str:
    return money_symbol(m)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season} Episode {e.number} · {runtime(e.minutes, long)} · Aired {uk_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _offer(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("offer")}"><h2>Own it on DVD</h2><p>DVD A$19.95 · Blu-ray A$29.95, free postage over A$50.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Captions", pick(rng, ("Available", "Not available"))),
            ("Language", pick(rng, ("English", "English, Italian"))),
        ]
    )


SITE = Site(
    NAME,
    "as",
    CHROME,
    WORDS,
    uk_date,
    runtime,
    " per episode",
    votes,
    money,
    lambda n: f"{grouped(n)} plays",
    _episode,
    _offer,
    ("stacked", "mailtable", "propvalue"),
    frozenset({"tagline", "audience_summary", "streaming", "user_rating_count"}),
    ("director", "actor", "genre", "contentRating", "datePublished", "description"),
    0.3,
    later="Leaving on",
    extra_rows=_more,
    cta="Play",
    art="poster",
    meta_sep=" • ",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
