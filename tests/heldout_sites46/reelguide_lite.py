# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched as ReelGuide Lite, the low-bandwidth edition that
phone browsers on slow networks get (the kind of plain-HTML 'lite' page Google's and news sites'
light editions serve): no web fonts, no images but the backdrop, small type, the facts as
plain text.
A backdrop; the <h1> (the meta line under it on some deploys); 'About'; a 'Full site' link;
the facts as dash lines ('<strong>Runtime</strong> &mdash; 1h 51m'), a sheet (labels across a
header row of <th abbr>, values under them) or a definition list: 'Director', 'Writer', 'Score',
'Producer', 'Camera' (traps), 'Genre', 'Country', 'Year', 'Runtime: 1h 51m' (or '111 min'; a
series' ' per ep.'), 'Rated' (G/PG/PG-13/R/NC-17), 'Seasons', 'Released: Oct 27, 1995' (or
'10/27/1995') beside a later 'Streaming' date (a trap), 'Studio', 'Budget', 'Gross',
'Language' (no key); 'IMDb'; 'Cast'; the trailer; a series' episodes; rent/buy prices (a trap);
comments; 'More titles'; a JSON-LD Movie on some pages. '1,234 votes' beside '12,345 visits'
(a trap). No tagline, audience text or streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites46.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    dollars,
    fit_rng,
    hide,
    hm,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    short_date,
)

NAME = "reelguide_lite"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Home", "Search", "Movies", "TV", "Full site"),
    ("ReelGuide Lite uses one small cookie.", "OK", "Privacy"),
    ("About", "Data saver", "Help", "Privacy", "Terms"),
    "© 2026 ReelGuide",
    "__RG_LITE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Score",
        "producer": "Producer",
        "camera": "Camera",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Released",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Gross",
    },
    {
        "about": "About",
        "details": "Info",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "More titles",
    },
)


def runtime(n: int, long: bool) -> str:
    """'1h 51m' or '111 min'."""
    return hm(n, True) if long else f"{n} min"


def votes(n: int) -> str:
    return f"{grouped(n)} vote" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} visits"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Ep. {e.number}, season {e.season} · {runtime(e.minutes, long)} · {short_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Watch it</h2><p>Rent $3.99 · Buy $14.99 · SD $2.99</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("Language", pick(rng, ("English", "English, Spanish", "English, French")))])


SITE = Site(
    NAME,
    "rlt",
    CHROME,
    WORDS,
    short_date,
    runtime,
    " per ep.",
    votes,
    dollars,
    views,
    _episode,
    _shop,
    ("dashes", "sheet", "dl"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    ("director", "author", "genre", "datePublished", "aggregateRating"),
    0.4,
    later="Streaming",
    extra_rows=_more,
    cta="Full site",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The lite page: the shared skeleton in this relaunch's words, formats and blocks."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="rlt-lite">', 1)
