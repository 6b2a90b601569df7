# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (English, US), relaunched as a Shopify store: each title a product page in
Shopify's Dawn theme, as the boutique disc labels' Shopify stores sell films (the product's
metafields shown in Dawn's blocks, a variant picker for the format). A poster (the product
image); the <h1> (the meta line under it on some deploys); 'Description'; an 'Add to cart'
button; the facts as Dawn's collapsible rows left open (product__accordion, the label in
accordion__title over accordion__content), product text blocks (a caption-with-letter-spacing
product__text label over a product__text value), or a plain table: 'Director', 'Writers',
'Music', 'Producer', 'Cinematography' (traps), 'Genre', 'Country', 'Year', 'Run Time: 111
Minutes' (or '1 hr 51 min'; a series' ' per episode'), 'Rating' (G/PG/PG-13/R/NC-17),
'Seasons', 'Theatrical Release: October 27, 1995' (or '10/27/1995') beside a later 'Street
Date' (the disc's, a trap), 'Studio', 'Budget', 'Box Office', 'Region', 'Discs'; 'IMDb';
'Cast'; the trailer; a series' episodes; the format variant picker with its prices (a trap);
product reviews; 'You may also like'; a JSON-LD Movie on some pages. '1,234 reviews' beside
'12,345 sold' (a trap). No tagline, audience text or streaming block."""

from __future__ import annotations

import random

from tests.heldout_sites2.kit import esc, grouped
from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context, Episode
from tests.heldout_sites50.common import (
    Chrome,
    Classes,
    Site,
    Words,
    ages,
    dollars,
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

NAME = "reelguide_shopify"
MPA = ages("G", "PG", "PG-13", "R", "NC-17")
CHROME = Chrome(
    "en-US",
    "ReelGuide",
    ("Shop all", "New releases", "Pre-orders", "Box sets", "Cart"),
    ("This website uses cookies to ensure you get the best experience.", "Accept", "Decline"),
    ("Search", "Shipping", "Returns", "Refund policy", "Powered by Shopify"),
    "© 2026, ReelGuide",
    "__RG_SHOPIFY__",
)
WORDS = Words(
    {
        "director": "Director",
        "writer": "Writers",
        "music": "Music",
        "producer": "Producer",
        "camera": "Cinematography",
        "genre": "Genre",
        "country": "Country",
        "year": "Year",
        "runtime": "Run Time",
        "rating": "Rating",
        "seasons": "Seasons",
        "released": "Theatrical Release",
        "studio": "Studio",
        "budget": "Budget",
        "box_office": "Box Office",
    },
    {
        "about": "Description",
        "details": "Specifications",
        "cast": "Cast",
        "trailer": "Trailer",
        "episodes": "Episodes",
        "reviews": "Customer Reviews",
        "no_reviews": "Be the first to write a review",
        "rail": "You may also like",
    },
)
SYSTEM = "Shopify"


def running(n: int, long: bool) -> str:
    """'111 Minutes' or '1 hr 51 min'."""
    return f"{n} Minutes" if long else hm(n, True, " hr", " min")


def votes(n: int) -> str:
    return votes_in("review", n, paren=False)


def views(n: int) -> str:
    return f"{grouped(n)} sold"


def _episode(e: Episode, long: bool) -> str:
    return f"<p>Season {e.season}, Episode {e.number} · {running(e.minutes, long)} · {us_date(e.aired, long)}</p><p>Director: {esc(e.director)}</p>"


def _shop(t: Title, c: Classes, rng: random.Random) -> str:
    return f'<aside class="{c("shop")}"><h2>Format</h2><fieldset class="js product-form__input product-form__input--pill"><legend class="form__label">Format</legend><input type="radio" id="fmt-1" name="Format" value="Blu-ray" checked><label for="fmt-1">Blu-ray</label><input type="radio" id="fmt-2" name="Format" value="4K UHD"><label for="fmt-2">4K UHD</label><input type="radio" id="fmt-3" name="Format" value="DVD"><label for="fmt-3">DVD</label></fieldset><p>Blu-ray ${pick(rng, ("24.95", "29.95"))} · 4K UHD ${pick(rng, ("39.95", "44.95"))} · DVD ${pick(rng, ("14.95", "19.95"))}</p></aside>'


def _more(t: Title, rng: random.Random) -> list[tuple[str, str]]:
    return plain_rows(
        [
            ("Region", pick(rng, ("Region A", "Region Free", "Region 1"))),
            ("Discs", pick(rng, ("1", "2", "3"))),
        ]
    )


SITE = Site(
    NAME,
    "rsh",
    CHROME,
    WORDS,
    us_date,
    running,
    " per episode",
    votes,
    dollars,
    views,
    _episode,
    _shop,
    ("shopify-accordion", "shopify-text", "table"),
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
    later="Street Date",
    extra_rows=_more,
    cta="Add to cart",
    art="poster",
)


def fit(t: Title) -> Title:
    t = hide(rated(t, MPA), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this relaunch's words, formats and components."""
    out = render_site(SITE, t, ctx)
    return out.replace("<body>", '<body class="rsh-shopify">', 1)
