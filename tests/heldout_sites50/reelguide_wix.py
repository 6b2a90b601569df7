# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched on Wix: a title page made in the Wix Editor, as the
many Wix-built indie film sites publish theirs (the wixui-* classes and the font_N text
themes Wix writes, data-testid="richTextElement"). A backdrop; the <h1> (the meta line under
it on some deploys); 'Storyline'; a 'Watch Now' button; the facts as a repeater
(wixui-repeater__item, an <h6 class="font_6"> label over a <p class="font_8"> value), one rich
text element with a bold 'Label:' span before each value, or a plain table: 'Director',
'Screenplay', 'Original Score', 'Producer', 'Cinematography' (traps), 'Genre', 'Country of
Origin', 'Year', 'Length: 111 mins' (or '1h 51min'; a series' ' per episode'), 'Rating'
(G/PG/PG-13/R/NC-17), 'Seasons', 'Release: October 27, 1995' (or '10/27/1995') beside a later
'Home Release' (a trap), 'Production Company', 'Budget', 'Gross', 'Language'; 'IMDb'; 'Cast';
the trailer; a series' episodes; screening ticket prices (a trap); reviews; 'More to
Watch'; a JSON-LD Movie on some pages. '1,234 votes' beside '12,345 members' (a trap). No
tagline, audience text or streaming block."""

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

NAME = "reelguide_wix"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Home", "Movies", "Shows", "Blog", "Log In"),
    ("This website uses cookies. By continuing you accept them.", "Accept", "Settings"),
    ("About", "Contact", "FAQ", "Privacy Policy", "Accessibility Statement"),
    "© 2026 by ReelGuide. Proudly created with Wix.com",
    "__RG_WIX__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenplay",
        "music": "Original Score",
        "producer": "Producer",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Country of Origin",
        "year": "Year",
        "runtime": "Length",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release",
        "studio": "Production Company",
        "budget": "Budget",
        "box_office": "Gross",
    },
    {
        "about": "Storyline",
        "details": "Info",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Reviews",
        "no_reviews": "There are no reviews yet.",
        "rail": "More to Watch",
    },
)
SYSTEM = "Wix"


def running(n: int, long: bool) -> str:
    """'111 mins' or '1h 51min'."""
    return f"{n} mins" if long else hm(n, True, "h", "min")


def votes(n: int) -> str:
    return votes_in("vote", n, paren=False)


def views(n: int) -> str:
    return f"{grouped(n)} members"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Ep. {e.number} · Season {e.season} · {running(e.minutes, long)} · {us_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Screening Tickets</h2><p>General ${pick(rng, ("12.00", "14.00"))} · Members ${pick(rng, ("8.00", "9.00"))}</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("Language", pick(rng, ("English", "English, Italian", "English, German")))])


SITE = Site(
    NAME,
    "rwx",
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
    ("wix-repeater", "wix-text", "table"),
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
    later="Home Release",
    extra_rows=_more,
    cta="Watch Now",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this relaunch's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="rwx-wix">', 1)
