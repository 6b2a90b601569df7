"""The fifteenth held-out site generator itself (not the parser): deterministic, spec-shaped,
honest pages whose markup varies per page. Nothing here measures marquee's accuracy
(benchmarks/sites15.py does)."""

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

import tests.heldout_sites14
from tests import site_set_checks as checks
from tests.heldout_sites2.kit import compact_votes, grouped, money_words
from tests.heldout_sites2.records import Money
from tests.heldout_sites15 import (
    DESIGNS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    apollokino,
    cinemaplus,
    hulu,
    kinemask,
    kolosej,
    kvikmyndir,
    reelgood,
    site_pages,
    zinea,
)
from tests.test_heldout_sites14_gen import EARLIER as BEFORE_SITES14

COUNT = 30
# every design of the earlier held-out sets (tests/heldout_sites*, tests/heldout*)
EARLIER = BEFORE_SITES14 | set(tests.heldout_sites14.DESIGNS)
# design -> its module (whose word lists name genres and countries in the site's language)
LOCALIZED: dict[str, ModuleType] = {
    "kinemask": kinemask,
    "kolosej": kolosej,
    "apollokino": apollokino,
    "kvikmyndir": kvikmyndir,
    "zinea": zinea,
    "cinemaplus": cinemaplus,
}


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
    attrs = " ".join(
        re.findall(r'(?:alt|title|aria-label|content|data-label|label)="([^"]*)"', body)
    )
    text = re.sub(r"<[^>]+>", " ", body)
    return " ".join(html.unescape(f"{text} {attrs}").split())


def values_after(markup: str, label: str) -> list[str]:
    """The text a reader finds right after each use of `label`, whether the label is a text
    node ('<dt>Réžia</dt><dd>X', '<b>Réžia:</b> X') or an attribute ('aria-label="Réžia">',
    'title="Réžia">X')."""
    found = []
    for m in re.finditer(rf'(?:>\s*|=")({re.escape(label)}):?(?:\s*<|")', markup):
        nxt = re.compile(r">([^<]*[^\s<][^<]*)<").search(markup, m.end() - 1)
        if nxt:
            found.append(html.unescape(nxt.group(1).strip()))
    return found


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
    """How a page may print a count: '12,400', '12.400', '12 400', '12400' or '12.4K'."""
    forms = {grouped(n), grouped(n, "."), grouped(n, " "), str(n), compact_votes(n)}
    return {" ".join(form.split()) for form in forms}


def test_a_page_does_not_depend_on_how_many_follow() -> None:
    assert [p.html for p in site_pages("zinea", 3)] == [p.html for p in rendered("zinea", 3)]


def test_eight_new_designs() -> None:
    assert len(DESIGNS) == len(set(DESIGNS)) == 8
    assert BEFORE_SITES14 < EARLIER and "enwiki" in EARLIER and "zee5" in EARLIER
    assert not EARLIER & set(DESIGNS)


