# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched around the ticket: the title page laid out like a
ticket stub, the facts small print on the stub, showtimes and seat prices beside it. A
backdrop; the <h1> (the meta line under it on some deploys); 'The story'; a 'Get tickets'
button; the facts as CSS-drawn captions (the label only in a data-caption attribute), stat
tiles or a table: 'Directed by', 'Written by', 'Music by', 'Produced by', 'Cinematography by'
(traps), 'Genre', 'Country', 'Year', 'Runs: 111 minutes' (or '1 hr 51 min'; a series' ' per
episode'), 'Rated' (G/PG/PG-13/R/NC-17), 'Seasons', 'Premiered: October 27, 1995' (or
'10/27/1995') beside a later 'Re-release' (a trap), 'Studio', 'Budget', 'Box office', 'Format';
'IMDb'; 'Cast'; the trailer; a series' episodes; seat prices (a trap); moviegoer comments;
'Also playing'; a JSON-LD Movie on some pages. '1,234 votes' beside '12,345 tickets sold' (a
trap). No tagline, audience text or streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites44.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    dollars,
    fit_rng,
    hide,
    hm,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    us_date,
    votes_in,
)

NAME = "reelguide_stub"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Showtimes", "Theaters", "Movies", "At home", "My tickets"),
    ("ReelGuide remembers your theater with a cookie.", "Got it", "Privacy"),
    ("About", "Gift cards", "Help", "Privacy", "Terms"),
    "© 2026 ReelGuide Tickets, Inc.",
    "__RG_STUB__",
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
        "runtime": "Runs",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Premiered",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "The story",
        "details": "On the stub",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Moviegoer comments",
        "no_reviews": "No comments yet.",
        "rail": "Also playing",
    },
)


def runs(n: int, long: bool) -> str:
    """'111 minutes' or '1 hr 51 min'."""
    return f"{n} minutes" if long else hm(n, True, " hr", " min")


def votes(n: int) -> str:
    return votes_in("vote", n, paren=False)


def views(n: int) -> str:
    return f"{grouped(n)} tickets sold"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number}, season {e.season} · {runs(e.minutes, long)} · {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Seats tonight</h2><p>Standard ${pick(rng, ("13.49", "14.25"))} · Recliner ${pick(rng, ("17.99", "18.50"))} · Matinee ${pick(rng, ("9.99", "10.49"))}</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("Format", pick(rng, ("IMAX", "70mm", "Dolby Cinema", "Digital")))])


SITE = Site(
    NAME,
    "rgt",
    CHROME,
    WORDS,
    us_date,
    runs,
    " per episode",
    votes,
    dollars,
    views,
    _episode,
    _shop,
    ("caption", "stats", "table"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    (
        "director",
        "author",
        "genre",
        "contentRating",
        "datePublished",
        "numberOfSeasons",
        "aggregateRating",
    ),
    0.4,
    later="Re-release",
    extra_rows=_more,
    cta="Get tickets",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The stub page: the shared skeleton in this relaunch's words, formats and blocks."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="rgt-stub">', 1)
