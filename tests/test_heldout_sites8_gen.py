"""The eighth held-out site generator itself (not the parser): deterministic, spec-shaped,
honest pages whose markup varies per page. Nothing here measures marquee's accuracy
(benchmarks/sites8.py does)."""

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

import tests.heldout_sites6
from tests import site_set_checks as checks
from tests.heldout_sites2.kit import grouped, money_words
from tests.heldout_sites2.records import Money
from tests.heldout_sites8 import (
    DESIGNS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    appletv,
    bfiplayer,
    commonsensemedia,
    filmtipset,
    kinopoisk,
    naver,
    site_pages,
    sratim,
)
from tests.test_heldout_sites6_gen import EARLIER as BEFORE_SITES6

COUNT = 30
# every design of the earlier held-out sets (tests/heldout_sites*, tests/heldout*)
EARLIER = BEFORE_SITES6 | set(tests.heldout_sites6.DESIGNS)
LOCALIZED: dict[str, ModuleType] = {"kinopoisk": kinopoisk, "naver": naver,
                                    "filmtipset": filmtipset, "sratim": sratim}


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
    """How a page may print a count: '12,400', '12 400' (a no-break space too), '12400'."""
    forms = {grouped(n), grouped(n, " "), str(n)}
    return {" ".join(form.split()) for form in forms}  # as page_text collapses spaces


def test_a_page_does_not_depend_on_how_many_follow() -> None:
    assert [p.html for p in site_pages("sratim", 3)] == [p.html for p in rendered("sratim", 3)]


def test_eight_new_designs() -> None:
    assert len(DESIGNS) == len(set(DESIGNS)) == 8
    assert len(EARLIER) == len(BEFORE_SITES6) + 8
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
        if e["user_rating_count"]:
            assert any(re.search(rf"(?<![\d.,]){re.escape(form)}(?![\d])", text)
                       for form in vote_forms(e["user_rating_count"])), page.url
        if e["imdb_id"]:
            assert f"/title/{e['imdb_id']}/" in page.html
        if e["trailer_url"]:
            assert e["trailer_url"].rsplit("=", 1)[1] in page.html
        if e["release_year"]:
            assert str(e["release_year"]) in text
        if e["seasons"]:
            assert re.search(rf"(?<!\d){e['seasons']}(?!\d)", text)
        if e["runtime_minutes"]:
            hours, minutes = divmod(e["runtime_minutes"], 60)
            shown = minutes or hours  # '111 min', '1 hr 51 min', '1h 51m' or '2h'
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
        for block in schema_blocks(page):
            item = block.get("itemReviewed", block)
            assert item["name"] == e["title"] and item["url"] == page.url
            for person in item.get("director", []):
                assert person["name"] in e["directors"]
            for person in item.get("actor", []):
                assert person["name"] in [c["actor"] for c in e["cast"]]
            if "aggregateRating" in item:
                assert item["aggregateRating"]["ratingCount"] == e["user_rating_count"]
            if "contentRating" in item:
                assert item["contentRating"] == e["content_rating"]


# design -> markup each of its mechanisms leaves on some pages but not all
MECHANISMS = {
    "kinopoisk": (">Рейтинг MPAA<", ">Возраст<", " сезон", "</span></h1>",
                  "application/ld+json"),
    "naver": ("누적관객", "만명<", "주연 | ", ">방송<", "<dt>개봉</dt>", "0곳 시청 가능"),
    "appletv": ('src="/logo/', "Screenwriter", "Premiered", " more</p>", "You Might Also Like"),
    "filmtipset": ("<p><strong>Regi:</strong>", "Säsonger", ")</span><span", "Visa på IMDb"),
    "sratim": (" בתפקיד ", "<table>", "</h1> / <span", "youtube-nocookie"),
    "bfiplayer": ("strapline", "<dt>Screenplay</dt>", "UK release", '"@type": "TVSeries"'),
    "commonsensemedia": ("MPAA explanation", "TV rating", " more</li>", '"@type": "Review"',
                         "0 of "),
    "plexweb": ("<dl>", " Seasons", "First aired", "<em>", "Free with ads"),
}


@pytest.mark.parametrize("design", list(MECHANISMS))
def test_each_mechanism_is_on_some_pages_only(design: str) -> None:
    pages = rendered(design, 40)
    for marker in MECHANISMS[design]:
        having = sum(marker in p.html for p in pages)
        assert 0 < having < len(pages), (marker, having)


