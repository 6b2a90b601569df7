# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide relaunched on Adobe's Spectrum Web Components inside an sp-theme (sp-field-label over
a read-only quiet sp-textfield, an sp-table): each fact an <sp-field-label for> over a
read-only quiet <sp-textfield value> whose shadow root's <input> shows the value, or an
<sp-table> row of a row header and a cell; or, as an earlier set, a definition list. The
director is under 'Direction', the length 'Run time', the release 'Theatrical release' beside a
later 'Streaming release' date (a trap), the certificate 'Age rating' (MPA), the studios
'Studio', the money 'Production budget' and 'Box office'; 'Music', 'Production' and
'Cinematography' are traps; 'Ways to watch' prices (a trap); '1,234 ratings' beside '12,345
likes' (a trap); a JSON-LD Movie on some pages. Every budget and gross in US dollars. No
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
    us_date,
)

NAME = "reelguide_spectrum"
LIBRARY = "Spectrum Web Components"
# the library's own tags in the page's <head>
HEAD = '<script type="module" src="/static/@spectrum-web-components/bundle/elements.js"></script>'
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Explore", "Movies", "TV", "Watchlist", "Sign in"),
    ("ReelGuide uses cookies.", "Accept", "Customize"),
    ("About", "Help Center", "Privacy", "Terms of Use"),
    "© 2026 ReelGuide, Inc. · Spectrum",
    "__RG_SPECTRUM__",
)
WORDS = Words(
    {
        "director": "Direction",
        "writer": "Writing",
        "music": "Music",
        "producer": "Production",
        "camera": "Cinematography",
        "genre": "Genres",
        "country": "Countries",
        "year": "Year",
        "runtime": "Run time",
        "rating": "Age rating",
        "seasons": "Seasons",
        "released": "Theatrical release",
        "studio": "Studio",
        "budget": "Production budget",
        "box_office": "Box office",
    },
    {
        "about": "About",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Similar titles",
    },
)


def date_(d: date, long: bool) -> str:
    """'October 27, 1995' or '10/27/1995'."""
    return us_date(d, long)


def running(n: int, long: bool) -> str:
    """'1 hr 51 min' (or '45 min' under an hour) or '111 min'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min"
    return f"{big} hr" + (f" {small} min" if small else "")


def votes(n: int) -> str:
    return f"{grouped(n)} rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} likes"


def money(m: Money) -> str:
    """'$150M', '$1.2B', '$800,000'."""
    sign = "$" if m.currency == "USD" else m.currency + " "
    return sign + compact(m.amount, "M", "B")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season} · Episode {e.number} · {running(e.minutes, long)} · {date_(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """Prices that are neither the budget nor the gross."""
    return (
        f'<aside class="{c("prices")}"><h2>Ways to watch</h2>'
        + f"<p>Rent from ${pick(rng, ('2.99', '3.99'))} · Buy from ${pick(rng, ('9.99', '13.99'))}</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Video", pick(rng, ("4K HDR", "HD"))),
            ("Language", pick(rng, ("English", "English, Korean"))),
        ]
    )


SITE = Site(
    NAME,
    "rgx",
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
    ("spectrum-field-label", "spectrum-table", "dl"),
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
    later="Streaming release",
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
