"""The tenth held-out site generator itself (not the parser): deterministic, spec-shaped,
honest pages whose markup varies per page. Nothing here measures marquee's accuracy
(benchmarks/sites10.py does)."""

from __future__ import annotations

import functools
import html
import json
import re
from functools import cache
from types import ModuleType
from typing import Any

import pytest

import tests.heldout_sites9
from tests import site_set_checks as checks
from tests.heldout_sites2.kit import compact_votes, grouped, money_words
from tests.heldout_sites2.records import Money
from tests.heldout_sites9 import ivi
from tests.heldout_sites10 import (
    DESIGNS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    douban,
    hotstar,
    imdbmobile,
    kinobox,
    kinopoiskhd,
    primevideous,
    sfanytime,
    site_pages,
    tvguide,
)
from tests.test_heldout_sites9_gen import EARLIER as BEFORE_SITES9

COUNT = 30
# every design of the earlier held-out sets (tests/heldout_sites*, tests/heldout*)
EARLIER = BEFORE_SITES9 | set(tests.heldout_sites9.DESIGNS)
LOCALIZED: dict[str, ModuleType] = {"kinobox": kinobox, "kinopoiskhd": kinopoiskhd,
                                    "sfanytime": sfanytime, "douban": douban}


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
    """How a page may print a count: '12,400', '12 400' (a no-break space too), '12400' or
    '12.4K'."""
    forms = {grouped(n), grouped(n, " "), str(n), compact_votes(n)}
    return {" ".join(form.split()) for form in forms}  # as page_text collapses spaces


def test_a_page_does_not_depend_on_how_many_follow() -> None:
    assert [p.html for p in site_pages("douban", 3)] == [p.html for p in rendered("douban", 3)]


def test_eight_new_designs() -> None:
    assert len(DESIGNS) == len(set(DESIGNS)) == 8
    assert BEFORE_SITES9 < EARLIER and "primevideo" in EARLIER and "kinopoisk" in EARLIER
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
        if e["imdb_id"]:  # a link to the title on IMDb, or Douban's 'IMDb: tt…' line
            assert (f"/title/{e['imdb_id']}/" in page.html
                    or f'IMDb:</span> {e["imdb_id"]}<' in page.html), page.url
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


def test_tvguide_streaming_says_available_or_not() -> None:
    """'Not streaming on any of the 4 services we track' is a count with nothing available;
    'not available to stream yet' gives no count, so the record has no streaming object."""
    states = set()
    for page in rendered("tvguide", 80):
        s = page.expected["streaming"]
        none_yet = "is not available to stream yet" in page.html
        assert not (s and none_yet)
        if s:
            n = s["platform_count"]
            zero = f"Not streaming on any of the {n} service" in page.html
            assert zero == (not s["available"]), page.url
            assert zero or f"Watch on {n} service" in page.html
            states.add(s["available"])
        states.add("none yet" if none_yet else "")
    assert {True, False, "none yet"} <= states


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
    "primevideous": ('.png"></h1>', " seasons</span>", "Buy HD", "global rating", "Episodes ("),
    "kinobox": ('<span class="kb-year-', "Premiéra na DVD", "<dl>", "Seriál, ",
                "application/ld+json"),
    "imdbmobile": ("Taglines", "Gross worldwide", "TV Series", "Open in app",
                   "application/ld+json"),
    "kinopoiskhd": ('.png"></h1>', "серии по", "Продюсер", " сезон"),
    "tvguide": ("Premiere Date</span>", "Not streaming on any", "Watch on ", "Latest Episodes",
                "application/ld+json"),
    "hotstar": ('.webp"></h1>', " Languages</div>", "Subscribe to watch", "application/ld+json"),
    "sfanytime": ("<dl>", 'lang="da-DK"', 'lang="nb-NO"', "Längd per avsnitt",
                  "application/ld+json"),
    "douban": ("首播", "单集片长", "application/ld+json", "IMDb:</span>", "评价人数不足"),
}


