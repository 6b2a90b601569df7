# ruff: noqa: E501  (HTML templates read best on one line)
"""Crave: a movie or series page of Bell Media's Canadian streaming service (Canadian English).
A backdrop; the <h1> (the meta line '1995 · 14+ · 1 h 51 min · Drama' under it, in the hero's
<header> on some deploys); the score with '(1,234 ratings)' beside 'Watched 12,345 times' (a
trap); 'Overview'; the facts as a <menu> strip of label/value spans, rows whose labels are set
sideways (writing-mode:vertical-rl), or a table: 'Directed by', 'Written by', 'Composer',
'Producer' and 'Cinematographer' (traps), 'Genres', 'Country of origin', 'Year', 'Duration: 1
h 51 min' or '111 min' (a series' 'per episode'), 'Rating' (the Canadian G/PG/14+/18+),
'Released: October 27, 1995' (or '1995-10-27') beside a later 'On Crave since' (a trap),
'Studio', 'Budget: US$3,600,000' or 'CA$...', 'Seasons', 'Languages'; 'Cast'; the trailer; a
series' episodes with their own lengths, dates and directors; the Crave plans' prices in
Canadian dollars (traps); comments; 'Recommended'; a JSON-LD Movie on some pages. No tagline,
audience text, box office, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites29.common import (
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

NAME = "crave"
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
CANADA = ages("G", "PG", None, "14+", "18+")
SIGNS = {"USD": "US$", "CAD": "CA$", "EUR": "€", "GBP": "£"}
CHROME = Chrome(
    "en-CA",
    "Crave",
    ("Home", "Movies", "Series", "HBO", "Starz", "Kids", "Search"),
    ("Crave uses cookies to personalize your experience.", "Accept", "Cookie settings"),
    ("About Crave", "Help Centre", "Terms of Use", "Privacy", "Accessibility"),
    "© 2026 Bell Media",
    "__CRAVE__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Genres",
        "country": "Country of origin",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Released",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "",
    },
    {
        "about": "Overview",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Recommended",
    },
)


def ca_date(d: date, long: bool) -> str:
    """'October 27, 1995' or '1995-10-27'."""
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}" if long else d.isoformat()


def duration(n: int, long: bool) -> str:
    """'1 h 51 min', '2 h' or '111 min'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min"
    return f"{big} h" + (f" {small} min" if small else "")


def ratings(n: int) -> str:
    """'(1,234 ratings)', '(1 rating)'."""
    return "(1 rating)" if n == 1 else f"({grouped(n)} ratings)"


def money(m: Money) -> str:
    """'US$3,600,000', 'CA$3,600,000', 'KRW 7,200,000'."""
    sign = SIGNS.get(m.currency)
    return f"{sign}{grouped(m.amount)}" if sign else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} · E{e.number} · {duration(e.minutes, long)} · {ca_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _plans(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("plans")}"><h2>Choose your plan</h2><ul><li>Basic with Ads: ${rng.choice(("9.99", "10.99"))}/mo</li><li>Standard with Ads: $14.99/mo</li><li>Premium Ad-Free: ${rng.choice(("22", "24.99"))}/mo</li></ul><p>Prices in Canadian dollars, plus applicable taxes.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Languages", pick(rng, ("English", "English, French", "English, French (dubbed)")))]


SITE = Site(
    NAME,
    "cr",
    CHROME,
    WORDS,
    ca_date,
    duration,
    " per episode",
    ratings,
    money,
    lambda n: f"Watched {grouped(n)} times",
    _episode,
    _plans,
    ("menu", "sideways", "table"),
    frozenset({"tagline", "audience_summary", "box_office", "imdb_id", "streaming"}),
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
    later="On Crave since",
    extra_rows=_more,
    cta="Watch now",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CANADA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
