# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched on Material Design 3 with Google's Material Web
components: a title page built like an Android-style app's detail screen (rounded surfaces,
Roboto, md-* custom elements). A backdrop; the <h1> (the meta line under it on some deploys);
'About this title'; a 'Play' button; the facts as an md-list of md-list-items (the value the
headline slot, the label the supporting-text slot under it), an md-chip-set of md-assist-chips
('Label: value' only in each chip's label attribute), or stat tiles: 'Directed by', 'Written
by', 'Music by', 'Produced by', 'Cinematography by' (traps), 'Genres', 'Countries', 'Year',
'Duration: 1h 51m' (or '111m'; a series' '/episode'), 'Rated' (G/PG/PG-13/R/NC-17), 'Seasons',
'Release date: Oct 27, 1995' (or '10/27/1995') beside a later 'Digital release' (a trap),
'Studios', 'Budget', 'Revenue', 'Original language'; 'IMDb'; 'Cast'; the trailer; a series'
episodes; rent/buy prices (a trap); user reviews; 'You might also like'; a JSON-LD Movie on
some pages. '1,234 votes' beside 'On 12,345 watchlists' (a trap). No tagline, audience text or
streaming block."""

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

NAME = "reelguide_material"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Home", "Movies", "Shows", "Library", "Account"),
    ("ReelGuide uses cookies to personalize content.", "OK", "Settings"),
    ("About", "Help", "Privacy", "Terms", "Sitemap"),
    "© 2026 ReelGuide LLC",
    "__RG_MATERIAL__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Music by",
        "producer": "Produced by",
        "camera": "Cinematography by",
        "genre": "Genres",
        "country": "Countries",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Studios",
        "budget": "Budget",
        "box_office": "Revenue",
    },
    {
        "about": "About this title",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "User reviews",
        "no_reviews": "No reviews yet",
        "rail": "You might also like",
    },
)
SYSTEM = "Material Design 3 (Material Web)"


def running(n: int, long: bool) -> str:
    """'1h 51m' or '111m'."""
    return hm(n, long)


def votes(n: int) -> str:
    return votes_in("vote", n, paren=False)


def views(n: int) -> str:
    return f"On {grouped(n)} watchlists"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} E{e.number} · {running(e.minutes, long)} · {short_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Rent or buy</h2><p>Rent HD ${pick(rng, ("3.99", "5.99"))} · Buy HD ${pick(rng, ("14.99", "19.99"))}</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("Original language", pick(rng, ("English", "French", "Spanish")))])


SITE = Site(
    NAME,
    "rgm",
    CHROME,
    WORDS,
    short_date,
    running,
    "/episode",
    votes,
    dollars,
    views,
    _episode,
    _shop,
    ("md-list", "md-chips", "stats"),
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
    later="Digital release",
    extra_rows=_more,
    cta="Play",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this relaunch's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="rgm-material">', 1)
