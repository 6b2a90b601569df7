# ruff: noqa: E501  (HTML templates read best on one line)
"""Radio Times: a film or programme page of the British listings magazine's site (British
English). A backdrop; the <h1> (the meta line '1995 · 15 · 1hr 51mins · Drama' under it, in
the hero's <header> on some deploys); the star rating with '(1,234 ratings)' beside 'Read
12,345 times' (a trap); 'Synopsis'; the facts as one running paragraph whose values are
<mark>ed after their plain-text labels, rows whose label the stylesheet floats left, or a
table: 'Director', 'Writer', 'Composer', 'Producer' and 'Cinematographer' (traps), 'Genre',
'Country', 'Year', 'Running time: 1hr 51mins' or '111 mins' (a programme's 'an episode'),
'Certificate' (the BBFC's U/PG/12A/15/18), 'Series' (the seasons, as Britain says), 'Release
date: 27 October 1995' (or '27/10/1995') beside a later 'First shown on TV' (a trap), 'Studio',
'Budget: £2,000,000' or '$3,600,000', 'Box office', 'Audio description'; 'Cast'; the trailer;
a programme's episodes with their own lengths, dates and directors; tonight's listing with its
channel and time and the magazine's subscription offer (traps); readers' comments; 'You might
also like'; a JSON-LD Movie on some pages. No tagline, audience text or streaming block."""

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

NAME = "radiotimes"
ROLES = 0.75
AGES = ages("U", "PG", "12A", "15", "18")
CHROME = Chrome(
    "en-GB",
    "Radio Times",
    ("TV", "Film", "Radio", "TV Guide", "Puzzles", "Subscribe"),
    ("We and our partners use cookies.", "Accept all", "Manage preferences"),
    ("About us", "Contact", "Privacy notice", "Cookie policy", "Terms and conditions"),
    "© Immediate Media Company Ltd 2026",
    "__RT_STATE__",
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
        "episodes": "Episode guide",
        "reviews": "Readers' comments",
        "no_reviews": "No comments yet.",
        "rail": "You might also like",
    },
)


def uk_date(d: date, long: bool) -> str:
    """'27 October 1995' or '27/10/1995'."""
    return (
        f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"
    )


def running_time(n: int, long: bool) -> str:
    """'1hr 51mins', '2hrs', '45mins' or '111 mins'."""
    return hours(n, "hr", "hrs", "mins") if long else f"{n} mins"


def ratings(n: int) -> str:
    """'(1,234 ratings)', '(1 rating)'."""
    return "(1 rating)" if n == 1 else f"({grouped(n)} ratings)"


def money(m: Money) -> str:
    """'£2,000,000', '$3,600,000', '€7,200,000', 'JPY 500,000,000'."""
    sign = {"GBP": "£", "USD": "$", "EUR": "€"}.get(m.currency)
    return f"{sign}{grouped(m.amount)}" if sign else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Series {e.season}, episode {e.number}: {esc(e.name)} · {running_time(e.minutes, long)} · {uk_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _listing(t: Title, c: Classes, rng: random.Random) -> str:
    channel = pick(rng, ("BBC Two", "Channel 4", "Film4", "ITV4", "Sky Cinema Premiere"))
    slot = f"{rng.randint(7, 11)}:{pick(rng, ('00', '15', '30', '45'))}pm"
    critic = pick(rng, ("Our critic", "Film review"))
    when = date(rng.randint(2003, 2025), rng.randint(1, 12), rng.randint(1, 28))
    if when == t.released:  # a review's date, never the release's
        when = when.replace(year=when.year + 1)
    reviewed = uk_date(when, True)
    stars = rng.randint(2, 5)
    quoted = rng.choice([n for n in range(90, 161) if n != t.runtime])
    review = f'<section class="{c("verdict")}"><h2>{critic}</h2><p role="img" aria-label="{stars} out of 5 stars">{"★" * stars}{"☆" * (5 - stars)}</p><p>A fine piece of work that earns its {quoted} minutes.</p><p>Reviewed {reviewed}</p></section>'
    return (
        review
        + f'<section class="{c("listing")}"><h2>On TV</h2><p>{channel}, {pick(rng, ("Saturday", "Sunday", "Wednesday"))} {slot}</p><p>Subscribe to Radio Times: 6 issues for £1, then £{pick(rng, ("24.99", "29.99"))} every 3 months.</p></section>'
    )


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [
        ("Audio description", pick(rng, ("Yes", "No"))),
        ("Subtitles", pick(rng, ("Yes", "No"))),
    ]


SITE = Site(
    NAME,
    "rt",
    CHROME,
    WORDS,
    uk_date,
    running_time,
    " an episode",
    ratings,
    money,
    lambda n: f"Read {grouped(n)} times",
    _episode,
    _listing,
    ("mark", "floats", "table"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    ("director", "author", "actor", "genre", "contentRating", "datePublished"),
    0.35,
    later="First shown on TV",
    extra_rows=_more,
    cta="Add to watchlist",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < ROLES else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
