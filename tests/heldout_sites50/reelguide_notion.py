# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched as a published Notion site: each title a page of a
Notion database published to the web, as the many Notion film trackers and watchlists are
shared (the page's database properties over its body). A backdrop (the page cover); the <h1>
(the meta line under it on some deploys); 'Summary'; a 'Duplicate' button; the facts as the
page's properties table (Notion's HTML export: table.properties, tr.property-row, the property
name in a <th> after its icon), the published page's collection row properties
(notion-collection-row-property, notion-collection-column-title beside
notion-collection-row-value), or CSS captions: 'Director', 'Writer', 'Score', 'Producers',
'DP' (traps), 'Genres', 'Country', 'Year', 'Runtime: 111 min' (or '1h 51m'; a series' ' per
episode'), 'MPA' (G/PG/PG-13/R/NC-17), 'Seasons', 'Released: October 27, 1995' (or
'10/27/1995') beside a later 'Date watched' (a trap), 'Production', 'Budget', 'Gross',
'Status'; 'IMDb'; 'Cast'; the trailer; a series' episodes; the template's price (a trap);
comments; 'Linked titles'; a JSON-LD Movie on some pages. '1,234 votes' beside 'Duplicated
12,345 times' (a trap). No tagline, audience text or streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites50.common import (
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

NAME = "reelguide_notion"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("ReelGuide", "Movies", "Shows", "Watchlist", "Get Notion free"),
    ("Notion uses cookies.", "Accept all", "Reject optional"),
    ("Built with Notion", "Templates", "Contact", "Privacy", "Terms"),
    "© 2026 ReelGuide",
    "__RG_NOTION__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Score",
        "producer": "Producers",
        "camera": "DP",
        "genre": "Genres",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "MPA",
        "seasons": "Seasons",
        "released": "Released",
        "studio": "Production",
        "budget": "Budget",
        "box_office": "Gross",
    },
    {
        "about": "Summary",
        "details": "Properties",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet",
        "rail": "Linked titles",
    },
)
SYSTEM = "Notion"


def running(n: int, long: bool) -> str:
    """'111 min' or '1h 51m'."""
    return f"{n} min" if long else hm(n, True)


def votes(n: int) -> str:
    return votes_in("vote", n, paren=False)


def views(n: int) -> str:
    return f"Duplicated {grouped(n)} times"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season}·E{e.number} · {running(e.minutes, long)} · {us_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Get the template</h2><p>Movie tracker ${pick(rng, ("9", "12"))} · Bundle ${pick(rng, ("19", "24"))}</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("Status", pick(rng, ("Watched", "Watching", "Up next")))])


SITE = Site(
    NAME,
    "rno",
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
    ("notion-properties", "notion-collection", "caption"),
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
    later="Date watched",
    extra_rows=_more,
    cta="Duplicate",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this relaunch's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="rno-notion">', 1)
