# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide relaunched on Stencil (its components prerendered by Stencil's hydrate app: scoped
sc- classes, a hydrated class on each upgraded element): each fact a hydrated <rg-stat> whose
scoped sc-rg-stat spans are slotted as label and value, or an <rg-meta-item label value> with
no text, its label and value drawn from the attributes by the block's own CSS; or, as an
earlier set, a table. The director is under 'Directed by', the length 'Running time', the
release 'Premiere' beside a later 'Digital release' date (a trap), the certificate 'MPA rating'
(MPA), the studios 'Production companies', the money 'Estimated budget' and 'Worldwide gross';
'Score', 'Produced by' and 'Director of photography' are traps; 'Get tickets' prices (a trap);
'1,234 votes' beside '12,345 page views' (a trap); a JSON-LD Movie on some pages. Every budget
and gross in US dollars. No tagline, audience text or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites58.common import (
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
    render_relaunch,
    us_date,
)

NAME = "reelguide_stencil"
LIBRARY = "Stencil"
# the library's own tags in the page's <head>
HEAD = '<script type="module" src="/build/reelguide.esm.js"></script><script nomodule src="/build/reelguide.js"></script><style>rg-stat-group,rg-meta{visibility:hidden}.hydrated{visibility:inherit}</style>'
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Discover", "Movies", "Series", "Lists", "Log in"),
    ("We use cookies to improve ReelGuide.", "Allow all", "Manage"),
    ("Company", "Careers", "Privacy", "Terms of Use"),
    "© 2026 ReelGuide, Inc. · Powered by Stencil",
    "__RG_STENCIL__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Score",
        "producer": "Produced by",
        "camera": "Director of photography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "MPA rating",
        "seasons": "Seasons",
        "released": "Premiere",
        "studio": "Production companies",
        "budget": "Estimated budget",
        "box_office": "Worldwide gross",
    },
    {
        "about": "Synopsis",
        "details": "Film facts",
        "cast": "Top cast",
        "trailer": "Watch the trailer",
        "episodes": "Episode guide",
        "reviews": "Comments",
        "no_reviews": "Be the first to comment.",
        "rail": "You might also like",
    },
)


def date_(d: date, long: bool) -> str:
    """'October 27, 1995' or '10/27/1995'."""
    return us_date(d, long)


def running(n: int, long: bool) -> str:
    """'111 minutes' or '1 hr 51 min'."""
    big, small = divmod(n, 60)
    if long or not big:
        return f"{n} minute" + ("" if n == 1 else "s")
    return f"{big} hr" + (f" {small} min" if small else "")


def votes(n: int) -> str:
    return f"{grouped(n)} vote" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} page views"


def money(m: Money) -> str:
    """'$150 million', '$1.2 billion', '$800,000'."""
    sign = "$" if m.currency == "USD" else m.currency + " "
    return sign + compact(m.amount, " million", " billion")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number} (season {e.season}) — {running(e.minutes, long)} — {date_(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """Prices that are neither the budget nor the gross."""
    return (
        f'<aside class="{c("prices")}"><h2>Get tickets</h2>'
        + f"<p>Adult ${pick(rng, ('13.50', '15.00'))} · Child ${pick(rng, ('9.50', '10.00'))}</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Original language", pick(rng, ("English", "French"))),
            ("Color", pick(rng, ("Full color", "Black and white"))),
        ]
    )


SITE = Site(
    NAME,
    "rgs",
    CHROME,
    WORDS,
    date_,
    running,
    " an episode",
    votes,
    money,
    views,
    _episode,
    _extra,
    ("stencil-scoped-stat", "stencil-attr-css", "table"),
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
    0.35,
    later="Digital release",
    extra_rows=_more,
    cta="Get tickets",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    t = localize_money(t, "USD", fit_rng(NAME, t, "money"))
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this relaunch's words, formats and components."""
    return render_relaunch(SITE, HEAD, t, ctx)
