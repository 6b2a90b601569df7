"""The fourth held-out site generator itself (not the parser): deterministic, spec-shaped,
honest pages whose markup varies per page. Nothing here measures marquee's accuracy
(benchmarks/sites4.py does)."""

from __future__ import annotations

import html
import json
import re
from typing import Any

import pytest

from tests import site_set_checks as checks
from tests.heldout_sites2.kit import compact_votes, grouped
from tests.heldout_sites4 import DESIGNS, NOT_SHOWN, SPEC_KEYS, SitePage, csfd, filmweb, site_pages
from tests.heldout_sites4.ticketbay import indian

COUNT = 30
# every design of the earlier held-out sets (tests/heldout_sites*, tests/heldout*)
EARLIER = {"cinedb", "streamhub", "tomatoes", "askfilm", "cineclub", "boxd", "flimmer",
           "cartelera", "specgrid", "pocket", "ledger", "tonight", "slotted", "yeonghwa",
           "reelnotes", "orchard", "queue", "moviebase", "tracklog", "offerwall", "yingping",
           "kinoteka", "eigabox", "imdb-current", "imdb-2010", "letterboxd", "wikipedia", "tmdb",
           "rotten-tomatoes", "streaming-service", "aggregator", "allocine", "metacritic", "plex",
           "mubi", "bfi", "primevideo", "disneyhulu", "knowledge_panel", "numbers_tvmaze",
           "filmaffinity", "commonsense"}
# (design, field) pairs a design gives only in its schema.org data, never in visible text
SCHEMA_ONLY = {("spine", "imdb_id"), ("freestream", "writers"),
               ("freestream", "user_rating_count")}


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


def schema_values(page: SitePage) -> list[Any]:
    """Every value anywhere in the page's JSON-LD blocks, nested ones included."""
    found: list[Any] = []
    todo: list[Any] = schema_blocks(page)
    while todo:
        item = todo.pop()
        if isinstance(item, dict):
            todo += item.values()
        elif isinstance(item, list):
            todo += item
        else:
            found.append(item)
    return found


def strings(expected: dict[str, Any], design: str) -> list[str]:
    found = [expected[k] for k in ("title", "tagline", "synopsis", "audience_summary",
                                   "content_rating") if expected[k]]
    for key in ("genres", "countries", "studios", "directors", "writers"):
        if (design, key) not in SCHEMA_ONLY:
            found += expected[key]
    for credit in expected["cast"]:
        found += [v for v in credit.values() if v]
    if expected["streaming"]:
        found += expected["streaming"]["platforms"]
    return found


def vote_forms(n: int) -> set[str]:
    """How a page may print a count: '12,400', '12 400', '12400', '12.4K', '1.4m'."""
    return {grouped(n), grouped(n, " "), str(n), compact_votes(n), compact_votes(n).lower(),
            indian(n)}


def test_eight_new_designs() -> None:
    assert len(DESIGNS) == len(set(DESIGNS)) == 8
    assert not EARLIER & set(DESIGNS)


def test_at_least_two_designs_in_another_language() -> None:
    langs = {d: re.search(r'<html lang="([a-zA-Z-]+)"', site_pages(d, 1)[0].html) for d in DESIGNS}
    other = [d for d, m in langs.items() if m and not m.group(1).startswith("en")]
    assert len(other) >= 2, langs


@pytest.mark.parametrize("design", DESIGNS)
def test_deterministic_per_seed(design: str) -> None:
    checks.deterministic_per_seed(lambda seed: site_pages(design, 5, seed=seed))


@pytest.mark.parametrize("design", DESIGNS)
def test_markup_varies_from_page_to_page(design: str) -> None:
    checks.markup_varies_from_page_to_page(site_pages(design, 12, seed=2))


@pytest.mark.parametrize("design", DESIGNS)
def test_expected_has_the_spec_keys_and_source_id(design: str) -> None:
    checks.spec_keys_and_source_id(site_pages(design, COUNT), SPEC_KEYS, design)


@pytest.mark.parametrize("design", DESIGNS)
def test_every_expected_string_is_on_the_page(design: str) -> None:
    checks.expected_strings_on_the_page(
        site_pages(design, COUNT), page_text, lambda p: strings(p.expected, design))


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
        e, text, values = page.expected, page_text(page), schema_values(page)
        for d, key in SCHEMA_ONLY:
            if d != design:
                continue
            given = e[key] if isinstance(e[key], list) else [e[key]] if e[key] else []
            for value in given:
                if key == "user_rating_count":  # no count of ratings or votes is printed
                    assert not re.search(r"\d\s*(ratings?|votes?|users?)\b", text, re.I)
                elif value not in e["directors"] + [c["actor"] for c in e["cast"]]:
                    assert str(value) not in text, (page.url, key, value)
                if key == "imdb_id":
                    assert f"https://www.imdb.com/title/{value}/" in values
                else:
                    assert value in values, (page.url, key, value)


