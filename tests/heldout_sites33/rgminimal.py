# ruff: noqa: E501  (HTML templates read best on one line)
"""rgminimal: ReelGuide's minimal title page: the <h1> with an unlabelled meta line ('1995 · R ·
1h 51m · Drama') on some deploys, '(1,234 ratings)' beside '12,345 views', the synopsis under
'About', the facts as an exclusive accordion, web components or bold-label lines with few,
short labels: 'Director', 'Writer', 'Music', 'Producer' and 'Camera' (traps), 'Genre',
'Country', 'Year', 'Length: 1h 51m' or '111 min', 'Rated', 'Out: Oct 27, 1995' or '1995-10-27'
beside a later 'Back in cinemas' (a trap), 'Studio'; a newsletter dialog; JSON-LD on some pages.
No tagline, audience text, budget, box office or streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites33.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    hm,
    money_grouped,
    newsletter,
    no_characters,
    plain_rows,
    rated,
    render_site,
    short_date,
    votes,
)

NAME = "rgminimal"
CERTS = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Films", "Series", "Search"),
    ("Cookies help us run ReelGuide.", "Fine", "Options"),
    ("About", "Privacy", "Terms"),
    "© 2026 ReelGuide, Inc. Ratings and listings are refreshed hourly.",
    "__RG_MIN__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Music",
        "producer": "Producer",
        "camera": "Camera",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Length",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Out",
        "studio": "Studio",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "About",
        "details": "Facts",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments.",
        "rail": "Similar",
    },
)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>{e.season}.{e.number} — {hm(e.minutes, long)} — {short_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    return newsletter(c, rng)


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(())


SITE = Site(
    NAME,
    "rmn",
    CHROME,
    WORDS,
    short_date,
    hm,
    " / episode",
    votes,
    money_grouped,
    lambda n: f"{grouped(n)} views",
    _episode,
    _extra,
    ("exclusive", "slotted", "lines"),
    frozenset({"tagline", "audience_summary", "budget", "box_office", "streaming"}),
    (
        "director",
        "author",
        "genre",
        "contentRating",
        "datePublished",
        "numberOfSeasons",
        "description",
    ),
    0.3,
    later="Back in cinemas",
    extra_rows=_more,
    cta="",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
