# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide relaunched as a SolidStart app: data-hk hydration keys on every hydrated element,
<!--$--> and <!--/--> markers around each dynamic insert, /_build/ assets and the _$HY
bootstrap. The facts as keyed rows (the value between the insert markers), a keyed table with a
row header per fact, or an earlier set's definition list: 'Director', 'Writers', 'Composer',
'Producer', 'Director of photography' (traps), 'Genres', 'Countries', 'Year', 'Length' ('111
minutes' or '1h 51m'; a series' ' per episode'), 'Rated' (MPA), 'Seasons', 'Release' ('October
27, 1995' or '10/27/1995') beside a later 'On demand' date (a trap), 'Studios', 'Budget' ('$150
million', '$1.2 billion'), 'Worldwide box office'; rows the record has no key for (Picture,
Language); 'Showtimes' prices (a trap); '1,234 votes' beside '12,345 watching now' (a trap).
Every budget and gross in US dollars. No tagline, audience text or streaming block."""

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
    compact,
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

NAME = "reelguide_solidstart"
FRAMEWORK = "SolidStart"
# the framework's own tags in the page's <head>, and its state and bootstrap before </body>
HEAD = '<link rel="modulepreload" href="/_build/assets/client-Cx7d2LqP.js"><link rel="stylesheet" href="/_build/assets/client-Bq1sX8.css">'
TAIL = '<script>window._$HY||(e=>{let t=e=>e&&e.hasAttribute&&(e.hasAttribute("data-hk")?e:t(e.host&&e.host.nodeType?e.host:e.parentNode));["click","input"].forEach(o=>document.addEventListener(o,o=>{let a=o.composedPath&&o.composedPath()[0]||o.target,s=t(a);s&&!e.completed.has(s)&&e.events.push([s,o])}))})(_$HY={events:[],completed:new WeakSet,r:{},fe(){}});</script><script type="module" async src="/_build/assets/client-Cx7d2LqP.js"></script>'
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Movies", "TV Shows", "Watchlist", "Sign in"),
    ("We use cookies to keep you signed in and to measure traffic.", "Accept", "Cookie settings"),
    ("About ReelGuide", "Careers", "Privacy", "Terms of use"),
    "© 2026 ReelGuide, Inc.",
    "__RG_RSS__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writers",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Director of photography",
        "genre": "Genres",
        "country": "Countries",
        "year": "Year",
        "runtime": "Length",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Release",
        "studio": "Studios",
        "budget": "Budget",
        "box_office": "Worldwide box office",
    },
    {
        "about": "Summary",
        "details": "Facts",
        "cast": "Starring",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Audience comments",
        "no_reviews": "No comments yet.",
        "rail": "Similar titles",
    },
)


def date_(d: date, long: bool) -> str:
    """'October 27, 1995' or '10/27/1995'."""
    return f"{month(d)} {d.day}, {d.year}" if long else f"{d.month:02d}/{d.day:02d}/{d.year}"


def running(n: int, long: bool) -> str:
    """'111 minutes' or '1h 51m'."""
    return f"{n} minutes" if long else hm(n, True, "h", "m")


def votes(n: int) -> str:
    return f"{grouped(n)} vote" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} watching now"


def money(m: Money) -> str:
    """'$150 million', '$1.2 billion'; other money by its code."""
    if m.currency != "USD":
        return f"{m.currency} {grouped(m.amount)}"
    return "$" + compact(m.amount, " million", " billion")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season}:E{e.number} · {running(e.minutes, long)} · {date_(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """Prices that are neither the budget nor the gross."""
    return (
        f'<aside class="{c("prices")}"><h2>Showtimes</h2>'
        + f"<p>Matinee ${pick(rng, ('9.50', '10.00'))} · Evening ${pick(rng, ('14.50', '16.00'))}</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Picture", pick(rng, ["4K HDR", "HD"])),
            ("Language", pick(rng, ["English", "English, Korean"])),
        ]
    )


SITE = Site(
    NAME,
    "rss",
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
    ("solid-hk-rows", "solid-hk-table", "dl"),
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
    later="On demand",
    extra_rows=_more,
    cta="Get showtimes",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    t = localize_money(t, "USD", fit_rng(NAME, t, "money"))
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this relaunch's words, formats and components, with
    the framework's head tags, hydration markers and state."""
    return render_ssr(SITE, t, ctx, HEAD, TAIL)
