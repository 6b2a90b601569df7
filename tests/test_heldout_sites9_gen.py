"""The ninth held-out site generator itself (not the parser): deterministic, spec-shaped,
honest pages whose markup varies per page. Nothing here measures marquee's accuracy
(benchmarks/sites9.py does)."""

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

import tests.heldout_sites7
import tests.heldout_sites8
from tests import site_set_checks as checks
from tests.heldout_sites2.kit import compact_votes, grouped, money_words
from tests.heldout_sites2.records import Money
from tests.heldout_sites9 import (
    DESIGNS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    allocinefr,
    cinemagia,
    dewiki,
    filimo,
    ivi,
    moveek,
    netflix,
    site_pages,
    viki,
)
from tests.test_heldout_sites8_gen import EARLIER as BEFORE_SITES8

COUNT = 30
# every design of the earlier held-out sets (tests/heldout_sites*, tests/heldout*)
EARLIER = BEFORE_SITES8 | set(tests.heldout_sites7.DESIGNS) | set(tests.heldout_sites8.DESIGNS)
LOCALIZED: dict[str, ModuleType] = {"allocinefr": allocinefr, "dewiki": dewiki,
                                    "filimo": filimo, "ivi": ivi, "cinemagia": cinemagia,
                                    "moveek": moveek}
LATIN_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٬", "0123456789,")


@functools.cache
@cache  # every test reads the same 80 pages a design: render them once a process
def _first_80(design: str, seed: int) -> list[SitePage]:
    return site_pages(design, 80, seed)


def rendered(design: str, count: int, seed: int = 0) -> list[SitePage]:
    """The set's first `count` pages, rendered once per test session (a page does not depend
    on how many follow it; the determinism test renders afresh)."""
    return _first_80(design, seed)[:count] if seed == 0 else site_pages(design, count, seed)


def latin(text: str) -> str:
    """Persian digits and thousands separator as ASCII, so one check reads filimo's figures."""
    return text.translate(LATIN_DIGITS)


def page_text(page: SitePage) -> str:
    """Visible text plus attribute values that name or label things, entities decoded."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", page.html, flags=re.S)
    attrs = " ".join(re.findall(
        r'(?:alt|title|aria-label|content|data-label|label)="([^"]*)"', body))
    text = re.sub(r"<[^>]+>", " ", body)
    return latin(" ".join(html.unescape(f"{text} {attrs}").split()))


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
    return [latin(value) for value in found]


def vote_forms(n: int) -> set[str]:
    """How a page may print a count: '12,400', '12 400' (a no-break space too), '12.400',
    '12400' or '12.4K'."""
    forms = {grouped(n), grouped(n, " "), grouped(n, "."), str(n), compact_votes(n)}
    return {" ".join(form.split()) for form in forms}  # as page_text collapses spaces


def test_a_page_does_not_depend_on_how_many_follow() -> None:
    assert [p.html for p in site_pages("filimo", 3)] == [p.html for p in rendered("filimo", 3)]


def test_eight_new_designs() -> None:
    assert len(DESIGNS) == len(set(DESIGNS)) == 8
    assert BEFORE_SITES8 < EARLIER and "allocine" in EARLIER
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
            shown = minutes or hours  # '111 min', '1 h 51 min', '1h 51min' or '2h'
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


def test_streaming_blocks_say_available_or_not() -> None:
    """'Disponible sur 0 des 7 plateformes suivies' is a count with nothing available; 'Aucune
    offre' gives no count, so the record has no streaming object."""
    states = set()
    for page in rendered("allocinefr", 80):
        s = page.expected["streaming"]
        none_yet = "Aucune offre de streaming" in page.html
        assert not (s and none_yet)
        if s:
            zero = f"0 des {s['platform_count']} plateformes" in page.html
            assert zero == (not s["available"]), page.url
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
    checks.real_size_furniture(rendered(design, 10), ("window.",))
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
            for person in item.get("actor", []) + item.get("actors", []):
                assert person["name"] in [c["actor"] for c in e["cast"]]
            if "aggregateRating" in item:
                assert item["aggregateRating"]["ratingCount"] == e["user_rating_count"]
            if "contentRating" in item:
                assert item["contentRating"] == e["content_rating"]
            if "datePublished" in item and item["@type"] != "Article":
                assert item["datePublished"] == e["release_date"]


