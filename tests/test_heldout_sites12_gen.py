"""The twelfth held-out site generator itself (not the parser): deterministic, spec-shaped,
honest pages whose markup varies per page. Nothing here measures marquee's accuracy
(benchmarks/sites12.py does)."""

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

import tests.heldout_sites11
from tests import site_set_checks as checks
from tests.heldout_sites2.kit import compact_votes, grouped, hours, money_words
from tests.heldout_sites2.records import Money
from tests.heldout_sites7 import porthu
from tests.heldout_sites8 import sratim
from tests.heldout_sites12 import (
    DESIGNS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    cineplex21,
    crunchyroll,
    edna,
    filmvandaag,
    kinoteatrua,
    mafab,
    majorcineplex,
    site_pages,
    tubi,
)
from tests.test_heldout_sites11_gen import EARLIER as BEFORE_SITES11

COUNT = 30
# every design of the earlier held-out sets (tests/heldout_sites*, tests/heldout*)
EARLIER = BEFORE_SITES11 | set(tests.heldout_sites11.DESIGNS)
LOCALIZED: dict[str, ModuleType] = {"mafab": mafab, "kinoteatrua": kinoteatrua,
                                    "majorcineplex": majorcineplex, "edna": edna,
                                    "cineplex21": cineplex21, "filmvandaag": filmvandaag}


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
    assert [p.html for p in site_pages("edna", 3)] == [p.html for p in rendered("edna", 3)]


def test_eight_new_designs() -> None:
    assert len(DESIGNS) == len(set(DESIGNS)) == 8
    assert BEFORE_SITES11 < EARLIER and "athinorama" in EARLIER and "douban" in EARLIER
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
    "mafab": ("<small>", "Hol nézhető?", "A figyelt", "Bemutató", "Költségvetés", "Gyártó",
              "application/ld+json"),
    "kinoteatrua": ("<table", "Прем'єра в Україні", "<h2>Розклад сеансів", "Сезонів",
                    "Касові збори у світі", "Бюджет"),
    "majorcineplex": ('<h1 class="mj-logo-', "รอบฉาย", "youtube-nocookie", "จำนวนซีซั่น",
                      "<h3>", "application/ld+json"),
    "edna": ("<dl", "מועדי הקרנה", "עונות", "תאריך בכורה", "מדרגים"),
    "cineplex21": ("<table", "Jadwal", "Jumlah musim", "Tanggal rilis", "youtube-nocookie",
                   "application/ld+json"),
    "filmvandaag": ("<dl>", " als ", "Bij geen van de", "Te zien bij", "Kijkwijzer:", "“",
                    "/title/tt", "application/ld+json"),
    "tubi": ("Top 10 Today", "Select season", "Directors:", "Starring:", "application/ld+json"),
    "crunchyroll": ('<h1 class="cr-logo-', "Seasons</button>", "Movie · ", "Average Rating:",
                    "Content Advisory", "application/ld+json"),
}


@pytest.mark.parametrize("design", list(MECHANISMS))
def test_each_mechanism_is_on_some_pages_only(design: str) -> None:
    pages = rendered(design, 40)
    for marker in MECHANISMS[design]:
        having = sum(marker in p.html for p in pages)
        assert 0 < having < len(pages), (marker, having)


# where each design names people beside a job the record has no key for
CREW_PATTERNS = {
    "mafab": r"<b>(?:Zeneszerző|Operatőr):</b> (?P<names>[^<>]+)<",
    "kinoteatrua": r"(?:Композитор|Оператор):(?:</td><td>|</span> )(?P<names>[^<>]+)<",
    "majorcineplex": r"ผู้อำนวยการสร้าง(?:</h3><ul><li>|</strong> : )(?P<names>[^<>]+)<",
    "edna": r"(?:מוזיקה|צילום)(?:</dt><dd>|:</b> )(?P<names>[^<>]+)<",
    "cineplex21": r"Produser(?:</th><td>| : )(?P<names>[^<>]+)<",
    "filmvandaag": r"Muziek(?:</dt><dd>|:</span> )(?P<names>[^<>]+)<",
}


@pytest.mark.parametrize("design", list(CREW_PATTERNS))
def test_crew_in_other_jobs_is_never_a_director_or_writer(design: str) -> None:
    """Composers, cinematographers and producers are traps."""
    named = 0
    for page in rendered(design, COUNT):
        found = [html.unescape(m.group("names"))
                 for m in re.finditer(CREW_PATTERNS[design], page.html)]
        named += bool(found)
        e = page.expected
        for name in found:
            assert name not in e["directors"] + e["writers"], (page.url, name)
            assert name not in [c["actor"] for c in e["cast"]], (page.url, name)
    assert named == COUNT, (design, named)


def test_episode_directors_are_not_the_titles() -> None:
    shows = [p for p in rendered("tubi", 80) if p.expected["kind"] == "show"]
    named = 0
    for page in shows:
        for name in map(html.unescape, re.findall(r"<p>Directed by ([^<]+)\.</p>", page.html)):
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
    found: dict[str, str] = getattr(source, attr, {})
    return list(found.values())


def test_certificates_are_the_boards_own() -> None:
    boards = {"mafab": set(porthu.AGES.values()), "kinoteatrua": set(kinoteatrua.AGES.values()),
              "majorcineplex": set(majorcineplex.RATES.values()),
              "edna": set(sratim.AGES.values()), "cineplex21": set(cineplex21.LSF.values()),
              "filmvandaag": set(filmvandaag.KIJKWIJZER.values()),
              "crunchyroll": set(crunchyroll.ADVISORY.values())}
    for design, board in boards.items():
        rated = [p.expected["content_rating"] for p in rendered(design, 80)]
        assert set(rated) - {None} <= board, design
        assert None in rated and len(set(rated)) > 2, design


