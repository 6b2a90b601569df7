# ruff: noqa: E501  (HTML templates read best on one line)
"""Emirates ice (English, UK spelling): the airline's in-flight entertainment catalogue, a
film's page as the seat-back screen and the online 'ice' browser show it. A 16:9 backdrop;
the <h1> (the meta line '1995 · PG-13 · 1h 51m · Drama' under it on some deploys);
'Synopsis'; an 'Add to my playlist' button; the facts in focusable tiles, server-driven rows
or a table: 'Director', 'Writer', 'Music', 'Producer', 'Cinematography' (traps), 'Genre',
'Country', 'Year', 'Duration: 1h 51m' (or '111 mins'; a series' 'per episode'), 'Rating'
(G/PG/PG-13/R), 'Seasons', 'Release date: 27 October 1995' (or '27/10/1995') beside a later
'On board from' (a trap), 'Studio', 'Audio', 'Subtitles', 'Cabin'; 'Cast'; a series' episodes;
the Wi-Fi packages in US dollars (a trap); comments; 'More like this'; a JSON-LD Movie on some
pages. '12,345 plays on board this month' is the only counter (no votes). No tagline,
audience text, budget, box office, IMDb link, trailer or streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites40.common import (
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

NAME = "emirates"
MPA = ages("G", "PG", "PG-13", "R", None)
CHROME = Chrome(
    "en-GB",
    "Emirates ice",
    ("Movies", "TV", "Music", "Podcasts", "Games", "Live TV", "My playlist"),
    ("Emirates uses cookies to personalise your experience.", "Accept all", "Manage cookies"),
    ("About ice", "Help", "Accessibility", "Privacy policy", "Terms and conditions", "Contact"),
    "© 2026 The Emirates Group. All rights reserved.",
    "__ICE_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Music",
        "producer": "Producer",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Studio",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Synopsis",
        "details": "About this film",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes on board",
        "reviews": "What passengers say",
        "no_reviews": "No comments yet.",
        "rail": "More like this",
    },
)


def duration(n: int, long: bool) -> str:
    """'1h 51m' or '111 mins'."""
    return hm(n, True) if long else f"{n} mins"


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} E{e.number} · {duration(e.minutes, long)} · First aired {uk_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _wifi(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("wifi")}"><h2>Stay connected</h2><p>Wi-Fi Messaging free · Wi-Fi Plus US${pick(rng, ("9.99", "15.99"))} for the whole flight · Skywards members save {rng.randint(10, 25)}%</p><p>Live TV included on A380 flights.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            (
                "Audio",
                pick(rng, ("English, Arabic, French", "English, Hindi", "English, Mandarin")),
            ),
            ("Subtitles", pick(rng, ("English, Arabic", "Arabic, Spanish, Russian"))),
            ("Cabin", pick(rng, ("All cabins", "First and Business"))),
        ]
    )


SITE = Site(
    NAME,
    "ice",
    CHROME,
    WORDS,
    uk_date,
    duration,
    " per episode",
    no_votes,
    no_money,
    lambda n: f"{grouped(n)} plays on board this month",
    _episode,
    _wifi,
    ("focus", "sdui", "table"),
    frozenset(
        {
            "tagline",
            "audience_summary",
            "user_rating_count",
            "budget",
            "box_office",
            "imdb_id",
            "trailer_url",
            "streaming",
        }
    ),
    ("director", "genre", "contentRating", "datePublished", "description"),
    0.35,
    later="On board from",
    extra_rows=_more,
    cta="Add to my playlist",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
