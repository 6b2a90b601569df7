# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide relaunched on Lit 3 with @lit-labs/ssr (LitElement components rendered on the server
into declarative shadow roots, hydrated on load): each fact an <rg-fact label value> whose
declarative shadow root (between <!--lit-part--> markers) shows the label and the value, or an
<rg-fact-row> with a slot="label" span and a slot="value" <data value> (the year, the amounts),
a <time datetime> for the release and later dates (ISO) and the length (PT111M); or, as an
earlier set, a definition list. The director is under 'Director', the length 'Runtime', the
release 'Release' beside a later 'Streaming from' date (a trap), the certificate 'Rated' (MPA),
the studios 'Studios', the money 'Budget' and 'Box office'; 'Music', 'Producer' and
'Cinematographer' are traps; 'Rent or buy' prices (a trap); '1,234 ratings' beside '12,345
watchlists' (a trap); a JSON-LD Movie on some pages. Every budget and gross in US dollars. No
tagline, audience text or streaming block."""

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
    short_date,
)

NAME = "reelguide_lit"
LIBRARY = "Lit"
# the library's own tags in the page's <head>
HEAD = '<link rel="modulepreload" href="/static/lit/lit-element-hydrate-support.js"><script type="module" src="/static/rg-title-page.lit.js"></script>'
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Home", "Movies", "TV", "Watchlist", "Sign in"),
    ("ReelGuide uses cookies.", "Accept", "Settings"),
    ("About ReelGuide", "Help", "Privacy", "Terms"),
    "© 2026 ReelGuide, Inc. · Built with Lit",
    "__RG_LIT__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writers",
        "music": "Music",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Genres",
        "country": "Countries",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Release",
        "studio": "Studios",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Overview",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "User comments",
        "no_reviews": "No comments yet.",
        "rail": "More like this",
    },
)


def date_(d: date, long: bool) -> str:
    """'Oct 27, 1995' or '10/27/1995'."""
    return short_date(d, long)


def running(n: int, long: bool) -> str:
    """'1h 51m' (or '45m' under an hour) or '111 min'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min"
    return f"{big}h" + (f" {small}m" if small else "")


def votes(n: int) -> str:
    return f"{grouped(n)} rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} watchlists"


def money(m: Money) -> str:
    """'$150M', '$1.2B', '$800,000'."""
    sign = "$" if m.currency == "USD" else m.currency + " "
    return sign + compact(m.amount, "M", "B")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} E{e.number} · {running(e.minutes, long)} · {date_(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """Prices that are neither the budget nor the gross."""
    return (
        f'<aside class="{c("prices")}"><h2>Rent or buy</h2>'
        + f"<p>Rent ${pick(rng, ('3.99', '4.99'))} · Buy ${pick(rng, ('12.99', '14.99'))}</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Language", pick(rng, ("English", "English, Spanish"))),
            ("Sound mix", pick(rng, ("Dolby Atmos", "Dolby Digital"))),
        ]
    )


SITE = Site(
    NAME,
    "rgl",
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
    ("lit-ssr-shadow", "lit-slotted-data", "dl"),
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
    later="Streaming from",
    extra_rows=_more,
    cta="Add to watchlist",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    t = localize_money(t, "USD", fit_rng(NAME, t, "money"))
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this relaunch's words, formats and components."""
    return render_relaunch(SITE, HEAD, t, ctx)
