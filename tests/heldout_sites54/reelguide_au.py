# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide Australia (English, Australia, /au/), a regional edition's title page built by the
Sydney team: a backdrop; the <h1> (the meta line under it on some deploys); 'Overview'; a
'Stream now' button; the facts as figures captioned by their label, pipe-separated meta lines
('Label | value', the pipe aria-hidden), or stat tiles (value first): 'Director', 'Writer',
'Music', 'Producer', 'Cinematographer' (traps), 'Genre', 'Country', 'Year', 'Runtime: 1h 51m'
(or '111m'; a series' ' per ep'), 'Classification' (the ACB's G/PG/M/MA15+/R18+), 'Seasons',
'Australian release: Friday 27 October 1995' (or '27/10/1995') beside a later 'Home
entertainment' date (a trap), 'Studio', 'Budget: A$3.6 million' (or 'US$150 million'), 'Box
office'; 'IMDb'; 'Cast'; the trailer; a series' episodes; 'Session times' prices in
Australian dollars (a trap); comments; 'You might also like'; a JSON-LD Movie on some pages.
'1,234 user ratings' beside '12,345 views' (a trap). No tagline, audience text or streaming
block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites54.common import (
    WEEKDAYS,
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    compact,
    fit_rng,
    hide,
    hm,
    localize_money,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_edition,
    uk_date,
    votes_in,
)

NAME = "reelguide_au"
EDITION = "au"
CURRENCY = "AUD"
BOARD = ages("G", "PG", "M", "MA15+", "R18+")
CHROME = Chrome(
    "en-AU",
    "ReelGuide",
    ("Home", "Movies", "TV", "Sessions", "Search"),
    ("ReelGuide uses cookies.", "Got it", "Privacy"),
    ("About", "Contact", "Privacy", "Terms"),
    "© 2026 ReelGuide Australia Pty Ltd · ABN 12 345 678 901",
    "__RG_AU__",
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
        "runtime": "Runtime",
        "rating": "Classification",
        "seasons": "Seasons",
        "released": "Australian release",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Overview",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Reviews",
        "no_reviews": "No reviews yet.",
        "rail": "You might also like",
    },
)


def date_(d: date, long: bool) -> str:
    """'Friday 27 October 1995' (the weekday without a comma) or '27/10/1995'."""
    return f"{WEEKDAYS[d.weekday()]} {uk_date(d, True)}" if long else uk_date(d, False)


def running(n: int, long: bool) -> str:
    """'1h 51m' or '111m'."""
    return hm(n, True) if long else f"{n}m"


def votes(n: int) -> str:
    return votes_in("user rating", n, paren=False)


def views(n: int) -> str:
    return f"{grouped(n)} views"


def money(m: Money) -> str:
    """'A$3.6 million', 'US$150 million', 'A$1.2 billion' (never a bare '$'), others by code."""
    sign = {"AUD": "A$", "USD": "US$"}.get(m.currency, m.currency + " ")
    return sign + compact(m.amount, " million", " billion")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Ep {e.number} (S{e.season}) · {running(e.minutes, long)} · {date_(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """Prices that are neither the budget nor the gross."""
    return (
        f'<aside class="{c("prices")}"><h2>Session times</h2>'
        + f"<p>Adult A${pick(rng, ('21.50', '24.00', '26.50'))} · Concession A${pick(rng, ('16.50', '18.00'))} · Gold Class A${pick(rng, ('49', '55'))}</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Language", pick(rng, ("English", "English, Auslan"))),
            ("Consumer advice", pick(rng, ("Strong themes", "Coarse language", "Mild violence"))),
        ]
    )


SITE = Site(
    NAME,
    "rau",
    CHROME,
    WORDS,
    date_,
    running,
    " per ep",
    votes,
    money,
    views,
    _episode,
    _extra,
    ("au-figcaption", "au-meta-pipe", "stats"),
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
    later="Home entertainment",
    extra_rows=_more,
    cta="Stream now",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    t = localize_money(t, CURRENCY, fit_rng(NAME, t, "money"))
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this edition's words, formats and components, under
    its path on the site."""
    return render_edition(SITE, EDITION, t, ctx)
