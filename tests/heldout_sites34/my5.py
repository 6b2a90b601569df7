# ruff: noqa: E501  (HTML templates read best on one line)
"""My5 (English, UK): a film or programme page of Channel 5's free streaming service (now 5). A
backdrop; the <h1> (the meta line '1995 · 15 · 1h 51m · Drama' under it on some deploys); no
votes, '12,345 views this week' (a trap); 'About this film'; the facts in schema.org
PropertyValue items (name over value), open disclosure widgets or bold-label lines: 'Director',
'Writer', 'Music', 'Executive Producer' and 'Photography' (traps), 'Genre', 'Country', 'Year',
'Duration: 1h 51m' (or '111 mins'; a programme's 'per episode'), 'Guidance' (the BBFC's
U/PG/12/15/18 as the site shows them), 'First shown: 27 October 1995' (or '27/10/1995') beside a
later 'Available until' (a trap), 'Production company', 'Subtitles', 'Audio description'; 'Cast';
the trailer; a programme's episodes with their own lengths, dates and directors; the ad-free
Plus upgrade price (a trap); comments; 'More like this'; a JSON-LD Movie on some pages. No
tagline, audience text, votes, budget, box office, IMDb link or streaming block."""

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
)

NAME = "my5"
BBFC = ages("U", "PG", "12", "15", "18")
CHROME = Chrome(
    "en-GB",
    "My5",
    ("Home", "TV Shows", "Films", "Categories", "Live TV", "My List"),
    ("We and our partners use cookies.", "I accept", "Options"),
    ("About", "Help", "Terms", "Privacy", "Cookie Policy", "Accessibility", "Contact"),
    "© 2026 Channel 5 Broadcasting Limited",
    "__MY5_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Music",
        "producer": "Executive Producer",
        "camera": "Photography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Guidance",
        "seasons": "Series",
        "released": "First shown",
        "studio": "Production company",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "About this film",
        "details": "Programme details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "More like this",
    },
)


def duration(n: int, long: bool) -> str:
    """'1h 51m', '2h' or '111 mins'."""
    return hm(n, True) if long and n >= 60 else f"{n} mins"


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Series {e.season}, Episode {e.number} · {duration(e.minutes, long)} · First shown {uk_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _plus(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("plus")}"><h2>Go ad-free</h2><p>Upgrade to ad-free viewing for £{pick(rng, ("3.99", "4.99", "5.99"))} a month, or £{rng.randint(39, 49)}.99 a year.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Subtitles", pick(rng, ("Available", "Not available"))),
            ("Audio description", pick(rng, ("Available", "Not available"))),
        ]
    )


SITE = Site(
    NAME,
    "m5",
    CHROME,
    WORDS,
    uk_date,
    duration,
    " per episode",
    no_votes,
    no_money,
    lambda n: f"{grouped(n)} views this week",
    _episode,
    _plus,
    ("propvalue", "opened", "lines"),
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
    ("director", "actor", "genre", "contentRating", "datePublished", "description"),
    0.3,
    later="Available until",
    extra_rows=_more,
    cta="Watch",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BBFC), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
