# ruff: noqa: E501  (HTML templates read best on one line)
"""Sundance Now: a film or series page of AMC's indie, crime and drama streaming service (US
English). A backdrop; the <h1> with the tagline under it (in quotes on some deploys) and the meta
line '1995 • R • 1 hr 51 min • Drama' (in the hero's <header> on some deploys); '(1,234
ratings)' beside '12,345 streams this week' (a trap); 'Synopsis'; the facts as a <menu> of
<mark> pills, spec lines with the value floated right, or a definition list: 'Directed By',
'Written By', 'Music By', 'Produced By' and 'Cinematography By' (traps), 'Genre', 'Country',
'Year', 'Duration: 1 hr 51 min' or '111 min' (a series' 'per episode'), 'Rated' (the MPA's
G/PG/PG-13/R/NC-17), 'Release Date: October 27, 1995' (or '10/27/1995') beside a later 'Added
to Sundance Now' (a trap), 'Studio', 'Festival' and 'Language' (rows without a key); 'Starring';
the trailer; episodes; 'Critics & Viewers' with the viewers' summary under 'Viewers Say';
'You May Also Like'; the monthly and annual plans and a 'Leaving Sundance Now' date (traps); a
JSON-LD Movie on some pages. No money, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
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

NAME = "sundancenow"
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
    "Sundance Now",
    ("Home", "Series", "Movies", "Collections", "Search"),
    ("Sundance Now uses cookies to personalize your experience.", "Accept", "Manage cookies"),
    ("Help Center", "Terms of Use", "Privacy Policy", "Do Not Sell My Info", "Gift Cards"),
    "© 2026 AMC Networks Inc.",
    "__SNDNW__",
)
WORDS = Words(
    {
        "director": "Directed By",
        "writer": "Written By",
        "music": "Music By",
        "producer": "Produced By",
        "camera": "Cinematography By",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Studio",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Synopsis",
        "details": "Details",
        "cast": "Starring",
        "trailer": "Watch the Trailer",
        "episodes": "Episodes",
        "reviews": "Critics &amp; Viewers",
        "no_reviews": "No reviews yet.",
        "rail": "You May Also Like",
        "audience": "Viewers Say",
    },
)


def us_date(d: date, long: bool) -> str:
    """'October 27, 1995' or '10/27/1995'."""
    return (
        f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
        if long
        else f"{d.month:02d}/{d.day:02d}/{d.year}"
    )


def duration(n: int, long: bool) -> str:
    """'1 hr 51 min', '2 hr' or '111 min'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min"
    return f"{big} hr" + (f" {small} min" if small else "")


def ratings(n: int) -> str:
    return "(1 rating)" if n == 1 else f"({grouped(n)} ratings)"


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} E{e.number} · {duration(e.minutes, long)} · Premiered {us_date(e.aired, long)}</p><p>Directed By {esc(e.director)}</p>"


def _plans(t: Title, c: Classes, rng: random.Random) -> str:
    month = rng.choice(("6.99", "8.99", "9.99"))
    leaving = date(2026, rng.randint(1, 12), rng.randint(1, 28))
    last = (
        f"<p>Leaving Sundance Now {us_date(leaving, rng.random() < 0.5)}</p>"
        if t.released != leaving
        else ""
    )
    return f'<aside class="{c("plans")}"><h2>Start Your Free Trial</h2><p>7 days free, then ${month}/month.</p><p>Or save with an annual plan: $69.99/year.</p>{last}<p>Cancel anytime.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [
        (
            "Festival",
            pick(
                rng,
                ("Sundance Film Festival 2019", "Toronto International Film Festival", "SXSW 2021"),
            ),
        ),
        ("Language", pick(rng, ("English", "English, French", "Danish (subtitled)"))),
    ]


SITE = Site(
    NAME,
    "sn",
    CHROME,
    WORDS,
    us_date,
    duration,
    " per episode",
    ratings,
    no_money,
    lambda n: f"{grouped(n)} streams this week",
    _episode,
    _plans,
    ("marks", "floats", "dl"),
    frozenset({"budget", "box_office", "imdb_id", "streaming"}),
    (
        "director",
        "author",
        "actor",
        "genre",
        "contentRating",
        "datePublished",
        "numberOfSeasons",
        "description",
    ),
    0.4,
    meta_sep=" • ",
    later="Added to Sundance Now",
    extra_rows=_more,
    cta="Watch Now",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
