"""Fourth independent held-out set: redesigned ReelGuide title pages, judged at first sight.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). Titles and
records come from tests/heldout_sites2 (records.py, site.py); the designs are new, none
modelled on a site an earlier set took, and each varies its markup per page:
animedex (MyAnimeList-like: 'Label:' spans plus bare text, character-first voice table),
spine (Criterion-like disc shop: unlabelled meta list, th-row credits, Product JSON-LD),
storefront (Vudu-like store: ARIA grid rows, hidden tab panels, rent/buy prices),
filmweb (Filmweb-like, Polish: flat label/value grid, decimal-comma scores, Polish plurals),
csfd (ČSFD-like, Czech: unlabelled 'Country, year, runtime' origin line, 'Hrají:' cast),
ticketbay (BookMyShow-like: Indian digit grouping, showtimes and offers, 'as' cast cards),
moodguide (AllMovie-like: sub-genres, moods and themes beside genres, RDFa Lite),
freestream (Tubi-like free streaming: hero meta line, screen-reader labels, WebPage JSON-LD).
"""

from __future__ import annotations

import random

from tests.heldout_sites2.site import Design, SitePage, make_page
from tests.heldout_sites4 import (
    animedex,
    csfd,
    filmweb,
    freestream,
    moodguide,
    spine,
    storefront,
    ticketbay,
)

_DESIGNS = {d.name: d for d in (
    Design("animedex", animedex.fit, animedex.render),
    Design("spine", spine.fit, spine.render),
    Design("storefront", storefront.fit, storefront.render),
    Design("filmweb", filmweb.fit, filmweb.render),
    Design("csfd", csfd.fit, csfd.render),
    Design("ticketbay", ticketbay.fit, ticketbay.render),
    Design("moodguide", moodguide.fit, moodguide.render),
    Design("freestream", freestream.fit, freestream.render),
)}
DESIGNS: list[str] = list(_DESIGNS)
# fields a design never shows, visibly or in schema.org (its expected value is always null)
NOT_SHOWN: dict[str, frozenset[str]] = {
    "spine": frozenset({"budget", "box_office"}),
}
SPEC_KEYS = ("source_id", "kind", "title", "tagline", "synopsis", "audience_summary",
             "release_date", "release_year", "runtime_minutes", "content_rating",
             "user_rating_count", "genres", "countries", "studios", "studios_total", "budget",
             "box_office", "imdb_id", "trailer_url", "seasons", "streaming", "directors",
             "writers", "cast")

__all__ = ["DESIGNS", "NOT_SHOWN", "SPEC_KEYS", "SitePage", "site_pages"]


def site_pages(design: str, count: int, seed: int = 0) -> list[SitePage]:
    chosen = _DESIGNS[design]
    rng = random.Random(f"sites4:{design}:{seed}")
    return [make_page(chosen, rng, serial) for serial in range(1, count + 1)]
