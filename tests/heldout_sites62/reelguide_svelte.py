# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide relaunched as a SvelteKit app: every element a component styles carries its svelte-
xxxxxxx hash class, {@html} output sits between <!-- HTML_TAG_START --> and <!-- HTML_TAG_END
-->, the head preloads /_app/immutable/ entries and the page ends in the __sveltekit_
bootstrap. The facts as hashed rows (a label span, a space, a value span), a hashed table whose
cells hold {@html} values, or an earlier set's stat tiles: 'Directed by', 'Written by', 'Music
by', 'Produced by', 'Cinematography by' (traps), 'Genre', 'Country', 'Year', 'Running time'
('111 minutes' or '1 hr 51 min'; a series' ' per episode'), 'Rating' (MPA), 'Seasons',
'Released' ('Oct 27, 1995' or '1995-10-27') beside a later 'Digital release' date (a trap),
'Studio', 'Budget' ('$150 million', '$1.2 billion'), 'Gross'; rows the record has no key for
(Aspect ratio, Color); 'Tickets' prices (a trap); '1,234 votes' beside '12,345 page views' (a
trap). Every budget and gross in US dollars. No tagline, audience text or streaming block."""

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
    compact,
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

NAME = "reelguide_svelte"
FRAMEWORK = "SvelteKit"
# the framework's own tags in the page's <head>, and its state and bootstrap before </body>
HEAD = '<link href="/_app/immutable/entry/start.BqX81kd2.js" rel="modulepreload"><link href="/_app/immutable/entry/app.D9cM2xQe.js" rel="modulepreload">'
TAIL = '<script>{__sveltekit_1x9q2r={base:new URL(".",location).pathname.slice(0,-1),env:{}};const element=document.currentScript.parentElement;const data=[null,null];Promise.all([import("/_app/immutable/entry/start.BqX81kd2.js"),import("/_app/immutable/entry/app.D9cM2xQe.js")]).then(([kit,app])=>{kit.start(app,element,{node_ids:[0,4],data,form:null,error:null})})}</script>'
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Movies", "TV Shows", "Watchlist", "Sign in"),
    ("We use cookies to keep you signed in and to measure traffic.", "Accept", "Cookie settings"),
    ("About ReelGuide", "Careers", "Privacy", "Terms of use"),
    "© 2026 ReelGuide, Inc.",
    "__RG_RSV__",
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
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Released",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Gross",
    },
    {
        "about": "Synopsis",
        "details": "Film facts",
        "cast": "Cast",
        "trailer": "Watch the trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "Be the first to comment.",
        "rail": "You might also like",
    },
)


def date_(d: date, long: bool) -> str:
    """'Oct 27, 1995' or '1995-10-27'."""
    return f"{month(d, True)} {d.day}, {d.year}" if long else d.isoformat()


def running(n: int, long: bool) -> str:
    """'111 minutes' or '1 hr 51 min'."""
    return f"{n} minutes" if long else hm(n, True, " hr", " min")


def votes(n: int) -> str:
    return f"{grouped(n)} vote" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} page views"


def money(m: Money) -> str:
    """'$150 million', '$1.2 billion'; other money by its code."""
    if m.currency != "USD":
        return f"{m.currency} {grouped(m.amount)}"
    return "$" + compact(m.amount, " million", " billion")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season}:E{e.number} · {running(e.minutes, long)} · {date_(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """Prices that are neither the budget nor the gross."""
    return (
        f'<aside class="{c("prices")}"><h2>Tickets</h2>'
        + f"<p>Adult ${pick(rng, ('12.50', '14.00', '15.75'))} · Child ${pick(rng, ('8.50', '9.00', '10.25'))}</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Aspect ratio", pick(rng, ["2.39 : 1", "1.85 : 1"])),
            ("Color", pick(rng, ["Full color", "Black and white"])),
        ]
    )


SITE = Site(
    NAME,
    "rsv",
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
    ("svelte-hash-rows", "svelte-html-tag-table", "stats"),
    frozenset({"audience_summary", "streaming", "tagline"}),
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
    later="Digital release",
    extra_rows=_more,
    cta="Find tickets",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BOARD), SITE.hidden)
    t = localize_money(t, "USD", fit_rng(NAME, t, "money"))
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this relaunch's words, formats and components, with
    the framework's head tags, hydration markers and state."""
    return render_ssr(SITE, t, ctx, HEAD, TAIL)
