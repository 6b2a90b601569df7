# ruff: noqa: E501  (HTML templates read best on one line)
"""Crackle: a film or series page of Crackle (English), a free service with ads, a Next.js
app whose server-rendered layer carries the facts. A backdrop; the <h1> (in an <hgroup> with the
meta line '1995 • PG-13 • 1h 51m • Drama' on some deploys); '12,345 views' (a trap, no votes);
'Overview'; the facts as a row of icon <img>s whose alt text is the only label, custom elements
whose label is a `label` attribute the stylesheet shows, or a table: 'Directed by', 'Written
by', 'Music by', 'Produced by' and 'Cinematography' (traps), 'Genres', 'Country', 'Released'
(the year alone), 'Duration: 1h 51m' (or '111 min'; a series' 'per episode'), 'Rating' (MPA
ratings for films, TV guidelines for series), 'Studio', 'Seasons', 'Audio' and 'Ad breaks'
(their own counts and lengths, traps); 'Starring'; the trailer; a series' episodes with their
own lengths and directors; 'Watch free with ads'; comments; 'More Like This'; a JSON-LD Movie
on some pages. No tagline, audience text, full date, votes, money, IMDb link or streaming
block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped, hours
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites19.common import (
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

NAME = "crackle"
FILM = ages("G", "PG", "PG-13", "R", "NC-17")
TV = ages("TV-G", "TV-PG", "TV-14", "TV-MA", "TV-MA")
CHROME = Chrome("en-US", "Crackle", ("Home", "Movies", "TV Shows", "Crackle Originals", "Genres", "Search"),
                ("Crackle uses cookies to provide and improve our services.", "Accept", "Do Not Sell or Share My Personal Information"),
                ("About", "Help", "Terms of Use", "Privacy Policy", "Ad Choices"), "© 2026 Crackle Plus", "__NEXT_DATA__")
WORDS = Words(
    {"director": "Directed by", "writer": "Written by", "music": "Music by", "producer": "Produced by",
     "camera": "Cinematography", "genre": "Genres", "country": "Country", "year": "Released",
     "runtime": "Duration", "rating": "Rating", "seasons": "Seasons", "released": "",
     "studio": "Studio", "budget": "", "box_office": ""},
    {"about": "Overview", "details": "Details", "cast": "Starring", "trailer": "Trailer",
     "episodes": "Episodes", "reviews": "Comments", "no_reviews": "No comments yet.",
     "rail": "More Like This"})


def year_only(d: date, long: bool) -> str:
    return str(d.year)


def duration(n: int, long: bool) -> str:
    """'1h 51m' or '111 min'."""
    return hours(n, "h", "m") if long else f"{n} min"


def no_votes(n: int) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} E{e.number} • {duration(e.minutes, long)}</p><p>Directed by {esc(e.director)}</p>"


def _free(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("free")}"><h2>Watch free with ads</h2><p>No subscription needed. Sign up to save {rng.randint(10, 50)} titles to your Watchlist.</p></aside>'


def _money(m: Money) -> str:
    return ""


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    """The audio and the ad breaks: their own counts and lengths, no record keys."""
    return [("Audio", pick(rng, ("English", "English, Spanish", "English 5.1"))),
            ("Ad breaks", f"{rng.randint(3, 9)} (about {rng.choice((60, 90, 120))} sec each)")]


SITE = Site(NAME, "cr", CHROME, WORDS, year_only, duration, " per episode", no_votes, _money,
            lambda n: f"{grouped(n)} views", _episode, _free, ("icons", "custom", "table"),
            frozenset({"tagline", "audience_summary", "release_date", "user_rating_count",
                       "budget", "box_office", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "description"),
            0.5, meta_sep=" • ", extra_rows=_more, cta="Watch Now")


def fit(t: Title) -> Title:
    t = rated(t, TV if t.kind == "show" else FILM)
    t = hide(t, SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
