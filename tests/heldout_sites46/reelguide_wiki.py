# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched as a community-edited wiki (a MediaWiki-style
article, as Wikipedia's and Fandom's film articles are): Article/Talk/Read/Edit/View history tabs
over the heading, an infobox of the facts in Wikipedia's words, 'Last edited' under the page. A
poster; the <h1> (the meta line under it on some deploys); 'Plot'; an 'Edit' button; the facts as
a sheet (labels across a header row of <th abbr>, values under them), dash lines or a table:
'Directed by', 'Written by', 'Music by', 'Produced by', 'Cinematography' (traps), 'Genre',
'Country', 'Year', 'Running time: 111 minutes' (or '1 hr 51 min'; a series' ' per episode'), 'MPA
rating' (G/PG/PG-13/R/NC-17), 'No. of seasons', 'Release date: October 27, 1995' (or
'10/27/1995') beside a later 'Home media' date (a trap), 'Production companies', 'Budget', 'Box
office', 'Language' (no key); 'IMDb'; 'Cast'; the trailer; a series' episodes; a donation appeal
(a trap); talk-page comments; 'See also'; a JSON-LD Movie on some pages. '1,234 community
ratings' beside '12,345 page views' (a trap) and 'Last edited on' a later date (a trap). No
tagline, audience text or streaming block."""

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
    look,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    us_date,
)

NAME = "reelguide_wiki"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Main page", "Recent changes", "Random article", "Community portal", "Help"),
    ("ReelGuide Wiki uses cookies to keep you logged in.", "OK", "Cookie statement"),
    ("About ReelGuide Wiki", "Disclaimers", "Code of conduct", "Privacy policy", "Terms of use"),
    "Text is available under the Creative Commons Attribution-ShareAlike License. ReelGuide",
    "__RG_WIKI__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Music by",
        "producer": "Produced by",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "MPA rating",
        "seasons": "No. of seasons",
        "released": "Release date",
        "studio": "Production companies",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Plot",
        "details": "Infobox",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Talk",
        "no_reviews": "No talk yet.",
        "rail": "See also",
    },
)


def running_time(n: int, long: bool) -> str:
    """'111 minutes' or '1 hr 51 min'."""
    return f"{n} minutes" if long else hm(n, True, " hr", " min")


def votes(n: int) -> str:
    return f"{grouped(n)} community rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} page views"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Episode {e.number}, season {e.season} · {running_time(e.minutes, long)} · {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Support the wiki</h2><p>Donate $3 · $10 · $25 · or $5 a month</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [("Language", pick(rng, ("English", "English, Spanish", "English, Italian")))]
    )


SITE = Site(
    NAME,
    "rwk",
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
    ("sheet", "dashes", "table"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    ("director", "author", "genre", "datePublished", "aggregateRating"),
    0.35,
    later="Home media",
    extra_rows=_more,
    cta="Edit",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The wiki page: the shared skeleton in this relaunch's words, formats and blocks (the namespace tabs over it, 'last edited' under it)."""
    out = render_site(SITE, t, ctx)
    tabs = '<nav class="rwk-tabs" aria-label="Namespaces"><a href="#" aria-current="page">Article</a> <a href="#talk">Talk</a> <a href="#">Read</a> <a href="#">Edit</a> <a href="#">View history</a></nav>'
    out = out.replace("<main", tabs + "<main", 1)
    edited = look(NAME, t).randint(1, 28)
    out = out.replace(
        "</main>",
        f'<p class="rwk-lastmod">This page was last edited on November {edited}, 2026, at 14:{edited + 10} (UTC).</p></main>',
        1,
    )
    return out.replace("<body>", '<body class="rwk-wiki">', 1)
