# ruff: noqa: E501  (HTML templates read best on one line)
"""TVNZ (English, New Zealand): the TVNZ TV guide's page for a film or a series: the key art, the
<h1> (the meta line under it on some deploys), the 'About', a 'Watch on TVNZ+' button; the
facts as TVNZ's show details ('tvnz-detail' label and value), its facts list, or leaders. Its
words: 'Director', 'Writer', 'Score', 'Producer', 'Camera' (crew in other jobs: traps),
'Genre', 'Country', 'Year', 'Duration' ('1h 51m' or '111 mins'; a series' 'per episode'),
'Classification' (New Zealand classifications), 'Seasons', 'Release date' ('27 October 1995' or
'27/10/1995') beside a later 'TVNZ premiere' (the television premiere: a trap), 'Production
company', the guide's own rows ('Channel', 'Next on air' with a December 2026 date and a time,
'On TVNZ+ until', 'Warnings'); the cast; the trailer; a series' episodes with their own
lengths, dates and directors; the upcoming airings table (channels, dates, slot lengths), the
'Tonight on' grid and the add-on pack's price ('TVNZ+ ad-free for NZ$9.99 a month': no budget);
viewers' comments; 'Also on tonight' (other titles with their slots, channels, years,
certificates and lengths); '12,345 views on TVNZ+' (a counter; no votes); a JSON-LD Movie or
TVSeries on some pages. No tagline, audience text, where-to-watch block, budget, gross, votes."""

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
    uk_date,
)

NAME = "tvnzguide"
BOARD = ages("G", "PG", "M", "R16", "R18")
CHANNEL_LIST = ("TVNZ 1", "TVNZ 2", "DUKE", "TVNZ+")
CHANNELS["tvnz"] = CHANNEL_LIST
CHROME = Chrome(
    "en-NZ",
    "TVNZ TV Guide",
    ("TV Guide", "TVNZ+", "Shows", "Movies", "News"),
    ("We use cookies to personalise your guide.", "Accept all", "Manage cookies"),
    ("About TVNZ", "Careers", "Privacy", "Complaints", "Contact"),
    "© 2026 Television New Zealand",
    "__TVNZ__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Score",
        "producer": "Producer",
        "camera": "Camera",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Classification",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Production company",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "About",
        "details": "Show details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet",
        "rail": "Also on tonight",
    },
)
GUIDE = ("Channel", "Next on air", "On TVNZ+ until", "Warnings")


def running(n: int, long: bool) -> str:
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} mins"
    out = f"{big}h"
    return out + (f" {small}m" if small else "")


def votes(n: int) -> str:
    return f"{grouped(n)} vote" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} views on TVNZ+"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, episode {e.number} · {running(e.minutes, long)} · first aired {uk_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _guide(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    return guide_rows(t, rng, GUIDE, CHANNEL_LIST, uk_date, True)


SITE = Site(
    NAME,
    "tvnz",
    CHROME,
    WORDS,
    uk_date,
    running,
    " per episode",
    votes,
    money_with({"NZD": "NZ$", "USD": "US$", "EUR": "€"}),
    views,
    _episode,
    airings("When to watch", uk_date, CHANNEL_LIST, "TVNZ+ ad-free for NZ${price} a month", True),
    ("tvnz-details", "tvnz-facts", "leaders"),
    frozenset(
        ["audience_summary", "box_office", "budget", "streaming", "tagline", "user_rating_count"]
    ),
    ("director", "author", "genre", "contentRating", "datePublished", "numberOfSeasons"),
    0.4,
    later="TVNZ premiere",
    extra_rows=_guide,
    cta="Watch on TVNZ+",
    crumbs="TV guide",
)


def fit(t: Title) -> Title:
    return hide(rated(t, BOARD), SITE.hidden)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this guide's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", f'<body class="{SITE.prefix}-{NAME}">', 1)
