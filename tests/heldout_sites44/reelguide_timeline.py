# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched around a timeline: the title's life from the shoot
to streaming down the page, the facts themselves in leader lines, tiles or sentences. A
backdrop; the <h1> (the meta line under it on some deploys); 'Logline'; a 'Follow this title'
button; the facts as dot-leader lines, stat tiles or a sentence-per-fact paragraph: 'Directed
by', 'Written by', 'Music by', 'Produced by', 'Cinematography by' (traps), 'Genres',
'Countries', 'Year', 'Run time: 1 hr 51 min' (or '111 min'; a series' ' per episode'), 'MPA
rating' (G/PG/PG-13/R/NC-17), 'Seasons', 'Opened: October 27, 1995' (or '10/27/1995') beside a
later 'Streaming from' (a trap), 'Studios', 'Budgeted at', 'Earned', 'Shot in'; 'IMDb';
'Cast'; the trailer; a series' episodes; rental prices (a trap); comments; 'Coming up next'; a
JSON-LD Movie on some pages. '1,234 votes' beside '12,345 plays' (a trap). No tagline, audience
text or streaming block."""

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
    us_date,
    votes_in,
)

NAME = "reelguide_timeline"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Timeline", "Movies", "Shows", "Following", "Account"),
    ("ReelGuide uses cookies for the titles you follow.", "Accept", "Learn more"),
    ("About", "Press", "Help", "Privacy", "Terms"),
    "© 2026 ReelGuide Timeline.",
    "__RG_TIMELINE__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Music by",
        "producer": "Produced by",
        "camera": "Cinematography by",
        "genre": "Genres",
        "country": "Countries",
        "year": "Year",
        "runtime": "Run time",
        "rating": "MPA rating",
        "seasons": "Seasons",
        "released": "Opened",
        "studio": "Studios",
        "budget": "Budgeted at",
        "box_office": "Earned",
    },
    {
        "about": "Logline",
        "details": "Facts",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Coming up next",
    },
)


def run_time(n: int, long: bool) -> str:
    """'1 hr 51 min' or '111 min'."""
    return hm(n, True, " hr", " min") if long else f"{n} min"


def votes(n: int) -> str:
    return votes_in("vote", n, paren=False)


def views(n: int) -> str:
    return f"{grouped(n)} plays"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season}:E{e.number} · {run_time(e.minutes, long)} · {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Rent it</h2><p>Rent ${pick(rng, ("3.99", "5.99"))} for 48 hours · Buy ${pick(rng, ("14.99", "19.99"))}</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("Shot in", pick(rng, ("35mm", "Digital", "16mm")))])


SITE = Site(
    NAME,
    "rgm",
    CHROME,
    WORDS,
    us_date,
    run_time,
    " per episode",
    votes,
    dollars,
    views,
    _episode,
    _shop,
    ("leaders", "stats", "prose"),
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
    later="Streaming from",
    extra_rows=_more,
    cta="Follow this title",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The timeline page: the shared skeleton in this relaunch's words, formats and blocks."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="rgm-timeline">', 1)
