# ruff: noqa: E501  (HTML templates read best on one line)
"""HOYTS: a movie page of the Australian cinema chain (Australian English). A poster; the <h1>
(the meta line '1995 · MA15+ · 1h 51m · Drama' under it, in the hero's <header> on some
deploys); the score with '1,234 ratings' beside '12,345 wishlisted' (a trap); 'Synopsis'; the
facts as a grid whose row wrappers are display:contents, icon rows whose label is only the
icon's alt text, or a table the stylesheet draws from <div>s: 'Director', 'Writer', 'Composer',
'Producer' and 'Cinematographer' (traps), 'Genre', 'Country', 'Year', 'Duration: 1h 51m' or
'111 mins' (a series' 'per ep.'), 'Rating' (the Australian G/PG/M/MA15+/R18+), 'Seasons',
'Release Date: 27 Oct 1995' (or '27/10/1995') beside a later 'In LUX from' (a trap), 'Studio',
'Budget: US$3,600,000', 'Box Office', 'Consumer advice'; 'Cast'; the trailer; an event series'
episodes with their own lengths, dates and directors; sessions priced in dollars and the
rewards offer (traps); reviews; 'You might also like'; a JSON-LD Movie on some pages. No
tagline, audience text, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites28.common import (
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

NAME = "hoyts"
ROLES = 0.6
AGES = ages("G", "PG", "M", "MA15+", "R18+")
CHROME = Chrome(
    "en-AU",
    "HOYTS",
    ("Movies", "Cinemas", "Experiences", "Food & Drinks", "Rewards", "Sign in"),
    ("We use cookies to improve your experience.", "OK", "Cookie settings"),
    ("About HOYTS", "Careers", "Gift cards", "Privacy", "Terms & Conditions"),
    "© 2026 HOYTS Australia",
    "__HOYTS__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box Office",
    },
    {
        "about": "Synopsis",
        "details": "Movie details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Reviews",
        "no_reviews": "No reviews yet.",
        "rail": "You might also like",
    },
)
SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def au_date(d: date, long: bool) -> str:
    """'27 Oct 1995' or '27/10/1995'."""
    return (
        f"{d.day} {SHORT[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"
    )


def duration(n: int, long: bool) -> str:
    """'1h 51m', '2h', '45m' or '111 mins'."""
    return hours(n, "h", "h", "m") if long else f"{n} mins"


def ratings(n: int) -> str:
    """'1,234 ratings', '1 rating'."""
    return "1 rating" if n == 1 else f"{grouped(n)} ratings"


def money(m: Money) -> str:
    """'US$3,600,000', 'A$5,000,000', 'EUR 7,200,000'."""
    sign = {"USD": "US$", "AUD": "A$"}.get(m.currency)
    return f"{sign}{grouped(m.amount)}" if sign else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Ep. {e.number}, season {e.season} · {duration(e.minutes, long)} · {au_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _sessions(t: Title, c: Classes, rng: random.Random) -> str:
    venues = ("HOYTS Broadway", "HOYTS Melbourne Central", "HOYTS Chadstone", "HOYTS Carousel")
    rows = "".join(
        f"<li>{v} · {rng.randint(10, 21)}:{pick(rng, ('00', '30'))} · {pick(rng, ('Standard', 'LUX', 'Xtremescreen'))} · ${rng.randint(17, 45)}.50</li>"
        for v in rng.sample(venues, 3)
    )
    return f'<section class="{c("sessions")}"><h2>Sessions</h2><ul>{rows}</ul><p>HOYTS Rewards: every 10th movie on us.</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Consumer advice", pick(rng, ("Strong violence", "Coarse language", "Mild themes")))]


SITE = Site(
    NAME,
    "ho",
    CHROME,
    WORDS,
    au_date,
    duration,
    " per ep.",
    ratings,
    money,
    lambda n: f"{grouped(n)} wishlisted",
    _episode,
    _sessions,
    ("contents", "icons", "csstable"),
    frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
    ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
    0.3,
    later="In LUX from",
    extra_rows=_more,
    cta="Get tickets",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < ROLES else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