def test_designs_in_other_languages_are_the_localized_ones() -> None:
    langs = {
        d: re.search(r'<html[^>]* lang="([a-zA-Z-]+)"', rendered(d, 1)[0].html) for d in DESIGNS
    }
    other = {d for d, m in langs.items() if m and not m.group(1).startswith("en")}
    assert other == set(LOCALIZED), langs
    used = {m.group(1) for m in langs.values() if m}
    assert {"sk", "sl", "et", "is", "eu", "az"} <= used


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
        if e["release_date"] and design != "hulu":  # Hulu: in its JSON-LD only
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
    "kinemask": (
        "<caption>Informácie o filme</caption>",
        "<dl",
        "Premiéra v SR",
        "Na DVD",
        "Distribúcia SR",
        " €</span>",
        "Epizódy",
        "/ epizóda",
        "application/ld+json",
        "hlasov)",
    ),
    "kolosej": (
        'role="img" aria-label="Režija"',
        'title="Režija"',
        "<dt>Režija</dt>",
        "Slovenska premiera",
        "Trenutno ni predstav",
        "Epizode",
        "youtube-nocookie",
        "Distributer",
    ),
    "apollokino": (
        "<h2>Ajajoon</h2>",
        "Eesti esilinastus",
        "PÖFF",
        "Maailmaesilinastus</dt>",
        " t ",
        "Seansid",
        "Osad",
        "application/ld+json",
        "Apollo Klubi liikmele",
    ),
    "kvikmyndir": (
        "<table",
        "Frumsýnd á Íslandi",
        "VOD",
        "Dreifingaraðili",
        "Vissir þú?",
        "Síðast athugað",
        "Ekki enn aðgengileg",
        " sem ",
        "Sýningartímar",
        "Þættir",
    ),
    "zinea": (
        "<b>Zuzendaria:</b>",
        "<dt>Zuzendaria</dt>",
        "<th>Zuzendaria</th>",
        "Estreinaldia Euskal Herrian",
        "Sariak",
        "Euskaraz zinemetan",
        "Azken egiaztapena",
        "Aurrekontua",
        "Atalak",
        "application/ld+json",
        "youtube-nocookie",
        "urriaren",
    ),
    "cinemaplus": (
        'role="img" aria-label="Rejissor"',
        "<b>Rejissor:</b>",
        "Azərbaycanda premyera",
        " saat ",
        "Seanslar",
        "Seriyalar",
        "application/ld+json",
        "Büdcə",
    ),
    "reelgood": (
        "<h2>Cast &amp; Crew</h2>",
        "<h2>Crew</h2>",
        "Available on",
        "Not available on any",
        "Not available to stream yet",
        "Last updated",
        "<span>Rent</span>",
        "<span>Screenplay</span>",
        "Episodes",
        "youtube-nocookie",
    ),
    "hulu": (
        "/art/",
        'role="group" aria-label="Director"',
        "<h4>Director</h4>",
        'role="tablist"',
        "Seasons",
        "application/ld+json",
        "datePublished",
    ),
}


@pytest.mark.parametrize("design", list(MECHANISMS))
def test_each_mechanism_is_on_some_pages_only(design: str) -> None:
    pages = rendered(design, 40)
    for marker in MECHANISMS[design]:
        having = sum(marker in p.html for p in pages)
        assert 0 < having < len(pages), (marker, having)


# where each design names people beside a job the record has no key for
CREW_LABELS = {
    "kinemask": ("Kamera", "Hudba", "Producent"),
    "kolosej": ("Glasba", "Fotografija"),
    "apollokino": ("Helilooja", "Operaator", "Produtsent"),
    "kvikmyndir": ("Framleiðandi", "Tónlist"),
    "zinea": ("Argazkia", "Musika", "Ekoizlea"),
    "cinemaplus": ("Bəstəkar", "Prodüser", "Operator"),
    "hulu": ("Executive Producer", "Music By"),
}


@pytest.mark.parametrize("design", list(CREW_LABELS))
def test_crew_in_other_jobs_is_never_a_director_or_writer(design: str) -> None:
    """Producers, composers and cinematographers are traps, labelled as the page's facts are."""
    named = 0
    for page in rendered(design, COUNT):
        found = [v for label in CREW_LABELS[design] for v in values_after(page.html, label)]
        named += len(found) == len(CREW_LABELS[design])
        e = page.expected
        for name in found:
            assert name not in e["directors"] + e["writers"], (page.url, name)
            assert name not in [c["actor"] for c in e["cast"]], (page.url, name)
    assert named == COUNT, (design, named)


def test_reelgood_crew_jobs_are_traps_and_credits_are_the_titles() -> None:
    for page in rendered("reelgood", COUNT):
        e = page.expected
        cards = re.findall(r'href="/person/(\d+)">([^<]+)</a><span>([^<]*)</span>', page.html)
        crew = [(html.unescape(name), job) for i, name, job in cards if int(i) >= 100]
        assert [n for n, j in crew if j == "Director"] == e["directors"]
        assert [n for n, j in crew if j in ("Writer", "Screenplay")] == e["writers"]
        traps = [
            n
            for n, j in crew
            if j in ("Producer", "Original Music Composer", "Director of Photography")
        ]
        assert len(traps) == 3 and not set(traps) & set(e["directors"] + e["writers"])
        cast = [(html.unescape(n), html.unescape(r) or None) for i, n, r in cards if int(i) < 100]
        assert cast == [(c["actor"], c["character"]) for c in e["cast"]]


