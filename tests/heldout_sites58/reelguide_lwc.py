# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide relaunched on Salesforce Lightning Web Components on Lightning Web Runtime (a
lightning-record-view-form of lightning-output-fields, lightning-tile lists in SLDS classes):
each fact a <lightning-output-field> with SLDS's form-element label and control (the value also
a lightning-formatted-text's value), or a lightning-tile's slds-list_horizontal 'Label:' term
and detail; or, as an earlier set, CSS captions. The director is under 'Director', the length
'Run Time', the release 'Release Date' beside a later 'Streaming Date' date (a trap), the
certificate 'Rating' (MPA), the studios 'Production Company', the money 'Budget' and 'Revenue';
'Composer', 'Producer' and 'DoP' are traps; 'Subscription' prices (a trap); '1,234 reviews'
beside '12,345 record views' (a trap); a JSON-LD Movie on some pages. Every budget and gross in
US dollars. No tagline, audience text or streaming block."""

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
    hm,
    localize_money,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_relaunch,
    short_date,
)

NAME = "reelguide_lwc"
LIBRARY = "Lightning Web Components"
# the library's own tags in the page's <head>
HEAD = '<link rel="modulepreload" href="/lwr/module/c/rgTitlePage/v/1"><script type="module" src="/lwr/module/lwr/init/v/0_13"></script>'
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Home", "Titles", "People", "Reports", "Log In"),
    ("ReelGuide uses cookies for analytics.", "Accept All", "Preferences"),
    ("Trust", "Legal", "Privacy Statement", "Cookie Preferences"),
    "© 2026 ReelGuide, Inc. · Lightning Web Runtime",
    "__RG_LWR__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Composer",
        "producer": "Producer",
        "camera": "DoP",
        "genre": "Genre",
        "country": "Country",
        "year": "Release Year",
        "runtime": "Run Time",
        "rating": "Rating",
        "seasons": "Number of Seasons",
        "released": "Release Date",
        "studio": "Production Company",
        "budget": "Budget",
        "box_office": "Revenue",
    },
    {
        "about": "Description",
        "details": "Title Information",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Related Titles",
    },
)


def date_(d: date, long: bool) -> str:
    """'Oct 27, 1995' or the record page's '10/27/1995'."""
    return short_date(d, long)


def running(n: int, long: bool) -> str:
    """'1h 51m' (or '45m' under an hour) or '111m'."""
    return hm(n, long)


def votes(n: int) -> str:
    return f"{grouped(n)} review" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} record views"


def money(m: Money) -> str:
    """'$150M', '$1.2B', '$800,000'."""
    sign = "$" if m.currency == "USD" else m.currency + " "
    return sign + compact(m.amount, "M", "B")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season}E{e.number} | {running(e.minutes, long)} | {date_(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """Prices that are neither the budget nor the gross."""
    return (
        f'<aside class="{c("prices")}"><h2>Subscription</h2>'
        + f"<p>Monthly ${pick(rng, ('5.99', '7.99'))} · Annual ${pick(rng, ('59.99', '79.99'))}</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [("Record Type", "Title"), ("Language", pick(rng, ("English", "English, Italian")))]
    )


SITE = Site(
    NAME,
    "rgw",
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
    ("lwc-output-field", "lwc-tile-list", "caption"),
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
    later="Streaming Date",
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
