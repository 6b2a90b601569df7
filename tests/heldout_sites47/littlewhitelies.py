# ruff: noqa: E501  (HTML templates read best on one line)
"""Little White Lies (English, UK): a review with the magazine's three scores (Anticipation,
Enjoyment, In Retrospect) and its credits. A poster; the <h1> (the meta line under it on some
deploys); 'Synopsis'; the review's paragraph comparing the title with other films (traps); the
facts as a fact line (this set's), a two-up fact table (this set's) or dot-leader lines (an
earlier set's): 'Directed by', 'Written by', 'Music by', 'Produced by', 'Cinematography by'
(traps), 'Genre', 'Country', 'Year', 'Running time: 111 minutes' (or '1 hour 51 minutes'; a
series' ' an episode'), 'Rating' (U/PG/12A/15/18), 'Seasons', 'Released: 27 Oct 1995' (or
'27/10/1995') beside a later 'On streaming' (a trap), 'Distributor', 'Budget', 'Box office',
'Anticipation', 'Enjoyment', 'In Retrospect' (the scores out of 5, rows the record has no key
for); 'IMDb'; 'Starring'; the trailer; a series' episodes; the print issue's price in pounds (a
trap); comments; 'More reviews'; a JSON-LD Movie on some pages. '1,234 reads' is a counter (a
trap). No vote count, tagline, audience text or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites47.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    dollars,
    fit_rng,
    hide,
    month,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    review,
    uk_date,
)

NAME = "littlewhitelies"
CERTS = ages("U", "PG", "12A", "15", "18")
CHROME = Chrome(
    "en-GB",
    "Little White Lies",
    ("Reviews", "Features", "Interviews", "Print", "Shop", "Podcast"),
    ("We use cookies to give you the best experience.", "Accept", "Settings"),
    ("About", "Contact", "Advertise", "Stockists", "Privacy", "Terms"),
    "© 2026 TCO London. Little White Lies is published by TCO London.",
    "__LWLIES__",
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
        "runtime": "Running time",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Released",
        "studio": "Distributor",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Synopsis",
        "details": "Credits",
        "cast": "Starring",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "More reviews",
    },
)


def running_time(n: int, long: bool) -> str:
    """'111 minutes' or '1 hour 51 minutes' ('2 hours', '1 hour 1 minute')."""
    if long:
        return f"{n} minutes"
    big, small = divmod(n, 60)
    parts = [f"{big} hour" + ("" if big == 1 else "s")] if big else []
    if small or not big:
        parts.append(f"{small} minute" + ("" if small == 1 else "s"))
    return " ".join(parts)


def release_date(d: date, long: bool) -> str:
    """'27 Oct 1995' or '27/10/1995'."""
    return f"{d.day} {month(d, True)} {d.year}" if long else uk_date(d, False)


def votes(n: int) -> str:
    """Never shown: Little White Lies prints no vote count."""
    return f"{grouped(n)} votes"


def views(n: int) -> str:
    return f"{grouped(n)} reads"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Series {e.season}, episode {e.number} · {running_time(e.minutes, long)} · {release_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<article class="{c("review")}"><h2>Review</h2>{review(rng, t, "minutes")}</article><aside class="{c("shop")}"><h2>Buy the issue</h2><p>Print issue £{pick(rng, ("7.50", "8.95"))}</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Anticipation", pick(rng, ("3", "4", "5"))),
            ("Enjoyment", pick(rng, ("2", "3", "4", "5"))),
            ("In Retrospect", pick(rng, ("3", "4", "5"))),
        ]
    )


SITE = Site(
    NAME,
    "lwl",
    CHROME,
    WORDS,
    release_date,
    running_time,
    " an episode",
    votes,
    dollars,
    views,
    _episode,
    _shop,
    ("factline", "paired", "leaders"),
    frozenset({"audience_summary", "streaming", "tagline", "user_rating_count"}),
    ("director", "author", "genre", "datePublished", "aggregateRating"),
    0.4,
    later="On streaming",
    extra_rows=_more,
    cta="",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The Little White Lies page: the shared skeleton in this site's words, formats and blocks."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="lwl-review">', 1)
