# ruff: noqa: E501  (HTML templates read best on one line)
"""hayu: a show or film page of the reality-TV streaming service (British English). A backdrop;
the <h1> (the meta line '1995 / 15 / 1 hr 51 mins / Drama' under it on some deploys); a star
score with '(1,234 ratings)' beside '12,345 fans added this' (a trap); 'Overview'; the facts
as tiles whose label runs sideways up the tile's edge (writing-mode), a <menu> of 'label value'
items, or bold-label lines: 'Director', 'Writer', 'Music', 'Series Producer' and 'Camera'
(traps), 'Genre', 'Country', 'Year', 'Running time: 1 hr 51 mins' or '111 mins' (a show's
'per episode'), 'Age rating' (the BBFC-style U/PG/12/15/18), 'First shown: 27 Oct 1995' (or
'27/10/1995') beside a later 'New to hayu' (a trap), 'Produced by' (the studios), 'Series',
'Subtitles'; 'Cast' (the people in it); the trailer; a show's episodes with their own lengths,
dates and directors; the monthly and yearly prices in pounds and the free trial (traps);
comments; 'Fans also watched'; a JSON-LD Movie on some pages, with the ratings count. No
tagline, audience text, money, IMDb link or streaming block."""

from __future__ import annotations

import random
from datetime import date

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites30.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    fit_rng,
    hide,
    no_characters,
    pick,
    rated,
    render_site,
)

NAME = "hayu"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
UK = ages("U", "PG", "12", "15", "18")
CHROME = Chrome(
    "en-GB",
    "hayu",
    ("Home", "Shows", "Categories", "My List", "Search"),
    (
        "hayu uses cookies to make things work and to personalise content.",
        "Accept all",
        "Cookie settings",
    ),
    ("Help", "Devices", "Terms of Use", "Privacy", "Cookies"),
    "© 2026 hayu. All rights reserved.",
    "__HAYU__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Music",
        "producer": "Series Producer",
        "camera": "Camera",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Running time",
        "rating": "Age rating",
        "seasons": "Series",
        "released": "First shown",
        "studio": "Produced by",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Overview",
        "details": "Details",
        "cast": "Cast",
        "trailer": "Watch the trailer",
        "episodes": "Episodes",
        "reviews": "Comments",
        "no_reviews": "Nobody has commented yet.",
        "rail": "Fans also watched",
    },
)


def uk_date(d: date, long: bool) -> str:
    """'27 Oct 1995' or '27/10/1995'."""
    return (
        f"{d.day} {MONTHS[d.month - 1]} {d.year}" if long else f"{d.day:02d}/{d.month:02d}/{d.year}"
    )


def mins(n: int, long: bool) -> str:
    """'1 hr 51 mins', '2 hrs', '1 min' or '111 mins'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min" + ("" if n == 1 else "s")
    hours = f"{big} hr" + ("" if big == 1 else "s")
    return hours + (f" {small} min" + ("" if small == 1 else "s") if small else "")


def ratings(n: int) -> str:
    """'(1,234 ratings)', '(1 rating)'."""
    return "(1 rating)" if n == 1 else f"({grouped(n)} ratings)"


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Series {e.season}, Ep {e.number} / {mins(e.minutes, long)} / {uk_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _price(t: Title, c: Classes, rng: random.Random) -> str:
    month = rng.choice(("4.99", "5.99"))
    return f'<aside class="{c("price")}"><h2>Join hayu</h2><p>£{month} a month or £49.99 a year.</p><p>Start your 7-day free trial. Cancel anytime.</p><p>Episodes the same day as the US.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return [("Subtitles", pick(rng, ("English", "English, French", "English (SDH)")))]


SITE = Site(
    NAME,
    "hy",
    CHROME,
    WORDS,
    uk_date,
    mins,
    " per episode",
    ratings,
    no_money,
    lambda n: f"{grouped(n)} fans added this",
    _episode,
    _price,
    ("vertical", "menu", "lines"),
    frozenset({"tagline", "audience_summary", "budget", "box_office", "imdb_id", "streaming"}),
    (
        "director",
        "author",
        "actor",
        "genre",
        "contentRating",
        "datePublished",
        "aggregateRating",
        "description",
    ),
    0.35,
    meta_sep=" / ",
    later="New to hayu",
    extra_rows=_more,
    cta="Watch now",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, UK), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
