# ruff: noqa: E501  (HTML templates read best on one line)
"""TCM (English, US): the Turner Classic Movies database's title page. A poster; the <h1> (the
meta line '1995 | R | 1 hr 51 min | Drama' under it on some deploys); '1,234 user ratings'
beside '12,345 page views' (a trap); 'Synopsis'; a 'Watch on TCM' button; the facts in <tt>
lines, Alpine.js rows or a table: 'Director', 'Screenplay', 'Music', 'Producer',
'Cinematography' (traps), 'Genre', 'Country', 'Year', 'Run Time: 111 min' (or '1 hr 51 min';
a series' 'per episode'), 'MPAA Rating' (G/PG/PG-13/R/NC-17), 'Seasons', 'Release Date: Oct
27, 1995' (or '10/27/1995') beside a later 'TCM Premiere' (a trap), 'Production Company',
'Budget: $3,600,000', 'Color', 'Sound', 'Aspect Ratio'; 'Cast'; the trailer; a series'
episodes; the TCM Shop's discs in dollars (a trap); comments; 'Related titles'; a JSON-LD
Movie on some pages. No tagline, audience text, box office, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites39.common import (
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
    votes_in,
)

NAME = "tcm"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "TCM",
    ("Schedule", "Watch TCM", "Movies", "People", "Film Festival", "Shop", "Wine Club"),
    ("TCM uses cookies to improve site functionality.", "Accept", "Cookie Settings"),
    (
        "About TCM",
        "Contact Us",
        "Privacy Policy",
        "Terms of Use",
        "Ad Choices",
        "TCM Classic Film Festival",
    ),
    "© 2026 Turner Classic Movies, Inc. A Warner Bros. Discovery Company. All Rights Reserved.",
    "__TCM_DB__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenplay",
        "music": "Music",
        "producer": "Producer",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Run Time",
        "rating": "MPAA Rating",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Production Company",
        "budget": "Budget",
        "box_office": "",
    },
    {
        "about": "Synopsis",
        "details": "Film Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "User Reviews",
        "no_reviews": "No user reviews yet.",
        "rail": "Related titles",
    },
)


def tcm_date(d: date, long: bool) -> str:
    """'Oct 27, 1995' or '10/27/1995'."""
    return (
        f"{month(d, short=True)} {d.day}, {d.year}"
        if long
        else f"{d.month:02d}/{d.day:02d}/{d.year}"
    )


def run_time(n: int, long: bool) -> str:
    """'111 min' or '1 hr 51 min'."""
    big, small = divmod(n, 60)
    if long or not big:
        return f"{n} min"
    return f"{big} hr" + (f" {small} min" if small else "")


def votes(n: int) -> str:
    return votes_in("user rating", n, paren=False)


def money(m: Money) -> str:
    """'$3,600,000' or 'GBP 2,000,000'."""
    return f"${grouped(m.amount)}" if m.currency == "USD" else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Episode {e.number} | {run_time(e.minutes, long)} | {tcm_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>TCM Shop</h2><p>DVD ${pick(rng, ("14.99", "19.99"))} · Blu-ray ${pick(rng, ("24.99", "29.99"))} · TCM Wine Club: 15 bottles for $89.99</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Color", pick(rng, ("Eastmancolor", "Black and White", "Technicolor"))),
            ("Sound", pick(rng, ("Mono", "Stereo", "Dolby Digital"))),
            ("Aspect Ratio", pick(rng, ("1.37 : 1", "1.85 : 1", "2.35 : 1"))),
        ]
    )


SITE = Site(
    NAME,
    "tcm",
    CHROME,
    WORDS,
    tcm_date,
    run_time,
    " per episode",
    votes,
    money,
    lambda n: f"{grouped(n)} page views",
    _episode,
    _shop,
    ("teletype", "alpine", "table"),
    frozenset({"tagline", "audience_summary", "box_office", "imdb_id", "streaming"}),
    ("director", "author", "genre", "contentRating", "datePublished", "aggregateRating"),
    0.4,
    meta_sep=" | ",
    later="TCM Premiere",
    extra_rows=_more,
    cta="Watch on TCM",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
