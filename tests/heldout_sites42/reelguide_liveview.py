# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched by its community team as a Phoenix LiveView page: the
first render is plain server HTML, then a WebSocket keeps it live (the 'watching now' count
and the chat); the LiveView root carries data-phx-main, data-phx-session and
data-phx-static, buttons phx-click events, the app.js with phx-track-static, a csrf-token
meta. AP-style dates ('Oct. 27, 1995'). A 16:9 backdrop; the <h1> (the meta line under it on
some deploys); 'Story'; a 'Join the watch party' button; the facts as a sentence-per-fact
paragraph, sprite icon rows or data-cy rows: 'Director', 'Writer', 'Music', 'Producer',
'Cinematography' (traps), 'Genre', 'Country', 'Year', 'Runtime: 1 hr 51 min' (or '111
minutes'; a series' ' per episode'), 'MPA rating' (G/PG/PG-13/R/NC-17), 'Seasons', 'Release
date: Oct. 27, 1995' (or '10/27/1995') beside a later 'Watch party' (a trap), 'Studio',
'Budget', 'Box office', 'Live chat'; 'IMDb'; 'Cast'; the trailer; a series' episodes; the
watch-party pass (a trap); comments; 'Popular in watch parties'; a JSON-LD Movie on some pages.
'1,234 ratings' beside '12,345 online now' (a trap). No tagline, audience text or streaming
block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites42.common import (
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
    votes_in,
)

NAME = "reelguide_liveview"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Watch parties", "Movies", "TV", "Clubs", "Sign in"),
    ("We use cookies to keep your session live.", "Got it", "More"),
    ("Community guidelines", "Help", "Status", "Privacy", "Terms"),
    "© 2026 ReelGuide Community.",
    "__RG_LIVE__",
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
        "rating": "MPA rating",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Story",
        "details": "Facts",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Popular in watch parties",
    },
)


def runtime(n: int, long: bool) -> str:
    """'1 hr 51 min' or '111 minutes'."""
    return hm(n, True, " hr", " min") if long else f"{n} minutes"


def votes(n: int) -> str:
    return votes_in("rating", n, paren=False)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season}/E{e.number} · {runtime(e.minutes, long)} · {ap_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _pass(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("party")}"><h2>Watch party pass</h2><p>One night ${pick(rng, ("3.99", "4.99"))} · Season pass ${pick(rng, ("24.99", "29.99"))} · Hosts join free</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("Live chat", pick(rng, ("On", "Members only")))])


SITE = Site(
    NAME,
    "rgl",
    CHROME,
    WORDS,
    ap_date,
    runtime,
    " per episode",
    votes,
    dollars,
    lambda n: f"{grouped(n)} online now",
    _episode,
    _pass,
    ("prose", "sprite", "cypress"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    ("director", "genre", "contentRating", "datePublished", "aggregateRating"),
    0.4,
    later="Watch party",
    extra_rows=_more,
    cta="Join the watch party",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


HEAD = '<meta name="csrf-token" content="GxMcBz4aKg8lHS0pJjoXBQkkEAQeBwQ5AZtq"><script defer phx-track-static type="text/javascript" src="/rgl/assets/app-2f7d.js"></script>'


def render(t: Title, ctx: Context) -> str:
    """The LiveView page: the csrf token and app.js, <main> inside the LiveView root with its
    session, the button a phx-click event."""
    out = render_site(SITE, t, ctx).replace("</head>", HEAD + "</head>", 1)
    root = f'<div id="phx-F{t.slug[:6].upper()}Qx2" data-phx-main data-phx-session="SFMyNTY.g2gDaAJhBXQAAAAI" data-phx-static="SFMyNTY.g2gDaAJhBXQAAAAD">'
    out = out.replace("<main ", root + "<main ", 1).replace("</main>", "</main></div>", 1)
    return out.replace(
        'role="button">', 'role="button" phx-click="join_party" phx-value-slug="' + t.slug + '">', 1
    )
