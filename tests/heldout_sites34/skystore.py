# ruff: noqa: E501  (HTML templates read best on one line)
"""Sky Store (English, UK): a film or box-set page of Sky's buy-and-keep and rental store. A
backdrop; the <h1> (the meta line '1995 | 15 | 1h 51m | Drama' under it on some deploys); no
votes, '12,345 people bought this' (a trap); 'Synopsis'; the facts in schema.org PropertyValue
items (name over value), 'label: value' items whose label only a data-title attribute carries, or
bold-label lines: 'Director', 'Writer', 'Composer', 'Producer' and 'Cinematographer' (traps),
'Genre', 'Country', 'Year', 'Duration: 1h 51m' (or '111 mins'; a box set's 'per episode'),
'Certificate' (the BBFC's U/PG/12/15/18), 'Released: 27 October 1995' (or '27/10/1995') beside a
later 'On Sky Cinema from' (a trap), 'Studio', 'Format', 'Audio', 'Extras'; 'Starring'; the
trailer; a box set's episodes; Buy & Keep and rental prices (traps); comments; 'Customers also
bought'; a JSON-LD Movie on some pages. No tagline, audience text, votes, budget, box office,
IMDb link or streaming block."""

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

NAME = "skystore"
BBFC = ages("U", "PG", "12", "15", "18")
CHROME = Chrome(
    "en-GB",
    "Sky Store",
    ("Home", "Films", "TV Box Sets", "New releases", "Offers", "My Library"),
    ("Sky uses cookies and similar technologies.", "Accept all", "Settings"),
    ("Help", "Terms & Conditions", "Privacy & Cookies Notice", "Accessibility", "Sky.com"),
    "© 2026 Sky UK",
    "__SKYSTORE_STATE__",
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
        "rating": "Certificate",
        "seasons": "Series",
        "released": "Released",
        "studio": "Studio",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Synopsis",
        "details": "Film details",
        "cast": "Starring",
        "trailer": "Watch the trailer",
        "episodes": "Episodes",
        "reviews": "Customer comments",
        "no_reviews": "No comments yet.",
        "rail": "Customers also bought",
    },
)


def duration(n: int, long: bool) -> str:
    """'1h 51m', '2h' or '111 mins'."""
    return hm(n, True) if long and n >= 60 else f"{n} mins"


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Series {e.season} Episode {e.number} · {duration(e.minutes, long)} · First aired {uk_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _prices(t: Title, c: Classes, rng: random.Random) -> str:
    buy, rent = pick(rng, ("£9.99", "£11.99", "£13.99")), pick(rng, ("£3.99", "£4.99", "£5.99"))
    return f'<aside class="{c("prices")}"><h2>Buy &amp; Keep</h2><p>Buy &amp; Keep in HD {buy}, and we post you the DVD for £{rng.randint(1, 3)}.99 p&amp;p. Rent in HD {rent} for 48 hours.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Format", pick(rng, ("HD", "UHD", "HD, UHD"))),
            ("Audio", pick(rng, ("Stereo", "5.1 surround", "Dolby Atmos"))),
            ("Extras", pick(rng, ("Behind the scenes", "Deleted scenes", "None"))),
        ]
    )


SITE = Site(
    NAME,
    "sk",
    CHROME,
    WORDS,
    uk_date,
    duration,
    " per episode",
    no_votes,
    no_money,
    lambda n: f"{grouped(n)} people bought this",
    _episode,
    _prices,
    ("propvalue", "datatitle", "lines"),
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
    ("director", "actor", "genre", "contentRating", "datePublished", "numberOfSeasons"),
    0.3,
    meta_sep=" | ",
    later="On Sky Cinema from",
    extra_rows=_more,
    cta="Buy &amp; Keep",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BBFC), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.4 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
