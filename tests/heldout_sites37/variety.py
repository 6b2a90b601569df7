# ruff: noqa: E501  (HTML templates read best on one line)
"""Variety (English, US): the trade paper's film or TV review page, its credits box at the
foot of the review. A backdrop; the <h1> (the meta line '1995 · R · 111 min. · Drama' under
it on some deploys); no votes, but '12,345 shares' (a trap); 'Reviewed'; the facts in an
outline (each label over a nested list of its values), a sideways spec sheet (labels over
values) or a definition list: 'Release Date: October 27, 1995' (or '10/27/1995') beside a later
'Streaming Date' (a trap), 'Director', 'Screenplay', 'Producers', 'Music', 'Camera' (traps),
'Genre', 'Country', 'Year', 'Running time: 111 MIN.' (or '111 min.'; a series' 'per episode'),
'Rating' (MPA), 'Seasons', 'Production', 'Budget: $3,600,000', 'Box Office', 'Reviewed at' and
'Editor' (rows the record has no key for); 'Cast'; the trailer; a series' episodes; 'Subscribe
to Variety' with prices in dollars (traps); comments; 'Read More About'; a JSON-LD Movie on some
pages. No tagline, audience text, IMDb link, streaming block or votes."""

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
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    us_date,
)

NAME = "variety"
MARKS = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "Variety",
    ("Film", "TV", "What to Watch", "Music", "Docs", "Awards Circuit", "VIP+"),
    ("We use cookies and similar technologies.", "Accept", "Do Not Sell My Personal Information"),
    ("About Us", "Advertise", "Contact Us", "Privacy Policy", "Terms of Use", "Penske Media"),
    "Variety is a part of Penske Media Corporation. © 2026 Variety Media, LLC.",
    "__VARIETY_PMC__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenplay",
        "music": "Music",
        "producer": "Producers",
        "camera": "Camera",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Production",
        "budget": "Budget",
        "box_office": "Box Office",
    },
    {
        "about": "Reviewed",
        "details": "Credits",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Read More About",
    },
)


def runtime(n: int, long: bool) -> str:
    """'111 MIN.' or '111 min.'."""
    return f"{n} MIN." if long else f"{n} min."


def votes(n: int) -> str:
    return ""


def money(m: Money) -> str:
    """'$3,600,000' or 'EUR 7,200,000'."""
    return f"${grouped(m.amount)}" if m.currency == "USD" else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Ep. {e.number} · {runtime(e.minutes, long)} · {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    price = pick(rng, ("$1", "$4.99", "$9.99"))
    return f'<aside class="{c("subs")}"><h2>Subscribe to Variety</h2><p>Digital access for {price} a week, billed ${rng.randint(100, 299)} a year</p><p>Variety VIP+: $49 a month</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            (
                "Reviewed at",
                pick(rng, ("Sundance Film Festival", "Cannes Film Festival", "online")),
            ),
            ("Editor", pick(rng, ("Walter Murch", "Thelma Schoonmaker", "Dede Allen"))),
        ]
    )


SITE = Site(
    NAME,
    "vy",
    CHROME,
    WORDS,
    us_date,
    runtime,
    " per episode",
    votes,
    money,
    lambda n: f"{grouped(n)} shares",
    _episode,
    _extra,
    ("sublist", "columns", "dl"),
    frozenset({"user_rating_count", "streaming", "audience_summary", "tagline", "imdb_id"}),
    ("director", "author", "actor", "genre", "datePublished", "description"),
    0.3,
    later="Streaming Date",
    extra_rows=_more,
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MARKS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
