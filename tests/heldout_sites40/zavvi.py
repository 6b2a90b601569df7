# ruff: noqa: E501  (HTML templates read best on one line)
"""Zavvi (English, UK): the entertainment retailer's Blu-ray product page, the film's facts in
its 'Product Details'. A poster (the packshot); the <h1> (the meta line '1995 · 15 · 111
minutes · Drama' under it on some deploys); 'Description'; an 'Add to basket' button; the
facts in server-driven rows, a CMS's field blocks or a layout table: 'Director', 'Writer',
'Composer', 'Producer', 'Director of Photography' (traps; the last begins with the director's
label), 'Genre', 'Country', 'Year', 'Run Time: 111 minutes' (or '1h 51m'; a series' 'per
episode'), 'Certificate' (the BBFC's U/PG/12/15/18), 'Seasons', 'Original Release: 27 October
1995' (or '27/10/1995') beside a later 'Blu-ray Release Date' (a trap), 'Studio', 'Format',
'Region', 'Number of Discs'; 'Cast'; the trailer; a series' episodes; prices in pounds (a
trap); customer reviews; 'Customers also bought'; a JSON-LD Movie on some pages. '(1,234
ratings)' beside '123 people have this in their basket' (a trap). No tagline, audience text,
budget, box office, IMDb link or streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Money, Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites40.common import (
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

NAME = "zavvi"
BBFC = ages("U", "PG", "12", "15", "18")
CHROME = Chrome(
    "en-GB",
    "Zavvi",
    ("Film & TV", "4K Ultra HD", "Steelbooks", "Exclusives", "Collectables", "Gaming", "Sale"),
    ("We use cookies to give you the best shopping experience.", "Accept cookies", "Settings"),
    ("Delivery", "Returns", "Help centre", "Zavvi Rewards", "Privacy policy", "Terms & conditions"),
    "© 2026 Zavvi, part of THG. Registered in England and Wales.",
    "__ZAVVI__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writer",
        "music": "Composer",
        "producer": "Producer",
        "camera": "Director of Photography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Run Time",
        "rating": "Certificate",
        "seasons": "Seasons",
        "released": "Original Release",
        "studio": "Studio",
        "budget": "",
        "box_office": "",
    },
    {
        "about": "Description",
        "details": "Product Details",
        "cast": "Starring",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Customer Reviews",
        "no_reviews": "No reviews yet.",
        "rail": "Customers also bought",
    },
)


def run_time(n: int, long: bool) -> str:
    """'111 minutes' or '1h 51m'."""
    return f"{n} minutes" if long else hm(n, True)


def votes(n: int) -> str:
    return votes_in("rating", n)


def no_money(m: Money) -> str:
    return ""


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Series {e.season}, Episode {e.number} – {run_time(e.minutes, long)} – {uk_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _price(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("price")}"><h2>Price</h2><p>£{pick(rng, ("14.99", "19.99", "24.99"))} RRP £{pick(rng, ("29.99", "34.99"))} · Save {rng.randint(20, 45)}%</p><p>Free UK delivery on orders over £{pick(rng, ("15", "20"))}. Zavvi Rewards: earn {rng.randint(14, 99)} points.</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Format", pick(rng, ("Blu-ray", "4K Ultra HD + Blu-ray", "DVD"))),
            ("Region", pick(rng, ("B", "Region free", "2"))),
            ("Number of Discs", pick(rng, ("1", "2", "3"))),
        ]
    )


SITE = Site(
    NAME,
    "zv",
    CHROME,
    WORDS,
    uk_date,
    run_time,
    " per episode",
    votes,
    no_money,
    lambda n: f"{grouped(n % 900 + 12)} people have this in their basket",
    _episode,
    _price,
    ("sdui", "cms", "layout"),
    frozenset({"tagline", "audience_summary", "budget", "box_office", "imdb_id", "streaming"}),
    ("director", "actor", "genre", "contentRating", "datePublished", "aggregateRating"),
    0.35,
    later="Blu-ray Release Date",
    extra_rows=_more,
    cta="Add to basket",
    art="poster",
    crumbs="Film & TV",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, BBFC), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    return render_site(SITE, t, ctx)
