"""Independent held-out set: whole redesigned ReelGuide sites, one fixed template each.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md).
"""

from __future__ import annotations

import random

from tests.heldout_sites import askfilm, boxd, cineclub, cinedb, flimmer, streamhub, tomatoes
from tests.heldout_sites.site import Design, SitePage, make_page

_DESIGNS = {d.name: d for d in (
    Design("cinedb", cinedb.fit, cinedb.render),
    Design("streamhub", streamhub.fit, streamhub.render),
    Design("tomatoes", tomatoes.fit, tomatoes.render),
    Design("askfilm", askfilm.fit, askfilm.render),
    Design("cineclub", cineclub.fit, cineclub.render),
    Design("boxd", boxd.fit, boxd.render),
    Design("flimmer", flimmer.fit, flimmer.render),
)}
DESIGNS: list[str] = list(_DESIGNS)
# fields a design never shows (its expected value is always null)
NOT_SHOWN: dict[str, frozenset[str]] = {"tomatoes": frozenset({"budget"}),
                                        "boxd": frozenset({"budget", "box_office"})}
SPEC_KEYS = ("source_id", "kind", "title", "tagline", "synopsis", "audience_summary",
             "release_date", "release_year", "runtime_minutes", "content_rating",
             "user_rating_count", "genres", "countries", "studios", "studios_total", "budget",
             "box_office", "imdb_id", "trailer_url", "seasons", "streaming", "directors",
             "writers", "cast")

__all__ = ["DESIGNS", "NOT_SHOWN", "SPEC_KEYS", "SitePage", "site_pages"]


def site_pages(design: str, count: int, seed: int = 0) -> list[SitePage]:
    chosen = _DESIGNS[design]
    rng = random.Random(f"{design}:{seed}")
    return [make_page(chosen, rng, serial) for serial in range(1, count + 1)]
