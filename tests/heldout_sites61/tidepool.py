# ruff: noqa: E501  (HTML templates read best on one line)
"""Tidepool TV (an invented name: a free ad-supported streaming service, Canada, en-CA) and its
title page: a backdrop; a breadcrumb; the <h1> (the meta line under it on some deploys);
'Description'; a 'Watch Free' button; the facts as data-testid rows (a key span and a value
span), an infobox's lines ('<b>Label</b> / value') or a table: 'Directed by', 'Written by',
'Music by', 'Produced by', 'Director of Photography' (traps; the last begins with the
director's word), 'Genre', 'Country', 'Year', 'Duration: 1 hr 51 min' (or '111 min'; a series'
' / episode'), 'Rated' (Canadian Home Video G/PG/14A/18A/R) with an 'Advisory' row, 'Seasons',
'Premiered: October 27, 1995' (or '1995-10-27') beside a later 'Free on Tidepool since' date (a
trap), 'Production company', 'Ad breaks' (no record key); 'Starring'; the trailer; a series'
episodes; 'Watch free' (a season picker, audio and caption languages, an 'Expires' / 'Leaving'
notice, the free plan and an ad-free plan's price; a trap); comments; 'You Might Also Like'; a
JSON-LD on some deploys. No votes ('12,345 views this week' is a trap), tagline, audience text,
money, IMDb link or where-to-watch block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites61.common import (
    Chrome,
    Classes,
    Site,
    Words,
    advice,
    ages,
    fit_rng,
    hide,
    hm,
    month,
    no_characters,
    panel,
    plain_rows,
    rated,
    render_site,
)

NAME = "tidepool"
BRAND = "Tidepool TV"
TIERS = ("G", "PG", "14A", "18A", "R")
BOARD = ages(*TIERS)
CHROME = Chrome(
    "en-CA",
    BRAND,
    ("Live TV", "On Demand", "Channels", "Kids", "Sign Up Free"),
    ("Tidepool TV is free because of ads. We use cookies to choose them.", "OK", "Ad choices"),
    ("Help", "Advertise with us", "Accessibility", "Terms", "Privacy"),
    "© 2026 Tidepool Media ULC",
    "__TIDEPOOL_STATE__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Music by",
        "producer": "Produced by",
        "camera": "Director of Photography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Premiered",
        "studio": "Production company",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Description",
        "details": "Details",
        "cast": "Starring",
        "trailer": "Trailer",
        "episodes": "All Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "You Might Also Like",
    },
)
PLANS = (
    ("Tidepool TV", "Free with ads"),
    ("Tidepool Plus (no ads)", "CA$4.99/month"),
)
NOTICES = (
    "Expires {md}",
    "Leaving Tidepool TV on {mdy}",
    "Leaving soon: {md}",
)
DESCRIPTORS = "Advisory"


def date_(d: date, long: bool) -> str:
    """'October 27, 1995' or '1995-10-27'."""
    return f"{month(d)} {d.day}, {d.year}" if long else d.isoformat()


def running(n: int, long: bool) -> str:
    """'1 hr 51 min' or '111 min'."""
    return f"{n} min" if not long or n < 60 else hm(n, True, " hr", " min")


def votes(n: int) -> str:
    return f"{grouped(n)} ratings"


def views(n: int) -> str:
    return f"{grouped(n)} views this week"


def money(m: Money) -> str:
    return f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season}:E{e.number} · {running(e.minutes, long)} · Aired {date_(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    return panel(
        t,
        c,
        rng,
        "Watch free",
        PLANS,
        "Season",
        "Audio languages",
        "Closed captions",
        NOTICES,
        "Watch now, free",
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for: the rating's descriptors beside it, and the service's own."""
    rows = []
    if t is None or t.rating:
        rows.append((DESCRIPTORS, advice(TIERS, t.rating if t else None, rng)))
    rows += [
        ("Ad breaks", "About 4 minutes per hour"),
    ]
    return plain_rows(rows)


SITE = Site(
    NAME,
    "tdp",
    CHROME,
    WORDS,
    date_,
    running,
    " / episode",
    votes,
    money,
    views,
    _episode,
    _extra,
    ("tidepool-testid-rows", "tidepool-infobox", "table"),
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
    (
        "director",
        "author",
        "genre",
        "contentRating",
        "datePublished",
        "numberOfSeasons",
    ),
    0.4,
    later="Free on Tidepool since",
    extra_rows=_more,
    cta="Watch Free",
    art="backdrop",
    crumbs="On Demand",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
