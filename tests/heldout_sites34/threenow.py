# ruff: noqa: E501  (HTML templates read best on one line)
"""ThreeNow (English, New Zealand): a film or show page of the New Zealand broadcaster Three's free
streaming service. A backdrop; the <h1> (the meta line '1995 · M · 1hr 51min · Drama' under it on
some deploys); no votes, '12,345 streams this week' (a trap); 'About'; the facts in 'label: value'
items whose label only a data-title attribute carries, open disclosure widgets or a wiki-style
infobox: 'Director', 'Writer', 'Composer', 'Producer' and 'Cinematographer' (traps), 'Genre',
'Country', 'Year', 'Running time: 1hr 51min' (or '111min'; a show's 'per episode'), 'Rating' (New
Zealand's G/PG/M/16/18), 'Premiered: 27 October 1995' (or '27/10/1995') beside a later 'On
ThreeNow until' (a trap), 'Production company', 'Captions', 'Channel'; 'Cast'; the trailer; a
show's episodes with their own lengths, dates and directors; a Sky Box Office price in NZ
dollars (a trap); comments; 'You might like'; a JSON-LD Movie on some pages. No tagline,
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

NAME = "threenow"
NZ = ages("G", "PG", "M", "16", "18")
CHROME = Chrome(
    "en-NZ",
    "ThreeNow",
    ("Home", "Shows", "Movies", "Live TV", "News", "Categories", "My Shows"),
    ("We use cookies to make ThreeNow work.", "Accept", "Preferences"),
    ("About", "Help", "Terms & Conditions", "Privacy", "Complaints", "Contact"),
    "© 2026 Warner Bros. Discovery New Zealand",
    "__THREENOW_STATE__",
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
        "runtime": "Running time",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Premiered",
        "studio": "Production company",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "About",
        "details": "Info",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "You might like",
    },
)


def runtime(n: int, long: bool) -> str:
    """'1hr 51min', '2hr' or '111min'."""
    return hm(n, long, "hr", "min")


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Ep {e.number} · {runtime(e.minutes, long)} · {uk_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _boxoffice(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("rent")}"><h2>Rent the latest films</h2><p>New releases on Sky Box Office from NZ${pick(rng, ("6.99", "7.99", "8.99"))}. ThreeNow is free to watch, with ads.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Captions", pick(rng, ("Available", "Not available"))),
            ("Channel", pick(rng, ("Three", "Bravo", "Eden", "Rush"))),
        ]
    )


SITE = Site(
    NAME,
    "tn",
    CHROME,
    WORDS,
    uk_date,
    runtime,
    " per episode",
    no_votes,
    no_money,
    lambda n: f"{grouped(n)} streams this week",
    _episode,
    _boxoffice,
    ("datatitle", "opened", "portable"),
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
    later="On ThreeNow until",
    extra_rows=_more,
    cta="Watch now",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, NZ), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
