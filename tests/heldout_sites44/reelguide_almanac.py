# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched as an almanac: a printed annual's voice and type, the
facts set in dot-leader lines or as sentences, its own old-fashioned words for them. A poster;
the <h1> (the meta line under it on some deploys); 'Synopsis'; a 'Clip this entry' button; the
facts as dot-leader lines, CSS-drawn captions or a sentence-per-fact paragraph: 'Helmed by',
'Penned by', 'Scored by', 'Produced by', 'Lensed by' (traps), 'Kind', 'Origin', 'Year',
'Running length: 1 hour 51 minutes' (or '111 minutes'; a series' ' an installment'), 'Rated'
(G/PG/PG-13/R/NC-17), 'Seasons', 'First shown: Oct. 27, 1995' (AP style, or '10/27/1995')
beside a later 'Revival' (a trap), 'Studio credit', 'Cost', 'Grossed', 'Filmed in'; 'IMDb';
'Cast'; the trailer; a series' episodes; the printed edition's price (a trap); letters;
'Elsewhere in the almanac'; a JSON-LD Movie on some pages. 'Rated by 1,234 readers' beside
'12,345 bookmarks' (a trap). No tagline, audience text or streaming block."""

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
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
)

NAME = "reelguide_almanac"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Entries", "Years", "People", "Index", "Subscribe"),
    ("The almanac keeps a cookie for your clippings.", "Very well", "Particulars"),
    ("About the almanac", "Errata", "Archive", "Privacy", "Terms"),
    "© 2026 The ReelGuide Almanac.",
    "__RG_ALMANAC__",
)
WORDS = Words(
    {
        "director": "Helmed by",
        "writer": "Penned by",
        "music": "Scored by",
        "producer": "Produced by",
        "camera": "Lensed by",
        "genre": "Kind",
        "country": "Origin",
        "year": "Year",
        "runtime": "Running length",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "First shown",
        "studio": "Studio credit",
        "budget": "Cost",
        "box_office": "Grossed",
    },
    {
        "about": "Synopsis",
        "details": "The entry",
        "cast": "Players",
        "trailer": "Trailer",
        "episodes": "Installments",
        "reviews": "Letters",
        "no_reviews": "No letters yet.",
        "rail": "Elsewhere in the almanac",
    },
)


def words_hm(n: int) -> str:
    """'1 hour 51 minutes', '2 hours', '45 minutes'."""
    big, small = divmod(n, 60)
    parts = [f"{big} hour" + ("" if big == 1 else "s")] if big else []
    if small or not big:
        parts.append(f"{small} minute" + ("" if small == 1 else "s"))
    return " ".join(parts)


def running_length(n: int, long: bool) -> str:
    """'1 hour 51 minutes', '2 hours' or '111 minutes'."""
    return words_hm(n) if long else f"{n} minutes"


def votes(n: int) -> str:
    return f"Rated by {grouped(n)} reader" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} bookmarks"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Installment {e.number} of season {e.season} · {running_length(e.minutes, long)} · {ap_date(e.aired, long)}</p><p>Helmed by {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>The printed edition</h2><p>Hardcover ${pick(rng, ("34.95", "39.95"))} · Digital ${pick(rng, ("9.99", "12.99"))} a year</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("Filmed in", pick(rng, ("Vancouver", "Atlanta", "Budapest", "Prague")))])


SITE = Site(
    NAME,
    "rga",
    CHROME,
    WORDS,
    ap_date,
    running_length,
    " an installment",
    votes,
    dollars,
    views,
    _episode,
    _shop,
    ("leaders", "caption", "prose"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    ("director", "author", "genre", "datePublished", "aggregateRating"),
    0.4,
    later="Revival",
    extra_rows=_more,
    cta="Clip this entry",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The almanac page: the shared skeleton in this relaunch's words, formats and blocks."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="rga-almanac">', 1)
