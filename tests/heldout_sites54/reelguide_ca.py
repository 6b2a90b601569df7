# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide Canada (English, Canada, /ca/), a regional edition's title page built by the Toronto
team on a Canada.ca-style (WET) kit: a poster; the <h1> (the meta line under it on some
deploys); 'Plot summary'; a 'Find showtimes' button; the facts as headed sections each
labelled by its heading (aria-labelledby), a WET table with row headers, or a plain definition
list: 'Directed by', 'Screenplay by', 'Original score', 'Produced by', 'Cinematography'
(traps), 'Genres', 'Countries', 'Year', 'Running time: 111 min' (or '1 h 51 min', as Canadian
style spaces it; a series' ' per episode'), 'Canadian rating' (G/PG/14A/18A/R), 'Seasons',
'Canadian release: 1995-10-27' (ISO, as Canadian pages write numeric dates) or '27 October
1995' beside a later 'Added' date (the page's, a trap), 'Production companies', 'Budget:
CA$3.6 million' (or 'US$150 million'), 'Worldwide gross'; 'IMDb'; 'Cast'; the
trailer; a series' episodes; 'Showtimes' prices in Canadian dollars (a trap); comments;
'Related titles'; a JSON-LD Movie on some pages. '1,234 votes' beside '12,345 visits' (a
trap). No tagline, audience text or streaming block."""

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

NAME = "reelguide_ca"
EDITION = "ca"
CURRENCY = "CAD"
BOARD = ages("G", "PG", "14A", "18A", "R")
CHROME = Chrome(
    "en-CA",
    "ReelGuide",
    ("Home", "Movies", "TV shows", "Showtimes", "Search"),
    ("We use cookies. / Nous utilisons des témoins.", "Accept", "Français"),
    ("About ReelGuide Canada", "Français", "Privacy", "Terms and conditions"),
    "© 2026 ReelGuide Canada Inc.",
    "__RG_CA__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Screenplay by",
        "music": "Original score",
        "producer": "Produced by",
        "camera": "Cinematography",
        "genre": "Genres",
        "country": "Countries",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Canadian rating",
        "seasons": "Seasons",
        "released": "Canadian release",
        "studio": "Production companies",
        "budget": "Budget",
        "box_office": "Worldwide gross",
    },
    {
        "about": "Plot summary",
        "details": "Title information",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Related titles",
    },
)


def date_(d: date, long: bool) -> str:
    """'27 October 1995' or '1995-10-27' (ISO, the Canadian numeric date)."""
    return uk_date(d, True) if long else d.isoformat()


def running(n: int, long: bool) -> str:
    """'111 min' or '1 h 51 min' (Canadian style spaces its units)."""
    return f"{n} min" if long else hm(n, True, " h", " min")


def votes(n: int) -> str:
    return votes_in("vote", n, paren=False)


def views(n: int) -> str:
    return f"{grouped(n)} visits"


def money(m: Money) -> str:
    """'CA$3.6 million', 'US$150 million', 'CA$1.2 billion', others by code."""
    sign = {"CAD": "CA$", "USD": "US$"}.get(m.currency, m.currency + " ")
    return sign + compact(m.amount, " million", " billion")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, episode {e.number} · {running(e.minutes, long)} · {date_(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """Prices that are neither the budget nor the gross."""
    return (
        f'<aside class="{c("prices")}"><h2>Showtimes</h2>'
        + f"<p>General CA${pick(rng, ('13.99', '15.49', '16.99'))} · Senior CA${pick(rng, ('9.99', '10.99'))} · IMAX surcharge CA${pick(rng, ('5.50', '6.00'))}</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Language", pick(rng, ("English", "English, French"))),
            ("French title", pick(rng, ("Le dernier traversier", "La maison du phare"))),
        ]
    )


SITE = Site(
    NAME,
    "rca",
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
    ("ca-labelled-sections", "ca-wb-table", "dl"),
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
    later="Added",
    extra_rows=_more,
    cta="Find showtimes",
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
