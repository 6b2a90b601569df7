# ruff: noqa: E501  (HTML templates read best on one line)
"""Rakuten TV (English, UK): a film or series page of the European rent-buy-and-free streaming
store. A backdrop; the <h1> (the meta line '1995 · 15 · 1h 51m · Drama' under it on some
deploys); the score with '(1,234 ratings)' beside '12,345 views' (a trap); 'Synopsis'; the facts
in open disclosure widgets, schema.org PropertyValue items (name over value) or chips: 'Director',
'Screenwriter', 'Original music', 'Producer' and 'Director of photography' (traps, the last
beginning with the director's label), 'Genres', 'Country', 'Year', 'Duration: 1h 51m' (or
'111 min'; a series' 'per episode'), 'Age rating' (the BBFC's U/PG/12/15/18), 'Release date: 27
October 1995' (or '27/10/1995') beside a later 'Available to rent from' (a trap), 'Studio',
'Audio', 'Subtitles', 'Video quality'; 'Cast'; the trailer; a series' episodes; the rent and
buy prices in pounds (traps); comments; 'You might also like'; a JSON-LD Movie on some pages. No
tagline, audience text, budget, box office, IMDb link or streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites34.common import (
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

NAME = "rakutentv"
BBFC = ages("U", "PG", "12", "15", "18")
CHROME = Chrome(
    "en-GB",
    "Rakuten TV",
    ("Home", "Free", "Movies", "Series", "Rent & Buy", "Live channels", "My Library"),
    ("We use cookies to personalise content.", "Accept all", "Cookie settings"),
    ("About Rakuten TV", "Help", "Devices", "Terms and conditions", "Privacy policy", "Cookies"),
    "© 2026 Rakuten TV. All rights reserved.",
    "__RAKUTEN_INITIAL_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenwriter",
        "music": "Original music",
        "producer": "Producer",
        "camera": "Director of photography",
        "genre": "Genres",
        "country": "Country",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Age rating",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Studio",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Synopsis",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "You might also like",
    },
)


def duration(n: int, long: bool) -> str:
    """'1h 51m', '2h' or '111 min'."""
    return hm(n, True) if long and n >= 60 else f"{n} min"


def votes(n: int) -> str:
    return votes_in("rating", n)


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Episode {e.number} · {duration(e.minutes, long)} · {uk_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _prices(t: Title, c: Classes, rng: random.Random) -> str:
    rent, buy = pick(rng, ("£3.49", "£4.49", "£5.49")), pick(rng, ("£7.99", "£9.99", "£13.99"))
    return f'<aside class="{c("prices")}"><h2>Rent or buy</h2><p>Rent HD {rent} · Buy HD {buy} · 4K UHD from £{rng.randint(10, 15)}.99</p><p>Rentals last 48 hours once you press play.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Audio", pick(rng, ("English", "English, Spanish", "English 5.1"))),
            ("Subtitles", pick(rng, ("English", "English, French", "None"))),
            ("Video quality", pick(rng, ("HD", "4K UHD", "SD, HD"))),
        ]
    )


SITE = Site(
    NAME,
    "rk",
    CHROME,
    WORDS,
    uk_date,
    duration,
    " per episode",
    votes,
    no_money,
    lambda n: f"{grouped(n)} views",
    _episode,
    _prices,
    ("opened", "propvalue", "chips"),
    frozenset({"tagline", "audience_summary", "budget", "box_office", "imdb_id", "streaming"}),
    ("director", "actor", "genre", "contentRating", "datePublished", "description"),
    0.35,
    later="Available to rent from",
    extra_rows=_more,
    cta="Rent now",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BBFC), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
