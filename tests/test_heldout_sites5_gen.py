"""The fifth held-out site generator itself (not the parser): deterministic, spec-shaped,
honest pages whose markup varies per page. Nothing here measures marquee's accuracy
(benchmarks/sites5.py does)."""

from __future__ import annotations

import functools
import html
import json
import re
from functools import cache
from types import ModuleType
from typing import Any

import pytest

import tests.heldout_sites4
from tests import site_set_checks as checks
from tests.heldout_sites2.kit import compact_votes, grouped, money_words
from tests.heldout_sites2.records import Money
from tests.heldout_sites5 import (
    DESIGNS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    filmarks,
    filmow,
    moviemeter,
    ofdb,
    senscritique,
    site_pages,
)
from tests.test_heldout_sites4_gen import EARLIER as BEFORE_SITES4

COUNT = 30
# every design of the earlier held-out sets (tests/heldout_sites*, tests/heldout*)
EARLIER = BEFORE_SITES4 | set(tests.heldout_sites4.DESIGNS)
# (design, field) pairs a design gives only in its schema.org data, never in visible text
SCHEMA_ONLY = {("maxstream", "imdb_id"), ("maxstream", "user_rating_count")}
LOCALIZED: dict[str, ModuleType] = {"ofdb": ofdb, "senscritique": senscritique,
                                    "filmarks": filmarks, "moviemeter": moviemeter,
                                    "filmow": filmow}


@functools.cache
@cache  # every test reads the same 80 pages a design: render them once a process
def _first_80(design: str, seed: int) -> list[SitePage]:
    return site_pages(design, 80, seed)


def rendered(design: str, count: int, seed: int = 0) -> list[SitePage]:
    """The set's first `count` pages, rendered once per test session (a page does not depend
    on how many follow it; the determinism test renders afresh)."""
    return _first_80(design, seed)[:count] if seed == 0 else site_pages(design, count, seed)


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
    """How a page may print a count: '12,400', '12.400', '12 400' (narrow no-break space too),
    '12400', '12.4K', '12,4 k', '1.2万'."""
    forms = {grouped(n), grouped(n, "."), grouped(n, " "), grouped(n, "\u202f"), str(n),
             compact_votes(n), senscritique.french_count(n, True), filmarks.count(n, True)}
    return {" ".join(form.split()) for form in forms}  # as page_text collapses spaces


def test_a_page_does_not_depend_on_how_many_follow() -> None:
    assert [p.html for p in site_pages("ofdb", 3)] == [p.html for p in rendered("ofdb", 3)]


def test_eight_new_designs() -> None:
    assert len(DESIGNS) == len(set(DESIGNS)) == 8
    assert len(EARLIER) == len(BEFORE_SITES4) + 8
    assert not EARLIER & set(DESIGNS)


def test_at_least_two_designs_in_another_language() -> None:
    langs = {d: re.search(r'<html lang="([a-zA-Z-]+)"', rendered(d, 1)[0].html) for d in DESIGNS}
    other = {d for d, m in langs.items() if m and not m.group(1).startswith("en")}
    assert other == set(LOCALIZED), langs


@pytest.mark.parametrize("design", DESIGNS)
def test_deterministic_per_seed(design: str) -> None:
    checks.deterministic_per_seed(lambda seed: site_pages(design, 5, seed=seed))


@pytest.mark.parametrize("design", DESIGNS)
def test_markup_varies_from_page_to_page(design: str) -> None:
    checks.markup_varies_from_page_to_page(rendered(design, 12, seed=2))


@pytest.mark.parametrize("design", DESIGNS)
def test_expected_has_the_spec_keys_and_source_id(design: str) -> None:
    checks.spec_keys_and_source_id(rendered(design, COUNT), SPEC_KEYS, design)


@pytest.mark.parametrize("design", DESIGNS)
def test_every_expected_string_is_on_the_page(design: str) -> None:
    checks.expected_strings_on_the_page(
        rendered(design, COUNT), page_text, lambda p: strings(p.expected))


