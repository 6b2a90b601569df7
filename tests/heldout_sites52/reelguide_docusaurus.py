# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched as a Docusaurus site: each title a Docusaurus doc page
in its classic theme (its admonitions and details, with their hashed CSS-module class names),
as React-built film reference sites publish theirs. A backdrop; the <h1> (the meta line under
it on some deploys); 'Overview'; a 'Start watching' button; the facts as info admonitions (an
admonitionHeading over the admonitionContent), open details elements, or dot leaders:
'Director(s)', 'Writer(s)', 'Composer', 'Producer(s)', 'Cinematographer' (traps), 'Genre(s)',
'Country', 'Release year', 'Runtime: 111 min' (or '1 h 51 min'; a series' ' per episode'),
'Content rating' (G/PG/PG-13/R/NC-17), 'Seasons', 'Release date: Friday, October 27, 1995' (or
'10/27/1995') beside a later 'Last updated on' (a trap), 'Studio(s)', 'Budget', 'Box office',
'Tags'; 'IMDb'; 'Cast'; the trailer; a series' episodes; backer tiers (a trap); feedback;
'Next'; a JSON-LD Movie on some pages. '1,234 votes' beside '12,345 page views' (a trap). No
tagline, audience text or streaming block."""

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
    us_date,
    votes_in,
    weekday_date,
)

NAME = "reelguide_docusaurus"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Docs", "Titles", "Blog", "Community", "GitHub"),
    ("We use cookies to understand how you use the docs.", "Accept", "Decline"),
    ("Docs", "Community", "Blog", "GitHub", "Built with Docusaurus."),
    "Copyright © 2026 ReelGuide, Inc.",
    "__RG_DOCUSAURUS__",
)
WORDS = Words(
    {
        "director": "Director(s)",
        "writer": "Writer(s)",
        "music": "Composer",
        "producer": "Producer(s)",
        "camera": "Cinematographer",
        "genre": "Genre(s)",
        "country": "Country",
        "year": "Release year",
        "runtime": "Runtime",
        "rating": "Content rating",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Studio(s)",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Overview",
        "details": "Title facts",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Feedback",
        "no_reviews": "No feedback yet.",
        "rail": "Next",
    },
)
SYSTEM = "Docusaurus"


def running(n: int, long: bool) -> str:
    """'111 min' or '1 h 51 min'."""
    return f"{n} min" if long else hm(n, True, " h", " min")


def votes(n: int) -> str:
    return votes_in("vote", n, paren=False)


def views(n: int) -> str:
    return f"{grouped(n)} page views"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number} · Season {e.season} · {running(e.minutes, long)} · {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return (
        f'<aside class="{c("shop")}"><h2>Backers</h2>'
        + f"<p>Individual ${pick(rng, ('2', '5'))}/month · Company ${pick(rng, ('100', '200'))}/month</p>"
        + "</aside>"
    )


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("Tags", pick(rng, ("classic, drama-club", "restored", "essential")))])


SITE = Site(
    NAME,
    "rdc",
    CHROME,
    WORDS,
    weekday_date,
    running,
    " per episode",
    votes,
    dollars,
    views,
    _episode,
    _shop,
    ("docusaurus-admonition", "docusaurus-details", "leaders"),
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
    cta="Start watching",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this relaunch's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="rdc-docusaurus">', 1)
