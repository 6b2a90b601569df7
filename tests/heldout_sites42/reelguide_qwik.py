# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched by its cinema-listings team as a Qwik City app: a
resumable page, server-rendered HTML with the framework's state serialized into a
<script type="qwik/json"> (listeners and refs, no title facts), the qwikloader inline and
'on:click' attributes where a hydrating app would have run code. A poster; the <h1> (the meta
line '1995 · PG-13 · 1h 51m · Drama' under it on some deploys); 'Overview'; a 'Get tickets'
button; the facts as sprite icon rows (each icon's only label the <svg>'s title attribute),
a sentence-per-fact paragraph ('Directed by Ada Gallo. Runs 1h 51m. Rated PG-13.') or a
definition list: 'Director', 'Writers', 'Score', 'Producers', 'Cinematography' (traps),
'Genres', 'Country', 'Year', 'Runtime: 1h 51m' (or '111 min'; a series' ' per ep'), 'Rated'
(G/PG/PG-13/R/NC-17), 'Seasons', 'Release date: Oct 27, 1995' (or '10/27/1995') beside a
later 'Streaming since' (a trap), 'Studio', 'Budget', 'Box office', 'Sound mix', 'Aspect
ratio'; 'IMDb'; 'Top cast'; the trailer; a series' episodes; showtimes with ticket prices
(a trap); comments; 'More like this'; a JSON-LD Movie on some pages. '1,234 ratings' beside
'12,345 watchlist saves' (a trap). No tagline, audience text or streaming block."""

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

NAME = "reelguide_qwik"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Movies", "Showtimes", "TV", "Coming soon", "Theaters", "Sign in"),
    ("We use cookies to find theaters near you.", "Accept", "Settings"),
    ("About", "Careers", "Advertise", "Help", "Privacy", "Terms"),
    "© 2026 ReelGuide. Showtimes and prices are set by each theater.",
    "__RG_QWIK__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writers",
        "music": "Score",
        "producer": "Producers",
        "camera": "Cinematography",
        "genre": "Genres",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Overview",
        "details": "Film facts",
        "cast": "Top cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "What viewers say",
        "no_reviews": "Be the first to comment.",
        "rail": "More like this",
    },
)


def runtime(n: int, long: bool) -> str:
    """'1h 51m' or '111 min'."""
    return hm(n, True) if long else f"{n} min"


def votes(n: int) -> str:
    return votes_in("rating", n, paren=False)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} · E{e.number} · {runtime(e.minutes, long)} · {short_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _showtimes(t: Title, c: Classes, rng: random.Random) -> str:
    times = pick(rng, ("1:10pm, 4:20pm, 7:30pm", "12:45pm, 6:00pm, 9:15pm"))
    return f'<aside class="{c("showtimes")}"><h2>Showtimes near you</h2><p>ReelGuide Cinema 12 · {times}</p><p>Adult ${pick(rng, ("14.50", "15.99"))} · Matinee ${pick(rng, ("9.00", "10.25"))} · Child ${pick(rng, ("8.50", "11.00"))}</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Sound mix", pick(rng, ("Dolby Atmos", "DTS", "Dolby Digital"))),
            ("Aspect ratio", pick(rng, ("2.39 : 1", "1.85 : 1"))),
        ]
    )


SITE = Site(
    NAME,
    "rgq",
    CHROME,
    WORDS,
    short_date,
    runtime,
    " per ep",
    votes,
    dollars,
    lambda n: f"{grouped(n)} watchlist saves",
    _episode,
    _showtimes,
    ("sprite", "prose", "dl"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    ("director", "genre", "contentRating", "datePublished", "aggregateRating"),
    0.4,
    later="Streaming since",
    extra_rows=_more,
    cta="Get tickets",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


QWIK_STATE = '<script type="qwik/json">{"refs":{"8":"0 1"},"ctx":{},"objs":["\\u0012watchlist",false,"\\u0002rgq-t_onClick_a1b2c3.js#s_0"],"subs":[]}</script>'
QWIKLOADER = "<script id=\"qwikloader\">((e,t)=>{const n='__q_context__';const o=e=>{};t.qwikevents=t.qwikevents||[];e.addEventListener('click',o,{capture:true})})(document,window)</script>"


def render(t: Title, ctx: Context) -> str:
    """The resumable page: the container's q: attributes on <html>, the qwikloader, the
    serialized state, and an on:click listener reference on the button."""
    out = render_site(SITE, t, ctx)
    out = out.replace(
        '<html lang="en-US">',
        '<html lang="en-US" q:container="paused" q:version="1.12.0" q:render="ssr" q:base="/rgq/build/" q:manifest-hash="k3v9wq">',
        1,
    )
    out = out.replace("</head>", QWIKLOADER + "</head>", 1)
    out = out.replace("</body>", QWIK_STATE + "</body>", 1)
    return out.replace(
        'role="button">', 'role="button" on:click="rgq-t_onClick_a1b2c3.js#s_0[0]" q:id="8">', 1
    )