def test_schema_only_fields_are_null_without_schema() -> None:
    """A page whose schema.org data lacks the property does not give the field at all."""
    prop = {"imdb_id": "sameAs", "writers": "author", "user_rating_count": "ratingCount"}
    seen = set()
    for design, key in SCHEMA_ONLY:
        for page in site_pages(design, COUNT):
            if f'"{prop[key]}"' not in json.dumps(schema_blocks(page)):
                assert page.expected[key] in (None, []), (page.url, key)
                seen.add((design, key))
    assert seen == SCHEMA_ONLY


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
    checks.real_size_furniture(site_pages(design, 10), ("window.__",))


def test_schema_org_is_on_some_designs_and_some_pages_only() -> None:
    share = {d: sum(map(has_schema, site_pages(d, 20))) for d in DESIGNS}
    assert any(n == 0 for n in share.values()), share
    assert sum(1 for n in share.values() if 0 < n < 20) >= 4, share


def test_indian_digit_grouping() -> None:
    assert [indian(n) for n in (7, 999, 1000, 100000, 1240000, 360000000)] == [
        "7", "999", "1,000", "1,00,000", "12,40,000", "36,00,00,000"]


# design -> markup each of its mechanisms leaves on some pages but not all
MECHANISMS = {
    "storefront": ('"@type": ["', "+1 more"),
    "freestream": ('"mainEntity"', '"author"'),
    "moodguide": ('vocab="https://schema.org/"', "data-src="),
    "spine": ('"sameAs"', "itemscope"),
    "ticketbay": ('"ratingCount"', '"duration": "PT'),
    "csfd": ("Série (", '"actor"'),
    "filmweb": (" na świecie", '"datePublished"'),
}


@pytest.mark.parametrize("design", list(MECHANISMS))
def test_each_mechanism_is_on_some_pages_only(design: str) -> None:
    pages = site_pages(design, 40)
    for marker in MECHANISMS[design]:
        having = sum(marker in p.html for p in pages)
        assert 0 < having < len(pages), (marker, having)


def test_storefront_facts_sit_in_hidden_tab_panels() -> None:
    for page in site_pages("storefront", 10):
        details = re.search(r'<div role="tabpanel" id="panel-details"[^>]*>', page.html)
        assert details and details.group(0).endswith(" hidden>")
        assert 'role="rowheader"' in page.html


def test_freestream_title_is_a_logo_on_some_pages() -> None:
    pages = site_pages("freestream", 30)
    logos = [p for p in pages if re.search(r"<h1[^>]*><img alt=", p.html)]
    assert 0 < len(logos) < len(pages)
    for page in logos:
        assert f'<img alt="{html.escape(page.expected["title"])}"' in page.html


# where each design names a person beside a job the record has no key for
JOB = ("(Music Director|Director of Photography|Episode Director|Music|Character Design|"
       "Producer|Executive Producer|Cinematographer|Cinematography|Editor|Editing)")
CREW_PATTERNS = {
    "animedex": rf'>([^<>]+)</a><div class="spaceit_pad"><small>{JOB}</small>',
    "ticketbay": rf"<h5>([^<>]+)</h5><p>{JOB}</p>",
    "moodguide": rf'>([^<>]+)</a></div><div class="crew_role">{JOB}</div>',
    "spine": rf'<th scope="row">{JOB}</th><td>([^<>]+)</td>',
}


@pytest.mark.parametrize("design", list(CREW_PATTERNS))
def test_crew_in_other_jobs_is_never_a_director_or_writer(design: str) -> None:
    """'Music Director', 'Director of Photography', producers... are traps, not credits."""
    for page in site_pages(design, COUNT):
        found = re.findall(CREW_PATTERNS[design], page.html)
        assert len(found) >= 2, page.url
        e = page.expected
        for groups in found:
            name = html.unescape(groups[1] if design == "spine" else groups[0])
            assert name not in e["directors"] + e["writers"], (page.url, name)


@pytest.mark.parametrize("design", ["filmweb", "csfd"])
def test_localized_values_are_in_the_sites_language(design: str) -> None:
    module = {"filmweb": filmweb, "csfd": csfd}[design]
    for page in site_pages(design, COUNT):
        e = page.expected
        assert set(e["genres"]) <= set(module.GENRES.values())
        assert set(e["countries"]) <= set(module.COUNTRIES.values())
        for text in (e["synopsis"], e["tagline"], e["audience_summary"]):
            english = re.search(r"\b(the|and|with)\b", (text or "").replace(e["title"], ""))
            assert not english, text
