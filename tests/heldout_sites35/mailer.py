# ruff: noqa: E501  (HTML templates read best on one line)
"""A ReelGuide relaunch pitched with an email-newsletter-like table layout (the agency's shared
templates for the page and its mail-outs): a poster, the <h1> and a meta line on some deploys,
'(1,234 votes)' beside '12,345 opens this week' (a trap), 'In brief'; the facts in a layout
table, custom-element rows or chips: 'Directed by', 'Written by', 'Music', 'Producer',
'Photography' (traps), 'Genre', 'Country', 'Year', 'Length: 1h 51m' (or '111 mins'), 'Rating'
(BBFC), 'Premiere: 27 October 1995' (or '27/10/1995') beside a later 'Back in cinemas' (a
trap), 'Production', 'Budget', 'Box office', 'Picture' (colour or black & white), 'Sound'; the IMDb link; episodes; a
price (a trap); reviews; 'Also this week'; JSON-LD on some pages."""

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
    uk_date,
    votes_in,
)

NAME = "mailer"
CERTS = ages("U", "PG", "12", "15", "18")
CHROME = Chrome(
    "en-GB",
    "ReelGuide",
    ("This week", "Films", "TV", "Newsletter", "Account"),
    ("We use cookies.", "Accept", "Choose"),
    ("Unsubscribe", "Preferences", "About", "Terms", "Privacy"),
    "© 2026 ReelGuide",
    "__RG_MAILER__",
)
WORDS = Words(
    {
        "director": "Directed by",
        "writer": "Written by",
        "music": "Music",
        "producer": "Producer",
        "camera": "Photography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Length",
        "rating": "Rating",
        "seasons": "Series",
        "released": "Premiere",
        "studio": "Production",
        "budget": "Budget",
        "box_office": "Box office",
    },
    {
        "about": "In brief",
        "details": "The facts",
        "cast": "Starring",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Readers wrote",
        "no_reviews": "No reviews yet.",
        "rail": "Also this week",
    },
)


def runtime(n: int, long: bool) -> str:
    """'1h 51m' or '111 mins'."""
    return hm(n, True) if long and n >= 60 else f"{n} mins"


def votes(n: int) -> str:
    return votes_in("vote", n)


def money(m: Money) -> str:
    return money_symbol(m)


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Series {e.season}, episode {e.number} · {runtime(e.minutes, long)} · First shown {uk_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _offer(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("offer")}"><h2>Members save</h2><p>Members pay £6.50 a ticket; membership is £40 a year.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Picture", pick(rng, ("Colour", "Black & white"))),
            ("Sound", pick(rng, ("Stereo", "5.1", "Mono"))),
        ]
    )


SITE = Site(
    NAME,
    "ml",
    CHROME,
    WORDS,
    uk_date,
    runtime,
    " per episode",
    votes,
    money,
    lambda n: f"{grouped(n)} opens this week",
    _episode,
    _offer,
    ("mailtable", "customrow", "chips"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    ("director", "author", "actor", "genre", "contentRating", "datePublished", "aggregateRating"),
    0.3,
    later="Back in cinemas",
    extra_rows=_more,
    cta="",
    art="poster",
    meta_sep=" / ",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CERTS), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.7 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
