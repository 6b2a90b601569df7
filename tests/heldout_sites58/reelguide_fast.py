# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide relaunched on Microsoft FAST (FASTElement components rendered by @microsoft/fast-ssr
into declarative shadow roots, marked needs-hydration until the client takes over): each fact
an <rg-detail label needs-hydration> whose shadow root shows the label and slots the light-DOM
value, or a <label for> beside an <output>; or, as an earlier set, stat tiles. The director is
under 'Director(s)', the length 'Duration', the release 'Released' beside a later 'On demand'
date (a trap), the certificate 'Content rating' (MPA), the studios 'Studio', the money 'Budget'
and 'Gross'; 'Composer', 'Producers' and 'Camera' are traps; 'Buy or rent' prices (a trap);
'1,234 ratings' beside '12,345 followers' (a trap); a JSON-LD Movie on some pages. Every budget
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
    dollars,
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

NAME = "reelguide_fast"
LIBRARY = "FAST"
# the library's own tags in the page's <head>
HEAD = '<meta name="generator" content="@microsoft/fast-ssr"><script type="module" src="/assets/fast-element-hydration.js"></script>'
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Browse", "Films", "Shows", "Collections", "Account"),
    ("ReelGuide stores cookies on this device.", "OK", "Cookie settings"),
    ("ReelGuide", "Accessibility", "Privacy statement", "Terms"),
    "© 2026 ReelGuide, Inc. · FAST",
    "__RG_FAST__",
)
WORDS = Words(
    {
        "director": "Director(s)",
        "writer": "Writer(s)",
        "music": "Composer",
        "producer": "Producers",
        "camera": "Camera",
        "genre": "Genres",
        "country": "Country of origin",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Content rating",
        "seasons": "Seasons",
        "released": "Released",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Gross",
    },
    {
        "about": "Storyline",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments.",
        "rail": "Related titles",
    },
)


def date_(d: date, long: bool) -> str:
    """'Oct 27, 1995' or ISO 8601's '1995-10-27'."""
    return short_date(d, True) if long else d.isoformat()


def running(n: int, long: bool) -> str:
    """'1 h 51 min' (or '45 min' under an hour) or '111 min'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min"
    return f"{big} h" + (f" {small} min" if small else "")


def votes(n: int) -> str:
    return f"{grouped(n)} rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} followers"


def money(m: Money) -> str:
    """'$150,000,000': US dollars, in full."""
    return dollars(m)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>{e.season}x{e.number:02d} · {running(e.minutes, long)} · {date_(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """Prices that are neither the budget nor the gross."""
    return (
        f'<aside class="{c("prices")}"><h2>Buy or rent</h2>'
        + f"<p>HD rental ${pick(rng, ('3.99', '5.99'))} · 4K purchase ${pick(rng, ('19.99', '24.99'))}</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Audio", pick(rng, ("English 5.1", "English 7.1"))),
            ("Subtitles", pick(rng, ("English, Spanish", "English"))),
        ]
    )


SITE = Site(
    NAME,
    "rgf",
    CHROME,
    WORDS,
    date_,
    running,
    " / episode",
    votes,
    money,
    views,
    _episode,
    _extra,
    ("fast-ssr-slot", "fast-output-rows", "stats"),
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
    cta="Follow",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    t = localize_money(t, "USD", fit_rng(NAME, t, "money"))
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this relaunch's words, formats and components."""
    return render_relaunch(SITE, HEAD, t, ctx)
