# ruff: noqa: E501  (HTML templates read best on one line)
"""Picturehouse: a film page of the British independent cinema chain (British English). A
poster; the <h1> (the meta line '1995 / 15 / 1 hour 51 minutes / Drama' under it, in the hero's
<header> on some deploys); the members' score with '1,234 member ratings' beside 'Seen by 12,345
members' (a trap); 'About the film'; the facts as rows whose label the stylesheet floats left,
cards whose value comes first in the markup and whose label column-reverse draws above it, or
bold-label lines: 'Director', 'Screenwriter', 'Composer', 'Producer' and 'Director of
Photography' (traps, the last beginning with the director's label), 'Genre', 'Country',
'Year', 'Duration: 1 hour 51 minutes' or '111 min' (a series' 'per episode'), 'Certificate'
(the BBFC's), 'Seasons', 'UK release: 27.10.1995' (or '27 October 1995') beside a later
'Members' screening' (a trap), 'Studio', 'Budget: $3,600,000', 'Box office', 'Language'; 'Cast';
the trailer; an event series' episodes with their own lengths, dates and directors; screenings
with their prices and the membership's yearly fee (traps); reviews; 'You may also like'; a
JSON-LD Movie on some pages. No tagline, audience text or streaming block."""

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

NAME = "picturehouse"
ROLES = 0.65
AGES = ages("U", "PG", "12A", "15", "18")
CHROME = Chrome(
    "en-GB",
    "Picturehouse",
    ("Films", "Cinemas", "Events", "Membership", "Gift cards", "Log in"),
    ("This website uses cookies.", "Allow all", "Customise"),
    ("About Picturehouse", "Jobs", "Hire a screen", "Privacy", "Terms"),
    "© 2026 Picturehouse Cinemas Ltd",
    "__PH_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenwriter",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Director of Photography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Certificate",
        "seasons": "Seasons",
        "released": "UK release",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "About the film",
        "details": "Film details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Reviews",
        "no_reviews": "No reviews yet.",
        "rail": "You may also like",
    },
)


def ph_date(d: date, long: bool) -> str:
    """'27 October 1995' or '27.10.1995'."""
    return (
        f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}.{d.month:02d}.{d.year}"
    )


def duration(n: int, long: bool) -> str:
    """'1 hour 51 minutes', '2 hours', '45 minutes' or '111 min'."""
    return hours(n, " hour", " hours", " minutes") if long else f"{n} min"


def ratings(n: int) -> str:
    """'1,234 member ratings', '1 member rating'."""
    return "1 member rating" if n == 1 else f"{grouped(n)} member ratings"


def money(m: Money) -> str:
    """'$3,600,000', '£2,000,000', 'EUR 7,200,000'."""
    sign = {"GBP": "£", "USD": "$"}.get(m.currency)
    return f"{sign}{grouped(m.amount)}" if sign else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>{esc(e.name)} (S{e.season} E{e.number}) / {duration(e.minutes, long)} / {ph_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _screenings(t: Title, c: Classes, rng: random.Random) -> str:
    venues = (
        "Hackney Picturehouse",
        "Ritzy Picturehouse",
        "Picturehouse Central",
        "Duke of York's",
        "Cameo",
    )
    rows = "".join(
        f"<li>{v}: {rng.randint(12, 21)}:{pick(rng, ('00', '15', '45'))}, £{rng.randint(9, 16)}.{pick(rng, ('00', '50'))}</li>"
        for v in rng.sample(venues, 3)
    )
    return f'<section class="{c("screenings")}"><h2>Screenings</h2><ul>{rows}</ul><p>Members from £{pick(rng, ("60", "75", "85"))} a year: free tickets and 10% off food.</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [
        ("Language", pick(rng, ("English", "French with English subtitles", "English, Spanish")))
    ]


SITE = Site(
    NAME,
    "ph",
    CHROME,
    WORDS,
    ph_date,
    duration,
    " per episode",
    ratings,
    money,
    lambda n: f"Seen by {grouped(n)} members",
    _episode,
    _screenings,
    ("floats", "reverse", "lines"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    ("director", "author", "actor", "genre", "datePublished", "description"),
    0.35,
    meta_sep=" / ",
    later="Members' screening",
    extra_rows=_more,
    cta="Book tickets",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < ROLES else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
