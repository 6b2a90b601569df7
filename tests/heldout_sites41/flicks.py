# ruff: noqa: E501  (HTML templates read best on one line)
"""Flicks (English, New Zealand): a cinema-listings site's movie page. A poster; the <h1>
(the meta line '1995 · M · 111 mins · Drama' under it on some deploys); 'Synopsis'; a 'Find
sessions' button; the facts in <output for> pairs, an SVG fact card (each fact a <text> of two
<tspan>s) or a definition list: 'Director', 'Screenplay', 'Composer', 'Producers',
'Cinematography' (traps), 'Genre', 'Country', 'Year', 'Runtime: 111 mins' (or '1h 51m'; a
series' 'per episode'), 'Classification' (G/PG/M/R16/R18), 'Seasons', 'Release date: 27
October 1995' (or '27/10/1995') beside a later 'NZ release' (a trap), 'Distributor', 'Language';
'IMDb'; 'Cast'; the trailer; a series' episodes; session ticket prices (a trap); reader
comments; 'Also showing'; a JSON-LD Movie on some pages. '1,234 ratings' beside '12,345 want
to see' (a trap). No tagline, audience text, budget, box office or streaming block."""

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
    uk_date,
    votes_in,
)

NAME = "flicks"
CERTS = ages("G", "PG", "M", "R16", "R18")
CHROME = Chrome(
    "en-NZ",
    "Flicks",
    ("Movies", "Cinemas", "Streaming", "TV", "News", "Trailers", "Sign in"),
    ("Flicks uses cookies to give you a better experience.", "OK", "Privacy policy"),
    ("About Flicks", "Advertise", "Contact", "Privacy", "Terms", "Flicks Australia"),
    "© 2026 Flicks.co.nz. All rights reserved.",
    "__FLICKS__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenplay",
        "music": "Composer",
        "producer": "Producers",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Classification",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Distributor",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Synopsis",
        "details": "Movie details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet. Start the conversation.",
        "rail": "Also showing",
    },
)


def runtime(n: int, long: bool) -> str:
    """'111 mins' or '1h 51m'."""
    big, small = divmod(n, 60)
    if long or not big:
        return f"{n} mins"
    return f"{big}h" + (f" {small}m" if small else "")


def votes(n: int) -> str:
    return votes_in("rating", n, paren=False)


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, episode {e.number} · {runtime(e.minutes, long)} · {uk_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("sessions")}"><h2>Sessions today</h2><p>Embassy Theatre 1:15pm, 6:30pm · Adult ${pick(rng, ("18.50", "19.50", "21.00"))} · Child ${pick(rng, ("12.50", "13.00"))}</p><p>Cheap Tuesdays $12 at participating cinemas.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("Language", pick(rng, ("English", "English, Te Reo Māori")))])


SITE = Site(
    NAME,
    "flk",
    CHROME,
    WORDS,
    uk_date,
    runtime,
    " per episode",
    votes,
    no_money,
    lambda n: f"{grouped(n)} want to see",
    _episode,
    _extra,
    ("outputs", "tspans", "dl"),
    frozenset({"tagline", "audience_summary", "budget", "box_office", "streaming"}),
    ("director", "author", "genre", "contentRating", "datePublished", "aggregateRating"),
    0.4,
    later="NZ release",
    extra_rows=_more,
    cta="Find sessions",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


STACK_HEAD = '<meta name="application-name" content="Flicks"><meta name="theme-color" content="#ffd200"><link rel="preconnect" href="https://images.flicks.example">'
STACK_BODY = 'data-app="flicks-nz" data-route="movie"'


def render(t: Title, ctx: Context) -> str:
    """The page with the front end's own head tags and the body's app and route hooks."""
    return stamp(render_site(SITE, t, ctx), STACK_HEAD, STACK_BODY)
