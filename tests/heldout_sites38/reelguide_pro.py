# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide Pro (English, US), a dense data view for industry subscribers, a Django page with
htmx swaps (hx-get on its rails): small monospace type, every fact a key/value line. A 16:9
backdrop; the <h1> (the meta line '1995 | R | 1:51 | Drama' under it on some deploys); '1,234
votes' beside '12,345 page views (30d)' (a trap); 'Logline'; an 'Export CSV' button; the facts
in <var>/<samp> lines, data-cy rows or a table: 'Director', 'Writer', 'Composer', 'Producer',
'DP' (traps), 'Genre', 'Country', 'Year', 'Runtime: 1:51' (or '111 min'; a series' '/ep'),
'MPA' (G/PG/PG-13/R/NC-17), 'Seasons', 'Release: 1995-10-27' (or '10/27/1995') beside a later
'Home ent.' (a trap), 'Companies', 'Budget: $3,600,000', 'Gross (WW): $12,500,000', 'Aspect',
'Sound', 'Negative'; 'IMDb'; 'Cast'; the trailer; a series' episodes; the Pro plans in dollars
(a trap); comments; 'Comparables'; a JSON-LD Movie on some pages. No tagline, audience text or
streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites38.common import (
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
    votes_in,
)

NAME = "reelguide_pro"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide Pro",
    ("Titles", "People", "Companies", "Box office", "In development", "Lists", "API"),
    ("Pro uses cookies to keep you signed in.", "OK", "Details"),
    ("Pro help", "API docs", "Status", "Billing", "Terms", "Privacy"),
    "© 2026 ReelGuide Pro. Data licensed to subscribers only.",
    "__RG_PRO__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Composer",
        "producer": "Producer",
        "camera": "DP",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "MPA",
        "seasons": "Seasons",
        "released": "Release",
        "studio": "Companies",
        "budget": "Budget",
        "box_office": "Gross (WW)",
    },
    {
        "about": "Logline",
        "details": "Title data",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Notes from members",
        "no_reviews": "No notes yet.",
        "rail": "Comparables",
    },
)


def pro_date(d: date, long: bool) -> str:
    """'1995-10-27' or '10/27/1995'."""
    return d.isoformat() if long else f"{d.month:02d}/{d.day:02d}/{d.year}"


def clock(n: int, long: bool) -> str:
    """'1:51' (h:mm) or '111 min'."""
    return f"{n // 60}:{n % 60:02d}" if long else f"{n} min"


def votes(n: int) -> str:
    return votes_in("vote", n, paren=False)


def money(m: Money) -> str:
    """'$3,600,000' or 'EUR 7,200,000'."""
    return f"${grouped(m.amount)}" if m.currency == "USD" else f"{m.currency} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season:02d}E{e.number:02d} | {clock(e.minutes, long)} | {pro_date(e.aired, long)}</p><p>Dir: {esc(e.director)}</p>"


def _plans(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("plans")}"><h2>Upgrade</h2><p>Pro ${pick(rng, ("12", "15", "19"))}/mo · Team ${pick(rng, ("49", "79"))}/mo per 5 seats · API from $199/mo</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Aspect", pick(rng, ("1.85 : 1", "2.39 : 1", "1.33 : 1"))),
            ("Sound", pick(rng, ("Dolby Digital", "DTS", "Dolby Atmos", "Mono"))),
            ("Negative", pick(rng, ("35 mm", "ARRIRAW 4.5K", "16 mm"))),
        ]
    )


SITE = Site(
    NAME,
    "rgp",
    CHROME,
    WORDS,
    pro_date,
    clock,
    " /ep",
    votes,
    money,
    lambda n: f"{grouped(n)} page views (30d)",
    _episode,
    _plans,
    ("kv", "cypress", "table"),
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
    meta_sep=" | ",
    later="Home ent.",
    extra_rows=_more,
    cta="Export CSV",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


STACK_HEAD = '<script src="/rgp/static/htmx.min.js" defer></script><meta name="csrf-token" content="rgp-csrf-token">'


def render(t: Title, ctx: Context) -> str:
    """The Django page with htmx: its script, the body boosted, the rail swapped in by hx-get."""
    out = render_site(SITE, t, ctx).replace("</head>", STACK_HEAD + "</head>", 1)
    out = out.replace("<body>", '<body hx-boost="true">', 1)
    return out.replace(
        "<aside ", f'<aside hx-get="/rgp/partials/{t.slug}/upsell" hx-trigger="revealed" ', 1
    )
