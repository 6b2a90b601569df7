# ruff: noqa: E501  (HTML templates read best on one line)
"""rgmobile: ReelGuide's mobile-first title page (the app-shell web build): a poster, the <h1> and
meta line on some deploys, '(1,234 ratings)' beside '12,345 saves', 'Story', the facts in an
exclusive accordion (collapsible sections), web components or a display:contents grid:
'Director', 'Writer', 'Score', 'Executive producer' and 'Camera' (traps), 'Genre', 'Country',
'Year', 'Length: 1h 51m' or '111 min', 'Age rating', 'Premiered: October 27, 1995' or
'10/27/1995' beside a later 'In cinemas again' (a trap), 'Made by', 'Budget', 'Box office'
('USD 3,600,000'), 'Subtitles'; a share bottom sheet with the app's store rating (a trap), a
newsletter dialog; JSON-LD on some pages. No tagline, audience text or streaming block."""

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
    money_code,
    newsletter,
    no_characters,
    plain_rows,
    rated,
    render_site,
    us_date,
    votes,
)

NAME = "rgmobile"
CERTS = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Home", "Search", "Lists", "Profile"),
    ("ReelGuide uses cookies.", "OK", "Choices"),
    ("About ReelGuide", "Careers", "Help Center", "Privacy", "Terms", "Accessibility"),
    "© 2026 ReelGuide, Inc. Ratings and listings are refreshed hourly.",
    "__RG_APP__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Score",
        "producer": "Executive producer",
        "camera": "Camera",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Length",
        "rating": "Age rating",
        "seasons": "Seasons",
        "released": "Premiered",
        "studio": "Made by",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Story",
        "details": "More info",
        "cast": "Cast",
        "trailer": "Watch trailer",
        "episodes": "Episodes",
        "reviews": "Reviews",
        "no_reviews": "Nothing here yet.",
        "rail": "You may also like",
    },
)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>E{e.number} · {hm(e.minutes, long)} · {us_date(e.aired, long)}</p><p>Dir. {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    return (
        f'<div class="{c("sheet")}" role="dialog" aria-modal="true" aria-label="Share" hidden><h2>Share</h2><ul><li>Copy link</li><li>Messages</li></ul><p>Get the ReelGuide app: 4.8 stars from {grouped(rng.randint(20000, 400000))} reviews</p></div>'
        + newsletter(c, rng)
    )


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("Subtitles", "English, Spanish")])


SITE = Site(
    NAME,
    "rgm",
    CHROME,
    WORDS,
    us_date,
    hm,
    " / ep",
    votes,
    money_code,
    lambda n: f"{grouped(n)} saves",
    _episode,
    _extra,
    ("exclusive", "slotted", "contents"),
    frozenset({"tagline", "audience_summary", "streaming"}),
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
    later="In cinemas again",
    extra_rows=_more,
    cta="Save",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
