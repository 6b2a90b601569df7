"""Held-out set 5: six ReelGuide title-page redesigns rendered from the sample records.

`page(seed) -> (url, html, expected)`: design = seed % 6, record = (seed // 6) % len(RECORDS).
Written without reading the parser; the expected record follows tests/fixtures/SPEC.md.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.heldout5.common import Rec, url_of
from tests.heldout5.designs_a import astro, nextjs, nuxt
from tests.heldout5.designs_b import cms, printable, shop

EXPECTED_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "expected"

Design = Callable[[Rec, list[Rec], int], tuple[str, Rec]]
DESIGNS: list[tuple[str, Design]] = [
    ("astro-islands", astro),
    ("next-streamed", nextjs),
    ("nuxt-chips", nuxt),
    ("cms-richtext", cms),
    ("shop-product", shop),
    ("print-timeline", printable),
]


def _load() -> list[tuple[str, Rec]]:
    out = []
    for path in sorted(EXPECTED_DIR.glob("*.json")):
        if path.stem == "v2-truncated-heat":
            continue
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        if data.get("reject"):
            continue
        out.append((path.stem, data))
    return out


RECORDS = _load()
SPEC_KEYS = list(RECORDS[0][1].keys())


def design_of(seed: int) -> str:
    return DESIGNS[seed % len(DESIGNS)][0]


def page(seed: int) -> tuple[str, str, dict[str, Any]]:
    _, fn = DESIGNS[seed % len(DESIGNS)]
    idx = (seed // len(DESIGNS)) % len(RECORDS)
    rec = RECORDS[idx][1]
    others = [RECORDS[(idx + k) % len(RECORDS)][1] for k in (3, 7, 11, 13)]
    others = [o for o in others if o["source_id"] != rec["source_id"]]
    html, expected = fn(rec, others, seed)
    expected = {k: expected[k] for k in SPEC_KEYS}
    return url_of(rec), html, expected
