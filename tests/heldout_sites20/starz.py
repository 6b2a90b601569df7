# ruff: noqa: E501  (HTML templates read best on one line)
"""STARZ: a series or movie page of the STARZ streaming service (English). A backdrop; the <h1>
(the meta line '1995 | R | 1 hr 51 min | Drama' above or under it on some deploys); '12,345 fans
added this' (a trap; no votes); 'Synopsis'; the facts as value-first ruby annotations whose <rt>
is the label, a read-only form (each value only an input's value), or label+value button chips:
'Director', 'Writers', 'Music', 'Producer' and 'Cinematographer' (traps), 'Genre', 'Country of
Origin', 'Year', 'Run Time: 1 hr 51 min' or '111 min' (a series' 'per episode'), 'Rating' (MPA
ratings for movies, TV guidelines for series), 'Premiere Date: October 27, 1995' (or
'10/27/1995') beside a later 'Available on STARZ' (a trap), 'Production Company', 'Seasons',
'Audio', 'Subtitles'; 'Cast'; the trailer; a series' episodes with their own lengths, dates and
directors; the plans '$10.99/month' (traps); fan reactions; 'You May Also Like'; a JSON-LD Movie
on some pages. No tagline, audience text, votes, money, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped, hours
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites20.common import (
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

NAME = "starz"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
FILM = ages("G", "PG", "PG-13", "R", "NC-17")
TV = ages("TV-G", "TV-PG", "TV-14", "TV-MA", "TV-MA")
CHROME = Chrome("en-US", "STARZ", ("Home", "Series", "Movies", "Collections", "Schedule", "Search"),
                ("STARZ uses cookies to personalize your experience.", "Accept All", "Cookie Settings"),
                ("Help Center", "Privacy Policy", "Terms of Use", "Your Privacy Choices", "Careers"), "© 2026 Starz Entertainment, LLC", "__STARZ__")
WORDS = Words(
    {"director": "Director", "writer": "Writers", "music": "Music", "producer": "Producer",
     "camera": "Cinematographer", "genre": "Genre", "country": "Country of Origin", "year": "Year",
     "runtime": "Run Time", "rating": "Rating", "seasons": "Seasons", "released": "Premiere Date",
     "studio": "Production Company", "budget": "", "box_office": ""},
    {"about": "Synopsis", "details": "Details", "cast": "Cast", "trailer": "Watch Trailer",
     "episodes": "Episodes", "reviews": "Fan Reactions", "no_reviews": "Be the first to react.",
     "rail": "You May Also Like"})


def us_date(d: date, long: bool) -> str:
    """'October 27, 1995' or '10/27/1995'."""
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}" if long else f"{d.month:02d}/{d.day:02d}/{d.year}"


def run_time(n: int, long: bool) -> str:
    """'1 hr 51 min' or '111 min'."""
    return hours(n, " hr", " min") if long else f"{n} min"


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} E{e.number} | {run_time(e.minutes, long)} | {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _plans(t: Title, c: Classes, rng: random.Random) -> str:
    intro = rng.choice(("$4.99", "$2.99", "$5.99"))
    return f'<aside class="{c("plans")}"><h2>Get STARZ</h2><p>{intro}/month for 3 months, then $10.99/month. Cancel anytime.</p><p>Or save with an annual plan: $74.99/year.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Audio", pick(rng, ("English 5.1", "English, Spanish", "English (Audio Description)"))),
            ("Subtitles", "English, Spanish")]


SITE = Site(NAME, "sz", CHROME, WORDS, us_date, run_time, " per episode", no_votes, no_money,
            lambda n: f"{grouped(n)} fans added this", _episode, _plans, ("ruby", "readonly", "buttons"),
            frozenset({"tagline", "audience_summary", "user_rating_count", "budget", "box_office",
                       "imdb_id", "streaming"}),
            ("director", "actor", "genre", "contentRating", "datePublished", "numberOfSeasons", "description"),
            0.35, meta_sep=" | ", later="Available on STARZ", extra_rows=_more, cta="Start Watching")


def fit(t: Title) -> Title:
    t = hide(rated(t, TV if t.kind == "show" else FILM), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
