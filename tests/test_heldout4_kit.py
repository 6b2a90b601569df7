"""The heldout4 generator itself (not the parser): deterministic, spec-shaped, honest."""

from __future__ import annotations

import html as htmllib
import json
from pathlib import Path
from typing import Any

import pytest

from tests.heldout4 import DESIGNS, page, records

SAMPLE = Path(__file__).parent / "fixtures" / "expected" / "v2-heat.json"
SPEC_KEYS = list(json.loads(SAMPLE.read_text(encoding="utf-8")).keys())
SEEDS = range(0, 6 * len(records()))


def _strings(expected: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for key in ("title", "tagline", "synopsis", "audience_summary", "content_rating", "imdb_id"):
        if expected[key] is not None:
            out.append(expected[key])
    for key in ("genres", "countries", "studios", "directors", "writers"):
        out.extend(expected[key])
    for c in expected["cast"]:
        out.append(c["actor"])
        if c["character"] is not None:
            out.append(c["character"])
    if expected["streaming"]:
        out.extend(expected["streaming"]["platforms"])
    if expected["trailer_url"]:
        out.append(expected["trailer_url"].rsplit("=", 1)[1])
    return out


def test_six_designs_and_records() -> None:
    assert len(DESIGNS) == 6
    recs = records()
    assert len(recs) >= 25
    assert all(not r.get("reject") for r in recs)
    assert "movie/heat" in {r["source_id"] for r in recs}


@pytest.mark.parametrize("seed", [0, 7, 44, 101, 179])
def test_deterministic(seed: int) -> None:
    assert page(seed) == page(seed)


@pytest.mark.parametrize("seed", SEEDS)
def test_expected_keys_and_values_visible(seed: int) -> None:
    url, html, expected = page(seed)
    assert list(expected.keys()) == SPEC_KEYS
    assert url.startswith("https://www.reelguide.example/" + expected["source_id"])
    text = htmllib.unescape(html)
    for s in _strings(expected):
        assert s in text, (seed, s)


def test_design_omissions_are_null() -> None:
    # AMP design (4) shows no studios/budget and no character names.
    _, html, x = page(4 + 6 * 14)  # v2-heat
    assert x["title"] == "Heat"
    assert x["studios"] == [] and x["studios_total"] is None and x["budget"] is None
    assert all(c["character"] is None for c in x["cast"])
    assert "Lt. Vincent Hanna" not in html
    # Tailwind design (2) shows no writers and embeds a trailer.
    _, html, x = page(2 + 6 * 14)
    assert x["writers"] == []
    assert x["trailer_url"] and x["trailer_url"].split("=")[1] in html
