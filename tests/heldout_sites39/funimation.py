# ruff: noqa: E501  (HTML templates read best on one line)
"""Funimation (English, US): the anime streaming service's show page. A 16:9 backdrop; the <h1>
(the meta line '1995 | TV-14 | 1h 51m | Action' under it on some deploys); '1,234 ratings'
beside '12,345 in queues' (a trap); 'Synopsis'; a 'Start Watching' button; the facts in
data-e2e rows, Alpine.js rows or chips: 'Director', 'Writer', 'Music', 'Producer', 'Art
Director' (traps; the last begins with the director's label's word), 'Genres', 'Country of
Origin', 'Year', 'Duration: 1h 51m' (or '111m'; a series' '/ ep'), 'Rating' (the TV Parental
Guidelines' TV-G/TV-PG/TV-14/TV-MA), 'Seasons', 'Release Date: October 27, 1995' (or
'10/27/1995') beside a later 'Dub Premiere' (a trap), 'Studio', 'Audio', 'Subtitles'; 'Cast';
the trailer; a series' episodes; the Premium plans in dollars (a trap); comments; 'You may also
like'; a JSON-LD Movie on some pages. No tagline, audience text, budget, box office, IMDb link
or streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites39.common import (
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

NAME = "funimation"
TV = ages("TV-G", "TV-PG", "TV-14", "TV-MA", None)
CHROME = Chrome(
    "en-US",
    "Funimation",
    ("Shows", "Simulcasts", "Schedule", "Genres", "Shop", "Premium"),
    (
        "Funimation uses cookies to save your queue and playback position.",
        "Got it",
        "Cookie settings",
    ),
    ("About", "Help", "Careers", "Privacy", "Terms of Use", "Do Not Sell My Info"),
    "© 2026 Funimation Global Group, LLC. All rights reserved.",
    "__FUNI_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Music",
        "producer": "Producer",
        "camera": "Art Director",
        "genre": "Genres",
        "country": "Country of Origin",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Studio",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Synopsis",
        "details": "Show Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Fan Reviews",
        "no_reviews": "No fan reviews yet.",
        "rail": "You may also like",
    },
)


def duration(n: int, long: bool) -> str:
    """'1h 51m' or '111m'."""
    return hm(n, long)


def votes(n: int) -> str:
    return votes_in("rating", n, paren=False)


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} E{e.number} | {duration(e.minutes, long)} | {us_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _plans(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("plans")}"><h2>Go Premium</h2><p>Premium $5.99/mo · Premium Plus $7.99/mo · Premium Plus Ultra $99.99/yr</p><p>Free trial: {pick(rng, ("7", "14"))} days</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Audio", pick(rng, ("Japanese, English", "Japanese", "English, Japanese, Spanish"))),
            ("Subtitles", pick(rng, ("English", "English, Spanish, Portuguese"))),
        ]
    )


SITE = Site(
    NAME,
    "fun",
    CHROME,
    WORDS,
    us_date,
    duration,
    " / ep",
    votes,
    no_money,
    lambda n: f"{grouped(n)} in queues",
    _episode,
    _plans,
    ("e2e", "alpine", "chips"),
    frozenset({"tagline", "audience_summary", "budget", "box_office", "imdb_id", "streaming"}),
    (
        "director",
        "author",
        "genre",
        "contentRating",
        "datePublished",
        "numberOfSeasons",
        "aggregateRating",
    ),
    0.4,
    meta_sep=" | ",
    later="Dub Premiere",
    extra_rows=_more,
    cta="Start Watching",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, TV), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
