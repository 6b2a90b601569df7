"""The seventeenth held-out site generator itself (not the parser): deterministic, spec-shaped,
honest pages whose markup varies per page. Nothing here measures marquee's accuracy
(benchmarks/sites17.py does)."""

from __future__ import annotations

import functools
import html
import json
import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import cache
from types import ModuleType
from typing import Any

import pytest

import tests.heldout_sites16
from tests import site_set_checks as checks
from tests.heldout_sites2.kit import MONTHS, SYMBOLS, grouped
from tests.heldout_sites2.records import Money
from tests.heldout_sites17 import (
    DESIGNS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    azammax,
    cineplexxmk,
    itvuz,
    kanopy,
    qfx,
    s4cclic,
    shudder,
    site_pages,
    urgoo,
)
from tests.test_heldout_sites16_gen import EARLIER as BEFORE_SITES16

COUNT = 30
EARLIER = BEFORE_SITES16 | set(tests.heldout_sites16.DESIGNS)
LOCALIZED: dict[str, ModuleType] = {
    "cineplexxmk": cineplexxmk,
    "urgoo": urgoo,
    "azammax": azammax,
    "s4cclic": s4cclic,
    "itvuz": itvuz,
    "qfx": qfx,
}


@functools.cache
@cache  # every test reads the same 80 pages a design: render them once a process
def _first_80(design: str, seed: int) -> list[SitePage]:
    return site_pages(design, 80, seed)


def rendered(design: str, count: int, seed: int = 0) -> list[SitePage]:
    return _first_80(design, seed)[:count] if seed == 0 else site_pages(design, count, seed)


