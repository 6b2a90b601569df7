# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched as a scorecard: the numbers first, the way a sports
page prints a box score, money in millions-free dollars and plain counts. A backdrop; the <h1>
(the meta line under it on some deploys); 'Summary'; a 'Compare' button; the facts as stat
tiles (the value first, its label under it), dot-leader lines or a table: 'Director',
'Writer', 'Score', 'Producer', 'Cinematography' (traps), 'Genres', 'Country', 'Year', 'Runtime:
1h 51m' (or '111 min'; a series' ' per ep'), 'MPA' (G/PG/PG-13/R/NC-17), 'Seasons', 'Release:
10/27/1995' (or 'October 27, 1995') beside a later 'Digital' (a trap), 'Studio', 'Budgeted at',
'Earned', 'Screens'; 'IMDb'; 'Cast'; the trailer; a series' episodes; a season pass's price (a
trap); fan takes; 'On the board'; a JSON-LD Movie on some pages. '1,234 scores' beside '12,345
followers' (a trap). No tagline, audience text or streaming block."""

from __future__ import annotations

import random
from datetime import date as date_

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites44.common import (
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
    us_date,
    votes_in,
)

NAME = "reelguide_scorecard"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Scores", "Leaders", "Movies", "TV", "Compare"),
    ("ReelGuide uses cookies to save your comparisons.", "OK", "Settings"),
    ("About", "Methodology", "API", "Privacy", "Terms"),
    "© 2026 ReelGuide Scorecard.",
    "__RG_SCORECARD__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Score",
        "producer": "Producer",
        "camera": "Cinematography",
        "genre": "Genres",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "MPA",
        "seasons": "Seasons",
        "released": "Release",
        "studio": "Studio",
        "budget": "Budgeted at",
        "box_office": "Earned",
    },
    {
        "about": "Summary",
        "details": "Box score",
        "cast": "Lineup",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Fan takes",
        "no_reviews": "No takes yet.",
        "rail": "On the board",
    },
)


def flip_date(d: date_, long: bool) -> str:
    """The scorecard's numeric date first: '10/27/1995', or 'October 27, 1995'."""
    return us_date(d, not long)


def runtime(n: int, long: bool) -> str:
    """'1h 51m' or '111 min'."""
    return hm(n, True) if long else f"{n} min"


def votes(n: int) -> str:
    return votes_in("score", n, paren=False)


def views(n: int) -> str:
    return f"{grouped(n)} followers"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Ep {e.number} · S{e.season} · {runtime(e.minutes, long)} · {flip_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Season pass</h2><p>Monthly ${pick(rng, ("7.99", "8.99"))} · Annual ${pick(rng, ("79.99", "89.99"))}</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("Screens", grouped(rng.randint(800, 4400)))])


SITE = Site(
    NAME,
    "rgs",
    CHROME,
    WORDS,
    flip_date,
    runtime,
    " per ep",
    votes,
    dollars,
    views,
    _episode,
    _shop,
    ("stats", "leaders", "table"),
    frozenset({"tagline", "audience_summary", "streaming"}),
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
    later="Digital",
    extra_rows=_more,
    cta="Compare",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The scorecard page: the shared skeleton in this relaunch's words, formats and blocks."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="rgs-scorecard">', 1)
