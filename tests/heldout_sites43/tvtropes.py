# ruff: noqa: E501  (HTML templates read best on one line)
"""TV Tropes (English, US): a wiki's work page (Film/ or Series/). A poster; the <h1>
(the meta line '1995 · PG-13 · 111 minutes · Drama' under it on some deploys); 'Description'; a
breadcrumb 'Main'; the work's info box as ARIA article cells (this set's), a legacy <center>
block of plain 'Label: value' lines (this set's) or bold-label lines (an earlier set's):
'Directed by', 'Written by', 'Music by', 'Produced by', 'Cinematography by' (traps), 'Genre',
'Country', 'Year', 'Running time: 111 minutes' (or '1 hr. 51 min.'; a series' 'per episode'),
'Rated' (G/PG/PG-13/R/NC-17), 'Seasons', 'Released: October 27, 1995' (or '10/27/1995') beside a
later 'Home media' (a trap), 'Studio', 'Tropes on this page', 'Associated pages'; 'IMDb';
'Cast'; the trailer; a series' episode guide ('1x03 · 45 minutes · aired ...'); Premium prices (a
trap); forum posts; 'Related Works'; a JSON-LD Movie on some pages. No vote count: '12,345 page
views' is a counter (a trap). No tagline, audience text, budget, box office or streaming
block."""

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
    us_date,
)

__all__ = ["CERTS", "CHROME", "NAME", "SITE", "STACK_BODY", "STACK_HEAD", "WORDS", "fit", "render"]

NAME = "tvtropes"
CERTS = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "TV Tropes",
    ("Tropes", "Media", "Browse", "Indexes", "Forums", "Videos", "Login"),
    ("TV Tropes uses cookies.", "OK", "Privacy Choices"),
    (
        "About TV Tropes",
        "TV Tropes Customs",
        "Go Ad-Free",
        "Privacy Policy",
        "Terms of Service",
        "Contact",
    ),
    "TV Tropes is licensed under a Creative Commons Attribution-NonCommercial-ShareAlike 3.0 Unported License.",
    "__TVT_STATE__",
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
        "released": "Released",
        "studio": "Studio",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Description",
        "details": "Work Info",
        "cast": "Starring",
        "trailer": "Trailer",
        "episodes": "Episode Guide",
        "reviews": "Forum Posts",
        "no_reviews": "No posts yet.",
        "rail": "Related Works",
    },
)


def runtime(n: int, long: bool) -> str:
    """'111 minutes' or '1 hr. 51 min.'."""
    big, small = divmod(n, 60)
    if long or not big:
        return f"{n} minutes"
    return f"{big} hr." + (f" {small} min." if small else "")


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>{e.season}x{e.number:02d} · {runtime(e.minutes, long)} · aired {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("premium")}"><h2>Go Ad-Free</h2><p>TV Tropes Premium: ${pick(rng, ("1.99", "2.99"))}/month or ${pick(rng, ("19.99", "24.99"))}/year. Supporters get early access to new features.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Tropes on this page", pick(rng, ("137", "212", "88"))),
            (
                "Associated pages",
                pick(rng, ("Characters, Funny, Trivia, YMMV", "Trivia, YMMV", "Awesome, Trivia")),
            ),
        ]
    )


SITE = Site(
    NAME,
    "tvt",
    CHROME,
    WORDS,
    us_date,
    runtime,
    " per episode",
    no_votes,
    no_money,
    lambda n: f"{grouped(n)} page views",
    _episode,
    _extra,
    ("center", "articles", "lines"),
    frozenset(
        {"tagline", "audience_summary", "streaming", "user_rating_count", "budget", "box_office"}
    ),
    ("director", "author", "genre", "contentRating", "datePublished"),
    0.35,
    later="Home media",
    extra_rows=_more,
    cta="Edit Page",
    art="poster",
    crumbs="Main",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


STACK_HEAD = '<meta name="application-name" content="TV Tropes"><meta name="theme-color" content="#1a3d6b"><link rel="search" type="application/opensearchdescription+xml" href="/tvt/opensearch.xml">'
STACK_BODY = 'data-app="tvtropes" data-route="article" data-namespace="Film"'


def render(t: Title, ctx: Context) -> str:
    """The page with the front end's own head tags and the body's app and route hooks."""
    return stamp(render_site(SITE, t, ctx), STACK_HEAD, STACK_BODY)
