# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide Reader (English, US), ReelGuide's print-friendly reader view: one column of serif
type, no rails of pictures, a print stylesheet (@media print) that drops the menus and writes
each link's address after it, and a 'Print this page' button. No picture; the <h1> (the meta
line '1995 · PG-13 · 111 minutes · Drama' under it on some deploys); 'Synopsis'; the facts in
a CMS's field blocks, server-driven rows or a definition list: 'Director', 'Writer',
'Composer', 'Producer', 'Cinematographer' (traps), 'Genre', 'Country', 'Year', 'Running time:
111 minutes' (or '1 h 51 min'; a series' 'per episode'), 'Rating' (G/PG/PG-13/R/NC-17),
'Seasons', 'Release date: October 27, 1995' (or '10/27/1995') beside a later 'Printed from
ReelGuide on' (a trap), 'Studio', 'Budget', 'Box office', 'Pages', 'Permalink'; 'IMDb'; 'Cast';
a series' episodes; the print edition's prices (a trap); comments; 'See also'; a JSON-LD Movie
on some pages. '1,234 ratings' beside '12,345 prints' (a trap). No tagline, audience text,
trailer or streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites40.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
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

NAME = "reelguide_print"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide Reader",
    ("Back to ReelGuide", "Reader settings", "Text size", "Print"),
    ("ReelGuide uses cookies; reader view stores none of its own.", "OK", "Privacy"),
    ("About reader view", "Accessibility", "Privacy", "Terms", "Contact"),
    "© 2026 ReelGuide. Printed pages are for personal use.",
    "__RG_READER__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Synopsis",
        "details": "Facts",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments.",
        "rail": "See also",
    },
)


def running_time(n: int, long: bool) -> str:
    """'111 minutes' or '1 h 51 min'."""
    return f"{n} minutes" if long else hm(n, True, " h", " min")


def votes(n: int) -> str:
    return votes_in("rating", n, paren=False)


def money(m: Money) -> str:
    """'$3,600,000' or 'EUR 7,200,000'."""
    return f"${grouped(m.amount)}" if m.currency == "USD" else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, episode {e.number}: {running_time(e.minutes, long)}, aired {us_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _edition(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("edition")}"><h2>ReelGuide in print</h2><p>The ReelGuide Annual ${pick(rng, ("24.95", "29.95"))} · Print-on-demand fact sheets ${pick(rng, ("1.99", "2.49"))} each</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Pages", pick(rng, ("2", "3", "4"))),
            ("Permalink", pick(rng, ("reelguide.example/t/a1", "reelguide.example/t/b7"))),
        ]
    )


SITE = Site(
    NAME,
    "rgr",
    CHROME,
    WORDS,
    us_date,
    running_time,
    " per episode",
    votes,
    money,
    lambda n: f"{grouped(n)} prints",
    _episode,
    _edition,
    ("cms", "sdui", "dl"),
    frozenset({"tagline", "audience_summary", "trailer_url", "streaming"}),
    ("director", "author", "genre", "contentRating", "datePublished", "aggregateRating"),
    0.4,
    later="Printed from ReelGuide on",
    extra_rows=_more,
    imdb_text="IMDb entry",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


PRINT_CSS = '<style media="print">nav,footer,[role=dialog],.rgr-no-print{display:none!important}body{font:11pt/1.5 Georgia,"Times New Roman",serif;color:#000}a[href]::after{content:" (" attr(href) ")"}h1,h2{break-after:avoid}</style><style>main{max-width:38em;margin:0 auto;font:19px/1.6 Georgia,serif}</style>'
PRINT_BUTTON = (
    '<button type="button" class="rgr-no-print" onclick="window.print()">Print this page</button>'
)


def render(t: Title, ctx: Context) -> str:
    """The reader view: no picture, the print stylesheet, and a print button on <main>."""
    out = render_site(SITE, t, ctx).replace("</head>", PRINT_CSS + "</head>", 1)
    out = out.replace('<main class="', '<main data-view="reader" class="', 1)
    start = out.index('<div class="rgr-backdrop')
    out = out[:start] + PRINT_BUTTON + out[out.index("</div>", start) + len("</div>") :]
    return out
