"""The fourteenth held-out site generator itself (not the parser): deterministic, spec-shaped,
honest pages whose markup varies per page. Nothing here measures marquee's accuracy
(benchmarks/sites14.py does)."""

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

import tests.heldout_sites13
from tests import site_set_checks as checks
from tests.heldout_sites2.kit import compact_votes, grouped, hours, long_date, money_words
from tests.heldout_sites2.records import Money
from tests.heldout_sites10 import hotstar
from tests.heldout_sites14 import (
    DESIGNS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    aha,
    cinefish,
    filmwebno,
    forumcinemas,
    iwanttfc,
    justwatch,
    mojtv,
    site_pages,
)
from tests.test_heldout_sites13_gen import EARLIER as BEFORE_SITES13

COUNT = 30
# every design of the earlier held-out sets (tests/heldout_sites*, tests/heldout*)
EARLIER = BEFORE_SITES13 | set(tests.heldout_sites13.DESIGNS)
# design -> its module (whose word lists name genres and countries in the site's language)
LOCALIZED: dict[str, ModuleType] = {"filmwebno": filmwebno, "cinefish": cinefish,
                                    "forumcinemas": forumcinemas, "mojtv": mojtv, "aha": aha,
                                    "iwanttfc": iwanttfc}


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
    """How a page may print a count: '12,400', '12.400', '12 400', '12400' or '12.4K'."""
    forms = {grouped(n), grouped(n, "."), grouped(n, " "), str(n), compact_votes(n)}
    return {" ".join(form.split()) for form in forms}


def test_a_page_does_not_depend_on_how_many_follow() -> None:
    assert [p.html for p in site_pages("aha", 3)] == [p.html for p in rendered("aha", 3)]


def test_eight_new_designs() -> None:
    assert len(DESIGNS) == len(set(DESIGNS)) == 8
    assert BEFORE_SITES13 < EARLIER and "zee5" in EARLIER and "mafab" in EARLIER
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
            assert f"/title/{e['imdb_id']}/" in page.html, page.url
        if e["trailer_url"]:
            assert f"/embed/{e['trailer_url'].split('=')[1]}?" in page.html, page.url
        if e["release_year"]:
            assert str(e["release_year"]) in text
        if e["seasons"]:
            assert re.search(rf"(?<!\d){e['seasons']}(?!\d)", text)


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
            if "description" in item:
                assert item["description"] == e["synopsis"]


# design -> markup each of its mechanisms leaves on some pages but not all
MECHANISMS = {
    "filmwebno": ("<dl", "<table", "Norsk kinopremiere", "Distributør", "Billetter fra", "Episoder",
                  "Sist sjekket", "youtube-nocookie", "<small>", "application/ld+json"),
    "cinefish": ("<dl", "<table", "Премиера в България", " г.<", " лв.<", "Епизоди", " (епизод)",
                 "Бюджет"),
    "forumcinemas": ("<table", " m. ", "Serijos", "Amžiaus cenzas", "youtube-nocookie",
                     "application/ld+json"),
    "mojtv": ("<dl", "Trenutno nema", "Epizode", "glasova", "IMDb", " (", "Premijera"),
    "aha": ('.webp" alt="', "సీజన్లు", "ఎపిసోడ్‌లు", "రచన", "youtube-nocookie", "application/ld+json"),
    "iwanttfc": ('/logo.png" alt="', " bilang ", "Petsa ng pagpapalabas", "Mga Episode",
                 "bawat episode", "application/ld+json"),
    "justwatch": ("<h3>Rent</h3>", "<h3>Stream</h3>", "Not streaming on any", "Last checked",
                  "Episodes</span>", "youtube-nocookie", "<small>", "application/ld+json"),
    "enwiki": ("Release dates", "Screenplay by", "Distributed by", "Box office", "No. of episodes",
               "wikitable", " as ", "– present"),
}


@pytest.mark.parametrize("design", list(MECHANISMS))
def test_each_mechanism_is_on_some_pages_only(design: str) -> None:
    pages = rendered(design, 40)
    for marker in MECHANISMS[design]:
        having = sum(marker in p.html for p in pages)
        assert 0 < having < len(pages), (marker, having)


