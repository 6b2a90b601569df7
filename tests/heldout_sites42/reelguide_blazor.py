# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched by an enterprise .NET team as a Blazor Web App:
prerendered on the server, then interactive over SignalR; blazor.web.js from _framework, the
<!--Blazor:{...}--> markers around the interactive component, CSS isolation's b-xxxxxxxxxx
attributes on the component's elements and its bundled ReelGuide.Web.styles.css, .NET's
en-US long date pattern ('Friday, October 27, 1995'). A 16:9 backdrop; the <h1> (the meta
line under it on some deploys); 'Overview'; a 'Rate this title' button; the facts as sprite
icon rows, a sentence-per-fact paragraph or a layout table: 'Directed by', 'Written by',
'Music by', 'Produced by', 'Cinematography by' (traps), 'Genres', 'Country', 'Year',
'Running time: 1 h 51 min' (or '111 min'; a series' ' per episode'), 'Rating'
(G/PG/PG-13/R/NC-17), 'Seasons', 'Release date: Friday, October 27, 1995' (or '10/27/1995')
beside a later 'Home video' (a trap), 'Studio', 'Budget', 'Box office', 'Language';
'IMDb'; 'Cast'; the trailer; a series' episodes; rent/buy prices (a trap); member reviews;
'Trending now'; a JSON-LD Movie on some pages. '1,234 member ratings' beside '12,345
watchlists' (a trap). No tagline, audience text or streaming block."""

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
    votes_in,
    weekday_date,
)

NAME = "reelguide_blazor"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
SCOPE = "b-7k2m9x1q4z"
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Home", "Movies", "TV Shows", "Watchlist", "Account"),
    ("ReelGuide uses cookies to keep you signed in.", "Accept", "Learn more"),
    ("About", "Support", "Developers", "Privacy Statement", "Terms of Use"),
    "© 2026 ReelGuide Corporation.",
    "__RG_BLAZOR__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Music by",
        "producer": "Produced by",
        "camera": "Cinematography by",
        "genre": "Genres",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Overview",
        "details": "Title details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Member reviews",
        "no_reviews": "No member reviews yet.",
        "rail": "Trending now",
    },
)


def running_time(n: int, long: bool) -> str:
    """'1 h 51 min' or '111 min'."""
    return hm(n, True, " h", " min") if long else f"{n} min"


def votes(n: int) -> str:
    return votes_in("member rating", n, paren=False)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season} · Episode {e.number} · {running_time(e.minutes, long)} · {weekday_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _store(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("store")}"><h2>Rent or buy</h2><p>Rent SD ${pick(rng, ("2.99", "3.99"))} · Rent HD ${pick(rng, ("4.99", "5.99"))} · Buy HD ${pick(rng, ("13.99", "14.99"))}</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows([("Language", pick(rng, ("English", "English, German")))])


SITE = Site(
    NAME,
    "rgb",
    CHROME,
    WORDS,
    weekday_date,
    running_time,
    " per episode",
    votes,
    dollars,
    lambda n: f"{grouped(n)} watchlists",
    _episode,
    _store,
    ("sprite", "prose", "layout"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    (
        "director",
        "author",
        "genre",
        "contentRating",
        "datePublished",
        "numberOfSeasons",
        "aggregateRating",
    ),
    0.4,
    later="Home video",
    extra_rows=_more,
    cta="Rate this title",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


MARKER = '<!--Blazor:{"type":"server","prerenderId":"9f2c41d7e3b84a0e","key":{"locationHash":"77D12F14A8105320B1AAED6AE7E689DA0EC4483270A645E84079EAA0FFDF550D:0","formattedComponentKey":""},"sequence":0,"descriptor":"CfDJ8KQz1rLwYt5BjXq0vN2mE4s"}-->'


def render(t: Title, ctx: Context) -> str:
    """The Blazor page: the isolated CSS bundle, the prerendered interactive component between
    its Blazor markers, its sections carrying the scope attribute, blazor.web.js last."""
    out = render_site(SITE, t, ctx)
    out = out.replace(
        "</head>",
        '<base href="/"><link rel="stylesheet" href="ReelGuide.Web.styles.css"></head>',
        1,
    )
    out = out.replace("<main ", MARKER + "<main ", 1).replace(
        "</main>", '</main><!--Blazor:{"prerenderId":"9f2c41d7e3b84a0e"}-->', 1
    )
    out = out.replace('<section class="', f'<section {SCOPE} class="')
    return out.replace("</body>", '<script src="_framework/blazor.web.js"></script></body>', 1)
