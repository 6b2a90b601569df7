"""The sixteenth held-out site generator itself (not the parser): deterministic, spec-shaped,
honest pages whose markup varies per page. Nothing here measures marquee's accuracy
(benchmarks/sites16.py does)."""

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

import tests.heldout_sites15
from tests import site_set_checks as checks
from tests.heldout_sites2.kit import compact_votes, grouped, money_words
from tests.heldout_sites2.records import Money
from tests.heldout_sites16 import (
    DESIGNS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    chaplinkz,
    criterion,
    kinomillennium,
    kinoparkam,
    peacock,
    rtsplaneta,
    site_pages,
    splendidpalace,
    tonton,
)
from tests.test_heldout_sites15_gen import EARLIER as BEFORE_SITES15

COUNT = 30
EARLIER = BEFORE_SITES15 | set(tests.heldout_sites15.DESIGNS)
LOCALIZED: dict[str, ModuleType] = {
    "rtsplaneta": rtsplaneta,
    "splendidpalace": splendidpalace,
    "kinomillennium": kinomillennium,
    "tonton": tonton,
    "kinoparkam": kinoparkam,
    "chaplinkz": chaplinkz,
}


@functools.cache
@cache  # every test reads the same 80 pages a design: render them once a process
def _first_80(design: str, seed: int) -> list[SitePage]:
    return site_pages(design, 80, seed)


def rendered(design: str, count: int, seed: int = 0) -> list[SitePage]:
    return _first_80(design, seed)[:count] if seed == 0 else site_pages(design, count, seed)


