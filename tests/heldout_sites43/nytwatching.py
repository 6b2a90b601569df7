# ruff: noqa: E501  (HTML templates read best on one line)
"""NYT Watching (English, US): The New York Times's Watching recommendation page for a
film or series. A 16:9 still; the <h1> (the meta line '1995 · R · 1 hour 51 minutes · Drama'
under it on some deploys); 'Why we like it'; a 'Read the review' link; the facts as ARIA article
cells (this set's), stat tiles (this set's) or <output for> pairs (an earlier set's): 'Directed
by', 'Written by', 'Music by', 'Produced by', 'Cinematography by' (traps), 'Genre', 'Country',
'Year', 'Running time: 1 hour 51 minutes' (or '111 minutes'; a series' 'per episode'), 'Rated'
(G/PG/PG-13/R/NC-17), 'Seasons', 'Release date: Oct. 27, 1995' (AP style, or '10/27/1995')
beside a later 'Streaming since' (a trap), 'Production company', 'Where to watch', 'Critic's
Pick'; 'IMDb'; 'Cast'; the trailer; a series' episodes; subscription and rental prices (a
trap); reader comments; 'More Watching picks'; a JSON-LD Movie on some pages. No vote count:
'12,345 readers saved this' is a counter (a trap). No tagline, audience text, budget, box
office or streaming block."""

from __future__ import annotations

import random
from datetime import date as date_

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites43.common import (
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
)

__all__ = ["CERTS", "CHROME", "NAME", "SITE", "STACK_BODY", "STACK_HEAD", "WORDS", "fit", "render"]

NAME = "nytwatching"
CERTS = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "The New York Times",
    ("U.S.", "World", "Business", "Arts", "Movies", "Television", "Watching"),
    (
        "We use cookies and similar methods to recognize visitors.",
        "Accept",
        "Manage Privacy Preferences",
    ),
    ("NYTCo", "Contact Us", "Accessibility", "Work with us", "Terms of Service", "Privacy Policy"),
    "© 2026 The New York Times Company",
    "__NYT_PRELOADED_STATE__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Music by",
        "producer": "Produced by",
        "camera": "Cinematography by",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Production company",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Why we like it",
        "details": "The details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Reader comments",
        "no_reviews": "Comments are closed.",
        "rail": "More Watching picks",
    },
)

AP_MONTHS = (
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)


def ap_date(d: date_, long: bool) -> str:
    """AP style 'Oct. 27, 1995' or '10/27/1995'."""
    return (
        f"{AP_MONTHS[d.month - 1]} {d.day}, {d.year}"
        if long
        else f"{d.month:02d}/{d.day:02d}/{d.year}"
    )


def runtime(n: int, long: bool) -> str:
    """'1 hour 51 minutes', '2 hours' or '111 minutes'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} minutes"
    hours = f"{big} hour" + ("" if big == 1 else "s")
    return hours + (f" {small} minute" + ("" if small == 1 else "s") if small else "")


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Episode {e.number} · {runtime(e.minutes, long)} · {ap_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("subscribe")}"><h2>Subscribe</h2><p>All Access ${pick(rng, ("1", "2"))}/week for the first year, then ${pick(rng, ("6.25", "8.75"))}/week. Rent it for ${pick(rng, ("3.99", "5.99"))} on Prime Video.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Where to watch", pick(rng, ("Netflix", "Max", "Hulu", "Prime Video", "in theaters"))),
            ("Critic's Pick", pick(rng, ("Yes", "No"))),
        ]
    )


SITE = Site(
    NAME,
    "nyt",
    CHROME,
    WORDS,
    ap_date,
    runtime,
    " per episode",
    no_votes,
    no_money,
    lambda n: f"{grouped(n)} readers saved this",
    _episode,
    _extra,
    ("articles", "figures", "outputs"),
    frozenset(
        {"tagline", "audience_summary", "streaming", "user_rating_count", "budget", "box_office"}
    ),
    ("director", "author", "genre", "contentRating", "datePublished"),
    0.35,
    later="Streaming since",
    extra_rows=_more,
    cta="Read the review",
    art="backdrop",
    crumbs="Watching",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


STACK_HEAD = '<meta name="application-name" content="The New York Times"><meta name="theme-color" content="#ffffff"><meta property="article:section" content="Watching">'
STACK_BODY = 'data-app="vi-watching" data-route="watching/title" data-edition="us"'


def render(t: Title, ctx: Context) -> str:
    """The page with the front end's own head tags and the body's app and route hooks."""
    return stamp(render_site(SITE, t, ctx), STACK_HEAD, STACK_BODY)
