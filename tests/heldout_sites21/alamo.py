# ruff: noqa: E501  (HTML templates read best on one line)
"""Alamo Drafthouse: a film's (or a series event's) page on the cinema chain's site (US
English). A poster; breadcrumbs (Films, the genre, the title); the <h1> (the meta line '1995 •
R • 1 hr 51 min • Horror' above or under it on some deploys); '1,234 Victory members want to see
this' (a trap; no votes); 'Synopsis'; the facts as an SVG card of <text> labels and values, <div
role="heading" aria-level="3"> labels over value divs, or label+value button chips: 'Director',
'Writers', 'Original Music', 'Producer' and 'Cinematographer' (traps), 'Genre', 'Country',
'Year', 'Runtime: 111 min' or '1 hr 51 min' (a series' 'per episode'), 'Rated' (MPA ratings for
films, TV guidelines for series), 'Release Date: October 27, 1995' (or '10/27/1995') beside a
later 'Now Showing' (a repertory run, a trap), 'Studio', 'Seasons', 'Format', 'Series' (the
Alamo programme); 'Cast'; the trailer; a series' episodes with their own lengths, dates and
directors; the showtimes at Alamo locations with their own dates and ticket prices, and the
menu's prices (traps); 'Fan Chatter'; 'Also Playing'; a JSON-LD Movie on some pages. No
tagline, audience text, votes, money, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date, timedelta

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

NAME = "alamo"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
FILM = ages("G", "PG", "PG-13", "R", "NC-17")
TV = ages("TV-G", "TV-PG", "TV-14", "TV-MA", "TV-MA")
CHROME = Chrome("en-US", "Alamo Drafthouse Cinema", ("Films", "Events", "Food & Drink", "Theaters", "Alamo Victory", "Gift Cards"),
                ("We use cookies to give you the best experience. No talking, no texting, no tracking you don't agree to.", "Accept", "Cookie Settings"),
                ("About Us", "Careers", "Accessibility", "Privacy Policy", "Terms of Use", "Contact Us"), "© 2026 Alamo Drafthouse Cinema, LLC", "__ALAMO__")
WORDS = Words(
    {"director": "Director", "writer": "Writers", "music": "Original Music", "producer": "Producer",
     "camera": "Cinematographer", "genre": "Genre", "country": "Country", "year": "Year",
     "runtime": "Runtime", "rating": "Rated", "seasons": "Seasons", "released": "Release Date",
     "studio": "Studio", "budget": "", "box_office": ""},
    {"about": "Synopsis", "details": "Film Details", "cast": "Cast", "trailer": "Trailer",
     "episodes": "Episodes", "reviews": "Fan Chatter", "no_reviews": "Nobody's talking yet. (Good.)",
     "rail": "Also Playing"})
SERIES = ("Terror Tuesday", "Weird Wednesday", "Big Screen Classics", "Fantastic Fest Presents", "Movie Party")
THEATERS = ("Brooklyn", "Lower Manhattan", "South Lamar", "Village", "Mission", "Crystal City")


def us_date(d: date, long: bool) -> str:
    """'October 27, 1995' or '10/27/1995'."""
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}" if long else f"{d.month:02d}/{d.day:02d}/{d.year}"


def runtime(n: int, long: bool) -> str:
    """'111 min' or '1 hr 51 min'."""
    return f"{n} min" if long else hours(n, " hr", " min")


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.season}.{e.number} • {runtime(e.minutes, long)} • {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _showtimes(t: Title, c: Classes, rng: random.Random) -> str:
    """The showtimes at two locations (their own dates and prices) and the menu: traps."""
    first = date(2026, 7, 1) + timedelta(days=rng.randint(0, 90))
    out = []
    for k, theater in enumerate(rng.sample(THEATERS, 2)):
        day = first + timedelta(days=k)
        times = " ".join(f"<button type=\"button\">{h}:{rng.choice(('00', '15', '30', '45'))} PM</button>" for h in sorted(rng.sample(range(1, 11), 2)))
        out.append(f"<li><h3>Alamo Drafthouse {theater}</h3><p>{DAYS[day.weekday()]}, {MONTHS[day.month - 1][:3]} {day.day}</p>{times}<p>Tickets from ${rng.choice(('14.50', '16.75', '18.25'))}</p></li>")
    menu = f"<p>Pair it with the Queso & Chips (${rng.choice(('11', '12', '13'))}) or a milkshake (${rng.choice(('9', '10'))}).</p>"
    return f'<section class="{c("showtimes")}"><h2>Get Tickets</h2><ul>{"".join(out)}</ul>{menu}</section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Format", pick(rng, ("Digital", "35mm", "70mm", "4K DCP"))), ("Series", pick(rng, SERIES))]


SITE = Site(NAME, "ad", CHROME, WORDS, us_date, runtime, " per episode", no_votes, no_money,
            lambda n: f"{grouped(n)} Victory members want to see this", _episode, _showtimes, ("svgtext", "ariaheading", "buttons"),
            frozenset({"tagline", "audience_summary", "user_rating_count", "budget", "box_office",
                       "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.4, meta_sep=" • ", later="Now Showing", extra_rows=_more, cta="Get Tickets", art="poster", crumbs="Films")


def fit(t: Title) -> Title:
    t = hide(rated(t, TV if t.kind == "show" else FILM), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