DIRECTOR_LABELS = {
    "kinemask": "Réžia",
    "kolosej": "Režija",
    "apollokino": "Režissöör",
    "kvikmyndir": "Leikstjórn",
    "zinea": "Zuzendaria",
    "cinemaplus": "Rejissor",
    "hulu": "Director",
}


@pytest.mark.parametrize("design", list(DIRECTOR_LABELS))
def test_the_first_labelled_director_is_the_titles(design: str) -> None:
    """The facts come before the episodes, so the first value after the label is the title's."""
    seen = 0
    for page in rendered(design, COUNT):
        found = values_after(page.html, DIRECTOR_LABELS[design])
        directors = ", ".join(page.expected["directors"])
        if directors:
            assert found and found[0] == directors, page.url
            seen += 1
    assert seen > COUNT // 3


EPISODE_CREW = {
    "kinemask": r"<p>Réžia: ([^<]+) · Scenár: [^<]+</p>",
    "kolosej": r"<p>Režija: ([^<]+)</p>",
    "apollokino": r"<p>Režissöör: ([^<]+)</p>",
    "kvikmyndir": r"<p>Leikstjórn: ([^<]+) · Handrit: [^<]+</p>",
    "zinea": r"<p>Zuzendaria: ([^<]+)</p>",
    "cinemaplus": r"<p>Rejissor: ([^<]+)</p>",
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
    assert "K-18" not in apollokino.AGES.values() and "FSK 18" not in apollokino.AGES


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
        "kinemask": r"[áäčďĺľňôŕšťýž]",
        "kolosej": r"[čšž]|\bin\b",
        "apollokino": r"[äõöü]|\bja\b",
        "kvikmyndir": r"[ðþæ]",
        "zinea": r"\b(?:eta|da|ere)\b",
        "cinemaplus": r"[əğıöşüç]",
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
        ("kinemask", r"\d,\d0 €"),
        ("kolosej", r"\d,\d0 €"),
        ("apollokino", r"\d,\d0 €"),
        ("kvikmyndir", r"\d\.\d90 kr\."),
        ("zinea", r"\d,\d0 €"),
        ("cinemaplus", r"\d+ ₼"),
        ("reelgood", r"\$\d+\.99"),
        ("hulu", r"\$\d+\.99/mo"),
    ):
        priced = sum(bool(re.search(price, p.html)) for p in rendered(design, COUNT))
        assert priced > COUNT // 4, design
    for design, label in (
        ("kinemask", "Zobrazení"),
        ("kolosej", "Ogledov"),
        ("zinea", "Ikustaldiak"),
        ("cinemaplus", "Baxış sayı"),
    ):
        for page in rendered(design, COUNT):
            views = re.search(rf"{label}: ([\d .]+)<", page.html)
            assert views, (design, page.url)
    for page in rendered("reelgood", COUNT):
        assert re.search(r"Tracked by [\d.]+[KM]? users", page.html)
        assert page.expected["user_rating_count"] is None
    for design in ("kolosej", "apollokino", "kvikmyndir", "reelgood", "hulu"):
        for page in rendered(design, COUNT):
            assert page.expected["budget"] is None and page.expected["box_office"] is None


