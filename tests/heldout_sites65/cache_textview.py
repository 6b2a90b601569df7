# ruff: noqa: E501  (HTML templates read best on one line)
"""FilmFolio (filmfolio.example) as a search engine's cached copy of FilmFolio's title page: the grey banner ('This is the cache of <url>. It is a snapshot of the page as it appeared on <date> GMT.', 'Full version', 'Text-only version', 'View source'), a <base href> to the original. The original page under it is the shared skeleton in English
(FilmFolio's own words): a poster; the <h1> (the meta line under it on some pages); the facts in
'cache_textview-rows', 'cache_textview-lines' (this set's) or 'leaders' (an earlier set's) markup; the cast;
the trailer; a series' episodes; the lists widget with member counts and a ticket price
(traps); reviews; a rail of other titles; a JSON-LD on some pages. The page's url is the
original title page's."""

from __future__ import annotations

from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context
from tests.heldout_sites65.common import (
    ap_date,
    cache_text,
    english_site,
    fit_rng,
    hide,
    no_characters,
    own_url,
    render_on,
)

NAME = "cache_textview"
HOST = "filmfolio.example"
SITE = english_site(
    NAME,
    "ffo",
    "FilmFolio",
    ("cache_textview-rows", "cache_textview-lines", "leaders"),
    frozenset(["audience_summary", "streaming", "tagline", "imdb_id"]),
    {
        "rating": "Rating",
        "country": "Country of origin",
    },
    ap_date,
)


def fit(t: Title) -> Title:
    t = hide(t, SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The original page on its own host, then as the keeping tool wrote it."""
    return cache_text(render_on(SITE, HOST, t, ctx), own_url(HOST, t), t)
