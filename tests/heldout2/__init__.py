"""Third held-out set of title-page redesigns, written without looking at the parser or the
other two generators.

`page(seed)` renders one sample record (tests/fixtures/expected/*.json, rejects and the
truncated page excluded) in one design styled after a real title-page family, and returns
`(url, html, expected)`, where `expected` holds exactly the spec keys, derived from what that
page shows (or gives in its schema.org data) by the rules of tests/fixtures/SPEC.md.

Seed -> design is `seed % len(DESIGNS)`; the record and every random choice follow from the
seed, so a seed always gives the same page.
"""

from __future__ import annotations

import random

from .common import RECORDS, SITE, SPEC_KEYS, Record
from .designs import DESIGNS

DESIGN_NAMES: list[str] = list(DESIGNS)

__all__ = ["DESIGN_NAMES", "RECORDS", "SPEC_KEYS", "design_of", "page"]


def design_of(seed: int) -> str:
    return DESIGN_NAMES[seed % len(DESIGN_NAMES)]


def page(seed: int) -> tuple[str, str, Record]:
    rng = random.Random(f"heldout2:{seed}")
    design = DESIGNS[design_of(seed)]
    record = RECORDS[(seed // len(DESIGN_NAMES) * 7 + seed) % len(RECORDS)]
    html, expected = design(record, rng)
    url = f"{SITE}/{record['source_id']}"
    if rng.random() < 0.3:
        url += f"?ref={rng.choice(['rail', 'search', 'home_trending'])}"
    return url, html, expected
