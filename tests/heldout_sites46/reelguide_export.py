# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched as a data export view: the 'export this title'
page a catalog's CSV/spreadsheet export shows before download (as Letterboxd's and Trakt's
data exports and a spreadsheet's record view lay a row out), column headers in the export's own
words, ISO dates. A backdrop; the <h1> (the meta line under it on some deploys); 'Description';
a 'Download CSV' button; the facts as a sheet (the column headers across a header row of <th
abbr>, the values in one row under them), dash lines or CSS-drawn captions: 'Director(s)',
'Writer(s)', 'Composer(s)', 'Producer(s)', 'Cinematographer(s)' (traps), 'Genre(s)',
'Countries', 'Year', 'Run time: 111 min' (or '1h 51m'; a series' ' per episode'), 'Rating'
(G/PG/PG-13/R/NC-17), 'Seasons', 'Release date: 1995-10-27' (ISO, or '10/27/1995') beside a later
'Digital release date' (a trap), 'Studio(s)', 'Budget', 'Gross', 'Record ID' (no key); 'IMDb';
'Cast'; the trailer; a series' episodes; export plans' prices (a trap); notes; 'Other rows in
this export'; a JSON-LD Movie on some pages. '1,234 ratings' beside '12,345 downloads' (a
trap). No tagline, audience text or streaming block."""

from __future__ import annotations

import random
from datetime import date as date_

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites46.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    dollars,
    fit_rng,
    hide,
    hm,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    us_date,
)

NAME = "reelguide_export"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Catalog", "Exports", "Imports", "API", "Account"),
    ("ReelGuide Data uses cookies to keep your export queue.", "OK", "Settings"),
    ("Docs", "Status", "Changelog", "Privacy", "Terms"),
    "© 2026 ReelGuide Data",
    "__RG_EXPORT__",
)
WORDS = Words(
    {
        "director": "Director(s)",
        "writer": "Writer(s)",
        "music": "Composer(s)",
        "producer": "Producer(s)",
        "camera": "Cinematographer(s)",
        "genre": "Genre(s)",
        "country": "Countries",
        "year": "Year",
        "runtime": "Run time",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Studio(s)",
        "budget": "Budget",
        "box_office": "Gross",
    },
    {
        "about": "Description",
        "details": "Row",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Notes",
        "no_reviews": "No notes yet.",
        "rail": "Other rows in this export",
    },
)


def run_time(n: int, long: bool) -> str:
    """'111 min' or '1h 51m'."""
    return f"{n} min" if long else hm(n, True)


def iso_date(d: date_, long: bool) -> str:
    """The export's ISO date, '1995-10-27', or '10/27/1995'."""
    return d.isoformat() if long else us_date(d, False)


def votes(n: int) -> str:
    return f"{grouped(n)} rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} downloads"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number}, season {e.season} · {run_time(e.minutes, long)} · {iso_date(e.aired, long)}</p><p>Director(s): {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Export plans</h2><p>Free: 1 export a month · Pro $4.99 a month · Team $19 a month</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [("Record ID", pick(rng, ("RG-000417", "RG-002981", "RG-013550", "RG-120077")))]
    )


SITE = Site(
    NAME,
    "rex",
    CHROME,
    WORDS,
    iso_date,
    run_time,
    " per episode",
    votes,
    dollars,
    views,
    _episode,
    _shop,
    ("sheet", "dashes", "caption"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    ("director", "author", "genre", "datePublished", "aggregateRating"),
    0.3,
    later="Digital release date",
    extra_rows=_more,
    cta="Download CSV",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The export page: the shared skeleton in this relaunch's words, formats and blocks."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="rex-export">', 1)
