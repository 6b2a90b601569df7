# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide relaunched on Polymer 3 (paper- and iron- elements, dom-repeat stamped lists, the
webcomponents.js loader): each fact a <paper-item> whose two-line <paper-item-body> has the
label, then the value as the 'secondary' line, or an <iron-label for> beside its value; or, as
an earlier set, dot leaders. The director is under 'Director', the length 'Length', the release
'Opened' beside a later 'Home video' date (a trap), the certificate 'Rating' (MPA), the studios
'Made by', the money 'Cost' and 'Takings'; 'Original music', 'Executive producer' and
'Photography' are traps; 'Own it' prices (a trap); '1,234 user ratings' beside '12,345 saves'
(a trap); a JSON-LD Movie on some pages. The money in full, in the title's own currency. No
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
    dollars,
    fit_rng,
    hide,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_relaunch,
    weekday_date,
)

NAME = "reelguide_polymer"
LIBRARY = "Polymer"
# the library's own tags in the page's <head>
HEAD = '<script src="/node_modules/@webcomponents/webcomponentsjs/webcomponents-loader.js"></script><script type="module" src="/src/rg-title-app.js"></script>'
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Home", "Movies", "TV Shows", "My lists", "Sign in"),
    ("This site uses cookies.", "Got it", "More info"),
    ("About", "Contact", "Privacy", "Terms"),
    "© 2026 ReelGuide, Inc. · Made with Polymer",
    "__RG_POLYMER__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenplay",
        "music": "Original music",
        "producer": "Executive producer",
        "camera": "Photography",
        "genre": "Genre",
        "country": "Made in",
        "year": "Year",
        "runtime": "Length",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Opened",
        "studio": "Made by",
        "budget": "Cost",
        "box_office": "Takings",
    },
    {
        "about": "Plot summary",
        "details": "The facts",
        "cast": "Cast list",
        "trailer": "Trailer",
        "episodes": "All episodes",
        "reviews": "Reviews",
        "no_reviews": "No reviews yet.",
        "rail": "People also watched",
    },
)


def date_(d: date, long: bool) -> str:
    """'Friday, October 27, 1995' or '10/27/1995'."""
    return weekday_date(d, long)


def running(n: int, long: bool) -> str:
    """'111 mins' or '1 hr 51 mins'."""
    big, small = divmod(n, 60)
    if long or not big:
        return f"{n} min" + ("" if n == 1 else "s")
    return f"{big} hr" + (f" {small} min" + ("" if small == 1 else "s") if small else "")


def votes(n: int) -> str:
    return f"{grouped(n)} user rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} saves"


def money(m: Money) -> str:
    """'$150,000,000' or 'EUR 7,200,000': the title's own money, in full."""
    return dollars(m)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, episode {e.number} · {running(e.minutes, long)} · {date_(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """Prices that are neither the budget nor the gross."""
    return (
        f'<aside class="{c("prices")}"><h2>Own it</h2>'
        + f"<p>Blu-ray ${pick(rng, ('19.99', '24.99'))} · DVD ${pick(rng, ('9.99', '12.99'))}</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Aspect ratio", pick(rng, ("2.39 : 1", "1.85 : 1"))),
            ("Language", pick(rng, ("English", "English, German"))),
        ]
    )


SITE = Site(
    NAME,
    "rgp",
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
    ("polymer-paper-items", "polymer-iron-label", "leaders"),
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
    0.45,
    later="Home video",
    extra_rows=_more,
    cta="Save",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    # the title's own money, in full
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this relaunch's words, formats and components."""
    return render_relaunch(SITE, HEAD, t, ctx)
