# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched on WordPress with the block editor (Gutenberg): a
title page written as a post from core blocks, as the many WordPress film blogs and databases
publish theirs (wp-block-* classes, the is-layout-* classes WordPress 6 writes). A poster; the
<h1> (the meta line under it on some deploys); 'Plot Summary'; a 'Read the Review' button; the
facts as a table block (figure.wp-block-table, a <strong> label cell beside the value), open
details blocks (details.wp-block-details, the label its <summary>), or dot leaders: 'Directed
By', 'Written By', 'Music By', 'Produced By', 'Cinematography By' (traps), 'Genres',
'Countries', 'Year', 'Running Time: 111 minutes' (or '1 hour 51 minutes'; a series' ' per
episode'), 'MPAA Rating' (G/PG/PG-13/R/NC-17), 'Number of Seasons', 'Release Date: October
27, 1995' (or '10/27/1995') beside a later 'Blu-ray Release' (a trap), 'Production
Companies', 'Budget', 'Box Office', 'Sound Mix'; 'IMDb'; 'Cast'; the trailer; a series'
episodes; a tip jar (a trap); comments; 'Related Posts'; a JSON-LD Movie on some pages. '1,234
votes' beside 'Read 12,345 times' (a trap). No tagline, audience text or streaming block."""

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
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    us_date,
    votes_in,
    words_hm,
)

NAME = "reelguide_gutenberg"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Home", "Reviews", "Movies", "TV", "About"),
    ("We use cookies to give you the best experience on our website.", "Accept", "Read more"),
    ("About", "Contact", "Privacy Policy", "Sitemap", "Proudly powered by WordPress"),
    "© 2026 ReelGuide",
    "__RG_GUTENBERG__",
)
WORDS = Words(
    {
        "director": "Directed By",
        "writer": "Written By",
        "music": "Music By",
        "producer": "Produced By",
        "camera": "Cinematography By",
        "genre": "Genres",
        "country": "Countries",
        "year": "Year",
        "runtime": "Running Time",
        "rating": "MPAA Rating",
        "seasons": "Number of Seasons",
        "released": "Release Date",
        "studio": "Production Companies",
        "budget": "Budget",
        "box_office": "Box Office",
    },
    {
        "about": "Plot Summary",
        "details": "Movie Info",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Related Posts",
    },
)
SYSTEM = "WordPress block editor"


def running(n: int, long: bool) -> str:
    """'111 minutes' or '1 hour 51 minutes'."""
    return f"{n} minutes" if long else words_hm(n)


def votes(n: int) -> str:
    return votes_in("vote", n, paren=False)


def views(n: int) -> str:
    return f"Read {grouped(n)} times"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season} Episode {e.number} – {running(e.minutes, long)} – {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Support ReelGuide</h2><p>Buy us a coffee ${pick(rng, ("3", "5"))} · Become a patron ${pick(rng, ("7", "10"))}/month</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("Sound Mix", pick(rng, ("Dolby Digital", "DTS", "Dolby Atmos")))])


SITE = Site(
    NAME,
    "rgw",
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
    ("wp-table", "wp-details", "leaders"),
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
    later="Blu-ray Release",
    extra_rows=_more,
    cta="Read the Review",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this relaunch's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="rgw-gutenberg">', 1)