# where each design names a person beside a job the record has no key for
CREW_PATTERNS = {
    "kinopoisk": (r'<div class="[^"]+">(Продюсер|Оператор|Композитор)</div>'
                  r'<div class="[^"]+">(?P<name>[^<>]+)</div>'),
    "naver": (r'<strong class="[^"]+">(?P<name>[^<>]+)</strong></a>'
              r'<span class="[^"]+">(제작|촬영)</span>'),
    "appletv": (r'<div class="[^"]+">(?P<name>[^<>]+)</div>'
                r'<div class="[^"]+">(Producer|Executive Producer)</div>'),
    "filmtipset": r"(Foto|Musik|Producent):</(?:strong|span)> (?P<name>[^<>]+)</",
    "sratim": r"(מפיק|צילום|מוזיקה)(?::</span> |</th><td>)(?P<name>[^<>]+)</",
    "bfiplayer": r"<dt>(Producer|Executive Producer|Cinematographer)</dt><dd>(?P<name>[^<>]+)</dd>",
    "plexweb": r"Produced by(?:</span> |</dt><dd>)(?P<name>[^<>]+)</",
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
    patterns = {"naver": r"연출 ([^<]+)</li>", "appletv": r"<p>Directed by ([^<]+)</p>",
                "plexweb": r"<span>Directed by ([^<]+)</span></li>"}
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
            english = re.search(r"\b(the|and|with|of)\b", (text or "").replace(e["title"], ""))
            assert not english, text


def test_certificates_are_the_boards_own() -> None:
    boards = {"kinopoisk": kinopoisk.BOARD, "naver": set(naver.GRADES.values()),
              "filmtipset": set(filmtipset.AGES.values()), "sratim": set(sratim.AGES.values()),
              "bfiplayer": set(bfiplayer.BBFC.values()), "appletv": set(appletv.US),
              "commonsensemedia": set(commonsensemedia.AGE)}
    for design, board in boards.items():
        rated = [p.expected["content_rating"] for p in rendered(design, 80)]
        assert set(rated) - {None} <= board, design
        assert None in rated and len(set(rated)) > 2, design


def test_kinopoisk_shows_one_certificate_per_page() -> None:
    """The age mark or, for some US-rated titles, the MPAA rating: never both on a page."""
    mpaa = 0
    for page in rendered("kinopoisk", 80):
        rating = page.expected["content_rating"]
        both = ">Возраст<" in page.html and ">Рейтинг MPAA<" in page.html
        assert not both
        if rating in kinopoisk.MPAA:
            assert f'<img alt="рейтинг {rating}"' in page.html
            mpaa += 1
        elif rating:
            assert ">Возраст<" in page.html
    assert mpaa > 3


def test_kinopoisk_heading_carries_the_year_in_brackets() -> None:
    for page in rendered("kinopoisk", COUNT):
        e = page.expected
        heading = re.search(r"<h1[^>]*>(?:<span>)?([^<]+)<", page.html)
        assert heading
        year = f" ({e['release_year']})" if e["release_year"] else ""
        assert html.unescape(heading.group(1)) == e["title"] + year


def test_commonsense_age_advice_is_not_the_certificate() -> None:
    advised = 0
    for page in rendered("commonsensemedia", COUNT):
        rating = page.expected["content_rating"]
        ages = re.findall(r">age (\d+)\+<", page.html)
        assert ages, page.url
        assert all(f"age {a}+" != rating for a in ages)
        if rating:
            shown = "Not Rated" if rating == "Not Rated" else f"Rated {rating}"
            assert f">{shown}<" in page.html
            advised += 1
    assert advised > 3


def test_naver_admissions_are_no_vote_count() -> None:
    """'누적관객' counts cinema tickets; the record's count is the '(참여 N명)' beside the score."""
    seen = 0
    for page in rendered("naver", 40):
        votes = page.expected["user_rating_count"]
        shown = re.search(r"<dt>누적관객</dt><dd>([^<]+)</dd>", page.html)
        seen += bool(shown)
        if votes:
            assert f"(참여 {grouped(votes)}명)" in page.html
            assert not shown or shown.group(1) != f"{grouped(votes)}명", page.url
    assert 0 < seen < 40


def test_sratim_heading_is_hebrew_beside_the_english_original() -> None:
    for page in rendered("sratim", COUNT):
        title = page.expected["title"]
        assert re.search(r"[\u05d0-\u05ea]", title) and not re.search(r"[A-Za-z]", title)
        assert f">{html.escape(title)}</h1>" in page.html
        original = re.search(r'<span lang="en" dir="ltr" class="[^"]+">([^<]+)</span>', page.html)
        assert original and sratim.hebrew(html.unescape(original.group(1))) == title
    assert sratim.hebrew("Amber Harbor") == "אמבר הרבור"


def test_appletv_logo_heading_has_the_title_as_alt_text() -> None:
    pages = rendered("appletv", 40)
    logos = 0
    for page in pages:
        logo = re.search(r'<h1 class="[^"]+"><img alt="([^"]*)"', page.html)
        if logo:
            assert html.unescape(logo.group(1)) == page.expected["title"]
            logos += 1
    assert 0 < logos < len(pages)


def test_prices_are_traps_not_money() -> None:
    """Rental prices and provider offers are no budget or box office."""
    for page in rendered("bfiplayer", COUNT):
        assert re.search(r"£\d+\.\d\d", page_text(page))
        assert page.expected["budget"] is None and page.expected["box_office"] is None
    tagged = 0
    for page in rendered("plexweb", COUNT):
        s = page.expected["streaming"]
        tags = re.findall(r'<span class="[^"]+">(Free with ads|Subscription|Rent|Buy)', page.html)
        assert len(tags) == (len(s["platforms"]) if s and s["available"] else 0), page.url
        tagged += bool(tags)
        assert page.expected["budget"] is None and page.expected["box_office"] is None
    assert tagged > 3


def test_formats_say_what_the_record_says() -> None:
    assert [kinopoisk.votes(n) for n in (1, 3, 11, 21, 12345)] == [
        "1 оценка", "3 оценки", "11 оценок", "21 оценка", "12\u00a0345 оценок"]
    assert kinopoisk.duration(111) == "111 мин. / 01:51"
    assert kinopoisk.money(Money(3600000, "USD")) == "$3\u00a0600\u00a0000"
    assert appletv.duration(111) == "1 hr 51 min" and appletv.duration(120) == "2 hr"
    assert appletv.duration(45) == "45 min"
    assert bfiplayer.mins(111) == "111 mins"
    assert filmtipset.day(date(1995, 10, 27)) == "27 oktober 1995"
    assert naver.day(date(1995, 10, 27)) == "1995.10.27."
    assert sratim.day(date(1995, 10, 27)) == "27 באוקטובר 1995"
