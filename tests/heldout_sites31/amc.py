# ruff: noqa: E501  (HTML templates read best on one line)
"""AMC Theatres: a movie page of the American cinema chain (US English). A poster; the <h1>
(the meta line '1995 | R | 1 HR 51 MIN | Drama' under it on some deploys); '12,345 people are
interested' (a trap; no votes); 'Synopsis'; the facts in an Ionic <ion-list> (each
<ion-item> an <ion-label> and an <ion-note> in the end slot), a table of <div>s with ARIA
roles (rowheader and cell numbered by aria-rowindex/aria-colindex) or a definition list:
'Director', 'Writer', 'Music By', 'Producer' and 'Cinematographer' (traps), 'Genre',
'Country', 'Year', 'Runtime: 1 HR 51 MIN' or '111 MIN' (a show's 'per episode'), 'Rating' (a
movie's MPA certificate, a show's TV mark), 'Release Date: Friday, October 27, 1995' (or
'10/27/1995') beside a later 'AMC Re-Release' (a trap), 'Studio', 'Seasons', 'Premium
Formats'; 'Cast'; the trailer; a show's episodes with their own lengths, dates and
directors; ticket prices, A-List and Discount Tuesdays (traps); comments; 'You Might Also
Like'; a JSON-LD Movie on some pages. No tagline, audience text, votes, money, IMDb link or
streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites31.common import (
    MONTHS,
    MPA,
    US_TV,
    Chrome,
    Classes,
    Site,
    Words,
    fit_rng,
    hide,
    no_characters,
    pick,
    rated,
    render_site,
)

NAME = "amc"
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
CHROME = Chrome(
    "en-US",
    "AMC Theatres",
    ("Movies", "Theatres", "Food & Drinks", "AMC Stubs", "Gift Cards"),
    ("We use cookies to give you the best experience at AMC.", "Accept", "Manage Preferences"),
    ("About Us", "Careers", "Investor Relations", "Privacy Policy", "Terms & Conditions"),
    "© 2026 American Multi-Cinema, Inc. All rights reserved.",
    "__AMC__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Music By",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Studio",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Synopsis",
        "details": "Movie Details",
        "cast": "Cast",
        "trailer": "Trailers & Videos",
        "episodes": "Episodes",
        "reviews": "Guest Reviews",
        "no_reviews": "Be the first to review.",
        "rail": "You Might Also Like",
    },
)


def amc_date(d: date, long: bool) -> str:
    """'Friday, October 27, 1995' or '10/27/1995'."""
    if long:
        return f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}"
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def amc_runtime(n: int, long: bool) -> str:
    """'1 HR 51 MIN', '2 HR' or '111 MIN'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} MIN"
    return f"{big} HR" + (f" {small} MIN" if small else "")


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Episode {e.number} | {amc_runtime(e.minutes, long)} | {amc_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _tickets(t: Title, c: Classes, rng: random.Random) -> str:
    adult = rng.choice(("15.99", "16.49", "17.29"))
    return f'<aside class="{c("tickets")}"><h2>Tickets &amp; Savings</h2><ul><li>Adult ${adult}</li><li>Child $12.49</li><li>Senior $13.49</li></ul><p>AMC Stubs A-List: up to 3 movies a week from $19.95/month.</p><p>Discount Tuesdays: save 50% with AMC Stubs.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [
        (
            "Premium Formats",
            pick(rng, ("IMAX, Dolby Cinema", "Dolby Cinema, RealD 3D", "PLF, Laser at AMC")),
        )
    ]


SITE = Site(
    NAME,
    "amc",
    CHROME,
    WORDS,
    amc_date,
    amc_runtime,
    " per episode",
    no_votes,
    no_money,
    lambda n: f"{grouped(n)} people are interested",
    _episode,
    _tickets,
    ("ion", "aria", "dl"),
    frozenset(
        {
            "tagline",
            "audience_summary",
            "user_rating_count",
            "budget",
            "box_office",
            "imdb_id",
            "streaming",
        }
    ),
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
    0.35,
    meta_sep=" | ",
    later="AMC Re-Release",
    extra_rows=_more,
    cta="Get Tickets",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA if t.kind == "movie" else US_TV), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
