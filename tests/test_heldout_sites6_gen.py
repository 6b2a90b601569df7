"""The sixth held-out site generator itself (not the parser): deterministic, spec-shaped,
honest pages whose markup varies per page. Nothing here measures marquee's accuracy
(benchmarks/sites6.py does)."""

from __future__ import annotations

import functools
import html
import json
import re
from functools import cache
from types import ModuleType
from typing import Any

import pytest

import tests.heldout_sites5
from tests import site_set_checks as checks
from tests.heldout_sites2.kit import compact_votes, grouped, money_words
from tests.heldout_sites2.records import Money
from tests.heldout_sites6 import (
    DESIGNS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    beyazperde,
    elonet,
    itwiki,
    kinodk,
    kinorium,
    site_pages,
    trakt,
    watcha,
    yahootw,
)
from tests.test_heldout_sites5_gen import EARLIER as BEFORE_SITES5

COUNT = 30
# every design of the earlier held-out sets (tests/heldout_sites*, tests/heldout*)
EARLIER = BEFORE_SITES5 | set(tests.heldout_sites5.DESIGNS)
# (design, field) pairs a design gives only in its schema.org data, never in visible text
SCHEMA_ONLY = {("kinodk", "imdb_id")}
LOCALIZED: dict[str, ModuleType] = {"beyazperde": beyazperde, "kinorium": kinorium,
                                    "watcha": watcha, "elonet": elonet, "yahootw": yahootw,
                                    "itwiki": itwiki, "kinodk": kinodk}


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
    """How a page may print a count: '12,400', '12.400', '12 400' (no-break space too), '12400',
    '12.4K', '12.4k', '1.2만'."""
    forms = {grouped(n), grouped(n, "."), grouped(n, " "), str(n), compact_votes(n),
             trakt.k(n), watcha.count(n, True)}
    return {" ".join(form.split()) for form in forms}  # as page_text collapses spaces


def test_a_page_does_not_depend_on_how_many_follow() -> None:
    assert [p.html for p in site_pages("elonet", 3)] == [p.html for p in rendered("elonet", 3)]


def test_eight_new_designs() -> None:
    assert len(DESIGNS) == len(set(DESIGNS)) == 8
    assert len(EARLIER) == len(BEFORE_SITES5) + 8
    assert not EARLIER & set(DESIGNS)


