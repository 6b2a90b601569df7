# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide relaunched on the Next.js App Router: React Server Components streamed into the page,
CSS-module class names (Facts_item__k2Lq9), React's <!-- --> separators between adjacent text
nodes, a Suspense boundary (<!--$?--> with its 'Loading details...' fallback) whose content
arrives later in a hidden div that an inline $RC script swaps in, and the Flight payload pushed
to self.__next_f. The facts as text-separated list items ('Director<!-- -->: <!-- -->Ada
Gallo'), the streamed boundary's definition list, or an earlier set's dot leaders: 'Director',
'Writer', 'Music', 'Producer', 'Cinematography' (traps), 'Genre', 'Country', 'Year', 'Run time'
('1h 51min' or '111m'; a series' ' per episode'), 'Rating' (MPA), 'Seasons', 'In theaters'
('October 27, 1995' or '1995-10-27') beside a later 'Streaming premiere' date (a trap),
'Production company', 'Production budget' ('$150,000,000'), 'Box office gross'; rows the record
has no key for (Sound mix, Filming locations); 'Watch options' prices (a trap); '1,234 ratings'
beside '12,345 shares' (a trap). Every budget and gross in US dollars. No tagline, audience
text or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites62.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    hm,
    localize_money,
    month,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_ssr,
)

NAME = "reelguide_nextjs"
FRAMEWORK = "Next.js App Router (React Server Components)"
# the framework's own tags in the page's <head>, and its state and bootstrap before </body>
HEAD = '<link rel="preload" as="script" fetchpriority="low" href="/_next/static/chunks/webpack-7a1b2c3d4e5f6a7b.js"><link rel="stylesheet" href="/_next/static/css/9f3c2a1b0d4e5f6a.css" precedence="next">'
TAIL = '<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script><script>self.__next_f.push([1,"1:HL[\\"/_next/static/css/9f3c2a1b0d4e5f6a.css\\",\\"style\\"]\\n"])</script>'
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Movies", "TV Shows", "Watchlist", "Sign in"),
    ("We use cookies to keep you signed in and to measure traffic.", "Accept", "Cookie settings"),
    ("About ReelGuide", "Careers", "Privacy", "Terms of use"),
    "© 2026 ReelGuide, Inc.",
    "__RG_RNJ__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Music",
        "producer": "Producer",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Run time",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "In theaters",
        "studio": "Production company",
        "budget": "Production budget",
        "box_office": "Box office gross",
    },
    {
        "about": "Plot",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Reviews",
        "no_reviews": "No reviews yet.",
        "rail": "More to watch",
    },
)


def date_(d: date, long: bool) -> str:
    """'October 27, 1995' or '1995-10-27'."""
    return f"{month(d)} {d.day}, {d.year}" if long else d.isoformat()


def running(n: int, long: bool) -> str:
    """'1h 51min' or '111m'."""
    return hm(n, True, "h", "min") if long else f"{n}m"


def votes(n: int) -> str:
    return f"{grouped(n)} rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} shares"


def money(m: Money) -> str:
    """'$150,000,000'; other money by its code."""
    if m.currency != "USD":
        return f"{m.currency} {grouped(m.amount)}"
    return "$" + grouped(m.amount)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season}:E{e.number} · {running(e.minutes, long)} · {date_(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """Prices that are neither the budget nor the gross."""
    return (
        f'<aside class="{c("prices")}"><h2>Watch options</h2>'
        + f"<p>Rent HD ${pick(rng, ('3.99', '5.99'))} · Buy HD ${pick(rng, ('12.99', '17.99'))}</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Sound mix", pick(rng, ["Dolby Atmos", "DTS"])),
            ("Filming locations", pick(rng, ["Vancouver", "Atlanta"])),
        ]
    )


SITE = Site(
    NAME,
    "rnj",
    CHROME,
    WORDS,
    date_,
    running,
    " per episode",
    votes,
    money,
    views,
    _episode,
    _extra,
    ("rsc-text-separators", "rsc-suspense-reveal", "leaders"),
    frozenset({"audience_summary", "streaming", "tagline"}),
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
    later="Streaming premiere",
    extra_rows=_more,
    cta="Watch now",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    t = localize_money(t, "USD", fit_rng(NAME, t, "money"))
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this relaunch's words, formats and components, with
    the framework's head tags, hydration markers and state."""
    return render_ssr(SITE, t, ctx, HEAD, TAIL)
