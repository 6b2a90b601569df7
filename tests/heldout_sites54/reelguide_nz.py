# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide New Zealand (English, New Zealand, /nz/), a regional edition's title page built by the
Wellington team: a poster; the <h1> (the meta line under it on some deploys); 'Whakarāpopototanga
| Summary'; a 'Watch' button; the facts as marked lines (the label a <mark> before the value),
var/samp pairs, or a plain table: 'Director', 'Writers', 'Score', 'Producers', 'Camera'
(traps), 'Genres', 'Made in', 'Year', 'Duration: 111 minutes' (or '1 hr 51 min'; a series' '
per episode'), 'NZ rating' (G/PG/M/R16/R18), 'Seasons', 'NZ release: 27 Oct 1995' (or
'27/10/1995') beside a later 'On demand from' date (a trap), 'Studios', 'Budget: NZ$3.6m' (or
'US$150m'), 'Gross'; 'IMDb'; 'Cast'; the trailer; a series' episodes; 'Cinema prices' in New
Zealand dollars (a trap); comments; 'More to watch'; a JSON-LD Movie on some pages. '1,234
votes' beside '12,345 views' (a trap). No tagline, audience text or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites54.common import (
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
    month,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_edition,
    uk_date,
    votes_in,
)

NAME = "reelguide_nz"
EDITION = "nz"
CURRENCY = "NZD"
BOARD = ages("G", "PG", "M", "R16", "R18")
CHROME = Chrome(
    "en-NZ",
    "ReelGuide",
    ("Home", "Movies", "Shows", "Cinemas", "Search"),
    ("Kia ora! We use cookies.", "Sweet as", "More info"),
    ("About", "Contact", "Privacy", "Terms"),
    "© 2026 ReelGuide NZ Limited",
    "__RG_NZ__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writers",
        "music": "Score",
        "producer": "Producers",
        "camera": "Camera",
        "genre": "Genres",
        "country": "Made in",
        "year": "Year",
        "runtime": "Duration",
        "rating": "NZ rating",
        "seasons": "Seasons",
        "released": "NZ release",
        "studio": "Studios",
        "budget": "Budget",
        "box_office": "Gross",
    },
    {
        "about": "Whakarāpopototanga | Summary",
        "details": "Key facts",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Kōrero | Comments",
        "no_reviews": "No comments yet.",
        "rail": "More to watch",
    },
)


def date_(d: date, long: bool) -> str:
    """'27 Oct 1995' or '27/10/1995'."""
    return f"{d.day} {month(d, True)} {d.year}" if long else uk_date(d, False)


def running(n: int, long: bool) -> str:
    """'111 minutes' or '1 hr 51 min'."""
    return f"{n} minutes" if long else hm(n, True, " hr", " min")


def votes(n: int) -> str:
    return votes_in("vote", n, paren=False)


def views(n: int) -> str:
    return f"{grouped(n)} views"


def money(m: Money) -> str:
    """'NZ$3.6m', 'US$150m', 'NZ$1.2bn', others by code."""
    sign = {"NZD": "NZ$", "USD": "US$"}.get(m.currency, m.currency + " ")
    return sign + compact(m.amount, "m", "bn")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} Ep {e.number} · {running(e.minutes, long)} · {date_(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """Prices that are neither the budget nor the gross."""
    return (
        f'<aside class="{c("prices")}"><h2>Cinema prices</h2>'
        + f"<p>Adult NZ${pick(rng, ('18.50', '21.00'))} · Child NZ${pick(rng, ('12.50', '14.00'))} · Cheap Tuesday NZ${pick(rng, ('11', '12'))}</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Language", pick(rng, ("English", "English, Te reo Māori"))),
            ("Content", pick(rng, ("Violence", "Offensive language", "Sex scenes"))),
        ]
    )


SITE = Site(
    NAME,
    "rnz",
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
    ("nz-mark-lines", "nz-var-samp", "table"),
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
    later="On demand from",
    extra_rows=_more,
    cta="Watch",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    t = localize_money(t, CURRENCY, fit_rng(NAME, t, "money"))
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this edition's words, formats and components, under
    its path on the site."""
    return render_edition(SITE, EDITION, t, ctx)
