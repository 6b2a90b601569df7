# ruff: noqa: E501  (HTML templates read best on one line)
"""Flixster (English, US): the movie page of the showtimes-and-ratings site (as it looked once
Rotten Tomatoes had taken its reviews over). A poster; the <h1> (the meta line '1995 - R - 111
min - Drama' under it on some deploys); the audience score with '1,234 Ratings' beside '12,345
Want to See' (a trap); 'Movie Info'; the facts in a layout table, icon rows (the label only the
icon's SVG title) or bold-label lines: 'Directed By', 'Written By', 'Music By', 'Produced By',
'Cinematography' (traps), 'Genre', 'Rating' (the MPA's G/PG/PG-13/R/NC-17), 'Runtime: 111
minutes' (or '1 hr. 51 min.'; a series' 'per episode'), 'In Theaters: Oct 27, 1995' (or
'10/27/1995') beside a later 'On DVD' (a trap), 'Studio', 'Sound Mix', 'Aspect Ratio';
'Cast'; the trailer; a series' episodes; showtimes with ticket prices in dollars (traps);
'Fan Reviews'; 'Movies You Might Like'; a JSON-LD Movie on some pages. No tagline, audience
text, country, budget, box office, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites36.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    month,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    votes_in,
)

NAME = "flixster"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "Flixster",
    ("Movies", "Theaters", "Showtimes", "Coming Soon", "DVD", "Top Box Office", "My Movies"),
    ("Flixster uses cookies to improve your experience.", "OK", "Privacy Choices"),
    (
        "About Flixster",
        "Help",
        "Advertise",
        "Terms of Use",
        "Privacy Policy",
        "Your Privacy Choices",
    ),
    "© 2026 Flixster, Inc. All rights reserved.",
    "__FLX_STATE__",
)
WORDS = Words(
    {
        "director": "Directed By",
        "writer": "Written By",
        "music": "Music By",
        "producer": "Produced By",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "In Theaters",
        "studio": "Studio",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Movie Info",
        "details": "Movie Details",
        "cast": "Cast",
        "trailer": "Trailers &amp; Clips",
        "episodes": "Episodes",
        "reviews": "Fan Reviews",
        "no_reviews": "Be the first to review this movie.",
        "rail": "Movies You Might Like",
    },
)


def flx_date(d: date, long: bool) -> str:
    """'Oct 27, 1995' or '10/27/1995'."""
    return f"{month(d, True)} {d.day}, {d.year}" if long else f"{d.month:02d}/{d.day:02d}/{d.year}"


def runtime(n: int, long: bool) -> str:
    """'111 minutes' or '1 hr. 51 min.' ('45 min.' under the hour)."""
    if long:
        return f"{n} minutes" if n != 1 else "1 minute"
    big, small = divmod(n, 60)
    parts = ([f"{big} hr."] if big else []) + ([f"{small} min."] if small or not big else [])
    return " ".join(parts)


def votes(n: int) -> str:
    return votes_in("Rating", n, paren=False)


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Episode {e.number} · {runtime(e.minutes, long)} · Aired {flx_date(e.aired, long)}</p><p>Directed By: {esc(e.director)}</p>"


def _showtimes(t: Title, c: Classes, rng: random.Random) -> str:
    adult, child = pick(rng, ("$12.50", "$13.75", "$15.25")), pick(rng, ("$9.50", "$10.25"))
    hours = ", ".join(
        pick(rng, (x, y))
        for x, y in (("11:40am", "12:10pm"), ("3:15pm", "4:00pm"), ("7:30pm", "9:55pm"))
    )
    return f'<aside class="{c("showtimes")}"><h2>Showtimes &amp; Tickets</h2><p>AMC Metreon 16 · {hours}</p><p>Adult {adult} · Child {child} · Convenience fee $1.89 per ticket</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Sound Mix", pick(rng, ("Dolby Digital", "DTS, Dolby Atmos", "Stereo"))),
            ("Aspect Ratio", pick(rng, ("Scope (2.35:1)", "Flat (1.85:1)", "1.33:1"))),
        ]
    )


SITE = Site(
    NAME,
    "fx",
    CHROME,
    WORDS,
    flx_date,
    runtime,
    " per episode",
    votes,
    no_money,
    lambda n: f"{grouped(n)} Want to See",
    _episode,
    _showtimes,
    ("layout", "icons", "lines"),
    frozenset(
        {"tagline", "audience_summary", "countries", "budget", "box_office", "imdb_id", "streaming"}
    ),
    ("director", "actor", "genre", "contentRating", "datePublished", "description"),
    0.4,
    meta_sep=" - ",
    later="On DVD",
    extra_rows=_more,
    cta="Get Tickets",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
