# ruff: noqa: E501  (HTML templates read best on one line)
"""ARROW (English, UK; Arrow Films' cult-cinema streaming service, Arrow Player): a film page. A
16:9 backdrop; the <h1> (the meta line '1995 · 18 · 1h 51m · Horror' under it on some deploys);
'12,345 added to watchlists' is the only counter (no votes); 'Synopsis'; a 'Start your free
trial' button; the facts in <tt> lines, data-e2e rows or grouped definition lists: 'Director',
'Screenplay', 'Music', 'Producer', 'Cinematographer' (traps), 'Genre', 'Country', 'Year',
'Running time: 111 mins' (or '1h 51m'; a series' 'per episode'), 'Certificate' (the BBFC's
U/PG/12A/15/18), 'Seasons', 'Release date: 27 October 1995' (or '27/10/1995') beside a later
'Added to ARROW' (a trap), 'Studio', 'Language', 'Collection', 'Restoration'; 'Cast'; the
trailer; a series' episodes; the subscription and the Blu-ray in pounds (a trap); comments;
'More from the vaults'; a JSON-LD Movie on some pages. No tagline, audience text, budget, box
office, IMDb link or streaming block."""

from __future__ import annotations

import random

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
    hm,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    uk_date,
)

NAME = "arrowplayer"
BBFC = ages("U", "PG", "12A", "15", "18")
CHROME = Chrome(
    "en-GB",
    "ARROW",
    ("Browse", "Collections", "New", "Arrow Video", "Arrow Academy", "Shop", "Sign in"),
    ("ARROW uses cookies to keep you signed in and to measure traffic.", "Accept", "Reject"),
    ("About ARROW", "Devices", "Help", "Privacy", "Terms", "Arrow Films Shop"),
    "© 2026 Arrow Films. All rights reserved.",
    "__ARROW_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenplay",
        "music": "Music",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Certificate",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Studio",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Synopsis",
        "details": "Film facts",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "From the community",
        "no_reviews": "No comments yet.",
        "rail": "More from the vaults",
    },
)


def running_time(n: int, long: bool) -> str:
    """'111 mins' or '1h 51m'."""
    return f"{n} mins" if long else hm(n, True)


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season} · Episode {e.number} · {running_time(e.minutes, long)} · {uk_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _subscribe(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("subscribe")}"><h2>Subscribe</h2><p>£4.99 a month or £49.99 a year, after a {pick(rng, ("7", "14", "30"))}-day free trial.</p><p>Own it on Blu-ray from £{pick(rng, ("14.99", "19.99", "24.99"))} at the Arrow Films shop.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            (
                "Language",
                pick(
                    rng,
                    (
                        "English",
                        "Italian with English subtitles",
                        "Japanese with English subtitles",
                    ),
                ),
            ),
            (
                "Collection",
                pick(rng, ("Giallo", "Cult Classics", "Hong Kong Action", "Folk Horror")),
            ),
            ("Restoration", pick(rng, ("New 4K restoration", "2K restoration", "HD master"))),
        ]
    )


SITE = Site(
    NAME,
    "arw",
    CHROME,
    WORDS,
    uk_date,
    running_time,
    " per episode",
    no_votes,
    no_money,
    lambda n: f"{grouped(n)} added to watchlists",
    _episode,
    _subscribe,
    ("teletype", "e2e", "groups"),
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
    ("director", "author", "genre", "contentRating", "datePublished"),
    0.35,
    later="Added to ARROW",
    extra_rows=_more,
    cta="Start your free trial",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BBFC), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