@pytest.mark.parametrize("design", DESIGNS)
def test_numbers_ids_and_year_are_on_the_page(design: str) -> None:
    for page in rendered(design, COUNT):
        e, text = page.expected, page_text(page)
        schema = json.dumps(schema_blocks(page), ensure_ascii=False)
        votes_in = schema if (design, "user_rating_count") in SCHEMA_ONLY else text
        if e["user_rating_count"]:
            assert any(re.search(rf"(?<![\d.,]){re.escape(form)}(?![\d])", votes_in)
                       for form in vote_forms(e["user_rating_count"])), page.url
        if e["imdb_id"]:
            where = schema if (design, "imdb_id") in SCHEMA_ONLY else page.html
            assert f"/title/{e['imdb_id']}/" in where
        if e["trailer_url"]:
            assert e["trailer_url"].rsplit("=", 1)[1] in page.html
        if e["release_year"]:
            assert str(e["release_year"]) in text
        if e["seasons"]:
            assert re.search(rf"(?<!\d){e['seasons']}(?!\d)", text)
        if e["runtime_minutes"]:
            hours, minutes = divmod(e["runtime_minutes"], 60)
            shown = minutes or hours  # '111 min', '1 h 51 min', '1h 05min' or '2h'
            assert re.search(rf"(?<!\d)0?({e['runtime_minutes']}|{shown})(?!\d)", text), page.url


@pytest.mark.parametrize("design", DESIGNS)
def test_money_is_on_the_page(design: str) -> None:
    for page in rendered(design, COUNT):
        text = page_text(page)
        for money in (page.expected["budget"], page.expected["box_office"]):
            if money:
                m = Money(int(money["amount"]), money["currency"])
                shown = {money_words(m), money_words(m, ("B", "M"))}
                shown |= {grouped(m.amount, sep) for sep in (",", ".", " ")}
                assert any(form in text for form in shown), page.url


@pytest.mark.parametrize("design", DESIGNS)
def test_release_date_and_more_studios_are_on_the_page(design: str) -> None:
    for page in rendered(design, COUNT):
        e, text = page.expected, page_text(page)
        if e["release_date"]:
            year, _, day = (int(x) for x in e["release_date"].split("-"))
            assert str(year) in text and re.search(rf"(?<!\d)0?{day}(?!\d)", text), page.url
        if e["studios_total"] and e["studios_total"] > len(e["studios"]):
            assert re.search(rf"\+ ?{e['studios_total'] - len(e['studios'])} ", text), page.url


@pytest.mark.parametrize("design", DESIGNS)
def test_streaming_count_and_date_are_on_the_page(design: str) -> None:
    for page in rendered(design, COUNT):
        s, text = page.expected["streaming"], page_text(page)
        if s:
            assert re.search(rf"(?<!\d){s['platform_count']}(?!\d)", text), page.url
            year, _, day = (int(x) for x in s["verified_on"].split("-"))
            assert str(year) in text and re.search(rf"(?<!\d)0?{day}(?!\d)", text)


def test_schema_only_values_appear_only_in_schema() -> None:
    for page in rendered("maxstream", COUNT):
        e, text, values = page.expected, page_text(page), schema_values(page)
        assert not re.search(r"\d\s*(ratings?|votes?|users?)\b", text, re.I)
        assert "imdb" not in text.lower() and "imdb.com" not in re.sub(
            r"<script type=\"application/ld\+json\">.*?</script>", "", page.html)
        if e["imdb_id"]:
            assert [f"https://www.imdb.com/title/{e['imdb_id']}/"] in [
                b.get("sameAs") for b in schema_blocks(page)]
        if e["user_rating_count"]:
            assert e["user_rating_count"] in values


def test_schema_only_fields_are_null_without_schema() -> None:
    """A page whose schema.org data lacks the property does not give the field at all."""
    prop = {"imdb_id": "sameAs", "user_rating_count": "ratingCount"}
    seen = set()
    for design, key in SCHEMA_ONLY:
        for page in rendered(design, COUNT):
            if f'"{prop[key]}"' not in json.dumps(schema_blocks(page)):
                assert page.expected[key] in (None, []), (page.url, key)
                seen.add((design, key))
    assert seen == SCHEMA_ONLY


