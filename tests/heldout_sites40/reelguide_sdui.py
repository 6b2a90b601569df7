# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide Now (English, US), ReelGuide as a server-driven UI: one renderer on web and apps
draws whatever component tree the server sends (a screen of Hero, Section, KeyValueRow and
Carousel components), the tree's layout shipped in the page as JSON (component types and ids,
no title facts). A 16:9 backdrop; the <h1> (the meta line '1995 · PG-13 · 1h 51m · Drama'
under it on some deploys); 'Summary'; a 'Play' button; the facts in server-driven rows,
focusable tiles or aria-described rows: 'Director', 'Writer', 'Music', 'Producer',
'Cinematography' (traps), 'Genre', 'Country', 'Year', 'Runtime: 1h 51m' (or '111m'; a series'
'/ episode'), 'Rating' (G/PG/PG-13/R/NC-17), 'Seasons', 'Release date: Oct 27, 1995' (or
'1995-10-27') beside a later 'Leaving ReelGuide Now' (a trap), 'Studio', 'Budget', 'Box
office', 'Video', 'Downloads'; 'IMDb'; 'Cast'; the trailer; a series' episodes; the plans in
dollars (a trap); comments; 'Because you watched'; a JSON-LD Movie on some pages. '1,234
ratings' beside '12,345 plays' (a trap). No tagline, audience text or streaming block."""

from __future__ import annotations

import json
import random
from datetime import date

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
    month,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    votes_in,
)

NAME = "reelguide_sdui"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide Now",
    ("Home", "Movies", "Shows", "Live", "My Stuff", "Search"),
    ("ReelGuide Now uses cookies to remember what you watched.", "Accept", "Manage"),
    ("Help", "Devices", "Account", "Privacy", "Terms", "Do Not Sell My Info"),
    "© 2026 ReelGuide Now. Screens served by the ReelGuide layout service.",
    "__RG_SCREEN__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Music",
        "producer": "Producer",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Summary",
        "details": "Details",
        "cast": "Cast & crew",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Because you watched",
    },
)


def now_date(d: date, long: bool) -> str:
    """'Oct 27, 1995' or '1995-10-27'."""
    return f"{month(d, True)} {d.day}, {d.year}" if long else d.isoformat()


def runtime(n: int, long: bool) -> str:
    """'1h 51m' or '111m'."""
    return hm(n, long)


def votes(n: int) -> str:
    return votes_in("rating", n, paren=False)


def money(m: Money) -> str:
    """'$3,600,000' or 'EUR 7,200,000'."""
    return f"${grouped(m.amount)}" if m.currency == "USD" else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} E{e.number} · {runtime(e.minutes, long)} · {now_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _plans(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("plans")}"><h2>Choose a plan</h2><p>With ads ${pick(rng, ("7.99", "8.99"))}/mo · No ads ${pick(rng, ("14.99", "17.99"))}/mo · Add Live TV +${pick(rng, ("64.99", "72.99"))}/mo</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Video", pick(rng, ("4K HDR", "HD", "Dolby Vision"))),
            ("Downloads", pick(rng, ("Available", "Not available"))),
        ]
    )


SITE = Site(
    NAME,
    "rgs",
    CHROME,
    WORDS,
    now_date,
    runtime,
    " / episode",
    votes,
    money,
    lambda n: f"{grouped(n)} plays",
    _episode,
    _plans,
    ("sdui", "focus", "described"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    ("director", "author", "genre", "contentRating", "datePublished", "aggregateRating"),
    0.4,
    later="Leaving ReelGuide Now",
    extra_rows=_more,
    cta="Play",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def screen(t: Title) -> str:
    """The component tree the server sent: types, ids and actions, none of the title's facts."""
    tree = {
        "screen": "TitleDetail",
        "schemaVersion": 7,
        "components": [
            {"type": "Hero", "id": "hero", "actions": [{"type": "Navigate", "to": "player"}]},
            {
                "type": "Section",
                "id": "details",
                "children": {"type": "KeyValueRow", "count": "dynamic"},
            },
            {"type": "Carousel", "id": "cast", "item": "PersonCard"},
            {"type": "Carousel", "id": "similar", "item": "TitleCard"},
        ],
        "analytics": {"page": "title_detail", "sampling": 0.1},
    }
    return f'<script type="application/json" id="rgs-screen">{json.dumps(tree)}</script>'


def render(t: Title, ctx: Context) -> str:
    """The renderer's page: the screen's component tree, the renderer's bundle, the hero and
    the sections stamped with their component types."""
    out = render_site(SITE, t, ctx)
    out = out.replace("</head>", '<script src="/rgs/renderer.3f9c.js" defer></script></head>', 1)
    out = out.replace("</body>", screen(t) + "</body>", 1)
    return out.replace('<section class="', '<section data-sdui-type="Hero" class="', 1)
