# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, GB), relaunched on the GOV.UK Design System: a title page built like a
GOV.UK service page (GDS Transport type, the black header bar, sentence-case labels, the facts
in a summary list). A backdrop; the <h1> (the meta line under it on some deploys); 'Summary';
a 'Start watching' button; the facts as a govuk-summary-list (govuk-summary-list__row,
__key, __value), a govuk-table with row headers, or a plain definition list: 'Director',
'Writer', 'Composer', 'Producer', 'Cinematographer' (traps), 'Genre', 'Country of origin',
'Year', 'Running time: 1 hour 51 minutes' (or '111 minutes'; a series' ' per episode'), 'Age
rating' (BBFC: U/PG/12A/15/18), 'Number of series', 'Release date: 27 October 1995' (or
'27/10/1995') beside a later 'Available to stream from' (a trap), 'Production company',
'Budget', 'Box office takings', 'Language'; 'IMDb'; 'Cast'; the trailer; a series' episodes;
rent/buy prices in pounds (a trap); reviews; 'Related content'; a JSON-LD Movie on some pages.
'1,234 ratings' beside 'Viewed 12,345 times' (a trap). No tagline, audience text or streaming
block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites48.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    dollars,
    fit_rng,
    hide,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    uk_date,
    votes_in,
    words_hm,
)

NAME = "reelguide_govuk"
MPA = ages("U", "PG", "12A", "15", "18")
CHROME = Chrome(
    "en-GB",
    "ReelGuide",
    ("Films", "TV", "People", "Search", "Sign in"),
    ("Cookies on ReelGuide", "Accept analytics cookies", "View cookies"),
    ("Help", "Cookies", "Accessibility statement", "Privacy", "Terms and conditions"),
    "© Crown copyright style, ReelGuide Ltd 2026",
    "__RG_GOVUK__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Country of origin",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Age rating",
        "seasons": "Number of series",
        "released": "Release date",
        "studio": "Production company",
        "budget": "Budget",
        "box_office": "Box office takings",
    },
    {
        "about": "Summary",
        "details": "Title details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Reviews",
        "no_reviews": "There are no reviews yet.",
        "rail": "Related content",
    },
)
SYSTEM = "the GOV.UK Design System"


def running(n: int, long: bool) -> str:
    """'1 hour 51 minutes' or '111 minutes'."""
    return words_hm(n) if long else f"{n} minutes"


def votes(n: int) -> str:
    return votes_in("rating", n, paren=False)


def views(n: int) -> str:
    return f"Viewed {grouped(n)} times"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Series {e.season}, episode {e.number} · {running(e.minutes, long)} · {uk_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Buy or rent</h2><p>Rent £{pick(rng, ("3.49", "4.99"))} · Buy £{pick(rng, ("9.99", "13.99"))}</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("Language", pick(rng, ("English", "English, Welsh", "English, French")))])


SITE = Site(
    NAME,
    "rgg",
    CHROME,
    WORDS,
    uk_date,
    running,
    " per episode",
    votes,
    dollars,
    views,
    _episode,
    _shop,
    ("govuk-summary", "govuk-table", "dl"),
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
    later="Available to stream from",
    extra_rows=_more,
    cta="Start watching",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this relaunch's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="rgg-govuk">', 1)
