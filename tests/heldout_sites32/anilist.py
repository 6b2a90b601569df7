# ruff: noqa: E501  (HTML templates read best on one line)
"""AniList: an anime's page on the community-run anime database (English). A backdrop banner,
the <h1> (the meta line '1995 · 111 mins · Drama' on some deploys); no votes, '12,345 users have
this on their list' (a trap) and the sidebar's 'Popularity' and 'Favorites' counts (traps);
'Description'; the facts in a portable infobox (data-source items), 'label: value' lines whose
dotted label explains itself in a tooltip, or a two-column grid of display:contents rows:
'Director', 'Series Composition', 'Music', 'Producers' and 'Director of Photography' (traps),
'Genres', 'Country of Origin', 'Year', 'Duration: 1 hour, 51 mins' or '111 mins' (a series'
'per ep'), 'Start Date: Oct 27, 1995' (or '1995-10-27') beside a later 'Streaming Since' (a
trap), 'Studios', 'Seasons', 'Source', 'Average Score' (a percentage), 'Popularity', 'Favorites'; 'Characters & Voice Actors';
the trailer; a series' episodes; the supporter prices (traps); comments; 'Recommendations'; a
JSON-LD Movie on some pages. No certificate, tagline, audience text, votes, budget, box office
or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites32.common import (
    Chrome,
    Classes,
    Site,
    Words,
    fit_rng,
    hide,
    month,
    no_characters,
    pick,
    plain_rows,
    render_site,
)

NAME = "anilist"
CHROME = Chrome(
    "en",
    "AniList",
    ("Home", "Profile", "Anime List", "Manga List", "Browse", "Forum"),
    ("AniList uses cookies to keep you signed in.", "Got it", "Privacy"),
    ("Donate", "Apps", "Site Stats", "Recommendations", "Terms & Privacy", "Discord", "GitHub"),
    "© 2026 AniList.co",
    "__APOLLO_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Series Composition",
        "music": "Music",
        "producer": "Producers",
        "camera": "Director of Photography",
        "genre": "Genres",
        "country": "Country of Origin",
        "year": "Year",
        "runtime": "Duration",
        "rating": "",
        "seasons": "Seasons",
        "released": "Start Date",
        "studio": "Studios",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Description",
        "details": "Information",
        "cast": "Characters &amp; Voice Actors",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Reviews",
        "no_reviews": "No reviews yet.",
        "rail": "Recommendations",
    },
)


def us_date(d: date, long: bool) -> str:
    """'Oct 27, 1995' or '1995-10-27'."""
    return f"{month(d, True)} {d.day}, {d.year}" if long else d.isoformat()


def duration(n: int, long: bool) -> str:
    """'1 hour, 51 mins', '2 hours' or '111 mins'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} mins"
    out = f"{big} hour" + ("s" if big > 1 else "")
    return out + (f", {small} min" + ("s" if small > 1 else "") if small else "")


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number} (Season {e.season}) · {duration(e.minutes, long)} · Aired {us_date(e.aired, long)}</p><p>Episode Director: {esc(e.director)}</p>"


def _support(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("support")}"><h2>Support AniList</h2><p>AniList is run by volunteers. Become a supporter from $1 a month, or $5 a month for early features.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Source", pick(rng, ("Original", "Manga", "Light Novel", "Visual Novel"))),
            ("Average Score", f"{rng.randint(55, 89)}%"),
            ("Popularity", grouped(rng.randint(1000, 400000))),
            ("Favorites", grouped(rng.randint(50, 30000))),
        ]
    )


SITE = Site(
    NAME,
    "al",
    CHROME,
    WORDS,
    us_date,
    duration,
    " per ep",
    no_votes,
    no_money,
    lambda n: f"{grouped(n)} users have this on their list",
    _episode,
    _support,
    ("portable", "tooltips", "contents"),
    frozenset(
        {
            "tagline",
            "audience_summary",
            "content_rating",
            "user_rating_count",
            "budget",
            "box_office",
            "imdb_id",
            "streaming",
        }
    ),
    ("director", "genre", "datePublished", "numberOfSeasons", "description"),
    0.25,
    later="Streaming Since",
    extra_rows=_more,
)


def fit(t: Title) -> Title:
    t = hide(t, SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
