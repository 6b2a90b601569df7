"""The seventh held-out site generator itself (not the parser): deterministic, spec-shaped,
honest pages whose markup varies per page. Nothing here measures marquee's accuracy
(benchmarks/sites7.py does)."""

from __future__ import annotations

import functools
import html
import json
import random
import re
from datetime import date
from functools import cache
from types import ModuleType
from typing import Any

import pytest

import tests.heldout_sites6
from tests import site_set_checks as checks
from tests.heldout_sites2.kit import compact_votes, grouped, money_words
from tests.heldout_sites2.records import Money
from tests.heldout_sites7 import (
    ALWAYS_SHOWN,
    DESIGNS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    bookmyshow,
    boxofficemojo,
    elcinema,
    filmaffinity,
    metacritic,
    porthu,
    site_pages,
    tvmaze,
)
from tests.test_heldout_sites6_gen import EARLIER as BEFORE_SITES6

COUNT = 30
# every design of the earlier held-out sets (tests/heldout_sites*, tests/heldout*)
EARLIER = BEFORE_SITES6 | set(tests.heldout_sites6.DESIGNS)
LOCALIZED: dict[str, ModuleType] = {"filmaffinity-2026": filmaffinity, "elcinema": elcinema,
                                    "porthu": porthu}
WESTERN = str.maketrans("٠١٢٣٤٥٦٧٨٩٬", "0123456789,")


@functools.cache
@cache  # every test reads the same 80 pages a design: render them once a process
def _first_80(design: str, seed: int) -> list[SitePage]:
    return site_pages(design, 80, seed)


def rendered(design: str, count: int, seed: int = 0) -> list[SitePage]:
    """The set's first `count` pages, rendered once per test session (a page does not depend
    on how many follow it; the determinism test renders afresh)."""
    return _first_80(design, seed)[:count] if seed == 0 else site_pages(design, count, seed)


def page_text(page: SitePage) -> str:
    """Visible text plus attribute values that name or label things, entities decoded, and
    Arabic-Indic digits read as the digits they are."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", page.html, flags=re.S)
    attrs = " ".join(re.findall(
        r'(?:alt|title|aria-label|content|data-label|label)="([^"]*)"', body))
    text = re.sub(r"<[^>]+>", " ", body)
    return " ".join(html.unescape(f"{text} {attrs}").translate(WESTERN).split())


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
    '12.4K'."""
    forms = {grouped(n), grouped(n, "."), grouped(n, " "), str(n), compact_votes(n)}
    return {" ".join(form.split()) for form in forms}  # as page_text collapses spaces


def test_a_page_does_not_depend_on_how_many_follow() -> None:
    assert [p.html for p in site_pages("porthu", 3)] == [p.html for p in rendered("porthu", 3)]


def test_eight_new_designs() -> None:
    assert len(DESIGNS) == len(set(DESIGNS)) == 8
    assert len(EARLIER) == len(BEFORE_SITES6) + 8
    assert not EARLIER & set(DESIGNS)


def test_designs_in_other_languages_are_the_localized_ones() -> None:
    langs = {d: re.search(r'<html lang="([a-zA-Z-]+)"', rendered(d, 1)[0].html) for d in DESIGNS}
    other = {d for d, m in langs.items() if m and not m.group(1).startswith("en")}
    assert other == set(LOCALIZED), langs


def test_elcinema_pages_read_right_to_left() -> None:
    assert all('<html lang="ar" dir="rtl">' in p.html for p in rendered("elcinema", 10))


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
            shown = minutes or hours  # '111 min', '1 h 51 m', '2h 31m' or '2 hr'
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
                if m.currency == "INR":
                    shown.add(bookmyshow.rupees(m.amount))
                assert any(form in text for form in shown), page.url


# how each design says that more studios exist than it names ('+2 more', 'و 2 أخرى')
MORE_STUDIOS = {"elcinema": "و {n} أخرى"}


@pytest.mark.parametrize("design", DESIGNS)
def test_release_date_and_more_studios_are_on_the_page(design: str) -> None:
    for page in rendered(design, COUNT):
        e, text = page.expected, page_text(page)
        if e["release_date"]:
            year, _, day = (int(x) for x in e["release_date"].split("-"))
            assert str(year) in text and re.search(rf"(?<!\d)0?{day}(?!\d)", text), page.url
        if e["studios_total"] and e["studios_total"] > len(e["studios"]):
            more = e["studios_total"] - len(e["studios"])
            assert MORE_STUDIOS.get(design, "+{n} ").format(n=more) in text, page.url


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
    always = ALWAYS_SHOWN.get(design, frozenset())
    checks.fields_absent_on_some_and_present_on_others(
        rendered(design, 80), [k for k in SPEC_KEYS if k not in always],
        NOT_SHOWN.get(design, ()))
    for key in always:
        assert all(p.expected[key] is not None for p in rendered(design, 80)), key


