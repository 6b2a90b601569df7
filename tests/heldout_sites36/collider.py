# ruff: noqa: E501  (HTML templates read best on one line)
"""Collider (English, US): the film or series page of the entertainment news site, its
'display card' of facts at the top of the title's hub. A backdrop; the <h1> (the meta line
'1995 · R · 111 minutes · Drama' under it on some deploys); no votes, but '12,345 readers'
(a trap); 'Summary'; the card's facts in data-field rows (a small label over the value), a
layout table or a definition list: 'Release Date: October 27, 1995' (or '10/27/1995') beside a
later 'Streaming Release' (a trap), 'Director', 'Writers', 'Producers', 'Cinematographer',
'Composer' (traps), 'Genres', 'Country', 'Year', 'Runtime: 111 minutes' (or '111 min'; a
series' 'per episode'), 'Rating' (the MPA's G/PG/PG-13/R/NC-17), 'Seasons', 'Studio(s)',
'Budget: $3,600,000', 'Box Office: $187,436,818', 'Franchise', 'Sequel'; 'Cast'; the trailer;
a series' episodes; 'Where to Watch' with rental and subscription prices in dollars (traps);
comments; 'Related'; a JSON-LD Movie on some pages. No tagline, audience text, IMDb link or
streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites36.common import (
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
    us_date,
)

NAME = "collider"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "Collider",
    ("Movies", "TV", "Reviews", "Interviews", "Lists", "Streaming Guides", "Newsletter"),
    ("We and our partners use cookies and similar technologies.", "Accept", "Manage Settings"),
    ("About Us", "Advertise", "Contact Us", "Careers", "Privacy Policy", "Terms of Use"),
    "Copyright © 2026 Collider. Collider is part of the Valnet Publishing Group.",
    "__COLLIDER_DATA__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writers",
        "music": "Composer",
        "producer": "Producers",
        "camera": "Cinematographer",
        "genre": "Genres",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Studio(s)",
        "budget": "Budget",
        "box_office": "Box Office",
    },
    {
        "about": "Summary",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet. Be the first to comment.",
        "rail": "Related",
    },
)


def runtime(n: int, long: bool) -> str:
    """'111 minutes' or '111 min'."""
    return (f"{n} minutes" if n != 1 else "1 minute") if long else f"{n} min"


def votes(n: int) -> str:
    return ""


def money(m: Money) -> str:
    """'$3,600,000' or 'EUR 7,200,000'."""
    return f"${grouped(m.amount)}" if m.currency == "USD" else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} E{e.number} · {runtime(e.minutes, long)} · {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _where(t: Title, c: Classes, rng: random.Random) -> str:
    rent, plan = (
        pick(rng, ("$3.99", "$5.99", "$19.99")),
        pick(rng, ("$7.99/month", "$9.99/month", "$15.49/month")),
    )
    return f'<aside class="{c("where")}"><h2>Where to Watch</h2><p>Rent or buy from {rent} on Prime Video</p><p>Stream with a subscription from {plan}</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Franchise", pick(rng, ("None", "Standalone", "Original"))),
            ("Sequel", pick(rng, ("TBA", "None announced", "In development"))),
        ]
    )


SITE = Site(
    NAME,
    "cl",
    CHROME,
    WORDS,
    us_date,
    runtime,
    " per episode",
    votes,
    money,
    lambda n: f"{grouped(n)} readers",
    _episode,
    _where,
    ("fields", "layout", "dl"),
    frozenset({"tagline", "audience_summary", "imdb_id", "streaming", "user_rating_count"}),
    ("director", "author", "actor", "genre", "datePublished", "description"),
    0.35,
    later="Streaming Release",
    extra_rows=_more,
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
