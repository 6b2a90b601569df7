# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched as a broadsheet: a newspaper's arts page, the facts
in the review's info box or run in as sentences, AP style dates. A backdrop; the <h1> (the
meta line under it on some deploys); 'In brief'; a 'Read the review' button; the facts as a
sentence-per-fact paragraph, CSS-drawn captions or stat tiles: 'Director', 'Writer', 'Composer',
'Producer', 'Cinematography' (traps), 'Genre', 'Country', 'Year', 'Running time: 111 minutes'
(or '1 hr. 51 min.'; a series' ' an episode'), 'Rating' (G/PG/PG-13/R/NC-17), 'Seasons',
'Release date: Oct. 27, 1995' (AP style, or '10/27/1995') beside a later 'On DVD' (a trap),
'Studio', 'Production budget', 'Worldwide gross', 'Language'; 'IMDb'; 'Cast'; the trailer; a series' episodes;
a subscription offer (a trap); reader comments; 'More from Arts'; a JSON-LD Movie on some pages.
'1,234 reader ratings' beside '12,345 shares' (a trap). No tagline, audience text or streaming
block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites44.common import (
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

NAME = "reelguide_broadsheet"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("News", "Arts", "Movies", "Television", "Subscribe"),
    ("ReelGuide uses cookies to count free articles.", "Accept", "Manage"),
    ("About us", "Ethics", "Contact the newsroom", "Privacy", "Terms"),
    "© 2026 The ReelGuide Broadsheet.",
    "__RG_BROADSHEET__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Studio",
        "budget": "Production budget",
        "box_office": "Worldwide gross",
    },
    {
        "about": "In brief",
        "details": "Info box",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Reader comments",
        "no_reviews": "No reader comments yet.",
        "rail": "More from Arts",
    },
)


def running_time(n: int, long: bool) -> str:
    """'111 minutes' or '1 hr. 51 min.'."""
    return f"{n} minutes" if long else hm(n, True, " hr.", " min.")


def votes(n: int) -> str:
    return votes_in("reader rating", n, paren=False)


def views(n: int) -> str:
    return f"{grouped(n)} shares"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Episode {e.number} · {running_time(e.minutes, long)} · {ap_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Subscribe</h2><p>Digital ${pick(rng, ("1.00", "2.00"))} a week for the first year · All access ${pick(rng, ("6.25", "7.50"))} a week</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("Language", pick(rng, ("English", "English, Spanish")))])


SITE = Site(
    NAME,
    "rgw",
    CHROME,
    WORDS,
    ap_date,
    running_time,
    " an episode",
    votes,
    dollars,
    views,
    _episode,
    _shop,
    ("prose", "caption", "stats"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    ("director", "author", "genre", "contentRating", "datePublished", "aggregateRating"),
    0.4,
    later="On DVD",
    extra_rows=_more,
    cta="Read the review",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The broadsheet page: the shared skeleton in this relaunch's words, formats and blocks."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="rgw-broadsheet">', 1)
