# ruff: noqa: E501  (HTML templates read best on one line)
"""Sky (English, United Kingdom): the Sky TV guide's programme page for a film or a series: the
backdrop, the <h1> (the meta line under it on some deploys), the 'Synopsis', a 'Record' button;
the facts as Sky's EPG details rows ('sky-epg-details'), its synopsis meta lines (the label in
<em>), or a table. Its words: 'Director', 'Written by', 'Music by', 'Produced by',
'Cinematography by' (crew in other jobs: traps), 'Genre', 'Country', 'Year', 'Running time'
('1h 51m' or '111 mins'; a series' 'per episode'), 'Age rating' (BBFC certificates), 'Seasons',
'Cinema release' ('Fri 27 Oct 1995' or '27/10/1995') beside a later 'Sky premiere' (the
television premiere: a trap), 'Studio', budget and box office rows, the guide's own rows
('Channel', 'Next showing' with a December 2026 date and a time, 'Available on demand until',
'Guidance'); the cast; the trailer; a series' episodes with their own lengths, dates and
directors; the upcoming airings table (channels, dates, slot lengths), the 'Tonight on' grid
and the add-on pack's price ('Add Sky Cinema for £9.99 a month': no budget); viewers' comments;
'More on Sky tonight' (other titles with their slots, channels, years, certificates and
lengths); 'ratings' counted beside 'Added to 12,345 planners' (a counter, not the votes); a
JSON-LD Movie or TVSeries on some pages. No tagline, audience text, where-to-watch block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites55.common import (
    CHANNELS,
    Chrome,
    Site,
    Words,
    ages,
    airings,
    guide_rows,
    hide,
    money_with,
    rated,
    render_site,
    weekday_dmy,
)

NAME = "skyguide"
BOARD = ages("U", "PG", "12", "15", "18")
CHANNEL_LIST = (
    "Sky Cinema Premiere",
    "Sky Cinema Drama",
    "Sky Atlantic",
    "Sky Max",
    "Sky Arts",
    "Sky Cinema Greats",
)
CHANNELS["sky"] = CHANNEL_LIST
CHROME = Chrome(
    "en-GB",
    "Sky TV Guide",
    ("TV Guide", "Sky Cinema", "Sky Atlantic", "Sport", "Help"),
    ("We use cookies to personalise your guide.", "Accept all", "Manage cookies"),
    ("About Sky", "Accessibility", "Privacy & cookies", "Terms", "Contact us"),
    "© 2026 Sky UK",
    "__SKY__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Written by",
        "music": "Music by",
        "producer": "Produced by",
        "camera": "Cinematography by",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Age rating",
        "seasons": "Seasons",
        "released": "Cinema release",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Synopsis",
        "details": "Programme information",
        "cast": "Cast",
        "trailer": "Watch trailer",
        "episodes": "Episodes",
        "reviews": "Viewer reviews",
        "no_reviews": "No reviews yet",
        "rail": "More on Sky tonight",
    },
)
GUIDE = ("Channel", "Next showing", "Available on demand until", "Guidance")


def running(n: int, long: bool) -> str:
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} mins"
    out = f"{big}h"
    return out + (f" {small}m" if small else "")


def votes(n: int) -> str:
    return f"{grouped(n)} rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"Added to {grouped(n)} planners"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, episode {e.number} · {running(e.minutes, long)} · first shown {weekday_dmy(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _guide(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    return guide_rows(t, rng, GUIDE, CHANNEL_LIST, weekday_dmy, True)


SITE = Site(
    NAME,
    "sky",
    CHROME,
    WORDS,
    weekday_dmy,
    running,
    " per episode",
    votes,
    money_with({"GBP": "£", "USD": "US$", "EUR": "€"}),
    views,
    _episode,
    airings(
        "Next showings", weekday_dmy, CHANNEL_LIST, "Add Sky Cinema for £{price} a month", True
    ),
    ("sky-epg", "sky-meta", "table"),
    frozenset(["audience_summary", "streaming", "tagline"]),
    (
        "director",
        "author",
        "genre",
        "contentRating",
        "datePublished",
        "numberOfSeasons",
        "aggregateRating",
    ),
    0.4,
    later="Sky premiere",
    extra_rows=_guide,
    cta="Record",
    crumbs="TV guide",
)


def fit(t: Title) -> Title:
    return hide(rated(t, BOARD), SITE.hidden)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this guide's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", f'<body class="{SITE.prefix}-{NAME}">', 1)
