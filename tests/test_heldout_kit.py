"""Tests of the held-out redesign generator itself (tests/heldout), not of the parser."""

from __future__ import annotations

import html as htmllib
import json
import re
from typing import Any

import pytest

from tests.heldout import DESIGNS, RECORDS, SPEC_KEYS, design_name, heldout_page

SEEDS = range(0, 120)


def _haystack(page: str) -> str:
    """The page's text and markup, entities decoded and whitespace collapsed,
    plus its JSON-LD blocks re-serialised without escapes."""
    parts = [htmllib.unescape(page)]
    for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S):
        parts.append(json.dumps(json.loads(block), ensure_ascii=False))
    return re.sub(r"\s+", " ", "\n".join(parts).replace("\xa0", " "))


def _strings(expected: dict[str, Any]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for key in ("source_id", "title", "tagline", "synopsis", "audience_summary",
                "content_rating", "imdb_id"):
        if expected[key] is not None:
            out.append((key, expected[key]))
    for key in ("genres", "countries", "studios", "directors", "writers"):
        out.extend((key, v) for v in expected[key])
    for member in expected["cast"]:
        out.append(("cast.actor", member["actor"]))
        if member["character"] is not None:
            out.append(("cast.character", member["character"]))
    if expected["streaming"]:
        out.extend(("streaming.platforms", p) for p in expected["streaming"]["platforms"])
    if expected["trailer_url"]:
        out.append(("trailer_url", expected["trailer_url"].rsplit("=", 1)[1]))
    return out


def test_records_loaded() -> None:
    assert len(RECORDS) >= 25
    assert all(not name.endswith("truncated-heat") for name, _ in RECORDS)


@pytest.mark.parametrize("seed", [0, 1, 7, 42, 199])
def test_deterministic(seed: int) -> None:
    assert heldout_page(seed) == heldout_page(seed)


def test_seeds_differ_and_cover_designs() -> None:
    pages = {heldout_page(s)[1] for s in range(40)}
    assert len(pages) == 40
    assert {design_name(s) for s in range(len(DESIGNS))} == {name for name, _ in DESIGNS}


@pytest.mark.parametrize("seed", SEEDS)
def test_keys_are_spec_keys(seed: int) -> None:
    url, _page, expected = heldout_page(seed)
    assert list(expected) == SPEC_KEYS
    assert url.endswith("/" + expected["source_id"])
    assert expected["kind"] in ("movie", "show")
    for key in ("genres", "countries", "studios", "directors", "writers", "cast"):
        assert isinstance(expected[key], list)
    if expected["studios"]:
        assert expected["studios_total"] >= len(expected["studios"])
    if expected["release_date"]:
        assert expected["release_year"] == int(expected["release_date"][:4])
    if expected["kind"] == "movie":
        assert expected["seasons"] is None


@pytest.mark.parametrize("seed", SEEDS)
def test_expected_strings_are_on_the_page(seed: int) -> None:
    _url, page, expected = heldout_page(seed)
    hay = _haystack(page)
    missing = [(k, v) for k, v in _strings(expected) if re.sub(r"\s+", " ", v) not in hay]
    assert not missing, f"seed {seed} ({design_name(seed)}): {missing}"


@pytest.mark.parametrize("seed", SEEDS)
def test_numbers_are_on_the_page(seed: int) -> None:
    _url, page, expected = heldout_page(seed)
    hay = _haystack(page)
    if expected["release_year"] is not None:
        assert str(expected["release_year"]) in hay
    if expected["seasons"] is not None:
        assert str(expected["seasons"]) in hay
    if expected["streaming"]:
        assert str(expected["streaming"]["platform_count"]) in hay
