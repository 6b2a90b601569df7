# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide relaunched as a server-rendered Remix app sprinkled with htmx and Alpine.js: hx-get,
hx-trigger and hx-swap attributes for partial refreshes, x-data, x-show and x-text for local
state, window.__remixContext at the end. The facts as Alpine rows (the label a span whose
x-text names the label in the component's x-data, rendered on the server too), htmx-refreshable
paragraphs (a <strong> label, then the value), or an earlier set's Turbo-frame cells: 'Directed
by', 'Screenplay by', 'Music by', 'Produced by', 'Photographed by' (traps), 'Genre', 'Country',
'Year', 'Runs' ('1 hr 51 min' or '111m'; a series' ' per episode'), 'Rating' (MPA), 'Seasons',
'Opened' ('Friday, October 27, 1995' or '1995-10-27') beside a later 'Back in theaters' date (a
trap), 'Studio', 'Cost' ('$150M', '$1.2B'), 'Gross'; rows the record has no key for (Edition,
Sound); 'Membership' prices (a trap); '1,234 user ratings' beside '12,345 likes' (a trap).
Every budget and gross in US dollars. No tagline, audience text or streaming block."""

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
    no_characters,
    pick,
    plain_rows,
    rated,
    render_ssr,
    weekday_date,
)

NAME = "reelguide_htmx"
FRAMEWORK = "Remix with htmx and Alpine.js"
# the framework's own tags in the page's <head>, and its state and bootstrap before </body>
HEAD = '<script src="/static/vendor/htmx.2.0.1.min.js" defer></script><script src="/static/vendor/alpinejs.3.14.1.min.js" defer></script>'
TAIL = '<script>window.__remixContext = {"basename":"/","future":{"v3_fetcherPersist":true,"v3_relativeSplatPath":true},"isSpaMode":false,"state":{"loaderData":{"root":{"theme":"dark"}},"actionData":null,"errors":null}};</script><script type="module" async>import "/build/manifest-3f2a1b7c.js";</script>'
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Movies", "TV Shows", "Watchlist", "Sign in"),
    ("We use cookies to keep you signed in and to measure traffic.", "Accept", "Cookie settings"),
    ("About ReelGuide", "Careers", "Privacy", "Terms of use"),
    "© 2026 ReelGuide, Inc.",
    "__RG_RHX__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Screenplay by",
        "music": "Music by",
        "producer": "Produced by",
        "camera": "Photographed by",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Runs",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Opened",
        "studio": "Studio",
        "budget": "Cost",
        "box_office": "Gross",
    },
    {
        "about": "The story",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Discussion",
        "no_reviews": "Start the discussion.",
        "rail": "Keep watching",
    },
)


def date_(d: date, long: bool) -> str:
    """'Friday, October 27, 1995' or '1995-10-27'."""
    return weekday_date(d, True) if long else d.isoformat()


def running(n: int, long: bool) -> str:
    """'1 hr 51 min' or '111m'."""
    return hm(n, True, " hr", " min") if long else f"{n}m"


def votes(n: int) -> str:
    return f"{grouped(n)} user rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} likes"


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
        f'<aside class="{c("prices")}"><h2>Membership</h2>'
        + f"<p>Member ${pick(rng, ('4.99', '6.99'))} · Family ${pick(rng, ('9.99', '12.99'))}</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Edition", pick(rng, ["Theatrical cut", "Director's cut"])),
            ("Sound", pick(rng, ["Dolby Digital", "Mono"])),
        ]
    )


SITE = Site(
    NAME,
    "rhx",
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
    ("alpine-x-text-rows", "htmx-swap-rows", "frames"),
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
    later="Back in theaters",
    extra_rows=_more,
    cta="Save",
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
