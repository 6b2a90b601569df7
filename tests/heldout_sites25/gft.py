# ruff: noqa: E501  (HTML templates read best on one line)
"""GFT (Glasgow Film Theatre): a film page of the Scottish independent cinema (British English).
A poster; a breadcrumb trail ('What's On'); the <h1> (the meta line '1995 · 15 · 111 mins ·
Drama' under it, in the hero's <header> on some deploys); the score with '(1,234 audience
ratings)' beside '1,234 tickets booked' (a trap); 'About the film'; the facts as an old CMS's
<font> labels and <nobr> values ending in <br>, one list whose labels and values the stylesheet
flows into two columns (column-count), or a value-first table whose value cells name the label
cell after them (headers/id): 'Director', 'Screenwriter', 'Music', 'Producer' and
'Cinematography' (traps), 'Genre', 'Country', 'Year', 'Running time: 111 mins' or '1hr 51mins'
(a series' 'per episode'), 'Certificate' (the BBFC's U/PG/12A/15/18), 'Release date: 27 October
1995' (or '27.10.1995') beside a later 'At GFT from' (a trap), 'Distributor', 'Budget:
$3,600,000', 'Box office', 'Series', 'Language', 'Access'; 'Cast'; the trailer; a series'
episodes with their own lengths, dates and directors; screenings with their own dates and prices
in pounds (traps); comments; 'You may also like'; a JSON-LD Movie on some pages. No tagline,
audience text, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date, timedelta

from tests.heldout_sites2.kit import esc, grouped, money_symbol
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites25.common import (
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

NAME = "gft"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
BBFC = ages("U", "PG", "12A", "15", "18")
CHROME = Chrome("en-GB", "Glasgow Film Theatre", ("What's On", "Festivals", "Learning", "Membership", "Visit", "Search"),
                ("We use cookies on this website.", "Accept all", "Cookie settings"),
                ("About GFT", "Support us", "Hire GFT", "Accessibility", "Privacy"), "© 2026 Glasgow Film Theatre, Scottish charity SC005932", "__GFT__")
WORDS = Words(
    {"director": "Director", "writer": "Screenwriter", "music": "Music", "producer": "Producer",
     "camera": "Cinematography", "genre": "Genre", "country": "Country", "year": "Year",
     "runtime": "Running time", "rating": "Certificate", "seasons": "Series",
     "released": "Release date", "studio": "Distributor", "budget": "Budget", "box_office": "Box office"},
    {"about": "About the film", "details": "Film information", "cast": "Cast", "trailer": "Trailer",
     "episodes": "Episodes", "reviews": "Audience comments", "no_reviews": "No comments yet.",
     "rail": "You may also like"})


def uk_date(d: date, long: bool) -> str:
    """'27 October 1995' or '27.10.1995'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}.{d.month:02d}.{d.year}"


def running_time(n: int, long: bool) -> str:
    """'1hr 51mins', '2hrs' or '111 mins'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} mins"
    return f"{big}{'hr' if big == 1 else 'hrs'}" + (f" {small}mins" if small else "")


def ratings(n: int) -> str:
    """'(1,234 audience ratings)', '(1 audience rating)'."""
    return "(1 audience rating)" if n == 1 else f"({grouped(n)} audience ratings)"


def money(m: Money) -> str:
    """'$3,600,000', '€7,200,000'."""
    return money_symbol(m)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Series {e.season}, episode {e.number} · {running_time(e.minutes, long)} · {uk_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _screenings(t: Title, c: Classes, rng: random.Random) -> str:
    """Screenings days from now (not the release), as GFT's listings give them ('Tues 8 Dec
    7:30pm £11.50 / £9.50'), prices in pounds."""
    days = ("Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun")
    shows = sorted(date(2026, 12, 7) + timedelta(days=rng.randint(0, 9)) for _ in range(2))
    rows = "".join(f"<li>{days[d.weekday()]} {d.day} {MONTHS[d.month - 1][:3]} {hour}:{rng.choice(('00', '15', '30'))}pm · {screen} · £{full} / £{cheap}</li>"
                   for d, hour, screen, full, cheap in ((shows[0], rng.randint(1, 3), "Cinema 1", rng.choice(("11.50", "12.00")), "9.50"),
                                                        (shows[1], rng.randint(6, 8), "Cinema 3", rng.choice(("11.50", "12.00")), "9.00")))
    return f'<section class="{c("showtimes")}"><h2>Screenings</h2><ul>{rows}</ul><p>CEA card holders\' companions go free. Box office 0141 332 6535.</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Language", pick(rng, ("English", "Gaelic with English subtitles", "Italian with English subtitles"))),
            ("Access", pick(rng, ("Captioned screening available", "Audio description", "Relaxed screening")))]


SITE = Site(NAME, "gf", CHROME, WORDS, uk_date, running_time, " per episode", ratings, money,
            lambda n: f"{grouped(n)} tickets booked", _episode, _screenings, ("legacy", "columns", "headers"),
            frozenset({"tagline", "audience_summary", "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
            0.3, later="At GFT from", extra_rows=_more, cta="Book now", art="poster", crumbs="What's On")


def fit(t: Title) -> Title:
    t = hide(rated(t, BBFC), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
