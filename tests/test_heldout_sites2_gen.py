"""The second held-out site generator itself (not the parser): deterministic, spec-shaped,
honest pages. Nothing here measures marquee's accuracy (benchmarks/sites2.py does)."""

from __future__ import annotations

import html
import re
from typing import Any

import pytest

from tests.heldout_sites2 import DESIGNS, NOT_SHOWN, SPEC_KEYS, SitePage, site_pages

COUNT = 30
# fields a design gives only in its schema.org data, never in visible text
SCHEMA_ONLY = {"specgrid": ("directors",)}
FIRST_SET = {"cinedb", "streamhub", "tomatoes", "askfilm", "cineclub", "boxd", "flimmer"}


def page_text(page: SitePage) -> str:
    """Visible text plus attribute values that name or label things, entities decoded."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", page.html, flags=re.S)
    attrs = " ".join(re.findall(
        r'(?:alt|title|aria-label|content|data-label|label)="([^"]*)"', body))
    text = re.sub(r"<[^>]+>", " ", body)
    return " ".join(html.unescape(f"{text} {attrs}").split())


def schema_text(page: SitePage) -> str:
    found = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page.html, re.S)
    return " ".join(found)


def strings(expected: dict[str, Any], skip: tuple[str, ...] = ()) -> list[str]:
    found = [expected[k] for k in ("title", "tagline", "synopsis", "audience_summary",
                                   "content_rating") if expected[k]]
    for key in ("genres", "countries", "studios", "directors", "writers"):
        if key not in skip:
            found += expected[key]
    for credit in expected["cast"]:
        found += [v for v in credit.values() if v]
    if expected["streaming"]:
        found += expected["streaming"]["platforms"]
    return found


def test_at_least_five_new_designs() -> None:
    assert len(DESIGNS) >= 5
    assert len(set(DESIGNS)) == len(DESIGNS)
    assert not FIRST_SET & set(DESIGNS)


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
        assert f'href="{page.url}"' in page.html  # the canonical link


@pytest.mark.parametrize("design", DESIGNS)
def test_every_expected_string_is_on_the_page(design: str) -> None:
    for page in site_pages(design, COUNT):
        text = page_text(page)
        for value in strings(page.expected, SCHEMA_ONLY.get(design, ())):
            assert value in text, (page.url, value)
        for key in SCHEMA_ONLY.get(design, ()):
            for value in page.expected[key]:
                assert value in schema_text(page), (page.url, value)


@pytest.mark.parametrize("design", DESIGNS)
def test_ids_and_year_are_on_the_page(design: str) -> None:
    for page in site_pages(design, COUNT):
        e = page.expected
        if e["imdb_id"]:
            assert f"/title/{e['imdb_id']}" in page.html
        if e["trailer_url"]:
            assert e["trailer_url"].rsplit("=", 1)[1] in page.html
        if e["release_year"]:
            assert str(e["release_year"]) in page_text(page)


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
def test_one_fixed_template_per_design(design: str) -> None:
    """Two titles of one design share their page skeleton's opening (same template)."""
    first, second = site_pages(design, 2, seed=1)
    def tags(page: SitePage) -> list[str]:
        return re.findall(r"<([a-z][a-z0-9-]*)", page.html)[:12]
    assert tags(first) == tags(second)


@pytest.mark.parametrize("design", DESIGNS)
def test_rail_titles_values_differ_from_the_titles_own(design: str) -> None:
    for page in site_pages(design, COUNT):
        assert page.others
        for other in page.others:
            for key in ("title", "release_year", "runtime_minutes", "content_rating",
                        "user_rating_count", "source_id"):
                assert other[key] != page.expected[key], (page.url, key)
            assert other["source_id"].split("/")[1] in page.html
            assert other["title"] in page_text(page)  # the rail is on the page, a real trap


@pytest.mark.parametrize("design", DESIGNS)
def test_pages_have_real_size_furniture(design: str) -> None:
    for page in site_pages(design, 10):
        assert len(page.html) > 6000
        assert "<nav" in page.html and "<footer" in page.html and "<style" in page.html


def test_schema_org_is_absent_from_some_designs_and_present_in_others() -> None:
    def has_schema(design: str) -> bool:
        pages = site_pages(design, 5)
        return any("application/ld+json" in p.html or "itemscope" in p.html for p in pages)

    without = [d for d in DESIGNS if not has_schema(d)]
    assert len(without) >= 2
    assert len(without) < len(DESIGNS)
