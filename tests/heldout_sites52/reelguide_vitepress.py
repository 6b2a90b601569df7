# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched as a VitePress site: each title a VitePress page in its
default theme (its custom containers and details blocks), as Vue-based film databases' docs
publish theirs. A backdrop; the <h1> (the meta line under it on some deploys); 'Synopsis'; a
'Get started' button; the facts as ::: info custom containers (a custom-block-title over the
value), open ::: details blocks, or stat tiles: 'Director', 'Screenwriter', 'Composer',
'Producer', 'Director of photography' (traps, the last beginning with a director's word),
'Genre', 'Country', 'Year', 'Runtime: 111m' (or '1h 51m'; a series' ' per episode'), 'Rating'
(G/PG/PG-13/R/NC-17), 'Seasons', 'Release: October 27, 1995' (or '10/27/1995') beside a later
'Last updated' (a trap), 'Studio', 'Budget', 'Gross', 'Language'; 'IMDb'; 'Cast'; the trailer;
a series' episodes; sponsor tiers (a trap); discussions; 'Next page'; a JSON-LD Movie on some
pages. '1,234 votes' beside '12,345 stars' (a trap). No tagline, audience text or streaming
block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites52.common import (
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

NAME = "reelguide_vitepress"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Guide", "Reference", "Titles", "Changelog", "GitHub"),
    ("We use cookies for analytics.", "Accept", "Reject"),
    ("Released under the MIT License.", "Guide", "Reference", "Privacy", "Powered by VitePress"),
    "Copyright © 2026 ReelGuide",
    "__RG_VITEPRESS__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenwriter",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Director of photography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Gross",
    },
    {
        "about": "Synopsis",
        "details": "Reference",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Discussions",
        "no_reviews": "No discussions yet.",
        "rail": "Next page",
    },
)
SYSTEM = "VitePress"


def running(n: int, long: bool) -> str:
    """'111m' or '1h 51m'."""
    return f"{n}m" if long else hm(n, True)


def votes(n: int) -> str:
    return votes_in("vote", n, paren=False)


def views(n: int) -> str:
    return f"{grouped(n)} stars"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>{e.season}x{e.number:02d} · {running(e.minutes, long)} · {us_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return (
        f'<aside class="{c("shop")}"><h2>Sponsors</h2>'
        + f"<p>Bronze ${pick(rng, ('5', '10'))}/mo · Gold ${pick(rng, ('100', '250'))}/mo</p>"
        + "</aside>"
    )


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("Language", pick(rng, ("English", "English, French", "English, Spanish")))])


SITE = Site(
    NAME,
    "rvp",
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
    ("vitepress-container", "vitepress-details", "stats"),
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
    later="Last updated",
    extra_rows=_more,
    cta="Get started",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this relaunch's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="rvp-vitepress">', 1)
