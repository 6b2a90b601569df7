# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelTalk (reeltalk.example) as pocket's article view of ReelTalk's title page: the saved item's header (the domain, 'N min read', 'Saved <date>', 'View Original', tags), the page, a footer with a highlights count. The original page under it is the shared skeleton in English
(ReelTalk's own words): a poster; the <h1> (the meta line under it on some pages); the facts in
'pocket_article-rows', 'pocket_article-lines' (this set's) or 'sprite' (an earlier set's) markup; the cast;
the trailer; a series' episodes; the lists widget with member counts and a ticket price
(traps); reviews; a rail of other titles; a JSON-LD on some pages. The page's url is the
original title page's."""

from __future__ import annotations

from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context
from tests.heldout_sites65.common import (
    english_site,
    fit_rng,
    hide,
    no_characters,
    own_url,
    pocket,
    render_on,
    us_date,
)

NAME = "pocket_article"
HOST = "reeltalk.example"
SITE = english_site(
    NAME,
    "rtk",
    "ReelTalk",
    ("pocket_article-rows", "pocket_article-lines", "sprite"),
    frozenset(["audience_summary", "streaming", "tagline", "budget", "box_office"]),
    {
        "director": "Directors",
        "genre": "Genres",
    },
    us_date,
)


def fit(t: Title) -> Title:
    t = hide(t, SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The original page on its own host, then as the keeping tool wrote it."""
    return pocket(render_on(SITE, HOST, t, ctx), own_url(HOST, t), t)
