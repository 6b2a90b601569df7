# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched on Shoelace (now Web Awesome) web components: a title
page built from sl-* custom elements as a small independent streaming guide would. A
backdrop; the <h1> (the meta line under it on some deploys); 'Storyline'; a 'Watch trailer'
button; the facts as open sl-details (each fact's label only in the summary attribute, its
value the content), an sl-menu of sl-menu-labels each over its value's sl-menu-item, or a
plain definition list: 'Directors', 'Writers', 'Music', 'Producers', 'Camera' (traps),
'Genres', 'Countries', 'Year', 'Running time: 111 minutes' (or '1 hr 51 min'; a series' ' per
episode'), 'Rating' (G/PG/PG-13/R/NC-17), 'Seasons', 'Premiere: Oct. 27, 1995' (AP style, or
'10/27/1995') beside a later 'Re-release' (a trap), 'Studios', 'Budget', 'Worldwide gross',
'Filming location'; 'IMDb'; 'Cast'; the trailer; a series' episodes; digital prices (a trap);
comments; 'More to watch'; a JSON-LD Movie on some pages. '(1,234 ratings)' beside '12,345
shares' (a trap). No tagline, audience text or streaming block."""

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
    ap_date,
    dollars,
    fit_rng,
    hide,
    hm,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    votes_in,
)

NAME = "reelguide_shoelace"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Discover", "Movies", "Series", "Lists", "Sign in"),
    ("We use cookies to remember your lists.", "Okay", "Details"),
    ("About", "Feedback", "Privacy", "Terms", "Status"),
    "© 2026 ReelGuide",
    "__RG_SHOELACE__",
)
WORDS = Words(
    {
        "director": "Directors",
        "writer": "Writers",
        "music": "Music",
        "producer": "Producers",
        "camera": "Camera",
        "genre": "Genres",
        "country": "Countries",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Premiere",
        "studio": "Studios",
        "budget": "Budget",
        "box_office": "Worldwide gross",
    },
    {
        "about": "Storyline",
        "details": "Facts",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "More to watch",
    },
)
SYSTEM = "Shoelace (now Web Awesome)"


def running(n: int, long: bool) -> str:
    """'111 minutes' or '1 hr 51 min'."""
    return f"{n} minutes" if long else hm(n, True, " hr", " min")


def votes(n: int) -> str:
    return votes_in("rating", n)


def views(n: int) -> str:
    return f"{grouped(n)} shares"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number} (season {e.season}) · {running(e.minutes, long)} · {ap_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Get it</h2><p>4K ${pick(rng, ("19.99", "24.99"))} · HD ${pick(rng, ("14.99", "12.99"))}</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [("Filming location", pick(rng, ("Vancouver", "Atlanta", "Budapest", "Prague")))]
    )


SITE = Site(
    NAME,
    "rgs",
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
    ("sl-details", "sl-menu", "dl"),
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
    later="Re-release",
    extra_rows=_more,
    cta="Watch trailer",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this relaunch's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="rgs-shoelace">', 1)
