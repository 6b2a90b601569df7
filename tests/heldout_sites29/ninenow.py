# ruff: noqa: E501  (HTML templates read best on one line)
"""9Now: a movie or show page of Australia's Nine Network's free streaming service (Australian
English). A backdrop; the <h1> (the meta line '1995 · MA15+ · 1h 51m · Drama' under it, in the
hero's <header> on some deploys); the score with '(1,234 ratings)' beside '12,345 watching now'
(a trap); 'Synopsis'; the facts as a grid of display:contents rows, lines whose label is a
highlighted <mark>, or icons whose label is only their accessible name and hover tooltip
(aria-label, data-tooltip): 'Director', 'Writers', 'Music',
'Executive Producer' and 'Cinematography' (traps), 'Genre', 'Country', 'Year', 'Length: 1h
51m' or '111m' (a show's 'per episode'), 'Classification' (the Australian G/PG/M/MA15+/R18+),
'Release date: 27 October 1995' (or '27/10/1995') beside a later 'Streaming on 9Now from' (a
trap), 'Production', 'Seasons', 'Consumer advice'; 'Cast'; the trailer; a show's episodes with
their own lengths, dates and directors; a Channel 9 slot and a Stan bundle's price in A$
(traps); comments; 'You may also like'; a JSON-LD Movie on some pages. No tagline, audience
text, money, IMDb link or streaming block."""

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

NAME = "ninenow"
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
CHROME = Chrome(
    "en-AU",
    "9Now",
    ("Home", "TV Shows", "Movies", "Live TV", "Sport", "Categories", "Search"),
    (
        "9Now uses cookies to improve your experience and to serve ads.",
        "Got it",
        "Cookie preferences",
    ),
    ("About Nine", "Help", "Terms of Use", "Privacy Policy", "Advertise"),
    "© 2026 Nine Digital Pty Ltd",
    "__NINENOW__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writers",
        "music": "Music",
        "producer": "Executive Producer",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Length",
        "rating": "Classification",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Production",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Synopsis",
        "details": "Show info",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "Be the first to comment.",
        "rail": "You may also like",
    },
)


def au_date(d: date, long: bool) -> str:
    """'27 October 1995' or '27/10/1995'."""
    return (
        f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"
    )


def length(n: int, long: bool) -> str:
    """'1h 51m', '2h' or '111m'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n}m"
    return f"{big}h" + (f" {small}m" if small else "")


def ratings(n: int) -> str:
    """'(1,234 ratings)', '(1 rating)'."""
    return "(1 rating)" if n == 1 else f"({grouped(n)} ratings)"


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season} Episode {e.number} · {length(e.minutes, long)} · Aired {au_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _slot(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("slot")}"><h2>On Channel 9</h2><p>{rng.choice(("Sunday", "Tuesday"))} {rng.choice(("7.30pm", "8.40pm"))} on Channel 9 and 9Gem.</p><p>Want more? Stan Basic from A${rng.choice(("12", "12.99"))}/month.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [
        (
            "Consumer advice",
            pick(rng, ("Strong violence", "Coarse language", "Mature themes, violence")),
        )
    ]


SITE = Site(
    NAME,
    "nn",
    CHROME,
    WORDS,
    au_date,
    length,
    " per episode",
    ratings,
    no_money,
    lambda n: f"{grouped(n)} watching now",
    _episode,
    _slot,
    ("contents", "mark", "icontip"),
    frozenset({"tagline", "audience_summary", "budget", "box_office", "imdb_id", "streaming"}),
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
    0.35,
    later="Streaming on 9Now from",
    extra_rows=_more,
    cta="Watch",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, ACB), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