_SEP = r"(?:</dt><dd>|</th><td>|:</b> |:</span> )"
# where each design names people beside a job the record has no key for
CREW_PATTERNS = {
    "filmwebno": rf"(?:Produsent|Musikk){_SEP}(?P<names>[^<>]+)<",
    "cinefish": rf"(?:Оператор|Музика|Продуцент){_SEP}(?P<names>[^<>]+)<",
    "mojtv": rf"(?:Glazba|Producent){_SEP}(?P<names>[^<>]+)<",
    "aha": r"<h3>(?:సంగీతం|నిర్మాత)</h3><p>(?P<names>[^<>]+)<",
    "iwanttfc": r"<span>(?:Prodyuser|Musika):</span> (?P<names>[^<>]+)<",
    "enwiki": (r">(?:Produced by|Cinematography|Edited by|Music by|Composer|Executive producers)"
               r'</th><td class="infobox-data">(?P<names>[^<>]+)<'),
}


@pytest.mark.parametrize("design", list(CREW_PATTERNS))
def test_crew_in_other_jobs_is_never_a_director_or_writer(design: str) -> None:
    """Producers, composers, editors and cinematographers are traps."""
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


EPISODE_CREW = {
    "filmwebno": r"<p>Regi: ([^<]+)</p>",
    "cinefish": r"<p>Режисьор: ([^<]+)</p>",
    "mojtv": r"<p>Redatelj: ([^<]+) · Scenarij: [^<]+</p>",
    "iwanttfc": r"<p>Direktor: ([^<]+)</p>",
    "enwiki": r"<tr><td>\d+</td><td>\"[^<]+\"</td><td>([^<]+)</td>",
}


@pytest.mark.parametrize("design", list(EPISODE_CREW))
def test_episode_directors_are_not_the_titles(design: str) -> None:
    shows = [p for p in rendered(design, 80) if p.expected["kind"] == "show"]
    named = 0
    for page in shows:
        for name in map(html.unescape, re.findall(EPISODE_CREW[design], page.html)):
            assert name not in page.expected["directors"], (page.url, name)
            named += 1
    assert named > 3, design


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
    boards = {"filmwebno": set(filmwebno.AGES.values()), "cinefish": set(cinefish.AGES.values()),
              "forumcinemas": set(forumcinemas.AGES.values()), "mojtv": set(mojtv.AGES.values()),
              "aha": set(hotstar.CBFC.values()),
              "iwanttfc": set(iwanttfc.MTRCB.values()) | set(iwanttfc.MTRCB_TV.values())}
    for design, board in boards.items():
        rated = [p.expected["content_rating"] for p in rendered(design, 80)]
        assert set(rated) - {None} <= board, design
        assert None in rated and len(set(rated)) > 2, design
    shows = [p.expected["content_rating"] for p in rendered("iwanttfc", 80)
             if p.expected["kind"] == "show"]
    assert "SPG" in shows or "G" in shows


def test_headings_carry_the_title_alone() -> None:
    for design in DESIGNS:
        for page in rendered(design, COUNT):
            heading = re.search(r"<h1[^>]*>(.*?)</h1>", page.html)
            assert heading
            alt = re.search(r'alt="([^"]*)"', heading.group(1))
            text = alt.group(1) if alt else re.sub(r"<[^>]+>", "", heading.group(1))
            assert html.unescape(text) == page.expected["title"], (design, page.url)


def test_scripts() -> None:
    scripts = {"cinefish": r"[\u0400-\u04ff]", "aha": r"[\u0c00-\u0c7f]",
               "forumcinemas": r"[ąčęėįšųūž]", "mojtv": r"[čćđšž]", "filmwebno": r"[æøå]|\bog\b",
               "iwanttfc": r"\b(?:ang|ay|si|ng)\b"}
    for design, script in scripts.items():
        seen = 0
        for page in rendered(design, 10):
            if page.expected["synopsis"]:
                assert re.search(script, page.expected["synopsis"]), design
                seen += 1
        assert seen, design


