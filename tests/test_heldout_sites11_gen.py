"""The eleventh held-out site generator itself (not the parser): deterministic, spec-shaped,
honest pages whose markup varies per page. Nothing here measures marquee's accuracy
(benchmarks/sites11.py does)."""

from __future__ import annotations

import functools
import html
import json
import re
from datetime import date
from functools import cache
from types import ModuleType
from typing import Any

import pytest

import tests.heldout_sites10
from tests import site_set_checks as checks
from tests.heldout_sites2.kit import compact_votes, grouped, hours, money_words
from tests.heldout_sites2.records import Money
from tests.heldout_sites9 import ivi
from tests.heldout_sites10.hotstar import CBFC
from tests.heldout_sites11 import (
    DESIGNS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    athinorama,
    hoichoi,
    jawiki,
    maoyan,
    moviepilot,
    myanimelist,
    sensacine,
    shahid,
    site_pages,
)
from tests.test_heldout_sites10_gen import EARLIER as BEFORE_SITES10

COUNT = 30
# every design of the earlier held-out sets (tests/heldout_sites*, tests/heldout*)
EARLIER = BEFORE_SITES10 | set(tests.heldout_sites10.DESIGNS)
LOCALIZED: dict[str, ModuleType] = {"sensacine": sensacine, "maoyan": maoyan, "shahid": shahid,
                                    "moviepilot": moviepilot, "jawiki": jawiki,
                                    "hoichoi": hoichoi, "athinorama": athinorama}


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
    """How a page may print a count: '12,400', '12.400', '12 400' (a no-break space too),
    '12400' or '12.4K'."""
    forms = {grouped(n), grouped(n, "."), grouped(n, " "), str(n), compact_votes(n)}
    return {" ".join(form.split()) for form in forms}  # as page_text collapses spaces


def test_a_page_does_not_depend_on_how_many_follow() -> None:
    assert [p.html for p in site_pages("maoyan", 3)] == [p.html for p in rendered("maoyan", 3)]


def test_eight_new_designs() -> None:
    assert len(DESIGNS) == len(set(DESIGNS)) == 8
    assert BEFORE_SITES10 < EARLIER and "douban" in EARLIER and "allocinefr" in EARLIER
    assert not EARLIER & set(DESIGNS)


def test_designs_in_other_languages_are_the_localized_ones() -> None:
    langs = {d: re.search(r'<html[^>]* lang="([a-zA-Z-]+)"', rendered(d, 1)[0].html)
             for d in DESIGNS}
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
        if e["user_rating_count"]:
            assert any(re.search(rf"(?<![\d.,]){re.escape(form)}(?![\d])", text)
                       for form in vote_forms(e["user_rating_count"])), page.url
        if e["imdb_id"]:  # a link to the title on IMDb
            assert f"/title/{e['imdb_id']}/" in page.html, page.url
        if e["release_year"]:
            assert str(e["release_year"]) in text
        if e["seasons"]:
            assert re.search(rf"(?<!\d){e['seasons']}(?!\d)", text)
        if e["runtime_minutes"]:
            hours, minutes = divmod(e["runtime_minutes"], 60)
            shown = minutes or hours  # '111 min', '1 h 51 min', '1 tim 51 min' or '2 ч'
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
        if e["studios_total"]:
            assert e["studios_total"] == len(e["studios"])  # no design says '+N more'


@pytest.mark.parametrize("design", DESIGNS)
def test_streaming_count_and_date_are_on_the_page(design: str) -> None:
    for page in rendered(design, COUNT):
        s, text = page.expected["streaming"], page_text(page)
        if s:
            assert re.search(rf"(?<!\d){s['platform_count']}(?!\d)", text), page.url
            year, _, day = (int(x) for x in s["verified_on"].split("-"))
            assert str(year) in text and re.search(rf"(?<!\d)0?{day}(?!\d)", text)


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


@pytest.mark.parametrize("design", DESIGNS)
def test_pages_have_real_size_furniture(design: str) -> None:
    checks.real_size_furniture(rendered(design, 10), ("window.__",))
    assert all('role="dialog"' in p.html for p in rendered(design, 10))


def test_schema_org_is_on_some_designs_and_some_pages_only() -> None:
    share = {d: sum(bool(schema_blocks(p)) for p in rendered(d, 20)) for d in DESIGNS}
    assert any(n == 0 for n in share.values()), share
    assert sum(1 for n in share.values() if 0 < n < 20) >= 4, share


