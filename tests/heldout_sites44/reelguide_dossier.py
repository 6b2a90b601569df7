# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched as a dossier: each title a case file, typewriter
headings, the facts as the file's captioned entries. A poster; the <h1> (the meta line under it
on some deploys); 'Brief'; an 'Open the file' button; the facts as CSS-drawn captions (the
label only in a data-caption attribute), dot-leader lines or <var>/<samp> lines: 'Directed by',
'Written by', 'Composer', 'Executive producer', 'Director of photography' (traps), 'Genre',
'Made in', 'Year', 'Length: 111 min' (or '1 hr 51 min'; a series' ' each'), 'MPA'
(G/PG/PG-13/R/NC-17), 'Seasons', 'Opened: Friday, October 27, 1995' (or '10/27/1995') beside a
later 'TV premiere' (a trap), 'Made by', 'Budget', 'Box office', 'Color'; 'IMDb'; 'Cast'; the
trailer; a series' episodes; a membership's price (a trap); field notes; 'Related files'; a
JSON-LD Movie on some pages. '(1,234 user ratings)' beside '12,345 views' (a trap). No
tagline, audience text or streaming block."""

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
    weekday_date,
)

NAME = "reelguide_dossier"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Files", "People", "Studios", "Archive", "Sign in"),
    ("ReelGuide keeps a cookie for your open files.", "Understood", "Details"),
    ("About", "Sources", "Contact", "Privacy", "Terms"),
    "© 2026 ReelGuide Dossier.",
    "__RG_DOSSIER__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Composer",
        "producer": "Executive producer",
        "camera": "Director of photography",
        "genre": "Genre",
        "country": "Made in",
        "year": "Year",
        "runtime": "Length",
        "rating": "MPA",
        "seasons": "Seasons",
        "released": "Opened",
        "studio": "Made by",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Brief",
        "details": "File",
        "cast": "Persons of interest",
        "trailer": "Footage",
        "episodes": "Episodes",
        "reviews": "Field notes",
        "no_reviews": "No field notes yet.",
        "rail": "Related files",
    },
)


def length(n: int, long: bool) -> str:
    """'111 min' or '1 hr 51 min'."""
    return f"{n} min" if long else hm(n, True, " hr", " min")


def votes(n: int) -> str:
    return votes_in("user rating", n)


def views(n: int) -> str:
    return f"{grouped(n)} views"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>E{e.number} (S{e.season}) · {length(e.minutes, long)} · {weekday_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Membership</h2><p>Agent ${pick(rng, ("4.99", "5.99"))}/mo · Director ${pick(rng, ("49.99", "59.99"))}/yr</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("Color", pick(rng, ("In color", "Black and white")))])


SITE = Site(
    NAME,
    "rgd",
    CHROME,
    WORDS,
    weekday_date,
    length,
    " each",
    votes,
    dollars,
    views,
    _episode,
    _shop,
    ("caption", "leaders", "kv"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    ("director", "author", "genre", "contentRating", "datePublished", "aggregateRating"),
    0.4,
    later="TV premiere",
    extra_rows=_more,
    cta="Open the file",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The dossier page: the shared skeleton in this relaunch's words, formats and blocks."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="rgd-dossier">', 1)
