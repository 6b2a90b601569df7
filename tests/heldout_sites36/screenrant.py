# ruff: noqa: E501  (HTML templates read best on one line)
"""Screen Rant (English, US): the film or series page of the entertainment news site, its
info card of facts above the latest coverage. A backdrop; the <h1> (the meta line '1995 · R ·
111 Minutes · Drama' under it on some deploys); no votes, but '12,345 views' (a trap);
'Summary'; the facts in icon rows (the label only the icon's SVG title), a layout table or
chips: 'Directors', 'Writers', 'Producers', 'Cinematographer', 'Composer' (traps), 'Genres',
'Country', 'Year', 'Runtime: 111 Minutes' (or '1h 51m'; a series' 'per episode'), 'Rating'
(the MPA's G/PG/PG-13/R/NC-17), 'Seasons', 'Release Date: October 27, 1995' (or '10/27/1995')
beside a later 'Streaming Date' (a trap), 'Studio(s)', 'Budget: $3,600,000', 'Box Office:
$187,436,818', 'Franchise(s)', 'Prequel'; 'Cast'; the trailer; a series' episodes; a
streaming deal in dollars (a trap); comments; 'Trending Now'; a JSON-LD Movie on some pages.
No tagline, audience text, IMDb link or streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites36.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    hm,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    us_date,
)

NAME = "screenrant"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "Screen Rant",
    ("Movies", "TV", "Reality TV", "Comics", "Games", "Lists", "Threads"),
    ("Screen Rant and its partners use cookies.", "I Accept", "Show Purposes"),
    ("Join Our Team", "Newsletter", "Advertise With Us", "Terms", "Privacy", "Copyright Policy"),
    "Copyright © 2026 Screen Rant. Screen Rant is part of the Valnet Publishing Group.",
    "__SR_DATA__",
)
WORDS = Words(
    {
        "director": "Directors",
        "writer": "Writers",
        "music": "Composer",
        "producer": "Producers",
        "camera": "Cinematographer",
        "genre": "Genres",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Studio(s)",
        "budget": "Budget",
        "box_office": "Box Office",
    },
    {
        "about": "Summary",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "Be the first to post a comment.",
        "rail": "Trending Now",
    },
)


def runtime(n: int, long: bool) -> str:
    """'111 Minutes' or '1h 51m' ('45m' under the hour)."""
    return (f"{n} Minutes" if n != 1 else "1 Minute") if long else hm(n, True)


def votes(n: int) -> str:
    return ""


def money(m: Money) -> str:
    """'$3,600,000' or 'EUR 7,200,000'."""
    return f"${grouped(m.amount)}" if m.currency == "USD" else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season} Episode {e.number} · {runtime(e.minutes, long)} · Aired {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _deal(t: Title, c: Classes, rng: random.Random) -> str:
    plan = pick(rng, ("$2.99/month", "$7.99/month", "$11.99/month"))
    return f'<aside class="{c("deal")}"><h2>Streaming Deal</h2><p>Watch with an ad-supported plan for {plan}.</p><p>Or save with the annual plan: ${rng.randint(60, 140)}.99/year.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Franchise(s)", pick(rng, ("None", "Original", "Standalone"))),
            ("Prequel", pick(rng, ("None", "TBA"))),
        ]
    )


SITE = Site(
    NAME,
    "sr",
    CHROME,
    WORDS,
    us_date,
    runtime,
    " per episode",
    votes,
    money,
    lambda n: f"{grouped(n)} views",
    _episode,
    _deal,
    ("icons", "layout", "chips"),
    frozenset({"tagline", "audience_summary", "imdb_id", "streaming", "user_rating_count"}),
    ("director", "actor", "genre", "contentRating", "datePublished", "description"),
    0.35,
    later="Streaming Date",
    extra_rows=_more,
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
