# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched as a Sphinx site on Read the Docs: each title a page in
the Read the Docs theme (docutils field lists and tables), as reStructuredText film catalogues
publish theirs. A backdrop; the <h1> (the meta line under it on some deploys); 'Description';
a 'Download' button; the facts as a docutils field list (dt 'Label:' with the colon in its own
span, dd the value), a docutils table with stub header cells, or a plain table: 'Director',
'Author' (Sphinx's own field for the writer), 'Music', 'Producer', 'Photography' (traps),
'Genre', 'Country', 'Year', 'Running time: 111 minutes' (or '1 hour 51 minutes'; a series' '
per episode'), 'Rating' (G/PG/PG-13/R/NC-17), 'Seasons', 'Released on: October 27, 1995' (or
'10/27/1995') beside a later 'Last updated on' (a trap), 'Studio', 'Budget', 'Box office',
'Version'; 'IMDb'; 'Cast'; the trailer; a series' episodes; donation amounts (a trap);
comments; 'Next'; a JSON-LD Movie on some pages. '1,234 votes' beside '12,345 downloads this
month' (a trap). No tagline, audience text or streaming block."""

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
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    us_date,
    votes_in,
    words_hm,
)

NAME = "reelguide_sphinx"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Contents", "Index", "Search", "Glossary", "Read the Docs"),
    ("This site uses cookies.", "OK", "Privacy policy"),
    (
        "Previous",
        "Next",
        "Index",
        "Search",
        "Built with Sphinx using a theme provided by Read the Docs.",
    ),
    "© Copyright 2026, ReelGuide.",
    "__RG_SPHINX__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Author",
        "music": "Music",
        "producer": "Producer",
        "camera": "Photography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Released on",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Description",
        "details": "Metadata",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments.",
        "rail": "Next",
    },
)
SYSTEM = "Sphinx"


def running(n: int, long: bool) -> str:
    """'111 minutes' or '1 hour 51 minutes'."""
    return f"{n} minutes" if long else words_hm(n)


def votes(n: int) -> str:
    return votes_in("vote", n, paren=False)


def views(n: int) -> str:
    return f"{grouped(n)} downloads this month"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number} of season {e.season} · {running(e.minutes, long)} · {us_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return (
        f'<aside class="{c("shop")}"><h2>Donate</h2>'
        + f"<p>Give ${pick(rng, ('5', '10'))} · Give ${pick(rng, ('50', '100'))}</p>"
        + "</aside>"
    )


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("Version", pick(rng, ("1.0", "2.1", "3.0.2")))])


SITE = Site(
    NAME,
    "rsp",
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
    ("sphinx-field-list", "sphinx-docutils-table", "table"),
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
    later="Last updated on",
    extra_rows=_more,
    cta="Download",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this relaunch's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="rsp-sphinx">', 1)
