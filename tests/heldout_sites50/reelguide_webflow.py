# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched on Webflow: a title page published from a Webflow
CMS collection template, as the many Webflow-built film festival and studio sites publish
theirs (the w-* classes Webflow writes, Title Case labels). A backdrop; the <h1> (the meta line
under it on some deploys); 'Synopsis'; a 'Watch Trailer' button; the facts as a collection list
(w-dyn-list, w-dyn-items, a w-dyn-item per field with its label and bound value), a rich text
block (w-richtext, an <h6> label over a <p> value), or stat tiles: 'Director', 'Writer',
'Composer', 'Producer', 'Director of Photography' (traps), 'Genre', 'Country', 'Year',
'Runtime: 1h 51m' (or '111 min'; a series' ' per episode'), 'Rating' (G/PG/PG-13/R/NC-17),
'Seasons', 'Release Date: October 27, 1995' (or '10/27/1995') beside a later 'Streaming Date'
(a trap), 'Studio', 'Budget', 'Box Office', 'Language'; 'IMDb'; 'Cast'; the trailer; a series'
episodes; poster prints for sale (a trap); reviews; 'More Films'; a JSON-LD Movie on some
pages. '1,234 ratings' beside '12,345 likes' (a trap). No tagline, audience text or streaming
block."""

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

NAME = "reelguide_webflow"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Films", "Series", "Festivals", "Journal", "Sign In"),
    ("We use cookies to improve your experience.", "Accept", "Preferences"),
    ("About", "Press", "Contact", "Privacy Policy", "Made in Webflow"),
    "© 2026 ReelGuide",
    "__RG_WEBFLOW__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Director of Photography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box Office",
    },
    {
        "about": "Synopsis",
        "details": "Film Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Reviews",
        "no_reviews": "No reviews yet.",
        "rail": "More Films",
    },
)
SYSTEM = "Webflow"


def running(n: int, long: bool) -> str:
    """'1h 51m' or '111 min'."""
    return hm(n, True) if long else f"{n} min"


def votes(n: int) -> str:
    return votes_in("rating", n, paren=False)


def views(n: int) -> str:
    return f"{grouped(n)} likes"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} E{e.number} · {running(e.minutes, long)} · {us_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Prints</h2><p>Poster 18×24 ${pick(rng, ("24.00", "29.00"))} · Framed ${pick(rng, ("89.00", "99.00"))}</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("Language", pick(rng, ("English", "English, Spanish", "English, French")))])


SITE = Site(
    NAME,
    "rwf",
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
    ("wf-collection", "wf-richtext", "stats"),
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
    later="Streaming Date",
    extra_rows=_more,
    cta="Watch Trailer",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this relaunch's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="rwf-webflow">', 1)
