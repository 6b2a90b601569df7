# ruff: noqa: E501  (HTML templates read best on one line)
"""TV Time (a TV and movie tracking app's web page, US): a poster; the <h1> (the meta line under it
on some pages); 'Overview'; the follow button; the facts as the show-facts rows (a title span,
then its text), chips with an <i> label, or a plain table: 'Directed by', 'Written by', 'Music
by', 'Produced by', 'Cinematography by' (traps), 'Genres', 'Country', 'Year', 'Runtime: 1h 51m'
(or '111 min'; a series' ' per episode'), 'Rated' (MPA), 'Seasons', 'Premiered: October 27,
1995' (or '10/27/1995') beside a later 'Last Aired' (a trap), 'Studio', 'Budget: $150M' (or
'$1.2B'), 'Box Office', 'Network' row (no record key); 'Cast'; the trailer; a series' episodes;
the progress widget's counts and Premium's price (traps); 'Comments'; 'You might also like'; a
JSON-LD on some pages. '1,234 votes' beside '12,345 followers' (a trap). Every budget and gross
in US dollars. No tagline, audience text or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites60.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    compact,
    fit_rng,
    hide,
    localize_money,
    month,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_on,
)

NAME = "tvtime"
HOST = "tvtime.example"
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "TV Time",
    ("TV Time", "Shows", "Movies", "Discover", "Community"),
    ("TV Time uses cookies to sync your progress.", "OK", "Privacy"),
    ("About", "Premium", "Help", "Terms", "Privacy"),
    "© 2026 TV Time",
    "__TVTIME__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Music by",
        "producer": "Produced by",
        "camera": "Cinematography by",
        "genre": "Genres",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Premiered",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box Office",
    },
    {
        "about": "Overview",
        "details": "Show info",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "You might also like",
    },
)
# the watch-status widget's lists, each with its member count (a trap beside the votes)
STATUSES = ("Watched", "Watching", "Watch later", "Stopped watching")


def date_(d: date, long: bool) -> str:
    """'October 27, 1995' or '10/27/1995'."""
    return f"{month(d)} {d.day}, {d.year}" if long else f"{d.month:02d}/{d.day:02d}/{d.year}"


def running(n: int, long: bool) -> str:
    """'1h 51m' ('45m' under an hour) or '111 min'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min"
    return f"{big}h" + (f" {small}m" if small else "")


def votes(n: int) -> str:
    return f"{grouped(n)} vote" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} followers"


def money(m: Money) -> str:
    """'$150M', '$1.2B', '$800,000'; other money by its code."""
    sign = "$" if m.currency == "USD" else m.currency + " "
    return sign + compact(m.amount, "M", "B")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} E{e.number} · {running(e.minutes, long)} · {date_(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """The watch-status widget: each list with how many members keep the title there, and the
    site's paid tier's price (neither the votes nor the money)."""
    rows = "".join(
        f'<li><button type="button" data-status="{s.lower().replace(" ", "-")}">{s}</button> <span>{grouped(rng.randint(20, 90000))}</span></li>'
        for s in STATUSES
    )
    return (
        f'<aside class="{c("prices")}"><h2>Your progress</h2><ul role="radiogroup">{rows}</ul>'
        + "<p>TV Time Premium $1.99/month</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Network", pick(rng, ("HBO", "Netflix", "BBC One", "AMC"))),
        ]
    )


SITE = Site(
    NAME,
    "tvt",
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
    ("tvt-show-facts", "tvt-chips", "table"),
    frozenset({"streaming", "tagline", "audience_summary"}),
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
    later="Last Aired",
    extra_rows=_more,
    cta="Follow",
    art="poster",
    meta_sep=" • ",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    t = localize_money(t, "USD", fit_rng(NAME, t, "money"))
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this site's words, formats and components, on its own
    host."""
    return render_on(SITE, HOST, t, ctx)
