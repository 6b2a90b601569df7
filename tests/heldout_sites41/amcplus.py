# ruff: noqa: E501  (HTML templates read best on one line)
"""AMC+ (English, US): a streaming service's series or film page. A 16:9 backdrop; the <h1>
(the meta line '1995 · TV-14 · 1h 51m · Drama' under it on some deploys); 'About'; a 'Start Your
Free Trial' button; the facts as an SVG fact card (each fact a <text> of two <tspan>s), a
responsive table (data-th labels drawn by ::before on a phone) or a headless CMS's field blocks
(the fortieth set's): 'Directed by', 'Written by', 'Composer', 'Executive Producers',
'Cinematographer' (traps), 'Genre', 'Country', 'Year', 'Runtime: 1h 51m' (or '111 min'; a
series' 'per episode'), 'Rating' (TV-G/TV-PG/TV-14/TV-MA), 'Seasons', 'Premiere Date: October
27, 1995' (or '10/27/1995') beside a later 'Leaving AMC+' (a trap), 'Network', 'Extras';
'IMDb'; 'Cast'; the trailer; a series' episodes; plan prices (a trap); comments; 'More to
Watch'; a JSON-LD Movie on some pages. No vote count: '12,345 added to watchlists' is a
counter (a trap). No tagline, audience text, budget, box office or streaming block."""

from __future__ import annotations

import random

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
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    stamp,
    us_date,
)

NAME = "amcplus"
CERTS = ages("TV-G", "TV-PG", "TV-14", "TV-MA", "TV-MA")
CHROME = Chrome(
    "en-US",
    "AMC+",
    ("Home", "Series", "Movies", "Collections", "Shudder", "Sundance Now", "Sign In"),
    ("AMC Networks uses cookies.", "Accept", "Do Not Sell or Share My Personal Information"),
    ("Help", "Devices", "Terms of Use", "Privacy Policy", "Closed Captioning", "AMC Networks"),
    "© 2026 AMC Network Entertainment LLC. All rights reserved.",
    "__AMCPLUS__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Composer",
        "producer": "Executive Producers",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Premiere Date",
        "studio": "Network",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "About",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "More to Watch",
    },
)


def runtime(n: int, long: bool) -> str:
    """'1h 51m', '2h' or '111 min'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min"
    return f"{big}h" + (f" {small}m" if small else "")


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season}:E{e.number} · {runtime(e.minutes, long)} · Aired {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("plans")}"><h2>Choose Your Plan</h2><p>With ads ${pick(rng, ("4.99", "6.99"))}/month · Ad-free ${pick(rng, ("8.99", "9.99"))}/month · Annual ${pick(rng, ("89.99", "95.88"))}/year</p><p>7-day free trial for new subscribers.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("Extras", pick(rng, ("Behind the scenes", "Talked About Show", "None")))])


SITE = Site(
    NAME,
    "amc",
    CHROME,
    WORDS,
    us_date,
    runtime,
    " per episode",
    no_votes,
    no_money,
    lambda n: f"{grouped(n)} added to watchlists",
    _episode,
    _extra,
    ("tspans", "datath", "cms"),
    frozenset(
        {"tagline", "audience_summary", "budget", "box_office", "streaming", "user_rating_count"}
    ),
    ("director", "author", "genre", "contentRating", "datePublished"),
    0.4,
    later="Leaving AMC+",
    extra_rows=_more,
    cta="Start Your Free Trial",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


STACK_HEAD = '<meta name="application-name" content="AMC+"><meta name="theme-color" content="#111111"><link rel="manifest" href="/amc/manifest.json">'
STACK_BODY = 'data-app="amcplus-web" data-route="details"'


def render(t: Title, ctx: Context) -> str:
    """The page with the front end's own head tags and the body's app and route hooks."""
    return stamp(render_site(SITE, t, ctx), STACK_HEAD, STACK_BODY)
