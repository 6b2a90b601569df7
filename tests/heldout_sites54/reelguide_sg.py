# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide Singapore (English, Singapore, /sg/), a regional edition's title page built by the
Singapore team on Bootstrap 4: a poster; the <h1> (the meta line under it on some deploys);
'Synopsis'; a 'Buy tickets' button; the facts as list-group items (the value floated right
after its label), card subtitles over card text, or a plain definition list: 'Director',
'Writer(s)', 'Composer', 'Producer(s)', 'Director of photography' (traps), 'Genre', 'Country',
'Year', 'Runtime: 111 mins' (or '1h 51mins'; a series' ' per episode'), 'IMDA rating'
(G/PG/PG13/NC16/M18), 'Seasons', 'Release date (SG): 27-Oct-1995' (or '27/10/1995') beside a
later 'Streaming from' date (a trap), 'Distributor / studio', 'Budget: S$3.6 million' (or
'US$150 million'), 'Box office'; 'IMDb'; 'Cast'; the trailer; a series' episodes; 'Ticket
prices' in Singapore dollars (a trap); comments; 'Now showing'; a JSON-LD Movie on some pages.
'1,234 ratings' beside '12,345 views' (a trap). No tagline, audience text or streaming block."""

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

NAME = "reelguide_sg"
EDITION = "sg"
CURRENCY = "SGD"
BOARD = ages("G", "PG", "PG13", "NC16", "M18")
CHROME = Chrome(
    "en-SG",
    "ReelGuide",
    ("Home", "Movies", "Drama", "Cinemas", "Search"),
    ("We use cookies (PDPA).", "Accept", "Learn more"),
    ("About", "Contact", "Privacy (PDPA)", "Terms"),
    "© 2026 ReelGuide Singapore Pte. Ltd.",
    "__RG_SG__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer(s)",
        "music": "Composer",
        "producer": "Producer(s)",
        "camera": "Director of photography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "IMDA rating",
        "seasons": "Seasons",
        "released": "Release date (SG)",
        "studio": "Distributor / studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Synopsis",
        "details": "Movie info",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Now showing",
    },
)


def date_(d: date, long: bool) -> str:
    """'27-Oct-1995' or '27/10/1995'."""
    return f"{d.day:02d}-{month(d, True)}-{d.year}" if long else uk_date(d, False)


def running(n: int, long: bool) -> str:
    """'111 mins' or '1h 51mins'."""
    return f"{n} mins" if long else hm(n, True, "h", "mins")


def votes(n: int) -> str:
    return votes_in("rating", n, paren=False)


def views(n: int) -> str:
    return f"{grouped(n)} views"


def money(m: Money) -> str:
    """'S$3.6 million', 'US$150 million', 'S$1.2 billion', others by code."""
    sign = {"SGD": "S$", "USD": "US$"}.get(m.currency, m.currency + " ")
    return sign + compact(m.amount, " million", " billion")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Ep {e.number} · Season {e.season} · {running(e.minutes, long)} · {date_(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """Prices that are neither the budget nor the gross."""
    return (
        f'<aside class="{c("prices")}"><h2>Ticket prices</h2>'
        + f"<p>Standard S${pick(rng, ('13.50', '14.50', '15.00'))} · Gold Class S${pick(rng, ('39', '45'))} · Student S${pick(rng, ('8.50', '9.50'))}</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Language", pick(rng, ("English", "Mandarin, English", "Malay"))),
            (
                "Consumer advice",
                pick(rng, ("Some violence", "Coarse language", "Sexual references")),
            ),
        ]
    )


SITE = Site(
    NAME,
    "rsg",
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
    ("sg-float-right", "sg-card-text", "dl"),
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
    later="Streaming from",
    extra_rows=_more,
    cta="Buy tickets",
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
