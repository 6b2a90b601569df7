# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched as an Astro Starlight site: each title a Starlight page
(its asides and cards), as Astro-built film handbooks publish theirs. A poster; the <h1> (the
meta line under it on some deploys); 'Plot'; an 'Open in app' button; the facts as note asides
(the label both the aside's aria-label and its aria-hidden title, over the value), cards in a
card grid (a title over the body), or CSS captions: 'Direction', 'Script', 'Score', 'Executive
producer', 'Camera' (traps), 'Genres', 'Country of origin', 'Year', 'Duration: 111 minutes' (or
'1 hour 51 minutes'; a series' ' per episode'), 'MPA' (G/PG/PG-13/R/NC-17), 'Seasons',
'Premiered: Oct. 27, 1995' (or '10/27/1995') beside a later 'Last updated' (a trap),
'Studios', 'Budget', 'Box office', 'Language'; 'IMDb'; 'Cast'; the trailer; a series'
episodes; a supporter plan (a trap); comments; 'Next'; a JSON-LD Movie on some pages. '1,234
votes' beside 'Edited 12,345 times' (a trap). No tagline, audience text or streaming
block."""

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
    ap_date,
    dollars,
    fit_rng,
    hide,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    votes_in,
    words_hm,
)

NAME = "reelguide_starlight"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Start here", "Titles", "People", "Lists", "Search"),
    ("We use cookies to improve the docs.", "Allow", "Deny"),
    ("Edit page", "Contributors", "Privacy", "Terms", "Built with Starlight"),
    "© 2026 ReelGuide",
    "__RG_STARLIGHT__",
)
WORDS = Words(
    {
        "director": "Direction",
        "writer": "Script",
        "music": "Score",
        "producer": "Executive producer",
        "camera": "Camera",
        "genre": "Genres",
        "country": "Country of origin",
        "year": "Year",
        "runtime": "Duration",
        "rating": "MPA",
        "seasons": "Seasons",
        "released": "Premiered",
        "studio": "Studios",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Plot",
        "details": "At a glance",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Next",
    },
)
SYSTEM = "Starlight"


def running(n: int, long: bool) -> str:
    """'111 minutes' or '1 hour 51 minutes'."""
    return f"{n} minutes" if long else words_hm(n)


def votes(n: int) -> str:
    return votes_in("vote", n, paren=False)


def views(n: int) -> str:
    return f"Edited {grouped(n)} times"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season} · Episode {e.number} · {running(e.minutes, long)} · {ap_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return (
        f'<aside class="{c("shop")}"><h2>Supporters</h2>'
        + f"<p>Supporter ${pick(rng, ('4', '8'))}/month · Patron ${pick(rng, ('40', '80'))}/year</p>"
        + "</aside>"
    )


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("Language", pick(rng, ("English", "English, Italian", "English, German")))])


SITE = Site(
    NAME,
    "rsl",
    CHROME,
    WORDS,
    ap_date,
    running,
    " per episode",
    votes,
    dollars,
    views,
    _episode,
    _shop,
    ("starlight-aside", "starlight-card", "caption"),
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
    later="Last updated",
    extra_rows=_more,
    cta="Open in app",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this relaunch's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="rsl-starlight">', 1)