@pytest.mark.parametrize("design", DESIGNS)
def test_schema_org_says_what_the_page_says(design: str) -> None:
    """Where a page has JSON-LD, it names the title and never another title's values."""
    for page in rendered(design, 40):
        e = page.expected
        for item in schema_blocks(page):
            assert item["name"] == e["title"] and item["url"] == page.url
            for person in item.get("director", []):
                assert person["name"] in e["directors"]
            for person in item.get("author", []) + item.get("creator", []):
                assert person["name"] in e["writers"]
            for person in item.get("actor", []):
                assert person["name"] in [c["actor"] for c in e["cast"]]
            if "aggregateRating" in item:
                assert item["aggregateRating"]["ratingCount"] == e["user_rating_count"]
            if "contentRating" in item:
                assert item["contentRating"] == e["content_rating"]
            if "datePublished" in item:
                assert item["datePublished"] == e["release_date"]
            if "numberOfSeasons" in item:
                assert item["numberOfSeasons"] == e["seasons"]


# design -> markup each of its mechanisms leaves on some pages but not all
MECHANISMS = {
    "sensacine": ("<table>", "Reparto completo", "No disponible en ninguna", "Disponible en ",
                  "Sesiones", "Desde ", "application/ld+json"),
    "maoyan": ("饰：", "暂无评分", "共", "摄影", "单集"),
    "shahid": ('<h1 class="sh-logo-title-', "عدد المواسم", " ساعة", "الحلقة ",
               "application/ld+json"),
    "moviepilot": ("<dl>", "Rolle: ", "Bei keinem der", " Anbieter</p>", "youtube-nocookie",
                   "Produktionsfirma", "application/ld+json"),
    "jawiki": ("日本語吹替", "放送期間", "ジャンル", "製作費", "興行収入", "/title/tt"),
    "myanimelist": ('style="display: none"', "per ep.", " to ?", "Episode Director",
                    "youtube-nocookie", "Storyboard"),
    "hoichoi": ('<h1 class="hc-art-', "টি সিজন", "পর্বসমূহ", "বাংলা, হিন্দি", "application/ld+json"),
    "athinorama": ("<dl>", "Πρεμιέρα", "Πού παίζεται", " σεζόν", "ψήφο", "application/ld+json"),
}


@pytest.mark.parametrize("design", list(MECHANISMS))
def test_each_mechanism_is_on_some_pages_only(design: str) -> None:
    pages = rendered(design, 40)
    for marker in MECHANISMS[design]:
        having = sum(marker in p.html for p in pages)
        assert 0 < having < len(pages), (marker, having)


# where each design names people beside a job the record has no key for
CREW_PATTERNS = {
    "sensacine": (r"(?:Música|Productor)(?:</span> <span class=\"that\">|</th><td>)"
                  r"(?P<names>[^<>]+)<"),
    "maoyan": (r"(?:制片人|摄影)<span class=\"num\">[^<]*</span></div><ul class=\"celebrity-list\">"
               r"<li class=\"[^\"]+\"><div class=\"info\"><a [^>]+>(?P<names>[^<>]+)<"),
    "moviepilot": r">(?P<names>[^<>]+)</a><span class=\"[^\"]+\">(?:Kamera|Musik)</span>",
    "jawiki": (r"(?:原作|製作|音楽|撮影)</th><td class=\"infobox-data\">(?P<names>[^<>]+)<"),
    "myanimelist": (r">(?P<names>[^<>]+)</a><div class=\"spaceit_pad\"><small>"
                    r"(?:Sound Director|Producer|Episode Director)</small>"),
    "athinorama": r"<p class=\"[^\"]+\">(?P<names>[^<>]+)</p></section>",
}


@pytest.mark.parametrize("design", list(CREW_PATTERNS))
def test_crew_in_other_jobs_is_never_a_director_or_writer(design: str) -> None:
    """Producers, composers, cinematographers, sound directors and critics are traps."""
    named = 0
    for page in rendered(design, COUNT):
        found = [name for m in re.finditer(CREW_PATTERNS[design], page.html)
                 for name in html.unescape(m.group("names")).split(", ")]
        named += bool(found)
        e = page.expected
        for name in found:
            assert name not in e["directors"] + e["writers"], (page.url, name)
            assert name not in [c["actor"] for c in e["cast"]], (page.url, name)
    assert named == COUNT, (design, named)


