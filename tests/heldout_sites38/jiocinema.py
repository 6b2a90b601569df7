# ruff: noqa: E501  (HTML templates read best on one line)
"""JioCinema (English, India): the streaming service's title page. A 16:9 backdrop; the <h1>
(the meta line '1995 · UA 13+ · 1h 51m · Drama' under it on some deploys); '12,34,567 views'
in the Indian grouping (a counter, not votes); 'About the movie'; a 'Watch now' button; the
facts in data-cy rows, monospace <var>/<samp> lines or icon rows: 'Director', 'Writer', 'Music
Director', 'Producer', 'Director of Photography' (traps), 'Genre', 'Country', 'Year',
'Duration: 1h 51m' (or '111 min'; a series' 'per episode'), 'Age rating' (the CBFC's
U/UA 7+/UA 13+/UA 16+/A), 'Seasons', 'Release date: 27 Oct 1995' (or '27-10-1995') beside a
later 'Streaming since' (a trap), 'Production house', 'Audio languages', 'Subtitles'; 'Cast';
the trailer; a series' episodes; the Premium plans in rupees (a trap); comments; 'More like
this'; a JSON-LD Movie on some pages. No votes, tagline, audience text, budget, box office,
IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites38.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    hm,
    month,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
)

NAME = "jiocinema"
CBFC = ages("U", "UA 7+", "UA 13+", "UA 16+", "A")
CHROME = Chrome(
    "en-IN",
    "JioCinema",
    ("Home", "Sports", "Movies", "TV Shows", "Premium", "Originals", "Kids"),
    ("JioCinema uses cookies to personalise your experience.", "Okay", "Settings"),
    (
        "About us",
        "Help & support",
        "Terms of use",
        "Privacy policy",
        "Grievance redressal",
        "Careers",
    ),
    "© 2026 Viacom18 Media Pvt. Ltd. All rights reserved.",
    "__JIO_INITIAL_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Music Director",
        "producer": "Producer",
        "camera": "Director of Photography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Age rating",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Production house",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "About the movie",
        "details": "More info",
        "cast": "Cast & crew",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "Be the first to comment.",
        "rail": "More like this",
    },
)


def lakh(n: int) -> str:
    """Indian digit grouping: '12,34,567'."""
    s = str(n)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    groups: list[str] = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    return ",".join(groups) + "," + tail


def in_date(d: date, long: bool) -> str:
    """'27 Oct 1995' or '27-10-1995'."""
    return f"{d.day} {month(d, True)} {d.year}" if long else f"{d.day:02d}-{d.month:02d}-{d.year}"


def duration(n: int, long: bool) -> str:
    """'1h 51m' or '111 min'."""
    return hm(n, True) if long else f"{n} min"


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} E{e.number} · {duration(e.minutes, long)} · {in_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _plans(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("plans")}"><h2>Go Premium</h2><p>Premium ₹{pick(rng, ("29", "59"))}/month · Family ₹{pick(rng, ("89", "149"))}/month (4 screens)</p><p>Ad-free, 4K, download and watch offline.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            (
                "Audio languages",
                pick(rng, ("English, Hindi", "English, Hindi, Tamil, Telugu", "English")),
            ),
            ("Subtitles", pick(rng, ("English", "English, Hindi"))),
        ]
    )


SITE = Site(
    NAME,
    "jc",
    CHROME,
    WORDS,
    in_date,
    duration,
    " per episode",
    no_votes,
    no_money,
    lambda n: f"{lakh(n)} views",
    _episode,
    _plans,
    ("cypress", "kv", "icons"),
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
    ("actor", "genre", "contentRating", "datePublished", "numberOfSeasons", "description"),
    0.4,
    later="Streaming since",
    extra_rows=_more,
    cta="Watch now",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CBFC), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
