# ruff: noqa: E501  (HTML templates read best on one line)
"""Rokuchannel: a title page of The Roku Channel's web player (English, American). The <h1>; on
some pages the meta line '1995 | PG-13 | 1 hr 51 min | Drama, Romance'; 'Trending #12 in
Movies' (a rank, a trap); 'Synopsis'; the details as ARIA term/definition <div>s, a table of
two pairs per row, or paragraphs opening with a <dfn> label: 'Director', 'Writers',
'Producer', 'Original Music' and 'Cinematographer' (traps), 'Genres', 'Country', 'Release Year',
'Runtime: 111 min' (or '1 hr 51 min'; a series' 'per episode'), 'Rating', 'Release Date:
October 27, 1995' (or '10/27/1995') beside a later 'Leaving The Roku Channel' (a trap),
'Studio', 'Seasons'; 'Cast'; the trailer; a series' episodes with their own lengths and
directors; 'Free with ads' and premium add-ons '$2.99/mo' (a trap); 'More Like This'; a
JSON-LD Movie on some pages. No tagline, audience text, votes, money, IMDb link or streaming
block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import MONTHS, esc
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites18.common import (
    Chrome,
    Classes,
    Site,
    Words,
    fit_rng,
    hide,
    no_characters,
    pick,
    render_site,
)

NAME = "rokuchannel"
CHROME = Chrome("en-US", "The Roku Channel", ("Home", "Live TV", "What to Watch", "Movies", "TV Shows", "Premium Subscriptions", "Search"),
                ("Roku uses cookies to improve your experience.", "Accept", "Cookie Settings"),
                ("Privacy Policy", "Terms of Service", "Do Not Sell or Share My Personal Information", "Help"), "© 2026 Roku, Inc.", "__ROKU__")
WORDS = Words(
    {"director": "Director", "writer": "Writers", "music": "Original Music", "producer": "Producer",
     "camera": "Cinematographer", "genre": "Genres", "country": "Country", "year": "Release Year",
     "runtime": "Runtime", "rating": "Rating", "seasons": "Seasons", "released": "Release Date",
     "studio": "Studio", "budget": "", "box_office": ""},
    {"about": "Synopsis", "details": "Details", "cast": "Cast", "trailer": "Trailer",
     "episodes": "Episodes", "reviews": "Reviews", "no_reviews": "No reviews yet.",
     "rail": "More Like This"})


def us_date(d: date, long: bool) -> str:
    """'October 27, 1995' or '10/27/1995'."""
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}" if long else f"{d.month:02d}/{d.day:02d}/{d.year}"


def runtime(n: int, long: bool) -> str:
    """'1 hr 51 min', '2 hr' or '111 min'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min"
    return f"{big} hr" + (f" {small} min" if small else "")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season}:E{e.number} | {runtime(e.minutes, long)} | {us_date(e.aired, True)}</p><p>Directed by {esc(e.director)}</p>"


def _offers(t: Title, c: Classes, rng: random.Random) -> str:
    price = rng.choice(("$2.99/mo", "$5.99/mo", "$8.99/mo"))
    return f'<aside class="{c("offers")}"><p>Free with ads</p><p>Add premium subscriptions from {price}</p></aside>'


def _none(n: int) -> str:
    return ""


def _money(m: Money) -> str:
    return ""


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    """Audio languages and captions: facts the record has no key for."""
    return [("Audio", pick(rng, ("English", "English, Spanish"))), ("Closed Captions", "Available")]


SITE = Site(NAME, "rc", CHROME, WORDS, us_date, runtime, " per episode", _none, _money,
            lambda n: f"Trending #{n % 40 + 1} in Movies", _episode, _offers,
            ("terms", "pairs", "dfn"),
            frozenset({"tagline", "audience_summary", "user_rating_count", "budget", "box_office",
                       "imdb_id", "streaming"}),
            ("director", "actor", "genre", "contentRating", "datePublished", "description"), 0.4,
            meta_sep=" | ", later="Leaving The Roku Channel", extra_rows=_more, cta="Watch Free", crumbs="What to Watch")


def fit(t: Title) -> Title:
    t = hide(t, SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
