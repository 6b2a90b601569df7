# ruff: noqa: E501  (HTML templates read best on one line)
"""Radio Times (English, United Kingdom): the Radio Times website's programme page for a film or a
series: the hero still, the <h1> (the meta line under it on some deploys), the 'Overview', a
'Set reminder' button; the programme's facts as Radio Times' programme facts ('rt-fact' lines),
its info grid table, or a definition list. Its words: 'Director', 'Writer', 'Composer',
'Producer', 'Cinematographer' (crew in other jobs: traps), 'Genre', 'Country', 'Year',
'Duration' ('1 hr 51 mins' or '111 mins'; a series' 'per episode'), 'Certificate' (BBFC
certificates), 'Series so far', 'Release date' ('27 October 1995' or '27/10/1995') beside a
later 'First shown on TV' (the television premiere: a trap), 'Production company', the guide's
own rows ('Channel', 'Next on' with a December 2026 date and a time, 'Watch until', 'Advice');
the cast; the trailer; a series' episodes with their own lengths, dates and directors; the
upcoming airings table (channels, dates, slot lengths), the 'Tonight on' grid and the add-on
pack's price ('Add Sky Cinema for £9.99 a month': no budget); viewers' comments; 'Also on
tonight' (other titles with their slots, channels, years, certificates and lengths); 'reader
ratings' counted beside 'Reminder set by 12,345 readers' (a counter, not the votes); a JSON-LD
Movie or TVSeries on some pages. No tagline, audience text, where-to-watch block, budget,
gross."""

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

NAME = "rtlistings"
BOARD = ages("U", "PG", "12", "15", "18")
CHANNEL_LIST = ("BBC Two", "BBC Four", "ITV1", "Channel 4", "Film4", "5")
CHANNELS["rt"] = CHANNEL_LIST
CHROME = Chrome(
    "en-GB",
    "Radio Times TV Guide",
    ("TV Guide", "Film", "TV", "Streaming", "Puzzles"),
    ("We use cookies to personalise your guide.", "Accept all", "Manage cookies"),
    ("About Radio Times", "Subscribe", "Privacy policy", "Cookies", "Contact"),
    "© 2026 Radio Times · Immediate Media",
    "__RT__",
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
        "seasons": "Series so far",
        "released": "Release date",
        "studio": "Production company",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Overview",
        "details": "Programme details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episode guide",
        "reviews": "Reader comments",
        "no_reviews": "No comments yet",
        "rail": "Also on tonight",
    },
)
GUIDE = ("Channel", "Next on", "Watch until", "Advice")


def running(n: int, long: bool) -> str:
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} mins"
    out = f"{big} hr"
    return out + (f" {small} mins" if small else "")


def votes(n: int) -> str:
    return f"{grouped(n)} reader rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"Reminder set by {grouped(n)} readers"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Series {e.season}, episode {e.number} · {running(e.minutes, long)} · first shown {uk_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _guide(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    return guide_rows(t, rng, GUIDE, CHANNEL_LIST, uk_date, True)


SITE = Site(
    NAME,
    "rt",
    CHROME,
    WORDS,
    uk_date,
    running,
    " per episode",
    votes,
    money_with({"GBP": "£", "USD": "US$", "EUR": "€"}),
    views,
    _episode,
    airings("Coming up", uk_date, CHANNEL_LIST, "Add Sky Cinema for £{price} a month", True),
    ("rt-facts", "rt-infogrid", "dl"),
    frozenset(["audience_summary", "box_office", "budget", "streaming", "tagline"]),
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
    later="First shown on TV",
    extra_rows=_guide,
    cta="Set reminder",
    crumbs="TV guide",
)


def fit(t: Title) -> Title:
    return hide(rated(t, BOARD), SITE.hidden)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this guide's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", f'<body class="{SITE.prefix}-{NAME}">', 1)
