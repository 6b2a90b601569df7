# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched as a ledger: an editor's idea of a reference book,
every fact a line of its own with the label on the left and the value on the right, money and
lengths in plain words. A poster; the <h1> (the meta line under it on some deploys); 'Story';
a 'Add to my ledger' button; the facts as dot-leader lines, stat tiles or a definition list:
'Director', 'Screenwriter', 'Composer', 'Producer', 'Cinematographer' (traps), 'Genre', 'Made
in', 'Year', 'Length: 1 hr 51 min' (or '111 min'; a series' ' an episode'), 'MPA'
(G/PG/PG-13/R/NC-17), 'Seasons', 'Opened: Oct 27, 1995' (or '10/27/1995') beside a later 'On
streaming' (a trap), 'Made by', 'Budget', 'Gross', 'Sound mix'; 'IMDb'; 'Cast'; the trailer; a
series' episodes; rent/buy prices (a trap); reader notes; 'Also in the ledger'; a JSON-LD Movie
on some pages. '1,234 ratings' beside 'Seen by 12,345 members' (a trap). No tagline, audience
text or streaming block."""

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
    short_date,
    votes_in,
)

NAME = "reelguide_ledger"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Films", "Series", "The ledger", "Sign in"),
    ("ReelGuide keeps one cookie for your ledger.", "OK", "More"),
    ("About", "Corrections", "Help", "Privacy", "Terms"),
    "© 2026 ReelGuide Ledger.",
    "__RG_LEDGER__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenwriter",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Made in",
        "year": "Year",
        "runtime": "Length",
        "rating": "MPA",
        "seasons": "Seasons",
        "released": "Opened",
        "studio": "Made by",
        "budget": "Budget",
        "box_office": "Gross",
    },
    {
        "about": "Story",
        "details": "The ledger",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Reader notes",
        "no_reviews": "No reader notes yet.",
        "rail": "Also in the ledger",
    },
)


def length(n: int, long: bool) -> str:
    """'1 hr 51 min' or '111 min'."""
    return hm(n, True, " hr", " min") if long else f"{n} min"


def votes(n: int) -> str:
    return votes_in("rating", n, paren=False)


def views(n: int) -> str:
    return f"Seen by {grouped(n)} members"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} E{e.number} · {length(e.minutes, long)} · {short_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Rent or buy</h2><p>Rent ${pick(rng, ("3.99", "4.99"))} · Buy ${pick(rng, ("12.99", "14.99"))}</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("Sound mix", pick(rng, ("Dolby Atmos", "Dolby Digital", "DTS")))])


SITE = Site(
    NAME,
    "rgl",
    CHROME,
    WORDS,
    short_date,
    length,
    " an episode",
    votes,
    dollars,
    views,
    _episode,
    _shop,
    ("leaders", "stats", "dl"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    ("director", "author", "genre", "contentRating", "datePublished", "aggregateRating"),
    0.4,
    later="On streaming",
    extra_rows=_more,
    cta="Add to my ledger",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The ledger page: the shared skeleton in this relaunch's words, formats and blocks."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="rgl-ledger">', 1)