def test_episode_directors_are_not_the_titles() -> None:
    shows = [p for p in rendered("hoichoi", 80) if p.expected["kind"] == "show"]
    named = 0
    for page in shows:
        for name in map(html.unescape, re.findall(r"<p>পরিচালনা: ([^<]+)</p>", page.html)):
            assert name not in page.expected["directors"], (page.url, name)
            named += 1
    assert named > 3


@pytest.mark.parametrize("design", list(LOCALIZED))
def test_localized_values_are_in_the_sites_language(design: str) -> None:
    module = LOCALIZED[design]
    for page in rendered(design, COUNT):
        e = page.expected
        assert set(e["genres"]) <= set(_names(module, "GENRES"))
        assert set(e["countries"]) <= set(_names(module, "COUNTRIES"))
        for text in (e["synopsis"], e["tagline"], e["audience_summary"]):
            english = re.search(r"\b(the|and|with|of)\b", (text or "").replace(e["title"], ""))
            assert not english, text


def _names(source: Any, attr: str) -> list[str]:
    """The local names a design gives genres or countries (none: it shows no countries)."""
    found = getattr(source, attr, ivi.COUNTRIES)
    return list(found.values())


def test_certificates_are_the_boards_own() -> None:
    boards = {"sensacine": set(sensacine.ICAA.values()), "shahid": set(shahid.AGES.values()),
              "moviepilot": {f"FSK {n}" for n in (0, 6, 12, 16, 18)},
              "myanimelist": set(myanimelist.MAL.values()), "hoichoi": set(CBFC.values()),
              "athinorama": set(athinorama.AGES.values())}
    for design, board in boards.items():
        rated = [p.expected["content_rating"] for p in rendered(design, 80)]
        assert set(rated) - {None} <= board, design
        assert None in rated and len(set(rated)) > 2, design


def test_myanimelist_rating_is_the_code_before_its_meaning() -> None:
    for page in rendered("myanimelist", COUNT):
        rating = page.expected["content_rating"]
        if rating:
            line = f"Rating:</span> {rating} - {html.escape(myanimelist.MEANING[rating])}<"
            assert line in page.html, page.url


def test_counts_beside_the_vote_count_are_other_numbers() -> None:
    """Maoyan's '人想看', Moviepilot's 'Vormerkungen' and MAL's 'Members' are no vote counts."""
    patterns = {"maoyan": r"<span>(\d+)</span>人想看",
                "moviepilot": r"<span>([\d.]+)</span> Vormerkungen",
                "myanimelist": r"Members:</span> ([\d,]+)<"}
    for design, pattern in patterns.items():
        for page in rendered(design, COUNT):
            found = re.search(pattern, page.html)
            assert found, (design, page.url)
            assert int(re.sub(r"[.,]", "", found.group(1))) != page.expected["user_rating_count"]


def test_jawiki_dub_actors_are_not_the_cast() -> None:
    dubbed = 0
    for page in rendered("jawiki", 80):
        actors = [c["actor"] for c in page.expected["cast"]]
        for name in map(html.unescape, re.findall(r"（日本語吹替：([^）]+)）", page.html)):
            assert name not in actors
            dubbed += 1
        for credit in page.expected["cast"]:
            if credit["character"]:
                shown = f"{html.escape(credit['character'])} - <a href=\"/wiki/a"
                assert shown in page.html, page.url
    assert dubbed > 10


def test_headings_carry_the_title_alone() -> None:
    for design in DESIGNS:
        for page in rendered(design, COUNT):
            heading = re.search(r"<h1[^>]*>(.*?)</h1>", page.html)
            assert heading
            alt = re.search(r'alt="([^"]*)"', heading.group(1))
            text = alt.group(1) if alt else re.sub(r"<[^>]+>", "", heading.group(1))
            assert html.unescape(text) == page.expected["title"], (design, page.url)


def test_rtl_and_scripts() -> None:
    assert all('dir="rtl"' in p.html for p in rendered("shahid", 10))
    scripts = {"shahid": r"[\u0600-\u06ff]", "hoichoi": r"[\u0980-\u09ff]",
               "athinorama": r"[\u0370-\u03ff]", "maoyan": r"[\u4e00-\u9fff]",
               "jawiki": r"[\u3040-\u30ff]"}
    for design, script in scripts.items():
        for page in rendered(design, 10):
            if page.expected["synopsis"]:
                assert re.search(script, page.expected["synopsis"]), design


