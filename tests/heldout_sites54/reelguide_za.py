# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide South Africa (English, South Africa, /za/), a regional edition's title page built
by the Johannesburg team: a backdrop; the <h1> (the meta line under it on some deploys);
'Synopsis'; a 'Book now' button; the facts as an ordered list of emphasised labels and values
('Label — value'), label pills beside their values, or CSS-captioned values (the label only a
data-caption attribute): 'Director', 'Screenwriters', 'Soundtrack', 'Executive producer',
'Cinematographer' (traps), 'Genre', 'Country', 'Year', 'Running time: 1 hr 51 min' (or '111
min'; a series' ' per episode'), 'FPB age restriction' (the Film and Publication Board's
A/PG/13/16/18), 'Seasons', 'SA release: 27 October 1995' (or '1995/10/27', the South African
numeric date) beside a later 'Showmax from' date (a trap), 'Studio', 'Budget: R45 million' (the
rand's mark, or '$150 million'; 'R1.2 billion'), 'Box office'; 'IMDb'; 'Cast'; the trailer; a
series' episodes; 'Ticket prices' in rand (a trap); comments; 'Trending'; a JSON-LD Movie on
some pages. '1 234 ratings' (the space as thousands separator, as South African style
writes it) beside '12 345 views' (a trap). No tagline, audience text or streaming block."""

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
    fit_rng,
    hide,
    hm,
    localize_money,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_edition,
    spaced,
    uk_date,
)

NAME = "reelguide_za"
EDITION = "za"
CURRENCY = "ZAR"
BOARD = ages("A", "PG", "13", "16", "18")
CHROME = Chrome(
    "en-ZA",
    "ReelGuide",
    ("Home", "Movies", "Series", "Cinemas", "Search"),
    ("This website uses cookies (POPIA).", "Accept", "Manage"),
    ("About", "PAIA manual", "Privacy (POPIA)", "Terms"),
    "© 2026 ReelGuide South Africa (Pty) Ltd",
    "__RG_ZA__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenwriters",
        "music": "Soundtrack",
        "producer": "Executive producer",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "FPB age restriction",
        "seasons": "Seasons",
        "released": "SA release",
        "studio": "Studio",
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
        "rail": "Trending",
    },
)


def date_(d: date, long: bool) -> str:
    """'27 October 1995' or '1995/10/27' (South Africa's numeric date, year first)."""
    return uk_date(d, True) if long else f"{d.year}/{d.month:02d}/{d.day:02d}"


def running(n: int, long: bool) -> str:
    """'1 hr 51 min' or '111 min'."""
    return hm(n, True, " hr", " min") if long else f"{n} min"


def votes(n: int) -> str:
    return f"{spaced(n)} rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{spaced(n)} views"


def money(m: Money) -> str:
    """'R45 million' (the rand), '$150 million' (US dollars), 'R1.2 billion', others by code."""
    sign = {"ZAR": "R", "USD": "$"}.get(m.currency, m.currency + " ")
    return sign + compact(m.amount, " million", " billion")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season} · Episode {e.number} · {running(e.minutes, long)} · {date_(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """Prices that are neither the budget nor the gross."""
    return (
        f'<aside class="{c("prices")}"><h2>Ticket prices</h2>'
        + f"<p>2D R{pick(rng, ('95', '110', '120'))} · 3D R{pick(rng, ('140', '155'))} · Prestige R{pick(rng, ('220', '250'))}</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Language", pick(rng, ("English", "Afrikaans", "isiZulu, English"))),
            ("Advisory", pick(rng, ("V L", "P N", "D L V"))),
        ]
    )


SITE = Site(
    NAME,
    "rza",
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
    ("za-em-dash-list", "za-label-pill", "caption"),
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
    later="Showmax from",
    extra_rows=_more,
    cta="Book now",
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
