# ruff: noqa: E501  (HTML templates read best on one line)
"""Blu-ray.com: a disc's page on the home-video database and review site (US English). A poster
(the cover), the breadcrumb 'Blu-ray', the <h1> (the meta line '1995 · R · 111 min' on some
deploys); '(1,234 votes)' beside '12,345 views' (a trap); 'Overview'; the facts in 'label: value'
lines whose dotted label explains itself in a tooltip, a portable infobox (data-source items) or
a two-column table: 'Director', 'Writers', 'Music', 'Producer' and 'Cinematography' (traps),
'Genre', 'Country', 'Year', 'Runtime: 111 min' or '1 hr 51 min' (a series' 'per episode'),
'Rated' (the MPA's G/PG/PG-13/R/NC-17), 'Theatrical release: Oct 27, 1995' (or '10/27/1995')
beside a later 'Blu-ray release date' (a trap), 'Studio', 'Seasons', 'Budget' and 'Box office'
('$3,600,000', '€7,200,000', 'JPY 900,000,000'), 'Video codec', 'Audio', 'Discs', 'Region'; 'Starring'; the
trailer; a series' episodes; list and retailer prices (traps); reviews; 'Similar titles'; a JSON-LD Movie on some
pages. No tagline, audience text or streaming block."""

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
    ages,
    fit_rng,
    hide,
    month,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
)

NAME = "bluraycom"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "Blu-ray.com",
    ("Blu-ray", "4K Blu-ray", "DVD", "Digital", "Deals", "Forum", "Reviews"),
    ("Blu-ray.com uses cookies for ads and analytics.", "OK", "Manage settings"),
    ("About", "Advertise", "Privacy", "Contact", "RSS", "Newsletter"),
    "Copyright © 2002-2026 Blu-ray.com. All rights reserved.",
    "__BLURAY_PAGE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writers",
        "music": "Music",
        "producer": "Producer",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Theatrical release",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Overview",
        "details": "Movie info",
        "cast": "Starring",
        "trailer": "Trailer",
        "episodes": "Episodes on this disc",
        "reviews": "User reviews",
        "no_reviews": "No user reviews yet.",
        "rail": "Similar titles",
    },
)


def us_date(d: date, long: bool) -> str:
    """'Oct 27, 1995' or '10/27/1995'."""
    return f"{month(d, True)} {d.day}, {d.year}" if long else f"{d.month:02d}/{d.day:02d}/{d.year}"


def runtime(n: int, long: bool) -> str:
    """'111 min' or '1 hr 51 min' ('2 hr')."""
    big, small = divmod(n, 60)
    if long or not big:
        return f"{n} min"
    return f"{big} hr" + (f" {small} min" if small else "")


def votes(n: int) -> str:
    return f"({grouped(n)} vote{'s' if n != 1 else ''})"


def money(m: Money) -> str:
    """'$3,600,000' for dollars, otherwise '€7,200,000' or 'JPY 900,000,000'."""
    sign = {"USD": "$", "EUR": "€", "GBP": "£"}.get(m.currency)
    return f"{sign}{grouped(m.amount)}" if sign else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, episode {e.number} · {runtime(e.minutes, long)} · Original airdate {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _prices(t: Title, c: Classes, rng: random.Random) -> str:
    deal = rng.choice(("9.99", "12.99", "14.96"))
    return f'<aside class="{c("prices")}"><h2>Price tracker</h2><ul><li>List price: $29.99</li><li>Amazon: ${deal}</li><li>4K Ultra HD: $34.99</li></ul><p>Price history updated daily.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Video codec", pick(rng, ("MPEG-4 AVC", "HEVC / H.265", "VC-1"))),
            ("Audio", pick(rng, ("DTS-HD Master Audio 5.1", "Dolby Atmos", "LPCM 2.0"))),
            (
                "Discs",
                pick(rng, ("Blu-ray Disc, single disc", "Two-disc set, BD-50", "4K UHD + Blu-ray")),
            ),
            ("Region", pick(rng, ("Region A (locked)", "Region free", "Region B"))),
        ]
    )


SITE = Site(
    NAME,
    "br",
    CHROME,
    WORDS,
    us_date,
    runtime,
    " per episode",
    votes,
    money,
    lambda n: f"{grouped(n)} views",
    _episode,
    _prices,
    ("tooltips", "portable", "table"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    ("director", "author", "actor", "genre", "contentRating", "datePublished", "aggregateRating"),
    0.3,
    later="Blu-ray release date",
    extra_rows=_more,
    art="poster",
    crumbs="Blu-ray",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
