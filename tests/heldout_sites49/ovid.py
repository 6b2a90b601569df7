# ruff: noqa: E501  (HTML templates read best on one line)
"""OVID.tv (English, US), the art-house and documentary streaming service: a film page as a
festival catalogue sets one (a poster, the <h1> with the meta line under it on some deploys,
'About the Film', a 'Watch Film' button, the credits). The facts as credit lines with italic
roles (film-credits__role), a card list under <h5> keys, or a plain definition list: 'Director',
'Screenwriter', 'Original Score', 'Producer', 'Director of Photography' (traps; the last
begins with the director's label), 'Genre', 'Country', 'Year', 'Runtime: 111 minutes' (or
'111 min'; a series' ' per episode'), 'Rating', 'Seasons', 'Released: October 27, 1995' (or
'10/27/1995') beside a later 'Home Video' (a trap), 'Production Companies', 'Budget',
'Gross', 'Language' and 'Format' (no key); 'IMDb'; 'Cast'; the trailer; a series' episodes;
subscription prices (a trap); comments; 'More from OVID'; a JSON-LD Movie on some pages. No
votes ('12,345 screenings' is a counter, a trap), tagline, audience text or streaming
block."""

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
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    us_date,
    votes_in,
)

NAME = "ovid"
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "OVID.tv",
    ("Films", "Collections", "Directors", "Search", "Sign In"),
    ("OVID.tv uses cookies.", "Accept", "Learn more"),
    ("About OVID", "Partners", "Help", "Privacy", "Terms"),
    "© 2026 OVID.tv",
    "__OVID__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenwriter",
        "music": "Original Score",
        "producer": "Producer",
        "camera": "Director of Photography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Released",
        "studio": "Production Companies",
        "budget": "Budget",
        "box_office": "Gross",
    },
    {
        "about": "About the Film",
        "details": "Credits",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "More from OVID",
    },
)
SERVICE = "OVID.tv"


def running(n: int, long: bool) -> str:
    """'111 minutes' or '111 min'."""
    return f"{n} minutes" if long else f"{n} min"


def votes(n: int) -> str:
    return votes_in("rating", n, paren=False)


def views(n: int) -> str:
    return f"{grouped(n)} screenings"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Part {e.number} (season {e.season}) · {running(e.minutes, long)} · {us_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    prices = f"${pick(rng, ('6.99', '7.99'))}/month · ${pick(rng, ('69.99', '79.99'))}/year"
    return f'<aside class="{c("shop")}"><h2>Subscribe</h2><p>{prices}</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            (
                "Language",
                pick(
                    rng,
                    ("French with English subtitles", "English", "German with English subtitles"),
                ),
            ),
            ("Format", pick(rng, ("Color", "Black and white"))),
        ]
    )


SITE = Site(
    NAME,
    "ovd",
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
    ("ov-credits", "ov-card", "dl"),
    frozenset({"tagline", "audience_summary", "streaming", "user_rating_count"}),
    ("director", "author", "genre", "contentRating", "datePublished", "numberOfSeasons"),
    0.4,
    later="Home Video",
    extra_rows=_more,
    cta="Watch Film",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this service's words, formats and markups."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="ovd-ovid">', 1)
