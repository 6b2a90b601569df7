# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched on Microsoft's Fluent UI web components: a title page
built like a Microsoft Store movie page (Segoe UI, acrylic cards, fluent-* elements). A
backdrop; the <h1> (the meta line under it on some deploys); 'Description'; a 'Buy or rent'
button; the facts as a fluent-data-grid without a header (a fluent-data-grid-row of two
cells a fact), fluent-label / fluent-text pairs, or CSS-drawn captions: 'Director', 'Writer',
'Original music', 'Executive producer', 'Cinematography' (traps), 'Category',
'Country/region', 'Release year', 'Duration: 1 h 51 min' (or '111 min'; a series' ' per
episode'), 'Age rating' (G/PG/PG-13/R/NC-17), 'Seasons', 'Release date: Oct 27, 1995' (or
'10/27/1995') beside a later 'Available on Movies & TV' (a trap), 'Studio', 'Budget',
'Gross', 'Video quality'; 'IMDb'; 'Cast'; the trailer; a series' episodes; buy/rent prices (a
trap); ratings and reviews; 'People also like'; a JSON-LD Movie on some pages. '1,234
ratings' beside '12,345 downloads' (a trap). No tagline, audience text or streaming block."""

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
    short_date,
    votes_in,
)

NAME = "reelguide_fluent"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Home", "Apps", "Gaming", "Movies & TV", "Library"),
    ("ReelGuide uses cookies to improve your experience.", "Accept", "Manage cookies"),
    ("What's new", "Support", "Privacy", "Terms of use", "Trademarks"),
    "© ReelGuide 2026",
    "__RG_FLUENT__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Original music",
        "producer": "Executive producer",
        "camera": "Cinematography",
        "genre": "Category",
        "country": "Country/region",
        "year": "Release year",
        "runtime": "Duration",
        "rating": "Age rating",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Gross",
    },
    {
        "about": "Description",
        "details": "Additional information",
        "cast": "Cast and crew",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Ratings and reviews",
        "no_reviews": "No reviews yet.",
        "rail": "People also like",
    },
)
SYSTEM = "Microsoft's Fluent UI (Fluent web components)"


def running(n: int, long: bool) -> str:
    """'1 h 51 min' or '111 min'."""
    return hm(n, True, " h", " min") if long else f"{n} min"


def votes(n: int) -> str:
    return votes_in("rating", n, paren=False)


def views(n: int) -> str:
    return f"{grouped(n)} downloads"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Episode {e.number} · {running(e.minutes, long)} · {short_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Buy or rent</h2><p>Buy HD ${pick(rng, ("14.99", "19.99"))} · Rent HD ${pick(rng, ("3.99", "5.99"))}</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("Video quality", pick(rng, ("HD", "4K UHD", "SD")))])


SITE = Site(
    NAME,
    "rgfu",
    CHROME,
    WORDS,
    short_date,
    running,
    " per episode",
    votes,
    dollars,
    views,
    _episode,
    _shop,
    ("fluent-grid", "fluent-labels", "caption"),
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
    later="Available on Movies & TV",
    extra_rows=_more,
    cta="Buy or rent",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this relaunch's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="rgfu-fluent">', 1)
