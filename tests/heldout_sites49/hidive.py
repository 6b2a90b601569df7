# ruff: noqa: E501  (HTML templates read best on one line)
"""HIDIVE (English, US), the anime streaming service: a series or film page as its web app
lays one out (a key-art backdrop, the <h1> with the meta line under it on some deploys,
'Synopsis', a 'Watch Now' button, the 'Details' panel). The facts as a BEM specs list
(specs-list__term / specs-list__desc), a grid of cells each named by its <h4> heading
(role="group" aria-labelledby), or a plain definition list: 'Director', 'Script', 'Music',
'Producer', 'Character Design' (traps), 'Genres', 'Country', 'Year', 'Run Time: 1h 51m' (or
'111 min'; a series' ' per episode'), 'Rating' (TV-Y7/TV-PG/TV-14/TV-MA), 'Seasons',
'Premiere: Oct 27, 1995' (or '10/27/1995') beside a later 'Dub Premiere' (a trap), 'Studio',
'Audio' and 'Subtitles' (no key); 'IMDb'; 'Cast' (voice cast); the trailer; a series'
episodes ('S1 E3'); plan prices (a trap); comments; 'You Might Also Like'; a JSON-LD Movie
on some pages. '(1,234 ratings)' beside 'In 12,345 queues' (a trap). No tagline, audience
text, streaming block, budget or gross."""

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

NAME = "hidive"
BOARD = ages("TV-Y7", "TV-PG", "TV-14", "TV-MA", "TV-MA")
CHROME = Chrome(
    "en-US",
    "HIDIVE",
    ("Home", "Anime", "Simulcasts", "Dubs", "Log In"),
    ("HIDIVE uses cookies to improve your experience.", "Accept", "Cookie Settings"),
    ("About", "Help Center", "Privacy Policy", "Terms of Use", "Careers"),
    "© 2026 HIDIVE, LLC",
    "__HIDIVE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Script",
        "music": "Music",
        "producer": "Producer",
        "camera": "Character Design",
        "genre": "Genres",
        "country": "Country",
        "year": "Year",
        "runtime": "Run Time",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Premiere",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box Office",
    },
    {
        "about": "Synopsis",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "Be the first to comment.",
        "rail": "You Might Also Like",
    },
)
SERVICE = "HIDIVE"


def running(n: int, long: bool) -> str:
    """'1h 51m' or '111 min'."""
    return hm(n, True) if long else f"{n} min"


def votes(n: int) -> str:
    return votes_in("rating", n)


def views(n: int) -> str:
    return f"In {grouped(n)} queues"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} E{e.number} · {running(e.minutes, long)} · {short_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    prices = f"HIDIVE Monthly ${pick(rng, ('5.99', '6.99'))}/month · Annual ${pick(rng, ('59.99', '69.99'))}/year"
    return f'<aside class="{c("shop")}"><h2>Plans</h2><p>{prices}</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Audio", pick(rng, ("Japanese", "Japanese, English"))),
            ("Subtitles", pick(rng, ("English", "English, Spanish, Portuguese"))),
        ]
    )


SITE = Site(
    NAME,
    "hdv",
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
    ("hd-specs", "hd-grid", "dl"),
    frozenset({"tagline", "audience_summary", "streaming", "budget", "box_office"}),
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
    later="Dub Premiere",
    extra_rows=_more,
    cta="Watch Now",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this service's words, formats and markups."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="hdv-hidive">', 1)