@pytest.mark.parametrize("design", DESIGNS)
def test_expected_values_follow_the_spec(design: str) -> None:
    checks.expected_values_follow_the_spec(rendered(design, COUNT))


@pytest.mark.parametrize("design", DESIGNS)
def test_fields_are_absent_on_some_titles_and_present_on_others(design: str) -> None:
    checks.fields_absent_on_some_and_present_on_others(
        rendered(design, 80), SPEC_KEYS, NOT_SHOWN.get(design, ()))


def test_designs_differ() -> None:
    checks.designs_differ({d: rendered(d, 1, seed=0)[0] for d in DESIGNS})


@pytest.mark.parametrize("design", DESIGNS)
def test_rail_titles_values_differ_from_the_titles_own(design: str) -> None:
    checks.rail_values_differ(rendered(design, COUNT), page_text)


@pytest.mark.parametrize("design", DESIGNS)
def test_pages_have_real_size_furniture(design: str) -> None:
    checks.real_size_furniture(rendered(design, 10), ("window.__",))
    assert all('role="dialog"' in p.html or "cookie" in p.html.lower()
               for p in rendered(design, 10) if design != "maxstream")


def test_schema_org_is_on_some_designs_and_some_pages_only() -> None:
    share = {d: sum(map(has_schema, rendered(d, 20))) for d in DESIGNS}
    assert any(n == 0 for n in share.values()), share
    assert sum(1 for n in share.values() if 0 < n < 20) >= 4, share


# design -> markup each of its mechanisms leaves on some pages but not all
MECHANISMS = {
    "ofdb": (" (weltweit)", "Erstaufführung:", "ca. "),
    "senscritique": ("\u202fk notes", " autres</dd>", '"ratingCount"', "Réalisation"),
    "filmarks": ("万件", "続きを読む", "全"),
    "thetvdb": ("Specials", "display:none", '"numberOfSeasons"', " episodes</p>"),
    "fandango": ("Verified Ratings</span>", "Based on ", '"datePublished"', "TV Series"),
    "moviemeter": ("itemscope", "geregisseerd door", "(wereldwijd)"),
    "maxstream": ('"sameAs"', "Directed By", "mx-logo-"),
    "filmow": ("US$", "Título original", " outras", "Ator · Personagem"),
}


@pytest.mark.parametrize("design", list(MECHANISMS))
def test_each_mechanism_is_on_some_pages_only(design: str) -> None:
    pages = rendered(design, 40)
    for marker in MECHANISMS[design]:
        having = sum(marker in p.html for p in pages)
        assert 0 < having < len(pages), (marker, having)


# where each design names a person beside a job the record has no key for
CREW_PATTERNS = {
    "fandango": (r'<a href="/people/\d+">(?P<name>[^<>]+)</a>'
                 r"<p>(Producer|Director of Photography|Executive Producer)</p>"),
    "thetvdb": (r"<tr><td>(Executive Producer|Composer)</td>"
                r'<td><a href="/people/\d+">(?P<name>[^<>]+)</a>'),
    "ofdb": r"<tr><td>(?P<name>[^<>]+)</td><td>(Kamera|Musik|Produzent)</td></tr>",
    "filmarks": r'<h3>(撮影|音楽)</h3><a class="c-label" href="/person/\d+">(?P<name>[^<>]+)</a>',
    "maxstream": r'<h3>Producers</h3><p>(?P<name>[^<>]+)</p>',
}


@pytest.mark.parametrize("design", list(CREW_PATTERNS))
def test_crew_in_other_jobs_is_never_a_director_or_writer(design: str) -> None:
    """Producers, composers and cinematographers are traps, not credits."""
    for page in rendered(design, COUNT):
        found = [html.unescape(m.group("name"))
                 for m in re.finditer(CREW_PATTERNS[design], page.html)]
        assert found, page.url
        e = page.expected
        for names in found:
            for name in names.split(", "):
                assert name not in e["directors"] + e["writers"], (page.url, name)


