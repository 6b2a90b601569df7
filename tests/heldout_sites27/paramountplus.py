# ruff: noqa: E501  (HTML templates read best on one line)
"""Paramount+: a movie or show page of the Paramount streaming service (US English). A backdrop;
the <h1> with the tagline under it and the meta line '1995 · R · 1 hr. 51 min. · Drama' (in the
hero's <header> on some deploys); no votes, '12,345 watching now' (a trap); 'Overview'; the
facts as spec lines with the value floated right, a <menu> of <mark> pills, or a table:
'Directed by', 'Written by', 'Score by', 'Executive Producer' and 'Cinematographer' (traps),
'Genre', 'Country', 'Year', 'Runtime: 1 hr. 51 min.' or '111 min.' (a show's 'per ep.'),
'Rating' (the MPA's G/PG/PG-13/R/NC-17), 'Release Date: Oct. 27, 1995' (or '10/27/1995') beside
a later 'Streaming Since' (a trap), 'Studio' (the first two and '+2 more' on some pages),
'Budget: $3.6 million' (or '$3,600,000', or the currency's own sign), 'Box Office', 'Audio' and
'Languages' (rows without a key); 'Cast &amp; Crew'; the trailer; episodes; the Essential and
Paramount+ with SHOWTIME plans' prices (traps); 'Reviews'; 'More Like This'; a JSON-LD Movie on
some pages. No audience text, IMDb link or streaming block."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from tests.heldout_sites2.kit import esc, grouped, money_symbol
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

NAME = "paramountplus"
MON = (
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "Paramount+",
    ("Shows", "Movies", "Live TV", "Sports", "Brands", "Search"),
    (
        "We and our partners use cookies and similar technologies.",
        "Accept All",
        "Your Privacy Choices",
    ),
    ("Help", "Terms of Use", "Privacy Policy", "Closed Captioning", "Ad Choices"),
    "© 2026 Paramount. All rights reserved.",
    "__PPLUS__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Score by",
        "producer": "Executive Producer",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box Office",
    },
    {
        "about": "Overview",
        "details": "Details",
        "cast": "Cast &amp; Crew",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Reviews",
        "no_reviews": "Be the first to review.",
        "rail": "More Like This",
        "audience": "",
    },
)


def ap_date(d: date, long: bool) -> str:
    """AP style 'Oct. 27, 1995' ('March 3, 1995') or '10/27/1995'."""
    return (
        f"{MON[d.month - 1]} {d.day}, {d.year}" if long else f"{d.month:02d}/{d.day:02d}/{d.year}"
    )


def runtime(n: int, long: bool) -> str:
    """'1 hr. 51 min.', '2 hr.' or '111 min.'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min."
    return f"{big} hr." + (f" {small} min." if small else "")


def no_votes(n: int) -> str:
    return ""


def dollars(m: Money) -> str:
    """'$3.6 million' for round US dollars, else '$3,600,000' or the currency's own sign."""
    if m.currency == "USD" and m.amount >= 1_000_000 and m.amount % 100_000 == 0:
        return f"${m.amount / 1_000_000:g} million"
    return money_symbol(m)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} E{e.number} · {runtime(e.minutes, long)} · Aired {ap_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _plans(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("plans")}"><h2>Pick Your Plan</h2><p>Paramount+ Essential ${rng.choice(("7.99", "8.99"))}/month</p><p>Paramount+ with SHOWTIME ${rng.choice(("12.99", "13.99"))}/month</p><p>Save up to 16% with annual plans.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [
        ("Audio", pick(rng, ("5.1", "Dolby Atmos", "Stereo"))),
        ("Languages", pick(rng, ("English", "English, Spanish", "English, French, Spanish"))),
    ]


SITE = Site(
    NAME,
    "pp",
    CHROME,
    WORDS,
    ap_date,
    runtime,
    " per ep.",
    no_votes,
    dollars,
    lambda n: f"{grouped(n)} watching now",
    _episode,
    _plans,
    ("floats", "marks", "table"),
    frozenset({"audience_summary", "user_rating_count", "imdb_id", "streaming"}),
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
    meta_sep=" · ",
    later="Streaming Since",
    extra_rows=_more,
    cta="Watch Now",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    if len(t.studios) > 2 and fit_rng(NAME, t, "studios").random() < 0.6:
        t = replace(t, studios_shown=2)  # 'A, B +2 more'
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
