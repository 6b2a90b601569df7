# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched as an AMP HTML page (the Accelerated Mobile Pages
version publishers served to Google's AMP cache): the AMP runtime script, the amp-boilerplate
style, images as <amp-img> and the trailer in an <amp-iframe>. A poster; the <h1> (the meta line
under it on some deploys); 'Overview'; a 'Watch' button; the facts as touch tiles (each a
<button aria-pressed="false"> holding its label over its value), a sheet (labels across a header
row of <th abbr>, values under them) or a definition list: 'Director', 'Writer', 'Composer',
'Producer', 'Cinematography' (traps), 'Genre', 'Country', 'Year', 'Runtime: 1h 51m' (or '111m';
a series' ' per episode'), 'Rating' (G/PG/PG-13/R/NC-17), 'Seasons', 'Release: October 27, 1995'
(or '10/27/1995') beside a later 'Digital release' (a trap), 'Production company', 'Budget',
'Gross', 'Language' (no key); 'IMDb'; 'Cast'; the trailer; a series' episodes; rental prices (a
trap); comments; 'Related'; a JSON-LD Movie on some pages (as AMP pages carry for search).
'1,234 user ratings' beside '12,345 shares' (a trap). No tagline, audience text or streaming
block."""

from __future__ import annotations

import random
import re

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites46.common import (
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
)

NAME = "reelguide_amp"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Home", "Movies", "TV", "News", "Search"),
    ("ReelGuide and its partners use cookies.", "Accept", "Manage"),
    ("About", "Contact", "Advertise", "Privacy", "Terms"),
    "© 2026 ReelGuide Media",
    "__RG_AMP__",
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
        "runtime": "Runtime",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release",
        "studio": "Production company",
        "budget": "Budget",
        "box_office": "Gross",
    },
    {
        "about": "Overview",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Related",
    },
)


def runtime(n: int, long: bool) -> str:
    """'1h 51m', '2h' or '111m'."""
    return hm(n, long)


def votes(n: int) -> str:
    return f"{grouped(n)} user rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} shares"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number}, season {e.season} · {runtime(e.minutes, long)} · {us_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Where to rent</h2><p>Rent from $3.99 · Buy from $12.99</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("Language", pick(rng, ("English", "English, Spanish", "English, German")))])


SITE = Site(
    NAME,
    "ram",
    CHROME,
    WORDS,
    us_date,
    runtime,
    " per episode",
    votes,
    dollars,
    views,
    _episode,
    _shop,
    ("pressed", "sheet", "dl"),
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
    0.45,
    later="Digital release",
    extra_rows=_more,
    cta="Watch",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The AMP page: the shared skeleton in this relaunch's words, formats and blocks (its images <amp-img>, its trailer an <amp-iframe>, the AMP runtime in the head)."""
    out = render_site(SITE, t, ctx)
    out = re.sub(r"<img ([^>]*?)>", r'<amp-img layout="responsive" \1></amp-img>', out)
    out = re.sub(
        r"<iframe ([^>]*?)></iframe>",
        r'<amp-iframe layout="responsive" width="16" height="9" sandbox="allow-scripts allow-same-origin" \1></amp-iframe>',
        out,
    )
    amp = '<script async src="https://cdn.ampproject.org/v0.js"></script><script async custom-element="amp-iframe" src="https://cdn.ampproject.org/v0/amp-iframe-0.1.js"></script><style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style>'
    out = out.replace("</head>", amp + "</head>", 1)
    return out.replace("<body>", '<body class="ram-amp">', 1)
