# ruff: noqa: E501  (HTML templates read best on one line)
"""Maple Reel Theatres (an invented Canadian chain, en-CA) and its movie page: a backdrop;
the <h1> (the meta line under it on some deploys); 'Synopsis'; a 'Get tickets' button; the
facts as list items (role="listitem" rows, a label span and a value span), read-only form
outputs (a label span, then an <output>) or a definition list: 'Director', 'Screenwriter',
'Original score', 'Producer', 'Cinematography' (traps), 'Genre', 'Country', 'Year', 'Runtime:
1 h 51 min' (or '111 min'; a series' ' per episode'), 'Rating' (Ontario's G/PG/14A/18A/R)
with its own 'Rating info' row, 'Seasons', 'Release date: October 27, 1995' (or
'1995-10-27') beside a later 'Opening at Maple Reel' date (a trap), 'Studio', 'Experiences'
(no record key); 'Cast'; the trailer; a series' episodes; 'Showtimes' (UltraAVX, IMAX, D-BOX
and 3D sessions, prices in Canadian dollars with a '$' and an online booking fee; a trap);
guest reviews; 'More movies'; a JSON-LD Movie on some deploys. '(1,234 guest ratings)' beside
'12,345 watching this' (a trap). No budget, gross, IMDb link, tagline, audience text or
streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
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
)

NAME = "maplereel"
TIERS = ("G", "PG", "14A", "18A", "R")
BOARD = ages(*TIERS)
CHROME = Chrome(
    "en-CA",
    "Maple Reel Theatres",
    ("Movies", "Theatres", "Experiences", "Maple Rewards", "Français"),
    (
        "We use cookies to remember your theatre. See our privacy policy.",
        "Accept",
        "Privacy policy",
    ),
    ("Gift cards", "Corporate sales", "Accessibility (AODA)", "Privacy"),
    "© 2026 Maple Reel Theatres Inc. · Toronto, Ontario",
    "__MAPLEREEL_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenwriter",
        "music": "Original score",
        "producer": "Producer",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Synopsis",
        "details": "Movie details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Guest reviews",
        "no_reviews": "No guest reviews yet.",
        "rail": "More movies",
    },
)


def date_(d: date, long: bool) -> str:
    """'October 27, 1995' or '1995-10-27'."""
    return f"{month(d)} {d.day}, {d.year}" if long else d.isoformat()


def running(n: int, long: bool) -> str:
    """'1 h 51 min' (or '45 min' under an hour) or '111 min'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min"
    return f"{big} h" + (f" {small} min" if small else "")


def votes(n: int) -> str:
    return f"({grouped(n)} guest rating" + ("" if n == 1 else "s") + ")"


def views(n: int) -> str:
    return f"{grouped(n)} watching this"


def money(m: Money) -> str:
    return dollars(m)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season}E{e.number} · {running(e.minutes, long)} · {date_(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    return showtimes(
        c,
        rng,
        "Showtimes",
        [
            ("General admission", f"${pick(rng, ('14.99', '15.99', '16.99'))}"),
            ("Child (3–13)", f"${pick(rng, ('10.99', '11.49'))}"),
            ("UltraAVX", f"${pick(rng, ('19.49', '20.99'))}"),
        ],
        f"Online booking fee: ${pick(rng, ('1.50', '1.75'))} per ticket (Maple Rewards members save).",
        ("Regular", "UltraAVX", "IMAX", "D-BOX", "3D", "CC/DVS"),
        ("Today", "Tomorrow", "Sat, Dec 12", "Sun, Dec 13"),
        "Get tickets",
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for: the board's information beside the rating, the
    experiences."""
    rows = []
    if t is None or t.rating:
        rows.append(("Rating info", advice(TIERS, t.rating if t else None, rng)))
    rows.append(("Experiences", pick(rng, ("Regular, IMAX", "UltraAVX, D-BOX", "Regular, 3D"))))
    return plain_rows(rows)


SITE = Site(
    NAME,
    "mrt",
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
    ("maplereel-role-terms", "maplereel-outputs", "dl"),
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
    later="Opening at Maple Reel",
    extra_rows=_more,
    cta="Get tickets",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