def test_formats_say_what_the_record_says() -> None:
    d = date(1995, 10, 7)
    assert kinemask.datum(d, long=False) == "7. 10. 1995"
    assert kinemask.datum(d, long=True) == "7. októbra 1995"
    assert kinemask.peniaze(Money(3600000, "USD")) == "3 600 000 $"
    assert kinemask.peniaze(Money(70000000, "CNY")) == "70 000 000 CNY"
    assert [kinemask.hlasov(n) for n in (1, 3, 5, 1234)] == [
        "1 hlas",
        "3 hlasy",
        "5 hlasov",
        "1 234 hlasov",
    ]
    assert kolosej.datum(d) == "7. 10. 1995"
    assert [kolosej.glasov(n) for n in (1, 2, 3, 5, 101, 102, 1234)] == [
        "1 glas",
        "2 glasova",
        "3 glasovi",
        "5 glasov",
        "101 glas",
        "102 glasova",
        "1.234 glasov",
    ]
    assert apollokino.kuupaev(d) == "07.10.1995"
    assert apollokino.kuupaev(d, long=True) == "7. oktoober 1995"
    assert (
        apollokino.kestus(111, True) == "1 t 51 min" and apollokino.kestus(111, False) == "111 min"
    )
    assert apollokino.haalt(1) == "1 hääl" and apollokino.haalt(1234) == "1 234 häält"
    assert kvikmyndir.dags(d) == "7. október 1995"
    assert kvikmyndir.veitum(1) == "1 streymisveitu" and kvikmyndir.veitum(3) == "3 streymisveitum"
    assert zinea.data(d, long=True) == "1995ko urriaren 7a"
    assert zinea.data(d, long=False) == "1995/10/07"
    assert zinea.dirua(Money(3600000, "USD")) == "3.600.000 $"
    assert zinea.dirua(Money(11400000, "EUR")) == "11.400.000 €"
    assert cinemaplus.tarix(d, long=True) == "7 oktyabr 1995"
    assert cinemaplus.tarix(d, long=False) == "07.10.1995"
    assert (
        cinemaplus.muddet(111, True) == "1 saat 51 dəq."
        and cinemaplus.muddet(45, True) == "45 dəq."
    )
    assert cinemaplus.pul(Money(3600000, "USD")) == "$3 600 000"
    assert cinemaplus.pul(Money(70000000, "CNY")) == "70 000 000 CNY"
    assert reelgood.length(111) == "1h 51m" and reelgood.length(120) == "2h"
    assert hulu.length(111) == "1 hr 51 min" and hulu.length(45) == "45 min"


def _runtime_forms(design: str, n: int, show: bool) -> set[str]:
    """How each design prints the title's own runtime (a show's per episode), after its label
    (the localized designs) or in the meta line (the English ones)."""
    return {
        "kinemask": {f"{n} min" + (" / epizóda" if show else "")},
        "kolosej": {f"{n} min" + (" na epizodo" if show else "")},
        "apollokino": {
            apollokino.kestus(n, long) + (" / osa" if show else "") for long in (True, False)
        },
        "kvikmyndir": {f"{n} mín." + (" hver þáttur" if show else "")},
        "zinea": {f"{n} min" + (" (atal bakoitzeko)" if show else "")},
        "cinemaplus": {
            cinemaplus.muddet(n, long) + (" / seriya" if show else "") for long in (True, False)
        },
    }[design]


RUNTIME_LABELS = {
    "kinemask": "Dĺžka",
    "kolosej": "Trajanje",
    "apollokino": "Kestus",
    "kvikmyndir": "Lengd",
    "zinea": "Iraupena",
    "cinemaplus": "Müddət",
}


@pytest.mark.parametrize("design", list(RUNTIME_LABELS))
def test_runtime_after_its_label_in_the_designs_own_format(design: str) -> None:
    seen = 0
    for page in rendered(design, COUNT):
        e = page.expected
        found = values_after(page.html, RUNTIME_LABELS[design])
        if e["runtime_minutes"]:
            assert found[:1] and found[0] in _runtime_forms(
                design, e["runtime_minutes"], e["kind"] == "show"
            ), page.url
            seen += 1
        else:
            assert not found, page.url
    assert seen > COUNT // 2


def test_english_runtimes_are_in_the_meta_line() -> None:
    for design, sep, fmt in (("reelgood", " · ", reelgood.length), ("hulu", " • ", hulu.length)):
        for page in rendered(design, COUNT):
            meta = re.search(r'<div class="[^"]*-meta-[^"]*">([^<]*)</div>', page.html)
            assert meta, page.url
            parts = html.unescape(meta.group(1)).split(sep)
            n = page.expected["runtime_minutes"]
            assert (
                (fmt(n) in parts)
                if n
                else not any(re.search(r"\d+ ?(?:h|hr|m|min)$", p) for p in parts)
            ), page.url
    shows = [p for p in rendered("hulu", 80) if p.expected["kind"] == "show"]
    assert shows and all(p.expected["runtime_minutes"] is None for p in shows)
    assert any(re.search(r"\d+ min • Aired", p.html) for p in shows)


