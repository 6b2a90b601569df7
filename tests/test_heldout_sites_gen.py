"""The held-out site generator itself (not the parser): deterministic, spec-shaped, honest pages."""

from __future__ import annotations

import html
import re
from typing import Any

import pytest

from tests.heldout_sites import DESIGNS, NOT_SHOWN, SPEC_KEYS, SitePage, site_pages

COUNT = 30


def page_text(page: SitePage) -> str:
    """Visible text plus attribute values (alt, title, aria-label), entities decoded."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", page.html, flags=re.S)
    attrs = " ".join(re.findall(r'(?:alt|title|aria-label|content)="([^"]*)"', body))
    text = re.sub(r"<[^>]+>", " ", body)
    return " ".join(html.unescape(f"{text} {attrs}").split())


def strings(expected: dict[str, Any]) -> list[str]:
    found = [expected[k] for k in ("title", "tagline", "synopsis", "audience_summary",
                                   "content_rating") if expected[k]]
    for key in ("genres", "countries", "studios", "directors", "writers"):
        found += expected[key]
    for credit in expected["cast"]:
        found += [v for v in credit.values() if v]
    if expected["streaming"]:
        found += expected["streaming"]["platforms"]
    return found


def test_at_least_six_designs() -> None:
    assert len(DESIGNS) >= 6
    assert len(set(DESIGNS)) == len(DESIGNS)


@pytest.mark.parametrize("design", DESIGNS)
def test_deterministic_per_seed(design: str) -> None:
    first, again = site_pages(design, 5, seed=3), site_pages(design, 5, seed=3)
    assert [(p.url, p.html, p.expected) for p in first] == [
        (p.url, p.html, p.expected) for p in again]
    other = site_pages(design, 5, seed=4)
    assert [p.expected for p in first] != [p.expected for p in other]


@pytest.mark.parametrize("design", DESIGNS)
def test_expected_has_the_spec_keys_and_source_id(design: str) -> None:
    for page in site_pages(design, COUNT):
        assert tuple(page.expected) == SPEC_KEYS
        assert page.design == design
        kind, slug = page.expected["source_id"].split("/")
        assert page.url == f"https://www.reelguide.example/{kind}/{slug}"
        assert kind == page.expected["kind"] in ("movie", "show")
        assert (page.expected["seasons"] is not None) == (kind == "show")


@pytest.mark.parametrize("design", DESIGNS)
def test_every_expected_string_is_on_the_page(design: str) -> None:
    for page in site_pages(design, COUNT):
        text = page_text(page)
        for value in strings(page.expected):
            assert value in text, (page.url, value)


@pytest.mark.parametrize("design", DESIGNS)
def test_expected_values_follow_the_spec(design: str) -> None:
    for page in site_pages(design, COUNT):
        e = page.expected
        if e["release_date"]:
            assert e["release_year"] == int(e["release_date"][:4])
        if e["studios_total"] is not None:
            assert e["studios_total"] >= len(e["studios"]) >= 1
        else:
            assert e["studios"] == []
        if e["streaming"]:
            assert e["streaming"]["platform_count"] == len(e["streaming"]["platforms"])
        for money in (e["budget"], e["box_office"]):
            assert money is None or (money["amount"].isdigit() and len(money["currency"]) == 3)
        if e["trailer_url"]:
            assert e["trailer_url"].startswith("https://www.youtube.com/watch?v=")


@pytest.mark.parametrize("design", DESIGNS)
def test_fields_are_absent_on_some_titles_and_present_on_others(design: str) -> None:
    pages = site_pages(design, 80)
    for key in SPEC_KEYS:
        values = [p.expected[key] for p in pages]
        if key in ("source_id", "kind", "title"):
            continue
        present = sum(1 for v in values if v not in (None, []))
        if key in NOT_SHOWN.get(design, ()):
            assert present == 0, key
        else:
            assert 0 < present < len(values), (key, present)


def test_designs_differ() -> None:
    pages = {d: site_pages(d, 1, seed=0)[0] for d in DESIGNS}
    skeletons = {d: re.sub(r">[^<]*<", "><", p.html)[:3000] for d, p in pages.items()}
    assert len(set(skeletons.values())) == len(DESIGNS)


@pytest.mark.parametrize("design", DESIGNS)
def test_rail_titles_values_differ_from_the_titles_own(design: str) -> None:
    for page in site_pages(design, COUNT):
        assert page.others
        for other in page.others:
            for key in ("title", "release_year", "runtime_minutes", "content_rating",
                        "user_rating_count", "source_id"):
                assert other[key] != page.expected[key], (page.url, key)
            assert other["source_id"].split("/")[1] in page.html


def test_schema_org_is_absent_from_some_designs_and_present_in_others() -> None:
    def has_schema(design: str) -> bool:
        pages = site_pages(design, 5)
        return any("application/ld+json" in p.html or "itemscope" in p.html for p in pages)

    without = [d for d in DESIGNS if not has_schema(d)]
    assert len(without) >= 2
    assert len(without) < len(DESIGNS)

