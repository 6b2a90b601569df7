# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide relaunched as a Qwik City app, resumed rather than hydrated: q:key attributes on
keyed elements, <!--qv q:id=.. q:key=..--> virtual-node comments around component output,
on:click attributes naming lazily loaded q- chunks, the qwikloader inline and the state in
<script type="qwik/json">. The facts as keyed rows inside virtual nodes (a copy button after
each), a keyed definition list, or an earlier set's sprite-icon rows: 'Filmmaker', 'Script',
'Score', 'Producer', 'Camera' (traps), 'Category', 'Country', 'Year', 'Running time' ('1 h 51
min' or '111 min'; a series' ' per episode'), 'MPA' (MPA), 'Seasons', 'Premiered' ('Oct 27,
1995' or '10/27/1995') beside a later 'Arrived on streaming' date (a trap), 'Studio', 'Budget'
('$150M', '$1.2B'), 'Box office'; rows the record has no key for (Audio, Subtitles); 'Deals'
prices (a trap); '1,234 member ratings' beside '12,345 added to lists' (a trap). Every budget
and gross in US dollars. No tagline, audience text or streaming block."""

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

NAME = "reelguide_qwikcity"
FRAMEWORK = "Qwik City"
# the framework's own tags in the page's <head>, and its state and bootstrap before </body>
HEAD = '<link rel="modulepreload" href="/build/q-BxL2d9Ft.js"><script id="qwikloader">((e,t)=>{const n="__q_context__";e.qwikevents=[];t.addEventListener("click",()=>{})})(window,document)</script>'
TAIL = '<script type="qwik/json">{"refs":{"8":"1"},"ctx":{},"objs":["\\u0012facts",true],"subs":[]}</script><script q:func="qwik/json">document["qFuncs_9f2k"]=[]</script>'
BOARD = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Movies", "TV Shows", "Watchlist", "Sign in"),
    ("We use cookies to keep you signed in and to measure traffic.", "Accept", "Cookie settings"),
    ("About ReelGuide", "Careers", "Privacy", "Terms of use"),
    "© 2026 ReelGuide, Inc.",
    "__RG_RQC__",
)
WORDS = Words(
    {
        "director": "Filmmaker",
        "writer": "Script",
        "music": "Score",
        "producer": "Producer",
        "camera": "Camera",
        "genre": "Category",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "MPA",
        "seasons": "Seasons",
        "released": "Premiered",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Story",
        "details": "Key facts",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "Nothing here yet.",
        "rail": "Also on ReelGuide",
    },
)


def date_(d: date, long: bool) -> str:
    """'Oct 27, 1995' or '10/27/1995'."""
    return f"{month(d, True)} {d.day}, {d.year}" if long else f"{d.month:02d}/{d.day:02d}/{d.year}"


def running(n: int, long: bool) -> str:
    """'1 h 51 min' or '111 min'."""
    return hm(n, True, " h", " min") if long else f"{n} min"


def votes(n: int) -> str:
    return f"{grouped(n)} member rating" + ("" if n == 1 else "s")


def views(n: int) -> str:
    return f"{grouped(n)} added to lists"


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
        f'<aside class="{c("prices")}"><h2>Deals</h2>'
        + f"<p>Bundle ${pick(rng, ('24.99', '29.99'))} · Single ${pick(rng, ('9.99', '11.99'))}</p>"
        + "</aside>"
    )


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("Audio", pick(rng, ["English 5.1", "English stereo"])),
            ("Subtitles", pick(rng, ["English", "English, Spanish"])),
        ]
    )


SITE = Site(
    NAME,
    "rqc",
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
    ("qwik-virtual-rows", "qwik-keyed-dl", "sprite"),
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
    later="Arrived on streaming",
    extra_rows=_more,
    cta="Play trailer",
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
