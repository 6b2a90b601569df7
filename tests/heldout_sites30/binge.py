# ruff: noqa: E501  (HTML templates read best on one line)
"""Binge: a movie or show page of Foxtel's Australian streaming service (Australian English).
A backdrop; the <h1> (the meta line '1995 · MA15+ · 1h 51m · Drama' under it on some deploys);
'12,345 streams this week' (a trap; no votes); 'Storyline'; the facts in an accordion left open
(each label a heading's button whose aria-details names the panel with the value), a two-column
grid whose row wrappers are display:contents, or stat tiles (the value over its label):
'Director', 'Screenwriter', 'Composer', 'Producer' and 'Cinematographer' (traps), 'Genre',
'Country', 'Year', 'Runtime: 1h 51m' or '111 mins' (a show's 'per ep'), 'Classification' (the
ACB's G/PG/M/MA15+/R18+), 'Release date: 27 October 1995' (or '27/10/1995') beside a later
'Streaming on Binge from' (a trap), 'Studio', 'Seasons', 'Budget: US$3,600,000' (A$, €, £, or the ISO code),
'Consumer advice'; 'Cast'; the trailer; a show's episodes with their own
lengths, dates and directors; the Basic, Standard and Premium prices in dollars and the
Kayo bundle (traps); comments; 'Because you watched'; a JSON-LD Movie on some pages. No
tagline, audience text, votes, box office, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites30.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    no_characters,
    pick,
    rated,
    render_site,
)

NAME = "binge"
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
ACB = ages("G", "PG", "M", "MA15+", "R18+")
SYMBOLS = {"USD": "US$", "AUD": "A$", "EUR": "€", "GBP": "£"}
CHROME = Chrome(
    "en-AU",
    "Binge",
    ("Home", "TV Shows", "Movies", "Collections", "Search"),
    ("We use cookies to improve your Binge experience.", "Accept", "Settings"),
    ("Help", "Devices", "Terms of Use", "Privacy", "Contact us"),
    "© 2026 Streamotion Pty Ltd",
    "__BINGE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenwriter",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Classification",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "",
    },
    {
        "about": "Storyline",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Because you watched",
    },
)


def au_date(d: date, long: bool) -> str:
    """'27 October 1995' or '27/10/1995'."""
    return (
        f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"
    )


def runtime(n: int, long: bool) -> str:
    """'1h 51m', '2h' or '111 mins'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} mins"
    return f"{big}h" + (f" {small}m" if small else "")


def no_votes(n: int) -> str:
    return ""


def budget(m: Money) -> str:
    """'US$3,600,000', '€7,200,000', 'INR 90,000,000'."""
    sign = SYMBOLS.get(m.currency)
    return f"{sign}{grouped(m.amount)}" if sign else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} E{e.number} · {runtime(e.minutes, long)} · {au_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _tiers(t: Title, c: Classes, rng: random.Random) -> str:
    basic = rng.choice(("10", "12"))
    return f'<aside class="{c("tiers")}"><h2>Pick your plan</h2><ul><li>Basic ${basic}/month, with ads</li><li>Standard $19/month</li><li>Premium $25/month, 4K</li></ul><p>Bundle with Kayo and save $5 a month.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [
        (
            "Consumer advice",
            pick(rng, ("Strong violence", "Coarse language", "Mature themes, coarse language")),
        )
    ]


SITE = Site(
    NAME,
    "bg",
    CHROME,
    WORDS,
    au_date,
    runtime,
    " per ep",
    no_votes,
    budget,
    lambda n: f"{grouped(n)} streams this week",
    _episode,
    _tiers,
    ("accordion", "contents", "tiles"),
    frozenset(
        {"tagline", "audience_summary", "user_rating_count", "box_office", "imdb_id", "streaming"}
    ),
    (
        "director",
        "author",
        "actor",
        "genre",
        "contentRating",
        "datePublished",
        "numberOfSeasons",
        "description",
    ),
    0.3,
    later="Streaming on Binge from",
    extra_rows=_more,
    cta="Watch",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, ACB), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
