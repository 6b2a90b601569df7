# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched for families: a parents' guide first, the facts in big
friendly tiles with icons, an age pick of ReelGuide's own beside the MPA rating. A poster; the
<h1> (the meta line under it on some deploys); 'What it's about'; a 'Save for movie night'
button; the facts as stat tiles, CSS-drawn captions or sprite icon rows: 'Director', 'Writer',
'Score', 'Producer', 'Cinematographer' (traps), 'Genre', 'Made in', 'Year', 'Length: 1h 51m'
(or '111 min'; a series' ' per episode'), 'Rated' (G/PG/PG-13/R/NC-17), 'Seasons', 'Opened:
Oct 27, 1995' (or '10/27/1995') beside a later 'Streaming since' (a trap), 'Made by',
'Budget', 'Earned', 'Our age pick' (a trap beside the rating); 'IMDb'; 'Cast'; the trailer; a
series' episodes; a family plan's price (a trap); parent reviews; 'Families also watched'; a
JSON-LD Movie on some pages. '1,234 parent ratings' beside '12,345 families watching' (a
trap). No tagline, audience text or streaming block."""

from __future__ import annotations

import random

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
    short_date,
    votes_in,
)

NAME = "reelguide_family"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Movies", "TV", "By age", "Movie night", "Sign in"),
    ("ReelGuide uses cookies to remember your kids' ages.", "OK", "Learn more"),
    ("About", "For educators", "Help", "Privacy", "Terms"),
    "© 2026 ReelGuide Family.",
    "__RG_FAMILY__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Score",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Made in",
        "year": "Year",
        "runtime": "Length",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Opened",
        "studio": "Made by",
        "budget": "Budget",
        "box_office": "Earned",
    },
    {
        "about": "What it's about",
        "details": "Good to know",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Parent reviews",
        "no_reviews": "No parent reviews yet.",
        "rail": "Families also watched",
    },
)


def length(n: int, long: bool) -> str:
    """'1h 51m' or '111 min'."""
    return hm(n, True) if long else f"{n} min"


def votes(n: int) -> str:
    return votes_in("parent rating", n, paren=False)


def views(n: int) -> str:
    return f"{grouped(n)} families watching"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number} · Season {e.season} · {length(e.minutes, long)} · {short_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Family plan</h2><p>Up to 6 profiles ${pick(rng, ("9.99", "11.99"))}/month · Add a kid ${pick(rng, ("1.99", "2.49"))}</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("Our age pick", pick(rng, ("6+", "8+", "10+", "12+", "14+")))])


SITE = Site(
    NAME,
    "rgf",
    CHROME,
    WORDS,
    short_date,
    length,
    " per episode",
    votes,
    dollars,
    views,
    _episode,
    _shop,
    ("stats", "caption", "sprite"),
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
    later="Streaming since",
    extra_rows=_more,
    cta="Save for movie night",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The family page: the shared skeleton in this relaunch's words, formats and blocks."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="rgf-family">', 1)
