# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched for the in-cinema kiosk: the lobby touch screen
(as cinema chains' self-service ticket kiosks show a film before you buy), big touch tiles in
a dark theme, every fact a tile to tap. A poster; the <h1> (the meta line under it on some
deploys); 'Story'; a 'Buy tickets' button; the facts as touch tiles (each a <button
aria-pressed="false"> holding its label over its value), dash lines or a table: 'Director',
'Screenwriter', 'Composer', 'Producer', 'Director of photography' (traps; it begins with the
director's label), 'Genre', 'Country', 'Year', 'Running time: 1 hr 51 min' (or '111 min'; a
series' ' per episode'), 'Rating' (G/PG/PG-13/R/NC-17), 'Seasons', 'Release date: October 27,
1995' (or '10/27/1995') beside a later 'Encore screening' (a trap), 'Production company',
'Budget', 'Box office', 'Auditorium' (no key); 'IMDb'; 'Cast'; the trailer; a series' episodes; concession
prices (a trap); guest comments; 'Also showing today'; a JSON-LD Movie on some pages. '1,234
ratings' beside '12,345 seats sold today' (a trap). No tagline, audience text or streaming
block."""

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
    us_date,
)

NAME = "reelguide_kiosk"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Now showing", "Coming soon", "Tickets", "Snacks", "Help"),
    ("This kiosk forgets you when you walk away.", "Start", "How it works"),
    ("Accessibility", "Staff", "Lost & found", "Privacy", "Terms"),
    "© 2026 ReelGuide Cinemas",
    "__RG_KIOSK__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenwriter",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Director of photography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Production company",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Story",
        "details": "Tap for details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Guest comments",
        "no_reviews": "No comments yet.",
        "rail": "Also showing today",
    },
)


def running_time(n: int, long: bool) -> str:
    """'1 hr 51 min' or '111 min'."""
    return hm(n, True, " hr", " min") if long else f"{n} min"


def votes(n: int) -> str:
    return f"{grouped(n)} rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} seats sold today"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number}, season {e.season} · {running_time(e.minutes, long)} · {us_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Concessions</h2><p>Popcorn $8.75 · Combo $14.50 · Ticket + drink $19.25</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [("Auditorium", pick(rng, ("Auditorium 3", "Auditorium 7", "Auditorium 12", "IMAX")))]
    )


SITE = Site(
    NAME,
    "rks",
    CHROME,
    WORDS,
    us_date,
    running_time,
    " per episode",
    votes,
    dollars,
    views,
    _episode,
    _shop,
    ("pressed", "dashes", "table"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    ("director", "author", "genre", "contentRating", "datePublished", "aggregateRating"),
    0.35,
    later="Encore screening",
    extra_rows=_more,
    cta="Buy tickets",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The kiosk page: the shared skeleton in this relaunch's words, formats and blocks."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="rks-kiosk">', 1)
