# ruff: noqa: E501  (HTML templates read best on one line)
"""Britbox: a BritBox programme page (English, British). The <h1>; on some pages the meta line
'1995 · 15 · 1h 51m · Drama'; 'About'; the credits as a definition list giving each name its
own <dd>, one <fieldset> per fact, or a plain definition list: 'Director', 'Writer',
'Composer', 'Executive Producer' and 'Director of Photography' (traps), 'Genre', 'Country of
origin', 'Year', 'Duration: 111 mins' (or '1h 51m'; a series' 'per episode'), 'Certificate'
(the BBFC classes U, PG, 12, 15, 18), 'First shown: 27 October 1995' (or '27/10/1995') beside
a later 'Added to BritBox' (a trap), 'Production company', 'Series' (the count); 'Cast'; the
trailer; a series' episodes ('Series 2, Episode 3 · 58 mins') with their own directors; plans
'£5.99 a month' (a trap); 'You may also like'; a JSON-LD TVSeries or Movie on some pages. No
tagline, audience text, votes, money, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import MONTHS, esc, hours
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites18.common import (
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

NAME = "britbox"
AGES = ages("U", "PG", "12", "15", "18")
CHROME = Chrome("en-GB", "BritBox", ("Home", "Drama", "Comedy", "Mystery", "Collections", "Search"),
                ("We use cookies to give you the best experience.", "Accept all", "Manage cookies"),
                ("Help", "Terms", "Privacy", "Cookies", "Accessibility"), "© 2026 BritBox International", "__BRITBOX__")
WORDS = Words(
    {"director": "Director", "writer": "Writer", "music": "Composer", "producer": "Executive Producer",
     "camera": "Director of Photography", "genre": "Genre", "country": "Country of origin",
     "year": "Year", "runtime": "Duration", "rating": "Certificate", "seasons": "Series",
     "released": "First shown", "studio": "Production company", "budget": "", "box_office": ""},
    {"about": "About", "details": "Programme details", "cast": "Cast", "trailer": "Trailer",
     "episodes": "Episodes", "reviews": "What viewers say", "no_reviews": "No reviews yet.",
     "rail": "You may also like"})


def shown(d: date, long: bool) -> str:
    """'27 October 1995' or '27/10/1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def duration(n: int, long: bool) -> str:
    """'1h 51m' or '111 mins' (one 'min')."""
    return hours(n, "h", "m") if long else f"{n} {'min' if n == 1 else 'mins'}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Series {e.season}, Episode {e.number} · {duration(e.minutes, long)}</p><p>Director: {esc(e.director)}</p>"


def _plans(t: Title, c: Classes, rng: random.Random) -> str:
    month = rng.choice(("£5.99", "£6.99"))
    return f'<aside class="{c("plans")}"><h2>Start your free trial</h2><p>Then {month} a month. Cancel anytime.</p></aside>'


def _none(n: int) -> str:
    return ""


def _money(m: Money) -> str:
    return ""


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    """Access services: facts the record has no key for."""
    return [("Subtitles", "Available"), ("Audio description", pick(rng, ("Available", "")))]


SITE = Site(NAME, "bb", CHROME, WORDS, shown, duration, " per episode", _none, _money,
            lambda n: f"Watched {n % 90 + 5} times this week", _episode, _plans,
            ("multidd", "multidd", "fieldset", "dl"),
            frozenset({"tagline", "audience_summary", "user_rating_count", "budget", "box_office",
                       "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "numberOfSeasons", "description"), 0.5,
            later="Added to BritBox", extra_rows=_more, cta="Watch now", crumbs="Home")


def fit(t: Title) -> Title:
    t = hide(rated(t, AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.8 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