def page_text(page: SitePage) -> str:
    """Visible text (a shadow root's and a <noscript> fallback's included) plus attribute
    values that name or label things, entities decoded."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", page.html, flags=re.S)
    attrs = " ".join(re.findall(r'(?:alt|title|aria-label|content|label)="([^"]*)"', body))
    text = re.sub(r"<[^>]+>", " ", body)
    return " ".join(html.unescape(f"{text} {attrs}").split())


def _text(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", fragment)).split())


# each markup of facts the set renders: a label and its value, in document order
PAIRS = (
    r"<dt>([^<]+)</dt><dd>(.*?)</dd>",
    r'<tr><th(?: scope="row")?>([^<]+)</th><td>(.*?)</td></tr>',
    r"<b>([^<]+?):</b> (.*?)</p>",
    r'<i class="[^"]*" role="img" aria-label="([^"]+)"></i><span>(.*?)</span>',
    r"<summary>([^<]+)</summary><p>(.*?)</p>",
    r"<legend>([^<]+)</legend><span>(.*?)</span></fieldset>",
    r'<div role="term">([^<]+)</div><div role="definition">(.*?)</div>',
    r'<span part="label">([^<]+)</span> <span part="value">(.*?)</span>',
    r'<label for="[^"]+">([^<]+)</label> <output id="[^"]+">(.*?)</output>',
    r"<dfn>([^<]+)</dfn> (.*?)</p>",
    r"<figcaption>([^<]+)</figcaption><p>(.*?)</p>",
    r"<li>([^<]+?) — ([^<]*)</li>",
)


def pairs(markup: str) -> list[tuple[str, str]]:
    """Every (label, value) the page's facts give, in the page's order."""
    found: list[tuple[int, str, str]] = []
    for pattern in PAIRS:
        for m in re.finditer(pattern, markup):
            found.append((m.start(), _text(m.group(1)), _text(m.group(2))))
    for m in re.finditer(r"<thead><tr>(.*?)</tr></thead><tbody><tr>(.*?)</tr></tbody>", markup):
        heads = re.findall(r'<th scope="col">(.*?)</th>', m.group(1))
        cells = re.findall(r"<td>(.*?)</td>", m.group(2))
        assert len(heads) == len(cells)
        found += [
            (m.start() + i, _text(k), _text(v))
            for i, (k, v) in enumerate(zip(heads, cells, strict=True))
        ]
    for m in re.finditer(
        r'grid-auto-flow:column;grid-template-rows:repeat\((\d+),auto\)">(.*?)</div>', markup
    ):
        cells = re.findall(r"<span[^>]*>(.*?)</span>", m.group(2))
        n = int(m.group(1))
        assert len(cells) == 2 * n
        found += [(m.start() + i, _text(cells[i]), _text(cells[n + i])) for i in range(n)]
    return [(k, v) for _, k, v in sorted(found)]


def values_after(markup: str, label: str) -> list[str]:
    return [v for k, v in pairs(markup) if k == label]


def schema_blocks(page: SitePage) -> list[Any]:
    found = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page.html, re.S)
    return [json.loads(block) for block in found]


def strings(expected: dict[str, Any]) -> list[str]:
    found = [
        expected[k]
        for k in ("title", "tagline", "synopsis", "audience_summary", "content_rating")
        if expected[k]
    ]
    for key in ("genres", "countries", "studios", "directors", "writers"):
        found += expected[key]
    for credit in expected["cast"]:
        found += [v for v in credit.values() if v]
    return found


def test_a_page_does_not_depend_on_how_many_follow() -> None:
    assert [p.html for p in site_pages("qfx", 3)] == [p.html for p in rendered("qfx", 3)]


def test_eight_new_designs() -> None:
    assert len(DESIGNS) == len(set(DESIGNS)) == 8
    assert BEFORE_SITES16 < EARLIER and "peacock" in EARLIER and "mubi-2026" in EARLIER
    assert not EARLIER & set(DESIGNS)


def test_designs_in_other_languages_are_the_localized_ones() -> None:
    langs = {
        d: re.search(r'<html[^>]* lang="([a-zA-Z-]+)"', rendered(d, 1)[0].html) for d in DESIGNS
    }
    other = {d for d, m in langs.items() if m and not m.group(1).startswith("en")}
    assert other == set(LOCALIZED), langs
    used = {m.group(1) for m in langs.values() if m}
    assert {"mk", "mn", "sw", "cy", "uz", "ne"} <= used


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
        rendered(design, COUNT), page_text, lambda p: strings(p.expected)
    )


VOTES: dict[str, Callable[[int], str]] = {
    "cineplexxmk": lambda n: f"({cineplexxmk.glasovi(n)})",
    "urgoo": lambda n: f"({grouped(n, ' ')} санал)",
    "azammax": lambda n: f"({azammax.kura(n)})",
    "s4cclic": lambda n: f"({s4cclic.pleidleisiau(n)})",
    "itvuz": lambda n: f"({grouped(n, ' ')} ta ovoz)",
    "qfx": lambda n: f"({grouped(n)} मत)",
}


@pytest.mark.parametrize("design", DESIGNS)
def test_votes_ids_trailer_year_and_seasons_are_on_the_page(design: str) -> None:
    counted = 0
    for page in rendered(design, COUNT):
        e, text = page.expected, page_text(page)
        if e["user_rating_count"]:
            assert VOTES[design](e["user_rating_count"]) in text, page.url
            counted += 1
        if e["imdb_id"]:
            assert f"/title/{e['imdb_id']}/" in page.html, page.url
        if e["trailer_url"]:
            assert f"/embed/{e['trailer_url'].split('=')[1]}?" in page.html, page.url
        if e["release_year"]:
            assert str(e["release_year"]) in text
        if e["seasons"]:
            assert re.search(rf"(?<!\d){e['seasons']}(?!\d)", text)
    assert counted or design in ("kanopy", "shudder")


@pytest.mark.parametrize("design", DESIGNS)
def test_money_is_on_the_page_under_its_label(design: str) -> None:
    labels = {
        "cineplexxmk": ("Буџет", "Приход"),
        "urgoo": ("Төсөв", "Орлого"),
        "itvuz": ("Byudjet", "Kassa yigʻimi"),
    }
    seen = 0
    for page in rendered(design, COUNT):
        for key, label in zip(
            ("budget", "box_office"), labels.get(design, ("-", "-")), strict=True
        ):
            money = page.expected[key]
            found = values_after(page.html, label)
            if not money:
                assert not found, page.url
                continue
            m = Money(int(money["amount"]), money["currency"])
            assert found and grouped(m.amount, "." if design == "cineplexxmk" else " ") in found[0]
            assert SYMBOLS.get(m.currency, m.currency) in found[0]
            seen += 1
    assert seen or design not in labels


@pytest.mark.parametrize("design", DESIGNS)
def test_expected_values_follow_the_spec(design: str) -> None:
    checks.expected_values_follow_the_spec(rendered(design, COUNT))


@pytest.mark.parametrize("design", DESIGNS)
def test_fields_are_absent_on_some_titles_and_present_on_others(design: str) -> None:
    checks.fields_absent_on_some_and_present_on_others(
        rendered(design, 80), SPEC_KEYS, NOT_SHOWN.get(design, ())
    )


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
    assert share["azammax"] == share["itvuz"] == 0, share
    assert sum(1 for n in share.values() if 0 < n < 20) == 6, share


@pytest.mark.parametrize("design", DESIGNS)
def test_schema_org_says_what_the_page_says(design: str) -> None:
    for page in rendered(design, 40):
        e = page.expected
        for item in schema_blocks(page):
            assert item["name"] == e["title"] and item["url"] == page.url
            for person in item.get("director", []):
                assert person["name"] in e["directors"]
            for person in item.get("author", []):
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
    "cineplexxmk": (
        "<legend>Режија</legend>",
        '<div role="term">Режија</div>',
        "<li>Режија — ",
        "Премиера во Македонија",
        "Дистрибутер",
        "ден.</span>",
        "Епизоди",
        "application/ld+json",
        "гласа)",
    ),
    "urgoo": (
        '<urgoo-film-info class="',
        '<template shadowrootmode="open">',
        "<figcaption>Найруулагч</figcaption>",
        'aria-label="Найруулагч"',
        "Монголд нээлт",
        " цаг ",
        "Цагийн хуваарь",
        "Ангиуд",
        "aggregateRating",
    ),
    "azammax": (
        '<label for="',
        "grid-auto-flow:column",
        "<dt>Mwongozaji</dt>",
        "Ilianza Azam Max",
        "saa ",
        "TSh ",
        "Vipindi",
        "youtube-nocookie",
    ),
    "s4cclic": (
        "<dfn>Cyfarwyddwr</dfn>",
        "<figcaption>Cyfarwyddwr</figcaption>",
        '<dl class="s4c-col-',
        "Darllediad cyntaf ar S4C",
        " awr ",
        "Isdeitlau",
        "Penodau",
        "application/ld+json",
    ),
    "itvuz": (
        "<noscript>",
        "Yuklanmoqda…",
        '<th scope="col">Rejissyor</th>',
        "<tr><th>Rejissyor</th>",
        "Oʻzbekistonda premyera",
        " soat ",
        "soʻm/oy",
        "Qismlar",
        "Byudjet",
    ),
    "qfx": (
        '<div role="term">निर्देशक</div>',
        "<figcaption>निर्देशक</figcaption>",
        "<b>निर्देशक:</b>",
        "नेपालमा रिलिज",
        "वि.सं.",
        " घण्टा ",
        "शो समय",
        "application/ld+json",
    ),
    "kanopy": (
        "grid-auto-flow:column",
        "<dfn>Director</dfn>",
        "<dt>Director</dt>",
        "Supplemental Materials",
        " hour",
        "Episodes",
        "application/ld+json",
    ),
    "shudder": (
        "<shudder-title-details",
        "<li>Director — ",
        "<summary>Director</summary>",
        "/treatment.png",
        "Premiered on Shudder",
        "Start your free trial",
        "Episodes",
        "application/ld+json",
    ),
}


@pytest.mark.parametrize("design", list(MECHANISMS))
def test_each_mechanism_is_on_some_pages_only(design: str) -> None:
    pages = rendered(design, 40)
    for marker in MECHANISMS[design]:
        having = sum(marker in p.html for p in pages)
        assert 0 < having < len(pages), (marker, having)


def test_the_new_markups_are_in_no_earlier_set() -> None:
    """The markers of this set's new markups appear in none of the earlier generators."""
    from tests.site_set_checks import earlier_generators

    earlier = "".join(p.read_text(encoding="utf-8") for p in earlier_generators(17))
    for marker in (
        "<fieldset",
        "<legend",
        'role="term"',
        'role="definition"',
        "shadowrootmode",
        "<output",
        "grid-auto-flow",
        "<dfn",
        "<noscript",
        "<data value",
        "<figcaption>{k}",
    ):
        assert marker not in earlier, marker


