# ruff: noqa: E501  (HTML templates read best on one line)
"""Lanternbox (an invented name: a big subscription service with an ad-supported plan, US, en-US)
and its title page: a backdrop; the <h1> (the meta line under it on some deploys); 'About'; a
'Play' button; the facts as an about grid (a label span over its value span), a preview modal's
tag lines ('Label:' then the items) or a definition list: 'Director', 'Writers', 'Music',
'Executive Producer', 'Cinematography' (traps), 'Genres', 'Country', 'Year', 'Runtime: 1h 51m'
(or '111m'; a series' ' per episode'), 'Maturity rating' (TV-Y..TV-MA) with 'This title
contains' descriptors in a row of their own, 'Seasons', 'Release date: Oct 27, 1995' (or
'10/27/1995') beside a later 'Added' date (a trap), 'Studio', 'Video' and 'Available in' rows
(no record key); 'Cast'; the trailer; a series' episodes; 'Watch options' (a season picker,
audio and subtitle languages, a 'Leaving' notice without a year, plans with monthly prices; a
trap); member reviews; 'More Like This'; a JSON-LD on some deploys. '(1,234 ratings)' beside
'12,345 added to My List' (a trap). No tagline, audience text, money, IMDb link or where-to-
watch block."""

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
    short_date,
)

NAME = "lanternbox"
BRAND = "Lanternbox"
TIERS = ("TV-Y", "TV-G", "TV-PG", "TV-14", "TV-MA")
BOARD = ages(*TIERS)
CHROME = Chrome(
    "en-US",
    BRAND,
    ("Home", "Shows", "Movies", "New &amp; Popular", "My List"),
    ("Lanternbox uses cookies to recommend what to watch next.", "Accept", "Manage preferences"),
    ("Help Center", "Gift Cards", "Media Center", "Terms of Use", "Privacy"),
    "© 2026 Lanternbox, Inc.",
    "__LANTERNBOX_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writers",
        "music": "Music",
        "producer": "Executive Producer",
        "camera": "Cinematography",
        "genre": "Genres",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Maturity rating",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "About",
        "details": "More details",
        "cast": "Cast",
        "trailer": "Trailers &amp; More",
        "episodes": "Episodes",
        "reviews": "What members say",
        "no_reviews": "No reviews yet.",
        "rail": "More Like This",
    },
)
PLANS = (
    ("Standard with ads", "$7.99/month"),
    ("Standard", "$15.49/month"),
    ("Premium (4K + HDR)", "$22.99/month"),
)
NOTICES = (
    "Leaving {md}",
    "Last day to watch on Lanternbox: {mdy}",
)
DESCRIPTORS = "This title contains"


def date_(d: date, long: bool) -> str:
    """'Oct 27, 1995' or '10/27/1995'."""
    return short_date(d, long)


def running(n: int, long: bool) -> str:
    """'1h 51m' or '111m'."""
    return hm(n, long)


def votes(n: int) -> str:
    return f"({grouped(n)} rating" + ("" if n == 1 else "s") + ")"


def views(n: int) -> str:
    return f"{grouped(n)} added to My List"


def money(m: Money) -> str:
    return f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>{e.number}. Episode {e.number} · {running(e.minutes, long)}</p><p>Director: {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    return panel(
        t,
        c,
        rng,
        "Watch options",
        PLANS,
        "Season",
        "Audio",
        "Subtitles",
        NOTICES,
        "Start your membership",
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for: the rating's descriptors beside it, and the service's own."""
    rows = []
    if t is None or t.rating:
        rows.append((DESCRIPTORS, advice(TIERS, t.rating if t else None, rng)))
    rows += [
        ("Video", "HD, 4K Ultra HD, HDR10"),
        ("Available in", "Dolby Atmos, 5.1"),
    ]
    return plain_rows(rows)


SITE = Site(
    NAME,
    "lbx",
    CHROME,
    WORDS,
    date_,
    running,
    " per episode",
    votes,
    money,
    views,
    _episode,
    _extra,
    ("lanternbox-about-grid", "lanternbox-modal-tags", "dl"),
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
    later="Added",
    extra_rows=_more,
    cta="Play",
    art="backdrop",
    crumbs="",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
