# ruff: noqa: E501  (HTML templates read best on one line)
"""Sakuraline (an invented name: an anime streaming service, US, en-US) and its title page: a
poster; the <h1> (the meta line under it on some deploys); 'Synopsis'; a 'Start Watching E1'
button; the facts as series-info blocks (an <h6> over a <p>), detail chips (a name span and a
value span) or CSS captions: 'Director', 'Script', 'Music', 'Producer', 'Art Director' (traps;
the last ends with the director's word), 'Genres', 'Country of Origin', 'Year', 'Run Time: 1h
51min' (or '111 min'; a series' ' per ep'), 'Content Rating' (TV-Y7..TV-MA) with a 'Content
Advisory' row, 'Seasons', 'First Aired: October 27, 1995' (or '10/27/1995') beside a later
'English Dub Added' date (a trap), 'Animation Studio', 'Available versions' (no record key);
'Voice Cast'; the trailer; a series' episodes; 'Watch on Sakuraline' (a season picker, audio
and subtitle languages, a leaving notice, the Fan tiers' prices; a trap); fan reviews; 'Similar
Anime'; a JSON-LD on some deploys. '1,234 ratings' beside '12,345 in queues' (a trap). No
tagline, audience text, money, IMDb link or where-to-watch block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites61.common import (
    Chrome,
    Classes,
    Site,
    Words,
    advice,
    ages,
    fit_rng,
    hide,
    hm,
    no_characters,
    panel,
    plain_rows,
    rated,
    render_site,
    us_date,
)

NAME = "sakuraline"
BRAND = "Sakuraline"
TIERS = ("TV-Y7", "TV-G", "TV-PG", "TV-14", "TV-MA")
BOARD = ages(*TIERS)
CHROME = Chrome(
    "en-US",
    BRAND,
    ("Browse", "Simulcast Season", "Manga", "News", "Try Free Premium"),
    ("We use cookies so your queue and watch history follow you.", "Accept all", "Cookie settings"),
    ("Help &amp; Support", "Careers", "Press", "Terms", "Privacy"),
    "© 2026 Sakuraline LLC",
    "__SAKURALINE_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Script",
        "music": "Music",
        "producer": "Producer",
        "camera": "Art Director",
        "genre": "Genres",
        "country": "Country of Origin",
        "year": "Year",
        "runtime": "Run Time",
        "rating": "Content Rating",
        "seasons": "Seasons",
        "released": "First Aired",
        "studio": "Animation Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Synopsis",
        "details": "Series Details",
        "cast": "Voice Cast",
        "trailer": "PV / Trailer",
        "episodes": "Episode List",
        "reviews": "Fan Reviews",
        "no_reviews": "No fan reviews yet.",
        "rail": "Similar Anime",
    },
)
PLANS = (
    ("Fan", "$7.99/mo"),
    ("Mega Fan", "$11.99/mo"),
    ("Ultimate Fan", "$15.99/mo"),
)
NOTICES = (
    "Leaving Sakuraline on {mdy}",
    "Leaving soon: {md}",
)
DESCRIPTORS = "Content Advisory"


def date_(d: date, long: bool) -> str:
    """'October 27, 1995' or '10/27/1995'."""
    return us_date(d, long)


def running(n: int, long: bool) -> str:
    """'1h 51min' or '111 min'."""
    return f"{n} min" if not long or n < 60 else hm(n, True, "h ", "min", "")


def votes(n: int) -> str:
    return f"{grouped(n)} rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} in queues"


def money(m: Money) -> str:
    return f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>E{e.number} - Sub | Dub · {running(e.minutes, long)} · {date_(e.aired, long)}</p><p>Episode director: {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    return panel(
        t,
        c,
        rng,
        "Watch on Sakuraline",
        PLANS,
        "Season",
        "Audio",
        "Subtitles",
        NOTICES,
        "Start free trial",
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for: the rating's descriptors beside it, and the service's own."""
    rows = []
    if t is None or t.rating:
        rows.append((DESCRIPTORS, advice(TIERS, t.rating if t else None, rng)))
    rows += [
        ("Available versions", "Sub | Dub"),
    ]
    return plain_rows(rows)


SITE = Site(
    NAME,
    "skl",
    CHROME,
    WORDS,
    date_,
    running,
    " per ep",
    votes,
    money,
    views,
    _episode,
    _extra,
    ("sakuraline-series-info", "sakuraline-chips", "caption"),
    frozenset(
        {
            "audience_summary",
            "streaming",
            "tagline",
            "budget",
            "box_office",
            "imdb_id",
        }
    ),
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
    later="English Dub Added",
    extra_rows=_more,
    cta="Start Watching E1",
    art="poster",
    crumbs="",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
