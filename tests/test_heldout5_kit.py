"""The held-out set 5 generator itself (not the parser's accuracy): deterministic pages whose
expected records have exactly the spec keys and whose text values all appear on the page."""

from __future__ import annotations

import html as htmllib
import re

import pytest

from tests.heldout5 import DESIGNS, RECORDS, SPEC_KEYS, design_of, page

SEEDS = range(0, 6 * len(RECORDS))


def _text(html: str) -> str:
    text = htmllib.unescape(html)
    return re.sub(r"\s+", " ", text)


def _strings(expected: dict[str, object]) -> list[str]:
    out: list[str] = []
    for key in ("title", "tagline", "synopsis", "audience_summary", "content_rating", "imdb_id"):
        value = expected[key]
        if isinstance(value, str):
            out.append(value)
    for key in ("genres", "countries", "studios", "directors", "writers"):
        out.extend(expected[key])  # type: ignore[arg-type]
    for member in expected["cast"]:  # type: ignore[attr-defined]
        out.append(member["actor"])
        if member["character"]:
            out.append(member["character"])
    streaming = expected["streaming"]
    if isinstance(streaming, dict):
        out.extend(streaming["platforms"])
    if isinstance(expected["trailer_url"], str):
        out.append(expected["trailer_url"].rsplit("v=", 1)[-1])
    return out


SPEC_TABLE = [
    "source_id",
    "kind",
    "title",
    "tagline",
    "synopsis",
    "audience_summary",
    "release_date",
    "release_year",
    "runtime_minutes",
    "content_rating",
    "user_rating_count",
    "genres",
    "countries",
    "studios",
    "studios_total",
    "budget",
    "box_office",
    "imdb_id",
    "trailer_url",
    "seasons",
    "streaming",
    "directors",
    "writers",
    "cast",
]


def test_records_and_keys() -> None:
    assert sorted(SPEC_KEYS) == sorted(SPEC_TABLE)
    assert len(RECORDS) == 30
    assert len(DESIGNS) == 6
    assert all(not name.endswith("truncated-heat") for name, _ in RECORDS)


@pytest.mark.parametrize("seed", SEEDS)
def test_page(seed: int) -> None:
    url, html, expected = page(seed)
    assert page(seed) == (url, html, expected)
    assert list(expected) == SPEC_KEYS
    assert url.endswith("/" + expected["source_id"])
    assert f'rel="canonical" href="{url}"' in html
    text = _text(html)
    for value in _strings(expected):
        assert re.sub(r"\s+", " ", value) in text, (design_of(seed), value)
    if expected["release_date"] is not None:
        assert expected["release_year"] == int(expected["release_date"][:4])
    if expected["studios_total"] is not None:
        assert expected["studios_total"] >= len(expected["studios"])


def test_designs_differ() -> None:
    heads = {page(s)[1][:400] + page(s)[1][-300:] for s in range(6)}
    assert len(heads) == 6


def test_every_seed_maps() -> None:
    assert {design_of(s) for s in range(12)} == {name for name, _ in DESIGNS}
    assert page(0)[0] != page(6)[0]
