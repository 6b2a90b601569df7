"""The third held-out site generator itself (not the parser): deterministic, spec-shaped,
honest pages whose markup varies per page. Nothing here measures marquee's accuracy
(benchmarks/sites3.py does)."""

from __future__ import annotations

import html
import json
import re
from typing import Any

import pytest

from tests import site_set_checks as checks
from tests.heldout_sites2.kit import compact_votes, grouped
from tests.heldout_sites3 import DESIGNS, NOT_SHOWN, SPEC_KEYS, SitePage, site_pages

COUNT = 30
EARLIER = {"cinedb", "streamhub", "tomatoes", "askfilm", "cineclub", "boxd", "flimmer",
           "cartelera", "specgrid", "pocket", "ledger", "tonight", "slotted", "yeonghwa",
           "reelnotes"}
# (design, field) pairs a design gives only in its schema.org data, never in visible text
SCHEMA_ONLY = {("orchard", "user_rating_count"), ("orchard", "imdb_id")}


def page_text(page: SitePage) -> str:
    """Visible text plus attribute values that name or label things, entities decoded."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", page.html, flags=re.S)
    attrs = " ".join(re.findall(
        r'(?:alt|title|aria-label|content|data-label|label)="([^"]*)"', body))
    text = re.sub(r"<[^>]+>", " ", body)
    return " ".join(html.unescape(f"{text} {attrs}").split())


def schema_blocks(page: SitePage) -> list[Any]:
    found = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page.html, re.S)
    return [json.loads(block) for block in found]


def has_schema(page: SitePage) -> bool:
    return bool(schema_blocks(page)) or "itemscope" in page.html


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


def vote_forms(n: int) -> set[str]:
    """How a page may print a count: '12,400', '12 400', '12400', '12.4K', '1.4m'."""
    return {grouped(n), grouped(n, " "), str(n), compact_votes(n), compact_votes(n).lower()}


def test_eight_new_designs() -> None:
    assert len(DESIGNS) == len(set(DESIGNS)) == 8
    assert not EARLIER & set(DESIGNS)


def test_at_least_two_designs_in_another_language() -> None:
    langs = {d: re.search(r'<html lang="([a-zA-Z-]+)"', site_pages(d, 1)[0].html) for d in DESIGNS}
    other = [d for d, m in langs.items() if m and not m.group(1).startswith("en")]
    assert len(other) >= 2, langs


@pytest.mark.parametrize("design", DESIGNS)
def test_deterministic_per_seed(design: str) -> None:
    first, again = site_pages(design, 5, seed=3), site_pages(design, 5, seed=3)
    assert [(p.url, p.html, p.expected) for p in first] == [
        (p.url, p.html, p.expected) for p in again]
    other = site_pages(design, 5, seed=4)
    assert [p.expected for p in first] != [p.expected for p in other]
    assert [p.html for p in first] != [p.html for p in other]


@pytest.mark.parametrize("design", DESIGNS)
def test_markup_varies_from_page_to_page(design: str) -> None:
    """Class hashes change per deploy, and the wording or structure differs too."""
    pages = site_pages(design, 12, seed=2)
    classes = {tuple(sorted(set(re.findall(r'class="([^"]*)"', p.html)))) for p in pages}
    assert len(classes) == len(pages)
    shapes = {re.sub(r"-[0-9a-f]{5}\b", "", re.sub(r">[^<]*<", "><", p.html))
              for p in pages}
    assert len(shapes) == len(pages)


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
        for value in strings(page.expected):
            assert value in text, (page.url, value)


@pytest.mark.parametrize("design", DESIGNS)
def test_numbers_ids_and_year_are_on_the_page(design: str) -> None:
    for page in site_pages(design, COUNT):
        e, text = page.expected, page_text(page)
        schema = json.dumps(schema_blocks(page), ensure_ascii=False)
        votes_in = schema if (design, "user_rating_count") in SCHEMA_ONLY else text
        if e["user_rating_count"]:
            assert any(re.search(rf"(?<![\d.,]){re.escape(form)}(?![\d])", votes_in)
                       for form in vote_forms(e["user_rating_count"])), page.url
        if e["imdb_id"]:
            where = schema if (design, "imdb_id") in SCHEMA_ONLY else page.html
            assert f"/title/{e['imdb_id']}" in where or e["imdb_id"] in text
        if e["trailer_url"]:
            assert e["trailer_url"].rsplit("=", 1)[1] in page.html
        if e["release_year"]:
            assert str(e["release_year"]) in text
        if e["seasons"]:
            assert str(e["seasons"]) in text
        if e["runtime_minutes"]:
            hours, minutes = divmod(e["runtime_minutes"], 60)
            shown = minutes or hours  # '111 min', '1 hr 51 min' or '2h'
            assert re.search(rf"(?<!\d)({e['runtime_minutes']}|{shown})(?!\d)", text), page.url


@pytest.mark.parametrize("design", DESIGNS)
def test_schema_only_values_appear_only_in_schema(design: str) -> None:
    for page in site_pages(design, COUNT):
        e = page.expected
        if (design, "imdb_id") in SCHEMA_ONLY and e["imdb_id"]:
            assert e["imdb_id"] not in page_text(page)
            assert schema_blocks(page)
        if (design, "user_rating_count") in SCHEMA_ONLY and e["user_rating_count"]:
            assert schema_blocks(page)[0]["aggregateRating"]["ratingCount"] == \
                e["user_rating_count"]


@pytest.mark.parametrize("design", DESIGNS)
def test_expected_values_follow_the_spec(design: str) -> None:
    checks.expected_values_follow_the_spec(site_pages(design, COUNT))


@pytest.mark.parametrize("design", DESIGNS)
def test_fields_are_absent_on_some_titles_and_present_on_others(design: str) -> None:
    checks.fields_absent_on_some_and_present_on_others(
        site_pages(design, 80), SPEC_KEYS, NOT_SHOWN.get(design, ()))


def test_designs_differ() -> None:
    checks.designs_differ({d: site_pages(d, 1, seed=0)[0] for d in DESIGNS})


@pytest.mark.parametrize("design", DESIGNS)
def test_rail_titles_values_differ_from_the_titles_own(design: str) -> None:
    checks.rail_values_differ(site_pages(design, COUNT), page_text)


@pytest.mark.parametrize("design", DESIGNS)
def test_pages_have_real_size_furniture(design: str) -> None:
    checks.real_size_furniture(site_pages(design, 10), ("window.__", "window.netflixLike"))


def test_schema_org_is_on_some_designs_and_some_pages_only() -> None:
    share = {d: sum(map(has_schema, site_pages(d, 20))) for d in DESIGNS}
    assert any(n == 0 for n in share.values()), share
    assert sum(1 for n in share.values() if 0 < n < 20) >= 4, share
