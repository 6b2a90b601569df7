# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide India (English, India, /in/), a regional edition's title page built by the Mumbai
team in the style of Indian film portals: a poster; the <h1> (the meta line under it on some
deploys); 'Story'; a 'Book tickets' button; the facts as h5/h6 key-and-value cells, a
three-cell table with a colon column ('Label | : | value', as Indian portals lay facts out), or
a plain table: 'Directed by', 'Written by', 'Music director', 'Producer', 'DOP' (traps),
'Genre', 'Country', 'Year', 'Duration: 2h 31min' (or '151 min'; a series' ' per episode'),
'CBFC certificate' (U/UA 7+/UA 13+/UA 16+/A), 'Seasons', 'Release date: 27 Oct, 1995' (or
'27-10-1995') beside a later 'OTT release' date (a trap), 'Banner', 'Budget: ₹12.35 crore',
'₹45 lakh' or '₹1,20,00,000' (Indian digit grouping), dollars as '$20 million', 'Box office
collection'; 'IMDb'; 'Star cast'; the trailer; a series' episodes; 'Ticket prices' in rupees
(a trap); comments; 'You may also like'; a JSON-LD Movie on some pages. '1,23,456 votes'
(Indian grouping) beside '12,345 views' (a trap). No tagline, audience text or streaming
block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites54.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    compact,
    crore,
    fit_rng,
    hide,
    hm,
    indian_grouped,
    localize_money,
    month,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_edition,
)

NAME = "reelguide_in"
EDITION = "in"
CURRENCY = "INR"
BOARD = ages("U", "UA 7+", "UA 13+", "UA 16+", "A")
CHROME = Chrome(
    "en-IN",
    "ReelGuide",
    ("Home", "Movies", "Web Series", "Box Office", "Search"),
    ("This site uses cookies.", "OK", "Know more"),
    ("About Us", "Contact Us", "Privacy Policy", "Grievance Redressal"),
    "© 2026 ReelGuide India Pvt. Ltd.",
    "__RG_IN__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Music director",
        "producer": "Producer",
        "camera": "DOP",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Duration",
        "rating": "CBFC certificate",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Banner",
        "budget": "Budget",
        "box_office": "Box office collection",
    },
    {
        "about": "Story",
        "details": "Movie details",
        "cast": "Star cast",
        "trailer": "Watch trailer",
        "episodes": "Episodes",
        "reviews": "User reviews",
        "no_reviews": "Be the first to review.",
        "rail": "You may also like",
    },
)


def date_(d: date, long: bool) -> str:
    """'27 Oct, 1995' or '27-10-1995'."""
    return f"{d.day} {month(d, True)}, {d.year}" if long else f"{d.day:02d}-{d.month:02d}-{d.year}"


def running(n: int, long: bool) -> str:
    """'2h 31min' or '151 min'."""
    return hm(n, True, "h", "min") if long else f"{n} min"


def votes(n: int) -> str:
    return f"{indian_grouped(n)} vote" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{indian_grouped(n)} views"


def money(m: Money) -> str:
    """'₹12.35 crore', '₹45 lakh' or '₹1,20,00,000' (whole crore in digits, Indian grouping);
    '$20 million', '$1.2 billion'; other money by its code."""
    if m.currency == "INR":
        return (
            f"₹{indian_grouped(m.amount)}"
            if m.amount % 10**7 == 0 and m.amount < 10**9
            else f"₹{crore(m.amount)}"
        )
    sign = "$" if m.currency == "USD" else m.currency + " "
    return sign + compact(m.amount, " million", " billion")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} E{e.number} | {running(e.minutes, long)} | {date_(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """Prices that are neither the budget nor the gross."""
    return (
        f'<aside class="{c("prices")}"><h2>Ticket prices</h2>'
        + f"<p>Classic ₹{pick(rng, ('150', '180', '220'))} · Prime ₹{pick(rng, ('280', '350'))} · Recliner ₹{pick(rng, ('550', '700'))}</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Language", pick(rng, ("Hindi", "Tamil", "Telugu", "Malayalam"))),
            ("Dubbed in", pick(rng, ("Hindi, Tamil", "Telugu, Kannada"))),
        ]
    )


SITE = Site(
    NAME,
    "rin",
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
    ("in-info-heads", "in-colon-table", "table"),
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
    later="OTT release",
    extra_rows=_more,
    cta="Book tickets",
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