@pytest.mark.parametrize("design", list(LOCALIZED))
def test_localized_values_are_in_the_sites_language(design: str) -> None:
    module = LOCALIZED[design]
    for page in rendered(design, COUNT):
        e = page.expected
        assert set(e["genres"]) <= set(module.GENRES.values())
        assert set(e["countries"]) <= set(module.COUNTRIES.values())
        for text in (e["synopsis"], e["tagline"], e["audience_summary"]):
            english = re.search(r"\b(the|and|with)\b", (text or "").replace(e["title"], ""))
            assert not english, text


def test_compact_counts_say_what_the_record_says() -> None:
    assert [senscritique.french_count(n, True) for n in (987, 12400, 1400000)] == [
        "987", "12,4\u202fk", "1,4\u202fM"]
    assert [filmarks.count(n, True) for n in (9876, 12000, 1235000, 30000)] == [
        "9,876", "1.2万", "123.5万", "3万"]
    assert filmarks.man_votes(12449) == 12000 and filmarks.man_votes(9999) == 9999


def test_previews_are_cut_and_the_full_text_is_on_the_page() -> None:
    """OFDb's 'Inhalt:' cell and Filmarks' synopsis preview are not the synopsis."""
    seen = 0
    for design in ("ofdb", "filmarks"):
        for page in rendered(design, COUNT):
            synopsis = page.expected["synopsis"]
            if synopsis and ("[mehr]" in page.html or "続きを読む" in page.html):
                preview = re.search(r"(?:Inhalt:</font></td><td><font class=\"Daten\"><b>|"
                                    r"-short-[0-9a-f]{5}\">)([^<…]+)…", page.html)
                assert preview and html.unescape(preview.group(1)).strip() != synopsis
                assert synopsis.startswith(html.unescape(preview.group(1)).strip())
                assert esc_count(page.html, synopsis) >= 1
                seen += 1
    assert seen > 5


def esc_count(page_html: str, text: str) -> int:
    return page_html.count(html.escape(text, quote=True))


def test_ofdb_versions_give_other_runtimes_and_ratings() -> None:
    for page in rendered("ofdb", COUNT):
        versions = page.html.split("<caption>Fassungen</caption>", 1)[1].split("</table>", 1)[0]
        runtime = page.expected["runtime_minutes"]
        lengths = re.findall(r"<td>(\d+):\d\d Min\. \(PAL\)</td>", versions)
        assert len(lengths) == (3 if runtime else 0)
        assert all(int(m) != runtime for m in lengths)
        rated = "FSK" in versions or "ungeprüft" in versions
        assert rated == bool(page.expected["content_rating"])


def test_thetvdb_seasons_table_and_hidden_translation() -> None:
    for page in rendered("thetvdb", COUNT):
        e = page.expected
        rows = re.findall(r'<td><a href="#">Season (\d+)</a></td>', page.html)
        assert [int(r) for r in rows] == list(range(1, (e["seasons"] or 0) + 1))
        if e["synopsis"]:
            hidden = re.search(r'style="display:none"><p>([^<]+)</p>', page.html)
            assert hidden and html.unescape(hidden.group(1)) != e["synopsis"]


def test_maxstream_title_is_a_logo_on_some_pages() -> None:
    pages = rendered("maxstream", 30)
    logos = [p for p in pages if re.search(r"<h1[^>]*><img alt=", p.html)]
    assert 0 < len(logos) < len(pages)
    for page in logos:
        assert f'<img alt="{html.escape(page.expected["title"])}"' in page.html


def test_fandango_heading_carries_the_year_on_some_pages() -> None:
    pages = rendered("fandango", 30)
    with_year = [p for p in pages if p.expected["release_year"] and re.search(
        rf"<h1[^>]*>[^<]+ \({p.expected['release_year']}\)</h1>", p.html)]
    assert 0 < len(with_year) < len(pages)
