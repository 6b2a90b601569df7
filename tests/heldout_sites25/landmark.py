# ruff: noqa: E501  (HTML templates read best on one line)
"""Landmark Theatres: a film page of the US art-house cinema chain (American English). A poster;
a breadcrumb trail ('Films'); the <h1> (the meta line '1995 | R | 1 hr. 51 min. | Drama' under
it, in the hero's <header> on some deploys); '1,234 tickets sold this week' (a trap; no votes);
'Synopsis'; the facts as <div>s laid out as a table by the stylesheet alone, values placed beside
the labels that follow them by CSS anchors, or 'Label ........ value' leader lines: 'Director',
'Writer', 'Original Score', 'Producer' and 'Director of Photography' (traps), 'Genre', 'Country',
'Year', 'Runtime: 1 hr. 51 min.' or '111 min.' (a series' 'per episode'), 'Rated' (the MPA's
G/PG/PG-13/R/NC-17), 'Release Date: October 27, 1995' (or '10/27/1995') beside a later 'Now
Playing at Landmark' (a trap), 'Studio', 'Seasons', 'Language', 'Format'; 'Cast'; the trailer;
a series' episodes with their own lengths, dates and directors; showtimes at Landmark theatres
priced in dollars, with the Landmark Film Club's price (traps); comments; 'Also Playing'; a
JSON-LD Movie on some pages. No tagline, audience text, votes, money, IMDb link or streaming
block."""

from __future__ import annotations

import random
from datetime import date, timedelta

from tests.heldout_sites2.kit import esc, grouped
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

NAME = "landmark"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome("en-US", "Landmark Theatres", ("Films", "Theatres", "Events", "Gift Cards", "Film Club", "Search"),
                ("We use cookies to improve your experience.", "Accept", "Cookie Settings"),
                ("About Landmark", "Careers", "Private Events", "Terms of Use", "Privacy Policy"), "© 2026 Landmark Theatres", "__LANDMARK__")
WORDS = Words(
    {"director": "Director", "writer": "Writer", "music": "Original Score", "producer": "Producer",
     "camera": "Director of Photography", "genre": "Genre", "country": "Country", "year": "Year",
     "runtime": "Runtime", "rating": "Rated", "seasons": "Seasons",
     "released": "Release Date", "studio": "Studio", "budget": "", "box_office": ""},
    {"about": "Synopsis", "details": "Film Details", "cast": "Cast", "trailer": "Trailer",
     "episodes": "Episodes", "reviews": "Comments", "no_reviews": "No comments yet.",
     "rail": "Also Playing"})


def us_date(d: date, long: bool) -> str:
    """'October 27, 1995' or '10/27/1995'."""
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}" if long else f"{d.month:02d}/{d.day:02d}/{d.year}"


def runtime(n: int, long: bool) -> str:
    """'1 hr. 51 min.', '2 hr.' or '111 min.'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min."
    return f"{big} hr." + (f" {small} min." if small else "")


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Episode {e.number} | {runtime(e.minutes, long)} | {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _showtimes(t: Title, c: Classes, rng: random.Random) -> str:
    """Showtimes days from now (not the release), prices in dollars."""
    day = date(2026, 12, 7) + timedelta(days=rng.randint(0, 6))
    rows = "".join(f"<li>{theatre}: {MONTHS[day.month - 1][:3]} {day.day}, {hour}:{rng.choice(('00', '20', '45'))} PM · ${price}.50</li>"
                   for theatre, hour, price in (("Landmark Sunshine Cinema", rng.randint(1, 4), rng.choice((16, 18))),
                                                ("Landmark E Street Cinema", rng.randint(6, 9), rng.choice((15, 17)))))
    return f'<section class="{c("showtimes")}"><h2>Showtimes</h2><ul>{rows}</ul><p>Film Club members: $10 tickets every Tuesday.</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Language", pick(rng, ("English", "French with English subtitles", "Korean with English subtitles"))),
            ("Format", pick(rng, ("DCP", "35mm", "DCP, Open Captions")))]


SITE = Site(NAME, "lm", CHROME, WORDS, us_date, runtime, " per episode", no_votes, no_money,
            lambda n: f"{grouped(n)} tickets sold this week", _episode, _showtimes, ("celltable", "anchor", "leaders"),
            frozenset({"tagline", "audience_summary", "user_rating_count", "budget", "box_office",
                       "imdb_id", "streaming"}),
            ("director", "author", "actor", "genre", "contentRating", "datePublished", "numberOfSeasons", "description"),
            0.35, meta_sep=" | ", later="Now Playing at Landmark", extra_rows=_more, cta="Get Tickets",
            art="poster", crumbs="Films")


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
