"""The sample records the kit renders, and the spec's keys."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

EXPECTED_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "expected"

SPEC_KEYS: tuple[str, ...] = (
    "source_id", "kind", "title", "tagline", "synopsis", "audience_summary",
    "release_date", "release_year", "runtime_minutes", "content_rating",
    "user_rating_count", "genres", "countries", "studios", "studios_total",
    "budget", "box_office", "imdb_id", "trailer_url", "seasons", "streaming",
    "directors", "writers", "cast",
)  # fmt: skip

LIST_KEYS = frozenset({"genres", "countries", "studios", "directors", "writers", "cast"})


def empty_value(key: str) -> Any:
    return [] if key in LIST_KEYS else None


@cache
def sample_records() -> tuple[dict[str, Any], ...]:
    """One record per title: rejects skipped; a truncated page's record gives way to the whole."""
    chosen: dict[str, dict[str, Any]] = {}
    for path in sorted(EXPECTED_DIR.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        if record.get("reject") or "truncated" in path.stem:
            continue
        spec = {key: record[key] for key in SPEC_KEYS}
        chosen[spec["source_id"]] = spec  # v2 files sort after v1: the current layout wins
    return tuple(chosen[key] for key in sorted(chosen))


def slug_of(record: dict[str, Any]) -> str:
    return str(record["source_id"]).split("/", 1)[1]
