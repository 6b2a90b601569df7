# ruff: noqa: E501  (HTML templates read best on one line)
"""Den of Geek (English, UK): the film or series hub page of the pop-culture site, its fact
panel above the latest articles. A backdrop; the <h1> (the meta line '1995 | 15 | 111 mins |
Drama' under it on some deploys); no votes, but '12,345 shares' (a trap); 'Overview'; the facts
in icon rows (the label only the icon's SVG title), data-field rows or tooltip labels:
'Director', 'Writers', 'Composer', 'Producer', 'Cinematography' (traps), 'Genre', 'Country',
'Year', 'Running time: 111 mins' (or '1h 51m'; a series' 'per episode'), 'Certificate' (the
BBFC's U/PG/12/15/18), 'Series', 'UK release: 27 October 1995' (or '27/10/1995') beside a
later 'On Blu-ray and DVD' (a trap), 'Studio', 'Language', 'Based on'; 'Cast'; the trailer; a
series' episodes; the print magazine's subscription in pounds (a trap); comments; 'Read
next'; a JSON-LD Movie on some pages. No tagline, audience text, budget, box office, IMDb
link or streaming block."""

from __future__ import annotations

import random

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
    hm,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    uk_date,
)

NAME = "denofgeek"
BBFC = ages("U", "PG", "12", "15", "18")
CHROME = Chrome(
    "en-GB",
    "Den of Geek",
    ("Movies", "TV", "Games", "Books", "Comics", "Culture", "Podcasts"),
    (
        "We value your privacy. We and our partners store and access information on your device.",
        "Accept",
        "More options",
    ),
    (
        "About Us",
        "Contact",
        "Write for Us",
        "Privacy Policy",
        "Cookie Policy",
        "Terms and Conditions",
    ),
    "© 2026 Den of Geek. All rights reserved.",
    "__DOG_PAGE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writers",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Certificate",
        "seasons": "Series",
        "released": "UK release",
        "studio": "Studio",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Overview",
        "details": "Key facts",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episode guide",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Read next",
    },
)


def running_time(n: int, long: bool) -> str:
    """'111 mins' or '1h 51m' ('45m' under the hour)."""
    return f"{n} mins" if long else hm(n, True)


def votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Series {e.season}, episode {e.number} · {running_time(e.minutes, long)} · first shown {uk_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _magazine(t: Title, c: Classes, rng: random.Random) -> str:
    price = pick(rng, ("£3.99", "£4.99", "£5.99"))
    return f'<aside class="{c("magazine")}"><h2>Den of Geek magazine</h2><p>Get 3 issues for {price}, then £{rng.randint(18, 29)}.99 a year.</p><p>Free delivery to your door.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Language", pick(rng, ("English", "English, French", "English, Spanish"))),
            ("Based on", pick(rng, ("an original story", "a novel", "a true story"))),
        ]
    )


SITE = Site(
    NAME,
    "dg",
    CHROME,
    WORDS,
    uk_date,
    running_time,
    " per episode",
    votes,
    no_money,
    lambda n: f"{grouped(n)} shares",
    _episode,
    _magazine,
    ("icons", "fields", "tooltips"),
    frozenset(
        {
            "tagline",
            "audience_summary",
            "budget",
            "box_office",
            "imdb_id",
            "streaming",
            "user_rating_count",
        }
    ),
    ("director", "actor", "genre", "contentRating", "datePublished", "description"),
    0.35,
    meta_sep=" | ",
    later="On Blu-ray and DVD",
    extra_rows=_more,
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BBFC), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
