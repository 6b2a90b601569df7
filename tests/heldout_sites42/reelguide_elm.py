# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched by a functional-programming shop as an Elm app,
prerendered: the page's HTML rendered ahead of time into the <div id="elm-root"> the app
takes over, elm.min.js and the Elm.Main.init call with its flags (the API base and the
locale, no title facts), the virtual DOM's own class names. A poster; the <h1> (the meta line
under it on some deploys); 'Plot'; a 'Find showtimes' button; the facts as a
sentence-per-fact paragraph, sprite icon rows or <var>/<samp> lines: 'Director', 'Writer',
'Original music', 'Executive producer', 'Director of photography' (traps, the last beginning
with the director's label), 'Genre', 'Country', 'Year', 'Runtime: 111 min' (or '1h 51m'; a
series' ' each'), 'Rating' (G/PG/PG-13/R/NC-17), 'Seasons', 'Released: October 27, 1995' (or
'10/27/1995') beside a later 'Streaming from' (a trap), 'Studio', 'Budget', 'Box office',
'Aspect ratio'; 'IMDb'; 'Cast'; the trailer; a series' episodes; ticket prices (a trap);
comments; 'Others are watching'; a JSON-LD Movie on some pages. '(1,234 ratings)' beside
'12,345 added to lists' (a trap). No tagline, audience text or streaming block."""

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
    us_date,
    votes_in,
)

NAME = "reelguide_elm"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Now playing", "Coming soon", "TV", "Lists", "Search"),
    ("ReelGuide stores one cookie: your theater.", "Fine", "Details"),
    ("About", "Open source", "Status", "Privacy", "Terms"),
    "© 2026 ReelGuide. No runtime exceptions since launch.",
    "__RG_ELM__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Original music",
        "producer": "Executive producer",
        "camera": "Director of photography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Released",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Plot",
        "details": "The facts",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "Others are watching",
    },
)


def runtime(n: int, long: bool) -> str:
    """'111 min' or '1h 51m'."""
    return f"{n} min" if long else hm(n, True)


def votes(n: int) -> str:
    return votes_in("rating", n)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Ep. {e.number} (season {e.season}) · {runtime(e.minutes, long)} · {us_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _tickets(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("tickets")}"><h2>Tickets</h2><p>Standard ${pick(rng, ("12.75", "13.50"))} · IMAX ${pick(rng, ("19.25", "21.00"))} · Tuesday deal ${pick(rng, ("6.00", "7.50"))}</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("Aspect ratio", pick(rng, ("2.39 : 1", "1.85 : 1", "1.78 : 1")))])


SITE = Site(
    NAME,
    "rge",
    CHROME,
    WORDS,
    us_date,
    runtime,
    " each",
    votes,
    dollars,
    lambda n: f"{grouped(n)} added to lists",
    _episode,
    _tickets,
    ("prose", "sprite", "kv"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    ("director", "author", "genre", "contentRating", "datePublished", "aggregateRating"),
    0.4,
    later="Streaming from",
    extra_rows=_more,
    cta="Find showtimes",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


INIT = '<script src="/rge/elm.min.js"></script><script>var app = Elm.Main.init({ node: document.getElementById("elm-root"), flags: { apiBase: "/rge/api/v2", locale: "en-US", theater: null } }); app.ports.track.subscribe(function (e) { window.rgeTrack && window.rgeTrack(e); });</script>'


def render(t: Title, ctx: Context) -> str:
    """The prerendered Elm page: everything inside the node the app takes over, then the
    compiled program and its init call."""
    out = render_site(SITE, t, ctx)
    out = out.replace("<body>", '<body><div id="elm-root">', 1)
    return out.replace("</body>", "</div>" + INIT + "</body>", 1)
