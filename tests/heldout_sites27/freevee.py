# ruff: noqa: E501  (HTML templates read best on one line)
"""Freevee: a movie or series page of Amazon's free, ad-supported streaming service (British
English, as on its UK pages). A backdrop; the <h1> (the meta line '1995 · 16+ · 1 h 51 min ·
Drama' under it, in the hero's <header> on some deploys); a score out of ten with '(1,234
ratings)' beside 'Watched by 12,345 this week' (a trap); the synopsis under 'Storyline';
the facts as rows with a side label turned on its edge (writing-mode), cards whose value comes
first and whose label column-reverse draws above it, or bold-label lines: 'Directors',
'Writers', 'Composers', 'Producers' and 'Cinematographer' (traps), 'Genres', 'Country of origin',
'Release year', 'Runtime: 1 h 51 min' or '111 min' (a series' 'per episode'), 'Maturity
rating' (Amazon's ALL/7+/13+/16+/18+), 'Release date: 27 October 1995' (or '27/10/1995') beside
a later 'Free with ads from' (a trap), 'Studio', 'Audio languages' and 'Subtitles' (rows without
a key), the IMDb link; 'Cast'; the trailer; episodes; the Prime Video rent and buy prices
(traps); 'Customer reviews'; 'Customers also watched'; a JSON-LD Movie on some pages. No
tagline, audience text, money or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites27.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    no_characters,
    pick,
    rated,
    render_site,
)

NAME = "freevee"
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
AMAZON = ages("ALL", "7+", "13+", "16+", "18+")
CHROME = Chrome(
    "en-GB",
    "Freevee",
    ("Home", "Movies", "TV", "Live TV", "Categories", "Search"),
    (
        "We use cookies and similar tools to enhance your shopping and viewing experience.",
        "Accept",
        "Customise cookies",
    ),
    ("Conditions of Use", "Privacy Notice", "Help", "Interest-Based Ads"),
    "© 1996-2026, Amazon.com, Inc. or its affiliates",
    "__FREEVEE__",
)
WORDS = Words(
    {
        "director": "Directors",
        "writer": "Writers",
        "music": "Composers",
        "producer": "Producers",
        "camera": "Cinematographer",
        "genre": "Genres",
        "country": "Country of origin",
        "year": "Release year",
        "runtime": "Runtime",
        "rating": "Maturity rating",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Studio",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Storyline",
        "details": "More info",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Customer reviews",
        "no_reviews": "No customer reviews",
        "rail": "Customers also watched",
        "audience": "",
    },
)


def uk_date(d: date, long: bool) -> str:
    """'27 October 1995' or '27/10/1995'."""
    return (
        f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"
    )


def runtime(n: int, long: bool) -> str:
    """'1 h 51 min', '2 h' or '111 min'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min"
    return f"{big} h" + (f" {small} min" if small else "")


def ratings(n: int) -> str:
    return "(1 rating)" if n == 1 else f"({grouped(n)} ratings)"


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} E{e.number} - {esc(e.name)} · {runtime(e.minutes, long)} · {uk_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _plans(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("plans")}"><h2>Other ways to watch</h2><p>Watch free with ads</p><p>Rent HD £{rng.choice(("3.49", "4.49"))} · Buy HD £{rng.choice(("7.99", "9.99"))}</p><p>Rentals include 30 days to start watching.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [
        ("Audio languages", pick(rng, ("English", "English, English [Audio Description]"))),
        ("Subtitles", pick(rng, ("English [CC]", "English [CC], Français"))),
    ]


SITE = Site(
    NAME,
    "fv",
    CHROME,
    WORDS,
    uk_date,
    runtime,
    " per episode",
    ratings,
    no_money,
    lambda n: f"Watched by {grouped(n)} this week",
    _episode,
    _plans,
    ("vlabels", "reverse", "lines"),
    frozenset({"tagline", "audience_summary", "budget", "box_office", "streaming"}),
    (
        "director",
        "author",
        "actor",
        "genre",
        "contentRating",
        "datePublished",
        "numberOfSeasons",
        "description",
        "aggregateRating",
    ),
    0.35,
    meta_sep=" · ",
    later="Free with ads from",
    extra_rows=_more,
    cta="Watch for free",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, AMAZON), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
