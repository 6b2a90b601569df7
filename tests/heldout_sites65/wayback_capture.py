# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (reelguide.example) as a Wayback Machine capture of a ReelGuide title page: the replay toolbar on top ('1,234 captures', the timespan of captures, a sparkline of captures per year, the capture's time), every site-relative address rewritten to '/web/<14-digit timestamp>/https://reelguide.example/...', the archive's closing comment ('FILE ARCHIVED ON ...'). The original page under it is the shared skeleton in English
(ReelGuide's own words): a poster; the <h1> (the meta line under it on some pages); the facts in
'wayback_capture-rows', 'wayback_capture-lines' (this set's) or 'leaders' (an earlier set's) markup; the cast;
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
    render_on,
    us_date,
    wayback,
)

NAME = "wayback_capture"
HOST = "reelguide.example"
SITE = english_site(
    NAME,
    "rg",
    "ReelGuide",
    ("wayback_capture-rows", "wayback_capture-lines", "leaders"),
    frozenset(["audience_summary", "streaming", "tagline", "imdb_id"]),
    {},
    us_date,
)


def fit(t: Title) -> Title:
    t = hide(t, SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The original page on its own host, then as the keeping tool wrote it."""
    return wayback(render_on(SITE, HOST, t, ctx), own_url(HOST, t), t)
