# ruff: noqa: E501  (HTML templates read best on one line)
"""MagellanTV (English, US), the documentary streaming service: a documentary or docuseries
page (a backdrop, the <h1> with the meta line under it on some deploys, 'Overview', a 'Watch
Now' button, the specs). The facts as a presentation table of label-cell / value-cell pairs,
a list whose every fact is an icon named by its accessible name (an svg's aria-label) beside
the value, or a table with row headers (an earlier set's): 'Director', 'Writer', 'Original
Music', 'Executive Producer', 'Camera' (traps), 'Genre', 'Country of Origin', 'Production
Year', 'Duration: 111 min' (or '1h 51m'; a series' ' per episode'), 'Rated', 'Seasons',
'Release Date: October 27, 1995' (or '10/27/1995') beside a later 'Streaming Since' (a trap),
'Production Company', 'Budget', 'Gross', 'Narration' and 'Resolution' (no key); 'IMDb';
'Cast'; the trailer; a series' episodes; membership prices (a trap); comments; 'Related
Documentaries'; a JSON-LD Movie on some pages. '1,234 ratings' beside '12,345 plays' (a trap).
No tagline, audience text or streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites49.common import (
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

NAME = "magellantv"
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "MagellanTV",
    ("Home", "Documentaries", "Playlists", "Channels", "Sign In"),
    ("We use cookies to personalize your experience.", "Accept", "Privacy Policy"),
    ("About Us", "Help", "Gift Cards", "Privacy", "Terms"),
    "© 2026 MagellanTV, Inc.",
    "__MAGELLAN__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Original Music",
        "producer": "Executive Producer",
        "camera": "Camera",
        "genre": "Genre",
        "country": "Country of Origin",
        "year": "Production Year",
        "runtime": "Duration",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Production Company",
        "budget": "Budget",
        "box_office": "Gross",
    },
    {
        "about": "Overview",
        "details": "Specs",
        "cast": "Featuring",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Related Documentaries",
    },
)
SERVICE = "MagellanTV"


def running(n: int, long: bool) -> str:
    """'111 min' or '1h 51m'."""
    return f"{n} min" if long else hm(n, True)


def votes(n: int) -> str:
    return votes_in("rating", n, paren=False)


def views(n: int) -> str:
    return f"{grouped(n)} plays"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season} · Episode {e.number} · {running(e.minutes, long)} · {us_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    prices = f"Monthly ${pick(rng, ('5.99', '6.99'))} · Annual ${pick(rng, ('39.99', '49.99'))}"
    return f'<aside class="{c("shop")}"><h2>Membership</h2><p>{prices}</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("Narration", "English"), ("Resolution", pick(rng, ("HD", "4K UHD")))])


SITE = Site(
    NAME,
    "mgl",
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
    ("mtv-table", "mtv-icons", "table"),
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
    later="Streaming Since",
    extra_rows=_more,
    cta="Watch Now",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this service's words, formats and markups."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="mgl-magellantv">', 1)
