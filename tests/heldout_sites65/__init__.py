"""Sixty-fifth independent held-out set: saved and archived copies of title pages, judged at
first sight. Eight designs, each a title page (ReelGuide's own, reelguide.example, or another
invented guide's: The Cine Gazette, FlickFile, Screenlog, ReelTalk, FilmFolio) as a tool that
keeps pages wrote it: wayback_capture (a Wayback Machine capture: its replay toolbar with a
captures count, the timespan of captures and a sparkline; site-relative addresses rewritten to
/web/<timestamp>/...), archive_today_snap (an archive.today snapshot: its inline-styled header
table, 'Saved from', the snapshot's UTC time, a count of snapshots), saved_complete (a browser's
'Save page as, complete': the 'saved from url=(NNNN)' mark, pictures from '<Title>_files'),
singlefile_save (SingleFile: its opening comment with url and saved date, pictures as data:
URIs), reader_view (Firefox's Reader View: the reader toolbar and header with the domain and an
estimated reading time), pocket_article (Pocket's article view: 'N min read', 'Saved <date>',
'View Original', tags, a highlights count), print_copy (a browser's print copy kept as HTML:
the printed date/time header, the address and '1/N' footer, a print stylesheet) and
cache_textview (a search engine's cached copy: 'This is the cache of <url>. It is a snapshot of
the page as it appeared on <date> GMT.', 'Full version', 'Text-only version'). Each page's url
is the original title page's (https://<host>/<kind>/<slug>, its canonical link there).

The theme is new in the main: no earlier set's docstring names the Wayback Machine,
archive.today, SingleFile, a saved-complete copy, Pocket or a search engine's cache
(tests/heldout_sites2's 'pocket' is an svg-label design, not Pocket the reader app). Two angles
had been touched: tests/heldout_sites40's reelguide_print is a site's own print-friendly reader
view. The nearest angles none had done are taken here instead: the browser's Reader View of the
page as Firefox draws it (its own header, not the site's print layout) and the browser's print
copy of the page (the print header and footer, not a print-friendly page). The tools add only
their own furniture; the page's text stays as the original printed it, so the record is what
the original page shows. No earlier generator names these tools' tells (checked in
tests/test_heldout_sites65_gen.py).

Each design varies its facts markup per page among three: two of this set's (TEMPLATES in
common.py, a row block and a line list with data-fact-key, class names the original site's;
the print copy's row block is a table with th scope=row) and one of an earlier set's (leaders,
caption, stats, dl, frames, sprite, kv). Distractors: the tools' own dates (capture, snapshot,
saved, printed, cached: later than the release) and counts (captures, snapshots, minutes to
read, highlights, pages), a want-to-see counter beside the votes, the lists widget's member
counts and ticket price, a later 'Streaming from' date beside the release, crew in other jobs
(music, producer, cinematography), episodes with their own directors, reviews, a rail of other
titles with years, certificates and runtimes. JSON-LD on some pages.

Kept blind: written from the spec (/work/shared/site-sample/README.md) and earlier generators
only, from what the writer knew of how these tools write pages, without looking at the parser.

What a careful reader reads where the spec leaves room: the title page's facts, not the
tool's: a capture's or snapshot's date is no release date, a reading time no runtime, a
captures count no votes. Dates as the original printed them (US, UK, 'Oct 27, 1995', AP
style, a weekday before a US date); runtime in '1h 51m' or '111m', a series' per episode.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce; titles and records come from tests/heldout_sites2.
"""

from __future__ import annotations

import random
from dataclasses import replace

from tests.heldout_sites2.records import (
    Title,
    expected,
    fix_dates,
    new_title,
    other_titles,
    person,
)
from tests.heldout_sites2.site import Context, Design, Episode, SitePage, episodes, reviews
from tests.heldout_sites65 import (
    archive_today_snap,
    cache_textview,
    pocket_article,
    print_copy,
    reader_view,
    saved_complete,
    singlefile_save,
    wayback_capture,
)
from tests.heldout_sites65.common import own_url

_MODULES = (
    wayback_capture,
    archive_today_snap,
    saved_complete,
    singlefile_save,
    reader_view,
    pocket_article,
    print_copy,
    cache_textview,
)
HOSTS: dict[str, str] = {m.NAME: m.HOST for m in _MODULES}
_DESIGNS = {m.NAME: Design(m.NAME, m.fit, m.render) for m in _MODULES}
DESIGNS: list[str] = list(_DESIGNS)
# fields a design never shows, visibly or in schema.org (its expected value is always null)
NOT_SHOWN: dict[str, frozenset[str]] = {
    m.NAME: m.SITE.hidden | ({"studios_total"} if "studios" in m.SITE.hidden else set())
    for m in _MODULES
}
SPEC_KEYS = (
    "source_id",
    "kind",
    "title",
    "tagline",
    "synopsis",
    "audience_summary",
    "release_date",
    "release_year",
    "runtime_minutes",
    "content_rating",
    "user_rating_count",
    "genres",
    "countries",
    "studios",
    "studios_total",
    "budget",
    "box_office",
    "imdb_id",
    "trailer_url",
    "seasons",
    "streaming",
    "directors",
    "writers",
    "cast",
)

__all__ = ["DESIGNS", "HOSTS", "NOT_SHOWN", "SPEC_KEYS", "SitePage", "site_pages"]


def site_pages(design: str, count: int, seed: int = 0) -> list[SitePage]:
    chosen = _DESIGNS[design]
    rng = random.Random(f"sites65:{design}:{seed}")
    return [_page(chosen, rng, serial) for serial in range(1, count + 1)]


def _page(design: Design, rng: random.Random, serial: int) -> SitePage:
    """tests/heldout_sites2/site.py's make_page, except that the rail's titles need differ from
    the title only in values the design shows (a null count or runtime matches no rail's),
    and that an episode's director is never one of the title's own (a trap, not a credit)."""
    title = design.fit(fix_dates(new_title(rng, serial)))
    others = other_titles(rng, _unlike_any_rail(title), 6, serial * 10 + 5000, design.fit)
    eps = [_own_director(rng, title, e) for e in episodes(rng, title)]
    ctx = Context(title, others, reviews(rng, title), eps)
    return SitePage(
        own_url(HOSTS[design.name], title),
        design.render(title, ctx),
        expected(title),
        design.name,
        tuple(expected(o) for o in others),
    )


def _unlike_any_rail(t: Title) -> Title:
    return replace(
        t,
        rating="(none)" if t.rating is None else t.rating,
        votes=-1 if t.votes is None else t.votes,
        runtime=-1 if t.runtime is None else t.runtime,
    )


def _own_director(rng: random.Random, t: Title, e: Episode) -> Episode:
    director = e.director
    while director in t.directors:
        director = person(rng)
    return replace(e, director=director)