@pytest.mark.parametrize("design", list(MECHANISMS))
def test_each_mechanism_is_on_some_pages_only(design: str) -> None:
    pages = rendered(design, 40)
    for marker in MECHANISMS[design]:
        having = sum(marker in p.html for p in pages)
        assert 0 < having < len(pages), (marker, having)


# where each design names people beside a job the record has no key for
CREW_PATTERNS = {
    "primevideous": r"<dt class=\"[^\"]+\">Producers</dt><dd>(?P<names>[^<>]+)</dd>",
    "kinobox": r"(?:Kamera|Hudba|Producent):</(?:strong> |dt><dd>)(?P<names>[^<>]+)<",
    "kinopoiskhd": r"(?:Продюсер|Композитор)</span> <span>(?P<names>[^<>]+)<",
    "tvguide": (r"<span class=\"[^\"]+\">(?P<names>[^<>]+)</span></a>"
                r"<span class=\"[^\"]+\">Executive Producer</span>"),
    "sfanytime": r"Produ(?:cent|cer|sent)(?::</span> |</dt><dd>)(?P<names>[^<>]+)<",
}


@pytest.mark.parametrize("design", list(CREW_PATTERNS))
def test_crew_in_other_jobs_is_never_a_director_or_writer(design: str) -> None:
    """Producers, composers and cinematographers are traps, not credits."""
    named = 0
    for page in rendered(design, COUNT):
        found = [name for m in re.finditer(CREW_PATTERNS[design], page.html)
                 for name in html.unescape(m.group("names")).split(", ")]
        named += bool(found)
        e = page.expected
        for name in found:
            assert name not in e["directors"] + e["writers"], (page.url, name)
    assert named > COUNT // 3, named  # kinopoiskhd names them on some pages only


def test_episode_directors_are_not_the_titles() -> None:
    """A show's episodes name their own director; the record never takes them."""
    patterns = {"primevideous": r"<p>Directed by ([^<]+)\.</p>",
                "tvguide": r"<p>Directed by ([^<]+)</p>"}
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
        lang = re.search(r'<html[^>]* lang="([a-zA-Z-]+)"', page.html)
        words = sfanytime.MARKETS[lang.group(1)] if design == "sfanytime" and lang else module
        assert set(e["genres"]) <= set(_names(words, "genres", "GENRES"))
        assert set(e["countries"]) <= set(_names(words, "countries", "COUNTRIES"))
        for text in (e["synopsis"], e["tagline"], e["audience_summary"]):
            english = re.search(r"\b(the|and|with|of)\b", (text or "").replace(e["title"], ""))
            assert not english, text


def _names(source: Any, *attrs: str) -> list[str]:
    """The local names a design (or one of its markets) gives genres or countries."""
    found = next((getattr(source, a) for a in attrs if hasattr(source, a)), ivi.COUNTRIES)
    return list(found.values())


def test_sfanytime_pages_are_in_each_market_and_its_board() -> None:
    seen = set()
    for page in rendered("sfanytime", 80):
        lang = re.search(r'<html lang="([a-zA-Z-]+)"', page.html)
        assert lang and lang.group(1) in sfanytime.MARKETS
        market = sfanytime.MARKETS[lang.group(1)]
        rating = page.expected["content_rating"]
        if rating:
            assert rating in market.ages
            shown = rf"{market.labels['age']}(?::</span> |</dt><dd>){re.escape(rating)}<"
            assert re.search(shown, page.html), page.url
        seen.add(market.lang)
    assert seen == set(sfanytime.MARKETS)


def test_certificates_are_the_boards_own() -> None:
    boards = {"primevideous": set(primevideous.US), "imdbmobile": set(imdbmobile.US),
              "kinopoiskhd": set(ivi.AGES.values()), "tvguide": set(tvguide.US),
              "hotstar": set(hotstar.CBFC.values()),
              "sfanytime": {a for m in sfanytime.MARKETS.values() for a in m.ages}}
    for design, board in boards.items():
        rated = [p.expected["content_rating"] for p in rendered(design, 80)]
        assert set(rated) - {None} <= board, design
        assert None in rated and len(set(rated)) > 2, design