# design -> markup each of its mechanisms leaves on some pages but not all
MECHANISMS = {
    "netflix": ('.webp"></h1>', " Seasons</span>", "Creators:", "This show is:", "<ul><li><b>",
                "application/ld+json"),
    "allocinefr": ("Box Office France", "Créée par", "Rôle : ", "Depuis ", "application/ld+json"),
    "dewiki": (" (Film)</span></h1>", "(Fernsehserie)</span>", "Synchronisation", "Jahr(e)",
               "Episodenliste", "Produktionsunternehmen"),
    "filimo": (" ساعت و ", "<dl>", " فصل</li>", "هنوز رأیی ثبت نشده"),
    "ivi": ("(Фильм ", " ч. ", " сезон", "application/ld+json"),
    "cinemagia": ("Distribuţie", "<li><strong>", "Premiera TV", "youtube-nocookie", "Buget:",
                  "application/ld+json"),
    "moveek": (" vai ", "<table>", "Phim bộ", "Khởi chiếu", "youtube-nocookie"),
    "viki": ("K ratings)", "Aired:", "Duration:", "Drama · ", "application/ld+json"),
}


@pytest.mark.parametrize("design", list(MECHANISMS))
def test_each_mechanism_is_on_some_pages_only(design: str) -> None:
    pages = rendered(design, 40)
    for marker in MECHANISMS[design]:
        having = sum(marker in p.html for p in pages)
        assert 0 < having < len(pages), (marker, having)


