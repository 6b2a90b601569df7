# ruff: noqa: E501  (HTML templates read best on one line)
"""ABC iview: a program page of the Australian Broadcasting Corporation's free streaming service
(Australian English). A backdrop, the <h1> (the meta line '1995 · M · 1h 51m · Drama' on some
deploys); no votes, '12,345 watching' (a trap); 'Synopsis'; the facts in a description list
grouped pair by pair, chips (the label over the value) or a <menu> of 'label value' items:
'Director', 'Writer', 'Composer', 'Producer' and 'Cinematographer' (traps), 'Genre', 'Country',
'Year', 'Duration: 1h 51m' or '111m' (a program's 'each'), 'Rated' (the ACB's G/PG/M/MA15+/R18+),
'Premiered: Fri 27 Oct 1995' (or '27.10.1995') beside a later 'Added to iview' (a trap),
'Production company', 'Seasons', 'Closed captions', 'Expires'; 'Cast'; the trailer; a program's
episodes; the ABC Shop's DVD prices (traps); comments; 'You might also like'; a JSON-LD Movie on
some pages. No tagline, audience text, votes, budget, box office, IMDb link or streaming
block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites32.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    month,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_site,
)

NAME = "iview"
ACB = ages("G", "PG", "M", "MA15+", "R18+")
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
CHROME = Chrome(
    "en-AU",
    "ABC iview",
    ("Home", "Browse", "Channels", "ABC Kids", "My List", "Search"),
    ("ABC uses cookies to improve iview.", "OK", "Manage"),
    ("About ABC iview", "Help", "Terms of use", "Privacy", "Accessibility", "Contact us"),
    "© 2026 ABC. We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians.",
    "__IVIEW_STATE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Cinematographer",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Rated",
        "seasons": "Seasons",
        "released": "Premiered",
        "studio": "Production company",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Synopsis",
        "details": "Program info",
        "cast": "Cast",
        "trailer": "Preview",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "No comments yet.",
        "rail": "You might also like",
    },
)


def day(d: date, long: bool) -> str:
    """'Fri 27 Oct 1995' or '27.10.1995'."""
    if long:
        return f"{DAYS[d.weekday()]} {d.day} {month(d, True)} {d.year}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def hm(n: int, long: bool) -> str:
    """'1h 51m', '2h' or '111m'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n}m"
    return f"{big}h" + (f" {small}m" if small else "")


def no_votes(n: int) -> str:
    return ""


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Series {e.season} Episode {e.number} · {hm(e.minutes, long)} · Aired {day(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    price = rng.choice(("19.99", "24.99", "29.99"))
    return f'<aside class="{c("shop")}"><h2>Own it at ABC Shop</h2><ul><li>DVD ${price}</li><li>Complete collection $79.99</li></ul><p>iview is free; no subscription needed.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Closed captions", "Available"),
            ("Expires", pick(rng, ("in 3 days", "in 12 days", "in 28 days", "next month"))),
        ]
    )


SITE = Site(
    NAME,
    "iv",
    CHROME,
    WORDS,
    day,
    hm,
    " each",
    no_votes,
    no_money,
    lambda n: f"{grouped(n)} watching",
    _episode,
    _shop,
    ("groups", "chips", "menu"),
    frozenset(
        {
            "tagline",
            "audience_summary",
            "user_rating_count",
            "budget",
            "box_office",
            "imdb_id",
            "streaming",
        }
    ),
    ("director", "author", "genre", "contentRating", "numberOfSeasons", "description"),
    0.3,
    later="Added to iview",
    extra_rows=_more,
    cta="Watch now",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, ACB), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
