# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide relaunched on Enhance (HTML-first custom elements expanded on the server, each marked
enhanced="✨", and customized built-in list items): each fact a server-expanded <rg-fact
enhanced="✨" label> of a <strong> label and a <data value> (a <time datetime> for dates and the
length), or a customized built-in <li is="rg-fact-li"> of a label span and a value span; or, as
an earlier set, a definition list. The director is under 'Directed by', the length 'Length',
the release 'In theaters' beside a later 'On streaming' date (a trap), the certificate 'Rating'
(MPA), the studios 'Studio', the money 'Budget' and 'Box office'; 'Soundtrack', 'Producers' and
'Cinematography' are traps; 'Watch it' prices (a trap); '1,234 fan ratings' beside '12,345
hearts' (a trap); a JSON-LD Movie on some pages. Every budget and gross in US dollars. No
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

NAME = "reelguide_enhance"
LIBRARY = "Enhance"
# the library's own tags in the page's <head>
HEAD = '<meta name="generator" content="Enhance"><script type="module" src="/_public/browser/rg-title.mjs"></script>'
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Home", "Movies", "Shows", "Lists", "Sign in"),
    ("ReelGuide keeps a cookie for your settings.", "Fine", "Read more"),
    ("About us", "Help", "Privacy", "Terms"),
    "© 2026 ReelGuide, Inc. · Enhanced",
    "__RG_ENHANCE__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Screenwriters",
        "music": "Soundtrack",
        "producer": "Producers",
        "camera": "Cinematography",
        "genre": "Genres",
        "country": "From",
        "year": "Year",
        "runtime": "Length",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "In theaters",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "What it's about",
        "details": "Facts",
        "cast": "Starring",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "Nothing here yet.",
        "rail": "Watch next",
    },
)


def date_(d: date, long: bool) -> str:
    """'Oct 27, 1995' or '10/27/1995'."""
    return short_date(d, long)


def running(n: int, long: bool) -> str:
    """'1hr 51min' (or '45min' under an hour) or '111 mins'."""
    big, small = divmod(n, 60)
    if not long:
        return f"{n} min" + ("" if n == 1 else "s")
    if not big:
        return f"{n}min"
    return f"{big}hr" + (f" {small}min" if small else "")


def votes(n: int) -> str:
    return f"{grouped(n)} fan rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} hearts"


def money(m: Money) -> str:
    """'$3.6 million', '$1.2 billion', '$800,000'."""
    sign = "$" if m.currency == "USD" else m.currency + " "
    return sign + compact(m.amount, " million", " billion")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season}, E{e.number} — {running(e.minutes, long)} — {date_(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """Prices that are neither the budget nor the gross."""
    return (
        f'<aside class="{c("prices")}"><h2>Watch it</h2>'
        + f"<p>Rent ${pick(rng, ('3.99', '4.99'))} · Own ${pick(rng, ('9.99', '17.99'))}</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Language", pick(rng, ("English", "English, Hindi"))),
            ("Sound", pick(rng, ("Dolby Atmos", "Stereo"))),
        ]
    )


SITE = Site(
    NAME,
    "rge",
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
    ("enhance-ssr-data", "enhance-builtin-li", "dl"),
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
    later="On streaming",
    extra_rows=_more,
    cta="Heart it",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    t = localize_money(t, "USD", fit_rng(NAME, t, "money"))
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this relaunch's words, formats and components."""
    return render_relaunch(SITE, HEAD, t, ctx)
