# ruff: noqa: E501  (HTML templates read best on one line)
"""WeTV (English, international): Tencent Video's international streaming service's drama or
film page. A 16:9 backdrop; the <h1> (the meta line '1995 · 13+ · 1h 51min · Drama' under it on
some deploys); 'Synopsis'; a 'Watch Now' button; the facts as ARIA article cells (this set's),
stat tiles (this set's) or focusable tiles (the fortieth set's): 'Director', 'Screenwriter',
'Original Music', 'Producer', 'Cinematography' (traps), 'Genre', 'Region', 'Year', 'Duration:
1h 51min' (or '111min'; a series' 'per episode'), 'Age Rating' (ALL/7+/13+/16+/18+), 'Seasons',
'Release Date: Oct 27, 1995' (or '1995-10-27') beside a later 'Available on WeTV' (a trap),
'Production', 'Audio', 'Subtitles'; 'IMDb'; 'Cast'; the trailer; a series' episodes ('EP3 ·
Season 1 · 45min · Updated ...'); VIP prices (a trap); comments; 'You May Also Like'; a JSON-LD
Movie on some pages. No vote count: '12,345 followers' is a counter (a trap). No tagline,
audience text, budget, box office or streaming block."""

from __future__ import annotations

import random
from datetime import date as date_

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
    hm,
    month,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    stamp,
)

__all__ = ["CERTS", "CHROME", "NAME", "SITE", "STACK_BODY", "STACK_HEAD", "WORDS", "fit", "render"]

NAME = "wetv"
CERTS = ages("ALL", "7+", "13+", "16+", "18+")
CHROME = Chrome(
    "en",
    "WeTV",
    ("Home", "Drama", "Movie", "Variety", "Anime", "VIP", "Log In"),
    ("WeTV uses cookies to improve your experience.", "Accept All", "Cookie Settings"),
    ("About WeTV", "Help Center", "Terms of Service", "Privacy Policy", "Contact Us", "Tencent"),
    "Copyright © 2026 Tencent. All Rights Reserved.",
    "__WETV_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenwriter",
        "music": "Original Music",
        "producer": "Producer",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Region",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Age Rating",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Production",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Synopsis",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "You May Also Like",
    },
)


def runtime(n: int, long: bool) -> str:
    """'1h 51min', '2h' or '111min'."""
    return hm(n, long, "h", "min") if long else f"{n}min"


def release(d: date_, long: bool) -> str:
    """'Oct 27, 1995' or '1995-10-27'."""
    return f"{month(d, True)} {d.day}, {d.year}" if long else d.isoformat()


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>EP{e.number} · Season {e.season} · {runtime(e.minutes, long)} · Updated {release(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("vip")}"><h2>Join VIP</h2><p>Monthly ${pick(rng, ("3.99", "4.99"))} · Quarterly ${pick(rng, ("11.49", "12.99"))} · Annual ${pick(rng, ("39.99", "44.99"))}</p><p>Watch ahead: unlock 6 episodes early for ${pick(rng, ("0.99", "1.99"))} each.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Audio", pick(rng, ("Mandarin", "Mandarin, Thai dub", "Korean"))),
            (
                "Subtitles",
                pick(rng, ("English, Thai, Indonesian", "English, Vietnamese", "English")),
            ),
        ]
    )


SITE = Site(
    NAME,
    "wtv",
    CHROME,
    WORDS,
    release,
    runtime,
    " per episode",
    no_votes,
    no_money,
    lambda n: f"{grouped(n)} followers",
    _episode,
    _extra,
    ("articles", "figures", "focus"),
    frozenset(
        {"tagline", "audience_summary", "streaming", "user_rating_count", "budget", "box_office"}
    ),
    ("director", "author", "genre", "contentRating", "datePublished"),
    0.4,
    later="Available on WeTV",
    extra_rows=_more,
    cta="Watch Now",
    art="backdrop",
    crumbs="",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


STACK_HEAD = '<meta name="application-name" content="WeTV"><meta name="theme-color" content="#ff6a00"><link rel="preconnect" href="https://vfiles.gtimg.cn">'
STACK_BODY = 'data-app="wetv-web" data-route="play" data-region="intl"'


def render(t: Title, ctx: Context) -> str:
    """The page with the front end's own head tags and the body's app and route hooks."""
    return stamp(render_site(SITE, t, ctx), STACK_HEAD, STACK_BODY)