def test_designs_differ() -> None:
    checks.designs_differ({d: rendered(d, 1, seed=0)[0] for d in DESIGNS})


@pytest.mark.parametrize("design", DESIGNS)
def test_rail_titles_values_differ_from_the_titles_own(design: str) -> None:
    checks.rail_values_differ(rendered(design, COUNT), page_text, nulls_may_match=True)


def test_a_design_that_never_shows_a_count_still_has_rails() -> None:
    """A null rating or count is no shared value: rails still differ in all the others."""
    for page in rendered("boxofficemojo", COUNT):
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
    "metacritic-2026": ("heroMetadata", "Production Companies:", "application/ld+json",
                        "Initial Release Date:", "Not currently available on any of"),
    "filmaffinity-2026": ("(Serie de TV)", "<dt>Presupuesto</dt>", "<dt>Recaudación</dt>",
                          "Actualizado el", "Sin votos suficientes"),
    "elcinema": ('<a href="/ar/index/work/release_year/', " أخرى", ">مسلسل</p>",
                 "application/ld+json", "مواعيد العرض</h3>"),
    "bookmyshow": (" Votes)</span>", " votes)</span>", "Box Office</span>", "Screenplay",
                   "application/ld+json", " • "),
    "porthu": ("tévésorozat", "színes", " film, ", "Előzetes", "Szereplő(k):</span> <span>"),
    "mubi-2026": ("Series · ", "<h2>Credits</h2>", "application/ld+json", "Leaving in 5 days"),
    "tvmaze": ("Web channel:", " min)</div>", "<span>Director</span>", "Externals", "as <a"),
    "boxofficemojo": ("Release Year", "<span>Budget</span>", "By Region", "<span>MPAA</span>",
                      "Worldwide</span>"),
}


@pytest.mark.parametrize("design", list(MECHANISMS))
def test_each_mechanism_is_on_some_pages_only(design: str) -> None:
    pages = rendered(design, 40)
    for marker in MECHANISMS[design]:
        having = sum(marker in p.html for p in pages)
        assert 0 < having < len(pages), (marker, having)


# where each design names a person beside a job the record has no key for
CREW_PATTERNS = {
    "metacritic-2026": r"<h3>(?P<name>[^<>]+)</h3><p>(Producer|Music)</p>",
    "filmaffinity-2026": r"<dt>(Música|Fotografía)</dt><dd>(?P<name>[^<>]+)</dd>",
    "elcinema": r'(إنتاج|موسيقى):</span> <a href="[^"]+">(?P<name>[^<>]+)</a>',
    "bookmyshow": (r'<h5>(?P<name>[^<>]+)</h5><h5 class="[^"]+">'
                   r"(Producer|Music Director|Cinematographer)</h5>"),
    "porthu": r">(Zeneszerző|Operatőr):</span> <span>(?P<name>[^<>]+)</span>",
    "mubi-2026": r"<dt>(Cinematography|Editing)</dt><dd>(?P<name>[^<>]+)</dd>",
    "tvmaze": r"<strong>(?P<name>[^<>]+)</strong> <span>(Executive Producer|Composer)</span>",
    "boxofficemojo": r"<tr><td>(?P<name>[^<>]+)</td><td>(Producer|Composer|Cinematographer)</td>",
}


