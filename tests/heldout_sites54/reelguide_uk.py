# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide UK (English, United Kingdom, /uk/), the first regional edition's title page, built
by the London team on its own component kit (BBC GEL-style type classes): a backdrop; the
<h1> (the meta line under it on some deploys); 'Synopsis'; a 'Watch now' button; the facts as
a fact strip ('label value' spans), GEL-style heading-and-copy list items, or a plain
definition list: 'Director', 'Screenwriter', 'Composer', 'Producer', 'Director of photography'
(traps), 'Genre', 'Country', 'Year', 'Running time: 111 mins' (a series' ' per episode'), 'BBFC
certificate' (U/PG/12A/15/18), 'Series' (seasons, as British pages call them), 'UK release
date: 27 October 1995' (or '27/10/1995', day first) beside a later 'On DVD & Blu-ray' date (a
trap), 'Production company', 'Budget: £3.6m' (or '$150m', '£1.2bn'), 'Box office'; 'IMDb';
'Cast'; the trailer; a series' episodes; 'Cinema tickets' prices in pounds (a trap); comments;
'More like this'; a JSON-LD Movie on some pages. '1,234 ratings' beside '12,345 page views'
(a trap). No tagline, audience text or streaming block."""

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
    no_characters,
    pick,
    plain_rows,
    rated,
    render_edition,
    uk_date,
    votes_in,
)

NAME = "reelguide_uk"
EDITION = "uk"
CURRENCY = "GBP"
BOARD = ages("U", "PG", "12A", "15", "18")
CHROME = Chrome(
    "en-GB",
    "ReelGuide",
    ("Home", "Films", "TV", "Cinema listings", "Search"),
    ("We use cookies to improve ReelGuide.", "Accept all cookies", "Reject non-essential"),
    ("About ReelGuide UK", "Accessibility", "Privacy & cookies", "Terms of use"),
    "© 2026 ReelGuide UK Ltd",
    "__RG_UK__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenwriter",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Director of photography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "BBFC certificate",
        "seasons": "Series",
        "released": "UK release date",
        "studio": "Production company",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Synopsis",
        "details": "Film facts",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Readers' comments",
        "no_reviews": "No comments yet.",
        "rail": "More like this",
    },
)


def date_(d: date, long: bool) -> str:
    """'27 October 1995' or '27/10/1995'."""
    return uk_date(d, long)


def running(n: int, long: bool) -> str:
    """'111 mins' or '1h 51m'."""
    return f"{n} mins" if long else hm(n, True)


def votes(n: int) -> str:
    return votes_in("rating", n, paren=False)


def views(n: int) -> str:
    return f"{grouped(n)} page views"


def money(m: Money) -> str:
    """'£3.6m', '$150m', '£1.2bn' (as British trade pages write it), '€4.5m', 'AUD 3.6m'."""
    sign = {"GBP": "£", "USD": "$", "EUR": "€"}.get(m.currency, m.currency + " ")
    return sign + compact(m.amount, "m", "bn")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Series {e.season}, episode {e.number} · {running(e.minutes, long)} · {uk_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """Prices that are neither the budget nor the gross."""
    return (
        f'<aside class="{c("prices")}"><h2>Cinema tickets</h2>'
        + f"<p>Adult £{pick(rng, ('9.50', '11.25', '12.99'))} · Child £{pick(rng, ('6.50', '7.25'))} · Booking fee 95p</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Language", pick(rng, ("English", "English, Welsh"))),
            ("Sound mix", pick(rng, ("Dolby Atmos", "Dolby Digital"))),
        ]
    )


SITE = Site(
    NAME,
    "ruk",
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
    ("uk-fact-strip", "uk-gel-list", "dl"),
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
    later="On DVD & Blu-ray",
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
