# ruff: noqa: E501  (HTML templates read best on one line)
"""LiveChart.me (a seasonal anime chart and tracker, English): a poster; the <h1> (the meta line
under it on some pages); 'Synopsis'; the track button; the facts as the info bar's items (a
label div over its value), anime card meta rows, or CSS captions: 'Director', 'Writer', 'Music',
'Producers', 'Director of Photography' (traps, one beginning with a director's word), 'Tags' for
the genres, 'Country of Origin', 'Premiered' (the year alone), 'Duration: 1 hr. 51 min.' (or
'111 min.'; a series' ' per ep.'), 'Rating: PG-13 - Teens 13 or older' (the MPA's code and the
board's gloss), 'Seasons', 'Aired: Oct 27, 1995' (or '1995-10-27') beside a later 'Finished' (a
trap), 'Studios', 'Source', 'Licensors' and 'Episodes' rows (no record key); 'Cast'; the
trailer; a series' episodes; the Track widget's lists with counts and Patron's price (traps);
'Comments'; 'Related Anime'; a JSON-LD on some pages. '1,234 ratings' beside '12,345 tracking'
(a trap). No tagline, audience text, IMDb link, money or streaming block."""

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

NAME = "livechart"
HOST = "livechart.example"
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "LiveChart.me",
    ("LiveChart.me", "Schedule", "Seasons", "Franchises", "Headlines"),
    ("LiveChart.me uses cookies for your preferences.", "OK", "Privacy"),
    ("About", "Patreon", "Discord", "Terms", "Privacy"),
    "© 2026 LiveChart.me",
    "__LC_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Music",
        "producer": "Producers",
        "camera": "Director of Photography",
        "genre": "Tags",
        "country": "Country of Origin",
        "year": "Premiered",
        "runtime": "Duration",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Aired",
        "studio": "Studios",
        "budget": "Budget",
        "box_office": "Box Office",
    },
    {
        "about": "Synopsis",
        "details": "Information",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Related Anime",
    },
)
# the watch-status widget's lists, each with its member count (a trap beside the votes)
STATUSES = ("Watching", "Completed", "Planning", "Paused", "Dropped", "Skipping")


def date_(d: date, long: bool) -> str:
    """'Oct 27, 1995' or '1995-10-27'."""
    return f"{month(d, True)} {d.day}, {d.year}" if long else d.isoformat()


def running(n: int, long: bool) -> str:
    """'1 hr. 51 min.' ('24 min.' under an hour) or '111 min.'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min."
    return f"{big} hr." + (f" {small} min." if small else "")


def votes(n: int) -> str:
    return f"{grouped(n)} rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} tracking"


def money(m: Money) -> str:
    """'$150M', '$1.2B', '$800,000'; other money by its code."""
    sign = "$" if m.currency == "USD" else m.currency + " "
    return sign + compact(m.amount, "M", "B")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>EP{e.number} · {running(e.minutes, long)} · {date_(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """The watch-status widget: each list with how many members keep the title there, and the
    site's paid tier's price (neither the votes nor the money)."""
    rows = "".join(
        f'<li><button type="button" data-status="{s.lower().replace(" ", "-")}">{s}</button> <span>{grouped(rng.randint(20, 90000))}</span></li>'
        for s in STATUSES
    )
    return (
        f'<aside class="{c("prices")}"><h2>Track</h2><ul role="radiogroup">{rows}</ul>'
        + "<p>Become a Patron from $3 a month</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Source", pick(rng, ("Manga", "Original", "Light novel", "Visual novel"))),
            ("Licensors", pick(rng, ("Sentai Filmworks", "Aniplex of America", "None found"))),
            (
                "Episodes",
                "1" if t is not None and t.kind == "movie" else pick(rng, ("12", "13", "24")),
            ),
        ]
    )


SITE = Site(
    NAME,
    "lc",
    CHROME,
    WORDS,
    date_,
    running,
    " per ep.",
    votes,
    money,
    views,
    _episode,
    _extra,
    ("lc-info-bar", "lc-card-meta", "caption"),
    frozenset({"audience_summary", "imdb_id", "budget", "streaming", "tagline", "box_office"}),
    ("director", "author", "genre", "datePublished", "numberOfSeasons", "aggregateRating"),
    0.4,
    later="Finished",
    extra_rows=_more,
    cta="Track",
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
