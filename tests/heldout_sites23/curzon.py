# ruff: noqa: E501  (HTML templates read best on one line)
"""Curzon: a film page of the British arthouse cinema chain and its Curzon Home Cinema
(British English). A poster; the <h1> (the meta line '1995 · 15 · 111 mins · Drama' under it,
in the hero's <header> on some deploys); '12,345 members saved this' (a trap; no votes);
'Synopsis'; the facts as labels and values in two runs paired only by the stylesheet's
grid-template-areas, as icons whose only label is the SVG's <title>, or as bold-label lines:
'Director', 'Screenwriter', 'Composer', 'Producer' and 'Cinematographer' (traps), 'Genre',
'Country', 'Year', 'Running Time: 111 mins' or '1h 51m' (a series' 'per episode'), 'Certificate'
(the BBFC's U/PG/12A/15/18), 'Release Date: 27 October 1995' (or '27/10/1995') beside a later
'On Curzon Home Cinema from' (a trap), 'Production Company', 'Budget: $3,600,000', 'Box Office',
'Series', 'Language', 'Format'; 'Cast'; the trailer; a series' episodes with their own lengths,
dates and directors; showtimes at Curzon venues with their own dates and ticket prices in
pounds and the membership fee (traps); comments; 'You Might Also Like'; a JSON-LD Movie on some
pages. No tagline, audience text, votes, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date, timedelta

from tests.heldout_sites2.kit import esc, grouped, hours, money_symbol
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites23.common import (
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

NAME = "curzon"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
BBFC = ages("U", "PG", "12A", "15", "18")
CHROME = Chrome("en-GB", "Curzon", ("What's On", "Cinemas", "Curzon Home Cinema", "Membership", "Events", "Search"),
                ("We use cookies to give you the best experience on our website.", "Accept All Cookies", "Cookie Settings"),
                ("About Curzon", "Careers", "Hire a Cinema", "Terms & Conditions", "Privacy Policy", "Accessibility"), "© 2026 Curzon Cinemas Ltd", "__CURZON__")
WORDS = Words(
    {"director": "Director", "writer": "Screenwriter", "music": "Composer", "producer": "Producer",
     "camera": "Cinematographer", "genre": "Genre", "country": "Country", "year": "Year",
     "runtime": "Running Time", "rating": "Certificate", "seasons": "Series", "released": "Release Date",
     "studio": "Production Company", "budget": "Budget", "box_office": "Box Office"},
    {"about": "Synopsis", "details": "Film Details", "cast": "Cast", "trailer": "Trailer",
     "episodes": "Episodes", "reviews": "Comments", "no_reviews": "No comments yet.",
     "rail": "You Might Also Like"})
VENUES = ("Curzon Soho", "Curzon Bloomsbury", "Curzon Mayfair", "Curzon Aldgate", "Curzon Oxford",
          "Curzon Canterbury")


def uk_date(d: date, long: bool) -> str:
    """'27 October 1995' or '27/10/1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"


def running_time(n: int, long: bool) -> str:
    """'111 mins' or '1h 51m'."""
    return f"{n} mins" if long else hours(n)


def no_votes(n: int) -> str:
    return ""


def money(m: Money) -> str:
    """'$3,600,000', '£12,000,000'."""
    return money_symbol(m, ",")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Series {e.season}, Episode {e.number} · {running_time(e.minutes, long)} · {uk_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _showtimes(t: Title, c: Classes, rng: random.Random) -> str:
    """Showtimes with their own dates and prices in pounds: traps."""
    day = date(2026, 12, 9) + timedelta(days=rng.randint(0, 6))
    shows = sorted((rng.randint(12, 21), rng.choice(("00", "10", "30", "50")), pick(rng, VENUES)) for _ in range(3))
    rows = "".join(f'<li><b>{venue}</b> {uk_date(day, True)} <time>{h}:{m}</time></li>' for h, m, venue in shows)
    price = rng.choice(("14.50", "16.95", "19.50"))
    return f'<section class="{c("showtimes")}"><h2>Book Tickets</h2><ul>{rows}</ul><p>Standard £{price} · Members from £9.00 · Membership from £75 a year</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Language", pick(rng, ("English", "French with English subtitles", "Korean with English subtitles"))),
            ("Format", pick(rng, ("DCP", "35mm", "4K Restoration")))]


SITE = Site(NAME, "cz", CHROME, WORDS, uk_date, running_time, " per episode", no_votes, money,
            lambda n: f"{grouped(n)} members saved this", _episode, _showtimes, ("gridareas", "svgtitle", "lines"),
            frozenset({"tagline", "audience_summary", "user_rating_count", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.3, later="On Curzon Home Cinema from", extra_rows=_more, cta="Book Now", art="poster")


def fit(t: Title) -> Title:
    t = hide(rated(t, BBFC), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
