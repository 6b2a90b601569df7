"""The twenty-second held-out site generator itself (not the parser): deterministic,
spec-shaped, honest pages whose markup varies per page. Nothing here measures marquee's
accuracy (benchmarks/sites22.py does)."""

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

import tests.heldout_sites20
from tests import site_set_checks as checks
from tests.heldout_sites2.records import Money
from tests.heldout_sites22 import (
    DESIGNS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    bukedde,
    ktrk,
    legendcinema,
    mewatch,
    rteplayer,
    scopecinemas,
    site_pages,
    tarangplus,
    zacutv,
)
from tests.heldout_sites22.common import NEW_STYLES, Classes, facts22
from tests.test_heldout_sites20_gen import EARLIER as BEFORE_SITES20

COUNT = 30
EARLIER = BEFORE_SITES20 | set(tests.heldout_sites20.DESIGNS)
MODULES: dict[str, ModuleType] = {
    m.NAME: m
    for m in (zacutv, bukedde, scopecinemas, legendcinema, ktrk, tarangplus, rteplayer, mewatch)
}
LOCALIZED = ("zacutv", "bukedde", "scopecinemas", "legendcinema", "ktrk", "tarangplus")
LANGS = {"rw", "lg", "si", "km", "ky", "or"}


@functools.cache
@cache  # every test reads the same 80 pages a design: render them once a process
def _first_80(design: str, seed: int) -> list[SitePage]:
    return site_pages(design, 80, seed)


def rendered(design: str, count: int, seed: int = 0) -> list[SitePage]:
    return _first_80(design, seed)[:count] if seed == 0 else site_pages(design, count, seed)


def css_labels(markup: str) -> dict[str, str]:
    """class -> the label its stylesheet rule draws before the item."""
    return dict(re.findall(r'\.([\w-]+)::before\{content:"([^"]*): ";', markup))


def page_text(page: SitePage) -> str:
    """Visible text plus attribute values that name, label or show things, entities decoded,
    and the labels a stylesheet draws (content: "...")."""
    drawn = " ".join(css_labels(page.html).values())
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", page.html, flags=re.S)
    attrs = " ".join(
        re.findall(r'(?:alt|title|aria-label|content|label|value|data-value)="([^"]*)"', body)
    )
    text = re.sub(r"<[^>]+>", " ", body)
    return " ".join(html.unescape(f"{text} {attrs} {drawn}").split())


def values_after(markup: str, label: str) -> list[str]:
    """What a reader finds for each use of `label` in the facts markup: the tile's value over
    its small label, the item of the class whose stylesheet rule draws the label, the value
    cell that names the label cell after it, the value above the label in a table's footer,
    the ruby base under an <rt> label, or else the next text after the label."""
    lab = re.escape(label)
    if '<td headers="' in markup:
        pattern = rf'<td headers="([^"]+)">([^<]*)</td><th id="\1" scope="row">{lab}</th>'
        return [html.unescape(v) for _, v in re.findall(pattern, markup)]
    if "<tfoot>" in markup:
        values = re.findall(r"<td>([^<]*)</td>", markup.split("<tfoot>")[0])
        labels = re.findall(r'<th scope="col">([^<]*)</th>', markup.split("<tfoot>")[1])
        assert len(values) == len(labels)
        return [html.unescape(v) for k, v in zip(labels, values, strict=True) if k == label]
    if "</strong><small>" in markup:
        return [
            html.unescape(v)
            for v in re.findall(rf"<strong>([^<]*)</strong><small>{lab}</small>", markup)
        ]
    if '::before{content:"' in markup:
        classes = [k for k, v in css_labels(markup).items() if v == label]
        return [
            html.unescape(v)
            for k in classes
            for v in re.findall(rf'<li class="{re.escape(k)}">([^<]*)</li>', markup)
        ]
    if "<ruby>" in markup:
        return [
            html.unescape(v) for v in re.findall(rf"<ruby>([^<]*)<rp>\(</rp><rt>{lab}</rt>", markup)
        ]
    found = []
    for m in re.finditer(rf">\s*{lab}:?\s*<", markup):
        nxt = re.search(r">([^<]*[^\s<][^<]*)<", markup[m.end() - 1 :])
        if nxt:
            found.append(html.unescape(nxt.group(1).strip()))
    return found