@pytest.mark.parametrize("design", list(CREW_PATTERNS))
def test_crew_in_other_jobs_is_never_a_director_or_writer(design: str) -> None:
    """Producers, composers and cinematographers are traps, not credits (MUBI lists its
    credits on some deploys only)."""
    pages = rendered(design, COUNT)
    named = 0
    for page in pages:
        found = [html.unescape(m.group("name"))
                 for m in re.finditer(CREW_PATTERNS[design], page.html)]
        named += bool(found)
        e = page.expected
        for name in found:
            assert name not in e["directors"] + e["writers"], (page.url, name)
    assert named == len(pages) or (design == "mubi-2026" and named > len(pages) // 2), named


def test_episode_directors_are_not_the_titles() -> None:
    """A show's episodes name their own director; the record never takes them."""
    named = 0
    for page in rendered("tvmaze", 80):
        for name in map(html.unescape, re.findall(r"Directed by ([^<]+)</td>", page.html)):
            assert name not in page.expected["directors"], (page.url, name)
            named += 1
    assert named > 3


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
    boards = {"elcinema": set(elcinema.AGES.values()), "bookmyshow": set(bookmyshow.CBFC.values()),
              "porthu": set(porthu.AGES.values()), "boxofficemojo": set(boxofficemojo.MPAA)}
    for design, board in boards.items():
        rated = [p.expected["content_rating"] for p in rendered(design, 80)]
        assert set(rated) - {None} <= board, design
        assert None in rated and len(set(rated)) > 2, design


def test_counts_and_formats_say_what_the_record_says() -> None:
    assert [bookmyshow.rupees(n) for n in (456_000_000, 12_345_600_000, 10**7, 1_200_000)] == [
        "₹45.6 Cr", "₹1,234.56 Cr", "₹1 Cr", "₹12 lakh"]
    assert [elcinema.minutes(111, indic) for indic in (True, False)] == [
        "١١١ دقيقة", "111 دقيقة"]
    assert elcinema.votes(1234, True) == "(١٬٢٣٤ تقييم)"
    assert elcinema.day(date(1995, 10, 27)) == "27 أكتوبر 1995"
    assert porthu.day(date(1995, 10, 27)) == "1995. október 27."
    assert [metacritic.duration(n) for n in (111, 120, 45)] == ["1 h 51 m", "2 h", "45 m"]
    assert [boxofficemojo.running(n) for n in (111, 120, 45)] == ["1 hr 51 min", "2 hr", "45 min"]
    assert filmaffinity.money(Money(3_600_000, "USD")) == "3.600.000 $"
    assert filmaffinity.money(Money(7_000_000_000, "KRW")) == "7.000.000.000 ₩"
    assert [filmaffinity.votes(n) for n in (1, 1234)] == ["1 voto", "1.234 votos"]
    assert tvmaze.schedule(60, random.Random(1)).endswith(" (60 min)")


def test_bookmyshow_box_office_is_whole_lakhs_in_rupees() -> None:
    seen = 0
    for page in rendered("bookmyshow", 80):
        gross = page.expected["box_office"]
        if gross:
            assert gross["currency"] == "INR" and int(gross["amount"]) % bookmyshow.LAKH == 0
            assert f"<b>{bookmyshow.rupees(int(gross['amount']))}</b>" in page.html
            seen += 1
    assert seen > 3


def test_bookmyshow_hero_line_keeps_its_order() -> None:
    for page in rendered("bookmyshow", 40):
        e = page.expected
        line = re.search(r'event-attributes-[0-9a-f]{5}">([^<]+)</div>', page.html)
        parts = html.unescape(line.group(1)).split(" • ") if line else []
        wanted = [x for x in (", ".join(e["genres"]), e["content_rating"]) if x]
        assert [p for p in parts if p in wanted] == wanted, page.url
        if e["release_date"]:
            assert parts[-1] == bookmyshow.day(date.fromisoformat(e["release_date"]))


def test_elcinema_prints_arabic_indic_digits_on_some_pages() -> None:
    pages = [p for p in rendered("elcinema", 40) if p.expected["runtime_minutes"]]
    indic = [p for p in pages if elcinema.minutes(p.expected["runtime_minutes"], True) in p.html]
    western = [p for p in pages if elcinema.minutes(p.expected["runtime_minutes"], False) in p.html]
    assert indic and western and len(indic) + len(western) == len(pages)


def test_porthu_summary_line_carries_countries_genres_minutes_and_year() -> None:
    for page in rendered("porthu", 40):
        e = page.expected
        line = re.search(r'summary-[0-9a-f]{5}">([^<]*)</div>', page.html)
        assert line, page.url
        text = html.unescape(line.group(1))
        if e["countries"]:
            assert "-".join(e["countries"]) + " " in text
        for genre in e["genres"]:
            assert genre in text
        if e["runtime_minutes"]:
            assert f", {e['runtime_minutes']} perc" in text
        if e["release_year"]:
            assert text.endswith(f", {e['release_year']}")


def test_mubi_line_under_the_title() -> None:
    for page in rendered("mubi-2026", 40):
        e = page.expected
        meta = re.search(r'<p class="css-meta-[0-9a-f]{5}">([^<]*)</p>', page.html)
        text = html.unescape(meta.group(1)) if meta else ""
        if e["directors"]:
            assert text.startswith("Directed by " + ", ".join(e["directors"]))
        if e["runtime_minutes"]:
            assert re.search(rf"(^| · ){e['runtime_minutes']} min$", text), text


def test_tvmaze_makes_every_title_a_series() -> None:
    for page in rendered("tvmaze", 80):
        e = page.expected
        assert e["kind"] == "show" and e["seasons"] and e["budget"] is None
        assert f"<strong>Seasons:</strong> {e['seasons']}</div>" in page.html
        assert all(o["kind"] == "show" for o in page.others)


def test_boxofficemojo_is_films_only_and_worldwide_is_the_sum() -> None:
    suffixed = 0
    for page in rendered("boxofficemojo", 80):
        e = page.expected
        assert e["kind"] == "movie" and e["seasons"] is None
        heading = re.search(r'<h1 class="a-size-extra-large">([^<]+)</h1>', page.html)
        assert heading
        text = html.unescape(heading.group(1))
        suffixed += text != e["title"]
        assert text in (e["title"], f"{e['title']} ({e['release_year']})")
        if e["box_office"]:
            money = re.findall(r'<span class="money">([^<]+)</span>', page.html)
            domestic, international, world = (int(re.sub(r"\D", "", m)) for m in money)
            assert domestic + international == world == int(e["box_office"]["amount"])
    assert 0 < suffixed < 80
