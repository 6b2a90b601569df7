# ruff: noqa: E501  (HTML templates read best on one line)
"""TV Tonight (English, Australia): TV Tonight's guide page for a film or a series on Australian
television: the still, the <h1> (the meta line under it on some deploys), the 'Synopsis', a
'Remind me' button; the facts as TV Tonight's show info lines ('tvt-showinfo__line'), its specs
table, or dot leaders. Its words: 'Director', 'Writer', 'Music', 'Producer', 'Cinematography'
(crew in other jobs: traps), 'Genre', 'Country', 'Year', 'Running time' ('1h 51m' or '111
mins'; a series' 'per episode'), 'Classification' (Australian classifications), 'Seasons',
'Released' ('27 Oct 1995' or '27/10/1995') beside a later 'Free-to-air premiere' (the
television premiere: a trap), 'Production', the guide's own rows ('Network', 'Next screening'
with a December 2026 date and a time, 'On catch-up until', 'Consumer advice'); the cast; the
trailer; a series' episodes with their own lengths, dates and directors; the upcoming airings
table (channels, dates, slot lengths), the 'Tonight on' grid and the add-on pack's price
('Stream it on the Binge Standard plan for A$9.99 a month': no budget); viewers' comments;
'Also on tonight' (other titles with their slots, channels, years, certificates and lengths);
'12,345 readers viewed this' (a counter; no votes); a JSON-LD Movie or TVSeries on some pages.
No tagline, audience text, where-to-watch block, budget, gross, votes."""

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
    dmy_short,
    guide_rows,
    hide,
    money_with,
    rated,
    render_site,
)

NAME = "tvtonight"
BOARD = ages("G", "PG", "M", "MA15+", "R18+")
CHANNEL_LIST = ("ABC TV", "SBS", "Seven", "Nine", "10", "SBS World Movies")
CHANNELS["tvt"] = CHANNEL_LIST
CHROME = Chrome(
    "en-AU",
    "TV Tonight",
    ("TV Guide", "News", "Ratings", "Reviews", "Streaming"),
    ("We use cookies to personalise your guide.", "Accept all", "Manage cookies"),
    ("About TV Tonight", "Advertise", "Comment policy", "Privacy", "Contact"),
    "© 2026 TV Tonight",
    "__TVT__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Music",
        "producer": "Producer",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Classification",
        "seasons": "Seasons",
        "released": "Released",
        "studio": "Production",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Synopsis",
        "details": "Show info",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "Be the first to comment",
        "rail": "Also on tonight",
    },
)
GUIDE = ("Network", "Next screening", "On catch-up until", "Consumer advice")


def running(n: int, long: bool) -> str:
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} mins"
    out = f"{big}h"
    return out + (f" {small}m" if small else "")


def votes(n: int) -> str:
    return f"{grouped(n)} vote" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} readers viewed this"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, episode {e.number} · {running(e.minutes, long)} · aired {dmy_short(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _guide(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    return guide_rows(t, rng, GUIDE, CHANNEL_LIST, dmy_short, True)


SITE = Site(
    NAME,
    "tvt",
    CHROME,
    WORDS,
    dmy_short,
    running,
    " per episode",
    votes,
    money_with({"AUD": "A$", "USD": "US$", "EUR": "€"}),
    views,
    _episode,
    airings(
        "When it's on",
        dmy_short,
        CHANNEL_LIST,
        "Stream it on the Binge Standard plan for A${price} a month",
        True,
    ),
    ("tvt-showinfo", "tvt-specs", "leaders"),
    frozenset(
        ["audience_summary", "box_office", "budget", "streaming", "tagline", "user_rating_count"]
    ),
    ("director", "author", "genre", "contentRating", "datePublished", "numberOfSeasons"),
    0.4,
    later="Free-to-air premiere",
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
