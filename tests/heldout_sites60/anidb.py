# ruff: noqa: E501  (HTML templates read best on one line)
"""AniDB (an anime database run by its members, with English pages and a European's day-first
dates): a poster; the <h1> (the meta line under it on some pages); 'Description'; the MyList
button; the facts as the data table (a th 'field' and a td 'value' per row, the row's class
naming it), infobox cells, or a plain table: 'Direction', 'Screenplay', 'Music', 'Producer',
'Photography' (traps), 'Tags' for the genres, 'Country', 'Year', 'Duration: 111 minutes' (or
'111 min'; a series' ' per episode'), 'Seasons', 'Aired: 27 Oct 1995' (or '27.10.1995', day
first) beside a later 'Until' (a trap), 'Animation Work' for the studio, 'Type' and 'Resources'
rows (no record key); 'Cast'; the trailer; a series' episodes; MyList's states with counts and a
donation's price (traps); 'Comments'; 'Similar Anime'; a JSON-LD on some pages. '1,234 votes'
beside '12,345 in MyList' (a trap). No certificate, tagline, audience text, money or streaming
block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites60.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    compact,
    fit_rng,
    hide,
    month,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_on,
)

NAME = "anidb"
HOST = "anidb.example"
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "AniDB",
    ("AniDB", "Anime", "Characters", "Creators", "Forum"),
    ("AniDB stores a cookie for your session.", "OK", "Privacy"),
    ("AniDB", "Wiki", "API", "Donate", "Privacy"),
    "© 2002-2026 AniDB",
    "__ANIDB__",
)
WORDS = Words(
    {
        "director": "Direction",
        "writer": "Screenplay",
        "music": "Music",
        "producer": "Producer",
        "camera": "Photography",
        "genre": "Tags",
        "country": "Country",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Age Rating",
        "seasons": "Seasons",
        "released": "Aired",
        "studio": "Animation Work",
        "budget": "Budget",
        "box_office": "Box Office",
    },
    {
        "about": "Description",
        "details": "Anime Info",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Similar Anime",
    },
)
# the watch-status widget's lists, each with its member count (a trap beside the votes)
STATUSES = ("Watching", "Completed", "Stalled", "Dropped", "Plan to Watch")


def date_(d: date, long: bool) -> str:
    """'27 Oct 1995' or '27.10.1995' (day first)."""
    return f"{d.day} {month(d, True)} {d.year}" if long else f"{d.day:02d}.{d.month:02d}.{d.year}"


def running(n: int, long: bool) -> str:
    """'111 minutes' or '111 min'."""
    big, small = divmod(n, 60)
    del big, small
    return f"{n} minutes" if long else f"{n} min"


def votes(n: int) -> str:
    return f"{grouped(n)} vote" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} in MyList"


def money(m: Money) -> str:
    """'$150M', '$1.2B', '$800,000'; other money by its code."""
    sign = "$" if m.currency == "USD" else m.currency + " "
    return sign + compact(m.amount, "M", "B")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Ep. {e.number} · {running(e.minutes, long)} · {date_(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """The watch-status widget: each list with how many members keep the title there, and the
    site's paid tier's price (neither the votes nor the money)."""
    rows = "".join(
        f'<li><button type="button" data-status="{s.lower().replace(" ", "-")}">{s}</button> <span>{grouped(rng.randint(20, 90000))}</span></li>'
        for s in STATUSES
    )
    return (
        f'<aside class="{c("prices")}"><h2>MyList</h2><ul role="radiogroup">{rows}</ul>'
        + "<p>Support AniDB: $5 a month</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            (
                "Type",
                pick(rng, ("TV Series", "Movie", "OVA"))
                if t is None
                else ("Movie" if t.kind == "movie" else "TV Series"),
            ),
            ("Resources", pick(rng, ("ANN, MAL", "Wikipedia, ANN"))),
        ]
    )


SITE = Site(
    NAME,
    "adb",
    CHROME,
    WORDS,
    date_,
    running,
    " per episode",
    votes,
    money,
    views,
    _episode,
    _extra,
    ("anidb-definitionlist", "anidb-infobox", "table"),
    frozenset(
        {"audience_summary", "budget", "content_rating", "streaming", "tagline", "box_office"}
    ),
    ("director", "author", "genre", "datePublished", "numberOfSeasons", "aggregateRating"),
    0.3,
    later="Until",
    extra_rows=_more,
    cta="Add to MyList",
    art="poster",
    meta_sep=", ",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this site's words, formats and components, on its own
    host."""
    return render_on(SITE, HOST, t, ctx)