def details(page: SitePage) -> str:
    """The facts block alone (the menus, rails and episodes carry some label words too)."""
    found = re.search(r'-details-[0-9a-f]{5}">(.*?)</section>', page.html, re.S)
    assert found, page.url
    return found.group(1)


def label(design: str, key: str) -> str:
    return str(MODULES[design].SITE.words.labels[key])


def schema_blocks(page: SitePage) -> list[Any]:
    found = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page.html, re.S)
    return [json.loads(block) for block in found]


def strings(expected: dict[str, Any]) -> list[str]:
    found = [expected[k] for k in ("title", "synopsis", "content_rating") if expected[k]]
    for key in ("genres", "countries", "studios", "directors", "writers"):
        found += expected[key]
    for credit in expected["cast"]:
        found += [v for v in credit.values() if v]
    return found


def test_eight_new_designs() -> None:
    assert len(DESIGNS) == len(set(DESIGNS)) == 8 == len(MODULES)
    assert {"starz", "tribeca", "rudaw", "acorntv", "crackle", "storefront"} <= EARLIER
    assert not EARLIER & set(DESIGNS)


def test_designs_in_other_languages_are_the_localized_ones() -> None:
    langs = {d: re.search(r'<html lang="([a-zA-Z-]+)"', rendered(d, 1)[0].html) for d in DESIGNS}
    other = {d for d, m in langs.items() if m and not m.group(1).startswith("en")}
    assert other == set(LOCALIZED), langs
    assert {m.group(1) for m in langs.values() if m} == LANGS | {"en-IE", "en-SG"}


def test_no_earlier_generator_uses_these_languages_or_sites() -> None:
    earlier = checks.earlier_generators(22, alongside=(21,))  # written at the same time
    assert len(earlier) > 100
    source = "\n".join(p.read_text(encoding="utf-8") for p in earlier)
    for lang in LANGS | {"en-IE", "en-SG"}:
        assert f'Chrome("{lang}"' not in source and f'lang="{lang}"' not in source, lang
    for name in ("Kinyarwanda", "Luganda", "Sinhala", "Khmer", "Kyrgyz", "Odia", "RTÉ", "meWATCH"):
        assert name not in source, name


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
def test_expected_values_follow_the_spec(design: str) -> None:
    checks.expected_values_follow_the_spec(rendered(design, COUNT))


