# ruff: noqa: E501  (HTML templates read best on one line)
"""hoopla: a movie or TV page of the American public-library streaming service (US English).
A poster; the <h1> (the meta line '1995 · PG · 1h 51m · Drama' under it on some deploys); a
star score with '(1,234 ratings)' beside 'Borrowed 12,345 times' (a trap); 'Summary'; the facts
in a grid of Shoelace <sl-card>s (the label in the header slot), a row of pill <sl-tag>s (each
value's label only in the <sl-tooltip> around it, shown on hover) or a <menu> of 'label value'
items: 'Director', 'Writer', 'Music', 'Producer' and 'Cinematographer' (traps), 'Genre',
'Country', 'Year', 'Length: 1h 51m' or '111 min' (a show's 'per episode'), 'Rating' (a movie's
MPA certificate, a show's TV mark), 'Release Date: Oct 27, 1995' (or ISO '1995-10-27') beside
a later 'Added to hoopla' (a trap), 'Publisher' (the studios), 'Seasons', 'Format'; 'Cast';
the trailer; a show's episodes with their own lengths, dates and directors; the borrow limit
and the $0 library card (traps); comments; 'Patrons also borrowed'; a JSON-LD Movie on some
pages, with the ratings count. No tagline, audience text, money, IMDb link or streaming
block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites31.common import (
    MON,
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

NAME = "hoopla"
CHROME = Chrome(
    "en-US",
    "hoopla",
    ("Browse", "Movies", "Television", "My Titles", "Search"),
    ("hoopla uses cookies to remember your library and settings.", "OK", "Learn more"),
    ("Help", "Libraries", "Terms of Use", "Privacy Policy", "Contact"),
    "© 2026 hoopla digital. A division of Midwest Tape, LLC.",
    "__HOOPLA__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Music",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Length",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Publisher",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Summary",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Preview",
        "episodes": "Episodes",
        "reviews": "Patron reviews",
        "no_reviews": "No patron reviews yet.",
        "rail": "Patrons also borrowed",
    },
)


def hoopla_date(d: date, long: bool) -> str:
    """'Oct 27, 1995' or '1995-10-27'."""
    return f"{MON[d.month - 1]} {d.day}, {d.year}" if long else d.isoformat()


def length(n: int, long: bool) -> str:
    """'1h 51m', '2h' or '111 min'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min"
    return f"{big}h" + (f" {small}m" if small else "")


def ratings(n: int) -> str:
    """'(1,234 ratings)', '(1 rating)'."""
    return "(1 rating)" if n == 1 else f"({grouped(n)} ratings)"


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Episode {e.number} · {length(e.minutes, long)} · {hoopla_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _borrow(t: Title, c: Classes, rng: random.Random) -> str:
    left = rng.randint(1, 8)
    return f'<aside class="{c("borrow")}"><h2>Borrow with your library card</h2><p>It costs you $0: your library pays for each borrow.</p><p>You have {left} borrows left this month. Movies and TV stay for 3 days.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Format", pick(rng, ("Movie", "Movie, Closed captions", "HD, Closed captions")))]


SITE = Site(
    NAME,
    "hpl",
    CHROME,
    WORDS,
    hoopla_date,
    length,
    " per episode",
    ratings,
    no_money,
    lambda n: f"Borrowed {grouped(n)} times",
    _episode,
    _borrow,
    ("slcard", "tips", "menu"),
    frozenset({"tagline", "audience_summary", "budget", "box_office", "imdb_id", "streaming"}),
    (
        "director",
        "author",
        "actor",
        "genre",
        "contentRating",
        "datePublished",
        "aggregateRating",
        "description",
    ),
    0.35,
    later="Added to hoopla",
    extra_rows=_more,
    cta="Borrow",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA if t.kind == "movie" else US_TV), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
