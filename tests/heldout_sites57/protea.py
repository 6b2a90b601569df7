# ruff: noqa: E501  (HTML templates read best on one line)
"""Protea Cinemas (an invented South African chain, en-ZA) and its movie page: a poster; the
<h1> (the meta line under it on some deploys); 'Synopsis'; a 'Book now' button; the facts as
movie meta items (a <strong> title, a line break, the text) or info-tab entries (a bold label,
a pipe, the value) or stat tiles: 'Director', 'Writer', 'Composer', 'Executive producer',
'Cinematographer' (traps), 'Genre', 'Country', 'Year', 'Running time: 1 hr 51 mins' (or '111
min'; a series' ' per episode'), 'Age restriction' (the FPB's A/PG/13/16/18) with the FPB's
'Consumer advice' ('V L' style letters spelt out) in its own row, 'Seasons', 'Release date: 27
October 1995' (or '1995/10/27', year first as South Africa writes it) beside a later 'Showing
from' date (a trap), 'Studio', 'Experiences' (no record key); 'Cast'; the trailer; a series'
episodes; 'Showtimes' (Prestige, IMAX, 4DX and 3D sessions, prices in rand and a booking fee;
a trap); comments; 'Also showing'; a JSON-LD Movie on some deploys. '1 234 ratings' (a space
between thousands) beside '12 345 added to wishlists' (a trap). No budget, gross, IMDb link,
tagline, audience text or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites57.common import (
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
    spaced,
)

NAME = "protea"
TIERS = ("A", "PG", "13", "16", "18")
BOARD = ages(*TIERS)
CHROME = Chrome(
    "en-ZA",
    "Protea Cinemas",
    ("Movies", "Cinemas", "Prestige", "Kids", "Protea Rewards"),
    ("This site uses cookies in line with POPIA.", "Accept", "Privacy notice"),
    ("Gift cards", "Group sales", "PAIA manual", "Terms"),
    "© 2026 Protea Cinemas (Pty) Ltd · Johannesburg",
    "__PROTEA_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Composer",
        "producer": "Executive producer",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Age restriction",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Synopsis",
        "details": "Movie information",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Also showing",
    },
)


def date_(d: date, long: bool) -> str:
    """'27 October 1995' or '1995/10/27'."""
    return f"{d.day} {month(d)} {d.year}" if long else f"{d.year}/{d.month:02d}/{d.day:02d}"


def running(n: int, long: bool) -> str:
    """'1 hr 51 mins' (or '45 mins' under an hour) or '111 min'."""
    big, small = divmod(n, 60)
    if not long:
        return f"{n} min"
    if not big:
        return f"{n} mins"
    return f"{big} hr" + (f" {small} mins" if small else "")


def votes(n: int) -> str:
    return f"{spaced(n)} rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{spaced(n)} added to wishlists"


def money(m: Money) -> str:
    return dollars(m)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number} · {running(e.minutes, long)} · {date_(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    return showtimes(
        c,
        rng,
        "Showtimes",
        [
            ("Adult", f"R{pick(rng, ('95', '110', '120'))}"),
            ("Pensioner", f"R{pick(rng, ('65', '70'))}"),
            ("Prestige", f"R{pick(rng, ('210', '240'))}"),
        ],
        f"Online booking fee R{pick(rng, ('6', '8', '10'))} per ticket.",
        ("2D", "3D", "IMAX", "4DX", "Prestige", "Junior"),
        ("Today", "Tomorrow", "Sat 12 Dec", "Sun 13 Dec"),
        "Select seats",
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for: the FPB's advice beside the age restriction, the
    experiences."""
    rows = []
    if t is None or t.rating:
        rows.append(("Consumer advice", advice(TIERS, t.rating if t else None, rng)))
    rows.append(("Experiences", pick(rng, ("2D, IMAX", "2D, 4DX", "Prestige, 3D"))))
    return plain_rows(rows)


SITE = Site(
    NAME,
    "prc",
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
    ("protea-meta-items", "protea-pipe-entries", "stats"),
    frozenset({"audience_summary", "streaming", "tagline", "budget", "box_office", "imdb_id"}),
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
    later="Showing from",
    extra_rows=_more,
    cta="Book now",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
