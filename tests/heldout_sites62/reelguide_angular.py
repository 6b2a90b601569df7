# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide relaunched as an Angular 17 app rendered by Angular's SSR (Universal) with hydration:
the root <app-root ng-version="17.3.4" ngh="0" ng-server-context="ssr">, every component's
elements carrying _ngcontent-ng-c* and its host _nghost-ng-c*, <!--container--> anchors after
@for items, <style ng-app-id> in the head and the transfer state in <script id="ng-state">. The
facts as hydrated rows, an Angular Material list (two-line mat-list-items, the label the
primary text and the value the secondary), or an earlier set's table: 'Director', 'Writers',
'Composer', 'Producer', 'Cinematographer' (traps), 'Genre', 'Countries', 'Release year',
'Duration' ('1 hour 51 minutes' or '111 mins'; a series' ' per episode'), 'MPA rating' (MPA),
'Number of seasons', 'Theatrical release' ('Friday, October 27, 1995' or '10/27/1995') beside a
later 'Home video' date (a trap), 'Studios', 'Estimated budget' ('$150M', '$1.2B'), 'Worldwide
gross'; rows the record has no key for (Language, Captions); 'ReelGuide Premium' prices (a
trap); '1,234 user ratings' beside '12,345 followers' (a trap). Every budget and gross in US
dollars. No tagline, audience text or streaming block."""

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
    localize_money,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_ssr,
    weekday_date,
    words_hm,
)

NAME = "reelguide_angular"
FRAMEWORK = "Angular Universal"
# the framework's own tags in the page's <head>, and its state and bootstrap before </body>
HEAD = '<base href="/"><style ng-app-id="rg-app">.rg-shell{display:block}rg-fact-list{display:grid;gap:.5rem}</style>'
TAIL = '<script id="ng-state" type="application/json">{"__nghData__":[{"c":{"2":[]}},{"t":{"4":"t0"},"c":{"4":[{"i":"t0","r":1}]}}]}</script><script src="/runtime.8f2a1c3d.js" type="module"></script><script src="/main.3b9e7d1f.js" type="module"></script>'
ROOT = '<app-root ng-version="17.3.4" ngh="0" ng-server-context="ssr">'
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Movies", "TV Shows", "Watchlist", "Sign in"),
    ("We use cookies to keep you signed in and to measure traffic.", "Accept", "Cookie settings"),
    ("About ReelGuide", "Careers", "Privacy", "Terms of use"),
    "© 2026 ReelGuide, Inc.",
    "__RG_RNG__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writers",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Countries",
        "year": "Release year",
        "runtime": "Duration",
        "rating": "MPA rating",
        "seasons": "Number of seasons",
        "released": "Theatrical release",
        "studio": "Studios",
        "budget": "Estimated budget",
        "box_office": "Worldwide gross",
    },
    {
        "about": "Storyline",
        "details": "Details",
        "cast": "Top cast",
        "trailer": "Trailer",
        "episodes": "Episode guide",
        "reviews": "User reviews",
        "no_reviews": "No user reviews yet.",
        "rail": "Related titles",
    },
)


def date_(d: date, long: bool) -> str:
    """'Friday, October 27, 1995' or '10/27/1995'."""
    return weekday_date(d, True) if long else f"{d.month:02d}/{d.day:02d}/{d.year}"


def running(n: int, long: bool) -> str:
    """'1 hour 51 minutes' or '111 mins'."""
    return words_hm(n) if long else f"{n} mins"


def votes(n: int) -> str:
    return f"{grouped(n)} user rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} followers"


def money(m: Money) -> str:
    """'$150M', '$1.2B'; other money by its code."""
    if m.currency != "USD":
        return f"{m.currency} {grouped(m.amount)}"
    return "$" + compact(m.amount, "M", "B")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season}:E{e.number} · {running(e.minutes, long)} · {date_(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """Prices that are neither the budget nor the gross."""
    return (
        f'<aside class="{c("prices")}"><h2>ReelGuide Premium</h2>'
        + f"<p>Monthly ${pick(rng, ('5.99', '7.99'))} · Yearly ${pick(rng, ('59.99', '79.99'))}</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Language", pick(rng, ["English", "English, Spanish"])),
            ("Captions", pick(rng, ["English CC", "English, Spanish"])),
        ]
    )


SITE = Site(
    NAME,
    "rng",
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
    ("ng-hydrated-rows", "ng-mat-list", "table"),
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
    later="Home video",
    extra_rows=_more,
    cta="Add to watchlist",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    t = localize_money(t, "USD", fit_rng(NAME, t, "money"))
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this relaunch's words, formats and components, with
    the framework's head tags, hydration markers and state."""
    out = render_ssr(SITE, t, ctx, HEAD, "</app-root>" + TAIL)
    opening = f'<body class="{SITE.prefix}-ssr">'
    return out.replace(opening, opening + ROOT, 1)
