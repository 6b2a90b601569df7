"""Golden tests: every fixture page gives exactly its expected record, field by field.

Pages: tests/fixtures/pages/*.html (the site sample; expected in tests/fixtures/expected/)
and tests/fixtures/variants/*.html (hand-made variants; expected beside them).
A test id names the page and the field, e.g. `v2-heat::budget`.

Expected output is regenerated only on purpose, after reviewing the diff:
    .venv/bin/python scripts/regen_golden.py tests/fixtures/variants/v2-heat-relabelled.html
(`--all-variants` for every variant; the sample's expected records are the spec and are
never regenerated). `scripts/make_variants.py` rebuilds the variant pages themselves.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from marquee.extract import extract
from marquee.items import PROVENANCE_KEYS, SPEC_KEYS, Reject, TitleRecord

FIXTURES = Path(__file__).parent / "fixtures"


def _cases() -> list[tuple[Path, Path]]:
    sample = [
        (page, FIXTURES / "expected" / f"{page.stem}.json")
        for page in sorted((FIXTURES / "pages").glob("*.html"))
    ]
    variants = [
        (page, page.with_suffix(".json")) for page in sorted((FIXTURES / "variants").glob("*.html"))
    ]
    return sample + variants


CASES = _cases()
EXPECTED: dict[str, dict[str, Any]] = {
    page.stem: json.loads(expected.read_text(encoding="utf-8")) for page, expected in CASES
}
PAGES = {page.stem: page for page, _ in CASES}
RECORD_PAGES = [name for name, expected in EXPECTED.items() if not expected.get("reject")]
REJECT_PAGES = [name for name, expected in EXPECTED.items() if expected.get("reject")]
_cache: dict[str, TitleRecord | Reject] = {}


def result(name: str) -> TitleRecord | Reject:
    if name not in _cache:
        page = PAGES[name]
        _cache[name] = extract(page.resolve().as_uri(), page.read_bytes())
    return _cache[name]


def record(name: str) -> TitleRecord:
    found = result(name)
    assert isinstance(found, TitleRecord), f"{name} was rejected: {found}"
    return found


def test_every_sample_page_has_an_expected_record() -> None:
    assert len([p for p, _ in CASES if p.parent.name == "pages"]) >= 32
    assert all(expected.exists() for _, expected in CASES)


@pytest.mark.parametrize(
    ("name", "field"),
    [(name, field) for name in RECORD_PAGES for field in SPEC_KEYS],
    ids=[f"{name}::{field}" for name in RECORD_PAGES for field in SPEC_KEYS],
)
def test_field(name: str, field: str) -> None:
    assert record(name).spec_dict()[field] == EXPECTED[name][field]


@pytest.mark.parametrize("name", RECORD_PAGES, ids=[f"{n}::keys" for n in RECORD_PAGES])
def test_no_unexpected_keys(name: str) -> None:
    dumped = json.loads(record(name).model_dump_json())
    assert set(dumped) <= set(SPEC_KEYS) | set(PROVENANCE_KEYS)
    assert set(EXPECTED[name]) == set(SPEC_KEYS)


@pytest.mark.parametrize("name", REJECT_PAGES, ids=[f"{n}::reject" for n in REJECT_PAGES])
def test_reject(name: str) -> None:
    found = result(name)
    assert isinstance(found, Reject), f"{name} became a record"
    assert found.reason == EXPECTED[name]["why"]
    assert found.details
