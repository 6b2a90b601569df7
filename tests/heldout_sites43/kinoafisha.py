# ruff: noqa: E501  (HTML templates read best on one line)
"""Kinoafisha (English): a Russian cinema-listings site's English film or series page. A
poster; the <h1> (the meta line '1995, 16+, 111 min., Drama' under it on some deploys) and '1,234
votes'; 'Plot'; a 'Buy tickets' button; the facts as stat tiles (this set's), a legacy <center>
block of plain 'Label: value' lines (this set's) or a responsive data-th table (an earlier
set's): 'Director', 'Screenwriter', 'Composer', 'Producer', 'Operator' (the Russian word for the
cinematographer) (traps), 'Genre', 'Country', 'Year', 'Duration: 111 min.' (or '1 h 51 min.'; a
series' 'per episode'), 'Age rating' (0+/6+/12+/16+/18+), 'Seasons', 'World premiere: 27
October 1995' (or '27.10.1995') beside a later 'Russian premiere' (a trap), 'Studio', 'Budget'
and 'Box office worldwide' ('$3,600,000' or 'GBP 7,200,000'), 'Original title', 'Premiere in
Russia'; 'IMDb'; 'Cast'; the trailer; a series' episodes; ticket prices in roubles (a trap);
comments; 'Now showing'; a JSON-LD Movie on some pages. '12,345 want to watch' is a counter (a
trap). No tagline, audience text or streaming block."""

from __future__ import annotations

import random
from datetime import date as date_

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites43.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    stamp,
    uk_date,
    votes_in,
)

__all__ = ["CERTS", "CHROME", "NAME", "SITE", "STACK_BODY", "STACK_HEAD", "WORDS", "fit", "render"]

NAME = "kinoafisha"
CERTS = ages("0+", "6+", "12+", "16+", "18+")
CHROME = Chrome(
    "en",
    "Kinoafisha",
    ("Films", "Cinemas", "Schedule", "Series", "News", "Persons", "Log in"),
    ("Kinoafisha uses cookies.", "OK", "More"),
    ("About", "Advertising", "Contacts", "User agreement", "Privacy", "Russian version"),
    "© 2026 Kinoafisha. 18+",
    "__KINOAFISHA__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenwriter",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Operator",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Age rating",
        "seasons": "Seasons",
        "released": "World premiere",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office worldwide",
    },
    {
        "about": "Plot",
        "details": "About the film",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Now showing",
    },
)


def runtime(n: int, long: bool) -> str:
    """'111 min.' or '1 h 51 min.'."""
    big, small = divmod(n, 60)
    if long or not big:
        return f"{n} min."
    return f"{big} h" + (f" {small} min." if small else "")


def release(d: date_, long: bool) -> str:
    """'27 October 1995' or '27.10.1995'."""
    return uk_date(d, True) if long else f"{d.day:02d}.{d.month:02d}.{d.year}"


def votes(n: int) -> str:
    return votes_in("vote", n, paren=False)


def money(m: Money) -> str:
    """'$3,600,000' or 'GBP 7,200,000'."""
    return f"${grouped(m.amount)}" if m.currency == "USD" else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, episode {e.number} · {runtime(e.minutes, long)} · {release(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("tickets")}"><h2>Showtimes and tickets</h2><p>Tickets from {pick(rng, ("350", "420", "490"))} ₽ · VIP hall {pick(rng, ("1 200", "1 500"))} ₽ · IMAX {pick(rng, ("700", "850"))} ₽</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Original title", pick(rng, ("—", "same as English"))),
            ("Premiere in Russia", pick(rng, ("limited", "wide", "festival"))),
        ]
    )


SITE = Site(
    NAME,
    "kaf",
    CHROME,
    WORDS,
    release,
    runtime,
    " per episode",
    votes,
    money,
    lambda n: f"{grouped(n)} want to watch",
    _episode,
    _extra,
    ("figures", "center", "datath"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    ("director", "author", "genre", "contentRating", "datePublished", "aggregateRating"),
    0.4,
    later="Russian premiere",
    extra_rows=_more,
    cta="Buy tickets",
    art="poster",
    crumbs="Films",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


STACK_HEAD = '<meta name="application-name" content="Kinoafisha"><meta name="theme-color" content="#e30613"><link rel="alternate" hreflang="ru" href="/kaf/ru/">'
STACK_BODY = 'data-app="kinoafisha" data-route="movie" data-lang="en"'


def render(t: Title, ctx: Context) -> str:
    """The page with the front end's own head tags and the body's app and route hooks."""
    return stamp(render_site(SITE, t, ctx), STACK_HEAD, STACK_BODY)
