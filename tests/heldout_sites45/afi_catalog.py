# ruff: noqa: E501  (HTML templates read best on one line)
"""The AFI Catalog (English, US): the American Film Institute's catalog entry for a title, a
scholarly record with its own field names. A poster; the <h1> (the meta line '1995 · 111 ·
Drama' under it on some deploys); 'Summary'; a 'Save to My AFI' button; the entry's facts as
value-list definitions (this set's), bold-label table rows (this set's) or a definition list (an
earlier set's): 'Director', 'Writer', 'Producer', 'Music', 'Photography' (traps), 'Genre',
'Country', 'Year', 'Duration(in mins): 111' (a bare number under a label that names the unit),
'Seasons', 'Release Date: Oct 27, 1995' (or '10/27/1995') beside a later 'Copyright Date' (a
trap), 'Production Company', 'Language' and 'Physical Properties' (rows the record has no key
for); 'IMDb'; 'Cast'; the trailer; a series' episodes; membership prices (a trap); notes;
'Related Titles'; a JSON-LD Movie on some pages. No vote count: '12,345 page views' is a
counter (a trap). No tagline, audience text, rating, money or streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites45.common import (
    Chrome,
    Classes,
    Site,
    Words,
    dollars,
    fit_rng,
    hide,
    no_characters,
    pick,
    plain_rows,
    render_site,
    short_date,
)

NAME = "afi_catalog"
CHROME = Chrome(
    "en-US",
    "AFI Catalog",
    ("Search", "Browse", "About the Catalog", "Support AFI", "Log In"),
    ("AFI uses cookies to improve your experience.", "Accept", "Learn More"),
    ("American Film Institute", "AFI Conservatory", "Privacy Policy", "Terms of Use", "Contact"),
    "© 2026 American Film Institute. All Rights Reserved.",
    "__AFI_CATALOG__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Music",
        "producer": "Producer",
        "camera": "Photography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Duration(in mins)",
        "rating": "",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Production Company",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Summary",
        "details": "Film Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Notes",
        "no_reviews": "No notes yet.",
        "rail": "Related Titles",
    },
)


def minutes(n: int, long: bool) -> str:
    """The catalog's bare count under 'Duration(in mins)': '111'."""
    return str(n)


def views(n: int) -> str:
    return f"{grouped(n)} page views"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Episode {e.number} · {e.minutes} mins · {short_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _join(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Support the AFI Catalog</h2><p>Become an AFI Member from ${pick(rng, ("50", "60"))}/year · Patron ${pick(rng, ("250", "500"))}/year</p></aside>'


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Language", pick(rng, ("English", "English, French", "English, Spanish"))),
            (
                "Physical Properties",
                pick(rng, ("Sd: Dolby Digital; Color", "Sd: DTS; Color", "Sd: SDDS; Color")),
            ),
        ]
    )


SITE = Site(
    NAME,
    "afi",
    CHROME,
    WORDS,
    short_date,
    minutes,
    "",
    lambda n: f"{grouped(n)} ratings",
    dollars,
    views,
    _episode,
    _join,
    ("ddlist", "tdstrong", "dl"),
    frozenset(
        {
            "tagline",
            "audience_summary",
            "user_rating_count",
            "content_rating",
            "budget",
            "box_office",
            "streaming",
        }
    ),
    ("director", "author", "genre", "datePublished"),
    0.4,
    later="Copyright Date",
    extra_rows=_more,
    cta="Save to My AFI",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(t, SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The catalog entry: the shared skeleton in the AFI Catalog's words and blocks."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="afi-catalog">', 1)
