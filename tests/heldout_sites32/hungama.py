# ruff: noqa: E501  (HTML templates read best on one line)
"""Bollywood Hungama: a movie page of the Indian film portal (Indian English). A poster, the
breadcrumb 'Movies', the <h1> (the meta line '1995 | UA | 1 hr 51 mins | Drama' on some deploys);
'(12,34,567 user ratings)' grouped the Indian way (lakhs) beside '1,23,456 page views' (a
trap); 'Story'; the facts in chips (the label over the value), a description list grouped pair
by pair or leader lines: 'Director', 'Writer', 'Music Director', 'Producer' and 'DOP' (traps),
'Genre', 'Country', 'Year', 'Duration: 1 hr 51 mins' or '111 min' (a show's 'per episode'),
'Censor Rating' (the CBFC's U/UA/A), 'Release Date: 27 Oct, 1995' (or '27-10-1995') beside a
later 'OTT Release' (a trap), 'Banner', 'Seasons', 'Budget' and 'Box Office Collection' (rupees
grouped in lakhs and crores, other money in thousands), 'Language', 'Verdict', 'Opening Day (India nett)' (another sum in rupees, a trap); 'Star Cast'; the
trailer; a show's episodes; rental prices (traps); comments; 'Similar Movies'; a JSON-LD Movie
on some pages. No tagline, audience text or streaming block."""

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

NAME = "hungama"
CBFC = ages("U", "UA", "UA", "A", "A")
SYMBOLS = {"INR": "₹", "USD": "$", "GBP": "£", "EUR": "€"}
CHROME = Chrome(
    "en-IN",
    "Bollywood Hungama",
    ("News", "Movies", "Box Office", "Reviews", "Photos", "Videos", "OTT"),
    (
        "We use cookies to give you the best experience on Bollywood Hungama.",
        "Accept",
        "Learn more",
    ),
    ("About Us", "Advertise", "Contact Us", "Privacy Policy", "Terms of Use", "Sitemap"),
    "Copyright © 2026 Bollywood Hungama. All rights reserved.",
    "__BH_PAGE__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Music Director",
        "producer": "Producer",
        "camera": "DOP",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Duration",
        "rating": "Censor Rating",
        "seasons": "Seasons",
        "released": "Release Date",
        "studio": "Banner",
        "budget": "Budget",
        "box_office": "Box Office Collection",
    },
    {
        "about": "Story",
        "details": "Movie Details",
        "cast": "Star Cast",
        "trailer": "Official Trailer",
        "episodes": "Episodes",
        "reviews": "User Reviews",
        "no_reviews": "Be the first to review.",
        "rail": "Similar Movies",
    },
)


def lakhs(n: int) -> str:
    """Indian digit grouping: '12,34,567', '3,60,00,000'."""
    s = str(n)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    parts: list[str] = []
    while len(head) > 2:
        parts.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head, *parts, tail])


def in_date(d: date, long: bool) -> str:
    """'27 Oct, 1995' or '27-10-1995'."""
    return f"{d.day} {month(d, True)}, {d.year}" if long else f"{d.day:02d}-{d.month:02d}-{d.year}"


def duration(n: int, long: bool) -> str:
    """'1 hr 51 mins', '2 hrs' or '111 min'."""
    big, small = divmod(n, 60)
    if not long or not big:
        return f"{n} min"
    out = f"{big} hr" + ("s" if big > 1 else "")
    return out + (f" {small} min" + ("s" if small > 1 else "") if small else "")


def ratings(n: int) -> str:
    return f"({lakhs(n)} user rating{'s' if n != 1 else ''})"


def money(m: Money) -> str:
    """'₹ 9,00,00,000' for rupees, '$ 3,600,000' or 'JPY 900,000,000' otherwise."""
    if m.currency == "INR":
        return f"₹ {lakhs(m.amount)}"
    return f"{SYMBOLS.get(m.currency, m.currency)} {grouped(m.amount)}"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season} Episode {e.number} | {duration(e.minutes, long)} | {in_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _rent(t: Title, c: Classes, rng: random.Random) -> str:
    rent = rng.choice(("79", "99", "119"))
    return f'<aside class="{c("rent")}"><h2>Where to watch</h2><ul><li>Rent in HD ₹{rent}</li><li>Buy ₹{int(rent) * 3}</li><li>Premium plan ₹299/month</li></ul></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Language", pick(rng, ("Hindi", "Hindi, English", "Tamil", "Telugu"))),
            ("Verdict", pick(rng, ("Hit", "Average", "Flop", "Blockbuster", "Semi-Hit"))),
            ("Opening Day (India nett)", f"₹ {lakhs(rng.randint(10, 900) * 100000)}"),
        ]
    )


SITE = Site(
    NAME,
    "bh",
    CHROME,
    WORDS,
    in_date,
    duration,
    " per episode",
    ratings,
    money,
    lambda n: f"{lakhs(n)} page views",
    _episode,
    _rent,
    ("chips", "groups", "leaders"),
    frozenset({"tagline", "audience_summary", "streaming"}),
    ("director", "author", "actor", "genre", "contentRating", "datePublished", "aggregateRating"),
    0.35,
    meta_sep=" | ",
    later="OTT Release",
    extra_rows=_more,
    art="poster",
    crumbs="Movies",
    imdb_text="View on IMDb",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, CBFC), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.6 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
