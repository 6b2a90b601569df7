# ruff: noqa: E501  (HTML templates read best on one line)
"""NOW (English, UK; the streaming service once called NOW TV): a film or box set page. A 16:9
backdrop; the <h1> (the meta line '1995 · 15 · 1h 51m · Drama' under it on some deploys);
'12,345 added to My Stuff' is the only counter (no votes); 'Synopsis'; a 'Watch with Cinema'
button; the facts in data-e2e rows, <tt> lines or aria-described rows: 'Director', 'Writer',
'Music', 'Producer', 'Cinematographer' (traps), 'Genre', 'Country', 'Year', 'Duration: 1h 51m'
(or '111 mins'; a box set's 'per episode'), 'Age rating' (the BBFC's U/PG/12A/15/18),
'Series', 'Released: 27 October 1995' (or '27/10/1995') beside a later 'On Sky Cinema from' (a
trap), 'Studio', 'Subtitles', 'Audio description'; 'Cast'; the trailer; a box set's episodes;
the NOW Memberships in pounds (a trap); comments; 'More like this'; a JSON-LD Movie on some
pages. No tagline, audience text, budget, box office, IMDb link or streaming block."""

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
    uk_date,
)

NAME = "nowtv"
BBFC = ages("U", "PG", "12A", "15", "18")
CHROME = Chrome(
    "en-GB",
    "NOW",
    ("Entertainment", "Cinema", "Sport", "Boost", "Hayu", "Categories", "My Stuff"),
    (
        "NOW uses cookies and similar technologies to personalise your experience.",
        "Accept all",
        "Manage settings",
    ),
    (
        "Help",
        "Accessibility",
        "Privacy and cookies notice",
        "Terms and conditions",
        "Contact us",
        "Sky Group",
    ),
    "© 2026 Sky UK Limited. NOW is a trading name of Sky UK Limited.",
    "__NOW_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Music",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Age rating",
        "seasons": "Series",
        "released": "Released",
        "studio": "Studio",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Synopsis",
        "details": "More info",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "What viewers say",
        "no_reviews": "No comments yet.",
        "rail": "More like this",
    },
)


def duration(n: int, long: bool) -> str:
    """'1h 51m' or '111 mins'."""
    return hm(n, True) if long else f"{n} mins"


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Series {e.season}, Episode {e.number} · {duration(e.minutes, long)} · First aired {uk_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _memberships(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("plans")}"><h2>NOW Memberships</h2><p>Entertainment £9.99 a month · Cinema £9.99 a month · Boost £{pick(rng, ("3", "6"))} a month</p><p>No contract: cancel any time with 31 days notice.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Subtitles", pick(rng, ("English", "English (SDH)"))),
            ("Audio description", pick(rng, ("Available", "Not available"))),
        ]
    )


SITE = Site(
    NAME,
    "now",
    CHROME,
    WORDS,
    uk_date,
    duration,
    " per episode",
    no_votes,
    no_money,
    lambda n: f"{grouped(n)} added to My Stuff",
    _episode,
    _memberships,
    ("e2e", "teletype", "described"),
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
    ("director", "genre", "contentRating", "datePublished", "numberOfSeasons"),
    0.35,
    later="On Sky Cinema from",
    extra_rows=_more,
    cta="Watch with Cinema",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BBFC), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
