# ruff: noqa: E501  (HTML templates read best on one line)
"""A ReelGuide relaunch pitched as an AMP page (amp-state script, inline amp-custom styles in the
agency's build): a backdrop, the <h1> and a meta line on some deploys, '12,345 user ratings'
beside '12,345 shares' (a trap), 'The story'; the facts in an email-like layout table, Svelte-
style stacked cells or bold-label lines: 'Directed by', 'Written by', 'Score', 'Producers',
'Photography' (traps), 'Genres', 'Country', 'Year', 'Running time: 111 minutes' (or '1h 51m'),
'Rating' (MPA), 'Release date: October 27, 1995' (or '10/27/1995') beside a later 'Streaming
premiere' (a trap), 'Production company', 'Estimated budget', 'Worldwide gross', 'Print',
'Filming locations'; the IMDb link; episodes; a subscription price (a trap); reviews; 'Trending
now'; JSON-LD on some pages."""

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
    us_date,
    votes_in,
)

NAME = "ampstory"
CERTS = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Top stories", "Movies", "TV", "Trailers", "Menu"),
    ("We use cookies and data to deliver services.", "Accept", "Learn more"),
    ("About", "Privacy", "Terms", "AMP info", "Contact"),
    "© 2026 ReelGuide",
    "__AMP_STATE__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Score",
        "producer": "Producers",
        "camera": "Photography",
        "genre": "Genres",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Production company",
        "budget": "Estimated budget",
        "box_office": "Worldwide gross",
    },
    {
        "about": "The story",
        "details": "At a glance",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "What critics said",
        "no_reviews": "No reviews yet.",
        "rail": "Trending now",
    },
)


def runtime(n: int, long: bool) -> str:
    """'111 minutes' or '1h 51m'."""
    return f"{n} minutes" if long or n < 60 else hm(n, True)


def votes(n: int) -> str:
    return votes_in("user rating", n, paren=False)


def money(m: Money) -> str:
    return money_symbol(m)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Ep. {e.number} (Season {e.season}) · {runtime(e.minutes, long)} · aired {us_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _offer(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("offer")}"><h2>Subscribe</h2><p>Unlimited articles for $1 for 4 weeks, then $6.99 every 4 weeks.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Print", pick(rng, ("Color", "Black and white"))),
            ("Filming locations", pick(rng, ("Vancouver", "Atlanta", "London"))),
        ]
    )


SITE = Site(
    NAME,
    "am",
    CHROME,
    WORDS,
    us_date,
    runtime,
    " per episode",
    votes,
    money,
    lambda n: f"{grouped(n)} shares",
    _episode,
    _offer,
    ("mailtable", "stacked", "lines"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    ("director", "author", "actor", "genre", "datePublished", "aggregateRating"),
    0.45,
    later="Streaming premiere",
    extra_rows=_more,
    cta="",
    art="backdrop",
    meta_sep=" · ",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.9 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
