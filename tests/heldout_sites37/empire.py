# ruff: noqa: E501  (HTML templates read best on one line)
"""Empire (English, UK): the film magazine's review page, its facts box under the verdict.
A poster; the <h1> (the meta line '1995 | 15 | 111 mins | Drama' under it on some deploys);
'1,234 user reviews' beside '12,345 readers' (a trap); 'Synopsis'; the facts in a sideways
spec sheet (labels over values), an outline (each label over a nested list of its values) or a
layout table: 'UK release date: 27 October 1995' (or '27/10/1995') beside a later 'Out on
Blu-ray' (a trap), 'Director', 'Screenwriters', 'Producers', 'Music', 'Cinematography' (traps),
'Genre', 'Country', 'Year', 'Running time: 111 mins' (or '1h 51m'; a series' 'an episode'),
'Certificate' (BBFC U/PG/12A/15/18), 'Seasons', 'Studio', 'Empire Rating' and 'Reviewed By'
(rows the record has no key for); 'Cast'; the trailer; a series' episodes; 'Subscribe to
Empire' with prices in pounds (traps); comments; 'More Reviews'; a JSON-LD Movie on some pages.
No tagline, audience text, IMDb link, streaming block, budget or box office."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites37.common import (
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
    votes_in,
)

NAME = "empire"
MARKS = ages("U", "PG", "12A", "15", "18")
CHROME = Chrome(
    "en-GB",
    "Empire",
    ("Movies", "TV", "Reviews", "Features", "Empire Podcast", "Magazine"),
    ("We use cookies to give you the best online experience.", "Accept all", "Cookie settings"),
    (
        "About Empire",
        "Contact us",
        "Terms and conditions",
        "Privacy policy",
        "Cookie policy",
        "Complaints",
    ),
    "© 2026 H. Bauer Publishing. Empire is a trademark.",
    "__EMPIRE_PROPS__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenwriters",
        "music": "Music",
        "producer": "Producers",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Certificate",
        "seasons": "Seasons",
        "released": "UK release date",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box Office",
    },
    {
        "about": "Synopsis",
        "details": "Film details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "More Reviews",
    },
)


def runtime(n: int, long: bool) -> str:
    """'111 mins' or '1h 51m'."""
    return f"{n} mins" if long else hm(n, True)


def votes(n: int) -> str:
    return votes_in("user review", n, paren=False)


def money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Series {e.season}, episode {e.number} | {runtime(e.minutes, long)} | {uk_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    price = pick(rng, ("£1", "£5", "£12.99"))
    return f'<aside class="{c("subs")}"><h2>Subscribe to Empire</h2><p>Get 3 issues for {price}, then £{rng.randint(18, 30)}.99 every 6 months</p><p>Plus free delivery to your door</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Empire Rating", pick(rng, ("3 stars", "4 stars", "5 stars"))),
            ("Reviewed By", pick(rng, ("Helen O'Hara", "Ian Freer", "Nick de Semlyen"))),
        ]
    )


SITE = Site(
    NAME,
    "em",
    CHROME,
    WORDS,
    uk_date,
    runtime,
    " an episode",
    votes,
    money,
    lambda n: f"{grouped(n)} readers",
    _episode,
    _extra,
    ("columns", "sublist", "layout"),
    frozenset({"box_office", "streaming", "audience_summary", "tagline", "imdb_id", "budget"}),
    ("director", "author", "actor", "genre", "contentRating", "description"),
    0.35,
    later="Out on Blu-ray",
    extra_rows=_more,
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MARKS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
