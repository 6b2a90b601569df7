# ruff: noqa: E501  (HTML templates read best on one line)
"""Stan: a movie or series page of the Australian streaming service (Australian English). A
backdrop; the <h1> (the meta line '1995 | MA15+ | 1h 51m | Drama' under it, in the hero's
<header> on some deploys); '12,345 watching this week' (a trap; no votes); 'Synopsis'; the
facts as a component whose shadow root holds the labels beside named slots that the values
(last first) fill, narrow lines whose long labels may break inside their words (<wbr>), or
'Label ........ value' leader lines: 'Director', 'Writer', 'Composer', 'Producer' and
'Cinematographer' (traps), 'Genre', 'Country', 'Year', 'Duration: 1h 51m' or '111 mins' (a
series' 'per episode'), 'Classification' (the ACB's G/PG/M/MA15+/R18+), 'Release Date: 27
October 1995' (or '27/10/1995') beside a later 'Streaming on Stan from' (a trap), 'Studio',
'Seasons', 'Consumer Advice', 'Audio'; 'Cast'; the trailer; a series' episodes with their own
lengths, dates and directors; the Basic, Standard and Premium plans and the Sport add-on in
Australian dollars (traps); comments; 'More Like This'; a JSON-LD Movie on some pages. No
tagline, audience text, votes, money, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped, hours
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites24.common import (
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

NAME = "stan"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
ACB = ages("G", "PG", "M", "MA15+", "R18+")  # the Australian Classification Board
CHROME = Chrome("en-AU", "Stan", ("Home", "TV Shows", "Movies", "Kids", "Sport", "Search"),
                ("We use cookies to personalise your Stan experience.", "Accept", "Manage Cookies"),
                ("About Stan", "Help", "Terms of Use", "Privacy Policy", "Careers"), "© 2026 Stan Entertainment Pty Ltd", "__STAN__")
WORDS = Words(
    {"director": "Director", "writer": "Writer", "music": "Composer", "producer": "Producer",
     "camera": "Cinematographer", "genre": "Genre", "country": "Country", "year": "Year",
     "runtime": "Duration", "rating": "Classification", "seasons": "Seasons",
     "released": "Release Date", "studio": "Studio", "budget": "", "box_office": ""},
    {"about": "Synopsis", "details": "Details", "cast": "Cast", "trailer": "Trailer",
     "episodes": "Episodes", "reviews": "Comments", "no_reviews": "No comments yet.",
     "rail": "More Like This"})


def au_date(d: date, long: bool) -> str:
    """'27 October 1995' or '27/10/1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def duration(n: int, long: bool) -> str:
    """'1h 51m' or '111 mins'."""
    return hours(n, "h", "m") if long else f"{n} mins"


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} E{e.number} | {duration(e.minutes, long)} | {au_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _plans(t: Title, c: Classes, rng: random.Random) -> str:
    basic = rng.choice(("12", "13"))
    return f'<aside class="{c("plans")}"><h2>Choose your plan</h2><ul><li>Basic ${basic}/month</li><li>Standard $19/month</li><li>Premium $25/month</li><li>Add Stan Sport $15/month</li></ul><p>30-day free trial for new customers.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Consumer Advice", pick(rng, ("Strong themes", "Coarse language", "Violence, drug use", "Mild themes"))),
            ("Audio", pick(rng, ("English 5.1", "English, Audio Described", "Danish, English subtitles")))]


SITE = Site(NAME, "st", CHROME, WORDS, au_date, duration, " per episode", no_votes, no_money,
            lambda n: f"{grouped(n)} watching this week", _episode, _plans, ("slots", "wbr", "leaders"),
            frozenset({"tagline", "audience_summary", "user_rating_count", "budget", "box_office",
                       "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "numberOfSeasons", "description"),
            0.35, meta_sep=" | ", later="Streaming on Stan from", extra_rows=_more, cta="Play")


def fit(t: Title) -> Title:
    t = hide(rated(t, ACB), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
