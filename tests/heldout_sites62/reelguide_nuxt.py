# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide relaunched as a Nuxt 3 app (Vue's server renderer): every element of a scoped
component carries its data-v-xxxxxxxx attribute, v-for lists sit between <!--[--> and <!--]-->
fragment comments, the head preloads /_nuxt/ chunks and the state is serialized into
__NUXT_DATA__. The facts as fragment rows (a label span and a value span), a fragment-wrapped
definition list, or an earlier set's definition list: 'Director', 'Screenplay', 'Original
score', 'Producer', 'Director of photography' (traps), 'Genres', 'Country of origin', 'Year',
'Runtime' ('1h 51m' or '111 min'; a series' ' per episode'), 'Rated' (MPA), 'Seasons',
'Original release date' ('October 27, 1995' or '10/27/1995') beside a later 'Streaming since'
date (a trap), 'Production companies', 'Budget' ('$150,000,000'), 'Box office'; rows the record
has no key for (Language, Sound mix); 'Rent or buy' prices (a trap); '1,234 ratings' beside
'12,345 watchlist saves' (a trap). No IMDb link. Every budget and gross in US dollars. No
tagline, audience text or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites62.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    hm,
    localize_money,
    month,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_ssr,
)

NAME = "reelguide_nuxt"
FRAMEWORK = "Nuxt 3 (Vue)"
# the framework's own tags in the page's <head>, and its state and bootstrap before </body>
HEAD = '<link rel="modulepreload" as="script" crossorigin href="/_nuxt/entry.4f1c2b9a.js"><link rel="prefetch" as="script" crossorigin href="/_nuxt/error-404.8a1d3c5e.js">'
TAIL = '<div id="teleports"></div><script type="application/json" id="__NUXT_DATA__" data-ssr="true">[{"state":1,"once":3,"_errors":4,"serverRendered":5},{},["Set"],{},true]</script><script>window.__NUXT__={};window.__NUXT__.config={public:{siteUrl:"https://www.reelguide.example"},app:{baseURL:"/",buildAssetsDir:"/_nuxt/",cdnURL:""}}</script><script type="module" src="/_nuxt/entry.4f1c2b9a.js" crossorigin></script>'
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Movies", "TV Shows", "Watchlist", "Sign in"),
    ("We use cookies to keep you signed in and to measure traffic.", "Accept", "Cookie settings"),
    ("About ReelGuide", "Careers", "Privacy", "Terms of use"),
    "© 2026 ReelGuide, Inc.",
    "__RG_RNX__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenplay",
        "music": "Original score",
        "producer": "Producer",
        "camera": "Director of photography",
        "genre": "Genres",
        "country": "Country of origin",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Original release date",
        "studio": "Production companies",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Overview",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Reviews",
        "no_reviews": "No reviews yet.",
        "rail": "More like this",
    },
)


def date_(d: date, long: bool) -> str:
    """'October 27, 1995' or '10/27/1995'."""
    return f"{month(d)} {d.day}, {d.year}" if long else f"{d.month:02d}/{d.day:02d}/{d.year}"


def running(n: int, long: bool) -> str:
    """'1h 51m' or '111 min'."""
    return hm(n, True, "h", "m") if long else f"{n} min"


def votes(n: int) -> str:
    return f"{grouped(n)} rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} watchlist saves"


def money(m: Money) -> str:
    """'$150,000,000'; other money by its code."""
    if m.currency != "USD":
        return f"{m.currency} {grouped(m.amount)}"
    return "$" + grouped(m.amount)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season}:E{e.number} · {running(e.minutes, long)} · {date_(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """Prices that are neither the budget nor the gross."""
    return (
        f'<aside class="{c("prices")}"><h2>Rent or buy</h2>'
        + f"<p>Rent ${pick(rng, ('3.99', '4.99', '5.99'))} · Buy ${pick(rng, ('9.99', '14.99', '19.99'))}</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Language", pick(rng, ["English", "English, French"])),
            ("Sound mix", pick(rng, ["Dolby Digital", "Dolby Atmos"])),
        ]
    )


SITE = Site(
    NAME,
    "rnx",
    CHROME,
    WORDS,
    date_,
    running,
    " per episode",
    votes,
    money,
    views,
    _episode,
    _extra,
    ("nuxt-fragment-rows", "nuxt-fragment-dl", "dl"),
    frozenset({"audience_summary", "imdb_id", "streaming", "tagline"}),
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
    later="Streaming since",
    extra_rows=_more,
    cta="Watch now",
    art="backdrop",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    t = localize_money(t, "USD", fit_rng(NAME, t, "money"))
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this relaunch's words, formats and components, with
    the framework's head tags, hydration markers and state."""
    return render_ssr(SITE, t, ctx, HEAD, TAIL)
