# ruff: noqa: E501  (HTML templates read best on one line)
"""Screenlog (screenlog.example) as firefox's Reader View of Screenlog's title page: the reader toolbar ('Close Reader View', 'Type controls', 'Narrate'), the reader header with the domain and an estimated reading time ('12–15 minutes', a trap beside the runtime), the page in the reader's content column. The original page under it is the shared skeleton in English
(Screenlog's own words): a poster; the <h1> (the meta line under it on some pages); the facts in
'reader_view-rows', 'reader_view-lines' (this set's) or 'frames' (an earlier set's) markup; the cast;
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
    reader_view,
    render_on,
    uk_date,
)

NAME = "reader_view"
HOST = "screenlog.example"
SITE = english_site(
    NAME,
    "slg",
    "Screenlog",
    ("reader_view-rows", "reader_view-lines", "frames"),
    frozenset(["audience_summary", "streaming", "tagline", "imdb_id"]),
    {
        "runtime": "Length",
        "released": "Premiere",
    },
    uk_date,
)


def fit(t: Title) -> Title:
    t = hide(t, SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The original page on its own host, then as the keeping tool wrote it."""
    return reader_view(render_on(SITE, HOST, t, ctx), own_url(HOST, t), t)
