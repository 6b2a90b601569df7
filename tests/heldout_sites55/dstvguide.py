# ruff: noqa: E501  (HTML templates read best on one line)
"""DStv (English, South Africa): the DStv TV guide's event page for a film or a series: the
backdrop, the <h1> (the meta line under it on some deploys), the 'Synopsis', a 'Remind me'
button; the facts as DStv's event info items (label over value), its metadata pairs (the label
an <abbr>), or stat tiles. Its words: 'Director', 'Writer', 'Music', 'Producer', 'Director of
photography' (crew in other jobs: traps), 'Genre', 'Country', 'Year', 'Duration' ('1h 51m' or
'111 min'; a series' 'per episode'), 'Age restriction' (Film and Publication Board ages),
'Seasons', 'Release date' ('27 October 1995' or '1995/10/27') beside a later 'DStv premiere'
(the television premiere: a trap), 'Studio', budget and box office rows, the guide's own rows
('Channel', 'Next showing' with a December 2026 date and a time, 'On Catch Up until',
'Advisory'); the cast; the trailer; a series' episodes with their own lengths, dates and
directors; the upcoming airings table (channels, dates, slot lengths), the 'Tonight on' grid
and the add-on pack's price ('Add the Box Office rental for R9.99': no budget); viewers'
comments; 'Also showing tonight' (other titles with their slots, channels, years, certificates
and lengths); 'votes' counted beside '12,345 viewers set a reminder' (a counter, not the
votes); a JSON-LD Movie or TVSeries on some pages. No tagline, audience text, where-to-watch
block."""

from __future__ import annotations

import random
from datetime import date

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
    month,
    rated,
    render_site,
)

NAME = "dstvguide"
BOARD = ages("A", "PG", "13", "16", "18")
CHANNEL_LIST = ("M-Net", "M-Net Movies Premiere", "M-Net Movies Action", "1Magic", "BBC Brit")
CHANNELS["dstv"] = CHANNEL_LIST
CHROME = Chrome(
    "en-ZA",
    "DStv TV Guide",
    ("TV Guide", "Channels", "Catch Up", "Packages", "Self Service"),
    ("We use cookies to personalise your guide.", "Accept all", "Manage cookies"),
    ("About DStv", "Packages", "Terms & Conditions", "Privacy", "Contact us"),
    "© 2026 MultiChoice",
    "__DSTV__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Music",
        "producer": "Producer",
        "camera": "Director of photography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Age restriction",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Synopsis",
        "details": "Event info",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Viewer comments",
        "no_reviews": "No comments yet",
        "rail": "Also showing tonight",
    },
)
GUIDE = ("Channel", "Next showing", "On Catch Up until", "Advisory")


def za_date(d: date, long: bool) -> str:
    """'27 October 1995' or '1995/10/27', as South African pages write dates."""
    return f"{d.day} {month(d)} {d.year}" if long else f"{d.year}/{d.month:02d}/{d.day:02d}"


def running(n: int, long: bool) -> str:
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min"
    out = f"{big}h"
    return out + (f" {small}m" if small else "")


def votes(n: int) -> str:
    return f"{grouped(n)} vote" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} viewers set a reminder"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, episode {e.number} · {running(e.minutes, long)} · first aired {za_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _guide(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    return guide_rows(t, rng, GUIDE, CHANNEL_LIST, za_date, False)


SITE = Site(
    NAME,
    "dstv",
    CHROME,
    WORDS,
    za_date,
    running,
    " per episode",
    votes,
    money_with({"ZAR": "ZAR ", "USD": "US$", "EUR": "€"}),
    views,
    _episode,
    airings(
        "Upcoming showings", za_date, CHANNEL_LIST, "Add the Box Office rental for R{price}", False
    ),
    ("dstv-event", "dstv-metadata", "stats"),
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
    later="DStv premiere",
    extra_rows=_guide,
    cta="Remind me",
    crumbs="TV guide",
)


def fit(t: Title) -> Title:
    return hide(rated(t, BOARD), SITE.hidden)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this guide's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", f'<body class="{SITE.prefix}-{NAME}">', 1)
