# ruff: noqa: E501  (HTML templates read best on one line)
"""PBS: a show or film page of the US public broadcaster's video site (pbs.org / the PBS App),
American English. A backdrop; the <h1> (the meta line '1995 | TV-14 | 1h 51m | Drama' under it,
in the hero's <header> on some deploys); '12,345 views' (a trap; no votes); 'About'; the facts
as value chips whose labels are role="tooltip" bubbles shown on hover or focus, as a table of
<div>s with ARIA roles (a row of column headers over a row of cells), or as label+value button
chips: 'Director', 'Writer', 'Composer', 'Executive Producer' and 'Director of Photography'
(traps), 'Genre', 'Country', 'Year', 'Duration: 1h 51m' or '111 min' (a series' 'per episode'),
'Rating' (the TV Parental Guidelines TV-G/TV-PG/TV-14/TV-MA), 'Premiere Date: Oct 27, 1995' (or
'10/27/1995') beside a later 'Available with PBS Passport' (a trap), 'Production Company',
'Seasons', 'Closed Captions', 'Audio Description'; 'Cast'; the trailer ('Preview'); a series'
episodes with their own lengths, dates and directors; the local station's broadcast slot and
the Passport donation (traps); viewer comments; 'You May Also Like'; a JSON-LD Movie on some
pages. No tagline, audience text, votes, money, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped, hours
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

NAME = "pbs"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
TV = ages("TV-G", "TV-PG", "TV-14", "TV-MA", "TV-MA")  # the TV Parental Guidelines
CHROME = Chrome("en-US", "PBS", ("Home", "Shows", "Live TV", "My List", "Passport", "Search"),
                ("PBS uses cookies to improve your experience and for analytics.", "Accept", "Cookie Settings"),
                ("About PBS", "Contact", "Terms of Use", "Privacy Policy", "Donate", "Shop PBS"), "© 2026 Public Broadcasting Service (PBS), all rights reserved.", "__PBS__")
WORDS = Words(
    {"director": "Director", "writer": "Writer", "music": "Composer", "producer": "Executive Producer",
     "camera": "Director of Photography", "genre": "Genre", "country": "Country", "year": "Year",
     "runtime": "Duration", "rating": "Rating", "seasons": "Seasons", "released": "Premiere Date",
     "studio": "Production Company", "budget": "", "box_office": ""},
    {"about": "About", "details": "Details", "cast": "Cast", "trailer": "Preview",
     "episodes": "Episodes", "reviews": "Viewer Comments", "no_reviews": "No comments yet.",
     "rail": "You May Also Like"})
STATIONS = ("WGBH", "WNET/THIRTEEN", "WETA", "KQED", "WTTW", "OPB", "KCTS 9")


def us_date(d: date, long: bool) -> str:
    """'Oct 27, 1995' or '10/27/1995'."""
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}" if long else f"{d.month:02d}/{d.day:02d}/{d.year}"


def duration(n: int, long: bool) -> str:
    """'1h 51m' or '111 min'."""
    return hours(n) if long else f"{n} min"


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Episode {e.number} | {duration(e.minutes, long)} | Aired {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _station(t: Title, c: Classes, rng: random.Random) -> str:
    """The local station's slot and what Passport asks: traps."""
    day = pick(rng, ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"))
    slot = f"{day}s at {rng.randint(8, 10)}:{rng.choice(('00', '30'))} p.m. ET on {pick(rng, STATIONS)}"
    return f'<aside class="{c("station")}"><h2>On Your Local Station</h2><p>{slot}</p><p>Get extended access with PBS Passport, a benefit for station members who give $5 a month or $60 a year.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Closed Captions", pick(rng, ("English", "English, Spanish"))),
            ("Audio Description", pick(rng, ("Available", "Not available")))]


SITE = Site(NAME, "pb", CHROME, WORDS, us_date, duration, " per episode", no_votes, no_money,
            lambda n: f"{grouped(n)} views", _episode, _station, ("tooltip", "ariagrid", "buttons"),
            frozenset({"tagline", "audience_summary", "user_rating_count", "budget", "box_office",
                       "imdb_id", "streaming"}),
            ("director", "actor", "genre", "contentRating", "datePublished", "numberOfSeasons", "description"),
            0.35, meta_sep=" | ", later="Available with PBS Passport", extra_rows=_more, cta="Watch Now")


def fit(t: Title) -> Title:
    t = hide(rated(t, TV), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
