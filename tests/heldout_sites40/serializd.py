# ruff: noqa: E501  (HTML templates read best on one line)
"""Serializd (English, US): the TV-logging social site's show page (films have pages too). A
16:9 backdrop; the <h1> (the meta line '1995 · TV-MA · 51m · Drama' under it on some deploys);
'Overview'; a 'Log' button; the facts in focusable tiles, a CMS's field blocks or a
definition list: 'Director', 'Writer', 'Composer', 'Executive Producer', 'Director of
Photography' (traps; the last begins with the director's label), 'Genres', 'Country', 'Year',
'Runtime: 1h 51m' (or '111m'; a series' 'per episode'), 'Content Rating' (TV-G/TV-PG/TV-14/
TV-MA), 'Seasons', 'First Aired: Oct 27, 1995' (or '10/27/1995') beside a later 'Added to
Serializd' (a trap), 'Studio', 'Status', 'Network Time'; 'IMDb'; 'Cast'; the trailer; a series'
episodes; Serializd Pro in dollars (a trap); reviews; 'Similar Shows'; a JSON-LD Movie on some
pages. '1,234 ratings' beside '12,345 followers' (a trap). No tagline, audience text, budget,
box office or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites40.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    hm,
    month,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    votes_in,
)

NAME = "serializd"
TV = ages("TV-G", "TV-PG", "TV-14", "TV-MA", "TV-MA")
CHROME = Chrome(
    "en-US",
    "Serializd",
    ("Home", "Shows", "Lists", "Diary", "Members", "Journal", "Pro"),
    ("Serializd uses cookies to keep you logged in.", "Okay", "Privacy"),
    ("About", "FAQ", "API", "Brand", "Privacy", "Terms", "Contact"),
    "© 2026 Serializd. Show data from our community and partners.",
    "__SERIALIZD__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Composer",
        "producer": "Executive Producer",
        "camera": "Director of Photography",
        "genre": "Genres",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Content Rating",
        "seasons": "Seasons",
        "released": "First Aired",
        "studio": "Studio",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Overview",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Popular Reviews",
        "no_reviews": "No reviews yet. Log it and be the first.",
        "rail": "Similar Shows",
    },
)


def short_date(d: date, long: bool) -> str:
    """'Oct 27, 1995' or '10/27/1995'."""
    return f"{month(d, True)} {d.day}, {d.year}" if long else f"{d.month:02d}/{d.day:02d}/{d.year}"


def runtime(n: int, long: bool) -> str:
    """'1h 51m' or '111m'."""
    return hm(n, long)


def votes(n: int) -> str:
    return votes_in("rating", n, paren=False)


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} · E{e.number} · {runtime(e.minutes, long)} · {short_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _pro(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("pro")}"><h2>Serializd Pro</h2><p>${pick(rng, ("2.99", "3.99"))}/month or ${pick(rng, ("24.99", "29.99"))}/year · no ads, custom lists, stats</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Status", pick(rng, ("Ended", "Returning Series", "Canceled"))),
            ("Network Time", pick(rng, ("Sundays 9:00 PM", "Thursdays 10:00 PM", "Streaming"))),
        ]
    )


SITE = Site(
    NAME,
    "szd",
    CHROME,
    WORDS,
    short_date,
    runtime,
    " per episode",
    votes,
    no_money,
    lambda n: f"{grouped(n)} followers",
    _episode,
    _pro,
    ("focus", "cms", "dl"),
    frozenset({"tagline", "audience_summary", "budget", "box_office", "streaming"}),
    ("director", "genre", "contentRating", "numberOfSeasons", "aggregateRating"),
    0.4,
    later="Added to Serializd",
    extra_rows=_more,
    cta="Log",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, TV), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
