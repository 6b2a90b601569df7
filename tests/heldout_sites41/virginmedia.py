# ruff: noqa: E501  (HTML templates read best on one line)
"""Virgin Media Store (English, UK): a cable operator's film-rental page. A poster; the <h1>
(the meta line '1995 · 15 · 111 mins · Drama' under it on some deploys); 'Synopsis'; a 'Rent
now' button; the facts in a responsive table (data-th labels drawn by ::before on a phone), a
description list nested in an open <details>, or a layout table: 'Director', 'Writer',
'Composer', 'Producer', 'Cinematographer' (traps), 'Genre', 'Country', 'Year', 'Running time:
111 mins' (or '1hr 51mins'; a series' 'per episode'), 'Certificate' (U/PG/12A/15/18),
'Seasons', 'Release date: 27 October 1995' (or '27/10/1995') beside a later 'Added to Virgin TV
Go' (a trap), 'Studio', 'Subtitles', 'Quality'; 'IMDb'; 'Cast'; the trailer; a series'
episodes; rent and buy prices in pounds (a trap); customer reviews; 'Customers also watched'; a
JSON-LD Movie on some pages. '(1,234 reviews)' beside '12,345 added to My Stuff' (a trap). No
tagline, audience text, budget, box office or streaming block."""

from __future__ import annotations

import random

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
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    stamp,
    uk_date,
    votes_in,
)

NAME = "virginmedia"
CERTS = ages("U", "PG", "12A", "15", "18")
CHROME = Chrome(
    "en-GB",
    "Virgin Media Store",
    ("TV", "Broadband", "Mobile", "Store", "Virgin TV Go", "My Virgin Media"),
    (
        "We use cookies to make our site work and to personalise content.",
        "Accept all cookies",
        "Cookie preferences",
    ),
    ("Help &amp; support", "Accessibility", "Privacy", "Cookies", "Legal stuff", "Contact us"),
    "© 2026 Virgin Media. All rights reserved.",
    "__VM_STORE__",
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
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Studio",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Synopsis",
        "details": "Film details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Customer reviews",
        "no_reviews": "No reviews yet.",
        "rail": "Customers also watched",
    },
)


def running_time(n: int, long: bool) -> str:
    """'111 mins' or '1hr 51mins' ('2hrs')."""
    big, small = divmod(n, 60)
    if long or not big:
        return f"{n} mins"
    return f"{big}hr" + (f" {small}mins" if small else "s")


def votes(n: int) -> str:
    return votes_in("review", n)


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Series {e.season}, Episode {e.number} · {running_time(e.minutes, long)} · First shown {uk_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("prices")}"><h2>Rent or buy</h2><p>Rent HD £{pick(rng, ("3.49", "3.99", "4.99"))} · Buy HD £{pick(rng, ("7.99", "9.99", "13.99"))}</p><p>Charged to your Virgin Media bill. 48-hour rental period.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Subtitles", pick(rng, ("English", "English (SDH)"))),
            ("Quality", pick(rng, ("HD", "4K UHD", "SD"))),
        ]
    )


SITE = Site(
    NAME,
    "vms",
    CHROME,
    WORDS,
    uk_date,
    running_time,
    " per episode",
    votes,
    no_money,
    lambda n: f"{grouped(n)} added to My Stuff",
    _episode,
    _extra,
    ("datath", "detailsdl", "layout"),
    frozenset({"tagline", "audience_summary", "budget", "box_office", "streaming"}),
    ("director", "author", "genre", "contentRating", "datePublished", "aggregateRating"),
    0.4,
    later="Added to Virgin TV Go",
    extra_rows=_more,
    cta="Rent now",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


STACK_HEAD = '<meta name="application-name" content="Virgin Media Store"><meta name="theme-color" content="#e10a0a"><link rel="preconnect" href="https://images.virginmedia.example">'
STACK_BODY = 'data-app="vm-store" data-route="film"'


def render(t: Title, ctx: Context) -> str:
    """The page with the front end's own head tags and the body's app and route hooks."""
    return stamp(render_site(SITE, t, ctx), STACK_HEAD, STACK_BODY)
