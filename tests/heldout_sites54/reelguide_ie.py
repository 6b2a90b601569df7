# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide Ireland (English, Ireland, /ie/), a regional edition's title page built by the
Dublin team on Bootstrap: a backdrop; the <h1> (the meta line under it on some deploys);
'About the film'; a 'Watch now' button; the facts as Bootstrap rows (a bold col-4 label, a
col-8 value), small-label/big-value pairs, or dot-leader lines: 'Directed by', 'Written by',
'Music by', 'Producers', 'Cinematography by' (traps), 'Genre', 'Country of origin', 'Year',
'Length: 1hr 51mins' (or '111 mins'; a series' ' an episode'), 'IFCO cert' (G/PG/12A/15A/18),
'Seasons', 'Irish release: 27th October 1995' (or '27/10/1995') beside a later 'Last updated'
(a trap), 'Production company', 'Budget: €3.6m' (or '$150m', '€1.2bn'), 'Takings'; 'IMDb';
'Cast'; the trailer; a series' episodes; 'Tickets' prices in euro (a trap); comments; 'Also on
ReelGuide'; a JSON-LD Movie on some pages. '1,234 ratings' beside '12,345 reads' (a trap). No
tagline, audience text or streaming block."""

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
    ordinal,
    pick,
    plain_rows,
    rated,
    render_edition,
    uk_date,
    votes_in,
)

NAME = "reelguide_ie"
EDITION = "ie"
CURRENCY = "EUR"
BOARD = ages("G", "PG", "12A", "15A", "18")
CHROME = Chrome(
    "en-IE",
    "ReelGuide",
    ("Home", "Films", "Telly", "Listings", "Search"),
    ("We use cookies on ReelGuide.ie.", "Accept", "Settings"),
    ("About", "Contact", "Privacy statement", "Cookie policy"),
    "© 2026 ReelGuide Ireland DAC",
    "__RG_IE__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Music by",
        "producer": "Producers",
        "camera": "Cinematography by",
        "genre": "Genre",
        "country": "Country of origin",
        "year": "Year",
        "runtime": "Length",
        "rating": "IFCO cert",
        "seasons": "Seasons",
        "released": "Irish release",
        "studio": "Production company",
        "budget": "Budget",
        "box_office": "Takings",
    },
    {
        "about": "About the film",
        "details": "The facts",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Your comments",
        "no_reviews": "No comments yet.",
        "rail": "Also on ReelGuide",
    },
)


def date_(d: date, long: bool) -> str:
    """'27th October 1995' or '27/10/1995'."""
    return f"{ordinal(d.day)} {month(d)} {d.year}" if long else uk_date(d, False)


def running(n: int, long: bool) -> str:
    """'1hr 51mins' or '111 mins'."""
    return hm(n, True, "hr", "mins") if long else f"{n} mins"


def votes(n: int) -> str:
    return votes_in("rating", n, paren=False)


def views(n: int) -> str:
    return f"{grouped(n)} reads"


def money(m: Money) -> str:
    """'€3.6m', '$150m', '€1.2bn', '£2.4m', others by code."""
    sign = {"EUR": "€", "USD": "$", "GBP": "£"}.get(m.currency, m.currency + " ")
    return sign + compact(m.amount, "m", "bn")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number}, season {e.season} · {running(e.minutes, long)} · {date_(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """Prices that are neither the budget nor the gross."""
    return (
        f'<aside class="{c("prices")}"><h2>Tickets</h2>'
        + f"<p>Adult €{pick(rng, ('10.50', '12.00', '13.50'))} · Student €{pick(rng, ('8.00', '8.50'))} · Family ticket €{pick(rng, ('32', '36'))}</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Language", pick(rng, ("English", "English, Irish"))),
            ("Irish title", pick(rng, ("An Teach Solais", "An Bád Deireanach"))),
        ]
    )


SITE = Site(
    NAME,
    "rie",
    CHROME,
    WORDS,
    date_,
    running,
    " an episode",
    votes,
    money,
    views,
    _episode,
    _extra,
    ("ie-bootstrap-rows", "ie-small-big", "leaders"),
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
    later="Last updated",
    extra_rows=_more,
    cta="Watch now",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    t = localize_money(t, CURRENCY, fit_rng(NAME, t, "money"))
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this edition's words, formats and components, under
    its path on the site."""
    return render_edition(SITE, EDITION, t, ctx)
