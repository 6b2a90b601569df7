# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide relaunched as an Astro site: a generator meta, /_astro/ assets, the facts either as
<astro-island> components hydrated client:visible (their props serialized as Astro's [0,value]
pairs in the props attribute, the rendered chip inside), a definition list scoped by data-
astro-cid-* attributes, or an earlier set's CSS-drawn captions: 'Direction', 'Writing',
'Original music', 'Production', 'Photography' (traps), 'Genres', 'Made in', 'Year', 'Length'
('1 hr. 51 min.' or '111 min'; a series' ' per episode'), 'Certificate' (MPA), 'Seasons',
'Opened' ('Oct. 27, 1995' (AP style) or '10/27/1995') beside a later 'On streaming' date (a
trap), 'Studio credit', 'Cost' ('$150M', '$1.2B'), 'Takings'; rows the record has no key for
(Format, Language); 'Editions' prices (a trap); No votes; '12,345 plays'. Every budget and
gross in US dollars. No tagline, audience text or streaming block."""

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
    ap_date,
    compact,
    fit_rng,
    hide,
    hm,
    localize_money,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_ssr,
)

NAME = "reelguide_astro"
FRAMEWORK = "Astro"
# the framework's own tags in the page's <head>, and its state and bootstrap before </body>
HEAD = '<meta name="generator" content="Astro v4.5.9"><link rel="stylesheet" href="/_astro/index.Dk2fQ9xL.css">'
TAIL = '<script>(()=>{var e=async t=>{await(await t())()};(self.Astro||(self.Astro={})).visible=e;window.dispatchEvent(new Event("astro:visible"));})();</script>'
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Movies", "TV Shows", "Watchlist", "Sign in"),
    ("We use cookies to keep you signed in and to measure traffic.", "Accept", "Cookie settings"),
    ("About ReelGuide", "Careers", "Privacy", "Terms of use"),
    "© 2026 ReelGuide, Inc.",
    "__RG_RAS__",
)
WORDS = Words(
    {
        "director": "Direction",
        "writer": "Writing",
        "music": "Original music",
        "producer": "Production",
        "camera": "Photography",
        "genre": "Genres",
        "country": "Made in",
        "year": "Year",
        "runtime": "Length",
        "rating": "Certificate",
        "seasons": "Seasons",
        "released": "Opened",
        "studio": "Studio credit",
        "budget": "Cost",
        "box_office": "Takings",
    },
    {
        "about": "About",
        "details": "The facts",
        "cast": "Players",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Notes from readers",
        "no_reviews": "No notes yet.",
        "rail": "Elsewhere on ReelGuide",
    },
)


def date_(d: date, long: bool) -> str:
    """'Oct. 27, 1995' (AP style) or '10/27/1995'."""
    return ap_date(d, True) if long else f"{d.month:02d}/{d.day:02d}/{d.year}"


def running(n: int, long: bool) -> str:
    """'1 hr. 51 min.' or '111 min'."""
    return hm(n, True, " hr.", " min.") if long else f"{n} min"


def votes(n: int) -> str:
    return f"{grouped(n)} rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} plays"


def money(m: Money) -> str:
    """'$150M', '$1.2B'; other money by its code."""
    if m.currency != "USD":
        return f"{m.currency} {grouped(m.amount)}"
    return "$" + compact(m.amount, "M", "B")


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season}:E{e.number} · {running(e.minutes, long)} · {date_(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    """Prices that are neither the budget nor the gross."""
    return (
        f'<aside class="{c("prices")}"><h2>Editions</h2>'
        + f"<p>Blu-ray ${pick(rng, ('19.99', '24.99'))} · 4K UHD ${pick(rng, ('29.99', '34.99'))}</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Format", pick(rng, ["Digital", "35 mm"])),
            ("Language", pick(rng, ["English", "English, Italian"])),
        ]
    )


SITE = Site(
    NAME,
    "ras",
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
    ("astro-island-props", "astro-cid-dl", "caption"),
    frozenset({"audience_summary", "streaming", "tagline", "user_rating_count"}),
    ("director", "author", "genre", "contentRating", "datePublished", "numberOfSeasons"),
    0.4,
    later="On streaming",
    extra_rows=_more,
    cta="",
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
