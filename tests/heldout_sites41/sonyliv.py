# ruff: noqa: E501  (HTML templates read best on one line)
"""SonyLIV (English, India): a streaming service's show or movie page. A 16:9 backdrop; the
<h1> (the meta line '1995 · U/A 13+ · 1 Hr 51 Min · Drama' under it on some deploys); 'About';
a 'Watch Now' button; the facts in <output for> pairs, a description list nested in an open
<details>, or a 10-foot UI's focusable tiles (the fortieth set's): 'Director', 'Writer',
'Music Director', 'Producer', 'DOP' (traps), 'Genre', 'Country', 'Year', 'Duration: 1 Hr 51 Min' (or
'111 Min'; a series' 'per episode'), 'Age Rating' (U/U/A 7+/U/A 13+/U/A 16+/A), 'Seasons',
'Release Date: Oct 27, 1995' (or '27/10/1995') beside a later 'Streaming Since' (a trap),
'Studio', 'Audio Languages', 'Subtitles'; 'IMDb'; 'Cast'; the trailer; a series' episodes;
plan prices in rupees (a trap); comments; 'Recommended For You'; a JSON-LD Movie on some pages.
No vote count: '12,345 watching' is a counter (a trap). No tagline, audience text, budget, box
office or streaming block."""

from __future__ import annotations

import random
from datetime import date as date_

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites41.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    month,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    stamp,
)

NAME = "sonyliv"
CERTS = ages("U", "U/A 7+", "U/A 13+", "U/A 16+", "A")
CHROME = Chrome(
    "en-IN",
    "SonyLIV",
    ("Home", "TV Shows", "Movies", "Sports", "Premium", "Kids", "My List"),
    ("SonyLIV uses cookies to personalise your experience.", "Accept", "Settings"),
    ("About Us", "Help Center", "Terms of Use", "Privacy Policy", "Grievance Redressal", "Careers"),
    "© 2026 Culver Max Entertainment Pvt. Ltd. All rights reserved.",
    "__SONYLIV__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Music Director",
        "producer": "Producer",
        "camera": "DOP",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Age Rating",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Studio",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "About",
        "details": "More Info",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Recommended For You",
    },
)


def duration(n: int, long: bool) -> str:
    """'1 Hr 51 Min', '2 Hr' or '111 Min'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} Min"
    return f"{big} Hr" + (f" {small} Min" if small else "")


def release(d: date_, long: bool) -> str:
    """'Oct 27, 1995' or '27/10/1995'."""
    return f"{month(d, True)} {d.day}, {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} E{e.number} · {duration(e.minutes, long)} · {release(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("plans")}"><h2>Subscribe to Premium</h2><p>Mobile ₹{pick(rng, ("399", "599"))}/year · Premium ₹{pick(rng, ("699", "999"))}/6 months · ₹{pick(rng, ("1,499", "1,999"))}/year</p><p>Prices inclusive of GST.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Audio Languages", pick(rng, ("English, Hindi", "Hindi, Tamil, Telugu", "English"))),
            ("Subtitles", pick(rng, ("English", "English, Hindi"))),
        ]
    )


SITE = Site(
    NAME,
    "slv",
    CHROME,
    WORDS,
    release,
    duration,
    " per episode",
    no_votes,
    no_money,
    lambda n: f"{grouped(n)} watching",
    _episode,
    _extra,
    ("outputs", "detailsdl", "focus"),
    frozenset(
        {"tagline", "audience_summary", "budget", "box_office", "streaming", "user_rating_count"}
    ),
    ("director", "author", "genre", "contentRating", "datePublished"),
    0.4,
    later="Streaming Since",
    extra_rows=_more,
    cta="Watch Now",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


STACK_HEAD = '<meta name="application-name" content="SonyLIV"><meta name="theme-color" content="#0b0b0f"><link rel="manifest" href="/slv/manifest.json">'
STACK_BODY = 'data-app="sonyliv-web" data-route="details"'


def render(t: Title, ctx: Context) -> str:
    """The page with the front end's own head tags and the body's app and route hooks."""
    return stamp(render_site(SITE, t, ctx), STACK_HEAD, STACK_BODY)
