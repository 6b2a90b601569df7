# ruff: noqa: E501  (HTML templates read best on one line)
"""Vulture (English, US): New York magazine's culture site, its movie and TV review pages
and their title info box. A backdrop; the <h1> (the meta line '1995 / R / 1 hr. 51 min. /
Drama' under it on some deploys); no votes, but '12,345 saves' (a trap); 'What It’s About';
the facts in a sideways spec sheet (labels over values), info pills (the label also in a
data-tip) or a layout table: 'Release Date: October 27, 1995' (or '10/27/1995') beside a later
'Streaming On' date (a trap), 'Directed by', 'Written by', 'Produced by', 'Music by',
'Cinematography by' (traps), 'Genre', 'Country', 'Year', 'Running Time: 1 hr. 51 min.' (or
'111 min.'; a series' 'an episode'), 'Rated' (MPA), 'Seasons', 'Distributor', 'Box Office',
'Critic' and 'Section' (rows the record has no key for); 'Cast'; the trailer; a series'
episodes; 'Subscribe to New York' with prices in dollars (traps); comments; 'More From
Vulture'; a JSON-LD Movie on some pages. No tagline, audience text, IMDb link, streaming block,
votes or budget."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites37.common import (
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

NAME = "vulture"
MARKS = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "Vulture",
    ("TV", "Movies", "Music", "Comedy", "Books", "Recaps", "Streamliner"),
    ("We use cookies to understand how you use our site.", "Accept", "Manage Choices"),
    ("About Us", "Contact", "Newsletters", "Privacy", "Terms", "Vox Media"),
    "© 2026 Vox Media, LLC. All Rights Reserved. Vulture is part of New York Magazine.",
    "__VULTURE_CTX__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Music by",
        "producer": "Produced by",
        "camera": "Cinematography by",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running Time",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Distributor",
        "budget": "Budget",
        "box_office": "Box Office",
    },
    {
        "about": "What It’s About",
        "details": "Title Info",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "More From Vulture",
    },
)


def runtime(n: int, long: bool) -> str:
    """'1 hr. 51 min.' or '111 min.'."""
    return hm(n, True, " hr.", " min.") if long else f"{n} min."


def votes(n: int) -> str:
    return ""


def money(m: Money) -> str:
    """'$187,436,818' or 'EUR 7,200,000'."""
    return f"${grouped(m.amount)}" if m.currency == "USD" else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Episode {e.number} / {runtime(e.minutes, long)} / {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("subs")}"><h2>Subscribe to New York</h2><p>{pick(rng, ("$1", "$2.50", "$5"))} a week for your first year</p><p>Print and digital, then ${rng.randint(60, 120)} a year</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Critic", pick(rng, ("Bilge Ebiri", "Alison Willmore", "Jen Chaney"))),
            ("Section", pick(rng, ("Movie Review", "TV Review", "Streamliner"))),
        ]
    )


SITE = Site(
    NAME,
    "vu",
    CHROME,
    WORDS,
    us_date,
    runtime,
    " an episode",
    votes,
    money,
    lambda n: f"{grouped(n)} saves",
    _episode,
    _extra,
    ("columns", "tips", "layout"),
    frozenset(
        {"user_rating_count", "streaming", "audience_summary", "tagline", "imdb_id", "budget"}
    ),
    ("director", "author", "actor", "genre", "datePublished", "numberOfSeasons"),
    0.35,
    later="Streaming On",
    extra_rows=_more,
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MARKS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
