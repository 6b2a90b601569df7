# ruff: noqa: E501  (HTML templates read best on one line)
"""Simkl: a movie or TV show page of the watch-tracking database (US English). A backdrop; the
<h1> (the meta line '1995 · R · 1h 51m · Drama' under it, in the hero's <header> on some
deploys); the Simkl score with '1,234 votes' beside '12,345 users have it in their Watchlist'
(a trap); 'Overview'; the facts as cards whose value comes first in the markup and whose label
column-reverse draws above it, a display:contents grid, or a definition list: 'Director',
'Writers', 'Music', 'Executive Producer' and 'Director of Photography' (traps, the last
beginning with the director's label), 'Genres', 'Country', 'Year', 'Runtime: 1h 51m' or
'111 min' (a show's 'per episode'), 'Rated' (the MPA's letters), 'Seasons', 'Released: October
27, 1995' (or '10/27/1995') beside a later 'Digital Release' (a trap), 'Studio', 'Budget:
$3,600,000', 'Revenue', 'Language'; 'Cast'; the trailer; a show's episodes with their own
lengths, air dates and directors; the VIP plan's price (a trap); comments; 'Related'; a JSON-LD
Movie on some pages. No tagline, audience text or where-to-watch block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites28.common import (
    MONTHS,
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    hours,
    no_characters,
    pick,
    rated,
    render_site,
)

NAME = "simkl"
AGES = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "Simkl",
    ("TV Shows", "Anime", "Movies", "Calendar", "Discover", "Search"),
    ("We use cookies to sync your watch history.", "Accept", "Settings"),
    ("About", "Apps", "API", "Privacy Policy", "Terms"),
    "© 2026 Simkl",
    "__SIMKL__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writers",
        "music": "Music",
        "producer": "Executive Producer",
        "camera": "Director of Photography",
        "genre": "Genres",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Released",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Revenue",
    },
    {
        "about": "Overview",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet. Be the first!",
        "rail": "Related",
    },
)


def us_date(d: date, long: bool) -> str:
    """'October 27, 1995' or '10/27/1995'."""
    return (
        f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
        if long
        else f"{d.month:02d}/{d.day:02d}/{d.year}"
    )


def runtime(n: int, long: bool) -> str:
    """'1h 51m', '2h', '45m' or '111 min'."""
    return hours(n, "h", "h", "m") if long else f"{n} min"


def votes(n: int) -> str:
    """'1,234 votes', '1 vote'."""
    return "1 vote" if n == 1 else f"{grouped(n)} votes"


def usd(m: Money) -> str:
    """'$3,600,000', 'EUR 7,200,000'."""
    return f"${grouped(m.amount)}" if m.currency == "USD" else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season:02d}E{e.number:02d} · {esc(e.name)} · {runtime(e.minutes, long)} · Aired {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _vip(t: Title, c: Classes, rng: random.Random) -> str:
    price = pick(rng, ("$4.99", "$5.99"))
    return f'<section class="{c("vip")}"><h2>Simkl VIP</h2><p>Sync with Trakt, Plex and Kodi, no ads: {price} / month or $39.99 / year.</p><p>Tracked by {grouped(rng.randint(200, 90000))} members this week.</p></section>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Language", pick(rng, ("English", "English, Spanish", "French")))]


SITE = Site(
    NAME,
    "sk",
    CHROME,
    WORDS,
    us_date,
    runtime,
    " per episode",
    votes,
    usd,
    lambda n: f"{grouped(n)} users have it in their Watchlist",
    _episode,
    _vip,
    ("reverse", "contents", "dl"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    ("director", "author", "actor", "genre", "datePublished", "description", "aggregateRating"),
    0.4,
    later="Digital Release",
    extra_rows=_more,
    cta="Add to Watchlist",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, AGES), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
