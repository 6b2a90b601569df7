# ruff: noqa: E501  (HTML templates read best on one line)
"""SBS On Demand (English, Australia): a film or series page of the Australian multicultural
broadcaster's free streaming service. A backdrop; the <h1> (the meta line '1995 · MA15+ · 1h 51m ·
Drama' under it on some deploys); no votes, '12,345 plays' (a trap); 'About'; the facts in open
disclosure widgets, schema.org PropertyValue items (name over value) or a definition list:
'Director', 'Writer', 'Composer', 'Producer' and 'Cinematographer' (traps), 'Genre', 'Country',
'Year', 'Duration: 1h 51m' (or '111m'; a series' 'per episode'), 'Classification' (the ACB's
G/PG/M/MA15+/R18+ as the site shows them), 'Released: 27 October 1995' (or '27/10/1995') beside a
later 'Available until' (a trap: the end of the streaming window), 'Production company',
'Language', 'Subtitles', 'Audio description'; 'Cast'; the trailer; a series' episodes with their
own lengths, dates and directors; the SBS On Demand ad-free note (no price) and a DVD from the SBS
Shop (a trap price); comments; 'You may also like'; a JSON-LD Movie on some pages. No tagline,
audience text, votes, budget, box office, IMDb link or streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites34.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    hm,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    uk_date,
)

NAME = "sbsondemand"
ACB = ages("G", "PG", "M", "MA15+", "R18+")
CHROME = Chrome(
    "en-AU",
    "SBS On Demand",
    ("Home", "TV Shows", "Movies", "Live TV", "Sport", "News", "My Favourites"),
    ("SBS uses cookies to improve your experience.", "OK", "Privacy settings"),
    ("About SBS", "Help centre", "Terms and conditions", "Privacy", "Contact us", "Accessibility"),
    "© 2026 Special Broadcasting Service",
    "__SBS_APP_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Classification",
        "seasons": "Seasons",
        "released": "Released",
        "studio": "Production company",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "About",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "You may also like",
    },
)


def duration(n: int, long: bool) -> str:
    return hm(n, long)


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season} Episode {e.number} · {duration(e.minutes, long)} · Aired {uk_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>SBS Shop</h2><p>Own it on DVD: A${rng.randint(19, 34)}.95 plus postage. Free to stream on SBS On Demand, with ads.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Language", pick(rng, ("English", "French", "Korean", "Spanish"))),
            ("Subtitles", pick(rng, ("English", "English (closed captions)", "None"))),
            ("Audio description", pick(rng, ("Available", "Not available"))),
        ]
    )


SITE = Site(
    NAME,
    "sbs",
    CHROME,
    WORDS,
    uk_date,
    duration,
    " per episode",
    no_votes,
    no_money,
    lambda n: f"{grouped(n)} plays",
    _episode,
    _shop,
    ("opened", "propvalue", "dl"),
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
    ("director", "author", "actor", "genre", "contentRating", "datePublished", "description"),
    0.35,
    later="Available until",
    extra_rows=_more,
    cta="Watch now",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, ACB), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
