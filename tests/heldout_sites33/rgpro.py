# ruff: noqa: E501  (HTML templates read best on one line)
"""rgpro: ReelGuide Pro, the data-dense page for industry subscribers: the <h1> and meta line,
'(1,234 ratings)' beside '12,345 Pro lookups', 'Summary', the facts as web components, an
exclusive accordion or a table: 'Director(s)', 'Writer(s)', 'Composer', 'Producer(s)' and
'Cinematographer' (traps), 'Genres', 'Countries of origin', 'Year', 'Runtime: 111 min' or '1h
51m', 'MPA rating', 'Release date: 1995-10-27' or 'Oct 27, 1995' beside a later 'Home video
release' (a trap), 'Production companies', 'Budget' and 'Worldwide gross' ('USD 3,600,000'),
'Filming locations', 'Status'; a weekend box-office chart with other sums and dates, the Pro
plans' prices, a newsletter dialog; JSON-LD on some pages. No tagline, audience text or
streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites33.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    hm,
    money_code,
    newsletter,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    short_date,
    votes,
)

NAME = "rgpro"
CERTS = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Titles", "People", "Companies", "Box office", "Charts", "Account"),
    (
        "We use cookies to personalise ReelGuide and measure traffic.",
        "Accept all",
        "Cookie settings",
    ),
    ("About ReelGuide", "Careers", "Help Center", "Privacy", "Terms", "Accessibility"),
    "© 2026 ReelGuide, Inc. Ratings and listings are refreshed hourly.",
    "__RG_PRO__",
)
WORDS = Words(
    {
        "director": "Director(s)",
        "writer": "Writer(s)",
        "music": "Composer",
        "producer": "Producer(s)",
        "camera": "Cinematographer",
        "genre": "Genres",
        "country": "Countries of origin",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "MPA rating",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Production companies",
        "budget": "Budget",
        "box_office": "Worldwide gross",
    },
    {
        "about": "Summary",
        "details": "Title data",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Notes",
        "no_reviews": "No notes.",
        "rail": "Comparable titles",
    },
)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>{e.season}x{e.number:02d} | {hm(e.minutes, long)} | {short_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _extra(t: Title, c: Classes, rng: random.Random) -> str:
    return (
        f'<section class="{c("chart")}"><h2>Weekend chart</h2><table><tr><td>#1</td><td>USD {grouped(rng.randint(5, 90) * 1000000)}</td><td>{pick(rng, ("Jan 9, 2026", "Feb 13, 2026"))}</td></tr></table></section><aside class="{c("pro")}"><h2>ReelGuide Pro</h2><p>$19.99/month or $199/year</p></aside>'
        + newsletter(c, rng)
    )


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows((("Filming locations", "Vancouver, Canada"), ("Status", "Released")))


SITE = Site(
    NAME,
    "rgp",
    CHROME,
    WORDS,
    short_date,
    hm,
    " (episode)",
    votes,
    money_code,
    lambda n: f"{grouped(n)} Pro lookups",
    _episode,
    _extra,
    ("slotted", "exclusive", "table"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    (
        "director",
        "author",
        "genre",
        "contentRating",
        "datePublished",
        "numberOfSeasons",
        "description",
    ),
    0.4,
    later="Home video release",
    extra_rows=_more,
    cta="Export data",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.8 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
