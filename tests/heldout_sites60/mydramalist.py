# ruff: noqa: E501  (HTML templates read best on one line)
"""MyDramaList (an Asian drama and film tracking community, English): a poster; the <h1> (the meta
line under it on some pages); 'Synopsis'; the Add to List button; the facts as the details box's
list items ('<b>Label:</b> value'), box key/value rows, or dot leaders: 'Director',
'Screenwriter', 'Composer', 'Producer', 'Cinematographer' (traps), 'Genres', 'Country', 'Year',
'Duration: 1 hr. 51 min.' (or '111 min.'; a series' ' per episode'), 'Content Rating: PG-13 -
Teens 13 or older' (the MPA's code and the board's gloss), 'Seasons', 'Aired: Oct 27, 1995' (or
'1995-10-27') beside a later 'Last Aired' (a trap), 'Studio', 'Original Network' and 'Episodes'
rows (no record key); 'Cast & Credits'; the trailer; a series' episodes; the list widget's
counts and Premium's price (traps); 'Reviews'; 'Recommendations'; a JSON-LD on some pages.
'scored by 1,234 users' beside '12,345 watchers' (a trap). No tagline, audience text, money or
streaming block."""

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

NAME = "mydramalist"
HOST = "mydramalist.example"
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "MyDramaList",
    ("MyDramaList", "Explore", "Community", "Watchlist", "Feeds"),
    ("MyDramaList uses cookies to remember your lists.", "Accept", "Privacy"),
    ("About", "Premium", "Advertise", "Terms", "Privacy"),
    "© 2026 MyDramaList",
    "__MDL_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenwriter",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Genres",
        "country": "Country",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Content Rating",
        "seasons": "Seasons",
        "released": "Aired",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box Office",
    },
    {
        "about": "Synopsis",
        "details": "Details",
        "cast": "Cast & Credits",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Reviews",
        "no_reviews": "No reviews yet.",
        "rail": "Recommendations",
    },
)
# the watch-status widget's lists, each with its member count (a trap beside the votes)
STATUSES = (
    "Currently Watching",
    "Completed",
    "Plan to Watch",
    "On Hold",
    "Dropped",
    "Not Interested",
)


def date_(d: date, long: bool) -> str:
    """'Oct 27, 1995' or '1995-10-27'."""
    return f"{month(d, True)} {d.day}, {d.year}" if long else d.isoformat()


def running(n: int, long: bool) -> str:
    """'1 hr. 51 min.' ('45 min.' under an hour) or '111 min.'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min."
    return f"{big} hr." + (f" {small} min." if small else "")


def votes(n: int) -> str:
    return f"scored by {grouped(n)} user" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} watchers"


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
        f'<aside class="{c("prices")}"><h2>Add to List</h2><ul role="radiogroup">{rows}</ul>'
        + "<p>MDL Premium $2.99/month</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Original Network", pick(rng, ("Netflix", "KBS2", "tvN", "JTBC"))),
            (
                "Episodes",
                "1" if t is not None and t.kind == "movie" else pick(rng, ("12", "16", "20")),
            ),
        ]
    )


SITE = Site(
    NAME,
    "mdl",
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
    ("mdl-list-item", "mdl-box-kv", "leaders"),
    frozenset({"audience_summary", "budget", "streaming", "tagline", "box_office"}),
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
    later="Last Aired",
    extra_rows=_more,
    cta="Add to List",
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
