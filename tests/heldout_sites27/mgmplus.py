# ruff: noqa: E501  (HTML templates read best on one line)
"""MGM+: a movie or series page of MGM's premium streaming service (US English). A backdrop; the
<h1> with the tagline under it and the meta line '1995 | R | 111 mins | Thriller' (in the hero's
<header> on some deploys); '(1,234 fan ratings)' beside '12,345 added this month' (a trap);
'Summary'; the facts as rows with a side label turned on its edge (writing-mode), spec lines
with the value floated right, or a <menu> of <mark> pills: 'Director', 'Writer', 'Composer',
'Producer' and 'Cinematographer' (traps), 'Genre', 'Country', 'Year', 'Run Time: 1 hr 51 mins'
or '111 mins' (a series' 'per episode'), 'Rating' (the MPA's G/PG/PG-13/R/NC-17), 'Original
Release: October 27th, 1995' (the ordinal day) or '10-27-1995' beside a later 'On MGM+ from' (a
trap), 'Studio' (the first two and '+2 more' on some pages), 'Budget' and 'Gross' ('$3,600,000'
or the currency's own sign), 'Format' and 'Audio Description' (rows without a key), the IMDb
link; 'Cast'; the trailer; episodes; the add-on prices on other services (traps); 'Reviews';
'Because You Watched'; a JSON-LD Movie on some pages. No audience text or streaming block."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from tests.heldout_sites2.kit import esc, grouped, money_symbol
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites27.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    no_characters,
    pick,
    rated,
    render_site,
)

NAME = "mgmplus"
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "MGM+",
    ("Series", "Movies", "Collections", "Schedule", "Search"),
    ("MGM+ uses cookies and similar technologies.", "Accept", "Manage preferences"),
    ("Help", "Terms of Use", "Privacy Policy", "Accessibility", "Ways to Watch"),
    "© 2026 MGM Television Entertainment Inc.",
    "__MGMPLUS__",
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
        "runtime": "Run Time",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Original Release",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Gross",
    },
    {
        "about": "Summary",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Reviews",
        "no_reviews": "No reviews yet.",
        "rail": "Because You Watched",
        "audience": "",
    },
)


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def original(d: date, long: bool) -> str:
    """'October 27th, 1995' or '10-27-1995'."""
    return (
        f"{MONTHS[d.month - 1]} {_ordinal(d.day)}, {d.year}"
        if long
        else f"{d.month:02d}-{d.day:02d}-{d.year}"
    )


def run_time(n: int, long: bool) -> str:
    """'1 hr 51 mins', '2 hrs', '45 mins' or '111 mins'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} mins"
    return (f"{big} hr" if big == 1 else f"{big} hrs") + (f" {small} mins" if small else "")


def fan_ratings(n: int) -> str:
    return "(1 fan rating)" if n == 1 else f"({grouped(n)} fan ratings)"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Ep {e.number} · {esc(e.name)} · {run_time(e.minutes, long)} · {original(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _addons(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("addons")}"><h2>Ways to Watch</h2><p>MGM+ app: ${rng.choice(("6.99", "5.99"))}/mo</p><p>Add MGM+ to Prime Video Channels: $6.99/mo after a 7-day trial</p><p>Or $58.99/yr</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [
        ("Format", pick(rng, ("HD", "4K UHD", "HD, HDR10"))),
        ("Audio Description", pick(rng, ("Available", "Not available"))),
    ]


SITE = Site(
    NAME,
    "mg",
    CHROME,
    WORDS,
    original,
    run_time,
    " per episode",
    fan_ratings,
    money_symbol,
    lambda n: f"{grouped(n)} added this month",
    _episode,
    _addons,
    ("vlabels", "floats", "marks"),
    frozenset({"audience_summary", "streaming"}),
    (
        "director",
        "author",
        "actor",
        "genre",
        "contentRating",
        "datePublished",
        "numberOfSeasons",
        "description",
        "aggregateRating",
    ),
    0.35,
    meta_sep=" | ",
    later="On MGM+ from",
    extra_rows=_more,
    cta="Watch Now",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    if len(t.studios) > 2 and fit_rng(NAME, t, "studios").random() < 0.6:
        t = replace(t, studios_shown=2)  # 'A, B +2 more'
    return t if fit_rng(NAME, t, "roles").random() < 0.65 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
