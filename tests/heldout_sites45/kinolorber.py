# ruff: noqa: E501  (HTML templates read best on one line)
"""Kino Lorber (English, US): the independent distributor's film page, a shop page for its
discs as much as a record of the film. A poster; the <h1> (the meta line under it on some
deploys); 'Synopsis'; an 'Add to Cart' button; the facts as bold-label table rows (this
set's), value-list definitions (this set's) or a table (an earlier set's): 'Director', 'Writer',
'Producer', 'Composer', 'Director of Photography' (traps; the last begins with the director's
label), 'Genre', 'Country', 'Year', 'Runtime: 111 minutes' (or '1 hr. 51 min.'; a series' ' per
episode'), 'Rating' (G/PG/PG-13/R/NC-17), 'Seasons', 'Release Date: October 27, 1995' (or
'10/27/1995') beside a later 'Street Date' (the disc's, a trap), 'Production Company',
'Language', 'Format' and 'Aspect Ratio' (rows the record has no key for); 'IMDb'; 'Starring';
the trailer; a series' episodes; Blu-ray, DVD and 4K prices (a trap); customer reviews; 'You
May Also Like'; a JSON-LD Movie on some pages. No vote count: '12,345 followers' is a counter
(a trap). No tagline, audience text, money or streaming block."""

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
    us_date,
)

NAME = "kinolorber"
CERTS = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "Kino Lorber",
    ("Films", "Blu-ray & DVD", "Kino Now", "Kino Marquee", "Education", "Account", "Cart"),
    ("This site uses cookies.", "Accept", "Privacy Policy"),
    ("About Kino Lorber", "Contact", "Shipping & Returns", "Privacy Policy", "Terms of Use"),
    "© 2026 Kino Lorber, Inc. All rights reserved.",
    "__KINO_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Director of Photography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Production Company",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Synopsis",
        "details": "Film Details",
        "cast": "Starring",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Customer Reviews",
        "no_reviews": "No reviews yet.",
        "rail": "You May Also Like",
    },
)


def running_time(n: int, long: bool) -> str:
    """'111 minutes', or '1 hr. 51 min.', '2 hr.'."""
    return f"{n} minutes" if long else hm(n, True, " hr.", " min.")


def views(n: int) -> str:
    return f"{grouped(n)} followers"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Episode {e.number} · {running_time(e.minutes, long)} · {us_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _discs(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Buy on disc</h2><p>DVD ${pick(rng, ("19.95", "14.95"))} · Blu-ray ${pick(rng, ("29.95", "24.95"))} · 4K UHD ${pick(rng, ("39.95", "34.95"))} · Free shipping over $50</p></aside>'


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            (
                "Language",
                pick(
                    rng,
                    ("English", "French with English subtitles", "Italian with English subtitles"),
                ),
            ),
            ("Format", pick(rng, ("Blu-ray", "DVD", "4K UHD"))),
            ("Aspect Ratio", pick(rng, ("1.85:1", "2.39:1", "1.37:1"))),
        ]
    )


SITE = Site(
    NAME,
    "kin",
    CHROME,
    WORDS,
    us_date,
    running_time,
    " per episode",
    lambda n: f"{grouped(n)} ratings",
    dollars,
    views,
    _episode,
    _discs,
    ("tdstrong", "ddlist", "table"),
    frozenset(
        {"tagline", "audience_summary", "user_rating_count", "budget", "box_office", "streaming"}
    ),
    ("director", "author", "genre", "contentRating", "datePublished"),
    0.4,
    later="Street Date",
    extra_rows=_more,
    cta="Add to Cart",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The film page: the shared skeleton in Kino Lorber's words and blocks."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="kin-film">', 1)
