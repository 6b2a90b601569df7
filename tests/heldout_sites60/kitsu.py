# ruff: noqa: E501  (HTML templates read best on one line)
"""Kitsu (an anime and manga tracking community, US): a poster; the <h1> (the meta line under it on
some pages); 'Synopsis'; the library button; the facts as the sidebar's media summary (a bold
label, then its value), Ember's media-detail rows or a definition list: 'Director', 'Script',
'Music', 'Producer', 'Director of Photography' (a trap beginning with a director's word),
'Genres', 'Country', 'Year', 'Episode Length: 111 minutes' (or '1h 51m'; a series' ' each'),
'Age Rating' (MPA), 'Seasons', 'Start Date: Oct 27, 1995' (or '1995-10-27') beside a later 'End
Date' (a trap), 'Studios', 'Status' and 'Type' rows (no record key); 'Characters'; the trailer;
a series' episodes; the library widget's lists with member counts and Kitsu Pro's price (traps);
'Reactions'; 'More Like This'; a JSON-LD on some pages. 'from 1,234 ratings' beside '12,345
library entries' (a trap). No tagline, audience text, IMDb link, money or streaming block."""

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

NAME = "kitsu"
HOST = "kitsu.example"
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "Kitsu",
    ("Kitsu", "Browse Anime", "Browse Manga", "Groups", "Feedback"),
    ("Kitsu uses cookies to keep you signed in.", "Got it", "Privacy"),
    ("About", "Kitsu Pro", "API", "Community Guidelines", "Privacy"),
    "© 2026 Kitsu",
    "__KITSU_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Script",
        "music": "Music",
        "producer": "Producer",
        "camera": "Director of Photography",
        "genre": "Genres",
        "country": "Country",
        "year": "Year",
        "runtime": "Episode Length",
        "rating": "Age Rating",
        "seasons": "Seasons",
        "released": "Start Date",
        "studio": "Studios",
        "budget": "Budget",
        "box_office": "Box Office",
    },
    {
        "about": "Synopsis",
        "details": "Anime Details",
        "cast": "Characters",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Reactions",
        "no_reviews": "No reactions yet.",
        "rail": "More Like This",
    },
)
# the watch-status widget's lists, each with its member count (a trap beside the votes)
STATUSES = ("Currently Watching", "Want to Watch", "Completed", "On Hold", "Dropped")


def date_(d: date, long: bool) -> str:
    """'Oct 27, 1995' or '1995-10-27'."""
    return f"{month(d, True)} {d.day}, {d.year}" if long else d.isoformat()


def running(n: int, long: bool) -> str:
    """'111 minutes' or '1h 51m' ('45m' under an hour)."""
    big, small = divmod(n, 60)
    if long:
        return f"{n} minutes"
    return f"{big}h {small}m" if big and small else (f"{big}h" if big else f"{n}m")


def votes(n: int) -> str:
    return f"from {grouped(n)} rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} library entries"


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
        f'<aside class="{c("prices")}"><h2>Library</h2><ul role="radiogroup">{rows}</ul>'
        + "<p>Kitsu Pro from $2.99 a month</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Status", pick(rng, ("Finished", "Current"))),
            (
                "Type",
                pick(rng, ("TV", "Movie", "OVA"))
                if t is None
                else ("Movie" if t.kind == "movie" else "TV"),
            ),
        ]
    )


SITE = Site(
    NAME,
    "kit",
    CHROME,
    WORDS,
    date_,
    running,
    " each",
    votes,
    money,
    views,
    _episode,
    _extra,
    ("kitsu-media-summary", "kitsu-media-detail", "dl"),
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
    later="End Date",
    extra_rows=_more,
    cta="Add to Library",
    art="poster",
    meta_sep=" · ",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this site's words, formats and components, on its own
    host."""
    return render_on(SITE, HOST, t, ctx)
