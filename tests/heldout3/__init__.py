"""Held-out set 3: eight independently invented ReelGuide title-page redesigns.

``page(seed)`` renders one sample record (tests/fixtures/expected) in one design and
returns ``(url, html, expected)``; ``expected`` holds exactly the spec keys, derived
from what that page shows (visible values first, schema.org data for the rest).
"""

from __future__ import annotations

import json
import random
from functools import lru_cache
from pathlib import Path
from typing import Any

from tests.heldout3.designs import DESIGNS
from tests.heldout3.fmt import SITE, Rec, head

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "expected"
SKIP = {"v2-truncated-heat.json"}
LISTS = {"genres", "countries", "studios", "directors", "writers", "cast"}
SCHEMA_FIELDS = {
    "release_date", "runtime_minutes", "genres", "content_rating", "directors", "writers",
    "cast", "user_rating_count", "countries", "seasons",
}


@lru_cache(maxsize=1)
def records() -> tuple[Rec, ...]:
    out = []
    for f in sorted(FIXTURES.glob("*.json")):
        if f.name in SKIP:
            continue
        data = json.loads(f.read_text(encoding="utf-8"))
        if data.get("reject"):
            continue
        out.append(data)
    return tuple(out)


def spec_keys() -> list[str]:
    return list(records()[0].keys())


def expected_for(rec: Rec, shown: set[str], schema: set[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k in spec_keys():
        empty: Any = [] if k in LISTS else None
        if k in ("source_id", "kind", "title"):
            out[k] = rec[k]
        elif k == "studios_total":
            out[k] = rec[k] if "studios" in shown else None
        elif k in shown or (k == "release_year" and "release_date" in schema):
            out[k] = rec[k]
        elif k in schema and k in SCHEMA_FIELDS:
            if k == "cast":
                out[k] = [{"actor": c["actor"], "character": None} for c in rec["cast"]]
            else:
                out[k] = rec[k]
        else:
            out[k] = empty
    return out


def design_of(seed: int) -> str:
    return DESIGNS[seed % len(DESIGNS)][0]


def record_index(seed: int) -> int:
    return (seed // len(DESIGNS)) % len(records())


def page(seed: int) -> tuple[str, str, dict[str, Any]]:
    recs = records()
    rec = recs[record_index(seed)]
    _, render = DESIGNS[seed % len(DESIGNS)]
    rng = random.Random(seed * 7919 + 3)
    head_extra, body, shown, schema = render(rec, rng, list(recs))
    url = f"{SITE}/{rec['source_id']}"
    html = f'<!DOCTYPE html><html lang="en">{head(rec, head_extra)}<body>{body}</body></html>'
    return url, html, expected_for(rec, shown, schema)


__all__ = ["DESIGNS", "design_of", "page", "record_index", "records", "spec_keys"]
