# ruff: noqa: E501  (HTML templates read best on one line)
"""Dekkoo (English, US), the streaming service of gay films and series: a title page (a
backdrop, the <h1> with the meta line under it on some deploys, 'Synopsis', a 'Play' button,
the info). The facts as columns under <h6> titles (dk-col__title / dk-col__body), a line of
inline pairs with bold keys, or CSS captions (an earlier set's): 'Director', 'Screenplay',
'Composer', 'Producers', 'Cinematographer' (traps), 'Genres', 'Country', 'Year', 'Running
Time: 1 hr 51 min' (or '111 mins'; a series' ' per episode'), 'Rating', 'Seasons', 'Release
Date: Oct 27, 1995' (or '10/27/1995') beside a later 'On Dekkoo Since' (a trap), 'Studio',
'Budget', 'Box Office', 'Language' and 'Subtitles' (no key); 'IMDb'; 'Cast'; the trailer; a
series' episodes; plan prices (a trap); comments; 'You May Also Like'; a JSON-LD Movie on some
pages. '1,234 votes' beside 'Favorited 12,345 times' (a trap). No tagline, audience text or
streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites49.common import (
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

NAME = "dekkoo"
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "Dekkoo",
    ("Browse", "Movies", "Series", "My List", "Log In"),
    ("Dekkoo uses cookies.", "OK", "Privacy Policy"),
    ("About", "FAQ", "Devices", "Privacy", "Terms"),
    "© 2026 Dekkoo, LLC",
    "__DEKKOO__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenplay",
        "music": "Composer",
        "producer": "Producers",
        "camera": "Cinematographer",
        "genre": "Genres",
        "country": "Country",
        "year": "Year",
        "runtime": "Running Time",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box Office",
    },
    {
        "about": "Synopsis",
        "details": "Info",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "You May Also Like",
    },
)
SERVICE = "Dekkoo"


def running(n: int, long: bool) -> str:
    """'1 hr 51 min' or '111 mins'."""
    return hm(n, True, " hr", " min") if long else f"{n} mins"


def votes(n: int) -> str:
    return votes_in("vote", n, paren=False)


def views(n: int) -> str:
    return f"Favorited {grouped(n)} times"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Episode {e.number} · {running(e.minutes, long)} · {short_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    prices = f"Monthly ${pick(rng, ('9.99', '8.99'))} · Yearly ${pick(rng, ('92.99', '89.99'))}"
    return f'<aside class="{c("shop")}"><h2>Plans</h2><p>{prices}</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [("Language", pick(rng, ("English", "Spanish", "French"))), ("Subtitles", "English")]
    )


SITE = Site(
    NAME,
    "dkk",
    CHROME,
    WORDS,
    short_date,
    running,
    " per episode",
    votes,
    dollars,
    views,
    _episode,
    _shop,
    ("dk-columns", "dk-inline", "caption"),
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
    later="On Dekkoo Since",
    extra_rows=_more,
    cta="Play",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this service's words, formats and markups."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="dkk-dekkoo">', 1)
