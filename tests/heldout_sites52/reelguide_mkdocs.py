# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched as an MkDocs Material site: each title a page of a
Material for MkDocs site (its admonitions and grid cards in md-typeset), as Python-built film
archives publish theirs. A poster; the <h1> (the meta line under it on some deploys);
'Abstract'; a 'Get it' button; the facts as info admonitions (an admonition-title over the
value), grid cards (a bold label, a rule, the value), or a plain definition list: 'Director',
'Writers', 'Original score', 'Producer', 'Cinematography' (traps), 'Genre', 'Country', 'Year',
'Run time: 111 mins' (or '1h 51min'; a series' ' per episode'), 'Rated' (G/PG/PG-13/R/NC-17),
'Seasons', 'Theatrical release: Oct 27, 1995' (or '10/27/1995') beside a later 'Last update'
(the git-revision-date plugin's, a trap), 'Production company', 'Budget', 'Gross', 'Language';
'IMDb'; 'Cast'; the trailer; a series' episodes; Insiders pricing (a trap); comments; 'Next';
a JSON-LD Movie on some pages. '1,234 votes' beside '12,345 downloads' (a trap). No tagline,
audience text or streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites52.common import (
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

NAME = "reelguide_mkdocs"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Home", "Catalogue", "People", "Blog", "Search"),
    (
        "We use cookies to measure the effectiveness of our documentation.",
        "Accept",
        "Manage settings",
    ),
    ("Previous", "Next", "Privacy", "Imprint", "Made with Material for MkDocs"),
    "Copyright © 2026 ReelGuide",
    "__RG_MKDOCS__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writers",
        "music": "Original score",
        "producer": "Producer",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Run time",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Theatrical release",
        "studio": "Production company",
        "budget": "Budget",
        "box_office": "Gross",
    },
    {
        "about": "Abstract",
        "details": "Information",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Next",
    },
)
SYSTEM = "MkDocs Material"


def running(n: int, long: bool) -> str:
    """'111 mins' or '1h 51min'."""
    return f"{n} mins" if long else hm(n, True, "h", "min")


def votes(n: int) -> str:
    return votes_in("vote", n, paren=False)


def views(n: int) -> str:
    return f"{grouped(n)} downloads"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number}, season {e.season} · {running(e.minutes, long)} · {short_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return (
        f'<aside class="{c("shop")}"><h2>Insiders</h2>'
        + f"<p>Individual ${pick(rng, ('15', '20'))}/month · Organization ${pick(rng, ('150', '250'))}/month</p>"
        + "</aside>"
    )


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("Language", pick(rng, ("English", "English, Danish", "English, Swedish")))])


SITE = Site(
    NAME,
    "rmk",
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
    ("mkdocs-admonition", "mkdocs-grid-cards", "dl"),
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
    later="Last update",
    extra_rows=_more,
    cta="Get it",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this relaunch's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="rmk-mkdocs">', 1)
