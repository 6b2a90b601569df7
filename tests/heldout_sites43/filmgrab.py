# ruff: noqa: E501  (HTML templates read best on one line)
"""Film-Grab (English, US): a WordPress film-stills blog's post for a film or series. A
16:9 still; the <h1> (the meta line '1995 | PG-13 | 111 min | Drama' under it on some deploys);
'About'; a 'View Gallery' button; the post's details as stat tiles (this set's), a legacy
<center> block of plain 'Label: value' lines (this set's) or a definition list (an earlier
set's): 'Director', 'Writer', 'Composer', 'Producer', 'Cinematographer' (traps), 'Genre',
'Country', 'Year', 'Runtime: 111 min' (or '1:51'; a series' 'per episode'), 'Rated'
(G/PG/PG-13/R/NC-17), 'Seasons', 'Release Date: October 27, 1995' (or '10/27/1995') beside a
later 'Blu-ray Release' (a trap), 'Studio', 'Aspect Ratio', 'Format', 'Production Designer';
'IMDb'; 'Cast'; the trailer; a series' episodes; support prices (a trap); comments; 'More
Stills'; a JSON-LD Movie on some pages. No vote count: '12,345 views' is a counter (a trap).
No tagline, audience text, budget, box office or streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites43.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    stamp,
    us_date,
)

__all__ = ["CERTS", "CHROME", "NAME", "SITE", "STACK_BODY", "STACK_HEAD", "WORDS", "fit", "render"]

NAME = "filmgrab"
CERTS = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "Film-Grab",
    ("Home", "A–Z", "Directors", "Cinematographers", "Random", "About", "Search"),
    ("This site uses cookies.", "Accept", "Read More"),
    ("About", "Contact", "Patreon", "Instagram", "Privacy Policy", "Proudly powered by WordPress"),
    "© 2026 FILM-GRAB. Stills are the property of their respective owners.",
    "__FILMGRAB__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Country",
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
        "about": "About",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "Leave a Reply",
        "rail": "More Stills",
    },
)


def runtime(n: int, long: bool) -> str:
    """'111 min' or '1:51'."""
    big, small = divmod(n, 60)
    return f"{n} min" if long or not big else f"{big}:{small:02d}"


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season:02d}E{e.number:02d} – {runtime(e.minutes, long)} – {us_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Support Film-Grab</h2><p>Patreon from ${pick(rng, ("3", "5"))}/month · 4K still pack ${pick(rng, ("9.99", "14.99"))} · Poster print ${pick(rng, ("24.00", "29.00"))}</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Aspect Ratio", pick(rng, ("2.39 : 1", "1.85 : 1", "1.37 : 1"))),
            ("Format", pick(rng, ("35mm", "Digital", "Super 16"))),
            ("Production Designer", pick(rng, ("Mara Voss", "Ilse Ferrand", "Tomas Keel"))),
        ]
    )


SITE = Site(
    NAME,
    "fgb",
    CHROME,
    WORDS,
    us_date,
    runtime,
    " per episode",
    no_votes,
    no_money,
    lambda n: f"{grouped(n)} views",
    _episode,
    _extra,
    ("figures", "center", "dl"),
    frozenset(
        {"tagline", "audience_summary", "streaming", "user_rating_count", "budget", "box_office"}
    ),
    ("director", "author", "genre", "contentRating", "datePublished"),
    0.35,
    later="Blu-ray Release",
    extra_rows=_more,
    cta="View Gallery",
    art="backdrop",
    crumbs="",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


STACK_HEAD = '<meta name="generator" content="WordPress 6.5.2"><meta name="theme-color" content="#000000"><link rel="https://api.w.org/" href="/fgb/wp-json/">'
STACK_BODY = (
    'class="post-template-default single single-post" data-app="filmgrab" data-route="post"'
)


def render(t: Title, ctx: Context) -> str:
    """The page with the front end's own head tags and the body's app and route hooks."""
    return stamp(render_site(SITE, t, ctx), STACK_HEAD, STACK_BODY)
