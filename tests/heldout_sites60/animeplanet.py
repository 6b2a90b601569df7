# ruff: noqa: E501  (HTML templates read best on one line)
"""Anime-Planet (an anime recommendation and tracking site, US): a poster; the <h1> (the meta line
under it on some pages); 'Synopsis'; the status button; the facts as the entry bar's cells (a
label span, then its value), md-info rows with an <em> label, or stat tiles: 'Director',
'Writer', 'Music', 'Producer', 'Cinematography' (traps), 'Tags' for the genres, 'Country',
'Year', 'Length: 1 hr 51 min' (or '111 min'; a series' ' per ep'), 'Content Rating' (MPA),
'Seasons', 'Start: October 27, 1995' (or '10/27/1995') beside a later 'End' (a trap), 'Studio',
a 'Source' row (no record key); 'Voice Actors'; the trailer; a series' episodes; the My Anime
widget's lists with member counts and Premium's price (traps); 'Reviews'; 'Recommendations'; a
JSON-LD on some pages. '1,234 votes' beside '12,345 members' (a trap). No tagline, audience
text, IMDb link, money or streaming block."""

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

NAME = "animeplanet"
HOST = "anime-planet.example"
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "Anime-Planet",
    ("Anime-Planet", "Anime", "Manga", "Characters", "Forum"),
    ("We use cookies to personalise your lists.", "Accept", "Privacy"),
    ("About", "Premium", "Contact", "Terms", "Privacy"),
    "© 2001-2026 Anime-Planet",
    "__AP_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Music",
        "producer": "Producer",
        "camera": "Cinematography",
        "genre": "Tags",
        "country": "Country",
        "year": "Year",
        "runtime": "Length",
        "rating": "Content Rating",
        "seasons": "Seasons",
        "released": "Start",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box Office",
    },
    {
        "about": "Synopsis",
        "details": "Entry Details",
        "cast": "Voice Actors",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Reviews",
        "no_reviews": "No reviews yet.",
        "rail": "Recommendations",
    },
)
# the watch-status widget's lists, each with its member count (a trap beside the votes)
STATUSES = ("Watched", "Watching", "Want to Watch", "Stalled", "Dropped", "Won't Watch")


def date_(d: date, long: bool) -> str:
    """'October 27, 1995' or '10/27/1995'."""
    return f"{month(d)} {d.day}, {d.year}" if long else f"{d.month:02d}/{d.day:02d}/{d.year}"


def running(n: int, long: bool) -> str:
    """'1 hr 51 min' ('45 min' under an hour) or '111 min'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min"
    return f"{big} hr" + (f" {small} min" if small else "")


def votes(n: int) -> str:
    return f"{grouped(n)} vote" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} members"


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
        f'<aside class="{c("prices")}"><h2>My Anime</h2><ul role="radiogroup">{rows}</ul>'
        + "<p>Premium $4.99/month</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Source", pick(rng, ("Manga", "Original", "Light Novel", "Web Manga"))),
        ]
    )


SITE = Site(
    NAME,
    "ap",
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
    ("ap-entrybar", "ap-md-info", "stats"),
    frozenset({"audience_summary", "imdb_id", "budget", "streaming", "tagline", "box_office"}),
    ("director", "author", "genre", "contentRating", "datePublished", "numberOfSeasons"),
    0.4,
    later="End",
    extra_rows=_more,
    cta="Add to My Anime",
    art="poster",
    meta_sep=" | ",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this site's words, formats and components, on its own
    host."""
    return render_on(SITE, HOST, t, ctx)
