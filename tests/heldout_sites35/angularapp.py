# ruff: noqa: E501  (HTML templates read best on one line)
"""A ReelGuide relaunch pitched as an Angular app (window.__ngState__ transfer state, _ngcontent
attribute noise): a backdrop, the <h1> and a meta line on some deploys, '(1,234 ratings)' beside
'12,345 watching now' (a trap), 'Plot'; the facts in <app-fact-row> custom elements, an
email-like layout table or open disclosure widgets: 'Directors', 'Screenplay by', 'Original
music', 'Executive producer', 'Camera' (traps), 'Genre', 'Countries', 'Year', 'Duration: 1 hr
51 min' (or '111 min'), 'Maturity rating' (MPA), 'Premiere: October 27, 1995' (or
'10/27/1995') beside a later 'Available on demand' (a trap), 'Production', 'Budget', 'Box
office', 'Aspect ratio', 'Video'; the IMDb link; episodes; rent/buy prices (a trap); reviews;
'Because you viewed this'; JSON-LD on some pages."""

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

NAME = "angularapp"
CERTS = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Browse", "Movies", "Series", "New & Upcoming", "Watchlist", "Sign in"),
    ("This site uses cookies.", "OK", "Manage"),
    ("Company", "Support", "Terms", "Privacy", "Developers", "Status"),
    "© 2026 ReelGuide",
    "__ngState__",
)
WORDS = Words(
    {
        "director": "Directors",
        "writer": "Screenplay by",
        "music": "Original music",
        "producer": "Executive producer",
        "camera": "Camera",
        "genre": "Genre",
        "country": "Countries",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Maturity rating",
        "seasons": "Seasons",
        "released": "Premiere",
        "studio": "Production",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Plot",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Critic and user reviews",
        "no_reviews": "No reviews yet.",
        "rail": "Because you viewed this",
    },
)


def runtime(n: int, long: bool) -> str:
    """'1 hr 51 min', '2 hr' or '111 min'."""
    return hm(n, True, " hr", " min") if long and n >= 60 else f"{n} min"


def votes(n: int) -> str:
    return votes_in("rating", n)


def money(m: Money) -> str:
    return money_symbol(m)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season}:E{e.number} · {runtime(e.minutes, long)} · Premiered {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _offer(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("offer")}"><h2>Rent or buy</h2><p>Rent HD $3.99 · Buy HD $14.99 · Buy 4K $19.99</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Aspect ratio", pick(rng, ("2.39:1", "1.85:1", "16:9"))),
            ("Video", pick(rng, ("HD", "4K UHD", "SD"))),
        ]
    )


SITE = Site(
    NAME,
    "ng",
    CHROME,
    WORDS,
    us_date,
    runtime,
    " per episode",
    votes,
    money,
    lambda n: f"{grouped(n)} watching now",
    _episode,
    _offer,
    ("customrow", "mailtable", "opened"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    ("director", "author", "actor", "genre", "contentRating", "datePublished", "aggregateRating"),
    0.3,
    later="Available on demand",
    extra_rows=_more,
    cta="Add to watchlist",
    art="backdrop",
    meta_sep=" | ",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
