# ruff: noqa: E501  (HTML templates read best on one line)
"""Movies Anywhere (English, US): the studios' free digital-locker service's title page. A
poster; the <h1> (the meta line '1995 · R · 1 hr 51 min · Drama' under it on some deploys);
'Overview'; a 'Watch Now' button; the facts as value-list definitions (this set's), bold-label table rows
(this set's) or a table (an earlier set's): 'Directed By', 'Written By', 'Produced By' (a
trap), 'Genre', 'Year', 'Runtime: 1 hr 51 min' (or '111 min'; a series' ' per episode'),
'Rated' (G/PG/PG-13/R/NC-17), 'Seasons', 'Release Date: Oct 27, 1995' (or '10/27/1995') beside
a later 'Digital Release' (a trap), 'Studio', 'Format' and 'Audio' (rows the record has no key
for); 'IMDb'; 'Cast'; the trailer; a series' episodes; the connected retailers' buy prices (a
trap); reviews; 'More Like This'; a JSON-LD Movie on some pages. '1,234 ratings' beside '12,345
in collections' (a trap). No tagline, audience text, countries, money or streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites45.common import (
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

NAME = "moviesanywhere"
CERTS = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "Movies Anywhere",
    ("Home", "My Movies", "Explore", "Free Movies", "Screen Pass", "Sign In"),
    ("We use cookies to personalize your experience.", "Accept", "Cookie Settings"),
    (
        "About",
        "Help",
        "Connect Retailers",
        "Terms of Use",
        "Privacy Policy",
        "Do Not Sell or Share My Personal Information",
    ),
    "© 2026 Movies Anywhere. All rights reserved.",
    "__MA_STATE__",
)
WORDS = Words(
    {
        "director": "Directed By",
        "writer": "Written By",
        "music": "",
        "producer": "Produced By",
        "camera": "",
        "genre": "Genre",
        "country": "",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Studio",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Overview",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailers",
        "episodes": "Episodes",
        "reviews": "Customer Reviews",
        "no_reviews": "No reviews yet.",
        "rail": "More Like This",
    },
)


def runtime(n: int, long: bool) -> str:
    """'1 hr 51 min', '2 hr' or '111 min'."""
    return hm(n, True, " hr", " min") if long else f"{n} min"


def votes(n: int) -> str:
    return votes_in("rating", n, paren=False)


def views(n: int) -> str:
    return f"{grouped(n)} in collections"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number} · Season {e.season} · {runtime(e.minutes, long)} · {short_date(e.aired, long)}</p><p>Directed By: {esc(e.director)}</p>"


def _prices(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Buy from a retailer</h2><p>Apple TV ${pick(rng, ("14.99", "17.99"))} · Prime Video ${pick(rng, ("14.99", "19.99"))} · Fandango at Home ${pick(rng, ("12.99", "14.99"))} · Xfinity ${pick(rng, ("19.99", "24.99"))}</p></aside>'


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Format", pick(rng, ("4K UHD, HD, SD", "HD, SD", "4K UHD, HD"))),
            ("Audio", pick(rng, ("Dolby Atmos", "Dolby Digital Plus 5.1", "Stereo"))),
        ]
    )


SITE = Site(
    NAME,
    "mva",
    CHROME,
    WORDS,
    short_date,
    runtime,
    " per episode",
    votes,
    dollars,
    views,
    _episode,
    _prices,
    ("tdstrong", "ddlist", "table"),
    frozenset({"tagline", "audience_summary", "countries", "budget", "box_office", "streaming"}),
    ("director", "author", "genre", "contentRating", "datePublished", "aggregateRating"),
    0.4,
    later="Digital Release",
    traps=("producer",),
    extra_rows=_more,
    cta="Watch Now",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The store's title page: the shared skeleton in Movies Anywhere's words and blocks."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="mva-locker">', 1)