def test_prices_are_traps() -> None:
    for design, price in (("filmwebno", r"Billetter fra \d+ kr"), ("cinefish", r"\d+ лв\."),
                          ("forumcinemas", r"\d,\d0 €"), ("aha", r"₹\d+/"),
                          ("iwanttfc", r"₱\d+/buwan"), ("justwatch", r"\$\d+\.99")):
        priced = sum(bool(re.search(price, p.html)) for p in rendered(design, COUNT))
        assert priced > COUNT // 4, design
    for design in ("forumcinemas", "aha", "iwanttfc", "justwatch"):
        for page in rendered(design, COUNT):
            assert page.expected["budget"] is None and page.expected["box_office"] is None


def test_formats_say_what_the_record_says() -> None:
    assert filmwebno.dato(date(1995, 10, 27)) == "27. oktober 1995"
    assert filmwebno.lengde(111) == "1 t 51 min" and filmwebno.lengde(120) == "2 t"
    assert filmwebno.penger(Money(3600000, "USD")) == "3 600 000 USD"
    assert cinefish.data(date(1995, 10, 7), long=False) == "07.10.1995 г."
    assert cinefish.data(date(1995, 10, 27), long=True) == "27 октомври 1995"
    assert cinefish.pari(Money(3600000, "USD")) == "$3 600 000"
    assert cinefish.pari(Money(70000000, "CNY")) == "70 000 000 CNY"
    assert forumcinemas.data(date(1995, 10, 27), long=True) == "1995 m. spalio 27 d."
    assert forumcinemas.data(date(1995, 10, 27), long=False) == "1995-10-27"
    assert forumcinemas.trukme(111) == "1 val. 51 min." and forumcinemas.trukme(45) == "45 min."
    assert mojtv.datum(date(1995, 10, 27)) == "27. listopada 1995."
    assert [mojtv.glasova(n) for n in (1, 3, 11, 21, 1234, 12)] == [
        "1 glas", "3 glasa", "11 glasova", "21 glas", "1.234 glasa", "12 glasova"]
    assert aha.samayam(111) == "1గం 51ని" and aha.samayam(45) == "45ని"
    assert iwanttfc.petsa(date(1995, 10, 27)) == "Oktubre 27, 1995"
    assert justwatch.length(111) == "1h 51min" and justwatch.length(120) == "2h"


def _runtime_forms(design: str, e: dict[str, Any]) -> set[str]:
    """How each design prints the title's own runtime (a show's per episode)."""
    n, show = e["runtime_minutes"], e["kind"] == "show"
    seps = ("</dt><dd>", "</th><td>", ":</b> ", ":</span> ")
    return {
        "filmwebno": {f"{filmwebno.lengde(n)}" + (" per episode" if show else "") + "<"},
        "cinefish": {f"{n} мин." + (" (епизод)" if show else "") + "<"},
        "forumcinemas": {f"{'Serijos trukmė' if show else 'Trukmė'}{sep}{forumcinemas.trukme(n)}<"
                         for sep in seps},
        "mojtv": {f"Trajanje{sep}{n} min" + (" po epizodi" if show else "") + "<" for sep in seps},
        "aha": {f" • {aha.samayam(n)}" + (" / ఎపిసోడ్" if show else "") + end
                for end in (" • ", " <", "<")},
        "iwanttfc": {f" · {hours(n)}" + (" bawat episode" if show else "") + end
                     for end in (" <", "<")},
        "justwatch": {f"<h3>Runtime</h3><div>{justwatch.length(n)}<"},
        "enwiki": {f'Running time</th><td class="infobox-data">{n} minutes<'},
    }[design]