def test_designs_in_other_languages_are_the_localized_ones() -> None:
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
        if e["user_rating_count"]:
            assert any(re.search(rf"(?<![\d.,]){re.escape(form)}(?![\d])", text)
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
            shown = minutes or hours  # '111 min', '1 t. 51 min.', '01時51分' or '2h'
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


def test_schema_only_imdb_id_appears_only_in_schema() -> None:
    seen = 0
    for page in rendered("kinodk", COUNT):
        e = page.expected
        assert "imdb" not in page_text(page).lower()
        same_as = [b.get("sameAs") for b in schema_blocks(page)]
        if e["imdb_id"]:
            assert same_as == [f"https://www.imdb.com/title/{e['imdb_id']}/"]
            seen += 1
        else:  # without the JSON-LD, or without the property in it, the page gives no id
            assert same_as in ([], [None]), page.url
    assert seen > 3


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
    checks.rail_values_differ(rendered(design, COUNT), page_text, nulls_may_match=True)


@pytest.mark.parametrize("design", ["elonet", "itwiki"])
def test_designs_that_never_show_a_count_still_have_rails(design: str) -> None:
    """A null rating or count is no shared value: rails still differ in all the others."""
    for page in rendered(design, COUNT):
        assert page.expected["user_rating_count"] is None
        assert len(page.others) == 6
        assert all(o["user_rating_count"] is None for o in page.others)


@pytest.mark.parametrize("design", DESIGNS)
def test_pages_have_real_size_furniture(design: str) -> None:
    checks.real_size_furniture(rendered(design, 10), ("window.__",))
    assert all('role="dialog"' in p.html for p in rendered(design, 10))


def test_schema_org_is_on_some_designs_and_some_pages_only() -> None:
    share = {d: sum(map(has_schema, rendered(d, 20))) for d in DESIGNS}
    assert any(n == 0 for n in share.values()), share
    assert sum(1 for n in share.values() if 0 < n < 20) >= 4, share


# design -> markup each of its mechanisms leaves on some pages but not all
MECHANISMS = {
    "beyazperde": ("<p>Rol: ", "<em>Sinemada</em>", '"ratingCount"', " diğer", " sa "),
    "kinorium": ("</a> — ", ">Возраст<", " ещё", "Слоган"),
    "watcha": ("만명)", "주연 | ", "회당 시간", "첫 방송"),
    "elonet": ('title="Suomen markka (FIM)"', "Esitykset televisiossa", "<th>Ohjaaja</th>",
               "Tarkastettu "),
    "yahootw": ('"ratingCount"', "其他電影預告", "出品年份", "<h2>時刻表</h2>"),
    "itwiki": (" (film", "Doppiatori italiani", "Data di uscita", "-in produzione"),
    "kinodk": ('"sameAs"', " t. ", "Aldersgrænse", " andre", "<h2>Spilletider</h2>"),
    "trakt": ("k votes</span></li>", '<span class="tk-year-', "Specials", "Screenplay", " more"),
}


@pytest.mark.parametrize("design", list(MECHANISMS))
def test_each_mechanism_is_on_some_pages_only(design: str) -> None:
    pages = rendered(design, 40)
    for marker in MECHANISMS[design]:
        having = sum(marker in p.html for p in pages)
        assert 0 < having < len(pages), (marker, having)


# where each design names a person beside a job the record has no key for
CREW_PATTERNS = {
    "beyazperde": (r'<a href="/sanatcilar/\d+/">(?P<name>[^<>]+)</a>'
                   r"<p>(Görüntü Yönetmeni|Müzik)</p>"),
    "kinorium": (r'<td class="[^"]+">(Продюсер|Оператор|Композитор)</td>'
                 r'<td class="[^"]+">(?P<name>[^<>]+)</td>'),
    "watcha": r'<div class="[^"]+">(?P<name>[^<>]+)</div><div class="[^"]+">(제작|촬영)</div>',
    "elonet": r"<tr><th>(Kuvaus|Musiikki|Tuottaja)</th><td>(?P<name>[^<>]+)</td></tr>",
    "yahootw": r"<p>監製：(?P<name>[^<>]+)</p>",
    "itwiki": (r'<th class="sinottico_testo_centrale">(Produttore|Fotografia|Musiche)</th>'
               r"<td>(?P<name>[^<>]+)</td>"),
    "trakt": (r"<h4>(?P<name>[^<>]+)</h4></a>"
              r"<p>(Producer|Director of Photography|Original Music Composer)</p>"),
}


@pytest.mark.parametrize("design", list(CREW_PATTERNS))
def test_crew_in_other_jobs_is_never_a_director_or_writer(design: str) -> None:
    """Producers, composers and cinematographers are traps, not credits."""
    for page in rendered(design, COUNT):
        found = [html.unescape(m.group("name"))
                 for m in re.finditer(CREW_PATTERNS[design], page.html)]
        assert found, page.url
        e = page.expected
        for name in found:
            assert name not in e["directors"] + e["writers"], (page.url, name)


def test_episode_directors_are_not_the_titles() -> None:
    """A show's episodes name their own director; the record never takes them."""
    patterns = {"beyazperde": r"Yönetmen: ([^<]+)</span></li>",
                "kinorium": r"режиссёр ([^<]+)</li>", "watcha": r"연출 ([^<]+)</li>",
                "kinodk": r"instruktør ([^<]+)</li>",
                "trakt": r"Directed by ([^<]+)</span></li>"}
    for design, pattern in patterns.items():
        shows = [p for p in rendered(design, 80) if p.expected["kind"] == "show"]
        named = 0
        for page in shows:
            for name in map(html.unescape, re.findall(pattern, page.html)):
                assert name not in page.expected["directors"], (page.url, name)
                named += 1
        assert named > 3, design


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


def test_local_certificates_are_the_boards_own() -> None:
    boards = {"beyazperde": set(beyazperde.AGES.values()), "kinorium": set(kinorium.AGES.values()),
              "watcha": set(watcha.GRADES.values()), "elonet": set(elonet.AGES.values()),
              "yahootw": set(yahootw.GRADES.values()), "kinodk": set(kinodk.CLASSES.values())}
    for design, board in boards.items():
        rated = [p.expected["content_rating"] for p in rendered(design, 80)]
        assert set(rated) - {None} <= board, design
        assert None in rated and len(set(rated)) > 2, design


def test_counts_and_formats_say_what_the_record_says() -> None:
    assert [kinorium.votes(n) for n in (1, 3, 11, 21, 12400)] == [
        "1 оценка", "3 оценки", "11 оценок", "21 оценка", "12\u00a0400 оценок"]
    assert [watcha.count(n, True) for n in (9876, 12000, 1235000, 30000)] == [
        "9,876", "1.2만", "123.5만", "3만"]
    assert watcha.man_votes(12449) == 12000 and watcha.man_votes(9999) == 9999
    assert [trakt.k(n) for n in (987, 12400, 1400000)] == ["987", "12.4k", "1.4m"]
    assert [beyazperde.duration(n, False) for n in (111, 120, 45, 65)] == [
        "1s 51dk", "2s", "45dk", "1s 05dk"]
    assert beyazperde.duration(111, True) == "1 sa 51 dk"
    assert kinorium.duration(111) == "111 мин. / 01:51"
    assert yahootw.duration(45) == "00時45分"
    assert kinodk.duration(111, True) == "1 t. 51 min." and kinodk.duration(120, True) == "2 t."


def test_trakt_heading_carries_year_or_certification_on_some_pages() -> None:
    pages = rendered("trakt", 40)
    spans = [p for p in pages if re.search(r"<h1[^>]*>[^<]+ <span", p.html)]
    assert 0 < len(spans) < len(pages)
    for page in pages:
        heading = re.search(r"<h1[^>]*>([^<]+)", page.html)
        assert heading and html.unescape(heading.group(1)).strip() == page.expected["title"]


def test_itwiki_heading_is_disambiguated_on_some_pages() -> None:
    pages = rendered("itwiki", 40)
    suffixed = 0
    for page in pages:
        heading = re.search(r'<h1 id="firstHeading">([^<]+)</h1>', page.html)
        assert heading
        text = html.unescape(heading.group(1))
        assert text.startswith(page.expected["title"])
        suffixed += text != page.expected["title"]
        assert f"<caption>{html.escape(page.expected['title'])}</caption>" in page.html
    assert 0 < suffixed < len(pages)


def test_itwiki_dubbing_voices_and_schema_author_are_not_credits() -> None:
    seen = 0
    for page in rendered("itwiki", COUNT):
        e = page.expected
        [block] = schema_blocks(page)
        assert block["@type"] == "Article" and block["author"]["@type"] == "Organization"
        assert block["author"]["name"] not in e["writers"]
        dub = re.search(r"Doppiatori italiani</th><td><ul>(.*?)</ul>", page.html)
        if dub:
            voices = [html.unescape(v) for v in re.findall(r"<li>([^<:]+): ", dub.group(1))]
            actors = {c["actor"] for c in e["cast"]}
            assert voices and not set(voices) & actors
            seen += 1
    assert seen > 3


def test_elonet_markka_budgets_and_lengths_in_metres() -> None:
    markka = 0
    for page in rendered("elonet", 80):
        budget = page.expected["budget"]
        if budget and budget["currency"] == "FIM":
            assert page.expected["release_year"] < 2002
            shown = grouped(int(budget["amount"]), "\u00a0")
            assert f'{shown} <abbr title="Suomen markka (FIM)">mk</abbr>' in page.html
            markka += 1
        metres = re.search(r"pituus ([\d\u00a0]+) m,", page.html)
        if metres and page.expected["runtime_minutes"]:
            assert int(metres.group(1).replace("\u00a0", "")) != page.expected["runtime_minutes"]
    assert markka > 2


def test_yahootw_grade_is_an_icons_alt_text() -> None:
    pages = [p for p in rendered("yahootw", 40) if p.expected["content_rating"]]
    icon_only = 0
    for page in pages:
        grade = page.expected["content_rating"]
        assert f'alt="{grade}">' in page.html
        icon_only += f'alt="{grade}"></span>' in page.html
    assert 0 < icon_only < len(pages)


def test_kinodk_classification_chip_is_explained_in_its_title() -> None:
    for page in rendered("kinodk", COUNT):
        grade = page.expected["content_rating"]
        if grade:
            assert f'title="{kinodk.MEANING[grade]}">{grade}</span>' in page.html
