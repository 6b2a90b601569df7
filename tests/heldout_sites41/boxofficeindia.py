# ruff: noqa: E501  (HTML templates read best on one line)
"""Box Office India (English, India): a trade site's film page, figures first. A poster; the
<h1> (the meta line '1995 · A · 111 min · Drama' under it on some deploys); 'Synopsis'; a 'Box
Office Report' button; the facts in a responsive table (data-th labels drawn by ::before on a
phone), an SVG fact card (each fact a <text> of two <tspan>s) or a table: 'Director', 'Writer',
'Music Director', 'Producer', 'Cinematography' (traps), 'Genre', 'Country', 'Year', 'Running Time: 111
min' (or '1:51'; a series' 'per episode'), 'Certification' (U/UA/A), 'Seasons', 'Release
Date: 27 October 1995' (or '27.10.1995') beside a later 'Satellite Premiere' (a trap), 'Banner',
'Budget: USD 3,600,000', 'Worldwide Gross: USD 12,500,000', 'Opening Day', 'Screens', 'First Week Nett: ₹41.25 crore' (a trap); 'IMDb';
'Cast'; the trailer; a series' episodes; average ticket prices in rupees (a trap); member
comments; 'Other Releases'; a JSON-LD Movie on some pages. No vote count: '12,345 page views' is
a counter (a trap). No tagline, audience text or streaming block."""

from __future__ import annotations

import random
from datetime import date as date_

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites41.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    stamp,
    uk_date,
)

NAME = "boxofficeindia"
CERTS = ages("U", "UA", "UA", "A", "A")
CHROME = Chrome(
    "en-IN",
    "Box Office India",
    ("Home", "Box Office", "Territorial", "Overseas", "All Time", "Articles", "Forum"),
    ("This site uses cookies.", "Accept", "Read more"),
    ("About", "Contact", "Privacy Policy", "Terms", "Archive", "Forum Rules"),
    "© 2026 Box Office India. All rights reserved.",
    "__BOI__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Music Director",
        "producer": "Producer",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running Time",
        "rating": "Certification",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Banner",
        "budget": "Budget",
        "box_office": "Worldwide Gross",
    },
    {
        "about": "Synopsis",
        "details": "Film Info",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Member Comments",
        "no_reviews": "No comments.",
        "rail": "Other Releases",
    },
)


def running_time(n: int, long: bool) -> str:
    """'111 min' or '1:51'."""
    return f"{n} min" if long else f"{n // 60}:{n % 60:02d}"


def release(d: date_, long: bool) -> str:
    """'27 October 1995' or '27.10.1995'."""
    return uk_date(d, True) if long else f"{d.day:02d}.{d.month:02d}.{d.year}"


def no_votes(n: int) -> str:
    return ""


def money(m: Money) -> str:
    """'USD 3,600,000'."""
    return f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Episode {e.number} - {running_time(e.minutes, long)} - {release(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("atp")}"><h2>Average Ticket Price</h2><p>Mumbai circuit ₹{pick(rng, ("212", "236", "258"))} · CP Berar ₹{pick(rng, ("96", "104", "118"))}</p><p>Figures are nett and exclude entertainment tax.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Opening Day", pick(rng, ("Good", "Excellent", "Dull", "Average"))),
            ("Screens", pick(rng, ("1,800", "2,600", "950"))),
            ("First Week Nett", f"₹{rng.randint(5, 120)}.{rng.randint(10, 99)} crore"),
        ]
    )


SITE = Site(
    NAME,
    "boi",
    CHROME,
    WORDS,
    release,
    running_time,
    " per episode",
    no_votes,
    money,
    lambda n: f"{grouped(n)} page views",
    _episode,
    _extra,
    ("datath", "tspans", "table"),
    frozenset({"tagline", "audience_summary", "streaming", "user_rating_count"}),
    ("director", "author", "genre", "contentRating", "datePublished"),
    0.4,
    later="Satellite Premiere",
    extra_rows=_more,
    cta="Box Office Report",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


STACK_HEAD = '<meta name="application-name" content="Box Office India"><meta name="theme-color" content="#1d3557"><link rel="preconnect" href="https://images.boxofficeindia.example">'
STACK_BODY = 'data-app="boi" data-route="movie"'


def render(t: Title, ctx: Context) -> str:
    """The page with the front end's own head tags and the body's app and route hooks."""
    return stamp(render_site(SITE, t, ctx), STACK_HEAD, STACK_BODY)
