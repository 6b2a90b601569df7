# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched on GitHub's Primer design system: a title page built
like a GitHub repository page (a Box of rows, Labels, the About sidebar, counters). A poster;
the <h1> (the meta line under it on some deploys); 'About'; a 'Watch' button; the facts as
Primer Box rows (the label a muted col-4 span, the value a col-8 span), Primer Labels before
each value, or stat tiles: 'Directed by', 'Screenplay', 'Music', 'Produced by', 'Director of
photography' (traps; it begins with the word 'Director'), 'Topics', 'Country', 'Year',
'Runtime: 1h 51m' (or '111m'; a series' ' per episode'), 'MPA rating' (G/PG/PG-13/R/NC-17),
'Seasons', 'Released: Oct 27, 1995' (or '10/27/1995') beside a later 'Streaming since' (a
trap), 'Studio', 'Budget', 'Box office', 'Film stock'; 'IMDb'; 'Cast'; the trailer; a
series' episodes; sponsor tiers with prices (a trap); discussions; 'Related titles'; a JSON-LD
Movie on some pages. '1,234 ratings' beside '12,345 watchers' (a trap). No tagline, audience
text or streaming block."""

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

NAME = "reelguide_primer"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Explore", "Movies", "Shows", "Topics", "Sign in"),
    ("We use optional cookies to improve your experience.", "Accept", "Manage cookies"),
    ("Docs", "Status", "Privacy", "Terms", "Contact"),
    "© 2026 ReelGuide, Inc.",
    "__RG_PRIMER__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Screenplay",
        "music": "Music",
        "producer": "Produced by",
        "camera": "Director of photography",
        "genre": "Topics",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "MPA rating",
        "seasons": "Seasons",
        "released": "Released",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "About",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Discussions",
        "no_reviews": "There aren't any discussions yet.",
        "rail": "Related titles",
    },
)
SYSTEM = "GitHub's Primer design system"


def running(n: int, long: bool) -> str:
    """'1h 51m' or '111m'."""
    return hm(n, long)


def votes(n: int) -> str:
    return votes_in("rating", n, paren=False)


def views(n: int) -> str:
    return f"{grouped(n)} watchers"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season} · Episode {e.number} · {running(e.minutes, long)} · {short_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Sponsor</h2><p>${pick(rng, ("5", "10"))} a month · ${pick(rng, ("25", "50"))} one time</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("Film stock", pick(rng, ("35 mm", "16 mm", "Digital")))])


SITE = Site(
    NAME,
    "rgp",
    CHROME,
    WORDS,
    short_date,
    running,
    " per episode",
    votes,
    dollars,
    views,
    _episode,
    _shop,
    ("primer-box", "primer-labels", "stats"),
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
    later="Streaming since",
    extra_rows=_more,
    cta="Watch",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this relaunch's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="rgp-primer">', 1)
