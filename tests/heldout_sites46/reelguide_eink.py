# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched for e-ink readers: the page an e-reader's
experimental browser gets (as Kindle's and Kobo's browsers render text-first pages), black on
white, no color or motion, serif type, the facts as printed text. A poster; the <h1> (the meta
line under it on some deploys); 'Synopsis'; a 'Send to device' link; the facts as dash lines,
a sheet (labels across a header row of <th abbr>, values under them) or dot-leader lines:
'Directed by', 'Written by', 'Music by', 'Produced by', 'Photographed by' (traps), 'Genres',
'Countries', 'Year', 'Duration: 111 minutes' (or '1 hr 51 min'; a series' ' each'), 'MPA
rating' (G/PG/PG-13/R/NC-17), 'Seasons', 'Released: Oct. 27, 1995' (AP style, or '10/27/1995')
beside a later 'On home video' (a trap), 'Production', 'Budget', 'Gross', 'Aspect ratio' (no
key); 'IMDb'; 'Cast'; the trailer; a series' episodes; the Reader Plus price (a trap); reader
notes; 'Further reading'; a JSON-LD Movie on some pages. '(1,234 ratings)' beside '12,345
highlights' (a trap). No tagline, audience text or streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites46.common import (
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
)

NAME = "reelguide_eink"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Library", "Browse", "Search", "Bookmarks", "Settings"),
    ("ReelGuide keeps your bookmarks in a cookie.", "Accept", "Details"),
    ("About", "Reader help", "Devices", "Privacy", "Terms"),
    "© 2026 ReelGuide Reader",
    "__RG_EINK__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Music by",
        "producer": "Produced by",
        "camera": "Photographed by",
        "genre": "Genres",
        "country": "Countries",
        "year": "Year",
        "runtime": "Duration",
        "rating": "MPA rating",
        "seasons": "Seasons",
        "released": "Released",
        "studio": "Production",
        "budget": "Budget",
        "box_office": "Gross",
    },
    {
        "about": "Synopsis",
        "details": "Particulars",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Reader notes",
        "no_reviews": "No notes yet.",
        "rail": "Further reading",
    },
)


def duration(n: int, long: bool) -> str:
    """'111 minutes' or '1 hr 51 min'."""
    return f"{n} minutes" if long else hm(n, True, " hr", " min")


def votes(n: int) -> str:
    return f"({grouped(n)} rating" + ("" if n == 1 else "s") + ")"


def views(n: int) -> str:
    return f"{grouped(n)} highlights"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number}, season {e.season} · {duration(e.minutes, long)} · {ap_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Reader Plus</h2><p>Offline pages $2.99 a month · $29.99 a year</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("Aspect ratio", pick(rng, ("1.85 : 1", "2.39 : 1", "1.33 : 1")))])


SITE = Site(
    NAME,
    "rei",
    CHROME,
    WORDS,
    ap_date,
    duration,
    " each",
    votes,
    dollars,
    views,
    _episode,
    _shop,
    ("dashes", "sheet", "leaders"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    ("director", "author", "genre", "datePublished", "aggregateRating"),
    0.4,
    later="On home video",
    extra_rows=_more,
    cta="Send to device",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The e-ink page: the shared skeleton in this relaunch's words, formats and blocks."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="rei-eink">', 1)
