# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide relaunched on Vaadin (a vaadin-form-layout of vaadin-form-items, read-only
vaadin-text-fields with their label and input slotted in the light DOM): each fact a
<vaadin-form-item> with a slot="label" <label> and the value, or a read-only <vaadin-text-field
label value> with its <label slot="label"> and <input slot="input" value> in the light DOM; or,
as an earlier set, a table. The director is under 'Directors', the length 'Running length', the
release 'First released' beside a later 'Re-release' date (a trap), the certificate 'MPA'
(MPA), the studios 'Studios', the money 'Budget' and 'Box office gross'; 'Music by', 'Produced
by' and 'Shot by' are traps; 'Offers' prices (a trap); '1,234 votes' beside '12,345 bookmarks'
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
    ap_date,
    dollars,
    fit_rng,
    hide,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_relaunch,
    words_hm,
)

NAME = "reelguide_vaadin"
LIBRARY = "Vaadin"
# the library's own tags in the page's <head>
HEAD = '<script type="module" src="/VAADIN/build/indexhtml-rg.js"></script><meta name="generator" content="Vaadin">'
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Start", "Movies", "TV", "My ReelGuide", "Log in"),
    ("ReelGuide sets cookies.", "Accept", "Details"),
    ("Imprint", "Support", "Privacy", "Terms"),
    "© 2026 ReelGuide, Inc. · Vaadin",
    "__RG_VAADIN__",
)
WORDS = Words(
    {
        "director": "Directors",
        "writer": "Writers",
        "music": "Music by",
        "producer": "Produced by",
        "camera": "Shot by",
        "genre": "Genre",
        "country": "Origin",
        "year": "Year",
        "runtime": "Running length",
        "rating": "MPA",
        "seasons": "Seasons",
        "released": "First released",
        "studio": "Studios",
        "budget": "Budget",
        "box_office": "Box office gross",
    },
    {
        "about": "Summary",
        "details": "Title details",
        "cast": "Cast &amp; characters",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Discussion",
        "no_reviews": "No posts yet.",
        "rail": "Recommended",
    },
)


def date_(d: date, long: bool) -> str:
    """'Oct. 27, 1995' (AP style; 'March 3, 1995') or '10/27/1995'."""
    return ap_date(d, long)


def running(n: int, long: bool) -> str:
    """'1 hour 51 minutes' or '111 min.'."""
    return words_hm(n) if long else f"{n} min."


def votes(n: int) -> str:
    return f"{grouped(n)} vote" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} bookmarks"


def money(m: Money) -> str:
    """'$150,000,000' or 'EUR 7,200,000': the title's own money, in full."""
    return dollars(m)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} · Ep. {e.number} · {running(e.minutes, long)} · {date_(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """Prices that are neither the budget nor the gross."""
    return (
        f'<aside class="{c("prices")}"><h2>Offers</h2>'
        + f"<p>Rent ${pick(rng, ('3.49', '4.49'))} · Season pass ${pick(rng, ('24.99', '29.99'))}</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Filming location", pick(rng, ("Vancouver", "Atlanta", "Prague"))),
            ("Language", "English"),
        ]
    )


SITE = Site(
    NAME,
    "rgv",
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
    ("vaadin-form-items", "vaadin-readonly-fields", "table"),
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
    later="Re-release",
    extra_rows=_more,
    cta="Bookmark",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    # the title's own money, in full
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this relaunch's words, formats and components."""
    return render_relaunch(SITE, HEAD, t, ctx)
