# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched as the weekly e-mail digest's 'view in browser'
page (the web view newsletters such as Letterboxd's and streaming services' weekly mails link
to): a 600-pixel column in a layout table, inline styles on every block, the featured title
with its facts. A backdrop; the <h1> (the meta line under it on some deploys); 'This week's
pick'; a 'Watch now' button; the facts as a sheet (labels across a header row of <th abbr>,
values under them), dash lines or <var> lines: 'Directed by', 'Screenplay', 'Score', 'Producer',
'Cinematography' (traps), 'Genre', 'Country', 'Year', 'Runtime: 1h 51m' (or '111 min'; a
series' ' an episode'), 'Rated' (G/PG/PG-13/R/NC-17), 'Seasons', 'In theaters: Oct 27, 1995' (or
'10/27/1995') beside a later 'Now streaming' (a trap), 'Studio', 'Budget', 'Box office', 'This
week's rank' (no key); 'IMDb'; 'Cast'; the trailer; a series' episodes; the week's deals (a
trap); reader replies; 'Also this week'; a JSON-LD Movie on some pages. '1,234 ratings' beside
'12,345 opens' (a trap). No tagline, audience text or streaming block."""

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
)

NAME = "reelguide_digest"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("View in browser", "Forward", "Preferences", "Archive", "Unsubscribe"),
    ("This web view keeps no data about you.", "Close", "Mail preferences"),
    ("Update preferences", "Unsubscribe", "Past issues", "Privacy", "Terms"),
    "© 2026 ReelGuide Weekly, 123 Main St, Los Angeles, CA",
    "__RG_DIGEST__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Screenplay",
        "music": "Score",
        "producer": "Producer",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "In theaters",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "This week's pick",
        "details": "The details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Reader replies",
        "no_reviews": "No replies yet.",
        "rail": "Also this week",
    },
)


def runtime(n: int, long: bool) -> str:
    """'1h 51m' or '111 min'."""
    return hm(n, True) if long else f"{n} min"


def votes(n: int) -> str:
    return f"{grouped(n)} rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} opens"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number}, season {e.season} · {runtime(e.minutes, long)} · {short_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>This week’s deals</h2><p>Rentals $0.99 · Movie bundles from $19.99 · Gift a month $8.99</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("This week's rank", pick(rng, ("#1", "#2", "#3", "#5", "#8")))])


SITE = Site(
    NAME,
    "rdg",
    CHROME,
    WORDS,
    short_date,
    runtime,
    " an episode",
    votes,
    dollars,
    views,
    _episode,
    _shop,
    ("sheet", "dashes", "kv"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    ("director", "author", "genre", "datePublished", "aggregateRating"),
    0.3,
    later="Now streaming",
    extra_rows=_more,
    cta="Watch now",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The digest page: the shared skeleton in this relaunch's words, formats and blocks (a layout table around the main column, inline styles on its sections)."""
    out = render_site(SITE, t, ctx)
    out = out.replace(
        "<section class=",
        '<section style="max-width:600px;margin:0 auto;padding:16px;background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#111111" class=',
    )
    out = out.replace(
        "<main",
        '<table role="presentation" width="100%" cellspacing="0" cellpadding="0" border="0" style="background:#f4f4f5"><tr><td align="center" style="padding:24px 0"><main',
        1,
    )
    out = out.replace("</main>", "</main></td></tr></table>", 1)
    return out.replace("<body>", '<body class="rdg-digest">', 1)
