"""Held-out title-page redesigns, written independently of the parser.

`heldout_page(seed)` renders one sample record (tests/fixtures/expected) in a
design modelled on a real title page (IMDb, Letterboxd, Wikipedia, TMDb,
Rotten Tomatoes, streaming services, JustWatch-like aggregators, AlloCiné) and
returns (url, html, expected record derived from what that page shows).
"""

from __future__ import annotations

import random
from typing import Any

from tests.heldout.core import RECORDS, SPEC_KEYS
from tests.heldout.designs import DESIGNS

__all__ = ["DESIGNS", "RECORDS", "SPEC_KEYS", "design_name", "heldout_page"]


def design_name(seed: int) -> str:
    return DESIGNS[seed % len(DESIGNS)][0]


def heldout_page(seed: int) -> tuple[str, str, dict[str, Any]]:
    rng = random.Random(f"heldout-{seed}")
    _, design = DESIGNS[seed % len(DESIGNS)]
    _, rec = RECORDS[rng.randrange(len(RECORDS))]
    url = f"https://www.reelguide.example/{rec['source_id']}"
    html, expected = design(rng, rec, url)
    return url, html, {k: expected[k] for k in SPEC_KEYS}