CREW_LABELS = {
    "cineplexxmk": ("Музика", "Продуцент", "Директор на фотографија"),
    "urgoo": ("Хөгжим", "Продюсер", "Зураглаач"),
    "azammax": ("Muziki", "Mtayarishaji", "Mpiga picha"),
    "s4cclic": ("Cerddoriaeth", "Cynhyrchydd", "Cyfarwyddwr ffotograffiaeth"),
    "itvuz": ("Bastakor", "Prodyuser", "Operator"),
    "qfx": ("संगीत", "निर्माता", "छायांकन"),
    "kanopy": ("Producer", "Cinematographer"),
    "shudder": ("Composer", "Special Makeup Effects", "Producer"),
}


@pytest.mark.parametrize("design", list(CREW_LABELS))
def test_crew_in_other_jobs_is_never_a_director_writer_or_actor(design: str) -> None:
    named = 0
    for page in rendered(design, COUNT):
        found = [v for label in CREW_LABELS[design] for v in values_after(page.html, label)]
        named += len(found) == len(CREW_LABELS[design])
        e = page.expected
        for name in found:
            assert name not in e["directors"] + e["writers"], (page.url, name)
            assert name not in [c["actor"] for c in e["cast"]], (page.url, name)
    assert named == COUNT, (design, named)


