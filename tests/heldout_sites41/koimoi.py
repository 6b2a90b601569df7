# ruff: noqa: E501  (HTML templates read best on one line)
"""Koimoi (English, India): a Bollywood box-office site's movie page. A poster; the <h1> (the
meta line '1995 · U/A 13+ · 111 mins · Drama' under it on some deploys); 'Story'; a 'Read Review'
button; the facts in a description list nested in an open <details>, <output for> pairs or
bold-label lines: 'Director', 'Writer', 'Music Director', 'Producer', 'Cinematographer' (traps),
'Genre', 'Country', 'Year', 'Duration: 111 mins' (or '1 hr 51 mins'; a series' 'per episode'),
'Certificate' (U/U/A 7+/U/A 13+/U/A 16+/A), 'Seasons', 'Release Date: 27 Oct 1995' (or
'27-10-1995') beside a later 'OTT Release' (a trap), 'Production House', 'Budget: $3,600,000',
'Box Office: $12,500,000' (or 'INR 7,200,000'), 'Verdict', 'Screens', 'Day 1 Collection: ₹12.35 cr' (a trap); 'IMDb'; 'Star Cast'; the
trailer; a series' episodes; ticket prices in rupees (a trap); reader comments; 'Trending
Movies'; a JSON-LD Movie on some pages. '1,234 user ratings' beside '12,345 views' (a trap). No
tagline, audience text or streaming block."""

from __future__ import annotations

import random
from datetime import date as date_

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites41.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    month,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    stamp,
    votes_in,
)

NAME = "koimoi"
CERTS = ages("U", "U/A 7+", "U/A 13+", "U/A 16+", "A")
CHROME = Chrome(
    "en-IN",
    "Koimoi",
    ("Box Office", "Bollywood News", "Reviews", "South Cinema", "Hollywood", "OTT", "TV"),
    ("Koimoi uses cookies for personalised ads.", "Accept", "Learn more"),
    ("About Us", "Advertise With Us", "Contact Us", "Privacy Policy", "Disclaimer", "Careers"),
    "© 2026 Koimoi.com. All rights reserved.",
    "__KOIMOI__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Music Director",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Certificate",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Production House",
        "budget": "Budget",
        "box_office": "Box Office",
    },
    {
        "about": "Story",
        "details": "Movie Details",
        "cast": "Star Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Reader Comments",
        "no_reviews": "Be the first to comment.",
        "rail": "Trending Movies",
    },
)


def duration(n: int, long: bool) -> str:
    """'111 mins' or '1 hr 51 mins'."""
    big, small = divmod(n, 60)
    if long or not big:
        return f"{n} mins"
    return f"{big} hr" + (f" {small} mins" if small else "s")


def release(d: date_, long: bool) -> str:
    """'27 Oct 1995' or '27-10-1995'."""
    return f"{d.day} {month(d, True)} {d.year}" if long else f"{d.day:02d}-{d.month:02d}-{d.year}"


def votes(n: int) -> str:
    return votes_in("user rating", n, paren=False)


def money(m: Money) -> str:
    """'$3,600,000' or 'INR 7,200,000'."""
    return f"${grouped(m.amount)}" if m.currency == "USD" else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season} Episode {e.number} | {duration(e.minutes, long)} | {release(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("tickets")}"><h2>Book Tickets</h2><p>Multiplex tickets from ₹{pick(rng, ("150", "199", "250"))} · Recliner ₹{pick(rng, ("450", "550", "650"))}</p><p>Convenience fee extra.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Verdict", pick(rng, ("Hit", "Average", "Flop", "Super Hit"))),
            ("Screens", pick(rng, ("2,150", "3,400", "850"))),
            ("Day 1 Collection", f"₹{rng.randint(2, 40)}.{rng.randint(10, 99)} cr"),
        ]
    )


SITE = Site(
    NAME,
    "kmi",
    CHROME,
    WORDS,
    release,
    duration,
    " per episode",
    votes,
    money,
    lambda n: f"{grouped(n)} views",
    _episode,
    _extra,
    ("detailsdl", "outputs", "lines"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    ("director", "author", "genre", "contentRating", "datePublished", "aggregateRating"),
    0.4,
    later="OTT Release",
    extra_rows=_more,
    cta="Read Review",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


STACK_HEAD = '<meta name="generator" content="WordPress 6.4.3"><meta name="theme-color" content="#c4161c"><link rel="https://api.w.org/" href="/wp-json/">'
STACK_BODY = 'class="single single-movie" data-app="koimoi" data-route="movie"'


def render(t: Title, ctx: Context) -> str:
    """The page with the front end's own head tags and the body's app and route hooks."""
    return stamp(render_site(SITE, t, ctx), STACK_HEAD, STACK_BODY)
