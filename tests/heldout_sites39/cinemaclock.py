# ruff: noqa: E501  (HTML templates read best on one line)
"""Cinemaclock (English, Canada): the Canadian showtimes site's film page. A poster; the <h1> (the
meta line '1995 · 14A · 1h51 · Drama' under it on some deploys); 'Synopsis'; a 'Showtimes'
button; the facts in Alpine.js rows, <tt> lines or a definition list: 'Director', 'Screenplay',
'Music', 'Producer', 'Cinematography' (traps), 'Genre', 'Country', 'Year', 'Running time: 1h51'
(or '111 min'; a series' 'per episode'), 'Rating' (the Ontario board's G/PG/14A/18A/R),
'Seasons', 'Release date: Oct 27, 1995' (or '1995-10-27') beside a later 'On DVD and digital' (a
trap), 'Distributor', 'Language', 'Formats'; 'Cast'; the trailer; a series' episodes; today's
showtimes with Canadian ticket prices (a trap); comments; 'Also playing'; a JSON-LD Movie on some
pages. '12,345 want to see it' is the only counter (no votes). No tagline, audience text,
budget, box office, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites39.common import (
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
)

NAME = "cinemaclock"
ONTARIO = ages("G", "PG", "14A", "18A", "R")
CHROME = Chrome(
    "en-CA",
    "Cinemaclock",
    ("Movies", "Theatres", "Showtimes", "Coming soon", "Streaming", "Festivals"),
    ("Cinemaclock uses cookies to remember your city and theatres.", "OK", "Manage"),
    ("About Cinemaclock", "Advertise", "Contact", "Privacy", "Terms", "Français"),
    "© 2026 Cinemaclock. Showtimes are subject to change; confirm with the theatre.",
    "__CINEMACLOCK__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenplay",
        "music": "Music",
        "producer": "Producer",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Distributor",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Synopsis",
        "details": "Movie info",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Moviegoer comments",
        "no_reviews": "Be the first to comment.",
        "rail": "Also playing",
    },
)


def ca_date(d: date, long: bool) -> str:
    """'Oct 27, 1995' or '1995-10-27'."""
    return f"{month(d, short=True)} {d.day}, {d.year}" if long else d.isoformat()


def runtime(n: int, long: bool) -> str:
    """'1h51' or '111 min' (an hour or less: '45 min' either way)."""
    big, small = divmod(n, 60)
    return f"{big}h{small:02d}" if long and big else f"{n} min"


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} E{e.number} · {runtime(e.minutes, long)} · aired {ca_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _showtimes(t: Title, c: Classes, rng: random.Random) -> str:
    where = pick(
        rng,
        ("Cineplex Yonge-Dundas", "Scotiabank Theatre Montréal", "Landmark Cinemas 8", "The Revue"),
    )
    return f'<aside class="{c("showtimes")}"><h2>Showtimes today</h2><p>{where}: 1:10 PM · 4:20 PM · 7:30 PM · 10:05 PM</p><p>Adult ${rng.randint(13, 16)}.99 · Senior ${rng.randint(9, 11)}.49 · Cheap Tuesday $8.99</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Language", pick(rng, ("English", "English, French subtitles", "Version française"))),
            ("Formats", pick(rng, ("Regular", "IMAX, Regular", "D-BOX, UltraAVX, Regular"))),
        ]
    )


SITE = Site(
    NAME,
    "cc",
    CHROME,
    WORDS,
    ca_date,
    runtime,
    " per episode",
    no_votes,
    no_money,
    lambda n: f"{grouped(n)} want to see it",
    _episode,
    _showtimes,
    ("alpine", "teletype", "dl"),
    frozenset(
        {
            "tagline",
            "audience_summary",
            "user_rating_count",
            "budget",
            "box_office",
            "imdb_id",
            "streaming",
        }
    ),
    ("director", "genre", "contentRating", "datePublished", "description"),
    0.35,
    later="On DVD and digital",
    extra_rows=_more,
    cta="Showtimes",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, ONTARIO), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