def test_prices_are_traps() -> None:
    for design, price in (("sensacine", r"\d+,50 €"), ("shahid", r"SAR \d+\.99"),
                          ("hoichoi", r"₹\d+"), ("athinorama", r"\d+€")):
        priced = 0
        for page in rendered(design, COUNT):
            priced += bool(re.search(price, page.html))
            assert page.expected["box_office"] is None
        assert priced > COUNT // 4, design


def test_formats_say_what_the_record_says() -> None:
    assert myanimelist.duration(111, False) == "1 hr. 51 min."
    assert myanimelist.duration(24, True) == "24 min. per ep."
    assert myanimelist.duration(120, False) == "2 hr."
    assert shahid.duration(111, False) == "111 دقيقة"
    assert shahid.duration(111, True) == "1 ساعة 51 دقيقة"
    assert hoichoi.duration(111) == "1 ঘণ্টা 51 মিনিট" and hoichoi.duration(45) == "45 মিনিট"
    assert moviepilot.day(date(2026, 3, 3)) == "03.03.2026"
    assert sensacine.fecha(date(1995, 10, 27)) == "27 de octubre de 1995"
    assert sensacine.dinero(Money(3600000, "USD")) == "3.600.000 $"
    assert athinorama.imerominia(date(1995, 5, 27)) == "27 Μαΐου 1995"
    assert jawiki.nen(date(1995, 10, 27)) == "1995年10月27日"


def _runtime_forms(design: str, e: dict[str, Any]) -> set[str]:
    """How each design prints the title's own runtime (a show's per episode)."""
    n, show = e["runtime_minutes"], e["kind"] == "show"
    return {
        "sensacine": {hours(n, "h", "min")},
        "maoyan": {f"{'单集' if show else ''}{n}分钟"},
        "shahid": {f"مدة الحلقة: {shahid.duration(n, False)}"} if show
        else {shahid.duration(n, False), shahid.duration(n, True)},
        "moviepilot": {f"{'Episodenlänge' if show else 'Laufzeit'}{sep}{n} Min.<"
                       for sep in ("</dt><dd>", "</span> <span>")},
        "jawiki": {f"{'放送分' if show else '上映時間'}</th><td class=\"infobox-data\">{n}分<"},
        "myanimelist": {f"Duration:</span> {myanimelist.duration(n, show)}<"},
        "hoichoi": {hoichoi.duration(n) + (" / পর্ব" if show else "")},
        "athinorama": {f"{n} λεπτά" + (" (επεισόδιο)" if show else "")},
    }[design]


def _date_forms(design: str, d: date) -> set[str]:
    return {
        "sensacine": {f'<span class="date">{sensacine.fecha(d)}</span> en cines'},
        "maoyan": {f"<li class=\"ellipsis\">{d.isoformat()}"},
        "moviepilot": {f"{sep}{moviepilot.day(d)}<" for sep in ("</dt><dd>", "</span> <span>")},
        "jawiki": {f"<td class=\"infobox-data\">{jawiki.nen(d)}"},
        "myanimelist": {f"Aired:</span> {myanimelist.short(d)}"},
        "athinorama": {f"Πρεμιέρα:</span> {athinorama.imerominia(d)}<"},
    }[design]


@pytest.mark.parametrize("design", DESIGNS)
def test_runtime_and_date_in_the_designs_own_format(design: str) -> None:
    dated = 0
    for page in rendered(design, COUNT):
        e = page.expected
        if e["runtime_minutes"]:
            assert any(f in page.html for f in _runtime_forms(design, e)), page.url
        if e["release_date"]:
            d = date.fromisoformat(e["release_date"])
            assert any(f in page.html for f in _date_forms(design, d)), page.url
            dated += 1
    assert (dated > 0) == ("release_date" not in NOT_SHOWN[design]), design


def test_a_year_without_a_date_is_no_release_date() -> None:
    """Maoyan's '1995中国大陆上映', Japanese Wikipedia's '公開 1995年' and MAL's 'Aired: 1995'."""
    for design, shown in (("maoyan", r"<li class=\"ellipsis\">{y}(?:中国大陆上映|开播)<"),
                          ("jawiki", r"infobox-data\">{y}年(?: -)?<"),
                          ("myanimelist", r"Aired:</span> {y}<")):
        seen = 0
        for page in rendered(design, 80):
            year = page.expected["release_year"]
            if year and re.search(shown.format(y=year), page.html):
                assert page.expected["release_date"] is None, page.url
                seen += 1
        assert seen > 3, design
