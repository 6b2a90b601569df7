# ruff: noqa: E501  (HTML templates read best on one line)
"""BroadwayHD (English, US), the streaming service of filmed theatre: a show page set like a
playbill (a poster, the <h1> with the meta line under it on some deploys, 'About the Show', a
'Watch Now' button, the credits). The facts as playbill credits, the role over the name
(playbill__role / playbill__name), 'Label | value' detail items (the bar a hidden separator),
or a table with row headers (an earlier set's): 'Directed by', 'Written by', 'Music &
Lyrics', 'Produced by', 'Lighting Design' (traps), 'Genre', 'Country', 'Year', 'Running
Time: 1 hr 51 mins' (or '111 minutes'; a series' ' per episode'), 'Rating', 'Seasons',
'Release Date: October 27, 1995' (or '10/27/1995') beside a later 'Streaming Premiere' (a
trap), 'Production Company', 'Budget', 'Box Office', 'Filmed at' and 'Intermission' (no key);
'IMDb'; 'Cast'; the trailer; a series' episodes; subscription prices (a trap); comments;
'More Shows'; a JSON-LD Movie on some pages. No votes ('12,345 streams' is a counter, a
trap), tagline, audience text or streaming block."""

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

NAME = "broadwayhd"
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "BroadwayHD",
    ("Browse", "Musicals", "Plays", "Shakespeare", "Log In"),
    ("BroadwayHD uses cookies.", "Accept", "Learn More"),
    ("About", "Help", "Gift", "Privacy Policy", "Terms"),
    "© 2026 BroadwayHD LLC",
    "__BROADWAYHD__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Music and Lyrics",
        "producer": "Produced by",
        "camera": "Lighting Design",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running Time",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Production Company",
        "budget": "Budget",
        "box_office": "Box Office",
    },
    {
        "about": "About the Show",
        "details": "Credits",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "More Shows",
    },
)
SERVICE = "BroadwayHD"


def running(n: int, long: bool) -> str:
    """'1 hr 51 mins', '2 hrs' or '111 minutes'."""
    if not long:
        return f"{n} minutes"
    big, small = divmod(n, 60)
    if not big:
        return f"{small} mins"
    out = f"{big} hr" + ("" if big == 1 else "s")
    return out + (f" {small} min" + ("" if small == 1 else "s") if small else "")


def votes(n: int) -> str:
    return votes_in("rating", n, paren=False)


def views(n: int) -> str:
    return f"{grouped(n)} streams"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number}, Season {e.season} · {running(e.minutes, long)} · {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    prices = f"Monthly ${pick(rng, ('11.99', '12.99'))} · Annual ${pick(rng, ('129.99', '99.99'))}"
    return f'<aside class="{c("shop")}"><h2>Subscribe</h2><p>{prices}</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            (
                "Filmed at",
                pick(rng, ("the Belasco Theatre", "the London Palladium", "Lincoln Center")),
            ),
            ("Intermission", pick(rng, ("One", "None"))),
        ]
    )


SITE = Site(
    NAME,
    "bwy",
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
    ("bh-playbill", "bh-details", "table"),
    frozenset({"tagline", "audience_summary", "streaming", "user_rating_count"}),
    ("director", "author", "genre", "contentRating", "datePublished", "numberOfSeasons"),
    0.4,
    later="Streaming Premiere",
    extra_rows=_more,
    cta="Watch Now",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this service's words, formats and markups."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="bwy-broadwayhd">', 1)
