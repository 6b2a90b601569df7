# ruff: noqa: E501  (HTML templates read best on one line)
"""The Telegraph (English, UK): a newspaper's film or television review. A 16:9 still; the
<h1> (the meta line '1995 | 15 | 111 mins | Drama' under it on some deploys); 'The verdict'
standfirst; the review's fact box as stat tiles (this set's), a legacy <center> block of plain
'Label: value' lines (this set's) or an open disclosure with a description list (an earlier
set's): 'Director', 'Screenplay', 'Composer', 'Producers', 'Cinematography' (traps), 'Genre',
'Country', 'Year', 'Running time: 111 mins' (or '1hr 51min'; a series' 'per episode'),
'Certificate' (U/PG/12A/15/18), 'Series', 'UK release: 27 October 1995' (or '27/10/1995') beside
a later 'On digital' (a trap), 'Studio', 'Our verdict' (stars), 'Where to watch'; 'IMDb';
'Cast'; the trailer; a series' episodes ('Series 1, episode 3'); subscription prices in pounds
(a trap); reader comments; 'More film reviews'; a JSON-LD Movie on some pages. No vote count:
'1,234 comments' is a counter (a trap). No tagline, audience text, budget, box office or
streaming block."""

from __future__ import annotations

import random

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
    uk_date,
)

__all__ = ["CERTS", "CHROME", "NAME", "SITE", "STACK_BODY", "STACK_HEAD", "WORDS", "fit", "render"]

NAME = "telegraph"
CERTS = ages("U", "PG", "12A", "15", "18")
CHROME = Chrome(
    "en-GB",
    "The Telegraph",
    ("News", "Sport", "Business", "Opinion", "Culture", "Film", "Log in"),
    ("We use cookies and similar technologies.", "Accept all", "Manage preferences"),
    ("Contact us", "About us", "Reader Prizes", "Advertising", "Terms and Conditions", "Privacy"),
    "© Telegraph Media Group Limited 2026",
    "__TMG_STATE__",
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
        "runtime": "Running time",
        "rating": "Certificate",
        "seasons": "Series",
        "released": "UK release",
        "studio": "Studio",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "The verdict",
        "details": "Film details",
        "cast": "Cast",
        "trailer": "Watch the trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "Comments are closed.",
        "rail": "More film reviews",
    },
)


def runtime(n: int, long: bool) -> str:
    """'111 mins' or '1hr 51min'."""
    big, small = divmod(n, 60)
    if long or not big:
        return f"{n} mins"
    return f"{big}hr" + (f" {small}min" if small else "")


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Series {e.season}, episode {e.number} · {runtime(e.minutes, long)} · {uk_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("subscribe")}"><h2>Subscribe to The Telegraph</h2><p>£{pick(rng, ("1", "2"))} for 3 months, then £{pick(rng, ("9.99", "12.99"))} a month · Print + digital £{pick(rng, ("25", "29"))} a month</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Our verdict", pick(rng, ("★★★★☆", "★★★☆☆", "★★☆☆☆", "★★★★★"))),
            (
                "Where to watch",
                pick(rng, ("In cinemas", "On Netflix", "On BBC iPlayer", "On Sky Cinema")),
            ),
        ]
    )


SITE = Site(
    NAME,
    "tmg",
    CHROME,
    WORDS,
    uk_date,
    runtime,
    " per episode",
    no_votes,
    no_money,
    lambda n: f"{grouped(n)} comments",
    _episode,
    _extra,
    ("center", "figures", "detailsdl"),
    frozenset(
        {"tagline", "audience_summary", "streaming", "user_rating_count", "budget", "box_office"}
    ),
    ("director", "author", "genre", "contentRating", "datePublished"),
    0.35,
    later="On digital",
    extra_rows=_more,
    cta="",
    art="backdrop",
    crumbs="Culture",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


STACK_HEAD = '<meta name="application-name" content="The Telegraph"><meta name="theme-color" content="#ffffff"><meta property="article:section" content="Culture">'
STACK_BODY = 'data-app="tmg-article" data-route="culture/film" data-paywall="metered"'


def render(t: Title, ctx: Context) -> str:
    """The page with the front end's own head tags and the body's app and route hooks."""
    return stamp(render_site(SITE, t, ctx), STACK_HEAD, STACK_BODY)
