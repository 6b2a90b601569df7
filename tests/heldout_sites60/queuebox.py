# ruff: noqa: E501  (HTML templates read best on one line)
"""Queuebox (an invented film and TV tracking community, US, in the manner of Trakt and Simkl): a
poster; the <h1> (the meta line under it on some pages); 'Overview'; the check-in button; the
facts as term/description pairs, sidebar lines ('<span>Label:</span> value'), or stat tiles:
'Directors', 'Writers', 'Original Music', 'Producers', 'Camera' (traps), 'Genres', 'Country of
origin', 'Released in' (the year alone), 'Runtime: 1h 51m' (or '111 mins'; a series' ' per
episode'), 'Certification' (MPA), 'Seasons', 'Released: Oct 27, 1995' (or '1995-10-27') beside a
later 'Streaming since' (a trap), 'Studios', 'Budget: $150,000,000' (or 'EUR 7,200,000'),
'Revenue', a 'Status' row (no record key); 'Cast'; the trailer; a series' episodes; the Track it
widget's counts and VIP's price (traps); 'Shouts'; 'Related'; a JSON-LD on some pages. '1,234
votes' beside 'in 12,345 lists' (a trap). Budget and revenue in full in the title's own money.
No tagline, audience text or streaming block."""

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

NAME = "queuebox"
HOST = "queuebox.example"
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "Queuebox",
    ("Queuebox", "Movies", "Shows", "Calendar", "Lists"),
    ("Queuebox uses cookies to keep your history in sync.", "Accept", "Privacy"),
    ("About", "VIP", "API", "Terms", "Privacy"),
    "© 2026 Queuebox",
    "__QUEUEBOX__",
)
WORDS = Words(
    {
        "director": "Directors",
        "writer": "Writers",
        "music": "Original Music",
        "producer": "Producers",
        "camera": "Camera",
        "genre": "Genres",
        "country": "Country of origin",
        "year": "Released in",
        "runtime": "Runtime",
        "rating": "Certification",
        "seasons": "Seasons",
        "released": "Released",
        "studio": "Studios",
        "budget": "Budget",
        "box_office": "Revenue",
    },
    {
        "about": "Overview",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Shouts",
        "no_reviews": "No shouts yet.",
        "rail": "Related",
    },
)
# the watch-status widget's lists, each with its member count (a trap beside the votes)
STATUSES = ("Plan to watch", "Watching", "Completed", "Dropped")


def date_(d: date, long: bool) -> str:
    """'Oct 27, 1995' or '1995-10-27'."""
    return f"{month(d, True)} {d.day}, {d.year}" if long else d.isoformat()


def running(n: int, long: bool) -> str:
    """'1h 51m' ('45m' under an hour) or '111 mins'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} mins"
    return f"{big}h" + (f" {small}m" if small else "")


def votes(n: int) -> str:
    return f"{grouped(n)} vote" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"in {grouped(n)} lists"


def money(m: Money) -> str:
    """'$150,000,000' or 'EUR 7,200,000'."""
    return f"${grouped(m.amount)}" if m.currency == "USD" else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>{e.season}x{e.number:02d} · {running(e.minutes, long)} · {date_(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """The watch-status widget: each list with how many members keep the title there, and the
    site's paid tier's price (neither the votes nor the money)."""
    rows = "".join(
        f'<li><button type="button" data-status="{s.lower().replace(" ", "-")}">{s}</button> <span>{grouped(rng.randint(20, 90000))}</span></li>'
        for s in STATUSES
    )
    return (
        f'<aside class="{c("prices")}"><h2>Track it</h2><ul role="radiogroup">{rows}</ul>'
        + "<p>Queuebox VIP $30/year</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Status", pick(rng, ("Ended", "Returning series", "In production"))),
        ]
    )


SITE = Site(
    NAME,
    "qbx",
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
    ("qb-pairs", "qb-side-lines", "stats"),
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
    later="Streaming since",
    extra_rows=_more,
    cta="Check in",
    art="poster",
    meta_sep=" · ",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    t = localize_money(t, "EUR", fit_rng(NAME, t, "money"))
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this site's words, formats and components, on its own
    host."""
    return render_on(SITE, HOST, t, ctx)
