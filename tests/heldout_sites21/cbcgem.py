# ruff: noqa: E501  (HTML templates read best on one line)
"""CBC Gem: a series or film page of the Canadian public broadcaster's streaming service
(Canadian English). A backdrop; the <h1> (the meta line '1995 | 14A | 1h 51m | Drama' above or
under it on some deploys); '12,345 plays this week' (a trap; no votes); 'About'; the facts as a
disabled list box whose labels are <optgroup label> attributes over one <option> per value, a
CSS grid whose labels come first in the document and whose values point back at them
(aria-describedby), or a table: 'Director', 'Writers', 'Composer', 'Executive Producer' and
'Director of Photography' (traps, the last beginning with 'Director'), 'Genre', 'Country',
'Year', 'Duration: 1h 51m' or '111 min' (a series' 'per episode'), 'Rating' (the Canadian TV
classes G/PG/14+/18+ for series, the home video ratings G/PG/14A/18A/R for films), 'Release
Date: October 27, 1995' (or '1995-10-27') beside a later 'On CBC Gem since' (a trap),
'Production Company', 'Seasons', 'Closed Captions', 'Described Video'; 'Cast'; the trailer; a
series' episodes with their own lengths, dates and directors; the Gem Premium plans with their
prices (traps); viewer comments; 'More Like This'; a JSON-LD Movie on some pages. No tagline,
audience text, votes, money, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped, hours
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites21.common import (
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

NAME = "cbcgem"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
# the Canadian Home Video Rating System for films, the broadcasters' TV classes for series
FILM = ages("G", "PG", "14A", "18A", "R")
TV = ages("G", "PG", "PG", "14+", "18+")
CHROME = Chrome("en-CA", "CBC Gem", ("Featured", "Shows", "Movies", "Documentaries", "Kids", "Live", "Search"),
                ("CBC/Radio-Canada uses cookies to improve your experience.", "Accept", "Manage Preferences"),
                ("About CBC Gem", "Help Centre", "Privacy", "Terms of Use", "Accessibility", "Reuse & Permission"), "©2026 CBC/Radio-Canada. All rights reserved.", "__CBCGEM__")
WORDS = Words(
    {"director": "Director", "writer": "Writers", "music": "Composer", "producer": "Executive Producer",
     "camera": "Director of Photography", "genre": "Genre", "country": "Country", "year": "Year",
     "runtime": "Duration", "rating": "Rating", "seasons": "Seasons", "released": "Release Date",
     "studio": "Production Company", "budget": "", "box_office": ""},
    {"about": "About", "details": "Details", "cast": "Cast", "trailer": "Trailer",
     "episodes": "Episodes", "reviews": "Viewer Comments", "no_reviews": "No comments yet.",
     "rail": "More Like This"})


def ca_date(d: date, long: bool) -> str:
    """'October 27, 1995' or '1995-10-27' (the numeric date Canadian forms use)."""
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}" if long else d.isoformat()


def duration(n: int, long: bool) -> str:
    """'1h 51m' or '111 min'."""
    return hours(n, "h", "m") if long else f"{n} min"


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} E{e.number} · {duration(e.minutes, long)} · Aired {ca_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _premium(t: Title, c: Classes, rng: random.Random) -> str:
    trial = rng.choice(("7-day", "14-day", "30-day"))
    return f'<aside class="{c("plans")}"><h2>Go Premium</h2><p>Watch ad-free and get CBC News Network live. Start your {trial} free trial, then $4.99/month.</p><p>Annual plan: $49.99/year (plus applicable taxes).</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Closed Captions", "English"),
            ("Described Video", pick(rng, ("Available", "Not available")))]


SITE = Site(NAME, "gem", CHROME, WORDS, ca_date, duration, " per episode", no_votes, no_money,
            lambda n: f"{grouped(n)} plays this week", _episode, _premium, ("optgroup", "describedby", "table"),
            frozenset({"tagline", "audience_summary", "user_rating_count", "budget", "box_office",
                       "imdb_id", "streaming"}),
            ("director", "actor", "genre", "contentRating", "datePublished", "numberOfSeasons", "description"),
            0.35, meta_sep=" | ", later="On CBC Gem since", extra_rows=_more, cta="Watch Now")


def fit(t: Title) -> Title:
    t = hide(rated(t, TV if t.kind == "show" else FILM), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
