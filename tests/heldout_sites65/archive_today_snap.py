# ruff: noqa: E501  (HTML templates read best on one line)
"""The Cine Gazette (cinegazette.example) as an archive.today snapshot of The Cine Gazette's title page: its grey header table in inline styles ('webpage capture', 'Saved from', the snapshot's date and time in UTC, 'All snapshots from host', 'history', a count of snapshots, 'download .zip'). The original page under it is the shared skeleton in English
(The Cine Gazette's own words): a poster; the <h1> (the meta line under it on some pages); the facts in
'archive_today_snap-rows', 'archive_today_snap-lines' (this set's) or 'caption' (an earlier set's) markup; the cast;
the trailer; a series' episodes; the lists widget with member counts and a ticket price
(traps); reviews; a rail of other titles; a JSON-LD on some pages. The page's url is the
original title page's."""

from __future__ import annotations

from tests.heldout_sites2.records import Title
from tests.heldout_sites2.site import Context
from tests.heldout_sites65.common import (
    archive_today,
    english_site,
    fit_rng,
    hide,
    no_characters,
    own_url,
    render_on,
    uk_date,
)

NAME = "archive_today_snap"
HOST = "cinegazette.example"
SITE = english_site(
    NAME,
    "cgz",
    "The Cine Gazette",
    ("archive_today_snap-rows", "archive_today_snap-lines", "caption"),
    frozenset(["audience_summary", "streaming", "tagline", "budget", "box_office"]),
    {
        "director": "Directed by",
        "writer": "Written by",
        "released": "Released",
    },
    uk_date,
)


def fit(t: Title) -> Title:
    t = hide(t, SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The original page on its own host, then as the keeping tool wrote it."""
    return archive_today(render_on(SITE, HOST, t, ctx), own_url(HOST, t), t)
