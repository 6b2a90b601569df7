# ruff: noqa: E501  (HTML templates read best on one line)
"""Event Cinemas: a movie page of the Australian cinema chain (Australian English). A poster;
the <h1> (the meta line '1995 | MA15+ | 1 Hour 51 Minutes | Drama' under it, in the hero's
<header> on some deploys); the score with '(1,234 user ratings)' beside '12,345 people want to
see this' (a trap); 'Synopsis'; the facts as a <menu> of label/value items, one running
paragraph whose values are <mark>ed after their labels, or a role="feed" of articles: 'Director',
'Writers', 'Music', 'Producers' and 'Director of Photography' (traps, the last beginning with
the director's label), 'Genres', 'Country', 'Year', 'Running Time: 1 Hour 51 Minutes' or
'111 Minutes' (a series' 'each'), 'Classification' (G/PG/M/MA15+/R18+), 'Seasons', 'Release
Date: 27 October 1995' (or '27/10/1995') beside a later 'Gold Class from' (a trap),
'Distributor', 'Budget: USD 3,600,000', 'Box Office', 'Format'; 'Cast'; the trailer; an event
series' episodes with their own lengths, dates and directors; sessions priced in dollars and
the Cinebuzz offer (traps); reviews; 'Similar movies'; a JSON-LD Movie on some pages. No
tagline, audience text or streaming block."""

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

NAME = "eventcinemas"
ROLES = 0.7
AGES = ages("G", "PG", "M", "MA15+", "R18+")
CHROME = Chrome(
    "en-AU",
    "Event Cinemas",
    ("Movies", "Cinemas", "Gold Class", "Vmax", "Cinebuzz", "Gift Shop"),
    ("Our site uses cookies.", "Accept", "Find out more"),
    ("About Us", "Careers", "Contact Us", "Privacy Policy", "Terms of Use"),
    "© 2026 Event Cinemas (Australia) Pty Ltd",
    "__EVENT__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writers",
        "music": "Music",
        "producer": "Producers",
        "camera": "Director of Photography",
        "genre": "Genres",
        "country": "Country",
        "year": "Year",
        "runtime": "Running Time",
        "rating": "Classification",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Distributor",
        "budget": "Budget",
        "box_office": "Box Office",
    },
    {
        "about": "Synopsis",
        "details": "Movie Info",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Reviews",
        "no_reviews": "There are no reviews yet.",
        "rail": "Similar movies",
    },
)


def ev_date(d: date, long: bool) -> str:
    """'27 October 1995' or '27/10/1995'."""
    return (
        f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"
    )


def running_time(n: int, long: bool) -> str:
    """'1 Hour 51 Minutes', '2 Hours', '45 Minutes' or '111 Minutes'."""
    return hours(n, " Hour", " Hours", " Minutes") if long else f"{n} Minutes"


def ratings(n: int) -> str:
    """'(1,234 user ratings)', '(1 user rating)'."""
    return "(1 user rating)" if n == 1 else f"({grouped(n)} user ratings)"


def money(m: Money) -> str:
    """'USD 3,600,000', 'AUD 5,000,000'."""
    return f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} · Episode {e.number}: {esc(e.name)} · {running_time(e.minutes, long)} · {ev_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _sessions(t: Title, c: Classes, rng: random.Random) -> str:
    venues = ("Event George Street", "Event Bondi Junction", "Event Parramatta", "Event Macquarie")
    rows = "".join(
        f"<li>{v}: {rng.randint(10, 21)}:{pick(rng, ('05', '35', '50'))} ({pick(rng, ('Standard', 'Vmax', 'Gold Class', 'Boutique'))}) Adult ${rng.randint(19, 52)}.00</li>"
        for v in rng.sample(venues, 3)
    )
    return f'<section class="{c("sessions")}"><h2>Sessions</h2><ul>{rows}</ul><p>Join Cinebuzz: ${pick(rng, ("13.50", "14.50"))} tickets on Cheap Tuesdays.</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Format", pick(rng, ("2D", "2D, Vmax", "2D, 3D")))]


SITE = Site(
    NAME,
    "ev",
    CHROME,
    WORDS,
    ev_date,
    running_time,
    " each",
    ratings,
    money,
    lambda n: f"{grouped(n)} people want to see this",
    _episode,
    _sessions,
    ("menu", "mark", "feed"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    ("director", "author", "actor", "genre", "datePublished", "aggregateRating"),
    0.35,
    meta_sep=" | ",
    later="Gold Class from",
    extra_rows=_more,
    cta="Buy tickets",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < ROLES else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