def page_text(page: SitePage) -> str:
    """Visible text plus attribute values that name or label things, entities decoded."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", page.html, flags=re.S)
    attrs = " ".join(
        re.findall(r'(?:alt|title|aria-label|content|data-label|label)="([^"]*)"', body)
    )
    text = re.sub(r"<[^>]+>", " ", body)
    return " ".join(html.unescape(f"{text} {attrs}").split())


def values_after(markup: str, label: str) -> list[str]:
    """The text a reader finds for each use of `label`: after it when the label is a text node
    ('<dt>Режија</dt><dd>X', '<b>Режија:</b> X', '<summary>') or an attribute
    ('aria-label="Режија">', 'data-label="Режија">X'), or under it when it heads a column of a
    wide table."""
    found = []
    for m in re.finditer(rf'(?:>\s*|=")({re.escape(label)})[:՝]?(?:\s*<|")', markup):
        if markup[m.start() - 11 : m.start()].endswith('scope="col"'):
            continue
        nxt = re.compile(r">([^<]*[^\s<][^<]*)<").search(markup, m.end() - 1)
        if nxt:
            found.append(html.unescape(nxt.group(1).strip()))
    for table in re.findall(r"<thead><tr>(.*?)</tr></thead><tbody><tr>(.*?)</tr>", markup):
        heads = [html.unescape(h) for h in re.findall(r'<th scope="col">([^<]*)</th>', table[0])]
        cells = [html.unescape(v) for v in re.findall(r"<td>([^<]*)</td>", table[1])]
        assert len(heads) == len(cells)
        found += [v for h, v in zip(heads, cells, strict=True) if h == label]
    return found


def first_value(page: SitePage, label: str) -> str | None:
    """The first value of `label` in the page's order (a wide table's cell where it is)."""
    markup = page.html
    spots = []
    for m in re.finditer(rf'(?:>\s*|=")({re.escape(label)})[:՝]?(?:\s*<|")', markup):
        spots.append(m.start())
    if not spots:
        return None
    first = min(spots)
    head = markup.rfind("<thead>", 0, first)
    if head != -1 and markup.find("</thead>", head) > first:
        return values_after(markup[head:], label)[0]
    return values_after(markup[first - 2 :], label)[0]


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
    if expected["streaming"]:
        found += expected["streaming"]["platforms"]
    return found


def vote_forms(n: int) -> set[str]:
    forms = {grouped(n), grouped(n, "."), grouped(n, " "), str(n), compact_votes(n)}
    return {" ".join(form.split()) for form in forms}


def test_a_page_does_not_depend_on_how_many_follow() -> None:
    assert [p.html for p in site_pages("tonton", 3)] == [p.html for p in rendered("tonton", 3)]


def test_eight_new_designs() -> None:
    assert len(DESIGNS) == len(set(DESIGNS)) == 8
    assert BEFORE_SITES15 < EARLIER and "hulu" in EARLIER and "reelgood" in EARLIER
    assert not EARLIER & set(DESIGNS)


def test_designs_in_other_languages_are_the_localized_ones() -> None:
    langs = {
        d: re.search(r'<html[^>]* lang="([a-zA-Z-]+)"', rendered(d, 1)[0].html) for d in DESIGNS
    }
    other = {d for d, m in langs.items() if m and not m.group(1).startswith("en")}
    assert other == set(LOCALIZED), langs
    used = {m.group(1) for m in langs.values() if m}
    assert {"sr-Cyrl", "lv", "sq", "ms", "hy", "kk"} <= used


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


@pytest.mark.parametrize("design", DESIGNS)
def test_numbers_ids_and_year_are_on_the_page(design: str) -> None:
    for page in rendered(design, COUNT):
        e, text = page.expected, page_text(page)
        if e["user_rating_count"]:
            assert any(
                re.search(rf"(?<![\d.,]){re.escape(form)}(?![\d])", text)
                for form in vote_forms(e["user_rating_count"])
            ), page.url
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
            assert e["studios_total"] == len(e["studios"])


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
    assert any(n == 0 for n in share.values()), share
    assert sum(1 for n in share.values() if 0 < n < 20) >= 4, share


@pytest.mark.parametrize("design", DESIGNS)
def test_schema_org_says_what_the_page_says(design: str) -> None:
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
    "rtsplaneta": (
        '<th scope="col">Режија</th>',
        'data-label="Режија"',
        "<b>Режија:</b>",
        "Премијера у Србији",
        "Прво емитовање на РТС",
        "дин. месечно",
        "Епизоде",
        "по епизоди",
        "application/ld+json",
        "гласова)",
    ),
    "splendidpalace": (
        "<summary>Režisors</summary>",
        "<dt>Režisors</dt>",
        "Hronoloģija",
        "Pirmizrāde Latvijā",
        "Rīgas Starptautiskais",
        "Izplatītājs",
        "Seansi",
        "Sērijas",
        "application/ld+json",
        "youtube-nocookie",
    ),
    "kinomillennium": (
        'title="Regjia"',
        'data-label="Regjia"',
        "Regjia:</span>",
        "Premiera në Shqipëri",
        "Shpërndarësi",
        "Lekë",
        "Episodet",
        "application/ld+json",
        "Buxheti",
    ),
    "tonton": (
        ">Episod</button>",
        "<dt>Pengarah</dt>",
        "<th>Pengarah</th>",
        "Mula di Tonton",
        " jam ",
        " minit",
        "Musim ",
        "RM",
        "application/ld+json",
        "youtube-nocookie",
    ),
    "kinoparkam": (
        'role="img" aria-label="Ռեժիսոր"',
        '<th scope="col">Ռեժիսոր</th>',
        "<b>Ռեժիսոր՝</b>",
        "<b>Ռեժիսոր:</b>",
        "Պրեմիերա Հայաստանում",
        " ժ ",
        "Սեանսներ",
        "Սերիաներ",
        "application/ld+json",
    ),
    "chaplinkz": (
        "<caption>Фильм туралы</caption>",
        "<summary>Режиссер</summary>",
        "<b>Режиссер:</b>",
        "Қазақстандағы премьера",
        " сағ ",
        "Прокаттаушы",
        "Сеанстар",
        "Сериялар",
        "application/ld+json",
        "Бюджеті",
    ),
    "peacock": (
        "/title-art.png",
        "<summary>More Info</summary>",
        "<h2>More Info</h2>",
        'role="tabpanel"',
        "Seasons",
        "Directed by",
    ),
    "criterion": (
        "<caption>Credits</caption>",
        "<dt>Director</dt>",
        "Directed by",
        "Supplements",
        " minutes",
        "<h2>Cast</h2>",
        "Episodes",
        "youtube-nocookie",
    ),
}


@pytest.mark.parametrize("design", list(MECHANISMS))
def test_each_mechanism_is_on_some_pages_only(design: str) -> None:
    pages = rendered(design, 40)
    for marker in MECHANISMS[design]:
        having = sum(marker in p.html for p in pages)
        assert 0 < having < len(pages), (marker, having)


CREW_LABELS = {
    "rtsplaneta": ("Музика", "Продуцент", "Директор фотографије"),
    "splendidpalace": ("Komponists", "Operators", "Producents"),
    "kinomillennium": ("Muzika", "Producenti", "Kinematografia"),
    "tonton": ("Penerbit", "Muzik", "Sinematografi"),
    "kinoparkam": ("Կոմպոզիտոր", "Պրոդյուսեր", "Օպերատոր"),
    "chaplinkz": ("Композитор", "Продюсер", "Оператор"),
    "peacock": ("Executive Producer", "Composer"),
    "criterion": ("Cinematography", "Music", "Producer", "Editor"),
}


@pytest.mark.parametrize("design", list(CREW_LABELS))
def test_crew_in_other_jobs_is_never_a_director_or_writer(design: str) -> None:
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
    "rtsplaneta": "Режија",
    "splendidpalace": "Režisors",
    "kinomillennium": "Regjia",
    "tonton": "Pengarah",
    "kinoparkam": "Ռեժիսոր",
    "chaplinkz": "Режиссер",
    "peacock": "Director",
    "criterion": "Director",
}


@pytest.mark.parametrize("design", list(DIRECTOR_LABELS))
def test_the_titles_director_is_under_its_label(design: str) -> None:
    seen = 0
    for page in rendered(design, COUNT):
        found = values_after(page.html, DIRECTOR_LABELS[design])
        directors = ", ".join(page.expected["directors"])
        if directors:
            assert directors in found, page.url
            seen += 1
        else:
            assert not found or design in ("tonton",), page.url
    assert seen > COUNT // 3


def test_tonton_episode_directors_are_the_only_unlabelled_ones() -> None:
    for page in rendered("tonton", 80):
        if not page.expected["directors"]:
            found = values_after(page.html, "Pengarah")
            assert all(f"Pengarah: {v}</p>" in html.unescape(page.html) for v in found)


EPISODE_CREW = {
    "rtsplaneta": r"<p>Режија: ([^<]+)</p>",
    "splendidpalace": r"<p>Režisors: ([^<]+)</p>",
    "kinomillennium": r"<p>Regjia: ([^<]+) · Skenari: [^<]+</p>",
    "tonton": r"<p>Pengarah: ([^<]+)</p>",
    "kinoparkam": r"<p>Ռեժիսոր՝ ([^<]+)</p>",
    "chaplinkz": r"<p>Режиссер: ([^<]+) · Сценарий: [^<]+</p>",
    "peacock": r"<p>Directed by ([^<]+)</p>",
    "criterion": r"<p>Directed by ([^<]+)</p>",
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
        for text in (e["synopsis"], e["tagline"], e["audience_summary"]):
            english = re.search(r"\b(the|and|with|of)\b", (text or "").replace(e["title"], ""))
            assert not english, text


def test_certificates_are_the_boards_own() -> None:
    for design in LOCALIZED:
        board = set(LOCALIZED[design].AGES.values())
        rated = [p.expected["content_rating"] for p in rendered(design, 80)]
        assert set(rated) - {None} <= board, design
        assert None in rated and len(set(rated)) > 2, design
    assert "PG" not in tonton.AGES and "TV-PG" not in chaplinkz.AGES


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
        "rtsplaneta": r"[а-шђјљњћџ]",
        "splendidpalace": r"[āēīūčģķļņšž]",
        "kinomillennium": r"[ëç]",
        "tonton": r"\b(?:dan|juga|yang)\b",
        "kinoparkam": r"[\u0531-\u058f]",
        "chaplinkz": r"[әғқңөұүһі]",
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
        ("rtsplaneta", r"\d{3} дин\. месечно"),
        ("splendidpalace", r"\d,\d0 €"),
        ("kinomillennium", r"\d00 Lekë"),
        ("tonton", r"RM\d+\.90/bulan"),
        ("kinoparkam", r"\d \d00 ֏"),
        ("chaplinkz", r"\d \d00 ₸"),
        ("peacock", r"\$\d+\.99/mo"),
        ("criterion", r"\$\d+\.99/(?:month|year)"),
    ):
        priced = sum(bool(re.search(price, p.html)) for p in rendered(design, COUNT))
        assert priced > COUNT // 4, design
    for design, label in (
        ("rtsplaneta", "Прегледа: "),
        ("splendidpalace", "Skatījumi: "),
        ("kinomillennium", "Shikime: "),
        ("tonton", "Tontonan: "),
        ("kinoparkam", "Դիտումներ՝ "),
        ("chaplinkz", "Қаралым: "),
    ):
        for page in rendered(design, COUNT):
            views = re.search(rf"{label}([\d ,.]+)<", page.html)
            assert views, (design, page.url)
            count = int(re.sub(r"\D", "", views.group(1)))
            assert count != page.expected["user_rating_count"]
    for page in rendered("peacock", COUNT):
        assert page.expected["user_rating_count"] is None
    for design in ("splendidpalace", "tonton", "peacock", "criterion"):
        for page in rendered(design, COUNT):
            assert page.expected["budget"] is None and page.expected["box_office"] is None


def test_formats_say_what_the_record_says() -> None:
    d = date(1995, 10, 7)
    assert (
        rtsplaneta.datum(d, True) == "7. октобар 1995."
        and rtsplaneta.datum(d, False) == "07.10.1995."
    )
    assert rtsplaneta.novac(Money(3600000, "USD")) == "3.600.000 $"
    assert [rtsplaneta.glasova(n) for n in (1, 3, 5, 11, 12, 21, 22, 1234, 1235)] == [
        "1 глас",
        "3 гласа",
        "5 гласова",
        "11 гласова",
        "12 гласова",
        "21 глас",
        "22 гласа",
        "1.234 гласа",
        "1.235 гласова",
    ]
    assert splendidpalace.datums(d, True) == "1995. gada 7. oktobris"
    assert splendidpalace.datums(d, False) == "07.10.1995."
    assert [splendidpalace.balsis(n) for n in (1, 11, 21, 1234)] == [
        "1 balss",
        "11 balsis",
        "21 balss",
        "1 234 balsis",
    ]
    assert (
        kinomillennium.data(d, True) == "7 tetor 1995"
        and kinomillennium.data(d, False) == "07.10.1995"
    )
    assert kinomillennium.leke(Money(70000000, "CNY")) == "70.000.000 CNY"
    assert kinomillennium.vota(1) == "1 votë" and kinomillennium.vota(1234) == "1.234 vota"
    assert tonton.tarikh(d) == "7 Oktober 1995"
    assert tonton.durasi(111, True) == "1 jam 51 min" and tonton.durasi(111, False) == "111 minit"
    assert tonton.durasi(45, True) == "45 min" and tonton.durasi(120, True) == "2 jam"
    assert kinoparkam.amsativ(d, True) == "7 հոկտեմբերի 1995 թ."
    assert (
        kinoparkam.tevoghutyun(111, True) == "1 ժ 51 ր"
        and kinoparkam.tevoghutyun(111, False) == "111 րոպե"
    )
    assert kinoparkam.gumar(Money(3600000, "USD")) == "3 600 000 $"
    assert (
        chaplinkz.kuni(d, True) == "1995 жылғы 7 қазан" and chaplinkz.kuni(d, False) == "07.10.1995"
    )
    assert (
        chaplinkz.uzaqtygy(125, True) == "2 сағ 05 мин" and chaplinkz.uzaqtygy(45, True) == "45 мин"
    )
    assert chaplinkz.uzaqtygy(125, False) == "125 мин"
    assert peacock.length(111) == "1h 51m" and peacock.length(120) == "2h"
    assert (
        criterion.minutes(111, True) == "111 minutes" and criterion.minutes(111, False) == "1h 51m"
    )


RUNTIME_LABELS: dict[str, tuple[str, Callable[[int, bool], set[str]]]] = {
    "rtsplaneta": ("Трајање", lambda n, s: {f"{n} мин." + (" по епизоди" if s else "")}),
    "splendidpalace": ("Ilgums", lambda n, s: {f"{n} min." + (" sērijā" if s else "")}),
    "kinomillennium": ("Kohëzgjatja", lambda n, s: {f"{n} min" + (" për episod" if s else "")}),
    "tonton": (
        "Durasi",
        lambda n, s: {
            tonton.durasi(n, long) + (" setiap episod" if s else "") for long in (True, False)
        },
    ),
    "kinoparkam": (
        "Տևողություն",
        lambda n, s: {
            kinoparkam.tevoghutyun(n, long) + (" (սերիա)" if s else "") for long in (True, False)
        },
    ),
    "chaplinkz": (
        "Ұзақтығы",
        lambda n, s: {
            chaplinkz.uzaqtygy(n, long) + (" (бір серия)" if s else "") for long in (True, False)
        },
    ),
    "criterion": (
        "Runtime",
        lambda n, s: {
            criterion.minutes(n, long) + (" per episode" if s else "") for long in (True, False)
        },
    ),
}


@pytest.mark.parametrize("design", list(RUNTIME_LABELS))
def test_runtime_under_its_label_in_the_designs_own_format(design: str) -> None:
    label, forms = RUNTIME_LABELS[design]
    seen = 0
    for page in rendered(design, COUNT):
        e = page.expected
        found = values_after(page.html, label)
        if e["runtime_minutes"]:
            assert found[:1] and found[0] in forms(e["runtime_minutes"], e["kind"] == "show"), (
                page.url
            )
            seen += 1
        else:
            assert not found, page.url
    assert seen > COUNT // 2


def test_peacock_runtime_is_in_the_meta_line_and_shows_have_none() -> None:
    for page in rendered("peacock", COUNT):
        meta = re.search(r'<div class="[^"]*-meta-[^"]*">([^<]*)</div>', page.html)
        assert meta, page.url
        parts = html.unescape(meta.group(1)).split(" • ")
        n = page.expected["runtime_minutes"]
        assert (
            (peacock.length(n) in parts)
            if n
            else not any(re.fullmatch(r"\d+h(?: \d+m)?|\d+m", p) for p in parts)
        )
    shows = [p for p in rendered("peacock", 80) if p.expected["kind"] == "show"]
    assert shows and all(p.expected["runtime_minutes"] is None for p in shows)
    assert any(re.search(r"E\d+ • \d+(?:h|m)", p.html) for p in shows)


DATE_LABELS: dict[str, tuple[str, list[Callable[[date], str]], tuple[str, ...]]] = {
    "rtsplaneta": (
        "Премијера",
        [lambda d: rtsplaneta.datum(d, True), lambda d: rtsplaneta.datum(d, False)],
        ("Премијера у Србији", "Прво емитовање на РТС"),
    ),
    "splendidpalace": (
        "Pirmizrāde pasaulē",
        [lambda d: splendidpalace.datums(d, True), lambda d: splendidpalace.datums(d, False)],
        ("Pirmizrāde Latvijā",),
    ),
    "kinomillennium": (
        "Premiera",
        [lambda d: kinomillennium.data(d, True), lambda d: kinomillennium.data(d, False)],
        ("Premiera në Shqipëri",),
    ),
    "tonton": ("Tarikh tayangan", [tonton.tarikh], ("Mula di Tonton",)),
    "kinoparkam": (
        "Պրեմիերա",
        [lambda d: kinoparkam.amsativ(d, True), lambda d: kinoparkam.amsativ(d, False)],
        ("Պրեմիերա Հայաստանում",),
    ),
    "chaplinkz": (
        "Әлемдік премьера",
        [lambda d: chaplinkz.kuni(d, True), lambda d: chaplinkz.kuni(d, False)],
        ("Қазақстандағы премьера",),
    ),
}


@pytest.mark.parametrize("design", list(DATE_LABELS))
def test_release_date_under_its_label_and_later_dates_under_theirs(design: str) -> None:
    label, formats, traps = DATE_LABELS[design]
    dated = later = 0
    for page in rendered(design, 80):
        released = page.expected["release_date"]
        found = values_after(page.html, label)
        if design == "splendidpalace" and released and "Hronoloģija" in page.html:
            d = date.fromisoformat(released)
            assert f'<time datetime="{released}">' in page.html
            assert re.search(
                rf'<time datetime="{released}">[^<]+</time> <span>{label}</span>', page.html
            )
            dated += 1
            continue
        if not released:
            assert not found, page.url
            continue
        d = date.fromisoformat(released)
        assert found and found[0] in {f(d) for f in formats}, page.url
        dated += 1
        for trap in traps:
            for value in values_after(page.html, trap):
                days = [
                    k
                    for k in range(1, 1000)
                    if value in {f(d + timedelta(days=k)) for f in formats}
                ]
                assert days, (page.url, trap, value)
                later += 1
    assert dated > 20
    assert later > 5


def test_splendid_timeline_puts_later_events_after_the_release() -> None:
    seen = 0
    for page in rendered("splendidpalace", 80):
        events = re.findall(
            r'<time datetime="([\d-]+)">[^<]+</time> <span>([^<]+)</span>', page.html
        )
        if events:
            assert events[0] == (page.expected["release_date"], "Pirmizrāde pasaulē")
            assert all(iso > events[0][0] for iso, _ in events[1:])
            seen += len(events) > 1
    assert seen > 5


def test_tonton_facts_are_in_tab_panels_and_the_first_is_shown() -> None:
    for page in rendered("tonton", COUNT):
        panels = re.findall(r'<div role="tabpanel"[^>]*>', page.html)
        assert panels and "hidden" not in panels[0] and all("hidden" in p for p in panels[1:])
        assert "Butiran" in page.html


def test_peacock_state_repeats_only_the_visible_facts() -> None:
    for page in rendered("peacock", COUNT):
        found = re.search(
            r'<script id="__APP_STATE__" type="application/json">(.*?)</script>', page.html
        )
        assert found, page.url
        state = json.loads(found.group(1))["entity"]
        e = page.expected
        assert state["title"] == e["title"] and state["durationMinutes"] == e["runtime_minutes"]
        assert state["certification"] == e["content_rating"] and state["genres"] == e["genres"]
        assert state["seasonCount"] == e["seasons"] and state["directors"] == e["directors"]
        assert state["writers"] == e["writers"] and state["cast"] == [c["actor"] for c in e["cast"]]
        assert state["viewCount"] != e["user_rating_count"]
        assert not {"released", "budget", "votes", "countries", "studios"} & set(state)


def test_criterion_supplements_years_and_lengths_are_not_the_titles() -> None:
    seen = 0
    for page in rendered("criterion", COUNT):
        e = page.expected
        for year, mins in re.findall(r"\((\d{4})\) • (\d+) minutes</li>", page.html):
            assert int(year) != e["release_year"] and int(mins) != e["runtime_minutes"]
            seen += 1
    assert seen > 5


def test_responsive_cells_show_their_label_by_css() -> None:
    seen = 0
    for design in ("rtsplaneta", "kinomillennium"):
        for page in rendered(design, COUNT):
            if "data-label=" in page.html:
                assert "td[data-label]::before{content:attr(data-label)" in page.html
                seen += 1
    assert seen > 5
