# ruff: noqa: E501  (HTML templates read best on one line)
"""aniSearch (a European anime database with an English edition): a poster; the <h1> (the meta line
under it on some pages); 'Description'; the list button; the facts as detail rows (a label span,
then its value), header lines ('<span>Label:</span> value'), or a definition list: 'Director',
'Screenplay', 'Music', 'Producer', 'Director of Photography' (traps, one beginning with a
director's word), 'Main genres', 'Country', 'Year', 'Runtime: 111 min' (or '1h 51m'; a series' '
/ episode'), 'Age Rating' (MPA), 'Seasons', 'Published: 27 October 1995' (or '1995-10-27')
beside a later 'Blu-ray release' (a trap), 'Studio', 'Status' and 'Adapted From' rows (no record
key); 'Voice Actors'; the trailer; a series' episodes; the list widget's counts and a shop's
price (traps); 'Comments'; 'Relations'; a JSON-LD on some pages. 'based on 1,234 ratings' beside
'12,345 on lists' (a trap). No tagline, audience text, IMDb link, money or streaming block."""

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

NAME = "anisearch"
HOST = "anisearch.example"
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "aniSearch",
    ("aniSearch", "Anime", "Manga", "Movies", "Community"),
    ("aniSearch uses cookies to remember your settings.", "Accept", "Privacy"),
    ("Imprint", "Help", "Team", "Terms", "Privacy"),
    "© 2026 aniSearch",
    "__ANISEARCH__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenplay",
        "music": "Music",
        "producer": "Producer",
        "camera": "Director of Photography",
        "genre": "Main genres",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Age Rating",
        "seasons": "Seasons",
        "released": "Published",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box Office",
    },
    {
        "about": "Description",
        "details": "General Information",
        "cast": "Voice Actors",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Relations",
    },
)
# the watch-status widget's lists, each with its member count (a trap beside the votes)
STATUSES = ("Watching", "Completed", "Plan to watch", "On hold", "Dropped")


def date_(d: date, long: bool) -> str:
    """'27 October 1995' or '1995-10-27'."""
    return f"{d.day} {month(d)} {d.year}" if long else d.isoformat()


def running(n: int, long: bool) -> str:
    """'111 min' or '1h 51m' ('45m' under an hour)."""
    big, small = divmod(n, 60)
    if long:
        return f"{n} min"
    return f"{big}h {small}m" if big and small else (f"{big}h" if big else f"{n}m")


def votes(n: int) -> str:
    return f"based on {grouped(n)} rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} on lists"


def money(m: Money) -> str:
    """'$150M', '$1.2B', '$800,000'; other money by its code."""
    sign = "$" if m.currency == "USD" else m.currency + " "
    return sign + compact(m.amount, "M", "B")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number} · {running(e.minutes, long)} · {date_(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """The watch-status widget: each list with how many members keep the title there, and the
    site's paid tier's price (neither the votes nor the money)."""
    rows = "".join(
        f'<li><button type="button" data-status="{s.lower().replace(" ", "-")}">{s}</button> <span>{grouped(rng.randint(20, 90000))}</span></li>'
        for s in STATUSES
    )
    return (
        f'<aside class="{c("prices")}"><h2>Your List</h2><ul role="radiogroup">{rows}</ul>'
        + "<p>Blu-ray box in our shop: $49.99</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Status", pick(rng, ("Completed", "Ongoing"))),
            ("Adapted From", pick(rng, ("Manga", "Original Work", "Light Novel"))),
        ]
    )


SITE = Site(
    NAME,
    "asr",
    CHROME,
    WORDS,
    date_,
    running,
    " / episode",
    votes,
    money,
    views,
    _episode,
    _extra,
    ("as-details-row", "as-header-line", "dl"),
    frozenset({"audience_summary", "imdb_id", "budget", "streaming", "tagline", "box_office"}),
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
    later="Blu-ray release",
    extra_rows=_more,
    cta="Add to list",
    art="poster",
    meta_sep=" / ",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this site's words, formats and components, on its own
    host."""
    return render_on(SITE, HOST, t, ctx)
