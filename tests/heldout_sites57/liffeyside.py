# ruff: noqa: E501  (HTML templates read best on one line)
"""Liffeyside Cinemas (an invented Irish chain, en-IE) and its film page: a backdrop; the <h1>
(the meta line under it on some deploys); 'Synopsis'; a 'Book now' button; the facts as a
film grid (a table whose label cell is a plain <td>), tagged lines (an <em> tag, an em dash,
the value) or dot leaders: 'Directed by', 'Written by', 'Music by', 'Produced by', 'Photography'
(traps), 'Genre', 'Country', 'Year', 'Running time: 1 hour 51 minutes' (or '111 minutes'; a
series' ' an episode'), 'IFCO cert' (G/PG/12A/15A/18) with its own 'Consumer advice' row,
'Series', 'Released: 27/10/1995' (or 'Friday 27 October 1995') beside a later 'In
Liffeyside from' date (a trap), 'Production company', 'Screen' (no record key); 'Cast';
the trailer; a series' episodes; 'Showtimes & prices' (sessions with IMAX, 3D and Luxe tags,
prices in euro and a booking fee; a trap); comments; 'Also at Liffeyside'; a JSON-LD Movie on
some deploys. No votes ('12,345 interested' is a trap), budget, gross, IMDb link, tagline,
audience text or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites57.common import (
    WEEKDAYS,
    Chrome,
    Classes,
    Site,
    Words,
    advice,
    ages,
    dollars,
    fit_rng,
    hide,
    month,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    showtimes,
    words_hm,
)

NAME = "liffeyside"
TIERS = ("G", "PG", "12A", "15A", "18")
BOARD = ages(*TIERS)
CHROME = Chrome(
    "en-IE",
    "Liffeyside Cinemas",
    ("Films", "Cinemas", "Events", "Luxe", "Membership"),
    (
        "We use cookies to keep your booking safe and to measure our site.",
        "Accept",
        "Manage cookies",
    ),
    ("Gift vouchers", "Schools", "Accessibility", "Privacy statement"),
    "© 2026 Liffeyside Cinemas DAC · Dublin",
    "__LIFFEYSIDE_STATE__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Music by",
        "producer": "Produced by",
        "camera": "Photography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "IFCO cert",
        "seasons": "Series",
        "released": "Released",
        "studio": "Production company",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Synopsis",
        "details": "About the film",
        "cast": "Starring",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Also at Liffeyside",
    },
)


def date_(d: date, long: bool) -> str:
    """'Friday 27 October 1995' or '27/10/1995'."""
    return (
        f"{WEEKDAYS[d.weekday()]} {d.day} {month(d)} {d.year}"
        if long
        else f"{d.day:02d}/{d.month:02d}/{d.year}"
    )


def running(n: int, long: bool) -> str:
    """'1 hour 51 minutes' or '111 minutes'."""
    return words_hm(n) if long else f"{n} minute" + ("" if n == 1 else "s")


def votes(n: int) -> str:
    return f"{grouped(n)} ratings"


def views(n: int) -> str:
    return f"{grouped(n)} interested"


def money(m: Money) -> str:
    return dollars(m)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number} — {running(e.minutes, long)} — {date_(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    return showtimes(
        c,
        rng,
        "Showtimes &amp; prices",
        [
            ("Adult", f"€{pick(rng, ('11.50', '12.20', '13.00'))}"),
            ("Student", f"€{pick(rng, ('9.00', '9.50'))}"),
            ("Luxe", f"€{pick(rng, ('18.50', '19.95'))}"),
        ],
        f"Online booking fee €{pick(rng, ('0.85', '1.00', '1.25'))} per ticket.",
        ("2D", "IMAX", "3D", "Luxe", "Parent & Baby", "Subtitled"),
        ("Today", "Tomorrow", "Sat 12 Dec", "Sun 13 Dec"),
        "Pick your seats",
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for: IFCO's advice beside its cert, the screen."""
    rows = []
    if t is None or t.rating:
        rows.append(("Consumer advice", advice(TIERS, t.rating if t else None, rng)))
    rows.append(("Screen", pick(rng, ("IMAX", "Luxe", "Screen 4, 2D", "Screen 7, 3D"))))
    return plain_rows(rows)


SITE = Site(
    NAME,
    "lfs",
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
    ("liffeyside-grid", "liffeyside-tagged-lines", "leaders"),
    frozenset(
        {
            "audience_summary",
            "streaming",
            "tagline",
            "budget",
            "box_office",
            "imdb_id",
            "user_rating_count",
        }
    ),
    ("director", "author", "genre", "contentRating", "datePublished", "numberOfSeasons"),
    0.4,
    later="In Liffeyside from",
    extra_rows=_more,
    cta="Book now",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