DATE_LABELS: dict[str, tuple[str, list[Callable[[date], str]]]] = {
    "kinemask": (
        "Svetová premiéra",
        [lambda d: kinemask.datum(d, True), lambda d: kinemask.datum(d, False)],
    ),
    "kolosej": ("Premiera", [kolosej.datum]),
    "apollokino": (
        "Maailmaesilinastus",
        [lambda d: apollokino.kuupaev(d, True), apollokino.kuupaev],
    ),
    "kvikmyndir": ("Heimsfrumsýning", [kvikmyndir.dags]),
    "zinea": ("Estreinaldia", [lambda d: zinea.data(d, True), lambda d: zinea.data(d, False)]),
    "cinemaplus": (
        "Premyera",
        [lambda d: cinemaplus.tarix(d, True), lambda d: cinemaplus.tarix(d, False)],
    ),
}
LATER_LABELS = {
    "kinemask": ("Premiéra v SR", "Na DVD"),
    "kolosej": ("Slovenska premiera",),
    "kvikmyndir": ("Frumsýnd á Íslandi", "VOD"),
    "zinea": ("Estreinaldia Euskal Herrian",),
    "cinemaplus": ("Azərbaycanda premyera",),
}


@pytest.mark.parametrize("design", list(DATE_LABELS))
def test_release_date_after_its_label_and_later_dates_after_theirs(design: str) -> None:
    label, formats = DATE_LABELS[design]
    dated = later = 0
    for page in rendered(design, 80):
        released = page.expected["release_date"]
        found = values_after(page.html, label)
        if design == "apollokino" and released and "<h2>Ajajoon</h2>" in page.html:  # timeline
            d = date.fromisoformat(released)
            shown = f'<time datetime="{released}">{apollokino.kuupaev(d)}</time>'
            assert f"{shown} <span>Maailmaesilinastus</span>" in page.html
            dated += 1
            continue
        if not released:
            assert not found, page.url
            continue
        d = date.fromisoformat(released)
        assert found[0] in {f(d) for f in formats}, page.url
        dated += 1
        for trap in LATER_LABELS.get(design, ()):
            for value in values_after(page.html, trap):
                days = [
                    k for k in range(1, 700) if value in {f(d + timedelta(days=k)) for f in formats}
                ]
                assert days, (page.url, trap, value)
                later += 1
    assert dated > 20
    assert later > 5 or design == "apollokino"


def test_apollo_timeline_puts_later_events_after_the_release() -> None:
    seen = 0
    for page in rendered("apollokino", 80):
        events = re.findall(
            r'<time datetime="([\d-]+)">[^<]+</time> <span>([^<]+)</span>', page.html
        )
        if events:
            assert events[0] == (page.expected["release_date"], "Maailmaesilinastus")
            assert all(iso > events[0][0] for iso, _ in events[1:])
            seen += len(events) > 1
    assert seen > 5


def test_hulu_full_date_only_in_its_json_ld() -> None:
    seen = 0
    for page in rendered("hulu", 80):
        blocks = schema_blocks(page)
        if page.expected["release_date"]:
            assert blocks and blocks[0]["datePublished"] == page.expected["release_date"]
            seen += 1
        else:
            assert not any("datePublished" in b for b in blocks)
    assert seen > 5


def test_reelgood_state_repeats_only_the_visible_facts() -> None:
    for page in rendered("reelgood", COUNT):
        found = re.search(
            r'<script id="__NEXT_DATA__" type="application/json">(.*?)</script>', page.html
        )
        assert found, page.url
        state = json.loads(found.group(1))["props"]["pageProps"]["title"]
        e = page.expected
        assert state["name"] == e["title"] and state["runtime"] == e["runtime_minutes"]
        assert state["classification"] == e["content_rating"] and state["genres"] == e["genres"]
        assert state["season_count"] == e["seasons"] and state["imdb_id"] == e["imdb_id"]
        assert not {"released", "budget", "votes", "countries", "studios"} & set(state)
        assert state["tracking_count"] != e["user_rating_count"]
