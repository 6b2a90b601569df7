# ruff: noqa: E501  (HTML templates read best on one line)
"""TVNZ+: a movie or series page of New Zealand's public broadcaster's free streaming service
(New Zealand English). A backdrop; the <h1> (the meta line '1995 | M | 1hr 51min | Drama' under
it, in the hero's <header> on some deploys); 'Watched 12,345 times this month' (a trap; no
votes); 'About'; the facts as items whose labels are only a custom property of their inline
style drawn by ::before, a scroll-snap carousel of cards (aria-roledescription="slide"), or
'Label ........ value' leader lines: 'Director', 'Writer', 'Composer', 'Executive Producer' and
'Cinematographer' (traps), 'Genre', 'Country of Origin', 'Year', 'Running Time: 1hr 51min' or
'111min' (a series' 'per ep'), 'Classification' (the broadcasters' and Media Council's
G/PG/M/16/18), 'First Released: 27 October 1995' (or '27/10/1995') beside a later 'On TVNZ+
from' (a trap), 'Studio', 'Seasons', 'Warnings' (the C/L/V/S advisories), 'Subtitles'; 'Cast';
the trailer; a series' episodes with their own lengths, dates and directors; the TVNZ 1 or 2
broadcast slot and the ad-free add-on's price in NZ dollars (traps); comments; 'You Might Also
Like'; a JSON-LD Movie on some pages. No tagline, audience text, votes, money, IMDb link or
streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites26.common import (
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

NAME = "tvnzplus"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
NZ = ages("G", "PG", "M", "16", "18")  # the free-to-air and on-demand classifications
CHROME = Chrome("en-NZ", "TVNZ+", ("Home", "Shows", "Movies", "Sport", "News", "Live TV", "Search"),
                ("We use cookies to give you a better TVNZ+ experience.", "OK", "Privacy settings"),
                ("About TVNZ", "Help", "Terms of Use", "Privacy", "Complaints"), "© 2026 Television New Zealand Ltd", "__TVNZ__")
WORDS = Words(
    {"director": "Director", "writer": "Writer", "music": "Composer", "producer": "Executive Producer",
     "camera": "Cinematographer", "genre": "Genre", "country": "Country of Origin", "year": "Year",
     "runtime": "Running Time", "rating": "Classification", "seasons": "Seasons",
     "released": "First Released", "studio": "Studio", "budget": "", "box_office": ""},
    {"about": "About", "details": "Details", "cast": "Cast", "trailer": "Trailer",
     "episodes": "Episodes", "reviews": "Comments", "no_reviews": "Be the first to comment.",
     "rail": "You Might Also Like"})


def nz_date(d: date, long: bool) -> str:
    """'27 October 1995' or '27/10/1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def running_time(n: int, long: bool) -> str:
    """'1hr 51min', '2hr' or '111min'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n}min"
    return f"{big}hr" + (f" {small}min" if small else "")


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Episode {e.number} · {running_time(e.minutes, long)} · Aired {nz_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _plans(t: Title, c: Classes, rng: random.Random) -> str:
    channel = rng.choice(("TVNZ 1", "TVNZ 2", "DUKE"))
    slot = rng.choice(("7.30pm", "8.30pm", "9.30pm"))
    price = rng.choice(("9.99", "12.99"))
    return f'<aside class="{c("plans")}"><h2>Watch it your way</h2><p>Screening on {channel}, Sundays {slot}.</p><p>Free with ads, or go ad-free for ${price}/month.</p><p>New episodes every week.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Warnings", pick(rng, ("V", "L, V", "C, L", "L, S, V"))),
            ("Subtitles", pick(rng, ("English (CC)", "English (CC), Te Reo Māori", "None")))]


SITE = Site(NAME, "tz", CHROME, WORDS, nz_date, running_time, " per ep", no_votes, no_money,
            lambda n: f"Watched {grouped(n)} times this month", _episode, _plans, ("cssvar", "slides", "leaders"),
            frozenset({"tagline", "audience_summary", "user_rating_count", "budget", "box_office",
                       "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "numberOfSeasons", "description"),
            0.35, meta_sep=" | ", later="On TVNZ+ from", extra_rows=_more, cta="Watch Now")


def fit(t: Title) -> Title:
    t = hide(rated(t, NZ), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
