# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched on the U.S. Web Design System (USWDS): a title page
built like a federal agency's record page (the 'An official website' banner is left out, the
Public Sans type, the usa-* components). A poster; the <h1> (the meta line under it on some
deploys); 'Overview'; a 'Watch now' button; the facts as a usa-list--unstyled list of bold
'Label:' spans, a usa-table--borderless with row headers, or a plain table: 'Director(s)',
'Writer(s)', 'Music', 'Producer(s)', 'Cinematography' (traps), 'Genre', 'Country', 'Year',
'Run time: 111 minutes' (or '1 hr 51 min'; a series' ' per episode'), 'MPA rating'
(G/PG/PG-13/R/NC-17), 'Seasons', 'Release date: October 27, 1995' (or '10/27/1995') beside a
later 'Streaming date' (a trap), 'Production companies', 'Estimated budget', 'Worldwide
gross', 'Sound mix'; 'IMDb'; 'Cast'; the trailer; a series' episodes; rent/buy prices (a
trap); public comments; 'Related records'; a JSON-LD Movie on some pages. '1,234 ratings'
beside '12,345 page views' (a trap). No tagline, audience text or streaming block."""

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
    hm,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    us_date,
    votes_in,
)

NAME = "reelguide_uswds"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Movies", "TV shows", "People", "Search", "Sign in"),
    ("ReelGuide uses cookies to remember your settings.", "Accept", "Privacy policy"),
    ("About", "Accessibility", "FOIA", "Privacy policy", "Terms"),
    "© 2026 ReelGuide, Inc.",
    "__RG_USWDS__",
)
WORDS = Words(
    {
        "director": "Director(s)",
        "writer": "Writer(s)",
        "music": "Music",
        "producer": "Producer(s)",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Run time",
        "rating": "MPA rating",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Production companies",
        "budget": "Estimated budget",
        "box_office": "Worldwide gross",
    },
    {
        "about": "Overview",
        "details": "Record details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Public comments",
        "no_reviews": "No comments have been posted.",
        "rail": "Related records",
    },
)
SYSTEM = "the U.S. Web Design System (USWDS)"


def running(n: int, long: bool) -> str:
    """'111 minutes' or '1 hr 51 min'."""
    return f"{n} minutes" if long else hm(n, True, " hr", " min")


def votes(n: int) -> str:
    return votes_in("rating", n, paren=False)


def views(n: int) -> str:
    return f"{grouped(n)} page views"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, episode {e.number} · {running(e.minutes, long)} · {us_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Ways to watch</h2><p>Rent ${pick(rng, ("3.99", "4.99"))} · Buy ${pick(rng, ("12.99", "14.99"))}</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("Sound mix", pick(rng, ("Dolby Digital", "DTS", "Dolby Atmos")))])


SITE = Site(
    NAME,
    "rgu",
    CHROME,
    WORDS,
    us_date,
    running,
    " per episode",
    votes,
    dollars,
    views,
    _episode,
    _shop,
    ("usa-list", "usa-table", "table"),
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
    later="Streaming date",
    extra_rows=_more,
    cta="Watch now",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this relaunch's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="rgu-uswds">', 1)
