# ruff: noqa: E501  (HTML templates read best on one line)
"""A ReelGuide relaunch pitched as a plain server-rendered page (templates, no client app beyond a
boot script): a poster, the <h1> and a meta line on some deploys, '(1,234 votes)' beside a
'12,345 page views' counter (a trap), 'Synopsis'; the facts in an email-like layout table, an
Angular-style custom element per row (the agency's component library ported) or a <dl>:
'Directed by', 'Written by', 'Music by', 'Produced by', 'Cinematography' (traps), 'Genres',
'Country', 'Year', 'Runtime: 111 min' (or '1h 51m'), 'Rated' (MPA), 'Release date: October 27,
1995' (or '10/27/1995') beside a later 'Streaming from' (a trap), 'Production company',
'Budget: $3,600,000', 'Box office', 'Language', 'Sound mix'; the IMDb link; episodes; the
ReelGuide Plus price (a trap); reviews; 'More like this'; JSON-LD on some pages."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped, money_symbol
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites35.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    hm,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    us_date,
    votes_in,
)

NAME = "serverside"
CERTS = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Movies", "TV", "Coming Soon", "Lists", "Sign in"),
    ("We use cookies to run ReelGuide.", "Accept", "Settings"),
    ("About", "Careers", "Help", "Terms", "Privacy", "Advertise"),
    "© 2026 ReelGuide",
    "__RG_BOOT__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Music by",
        "producer": "Produced by",
        "camera": "Cinematography",
        "genre": "Genres",
        "country": "Country",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Production company",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Synopsis",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Reviews",
        "no_reviews": "No reviews yet.",
        "rail": "More like this",
    },
)


def runtime(n: int, long: bool) -> str:
    """'111 min' or '1h 51m'."""
    return f"{n} min" if not long or n < 60 else hm(n, True)


def votes(n: int) -> str:
    return votes_in("vote", n)


def money(m: Money) -> str:
    return money_symbol(m)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Episode {e.number} · {runtime(e.minutes, long)} · Aired {us_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _offer(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("offer")}"><h2>ReelGuide Plus</h2><p>Ad-free pages and watchlist alerts for $4.99/month or $49.99/year.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Language", pick(rng, ("English", "English, French", "Spanish"))),
            ("Sound mix", pick(rng, ("Dolby Digital", "DTS", "Dolby Atmos"))),
        ]
    )


SITE = Site(
    NAME,
    "ss",
    CHROME,
    WORDS,
    us_date,
    runtime,
    " per episode",
    votes,
    money,
    lambda n: f"{grouped(n)} page views",
    _episode,
    _offer,
    ("mailtable", "customrow", "dl"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    ("director", "author", "actor", "genre", "contentRating", "datePublished", "aggregateRating"),
    0.4,
    later="Streaming from",
    extra_rows=_more,
    cta="",
    art="poster",
    meta_sep=" · ",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.8 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