def test_headings_carry_the_title_alone() -> None:
    for design in DESIGNS:
        for page in rendered(design, COUNT):
            heading = re.search(r"<h1[^>]*>(.*?)</h1>", page.html)
            assert heading
            alt = re.search(r'alt="([^"]*)"', heading.group(1))
            text = alt.group(1) if alt else re.sub(r"<[^>]+>", "", heading.group(1))
            assert html.unescape(text) == page.expected["title"], (design, page.url)


def test_rtl_and_scripts() -> None:
    assert all('dir="rtl"' in p.html for p in rendered("edna", 10))
    scripts = {"edna": r"[\u0590-\u05ff]", "majorcineplex": r"[\u0e00-\u0e7f]",
               "kinoteatrua": r"[\u0400-\u04ff]"}
    for design, script in scripts.items():
        seen = 0
        for page in rendered(design, 10):
            if page.expected["synopsis"]:
                assert re.search(script, page.expected["synopsis"]), design
                seen += 1
        assert seen, design


def test_prices_are_traps() -> None:
    for design, price in (("kinoteatrua", r"\d+ ₴"), ("majorcineplex", r"\d+0 บาท"),
                          ("edna", r"\d+ ₪"), ("cineplex21", r"Rp \d+\.000"),
                          ("filmvandaag", r"€ \d,99"), ("crunchyroll", r"\$\d+\.99/mo")):
        priced = 0
        for page in rendered(design, COUNT):
            found = re.findall(price, page.html)
            priced += bool(found)
            if page.expected["box_office"]:  # a price is never the gross
                assert all(f.split()[0] not in page.expected["box_office"]["amount"]
                           for f in found if f[0].isdigit()), page.url
        assert priced > COUNT // 4, design


def test_formats_say_what_the_record_says() -> None:
    assert mafab.datum(date(1995, 10, 27)) == "1995. október 27."
    assert mafab.penz(Money(3600000, "USD")) == "3 600 000 $"
    assert kinoteatrua.data(date(1995, 10, 27)) == "27 жовтня 1995"
    assert kinoteatrua.hroshi(Money(3600000, "USD")) == "$3 600 000"
    assert kinoteatrua.hroshi(Money(70000000, "CNY")) == "70 000 000 CNY"
    assert majorcineplex.wan(date(1995, 10, 27)) == "27 ตุลาคม 1995"
    assert edna.taarich(date(1995, 10, 27)) == "27 באוקטובר 1995"
    assert cineplex21.tanggal(date(1995, 10, 27)) == "27 Oktober 1995"
    assert filmvandaag.datum(date(1995, 10, 27)) == "27 oktober 1995"
    assert tubi.length(111) == "1 hr 51 min"
    assert tubi.length(120) == "2 hr" and tubi.length(45) == "45 min"


def _runtime_forms(design: str, e: dict[str, Any]) -> set[str]:
    """How each design prints the title's own runtime (a show's per episode)."""
    n, show = e["runtime_minutes"], e["kind"] == "show"
    return {
        "mafab": {f">{n} perc, ", f", {n} perc, "} | {f", {n} perc<"},
        "kinoteatrua": {f"{n} хв." + (" (серія)" if show else "") + "<"},
        "majorcineplex": {f"{n} นาที" + ("/ตอน" if show else "") + "<"},
        "edna": {f"</span> {n} דקות" + (" לפרק" if show else "") + "<"},
        "cineplex21": {f"Durasi: {n} Menit" + (" per episode" if show else "") + "<"},
        "filmvandaag": {f"{n} minuten" + (" per aflevering" if show else "")},
        "tubi": {f"{tubi.length(n)} · "} | {f"{tubi.length(n)}</div>"},
        "crunchyroll": {f" · {hours(n)}</div>"},
    }[design]


def _date_forms(design: str, d: date) -> set[str]:
    return {
        "mafab": {f"Bemutató:</b> {mafab.datum(d)}<"},
        "kinoteatrua": {f"Прем'єра у світі:{sep}{kinoteatrua.data(d)}<"
                        for sep in ("</td><td>", "</span> ")},
        "majorcineplex": {f"{label} {majorcineplex.wan(d)}<"
                          for label in ("วันที่เข้าฉาย", "ออกอากาศ")},
        "edna": {f"תאריך בכורה:</span> {edna.taarich(d)}<"},
        "cineplex21": {f"Tanggal rilis: {cineplex21.tanggal(d)}<"},
        "filmvandaag": {f"{label}{sep}{filmvandaag.datum(d)}<"
                        for label in ("Premiere", "Eerste uitzending")
                        for sep in ("</dt><dd>", ":</span> ")},
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


def test_the_ukrainian_premiere_is_later_and_not_the_release_date() -> None:
    seen = 0
    for page in rendered("kinoteatrua", 80):
        found = re.search(r"Прем'єра в Україні:(?:</td><td>|</span> )(\d+) (\S+) (\d{4})<",
                          page.html)
        if found:
            day, month, year = found.groups()
            local = date(int(year), kinoteatrua.MONTHS.index(month) + 1, int(day))
            assert page.expected["release_date"] and local.isoformat() > page.expected[
                "release_date"], page.url
            seen += 1
    assert seen > 5


def test_crunchyroll_counts_are_compact_and_shows_have_no_runtime_of_their_own() -> None:
    shows = 0
    for page in rendered("crunchyroll", 80):
        e = page.expected
        if e["user_rating_count"]:
            assert f"({compact_votes(e['user_rating_count'])})</div>" in page.html, page.url
        if e["kind"] == "show":
            assert e["runtime_minutes"] is None
            shows += bool(re.search(r"<span>\d+m</span>", page.html))
    assert shows > 3