@pytest.mark.parametrize("design", DESIGNS)
def test_fields_are_absent_on_some_titles_and_present_on_others(design: str) -> None:
    checks.fields_absent_on_some_and_present_on_others(
        rendered(design, 80), SPEC_KEYS, NOT_SHOWN[design]
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


def test_schema_org_is_on_some_pages_of_every_design() -> None:
    share = {d: sum(bool(schema_blocks(p)) for p in rendered(d, 30)) for d in DESIGNS}
    assert all(0 < n < 30 for n in share.values()), share


@pytest.mark.parametrize("design", DESIGNS)
def test_schema_org_says_only_what_the_record_says(design: str) -> None:
    for page in rendered(design, COUNT):
        e = page.expected
        for block in schema_blocks(page):
            assert block["name"] == e["title"] and block["url"] == page.url
            for key, rec in (("director", "directors"), ("author", "writers")):
                if key in block:
                    assert [p["name"] for p in block[key]] == e[rec]
            assert block.get("genre", e["genres"]) == e["genres"]
            assert block.get("contentRating", e["content_rating"]) == e["content_rating"]
            assert block.get("datePublished", e["release_date"]) == e["release_date"]
            assert block.get("numberOfSeasons", e["seasons"]) == e["seasons"]
            if "aggregateRating" in block:
                assert block["aggregateRating"]["ratingCount"] == e["user_rating_count"]


MARKERS = {
    "tiles": "</strong><small>",
    "csslabel": '::before{content:"',
    "headers": '<td headers="',
    "tfoot": "<tfoot>",
    "leaders": '<i aria-hidden="true"></i>',
    "hrpairs": "</p><hr>",
    "dl": "<dl class=",
    "lines": "</b> ",
    "table": "<tr><th>",
    "ruby": "<ruby>",
    "buttons": '<button type="button" class=',
}


@pytest.mark.parametrize("design", DESIGNS)
def test_each_markup_is_on_some_pages_only(design: str) -> None:
    """Every design draws its facts' markup per page from three, two of them this set's own."""
    styles = set(MODULES[design].SITE.styles)
    assert len(styles) == 3 and len(styles & set(NEW_STYLES)) >= 2
    pages = rendered(design, 60)
    for style in styles:
        having = sum(MARKERS[style] in details(p) for p in pages)
        assert 0 < having < len(pages), (style, having)
    assert sum(sum(MARKERS[s] in details(p) for s in styles) == 1 for p in pages) == len(pages)


def test_every_new_markup_is_used_by_two_designs() -> None:
    used = [s for m in MODULES.values() for s in m.SITE.styles if s in NEW_STYLES]
    assert all(used.count(s) >= 2 for s in NEW_STYLES), used


def test_no_earlier_generator_uses_the_new_markups() -> None:
    earlier = checks.earlier_generators(22, alongside=(21,))  # written at the same time
    source = "\n".join(p.read_text(encoding="utf-8") for p in earlier)
    for tell in (
        "</strong><small>",
        '::before{content:"',
        'headers="',
        "<tfoot",
        '<i aria-hidden="true"></i>',
        "<h6",
        "<hr",
        "until-found",
    ):
        assert tell not in source, tell


def test_the_new_markups_render_as_described() -> None:
    c = Classes("x", random.Random(1))
    rows: list[tuple[str, str | list[str]]] = [
        ("Director", ["Ada Gallo", "Bruno Sato"]),
        ("Runtime", "111 min"),
        ("Year", ""),
        ("Genre", ["Drama"]),
    ]
    want = [("Director", "Ada Gallo, Bruno Sato"), ("Runtime", "111 min"), ("Genre", "Drama")]
    tiles = facts22(c, "tiles", rows)
    assert [
        (k, v) for v, k in re.findall(r"<strong>([^<]*)</strong><small>([^<]*)</small>", tiles)
    ] == want
    css = facts22(c, "csslabel", rows)
    labels = css_labels(css)
    items = re.findall(r'<li class="([^"]*)">([^<]*)</li>', css)
    assert [(labels[k], v) for k, v in items] == want
    assert not any(f">{k}" in css or f'"{k}"' in css for k, _ in want)  # no element holds a label
    table = facts22(c, "headers", rows)
    pairs = re.findall(
        r'<td headers="([^"]*)">([^<]*)</td><th id="([^"]*)" scope="row">([^<]*)</th>', table
    )
    assert [(k, v) for ref, v, ident, k in pairs if ref == ident] == want and len(pairs) == 3
    strip = facts22(c, "tfoot", rows)
    body, foot = strip.split("<tfoot>")
    assert (
        list(
            zip(
                re.findall(r'<th scope="col">([^<]*)</th>', foot),
                re.findall(r"<td>([^<]*)</td>", body),
                strict=True,
            )
        )
        == want
    )
    dots = facts22(c, "leaders", rows)
    assert (
        re.findall(
            r'<li><span>([^<]*)</span><i aria-hidden="true"></i><span>([^<]*)</span></li>', dots
        )
        == want
    )
    assert "border-bottom:1px dotted" in dots
    sheet = facts22(c, "hrpairs", rows)
    assert re.findall(r"<h6>([^<]*)</h6><p>([^<]*)</p><hr>", sheet) == want
    assert all("Year" not in x for x in (tiles, css, table, strip, dots, sheet))


@pytest.mark.parametrize("design", DESIGNS)
def test_each_fact_is_under_its_label_in_the_designs_own_format(design: str) -> None:
    site = MODULES[design].SITE
    seen: dict[str, int] = {}
    for page in rendered(design, 60):
        e, markup = page.expected, details(page)

        def under(key: str, want: set[str] | None) -> None:
            found = values_after(markup, label(design, key))  # noqa: B023
            if want is None:
                assert not found, (page.url, key, found)  # noqa: B023
            else:
                assert found and found[0] in want, (page.url, key, found, want)  # noqa: B023
                seen[key] = seen.get(key, 0) + 1

        suffix = site.per_episode if e["kind"] == "show" else ""
        n = e["runtime_minutes"]
        under("runtime", {site.runtime(n, long) + suffix for long in (True, False)} if n else None)
        d = date.fromisoformat(e["release_date"]) if e["release_date"] else None
        under("released", {site.date(d, long) for long in (True, False)} if d else None)
        for key, rec in (
            ("director", "directors"),
            ("writer", "writers"),
            ("genre", "genres"),
            ("country", "countries"),
            ("studio", "studios"),
        ):
            under(key, {", ".join(e[rec])} if e[rec] else None)
        under("rating", {e["content_rating"]} if e["content_rating"] else None)
        under("seasons", {str(e["seasons"])} if e["seasons"] else None)
        under("year", {str(e["release_year"])} if e["release_year"] else None)
        for key in ("budget", "box_office"):
            if key not in site.hidden:
                m = e[key]
                under(key, {site.money(Money(int(m["amount"]), m["currency"]))} if m else None)
        if e["user_rating_count"]:
            assert site.votes(e["user_rating_count"]) in page_text(page), page.url
    assert all(n > 3 for n in seen.values()) and len(seen) >= 8, seen


@pytest.mark.parametrize("design", DESIGNS)
def test_a_later_date_under_the_trap_label_is_after_the_release(design: str) -> None:
    site = MODULES[design].SITE
    later = 0
    for page in rendered(design, 80):
        found = values_after(details(page), site.later)
        released = page.expected["release_date"]
        if not released:
            assert not found, page.url
            continue
        d = date.fromisoformat(released)
        for value in found:
            dates = {
                site.date(d.fromordinal(d.toordinal() + k), long)
                for k in range(7, 401)
                for long in (True, False)
            }
            assert value in dates, (page.url, value)
            later += 1
    assert later > 5


@pytest.mark.parametrize("design", DESIGNS)
def test_crew_in_other_jobs_is_never_a_director_writer_or_actor(design: str) -> None:
    traps = [label(design, k) for k in ("music", "producer", "camera")]
    for page in rendered(design, COUNT):
        found = [v for t in traps for v in values_after(details(page), t)]
        assert len(found) == 3, (page.url, found)
        e = page.expected
        for name in found:
            assert name not in e["directors"] + e["writers"], (page.url, name)
            assert name not in [c["actor"] for c in e["cast"]], (page.url, name)


@pytest.mark.parametrize("design", DESIGNS)
def test_episodes_carry_their_own_directors(design: str) -> None:
    shows = [p for p in rendered(design, 80) if p.expected["kind"] == "show"]
    episodic = [p for p in shows if "-episode-" in p.html]
    assert episodic
    for page in episodic:
        names = re.findall(r"</p><p>[^<]*?(?::|by) ([^<]+?)</p>", page.html)
        assert names, page.url
        assert not {html.unescape(n) for n in names} & set(page.expected["directors"]), page.url


def test_view_counters_are_not_the_votes() -> None:
    for design in LOCALIZED:
        seen = 0
        for page in rendered(design, COUNT):
            views = re.search(r'-views-[0-9a-f]{5}">([^<]*)</p>', page.html)
            assert views, (design, page.url)
            count = int(re.sub(r"\D", "", html.unescape(views.group(1))))
            assert count != page.expected["user_rating_count"]
            seen += page.expected["user_rating_count"] is not None
        assert seen > 10


def test_formats_say_what_the_record_says() -> None:
    d = date(1995, 10, 7)
    usd = Money(3600000, "USD")
    assert zacutv.itariki(d, True) == "7 Ukwakira 1995" and zacutv.itariki(d, False) == "07/10/1995"
    assert (
        zacutv.igihe(111, True) == "isaha 1 n'iminota 51" and zacutv.igihe(120, True) == "amasaha 2"
    )
    assert zacutv.igihe(45, True) == "iminota 45" and zacutv.igihe(111, False) == "iminota 111"
    assert zacutv.amajwi(1) == "(ijwi 1)" and zacutv.amajwi(1234) == "(amajwi 1 234)"
    assert zacutv.amafaranga(usd) == "$3,600,000"
    assert (
        bukedde.olunaku(d, True) == "7 Okitobba 1995" and bukedde.olunaku(d, False) == "07/10/1995"
    )
    assert bukedde.obuwanvu(111, True) == "essaawa 1 n'eddakiika 51"
    assert (
        bukedde.obuwanvu(120, True) == "essaawa 2"
        and bukedde.obuwanvu(111, False) == "eddakiika 111"
    )
    assert bukedde.obululu(1234) == "(obululu 1,234)" and bukedde.ensimbi(usd) == "$3,600,000"
    assert (
        scopecinemas.dinaya(d, True) == "1995 ඔක්තෝබර් 7"
        and scopecinemas.dinaya(d, False) == "1995/10/07"
    )
    assert (
        scopecinemas.kalaya(111, True) == "පැය 1 මිනිත්තු 51"
        and scopecinemas.kalaya(120, True) == "පැය 2"
    )
    assert (
        scopecinemas.kalaya(111, False) == "මිනිත්තු 111" and scopecinemas.chanda(1234) == "(ඡන්ද 1,234)"
    )
    assert legendcinema.thngai(d, True) == "ថ្ងៃទី7 ខែតុលា ឆ្នាំ1995"
    assert legendcinema.thngai(d, False) == "07/10/1995"
    assert (
        legendcinema.rayakpel(111, True) == "1 ម៉ោង 51 នាទី"
        and legendcinema.rayakpel(111, False) == "111 នាទី"
    )
    assert (
        legendcinema.vay_tamlai(1234) == "(1,234 ការវាយតម្លៃ)"
        and legendcinema.thavika(usd) == "$3,600,000"
    )
    assert ktrk.kun(d, True) == "1995-жылдын 7-октябры" and ktrk.kun(d, False) == "07.10.1995"
    assert (
        ktrk.uzaktygy(111, True) == "1 саат 51 мүнөт" and ktrk.uzaktygy(111, False) == "111 мүнөт"
    )
    assert ktrk.dobush(1234) == "(1 234 добуш)" and ktrk.akcha(usd) == "3 600 000 $"
    assert tarangplus.indian(1234567) == "12,34,567" and tarangplus.indian(999) == "999"
    assert tarangplus.indian(123456789) == "12,34,56,789" and tarangplus.indian(1000) == "1,000"
    assert (
        tarangplus.tarikha(d, True) == "7 ଅକ୍ଟୋବର 1995"
        and tarangplus.tarikha(d, False) == "07-10-1995"
    )
    assert (
        tarangplus.abadhi(111, True) == "1 ଘଣ୍ଟା 51 ମିନିଟ"
        and tarangplus.abadhi(111, False) == "111 ମିନିଟ"
    )
    assert tarangplus.vote(123456) == "(1,23,456 ଭୋଟ)" and tarangplus.taka(usd) == "$36,00,000"
    assert (
        rteplayer.irish_date(d, True) == "7 October 1995"
        and rteplayer.irish_date(d, False) == "07/10/1995"
    )
    assert (
        rteplayer.duration(111, True) == "1h 51m" and rteplayer.duration(111, False) == "111 mins"
    )
    assert mewatch.sg_date(d, True) == "7 Oct 1995" and mewatch.sg_date(d, False) == "07/10/1995"
    assert mewatch.runtime(111, True) == "1h 51min" and mewatch.runtime(111, False) == "111min"


def test_certificates_are_the_local_classes() -> None:
    allowed = {
        "zacutv": {"Bose", "7+", "13+", "16+", "18+"},
        "bukedde": {"Bonna", "PG", "13+", "16+", "18+"},
        "scopecinemas": {"සැමට", "PG", "PG 13", "16+", "18+"},
        "legendcinema": {"G", "NC15", "R18"},
        "ktrk": {"0+", "6+", "12+", "16+", "18+"},
        "tarangplus": {"U", "U/A 7+", "U/A 13+", "U/A 16+", "A"},
        "mewatch": {"G", "PG", "PG13", "NC16", "M18"},
    }
    for design, marks in allowed.items():
        seen = {p.expected["content_rating"] for p in rendered(design, 80)} - {None}
        assert seen <= marks and len(seen) >= 3, (design, seen)
    for page in rendered("rteplayer", 80):
        rating, show = page.expected["content_rating"], page.expected["kind"] == "show"
        assert rating is None or rating in (
            {"GA", "YA", "PS", "MA"} if show else {"G", "PG", "12A", "15A", "18"}
        )


def test_csslabel_labels_are_in_the_stylesheet_only() -> None:
    seen = 0
    for design in ("zacutv", "ktrk", "mewatch"):
        for page in rendered(design, COUNT):
            markup = details(page)
            if '::before{content:"' not in markup:
                continue
            seen += 1
            outside = re.sub(r"<style>.*?</style>", "", markup, flags=re.S)
            for name, text in css_labels(markup).items():
                assert f">{text}<" not in outside and f'class="{name}"' in outside, (page.url, text)
            assert (
                label(design, "runtime") in css_labels(markup).values()
                or not page.expected["runtime_minutes"]
            )
    assert seen > 10


def test_sessions_and_showtimes_are_not_the_release_or_the_money() -> None:
    seen = 0
    for design, head in (("scopecinemas", "ප්‍රදර්ශන වේලාවන්"), ("legendcinema", "ម៉ោងបញ្ចាំង")):
        site = MODULES[design].SITE
        for page in rendered(design, COUNT):
            e = page.expected
            block = re.search(rf"<h2>{head}</h2>(.*?)</section>", page.html, re.S)
            assert block, page.url
            released = date.fromisoformat(e["release_date"]) if e["release_date"] else None
            for long in (True, False):
                assert released is None or site.date(released, long) not in block.group(1)
            money = [e[k] for k in ("budget", "box_office") if e[k]]
            for m in money:
                assert site.money(Money(int(m["amount"]), m["currency"])) not in block.group(1)
            seen += bool(re.search(r"(?:රු\. |\$)[\d,]+", block.group(1)))
    assert seen == 2 * COUNT


def test_some_deploys_fold_the_facts_under_a_button_that_opens_them() -> None:
    for design in DESIGNS:
        pages = rendered(design, 60)
        folded = [p for p in pages if 'hidden="until-found"' in details(p)]
        assert 0 < len(folded) < len(pages), design
        for page in folded:
            fold = re.search(r'aria-controls="([^"]+)">[^<]+</button></h2><div id="\1"', page.html)
            assert fold, page.url