DIRECTOR_LABELS = {
    "cineplexxmk": "Режија",
    "urgoo": "Найруулагч",
    "azammax": "Mwongozaji",
    "s4cclic": "Cyfarwyddwr",
    "itvuz": "Rejissyor",
    "qfx": "निर्देशक",
    "kanopy": "Director",
    "shudder": "Director",
}


@pytest.mark.parametrize("design", list(DIRECTOR_LABELS))
def test_the_titles_director_is_under_its_label(design: str) -> None:
    seen = 0
    for page in rendered(design, COUNT):
        found = values_after(page.html, DIRECTOR_LABELS[design])
        directors = ", ".join(page.expected["directors"])
        if directors:
            assert found == [directors], page.url
            seen += 1
        else:
            assert not found, page.url
    assert seen > COUNT // 3


def test_welsh_camera_credit_comes_before_the_director_on_some_pages() -> None:
    first = 0
    for page in rendered("s4cclic", 40):
        labels = [k for k, _ in pairs(page.html)]
        if "Cyfarwyddwr" in labels and labels.index("Cyfarwyddwr ffotograffiaeth") < labels.index(
            "Cyfarwyddwr"
        ):
            first += 1
    assert 0 < first < 40


EPISODE_CREW = {
    "cineplexxmk": r"<p>Режија: ([^<]+)</p>",
    "urgoo": r"<p>Найруулагч: ([^<]+)</p>",
    "azammax": r"<p>Mwongozaji: ([^<]+)</p>",
    "s4cclic": r"<p>Cyfarwyddwr: ([^<]+)</p>",
    "itvuz": r"<p>Rejissyor: ([^<]+)</p>",
    "qfx": r"<p>निर्देशक: ([^<]+)</p>",
    "kanopy": r"<p>Directed by ([^<]+)</p>",
    "shudder": r"<p>Directed by ([^<]+)</p>",
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
        assert set(e["genres"]) <= set(module.GENRES.values())
        assert set(e["countries"]) <= set(module.COUNTRIES.values())
        english = re.search(r"\b(the|and|with|of)\b", (e["synopsis"] or "").replace(e["title"], ""))
        assert not english, e["synopsis"]


def test_certificates_are_the_boards_own() -> None:
    for design in LOCALIZED:
        board = set(LOCALIZED[design].AGES.values())
        rated = [p.expected["content_rating"] for p in rendered(design, 80)]
        assert set(rated) - {None} <= board, design
        assert None in rated and len(set(rated)) > 2, design
    assert "PG-13" not in qfx.AGES.values() and "TV-MA" not in urgoo.AGES.values()


def test_headings_carry_the_title_alone() -> None:
    for design in DESIGNS:
        for page in rendered(design, COUNT):
            heading = re.search(r"<h1[^>]*>(.*?)</h1>", page.html)
            assert heading
            alt = re.search(r'alt="([^"]*)"', heading.group(1))
            text = alt.group(1) if alt else re.sub(r"<[^>]+>", "", heading.group(1))
            assert html.unescape(text) == page.expected["title"], (design, page.url)


def test_scripts() -> None:
    scripts = {
        "cineplexxmk": r"\b(?:што|ги)\b",
        "urgoo": r"[өү]",
        "azammax": r"\b(?:ni|na|pia)\b",
        "s4cclic": r"\b(?:yw|ac|hefyd)\b",
        "itvuz": r"ʻ",
        "qfx": r"[\u0900-\u097f]",
    }
    for design, script in scripts.items():
        seen = 0
        for page in rendered(design, 10):
            if page.expected["synopsis"]:
                assert re.search(script, page.expected["synopsis"]), design
                seen += 1
        assert seen, design


def test_prices_and_view_counters_are_traps() -> None:
    for design, price in (
        ("cineplexxmk", r"\d{3} ден\."),
        ("urgoo", r"\d\d,000₮"),
        ("azammax", r"TSh \d+,000/mwezi"),
        ("itvuz", r"\d\d 000 soʻm/oy"),
        ("qfx", r"रु \d{3}"),
        ("shudder", r"\$\d+\.\d\d/(?:month|year)"),
        ("kanopy", r"of 10 tickets left"),
    ):
        priced = sum(bool(re.search(price, p.html)) for p in rendered(design, COUNT))
        assert priced > COUNT // 4, design
    for design, label in (
        ("cineplexxmk", "Прегледи: "),
        ("urgoo", "Үзэлт: "),
        ("azammax", "Watazamaji: "),
        ("s4cclic", "Gwyliadau: "),
        ("itvuz", "Koʻrishlar: "),
        ("qfx", "हेराइ: "),
    ):
        for page in rendered(design, COUNT):
            views = re.search(rf"{label}([\d ,.]+)<", page.html)
            assert views, (design, page.url)
            assert int(re.sub(r"\D", "", views.group(1))) != page.expected["user_rating_count"]


def test_formats_say_what_the_record_says() -> None:
    d = date(1995, 10, 7)
    assert (
        cineplexxmk.datum(d, True) == "7 октомври 1995"
        and cineplexxmk.datum(d, False) == "07.10.1995"
    )
    assert cineplexxmk.pari(Money(3600000, "USD")) == "3.600.000 $"
    assert [cineplexxmk.glasovi(n) for n in (1, 2, 1234)] == ["1 глас", "2 гласа", "1.234 гласа"]
    assert urgoo.ognoo(d, True) == "1995 оны 10 сарын 7" and urgoo.ognoo(d, False) == "1995.10.07"
    assert (
        urgoo.hugatsaa(111, True) == "1 цаг 51 минут" and urgoo.hugatsaa(111, False) == "111 минут"
    )
    assert urgoo.hugatsaa(120, True) == "2 цаг" and urgoo.hugatsaa(45, True) == "45 минут"
    assert azammax.tarehe(d, True) == "7 Oktoba 1995" and azammax.tarehe(d, False) == "07/10/1995"
    assert azammax.muda(111, True) == "saa 1 dakika 51" and azammax.muda(111, False) == "dakika 111"
    assert azammax.kura(1) == "kura 1" and azammax.kura(1234) == "kura 1,234"
    assert (
        s4cclic.dyddiad(d, True) == "7 Hydref 1995" and s4cclic.hyd(111, True) == "1 awr 51 munud"
    )
    assert (
        s4cclic.pleidleisiau(1) == "1 bleidlais"
        and s4cclic.pleidleisiau(1234) == "1,234 o bleidleisiau"
    )
    assert itvuz.sana(d, True) == "7-oktabr 1995-yil" and itvuz.sana(d, False) == "07.10.1995"
    assert (
        itvuz.davomiylik(111, True) == "1 soat 51 daqiqa"
        and itvuz.pul(Money(3600000, "USD")) == "3 600 000 $"
    )
    assert qfx.miti(d, True) == "7 अक्टोबर 1995" and qfx.miti(d, False) == "1995-10-07"
    assert qfx.awadhi(111, True) == "1 घण्टा 51 मिनेट" and qfx.awadhi(111, False) == "111 मिनेट"
    assert qfx.bikram(d) == 2052 and qfx.bikram(date(1995, 1, 7)) == 2051
    assert (
        kanopy.minutes(111, True) == "1 hour 51 minutes" and kanopy.minutes(120, True) == "2 hours"
    )
    assert kanopy.minutes(45, True) == "45 minutes" and kanopy.minutes(111, False) == "111 minutes"
    assert shudder.length(111) == "1h 51m" and shudder.long_date(d) == "October 7, 1995"


RUNTIMES: dict[str, tuple[str, Callable[[int, bool], set[str]]]] = {
    "cineplexxmk": ("Времетраење", lambda n, s: {f"{n} мин." + (" по епизода" if s else "")}),
    "urgoo": (
        "Үргэлжлэх хугацаа",
        lambda n, s: {urgoo.hugatsaa(n, lg) + (" (нэг анги)" if s else "") for lg in (True, False)},
    ),
    "azammax": (
        "Muda",
        lambda n, s: {azammax.muda(n, lg) + (" kila kipindi" if s else "") for lg in (True, False)},
    ),
    "s4cclic": (
        "Hyd",
        lambda n, s: {s4cclic.hyd(n, lg) + (" y bennod" if s else "") for lg in (True, False)},
    ),
    "itvuz": (
        "Davomiyligi",
        lambda n, s: {
            itvuz.davomiylik(n, lg) + (" (bir qism)" if s else "") for lg in (True, False)
        },
    ),
    "qfx": (
        "अवधि",
        lambda n, s: {qfx.awadhi(n, lg) + (" प्रति एपिसोड" if s else "") for lg in (True, False)},
    ),
    "kanopy": (
        "Runtime",
        lambda n, s: {
            kanopy.minutes(n, lg) + (" per episode" if s else "") for lg in (True, False)
        },
    ),
    "shudder": ("Runtime", lambda n, s: {shudder.length(n) + (" per episode" if s else "")}),
}


@pytest.mark.parametrize("design", list(RUNTIMES))
def test_runtime_under_its_label_in_the_designs_own_format(design: str) -> None:
    label, forms = RUNTIMES[design]
    seen = 0
    for page in rendered(design, COUNT):
        e = page.expected
        found = values_after(page.html, label)
        if e["runtime_minutes"]:
            assert found and found[0] in forms(e["runtime_minutes"], e["kind"] == "show"), page.url
            seen += 1
        else:
            assert not found, page.url
    assert seen > COUNT // 2


def test_uzbek_runtime_carries_its_minutes_in_a_data_element() -> None:
    seen = 0
    for page in rendered("itvuz", COUNT):
        n = page.expected["runtime_minutes"]
        if n:
            assert f'<data value="{n}">' in page.html
            seen += 1
    assert seen > 5


DATES: dict[str, tuple[str, list[Callable[[date], str]], tuple[str, ...]]] = {
    "cineplexxmk": (
        "Премиера",
        [lambda d: cineplexxmk.datum(d, True), lambda d: cineplexxmk.datum(d, False)],
        ("Премиера во Македонија",),
    ),
    "urgoo": (
        "Нээлт",
        [lambda d: urgoo.ognoo(d, True), lambda d: urgoo.ognoo(d, False)],
        ("Монголд нээлт",),
    ),
    "azammax": (
        "Tarehe ya kutolewa",
        [lambda d: azammax.tarehe(d, True), lambda d: azammax.tarehe(d, False)],
        ("Ilianza Azam Max",),
    ),
    "s4cclic": (
        "Dyddiad rhyddhau",
        [lambda d: s4cclic.dyddiad(d, True), lambda d: s4cclic.dyddiad(d, False)],
        ("Darllediad cyntaf ar S4C",),
    ),
    "itvuz": (
        "Premyera",
        [lambda d: itvuz.sana(d, True), lambda d: itvuz.sana(d, False)],
        ("Oʻzbekistonda premyera",),
    ),
    "qfx": (
        "रिलिज मिति",
        [lambda d: qfx.miti(d, True), lambda d: qfx.miti(d, False)],
        ("नेपालमा रिलिज",),
    ),
    "shudder": ("Original release", [shudder.long_date], ("Premiered on Shudder",)),
}


@pytest.mark.parametrize("design", list(DATES))
def test_release_date_under_its_label_and_later_dates_under_theirs(design: str) -> None:
    label, formats, traps = DATES[design]
    dated = later = 0
    for page in rendered(design, 80):
        released = page.expected["release_date"]
        found = values_after(page.html, label)
        if not released:
            assert not found, page.url
            continue
        d = date.fromisoformat(released)
        assert found == [found[0]] and found[0] in {f(d) for f in formats}, page.url
        dated += 1
        for trap in traps:
            for value in values_after(page.html, trap):
                assert any(
                    value in {f(d + timedelta(days=k)) for f in formats} for k in range(1, 1600)
                ), (page.url, value)
                later += 1
    assert dated > 20 and later > 5


def test_kanopy_gives_the_full_date_only_in_its_json_ld() -> None:
    dated = undated = 0
    for page in rendered("kanopy", 80):
        e, blocks = page.expected, schema_blocks(page)
        if blocks:
            assert blocks[0].get("datePublished") == e["release_date"]
            dated += e["release_date"] is not None
        else:
            assert e["release_date"] is None
            undated += 1
        months = "|".join(MONTHS)
        assert not re.search(rf"\b(?:{months}) \d", page_text(page))
    assert dated > 5 and undated > 5


def test_nepali_bikram_sambat_year_is_not_the_records_year() -> None:
    seen = 0
    for page in rendered("qfx", 80):
        m = re.search(r"\(वि\.सं\. (\d{4})\)", page.html)
        if m:
            e = page.expected
            assert e["release_date"] and int(m.group(1)) - e["release_year"] in (56, 57)
            seen += 1
    assert seen > 5


def test_columns_put_every_label_before_every_value() -> None:
    seen = 0
    for design in ("azammax", "kanopy"):
        for page in rendered(design, COUNT):
            grid = re.search(r'grid-template-rows:repeat\((\d+),auto\)">(.*?)</div>', page.html)
            if grid:
                classes = re.findall(r'<span class="[a-z]+-(k|v)-', grid.group(2))
                n = int(grid.group(1))
                assert classes == ["k"] * n + ["v"] * n
                seen += 1
    assert seen > 10


def test_shadow_roots_and_noscript_hold_all_the_facts() -> None:
    shadowed = hidden = 0
    for design, tag in (("urgoo", "urgoo-film-info"), ("shudder", "shudder-title-details")):
        for page in rendered(design, COUNT):
            root = re.search(
                rf'<{tag} class="[^"]+"><template shadowrootmode="open">(.*?)</template></{tag}>',
                page.html,
            )
            if root:
                outside = page.html.replace(root.group(1), "")
                assert DIRECTOR_LABELS[design] not in [k for k, _ in pairs(outside)]
                inside = [k for k, _ in pairs(root.group(1))]
                assert len(inside) >= 3
                assert bool(page.expected["directors"]) == (DIRECTOR_LABELS[design] in inside)
                shadowed += 1
    for page in rendered("itvuz", COUNT):
        fallback = re.search(r"<noscript>(.*?)</noscript>", page.html)
        if fallback:
            assert "Yuklanmoqda…" in page.html
            outside = page.html.replace(fallback.group(1), "")
            assert "Rejissyor</th>" not in outside and "Davomiyligi" not in outside
            year = page.expected["release_year"]
            assert values_after(fallback.group(1), "Yil") == ([str(year)] if year else [])
            hidden += 1
    assert shadowed > 10 and hidden > 5
