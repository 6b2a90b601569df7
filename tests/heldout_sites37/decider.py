# ruff: noqa: E501  (HTML templates read best on one line)
"""Decider (English, US): the New York Post's streaming-guide site, its 'Stream It or Skip
It' review pages and their title box. A backdrop; a breadcrumb ('Streaming Guides'); the <h1>
(the meta line '1995 | R | 111 min | Drama' under it on some deploys); '1,234 Stream It/Skip It
votes' beside '12,345 shares' (a trap); 'The Gist'; the facts in an outline (each label over a
nested list of its values), info pills (the label also in a data-tip) or bold-label lines:
'Premiere Date: October 27, 1995' (or '10/27/1995') beside a later 'Streaming Premiere' (a
trap), 'Director', 'Writers', 'Executive Producers', 'Music By', 'Cinematography' (traps),
'Genre', 'Country', 'Year', 'Runtime: 111 min' (or '1h 51m'; a series' 'per episode'), 'Rated'
(MPA), 'Seasons', 'Network/Studio', 'Our Call' and 'Where to Stream' (rows the record has no key
for); 'Cast'; the trailer; a series' episodes; 'Stream It On' with subscription prices in
dollars (traps); comments; 'More Streaming Guides'; a JSON-LD Movie on some pages. No tagline,
audience text, IMDb link, streaming block, budget or box office."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites37.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    hm,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    us_date,
    votes_in,
)

NAME = "decider"
MARKS = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "Decider",
    ("Streaming Guides", "Stream It or Skip It", "TV", "Movies", "Reality", "Newsletters"),
    ("We use cookies to personalize content and ads.", "Accept All", "Cookie Settings"),
    (
        "About Decider",
        "Contact",
        "Privacy Policy",
        "Terms of Use",
        "Your Privacy Choices",
        "Sitemap",
    ),
    "© 2026 NYP Holdings, Inc. All Rights Reserved",
    "__DECIDER_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writers",
        "music": "Music By",
        "producer": "Executive Producers",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Premiere Date",
        "studio": "Network/Studio",
        "budget": "Budget",
        "box_office": "Box Office",
    },
    {
        "about": "The Gist",
        "details": "Stream It or Skip It: The Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "Be the first to comment.",
        "rail": "More Streaming Guides",
    },
)


def runtime(n: int, long: bool) -> str:
    """'111 min' or '1h 51m'."""
    return f"{n} min" if long else hm(n, True)


def votes(n: int) -> str:
    return votes_in("Stream It/Skip It vote", n, paren=False)


def money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season}E{e.number} | {runtime(e.minutes, long)} | {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    plan = pick(rng, ("$7.99/mo", "$11.99/mo", "$17.99/mo"))
    return f'<aside class="{c("stream")}"><h2>Stream It On</h2><p>Netflix, from {plan} with ads</p><p>Free trial for new subscribers, then {pick(rng, ("$9.99", "$14.99"))} a month</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Our Call", pick(rng, ("STREAM IT", "SKIP IT"))),
            ("Where to Stream", pick(rng, ("Netflix", "Hulu", "Max", "Prime Video"))),
        ]
    )


SITE = Site(
    NAME,
    "dc",
    CHROME,
    WORDS,
    us_date,
    runtime,
    " per episode",
    votes,
    money,
    lambda n: f"{grouped(n)} shares",
    _episode,
    _extra,
    ("sublist", "tips", "lines"),
    frozenset({"box_office", "streaming", "audience_summary", "tagline", "imdb_id", "budget"}),
    ("director", "author", "actor", "genre", "contentRating", "description"),
    0.35,
    later="Streaming Premiere",
    extra_rows=_more,
    art="backdrop",
    crumbs="Streaming Guides",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MARKS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
