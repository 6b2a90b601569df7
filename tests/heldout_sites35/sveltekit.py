# ruff: noqa: E501  (HTML templates read best on one line)
"""A ReelGuide relaunch pitched as a SvelteKit app (svelte-xxxxxx scoped classes,
window.__sveltekit_data__): a backdrop, the <h1> and a meta line on some deploys, '(1,234
votes)' beside '12,345 views' (a trap), 'About'; the facts in stacked cells, custom-element rows
or a table: 'Director', 'Screenplay', 'Composer', 'Producer', 'Cinematography' (traps),
'Genre', 'Countries', 'Year', 'Runtime: 1hr 51min' (or '111min'), 'Rating' (NZ's G/PG/M/R16/R18),
'Release date: 27 October 1995' (or '27/10/1995') beside a later 'In cinemas from' (a trap),
'Studios', 'Budget', 'Box office', 'Format', 'Video quality'; the IMDb link; episodes; a
subscription price (a trap); reviews; 'More to explore'; JSON-LD on some pages."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped, money_words
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
    uk_date,
    votes_in,
)

NAME = "sveltekit"
CERTS = ages("G", "PG", "M", "R16", "R18")
CHROME = Chrome(
    "en-NZ",
    "ReelGuide",
    ("Home", "Movies", "Shows", "Kids", "My stuff"),
    ("Kia ora, we use cookies.", "Sweet as", "Settings"),
    ("About", "Help", "Terms", "Privacy", "Contact"),
    "© 2026 ReelGuide",
    "__sveltekit_data__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Screenplay",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Countries",
        "year": "Year",
        "runtime": "Runtime",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Release date",
        "studio": "Studios",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "About",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Reviews",
        "no_reviews": "No reviews yet.",
        "rail": "More to explore",
    },
)


def runtime(n: int, long: bool) -> str:
    """'1hr 51min', '2hr' or '111min'."""
    return hm(n, True, "hr", "min") if long and n >= 60 else f"{n}min"


def votes(n: int) -> str:
    return votes_in("vote", n)


def money(m: Money) -> str:
    return money_words(m)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>S{e.season} E{e.number} · {runtime(e.minutes, long)} · Aired {uk_date(e.aired, long)}</p><p>Directed by {esc(e.director)}</p>"


def _offer(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("offer")}"><h2>Go premium</h2><p>NZ$12.99 a month, first 14 days free.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Format", pick(rng, ("Digital", "35mm", "IMAX"))),
            ("Video quality", pick(rng, ("HD", "4K"))),
        ]
    )


SITE = Site(
    NAME,
    "sk",
    CHROME,
    WORDS,
    uk_date,
    runtime,
    " per episode",
    votes,
    money,
    lambda n: f"{grouped(n)} views",
    _episode,
    _offer,
    ("stacked", "customrow", "table"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    ("director", "author", "actor", "genre", "contentRating", "datePublished", "numberOfSeasons"),
    0.35,
    later="In cinemas from",
    extra_rows=_more,
    cta="Watch now",
    art="backdrop",
    meta_sep=" · ",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