def test_kinopoiskhd_title_is_russian_beside_the_original() -> None:
    for page in rendered("kinopoiskhd", COUNT):
        title = page.expected["title"]
        assert re.search(r"[\u0400-\u04ff]", title) and not re.search(r"[A-Za-z]", title)
        original = re.search(r'class="[^"]*-original-[^"]*" lang="en">([^<]+)<', page.html)
        assert original and ivi.russian_title(html.unescape(original.group(1))) == title
        assert len(page.expected["countries"]) <= 2


def test_headings_carry_no_more_than_the_title_and_a_year() -> None:
    """Kinobox and Douban follow the title with '(1995)' in its own span: no part of it."""
    for design in ("kinobox", "douban"):
        tailed = 0
        for page in rendered(design, COUNT):
            heading = re.search(r"<h1[^>]*>(.*?)</h1>", page.html)
            assert heading
            text = html.unescape(re.sub(r"<[^>]+>", "", heading.group(1)))
            year = page.expected["release_year"]
            assert text in (page.expected["title"], f"{page.expected['title']} ({year})")
            tailed += text != page.expected["title"]
        assert tailed > 3, design


def test_douban_info_block_says_what_the_record_says() -> None:
    for page in rendered("douban", COUNT):
        e = page.expected
        info = re.search(r'<div id="info" class="[^"]+">(.*?)</div>', page.html)
        assert info
        text = html.unescape(re.sub(r"<[^>]+>", "", info.group(1)))
        if e["genres"]:
            assert f"类型: {' / '.join(e['genres'])}" in text
        if e["release_date"]:
            assert re.search(rf"(?:上映日期|首播): {e['release_date']}\(", text)
        if e["runtime_minutes"]:
            assert f"片长: {e['runtime_minutes']}分钟" in text
        if e["imdb_id"]:
            assert f"IMDb: {e['imdb_id']}" in text
        assert "又名: " in text and "语言: " in text
        if e["user_rating_count"]:
            assert f'<span property="v:votes">{e["user_rating_count"]}</span>人评价' in page.html


def test_scores_review_counts_and_prices_are_traps() -> None:
    """An IMDb score, a review count or a price is no vote count, budget or box office."""
    for page in rendered("primevideous", COUNT):
        assert re.search(r">IMDb \d\.\d<", page.html)
        votes = page.expected["user_rating_count"]
        assert (votes is not None) == (" global rating" in page.html)
    for page in rendered("imdbmobile", COUNT):
        assert re.search(r"<span>\d+</span> User reviews", page.html)
    for design, price in (("primevideous", r"\$\d+\.99"), ("kinopoiskhd", r"\d+ ₽"),
                          ("hotstar", r"₹\d+"), ("sfanytime", r"(?:Hyr|Lej|Lei) \d+ kr"),
                          ("kinobox", r"\d+ Kč")):
        for page in rendered(design, COUNT):
            assert re.search(price, page.html), design
            assert page.expected["budget"] is None and page.expected["box_office"] is None


def test_imdbmobile_votes_are_what_the_compact_figure_says() -> None:
    counted = 0
    for page in rendered("imdbmobile", 80):
        votes = page.expected["user_rating_count"]
        if votes:
            assert f">{compact_votes(votes)}</div>" in page.html
            counted += votes >= 1000
    assert counted > 5


def test_formats_say_what_the_record_says() -> None:
    assert primevideous.duration(131) == "2 h 11 min" and primevideous.duration(120) == "2 h"
    assert kinopoiskhd.duration(170) == "2 ч 50 мин" and kinopoiskhd.duration(45) == "45 мин"
    assert sfanytime.length(170) == "2 tim 50 min" and sfanytime.length(170, "t") == "2 t 50 min"
    assert tvguide.mins(170) == "2 hr 50 mins" and tvguide.mins(61) == "1 hr 1 min"
    assert hotstar.duration(170, False) == "2 hr 50 min" and hotstar.duration(170, True) == "2h 50m"
    assert imdbmobile.spelled(170) == "2 hours 50 minutes" and imdbmobile.spelled(60) == "1 hour"
    assert kinobox.seasons(3) == "3 série" and kinobox.seasons(5) == "5 sérií"
