# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide (reelguide.example) as a browser's 'Save page as, Web page, complete' copy of a ReelGuide title page: the '<!-- saved from url=(0042)https://... -->' mark first, every picture from the '<Title>_files' folder beside the file. The original page under it is the shared skeleton in English
(ReelGuide's own words): a poster; the <h1> (the meta line under it on some pages); the facts in
'saved_complete-rows', 'saved_complete-lines' (this set's) or 'stats' (an earlier set's) markup; the cast;
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
    saved_complete,
    us_date,
)

NAME = "saved_complete"
HOST = "reelguide.example"
SITE = english_site(
    NAME,
    "rgs",
    "ReelGuide",
    ("saved_complete-rows", "saved_complete-lines", "stats"),
    frozenset(["audience_summary", "streaming", "tagline"]),
    {},
    us_date,
)


def fit(t: Title) -> Title:
    t = hide(t, SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The original page on its own host, then as the keeping tool wrote it."""
    return saved_complete(render_on(SITE, HOST, t, ctx), own_url(HOST, t), t)
