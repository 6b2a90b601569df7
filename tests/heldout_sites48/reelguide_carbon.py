# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched on IBM's Carbon Design System with its web components:
a title page built like an enterprise product's record view (IBM Plex, the 2x grid, cds-*
elements). A poster; the <h1> (the meta line under it on some deploys); 'Description'; a
'Stream now' button; the facts as a cds-structured-list (a row of two cells a fact), a grid of
cds-tiles (a cds--label over each value), or dot-leader lines: 'Director', 'Writers',
'Composer', 'Producers', 'Cinematographer' (traps), 'Genre', 'Country of origin', 'Release
year', 'Runtime: 111 min' (or '1 hr 51 min'; a series' ' per episode'), 'Rating'
(G/PG/PG-13/R/NC-17), 'Seasons', 'Initial release: October 27, 1995' (or '10/27/1995') beside
a later 'Streaming release' (a trap), 'Production company', 'Budget', 'Box office', 'Color';
'IMDb'; 'Cast'; the trailer; a series' episodes; pricing (a trap); user reviews; 'Related
titles'; a JSON-LD Movie on some pages. '1,234 user ratings' beside '12,345 followers' (a
trap). No tagline, audience text or streaming block."""

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

NAME = "reelguide_carbon"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Catalog", "Movies", "Series", "People", "Profile"),
    ("ReelGuide uses cookies.", "Accept all", "Cookie preferences"),
    ("Contact", "Privacy", "Terms of use", "Accessibility", "Cookie preferences"),
    "© 2026 ReelGuide Corporation",
    "__RG_CARBON__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writers",
        "music": "Composer",
        "producer": "Producers",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Country of origin",
        "year": "Release year",
        "runtime": "Runtime",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Initial release",
        "studio": "Production company",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Description",
        "details": "Properties",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "User reviews",
        "no_reviews": "No reviews",
        "rail": "Related titles",
    },
)
SYSTEM = "IBM's Carbon Design System"


def running(n: int, long: bool) -> str:
    """'111 min' or '1 hr 51 min'."""
    return f"{n} min" if long else hm(n, True, " hr", " min")


def votes(n: int) -> str:
    return votes_in("user rating", n, paren=False)


def views(n: int) -> str:
    return f"{grouped(n)} followers"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season} · Episode {e.number} · {running(e.minutes, long)} · {us_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Pricing</h2><p>Rent ${pick(rng, ("2.99", "3.99"))} · Purchase ${pick(rng, ("9.99", "12.99"))}</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("Color", pick(rng, ("Color", "Black and white")))])


SITE = Site(
    NAME,
    "rgc",
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
    ("cds-list", "cds-tiles", "leaders"),
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
    later="Streaming release",
    extra_rows=_more,
    cta="Stream now",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this relaunch's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="rgc-carbon">', 1)
