# ruff: noqa: E501  (HTML templates read best on one line)
"""ODEON: a film page of the British cinema chain (British English). A poster; the <h1> (the
meta line '1995 · 15 · 1h 51min · Drama' under it, in the hero's <header> on some deploys);
the score with '1,234 ratings' beside '12,345 myODEON members interested' (a trap); 'Film
synopsis'; the facts as icon rows whose label is only the icon's alt text, rows whose label the
stylesheet floats left, or items whose label is only a custom property drawn by the stylesheet:
'Director', 'Writer', 'Original score', 'Producer' and 'Camera' (traps), 'Genre', 'Country',
'Year', 'Running time: 1h 51min' or '111 min' (a series' 'per episode'), 'Certificate' (the
BBFC's), 'Seasons', 'Release date: 27 October 1995' (or '27-10-1995') beside a later 'ODEON
Luxe from' (a trap), 'Studio', 'Budget: $3,600,000', 'Box office', 'Accessibility'; 'Cast';
the trailer; an event series' episodes with their own lengths, dates and directors; times
priced in pounds and the Limitless card's price (traps); reviews; 'Also showing'; a JSON-LD
Movie on some pages. No tagline, audience text or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites28.common import (
    MONTHS,
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    hours,
    no_characters,
    pick,
    rated,
    render_site,
)

NAME = "odeon"
ROLES = 0.6
AGES = ages("U", "PG", "12A", "15", "18")
CHROME = Chrome(
    "en-GB",
    "ODEON",
    ("Films", "Cinemas", "Experiences", "myODEON", "Limitless", "Sign in"),
    ("We use cookies on our website.", "Accept all cookies", "Manage cookies"),
    ("About ODEON", "Careers", "Accessibility", "Privacy policy", "Terms"),
    "© 2026 ODEON Cinemas Group",
    "__ODEON__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Original score",
        "producer": "Producer",
        "camera": "Camera",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Certificate",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Film synopsis",
        "details": "Film details",
        "cast": "Cast",
        "trailer": "Watch trailer",
        "episodes": "Episodes",
        "reviews": "Reviews",
        "no_reviews": "No reviews yet.",
        "rail": "Also showing",
    },
)


def od_date(d: date, long: bool) -> str:
    """'27 October 1995' or '27-10-1995'."""
    return (
        f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}-{d.month:02d}-{d.year}"
    )


def running_time(n: int, long: bool) -> str:
    """'1h 51min', '2h', '45min' or '111 min'."""
    return hours(n, "h", "h", "min") if long else f"{n} min"


def ratings(n: int) -> str:
    """'1,234 ratings', '1 rating'."""
    return "1 rating" if n == 1 else f"{grouped(n)} ratings"


def money(m: Money) -> str:
    """'$3,600,000', '£2,000,000', 'EUR 7,200,000'."""
    sign = {"GBP": "£", "USD": "$"}.get(m.currency)
    return f"{sign}{grouped(m.amount)}" if sign else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season} episode {e.number}, {esc(e.name)} · {running_time(e.minutes, long)} · {od_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _times(t: Title, c: Classes, rng: random.Random) -> str:
    venues = (
        "ODEON Luxe Leicester Square",
        "ODEON Manchester Great Northern",
        "ODEON Birmingham Broadway Plaza",
    )
    rows = "".join(
        f"<li>{v}: {rng.randint(11, 21)}:{pick(rng, ('10', '30', '50'))} · {pick(rng, ('Standard', 'iSense', 'Dolby Cinema'))} · £{rng.randint(7, 19)}.{pick(rng, ('25', '75'))}</li>"
        for v in rng.sample(venues, 2)
    )
    return f'<section class="{c("times")}"><h2>Times &amp; tickets</h2><ul>{rows}</ul><p>myODEON Limitless from £{pick(rng, ("9.99", "12.99", "17.99"))} a month.</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [
        (
            "Accessibility",
            pick(rng, ("Audio described", "Subtitled screenings", "Audio described, subtitled")),
        )
    ]


SITE = Site(
    NAME,
    "od",
    CHROME,
    WORDS,
    od_date,
    running_time,
    " per episode",
    ratings,
    money,
    lambda n: f"{grouped(n)} myODEON members interested",
    _episode,
    _times,
    ("icons", "floats", "cssvar"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    ("director", "actor", "genre", "contentRating", "datePublished", "description"),
    0.3,
    later="ODEON Luxe from",
    extra_rows=_more,
    cta="Book tickets",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < ROLES else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
