# ruff: noqa: E501  (HTML templates read best on one line)
"""7plus (English, Australia): a film or show page of the Seven Network's free streaming service. A
backdrop; the <h1> (the meta line '1995 · M · 1 hr 51 min · Drama' under it on some deploys); no
votes, '12,345 watching now' (a trap); 'Synopsis'; the facts in schema.org PropertyValue items
(name over value), 'label: value' items whose label only a data-title attribute carries, or
'label: value' lines whose dotted label explains itself in a tooltip: 'Directed by', 'Written by',
'Music by', 'Produced by' and 'Director of Photography' (traps, the last beginning with the
director's label), 'Genre', 'Country', 'Year', 'Runtime: 1 hr 51 min' (or '111 min'; a show's
'per episode'), 'Rated' (the ACB's G/PG/M/MA15+/R18+), 'First aired: 27 October 1995' (or
'27/10/1995') beside a later 'Expires' (a trap), 'Production', 'Captions', 'Channel'; 'Cast'; the
trailer; a show's episodes with their own lengths, dates and directors; 7plus's ad-free add-on
price (a trap); comments; 'More like this'; a JSON-LD Movie on some pages. No tagline, audience
text, votes, budget, box office, IMDb link or streaming block."""

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
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    uk_date,
)

NAME = "sevenplus"
ACB = ages("G", "PG", "M", "MA15+", "R18+")
CHROME = Chrome(
    "en-AU",
    "7plus",
    ("Home", "Shows", "Movies", "Live", "Sport", "News", "My List"),
    ("7plus uses cookies.", "Got it", "Manage"),
    ("About 7plus", "Help", "Terms of Use", "Privacy Policy", "Advertise with us", "Seven Network"),
    "© 2026 Seven Network (Operations) Limited",
    "__SEVENPLUS_STATE__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Music by",
        "producer": "Produced by",
        "camera": "Director of Photography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "First aired",
        "studio": "Production",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Synopsis",
        "details": "Show info",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "More like this",
    },
)


def runtime(n: int, long: bool) -> str:
    """'1 hr 51 min', '2 hr' or '111 min'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min"
    return f"{big} hr" + (f" {small} min" if small else "")


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} E{e.number} · {runtime(e.minutes, long)} · Aired {uk_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _adfree(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("adfree")}"><h2>7plus ad-free</h2><p>Watch without ad breaks for A${pick(rng, ("4.99", "5.99", "6.99"))} a month. Cancel any time.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Captions", pick(rng, ("Available", "Not available"))),
            ("Channel", pick(rng, ("Seven", "7two", "7mate", "7flix"))),
        ]
    )


SITE = Site(
    NAME,
    "sv",
    CHROME,
    WORDS,
    uk_date,
    runtime,
    " per episode",
    no_votes,
    no_money,
    lambda n: f"{grouped(n)} watching now",
    _episode,
    _adfree,
    ("propvalue", "datatitle", "tooltips"),
    frozenset(
        {
            "tagline",
            "audience_summary",
            "user_rating_count",
            "budget",
            "box_office",
            "imdb_id",
            "streaming",
        }
    ),
    ("director", "actor", "genre", "contentRating", "datePublished", "numberOfSeasons"),
    0.3,
    later="Expires",
    extra_rows=_more,
    cta="Watch",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, ACB), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
