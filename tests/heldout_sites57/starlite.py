# ruff: noqa: E501  (HTML templates read best on one line)
"""Starlite Cinemas (an invented British chain, en-GB) and its film page: a poster; the <h1>
(the meta line under it on some deploys); 'Synopsis'; a 'Book tickets' button; the facts as
film-facts list items (a label span and a value span), spec cards (an <h4> name over a <p>) or
a definition list: 'Director', 'Writer', 'Music', 'Producer', 'Cinematographer' (traps),
'Genre', 'Country', 'Year', 'Running time: 1hr 51mins' (or '111 mins'; a series' ' per
episode'), 'Certificate' (BBFC U/PG/12A/15/18) with the BBFC's 'Consumer advice' in its own
row, 'Series', 'Release date: 27 Oct 1995' (or '27/10/1995') beside a later 'Showing from'
date (a trap), 'Studio', 'Format' (IMAX, 3D, 4DX; no record key); 'Cast'; the trailer; a
series' episodes; 'Times & tickets' (sessions with format tags, prices in pounds and a
booking fee; a trap); comments; 'Also showing'; a JSON-LD Movie on some deploys. No votes
('12,345 want to see' is a trap), budget, gross, IMDb link, tagline, audience text or
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

NAME = "starlite"
TIERS = ("U", "PG", "12A", "15", "18")
BOARD = ages(*TIERS)
CHROME = Chrome(
    "en-GB",
    "Starlite Cinemas",
    ("What's on", "Coming soon", "Cinemas", "Offers", "Starlite Unlimited"),
    ("We use cookies to remember your cinema and your basket.", "Accept all", "Cookie settings"),
    ("Gift cards", "Careers", "Accessibility", "Privacy"),
    "© 2026 Starlite Cinemas Ltd · Registered in England and Wales",
    "__STARLITE_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Music",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Certificate",
        "seasons": "Series",
        "released": "Release date",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Synopsis",
        "details": "Film details",
        "cast": "Cast",
        "trailer": "Watch the trailer",
        "episodes": "Episodes",
        "reviews": "What our audiences said",
        "no_reviews": "No reviews yet.",
        "rail": "Also showing",
    },
)


def date_(d: date, long: bool) -> str:
    """'27 Oct 1995' or '27/10/1995'."""
    return f"{d.day} {month(d, True)} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def running(n: int, long: bool) -> str:
    """'1hr 51mins' (or '45mins' under an hour) or '111 mins'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} mins" if not long else f"{n}mins"
    return f"{big}hr" + (f" {small}mins" if small else "")


def votes(n: int) -> str:
    return f"{grouped(n)} ratings"


def views(n: int) -> str:
    return f"{grouped(n)} want to see"


def money(m: Money) -> str:
    return dollars(m)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number} · {running(e.minutes, long)} · {date_(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    adult = pick(rng, ("11.99", "12.49", "13.99", "14.50"))
    return showtimes(
        c,
        rng,
        "Times &amp; tickets",
        [
            ("Adult", f"£{adult}"),
            ("Child", f"£{pick(rng, ('7.99', '8.49', '8.99'))}"),
            ("Recliner upgrade", "+£3.00"),
        ],
        f"A booking fee of {pick(rng, ('75p', '95p', '£1.10'))} per ticket applies online. Starlite Unlimited members book free.",
        ("2D", "IMAX", "3D", "4DX", "Audio described", "Subtitled"),
        ("Today", "Tomorrow", "Sat 12 Dec", "Sun 13 Dec"),
        "Choose seats",
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for: the BBFC's advice beside the certificate, the formats."""
    rows = []
    if t is None or t.rating:
        rows.append(("Consumer advice", advice(TIERS, t.rating if t else None, rng)))
    rows.append(("Format", pick(rng, ("2D, IMAX", "2D, 3D, 4DX", "2D, ScreenX", "IMAX, 4DX"))))
    return plain_rows(rows)


SITE = Site(
    NAME,
    "stl",
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
    ("starlite-filmfacts", "starlite-spec-cards", "dl"),
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
    later="Showing from",
    extra_rows=_more,
    cta="Book tickets",
    art="poster",
    crumbs="Films",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