def _date_forms(design: str, d: date) -> set[str]:
    seps = ("</dt><dd>", "</th><td>", ":</b> ", ":</span> ")
    return {
        "filmwebno": {f"Premiere{sep}{filmwebno.dato(d)}<" for sep in seps},
        "cinefish": {f"Премиера{sep}{cinefish.data(d, long)}<" for sep in seps
                     for long in (True, False)},
        "forumcinemas": {f"Premjera{sep}{forumcinemas.data(d, long)}<" for sep in seps
                         for long in (True, False)},
        "mojtv": {f"Premijera{sep}{mojtv.datum(d)}<" for sep in seps},
        "iwanttfc": {f"Petsa ng pagpapalabas: {iwanttfc.petsa(d)}<"},
        "enwiki": {f'Release date</th><td class="infobox-data">{long_date(d)}<',
                   f"<li>{long_date(d)} (",
                   f'Release</th><td class="infobox-data">{long_date(d)} – '},
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


LATER = {"filmwebno": (r"Norsk kinopremiere" + _SEP + r"([^<]+)<", filmwebno.MONTHS),
         "cinefish": (r"Премиера в България" + _SEP + r"([^<]+)<", cinefish.MONTHS)}


def _read(text: str, months: tuple[str, ...]) -> date:
    numeric = re.fullmatch(r"(\d\d)\.(\d\d)\.(\d{4}) г\.", text)
    if numeric:
        day, month, year = numeric.groups()
        return date(int(year), int(month), int(day))
    day, month, year = re.fullmatch(r"(\d+)\.? (\w+) (\d{4})", text).groups()  # type: ignore[union-attr]
    return date(int(year), months.index(month) + 1, int(day))


@pytest.mark.parametrize("design", list(LATER))
def test_national_premieres_are_later_than_the_release_date(design: str) -> None:
    pattern, months = LATER[design]
    seen = 0
    for page in rendered(design, 80):
        for found in re.findall(pattern, page.html):
            released = page.expected["release_date"]
            assert released and _read(found, months).isoformat() > released, page.url
            seen += 1
    assert seen > 5


def test_enwiki_second_release_is_later_and_not_the_release_date() -> None:
    seen = 0
    for page in rendered("enwiki", 80):
        dates = re.findall(r"<li>(\w+ \d+, \d{4}) \(", page.html)
        if dates:
            first, later = (date(int(y), MONTHS_EN.index(m) + 1, int(d)) for m, d, y in
                            (re.fullmatch(r"(\w+) (\d+), (\d{4})", x).groups() for x in dates))  # type: ignore[union-attr]
            assert first.isoformat() == page.expected["release_date"] < later.isoformat()
            seen += 1
    assert seen > 3


MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")


def test_views_schedules_and_episode_counts_are_not_the_titles() -> None:
    """MojTV's broadcast times, JustWatch's chart rank and seasons' episode counts, and
    Wikipedia's 'No. of episodes' are numbers of something else."""
    for page in rendered("justwatch", 40):
        assert re.search(r"<b>#\d+</b> <span>up \d+ spots</span>", page.html)
        listed = re.findall(r"<li>Season (\d+) <span>\d+ Episodes</span>", page.html)
        assert len(listed) == (page.expected["seasons"] or 0), page.url
    shows = [p for p in rendered("enwiki", 80) if p.expected["kind"] == "show"]
    for page in shows:
        episodes = re.search(r"No\. of episodes</th><td class=\"infobox-data\">(\d+)<", page.html)
        assert episodes and int(episodes.group(1)) >= page.expected["seasons"] * 6
    assert sum("Termini prikazivanja" in p.html for p in rendered("mojtv", 20)) == 20


def test_justwatch_counts_are_what_the_compact_display_says() -> None:
    seen = 0
    for page in rendered("justwatch", 80):
        n = page.expected["user_rating_count"]
        if n:
            assert f"({compact_votes(n)})</span>" in page.html, page.url
            seen += 1
    assert seen > 10


def test_heading_is_the_title_without_the_year_on_justwatch() -> None:
    for page in rendered("justwatch", COUNT):
        if page.expected["release_year"]:
            year = page.expected["release_year"]
            shown = rf"</h1> <span class=\"[^\"]+\">\({year}\)</span>"
            assert re.search(shown, page.html), page.url
