# ruff: noqa: E501  (HTML templates read best on one line)
"""Xfinity Stream (English, US): a cable operator's On Demand title page on the web. A 16:9
backdrop; the <h1> (the meta line '1995 · PG-13 · 1h 51m · Drama' under it on some deploys);
'Overview'; a 'Watch Now' button; the facts in <output for> pairs, a responsive table (data-th
labels drawn by ::before on a phone) or server-driven rows: 'Directed by', 'Written by', 'Music by',
'Producer', 'Cinematography' (traps), 'Genre', 'Country', 'Release Year', 'Duration: 1h 51m' (or
'111 min'; a series' 'per episode'), 'Rating' (G/PG/PG-13/R/NC-17), 'Seasons', 'Original Air
Date: October 27, 1995' (or '10/27/1995') beside a later 'Leaving On Demand' (a trap),
'Network', 'Format', 'Closed Captions'; 'IMDb'; 'Cast & Crew'; the trailer; a series'
episodes; rent and buy prices (a trap); viewer comments; 'More Like This'; a JSON-LD Movie on
some pages. '1,234 ratings' beside '12,345 recordings scheduled' (a trap). No tagline,
audience text, budget, box office or streaming block."""

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
    us_date,
    votes_in,
)

NAME = "xfinity"
CERTS = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "Xfinity Stream",
    ("Home", "Live TV", "On Demand", "Recordings", "Purchases", "Sports", "Kids"),
    ("Xfinity uses cookies to improve your experience.", "Accept", "Manage settings"),
    (
        "Xfinity Support",
        "Accessibility",
        "Privacy Policy",
        "Your Privacy Choices",
        "Visitor Agreement",
        "Contact Us",
    ),
    "© 2026 Comcast. All rights reserved.",
    "__XFINITY_STREAM__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Music by",
        "producer": "Producer",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Country",
        "year": "Release Year",
        "runtime": "Duration",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Original Air Date",
        "studio": "Network",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Overview",
        "details": "Details",
        "cast": "Cast &amp; Crew",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Viewer Comments",
        "no_reviews": "No comments yet.",
        "rail": "More Like This",
    },
)


def duration(n: int, long: bool) -> str:
    """'1h 51m', '2h' or '111 min'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min"
    return f"{big}h" + (f" {small}m" if small else "")


def votes(n: int) -> str:
    return votes_in("rating", n, paren=False)


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} E{e.number} · {duration(e.minutes, long)} · Aired {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("buy")}"><h2>Rent or Buy</h2><p>Rent HD ${pick(rng, ("3.99", "4.99", "5.99"))} · Buy HD ${pick(rng, ("9.99", "14.99", "19.99"))}</p><p>Rentals: 48 hours to finish once started. Charges appear on your Xfinity bill.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Format", pick(rng, ("HD", "4K", "SD"))),
            ("Closed Captions", pick(rng, ("Yes", "English, Spanish"))),
        ]
    )


SITE = Site(
    NAME,
    "xfs",
    CHROME,
    WORDS,
    us_date,
    duration,
    " per episode",
    votes,
    no_money,
    lambda n: f"{grouped(n)} recordings scheduled",
    _episode,
    _extra,
    ("outputs", "datath", "sdui"),
    frozenset({"tagline", "audience_summary", "budget", "box_office", "streaming"}),
    ("director", "author", "genre", "contentRating", "datePublished", "aggregateRating"),
    0.4,
    later="Leaving On Demand",
    extra_rows=_more,
    cta="Watch Now",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


STACK_HEAD = '<meta name="application-name" content="Xfinity Stream"><meta name="theme-color" content="#000000"><link rel="preconnect" href="https://images.xfinity-stream.example">'
STACK_BODY = 'data-app="xfinity-stream" data-route="entity"'


def render(t: Title, ctx: Context) -> str:
    """The page with the front end's own head tags and the body's app and route hooks."""
    return stamp(render_site(SITE, t, ctx), STACK_HEAD, STACK_BODY)
