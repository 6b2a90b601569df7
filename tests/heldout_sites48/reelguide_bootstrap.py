# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched on Bootstrap 5: a title page built like the many
Bootstrap-themed film databases (cards, list groups, the utility classes). A poster; the <h1>
(the meta line under it on some deploys); 'Plot'; a 'Add to watchlist' button; the facts as
Bootstrap's horizontal description list (dl.row, dt.col-sm-4, dd.col-sm-8), a list group with
custom content (a .fw-bold label over each value), or a plain table: 'Director',
'Screenwriter', 'Score', 'Producer', 'Cinematographer' (traps), 'Genre', 'Country', 'Year',
'Runtime: 1h 51m' (or '111 min'; a series' ' per episode'), 'MPAA rating' (G/PG/PG-13/R/NC-17),
'Seasons', 'Released: October 27, 1995' (or '10/27/1995') beside a later 'DVD release' (a
trap), 'Production Co', 'Budget', 'Box office', 'Aspect ratio'; 'IMDb'; 'Cast'; the trailer; a
series' episodes; disc prices (a trap); user reviews; 'Similar titles'; a JSON-LD Movie on
some pages. '1,234 user votes' beside '12,345 views' (a trap). No tagline, audience text or
streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites48.common import (
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

NAME = "reelguide_bootstrap"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Home", "Movies", "TV", "Lists", "Log in"),
    ("This site uses cookies.", "Accept", "Learn more"),
    ("About", "Contact", "API", "Privacy", "Terms"),
    "© 2026 ReelGuide",
    "__RG_BOOTSTRAP__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenwriter",
        "music": "Score",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "MPAA rating",
        "seasons": "Seasons",
        "released": "Released",
        "studio": "Production Co",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Plot",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "User reviews",
        "no_reviews": "No user reviews yet.",
        "rail": "Similar titles",
    },
)
SYSTEM = "Bootstrap 5"


def running(n: int, long: bool) -> str:
    """'1h 51m' or '111 min'."""
    return hm(n, True) if long else f"{n} min"


def votes(n: int) -> str:
    return votes_in("user vote", n, paren=False)


def views(n: int) -> str:
    return f"{grouped(n)} views"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season}E{e.number} · {running(e.minutes, long)} · {us_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Buy it</h2><p>DVD ${pick(rng, ("7.99", "9.99"))} · Blu-ray ${pick(rng, ("14.99", "17.99"))}</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("Aspect ratio", pick(rng, ("1.85 : 1", "2.39 : 1", "1.33 : 1")))])


SITE = Site(
    NAME,
    "rgb",
    CHROME,
    WORDS,
    us_date,
    running,
    " per episode",
    votes,
    dollars,
    views,
    _episode,
    _shop,
    ("bs-dl", "bs-group", "table"),
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
    later="DVD release",
    extra_rows=_more,
    cta="Add to watchlist",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this relaunch's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="rgb-bootstrap">', 1)