# where each design names a person beside a job the record has no key for
CREW_PATTERNS = {
    "netflix": r"<(?:span class=\"[^\"]+\"|b)>Producer:</(?:span|b)> (?:<span>)?(?P<name>[^<>]+)<",
    "dewiki": r"<tr><td>(Produktion|Musik|Kamera|Schnitt)</td><td>(?P<name>[^<>]+)</td>",
    "filimo": r"(تهیه کننده|آهنگساز)(?::</span> |</dt><dd>)(?P<name>[^<>]+)<",
    "ivi": r"<div class=\"[^\"]+\">(?P<name>[^<>]+)</div><div class=\"[^\"]+\">Продюсер</div>",
    "cinemagia": r"(Producător|Muzica|Imaginea):</(?:strong|span)> (?:<span>)?(?P<name>[^<>]+)<",
    "moveek": r"Nhà sản xuất(?::</span> |</th><td>)(?P<name>[^<>]+)<",
    "viki": (r"<div class=\"[^\"]+\">(?P<name>[^<>]+)</div>"
             r"<div class=\"[^\"]+\">Executive Producer</div>"),
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
    patterns = {"netflix": r"<p>Episode \d+ of season \d+: ([^<]+) directs\.</p>",
                "dewiki": r"<td>[^<]*\d{4}</td><td>([^<]+)</td>",
                "filimo": r"کارگردان: ([^<]+)</li>"}
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
    boards = {"netflix": set(netflix.US), "allocinefr": set(allocinefr.VISA.values()),
              "dewiki": set(dewiki.FSK.values()), "filimo": set(filimo.AGES.values()),
              "ivi": set(ivi.AGES.values()), "cinemagia": set(cinemagia.CNC.values()),
              "moveek": set(moveek.CLASSES.values()), "viki": set(viki.US)}
    for design, board in boards.items():
        rated = [p.expected["content_rating"] for p in rendered(design, 80)]
        assert set(rated) - {None} <= board, design
        assert None in rated and len(set(rated)) > 2, design


def test_titles_in_another_script_stand_beside_the_original() -> None:
    """filimo and ivi head the page with a transliterated title, the original below it."""
    scripts = {"filimo": (filimo.farsi_title, r"[\u0600-\u06ff]"),
               "ivi": (ivi.russian_title, r"[\u0400-\u04ff]")}
    for design, (spell, script) in scripts.items():
        for page in rendered(design, COUNT):
            title = page.expected["title"]
            assert re.search(script, title) and not re.search(r"[A-Za-z]", title)
            original = re.search(
                r'class="[^"]*-(?:original|en-title)-[^"]*"(?: lang="en")?>([^<]+)<', page.html)
            assert original and spell(html.unescape(original.group(1))) == title, page.url
    assert ivi.russian_title("Amber Harbor") == "Амбер Харбор"
    assert filimo.farsi_title("Amber Harbor") == "آمبر هاربور"


def test_filimo_figures_are_in_persian_digits() -> None:
    for page in rendered("filimo", COUNT):
        e = page.expected
        if e["release_year"]:
            assert f"محصول {filimo.persian(e['release_year'])}" in page.html
        if e["user_rating_count"]:
            assert f"(از {filimo.persian(grouped(e['user_rating_count']))} رأی)" in page.html
        main = html.unescape(page.html.split("<main", 1)[1].split("<footer")[0])
        persian_only = re.sub(r'<p lang="en".*?</p>|<b lang="en">.*?</b>', "", main)
        assert not re.search(r">[^<]*[0-9][^<]*<", persian_only), page.url


def test_headings_carry_no_more_than_the_title_and_known_tails() -> None:
    """A year in brackets (cinemagia, ivi) or a wiki disambiguation is no part of the title."""
    tails = {"cinemagia": r"(?: \((\d{4})\))?", "ivi": r"(?: \((?:Фильм|Сериал)(?: \d{4})?\))?",
             "dewiki": r"(?: \((?:Film|Fernsehserie)\))?"}
    for design, tail in tails.items():
        tailed = 0
        for page in rendered(design, COUNT):
            heading = re.search(r"<h1[^>]*>(.*?)</h1>", page.html)
            assert heading
            text = html.unescape(re.sub(r"<[^>]+>", "", heading.group(1)))
            match = re.fullmatch(re.escape(page.expected["title"]) + tail, text)
            assert match, (page.url, text)
            tailed += text != page.expected["title"]
        assert tailed > 3, design


def test_dewiki_schema_is_the_articles_not_the_films() -> None:
    for page in rendered("dewiki", COUNT):
        (block,) = schema_blocks(page)
        assert block["@type"] == "Article"
        assert block["datePublished"][:10] != page.expected["release_date"]
        assert block["author"]["@type"] == "Organization"


def test_admissions_prices_and_subtitle_shares_are_traps() -> None:
    """AlloCiné's 'Box Office France' counts tickets; ivi, filimo, moveek and viki list prices."""
    admissions = sum("Box Office France" in p.html for p in rendered("allocinefr", COUNT))
    assert admissions > 3
    assert all(p.expected["box_office"] is None for p in rendered("allocinefr", COUNT))
    for design, price in (("ivi", r"\d+ ₽"), ("filimo", r"[۰-۹٬]+ تومان"),
                          ("moveek", r"\d+\.000đ"), ("viki", r"\$\d+\.99")):
        for page in rendered(design, COUNT):
            assert re.search(price, page.html), design
            assert page.expected["budget"] is None and page.expected["box_office"] is None


def test_viki_type_line_is_no_genre() -> None:
    """'Drama · Korea' says what kind of programme it is; genres are the chips."""
    shows = 0
    for page in rendered("viki", 40):
        e = page.expected
        kind = "Drama" if e["kind"] == "show" else "Movie"
        line = " · ".join([kind] + e["countries"])
        assert f'">{html.escape(line)}</p>' in page.html
        assert len(e["countries"]) <= 1
        shows += e["kind"] == "show"
    assert shows > 20


def test_formats_say_what_the_record_says() -> None:
    assert allocinefr.duration(111) == "1h 51min" and allocinefr.duration(52) == "52min"
    assert allocinefr.money(Money(3600000, "USD")) == "3\u00a0600\u00a0000 $"
    assert allocinefr.day(date(1995, 10, 27)) == "27 octobre 1995"
    assert dewiki.day(date(1995, 10, 27)) == "27. Oktober 1995"
    assert dewiki.staffeln(3, 24) == "24 in 3 Staffeln"
    assert dewiki.staffeln(1, 8) == "8 in 1 Staffel"
    assert filimo.duration(111, True) == "۱ ساعت و ۵۱ دقیقه"
    assert filimo.duration(111, False) == "۱۱۱ دقیقه" and filimo.duration(120, True) == "۲ ساعت"
    assert filimo.persian("12,345") == "۱۲٬۳۴۵"
    assert [ivi.minutes(n, False) for n in (111, 52, 21)] == ["111 минут", "52 минуты", "21 минута"]
    assert ivi.minutes(111, True) == "1 ч. 51 мин." and ivi.votes(12345) == "12\u00a0345 оценок"
    assert cinemagia.money(Money(3600000, "USD")) == "3.600.000 $"
    assert cinemagia.money(Money(7200000, "DEM")) == "7.200.000 DEM"
    assert cinemagia.day(date(1995, 10, 27)) == "27 octombrie 1995"
    assert moveek.day(date(1995, 3, 7)) == "07/03/1995"
