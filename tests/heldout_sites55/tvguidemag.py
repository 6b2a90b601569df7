# ruff: noqa: E501  (HTML templates read best on one line)
"""TV Guide (English, United States): TV Guide's (tvguide.com's) page for a movie or a series: the
key art, the <h1> (the meta line under it on some deploys), the 'Summary', a 'Watchlist'
button; the facts as TV Guide's program details ('c-programDetails' items), its key/value
pairs, or stat tiles. Its words: 'Director', 'Screenwriter', 'Music', 'Executive Producer',
'Director of Photography' (crew in other jobs: traps), 'Genres', 'Country of origin', 'Release
year', 'Runtime' ('1 hr 51 min' or '111 min'; a series' 'per episode'), 'TV rating' (US TV
Parental Guidelines), 'Seasons', 'Original release' ('October 27, 1995' or '10/27/1995') beside
a later 'Network premiere' (the television premiere: a trap), 'Studio', budget and box office
rows, the guide's own rows ('Network', 'Next airing' with a December 2026 date and a time, 'On
demand until', 'Content advisory'); the cast; the trailer; a series' episodes with their own
lengths, dates and directors; the upcoming airings table (channels, dates, slot lengths), the
'Tonight on' grid and the add-on pack's price ('Add the Premium Movies pack for $9.99/mo': no
budget); viewers' comments; 'Also airing tonight' (other titles with their slots, channels,
years, certificates and lengths); 'user ratings' counted beside 'Tracked by 12,345 users' (a
counter, not the votes); a JSON-LD Movie or TVSeries on some pages. No tagline, audience text,
where-to-watch block."""

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
    us_date,
)

NAME = "tvguidemag"
BOARD = ages("TV-G", "TV-PG", "TV-14", "TV-MA", "TV-MA")
CHANNEL_LIST = ("AMC", "TCM", "FX", "HBO", "Showtime", "PBS")
CHANNELS["tvg"] = CHANNEL_LIST
CHROME = Chrome(
    "en-US",
    "TV Guide",
    ("TV Listings", "News", "Movies", "Shows", "Streaming"),
    ("We use cookies to personalise your guide.", "Accept all", "Manage cookies"),
    ("About TV Guide", "Advertise", "Terms of Use", "Privacy Policy", "Do Not Sell My Info"),
    "© 2026 TV Guide, a Fandom company",
    "__TVG__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenwriter",
        "music": "Music",
        "producer": "Executive Producer",
        "camera": "Director of Photography",
        "genre": "Genres",
        "country": "Country of origin",
        "year": "Release year",
        "runtime": "Runtime",
        "rating": "TV rating",
        "seasons": "Seasons",
        "released": "Original release",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office gross",
    },
    {
        "about": "Summary",
        "details": "Details",
        "cast": "Cast & Crew",
        "trailer": "Watch the trailer",
        "episodes": "Episodes",
        "reviews": "User reviews",
        "no_reviews": "No user reviews yet",
        "rail": "Also airing tonight",
    },
)
GUIDE = ("Network", "Next airing", "On demand until", "Content advisory")


def running(n: int, long: bool) -> str:
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min"
    out = f"{big} hr"
    return out + (f" {small} min" if small else "")


def votes(n: int) -> str:
    return f"{grouped(n)} user rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"Tracked by {grouped(n)} users"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Episode {e.number} · {running(e.minutes, long)} · aired {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _guide(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    return guide_rows(t, rng, GUIDE, CHANNEL_LIST, us_date, True)


SITE = Site(
    NAME,
    "tvg",
    CHROME,
    WORDS,
    us_date,
    running,
    " per episode",
    votes,
    money_with({"USD": "$", "EUR": "€", "GBP": "£"}),
    views,
    _episode,
    airings(
        "Upcoming Airings",
        us_date,
        CHANNEL_LIST,
        "Add the Premium Movies pack for ${price}/mo",
        True,
    ),
    ("tvg-details", "tvg-keyvalue", "stats"),
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
    later="Network premiere",
    extra_rows=_guide,
    cta="Add to Watchlist",
    crumbs="TV guide",
)


def fit(t: Title) -> Title:
    return hide(rated(t, BOARD), SITE.hidden)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this guide's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", f'<body class="{SITE.prefix}-{NAME}">', 1)
