"""Third independent held-out set: redesigned ReelGuide title pages, judged at first sight.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). Titles and
records come from tests/heldout_sites2 (records.py, site.py); the designs are new, and
unlike the earlier sets each varies its markup per page (wording, wrappers, order,
schema.org present or not), drawn deterministically from the title:
orchard (Apple TV-like: logo title, <h3> info grid, aria-label providers),
queue (Netflix-like: 'More Details' spans with trailing commas, no characters),
moviebase (TMDb-like: <h2> title, class-named facts line, crew jobs, cents),
tracklog (Trakt-like: <label> plus bare text, '1.4k votes', Specials season),
offerwall (Reelgood-like: offers table first, 'Label · value' lines, credit tables),
yingping (Douban-like, Chinese: 'pl' label spans, ' / ' lists, '饰' roles, RDFa-ish),
kinoteka (Kinopoisk-like, Russian: label/value div rows, spaced thousands, dubbing cast),
eigabox (eiga.com-like, Japanese: unlabelled '／' data line, <dl> staff, 年月日 dates).
"""

from __future__ import annotations

import random

from tests.heldout_sites2.site import Design, SitePage, make_page
from tests.heldout_sites3 import (
    eigabox,
    kinoteka,
    moviebase,
    offerwall,
    orchard,
    queue,
    tracklog,
    yingping,
)

_DESIGNS = {d.name: d for d in (
    Design("orchard", orchard.fit, orchard.render),
    Design("queue", queue.fit, queue.render),
    Design("moviebase", moviebase.fit, moviebase.render),
    Design("tracklog", tracklog.fit, tracklog.render),
    Design("offerwall", offerwall.fit, offerwall.render),
    Design("yingping", yingping.fit, yingping.render),
    Design("kinoteka", kinoteka.fit, kinoteka.render),
    Design("eigabox", eigabox.fit, eigabox.render),
)}
DESIGNS: list[str] = list(_DESIGNS)
# fields a design never shows, visibly or in schema.org (its expected value is always null)
NOT_SHOWN: dict[str, frozenset[str]] = {
    "orchard": frozenset({"budget", "box_office"}),
    "queue": frozenset({"budget", "box_office"}),
}
SPEC_KEYS = ("source_id", "kind", "title", "tagline", "synopsis", "audience_summary",
             "release_date", "release_year", "runtime_minutes", "content_rating",
             "user_rating_count", "genres", "countries", "studios", "studios_total", "budget",
             "box_office", "imdb_id", "trailer_url", "seasons", "streaming", "directors",
             "writers", "cast")

__all__ = ["DESIGNS", "NOT_SHOWN", "SPEC_KEYS", "SitePage", "site_pages"]


def site_pages(design: str, count: int, seed: int = 0) -> list[SitePage]:
    chosen = _DESIGNS[design]
    rng = random.Random(f"sites3:{design}:{seed}")
    return [make_page(chosen, rng, serial) for serial in range(1, count + 1)]
