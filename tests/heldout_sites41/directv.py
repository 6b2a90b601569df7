# ruff: noqa: E501  (HTML templates read best on one line)
"""DIRECTV (English, US): a satellite provider's web listing of a film or series. A 16:9
backdrop; the <h1> (the meta line '1995 | R | 1hr 51min | Drama' under it on some deploys);
'Synopsis'; a 'Watch on DIRECTV' button; the facts as an SVG fact card (each fact a <text> of two
<tspan>s), a description list nested in an open <details>, or a table: 'Director', 'Writer',
'Original Music', 'Executive Producer', 'Director of Photography' (traps; the last begins with
the director's label), 'Genre', 'Country', 'Year', 'Run Time: 1hr 51min' (or '111 mins'; a
series' 'per episode'), 'Rated' (G/PG/PG-13/R/NC-17), 'Seasons', 'Release Date: Oct 27, 1995'
(or '10/27/1995') beside a later 'Pay-Per-View From' (a trap), 'Studio', 'Channel', 'Audio';
'IMDb'; 'Cast'; the trailer; a series' upcoming airings; Pay-Per-View and package prices (a
trap); comments; 'You Might Also Like'; a JSON-LD Movie on some pages. No vote count: '12,345
recordings' is a DVR counter (a trap). No tagline, audience text, budget, box office or
streaming block."""

from __future__ import annotations

import random
from datetime import date as date_

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites41.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    month,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    stamp,
)

NAME = "directv"
CERTS = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "DIRECTV",
    ("Home", "Guide", "Movies", "Shows", "Sports", "Packages", "Sign In"),
    ("DIRECTV uses cookies and similar technologies.", "Accept All", "Cookie Settings"),
    ("About DIRECTV", "Channel Lineup", "Customer Service", "Privacy Center", "Legal", "Careers"),
    "© 2026 DIRECTV. DIRECTV and all other DIRECTV marks are trademarks of DIRECTV, LLC.",
    "__DTV_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Original Music",
        "producer": "Executive Producer",
        "camera": "Director of Photography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Run Time",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Studio",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Synopsis",
        "details": "Movie Info",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Upcoming Airings",
        "reviews": "Comments",
        "no_reviews": "Be the first to comment.",
        "rail": "You Might Also Like",
    },
)


def run_time(n: int, long: bool) -> str:
    """'1hr 51min', '2hr' or '111 mins'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} mins"
    return f"{big}hr" + (f" {small}min" if small else "")


def short_date(d: date_, long: bool) -> str:
    """'Oct 27, 1995' or '10/27/1995'."""
    return f"{month(d, True)} {d.day}, {d.year}" if long else f"{d.month:02d}/{d.day:02d}/{d.year}"


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} E{e.number} | {run_time(e.minutes, long)} | First aired {short_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("ppv")}"><h2>Pay-Per-View</h2><p>Order for ${pick(rng, ("5.99", "6.99", "7.99"))} · CHOICE package from ${pick(rng, ("108.99", "113.99"))}/mo.</p><p>Plus taxes. Price after 24 months subject to change.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            (
                "Channel",
                pick(rng, ("HBO (501)", "SHOxBET (545)", "Starz (525)", "Pay-Per-View (103)")),
            ),
            ("Audio", pick(rng, ("Dolby Digital 5.1", "Stereo, SAP"))),
        ]
    )


SITE = Site(
    NAME,
    "dtv",
    CHROME,
    WORDS,
    short_date,
    run_time,
    " per episode",
    no_votes,
    no_money,
    lambda n: f"{grouped(n)} recordings",
    _episode,
    _extra,
    ("tspans", "detailsdl", "table"),
    frozenset(
        {"tagline", "audience_summary", "budget", "box_office", "streaming", "user_rating_count"}
    ),
    ("director", "author", "genre", "contentRating", "datePublished"),
    0.4,
    later="Pay-Per-View From",
    extra_rows=_more,
    cta="Watch on DIRECTV",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


STACK_HEAD = '<meta name="application-name" content="DIRECTV"><meta name="theme-color" content="#0c2340"><link rel="preconnect" href="https://images.directv.example">'
STACK_BODY = 'data-app="dtv-web" data-route="program"'


def render(t: Title, ctx: Context) -> str:
    """The page with the front end's own head tags and the body's app and route hooks."""
    return stamp(render_site(SITE, t, ctx), STACK_HEAD, STACK_BODY)
