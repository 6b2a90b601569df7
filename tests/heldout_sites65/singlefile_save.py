# ruff: noqa: E501  (HTML templates read best on one line)
"""FlickFile (flickfile.example) as a SingleFile save of FlickFile's title page: SingleFile's opening comment ('Page saved with SingleFile', 'url:', 'saved date:'), every picture inlined as a data: URI, its own hiding style. The original page under it is the shared skeleton in English
(FlickFile's own words): a poster; the <h1> (the meta line under it on some pages); the facts in
'singlefile_save-rows', 'singlefile_save-lines' (this set's) or 'dl' (an earlier set's) markup; the cast;
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
    short_date,
    singlefile,
)

NAME = "singlefile_save"
HOST = "flickfile.example"
SITE = english_site(
    NAME,
    "ffl",
    "FlickFile",
    ("singlefile_save-rows", "singlefile_save-lines", "dl"),
    frozenset(["audience_summary", "streaming", "tagline", "imdb_id", "budget", "box_office"]),
    {
        "runtime": "Running time",
        "rating": "Certificate",
    },
    short_date,
)


def fit(t: Title) -> Title:
    t = hide(t, SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The original page on its own host, then as the keeping tool wrote it."""
    return singlefile(render_on(SITE, HOST, t, ctx), own_url(HOST, t), t)
