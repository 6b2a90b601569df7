"""Second independent held-out set: whole redesigned ReelGuide sites, one fixed template each.

`site_pages(design, count, seed)` renders `count` synthetic titles in one design with the
record each page must produce (spec: /work/shared/site-sample/README.md). The designs here are
new (none shared with tests/heldout_sites) and are kept for final judging:
cartelera (Spanish 'Etiqueta: valor' lines), specgrid (labels only in aria-label),
pocket (svg icon titles as the only labels), ledger (abbreviated th/td table),
tonight (TV guide, unlabelled meta line), slotted (web components, chips, <details>),
yeonghwa (Korean <dl>), reelnotes (review blog with an 'At a glance' sidebar).
"""

from __future__ import annotations

import random

from tests.heldout_sites2 import (
    cartelera,
    ledger,
    pocket,
    reelnotes,
    slotted,
    specgrid,
    tonight,
    yeonghwa,
)
from tests.heldout_sites2.site import Design, SitePage, make_page

_DESIGNS = {d.name: d for d in (
    Design("cartelera", cartelera.fit, cartelera.render),
    Design("specgrid", specgrid.fit, specgrid.render),
    Design("pocket", pocket.fit, pocket.render),
    Design("ledger", ledger.fit, ledger.render),
    Design("tonight", tonight.fit, tonight.render),
    Design("slotted", slotted.fit, slotted.render),
    Design("yeonghwa", yeonghwa.fit, yeonghwa.render),
    Design("reelnotes", reelnotes.fit, reelnotes.render),
)}
DESIGNS: list[str] = list(_DESIGNS)
# fields a design never shows (its expected value is always null)
NOT_SHOWN: dict[str, frozenset[str]] = {"tonight": frozenset({"box_office"})}
SPEC_KEYS = ("source_id", "kind", "title", "tagline", "synopsis", "audience_summary",
             "release_date", "release_year", "runtime_minutes", "content_rating",
             "user_rating_count", "genres", "countries", "studios", "studios_total", "budget",
             "box_office", "imdb_id", "trailer_url", "seasons", "streaming", "directors",
             "writers", "cast")

__all__ = ["DESIGNS", "NOT_SHOWN", "SPEC_KEYS", "SitePage", "site_pages"]


def site_pages(design: str, count: int, seed: int = 0) -> list[SitePage]:
    chosen = _DESIGNS[design]
    rng = random.Random(f"sites2:{design}:{seed}")
    return [make_page(chosen, rng, serial) for serial in range(1, count + 1)]
