# ruff: noqa: E501  (HTML templates read best on one line)
"""Anime News Network's encyclopedia: a title entry (US English). A backdrop, the <h1> (the meta
line '1995 · PG12 · 111 minutes' on some deploys); 'User Rating: 7.5 (1,234 votes)' beside
'seen in whole by 12,345 users' (a trap); 'Plot Summary'; the facts in a description list
grouped pair by pair, chips (the label over the value) or bold-label lines: 'Director',
'Screenplay', 'Music', 'Producer' and 'Director of Photography' (traps), 'Genres', 'Country',
'Year', 'Running time: 111 minutes' or '111 min.' (a series' 'per episode'), 'Age rating'
(Eirin's G/PG12/R15+/R18+), 'Vintage: October 27, 1995' (or '1995-10-27') beside a later 'North
American release' (a trap), 'Animation Production', 'Seasons', 'Budget: $3,600,000 (USD)',
'Box office', 'Themes', 'Objectionable content'; 'Cast'; the trailer; a series' episodes; the
ANN+ ad-free prices (traps); comments; 'Related'; a JSON-LD Movie on some pages. No tagline,
audience text or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites32.common import (
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
)

NAME = "annenc"
EIRIN = ages("G", "G", "PG12", "R15+", "R18+")
CHROME = Chrome(
    "en-US",
    "Anime News Network",
    ("News", "Reviews", "Columns", "Encyclopedia", "Forum", "Video"),
    ("This site uses cookies.", "Accept", "Privacy options"),
    ("About", "Contact", "Advertise", "Privacy Policy", "Terms of Use", "Mobile site"),
    "© 1998-2026 Anime News Network. All rights reserved.",
    "__ANN_ENC__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenplay",
        "music": "Music",
        "producer": "Producer",
        "camera": "Director of Photography",
        "genre": "Genres",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Age rating",
        "seasons": "Seasons",
        "released": "Vintage",
        "studio": "Animation Production",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Plot Summary",
        "details": "Encyclopedia",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episode titles",
        "reviews": "User comments",
        "no_reviews": "No comments yet.",
        "rail": "Related",
    },
)


def vintage(d: date, long: bool) -> str:
    """'October 27, 1995' or '1995-10-27'."""
    return f"{month(d)} {d.day}, {d.year}" if long else d.isoformat()


def running(n: int, long: bool) -> str:
    """'111 minutes' or '111 min.'."""
    return f"{n} minutes" if long else f"{n} min."


def votes(n: int) -> str:
    return f"({grouped(n)} vote{'s' if n != 1 else ''})"


def money(m: Money) -> str:
    """'$3,600,000 (USD)' or '900,000,000 (JPY)'."""
    sign = "$" if m.currency == "USD" else ""
    return f"{sign}{grouped(m.amount)} ({m.currency})"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>#{e.number} (season {e.season}) · {running(e.minutes, long)} · aired {vintage(e.aired, long)}</p><p>Storyboard and episode director: {esc(e.director)}</p>"


def _plus(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("plus")}"><h2>Go ad-free with ANN+</h2><ul><li>Monthly $5.99</li><li>Yearly $59.99</li></ul></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Themes", pick(rng, ("coming of age", "revenge", "friendship", "war"))),
            ("Objectionable content", pick(rng, ("Mild", "Significant", "Intense"))),
        ]
    )


SITE = Site(
    NAME,
    "an",
    CHROME,
    WORDS,
    vintage,
    running,
    " per episode",
    votes,
    money,
    lambda n: f"seen in whole by {grouped(n)} users",
    _episode,
    _plus,
    ("groups", "chips", "lines"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    ("director", "author", "genre", "contentRating", "datePublished", "aggregateRating"),
    0.3,
    later="North American release",
    extra_rows=_more,
    imdb_text="IMDb entry",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, EIRIN), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
