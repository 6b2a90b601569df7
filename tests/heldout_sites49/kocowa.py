# ruff: noqa: E501  (HTML templates read best on one line)
"""KOCOWA (English, US), the Korean TV streaming service: a drama, variety show or film page
as its web app lays one out (a backdrop, the <h1> with the meta line under it on some
deploys, 'Synopsis', a 'Watch Now' button, the info). The facts as 'tit'/'txt' info rows
(content-info__tit / content-info__txt, as Korean front ends name them), a definition list
whose terms are visually hidden for screen readers (class "blind") beside visible values,
or dot leaders (an earlier set's): 'Director', 'Screenwriter', 'OST', 'Producer',
'Cinematographer' (traps), 'Genre', 'Country', 'Year', 'Runtime: 1h 51m' (or '111 min'; a
series' ' per episode'), 'Rating' (TV-Y7/TV-PG/TV-14/TV-MA), 'Seasons', 'Original Release:
Oct 27, 1995' (or '10/27/1995') beside a later 'KOCOWA+ Premiere' (a trap), 'Studio',
'Budget', 'Box Office', 'Original Language' and 'Subtitles' (no key); 'IMDb'; 'Cast'; the
trailer; a series' episodes; plan prices (a trap); comments; 'Recommended'; a JSON-LD Movie
on some pages. '1,234 ratings' beside '12,345 hearts' (a trap). No tagline, audience text or
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

NAME = "kocowa"
BOARD = ages("TV-Y7", "TV-PG", "TV-14", "TV-MA", "TV-MA")
CHROME = Chrome(
    "en-US",
    "KOCOWA+",
    ("Home", "Drama", "Variety", "K-Pop", "Log In"),
    ("KOCOWA+ uses cookies.", "Accept", "Cookie Policy"),
    ("About", "Help", "Devices", "Privacy", "Terms"),
    "© 2026 KOCOWA, LLC",
    "__KOCOWA__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenwriter",
        "music": "OST",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Original Release",
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
        "rail": "Recommended",
    },
)
SERVICE = "KOCOWA"


def running(n: int, long: bool) -> str:
    """'1h 51m' or '111 min'."""
    return hm(n, True) if long else f"{n} min"


def votes(n: int) -> str:
    return votes_in("rating", n, paren=False)


def views(n: int) -> str:
    return f"{grouped(n)} hearts"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>E{e.number} (Season {e.season}) · {running(e.minutes, long)} · {short_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    prices = (
        f"Basic ${pick(rng, ('3.99', '4.99'))}/month · Premium ${pick(rng, ('6.99', '7.99'))}/month"
    )
    return f'<aside class="{c("shop")}"><h2>KOCOWA+ Plans</h2><p>{prices}</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Original Language", "Korean"),
            ("Subtitles", pick(rng, ("English", "English, Spanish, Portuguese"))),
        ]
    )


SITE = Site(
    NAME,
    "kcw",
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
    ("kc-info", "kc-bar", "leaders"),
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
    later="KOCOWA+ Premiere",
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
    return out.replace("<body>", '<body class="kcw-kocowa">', 1)
