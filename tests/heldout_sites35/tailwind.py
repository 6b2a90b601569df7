# ruff: noqa: E501  (HTML templates read best on one line)
"""A ReelGuide relaunch pitched as a Tailwind utility-class page (a static build with a small
state script): a poster, the <h1> and a meta line on some deploys, '1,234 ratings' beside
'12,345 followers' (a trap), 'Summary'; the facts in custom-element rows, stacked cells or
grouped <dt>/<dd> pairs: 'Director', 'Writers', 'Music', 'Producer', 'Cinematographer' (traps),
'Genres', 'Country', 'Year', 'Duration: 1h 51m' (or '111m'), 'Rated' (MPA), 'Released: Oct 27,
1995' (or '10/27/1995') beside a later 'Home release' (a trap), 'Studios', 'Budget', 'Box
office', 'Language', 'Edition'; the IMDb link; episodes; a
membership price (a trap); reviews; 'Popular right now'; JSON-LD on some pages."""

from __future__ import annotations

import random
from datetime import date as date_

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
    month,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
    us_date,
    votes_in,
)

NAME = "tailwind"
CERTS = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Discover", "Movies", "TV", "People", "Sign up"),
    ("Cookies help us improve ReelGuide.", "Got it", "Preferences"),
    ("About", "Blog", "API", "Terms", "Privacy", "Support"),
    "© 2026 ReelGuide",
    "__RG_TW__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writers",
        "music": "Music",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Genres",
        "country": "Country",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Released",
        "studio": "Studios",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "Summary",
        "details": "Facts",
        "cast": "Top cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Reviews",
        "no_reviews": "No reviews yet.",
        "rail": "Popular right now",
    },
)


def runtime(n: int, long: bool) -> str:
    """'1h 51m' or '111m'."""
    return hm(n, long)


def votes(n: int) -> str:
    return votes_in("rating", n, paren=False)


def money(m: Money) -> str:
    return money_symbol(m)


def tw_date(d: date_, long: bool) -> str:
    """'Oct 27, 1995' or '10/27/1995'."""
    return f"{month(d, True)} {d.day}, {d.year}" if long else us_date(d, False)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} · E{e.number} · {runtime(e.minutes, long)} · Aired {tw_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _offer(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("offer")}"><h2>ReelGuide Pro</h2><p>$2.99/month billed yearly ($35.88), or $3.99 monthly.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Language", pick(rng, ("English", "English, German"))),
            ("Edition", pick(rng, ("Theatrical", "Extended", "Director's cut"))),
        ]
    )


SITE = Site(
    NAME,
    "tw",
    CHROME,
    WORDS,
    tw_date,
    runtime,
    " per episode",
    votes,
    money,
    lambda n: f"{grouped(n)} followers",
    _episode,
    _offer,
    ("customrow", "stacked", "groups"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    ("director", "author", "actor", "genre", "contentRating", "datePublished", "aggregateRating"),
    0.4,
    later="Home release",
    extra_rows=_more,
    cta="",
    art="poster",
    meta_sep=" · ",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.75 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
