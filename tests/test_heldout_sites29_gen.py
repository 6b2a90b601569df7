"""The twenty-ninth held-out site generator itself (not the parser): deterministic,
spec-shaped, honest pages whose markup varies per page. Nothing here measures marquee's
accuracy (benchmarks/sites29.py does)."""

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

import tests.heldout_sites25
import tests.heldout_sites26
from tests import site_set_checks as checks
from tests.heldout_sites2.records import Money
from tests.heldout_sites29 import (
    DESIGNS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    crave,
    culturevannin,
    dca,
    fbctv,
    itvx,
    ninenow,
    site_pages,
    stvplayer,
    tbc,
)
from tests.heldout_sites29.common import NEW_STYLES, Classes, facts29
from tests.test_heldout_sites26_gen import EARLIER as BEFORE_SITES26

COUNT = 30
EARLIER = BEFORE_SITES26 | set(tests.heldout_sites25.DESIGNS) | set(tests.heldout_sites26.DESIGNS)
ALONGSIDE = (27, 28, 30)  # written at the same time by other writers, blind to this set
MODULES: dict[str, ModuleType] = {
    m.NAME: m for m in (itvx, stvplayer, ninenow, crave, culturevannin, tbc, fbctv, dca)
}
LOCALIZED = ("culturevannin", "tbc", "fbctv", "dca")
LANGS = {"gv", "to", "fj", "sco"}
ENGLISH = {"en-GB", "en-AU", "en-CA"}
CSSVAR = r'<li style="--k:&quot;([^&<>]*)&quot;">([^<]*)</li>'


@functools.cache
@cache  # every test reads the same 80 pages a design: render them once a process
def _first_80(design: str, seed: int) -> list[SitePage]:
    return site_pages(design, 80, seed)


def rendered(design: str, count: int, seed: int = 0) -> list[SitePage]:
    return _first_80(design, seed)[:count] if seed == 0 else site_pages(design, count, seed)


def page_text(page: SitePage) -> str:
    """Visible text plus attribute values that name, label or show things, entities decoded,
    and the labels a stylesheet draws from an item's custom property (--k)."""
    drawn = " ".join(k for k, _ in re.findall(CSSVAR, page.html))
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", page.html, flags=re.S)
    attrs = " ".join(
        re.findall(r'(?:alt|title|aria-label|content|label|value|data-value)="([^"]*)"', body)
    )
    text = re.sub(r"<[^>]+>", " ", body)
    return " ".join(html.unescape(f"{text} {attrs} {drawn}").split())


def _pairs(markup: str) -> list[tuple[str, str]] | None:
    """(label, value) pairs as a reader sees them in this set's own markups or the
    twenty-sixth set's (None: another)."""
    if "data-tooltip=" in markup:
        return re.findall(
            r'role="img" aria-label="([^"]*)" data-tooltip="\1"></span><span>([^<]*)</span>', markup
        )
    if "<menu " in markup:
        return re.findall(r"<li><span>([^<]*)</span><span>([^<]*)</span></li>", markup)
    if "<mark>" in markup:
        return re.findall(r"<p><mark>([^<]*)</mark>([^<]*)</p>", markup)
    if "writing-mode:vertical-rl" in markup:
        return re.findall(r"<div><small>([^<]*)</small><b>([^<]*)</b></div>", markup)
    if "display:contents" in markup:
        return re.findall(r"<div><em>([^<]*)</em><span>([^<]*)</span></div>", markup)
    if "column-count:2" in markup:
        found = re.search(r'column-count:2.*?</style><ul class="[^"]+">(.*?)</ul>', markup, re.S)
        assert found
        items = re.findall(r"<li>([^<]*)</li>", found.group(1))
        half = len(items) // 2
        assert len(items) == 2 * half
        return list(zip(items[:half], items[half:], strict=True))
    if "content:var(--k)" in markup:
        return re.findall(CSSVAR, markup)
    if 'aria-roledescription="slide"' in markup:
        return re.findall(
            r'aria-roledescription="slide" aria-label="\d+ / \d+"><span>([^<]*)</span>'
            r"<strong>([^<]*)</strong>",
            markup,
        )
    if "display:table" in markup:
        return re.findall(r"<div><div>([^<]*)</div><div>([^<]*)</div></div>", markup)
    if "<colgroup>" in markup:
        return re.findall(r"<tr><td>([^<]*)</td><td>([^<]*)</td></tr>", markup)
    if 'role="feed"' in markup:
        return re.findall(r"<header>([^<]*)</header><p>([^<]*)</p>", markup)
    return None


def values_after(markup: str, label: str) -> list[str]:
    """What a reader finds for each use of `label` in the facts markup: this set's pairs (the
    item beside in the other column, the item whose custom property draws the label, the
    slide's, the CSS table row's, the <colgroup> table row's, the feed article's), the earlier
    sets' tiles, or else the next text after the label."""
    pairs = _pairs(markup)
    if pairs is not None:
        return [html.unescape(v) for k, v in pairs if html.unescape(k) == label]
    lab = re.escape(label)
    if "</strong><small>" in markup:
        return [
            html.unescape(v)
            for v in re.findall(rf"<strong>([^<]*)</strong><small>{lab}</small>", markup)
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
    assert {"rts", "tvnzplus", "centurycinemax", "starz", "showmax", "pbs", "stan"} <= EARLIER
    assert not EARLIER & set(DESIGNS)


def test_designs_in_other_languages_are_the_localized_ones() -> None:
    langs = {d: re.search(r'<html lang="([a-zA-Z-]+)"', rendered(d, 1)[0].html) for d in DESIGNS}
    other = {d for d, m in langs.items() if m and not m.group(1).startswith("en")}
    assert other == set(LOCALIZED), langs
    assert {m.group(1) for m in langs.values() if m} == LANGS | ENGLISH


def test_no_earlier_generator_uses_these_languages_or_sites() -> None:
    earlier = checks.earlier_generators(29, alongside=ALONGSIDE)
    assert len(earlier) > 100
    source = "\n".join(p.read_text(encoding="utf-8") for p in earlier)
    for lang in LANGS:
        assert f'Chrome("{lang}"' not in source and f'lang="{lang}"' not in source, lang
    for name in (
        "Manx",
        "Gaelg",
        "Vannin",
        "Isle of Man",
        "Tongan",
        "TV Tonga",
        "Tonga Broadcasting",
        "Fijian",
        "Fiji",
        "FBC",
        "Walesi",
        "Scots",
        "Dundee",
        "DCA",
        "ITVX",
        "STV",
        "9Now",
        "Crave",
    ):
        assert not re.search(rf"\b{re.escape(name)}\b", source), name


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
    # 160 titles: a year is missing on about one title in fourteen, and the first 80 of one
    # design (mbctv) happen to have one each
    checks.fields_absent_on_some_and_present_on_others(
        site_pages(design, 160), SPEC_KEYS, NOT_SHOWN[design]
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
    "columns": "column-count:2",
    "cssvar": "content:var(--k)",
    "slides": 'aria-roledescription="slide"',
    "csstable": "display:table",
    "colgroup": "<colgroup>",
    "feed": 'role="feed"',
    "dl": "<dl class=",
    "lines": "</b> ",
    "table": "<tr><th>",
    "tiles": "</strong><small>",
    "leaders": '<i aria-hidden="true"></i>',
    "menu": "<menu ",
    "mark": "<mark>",
    "sideways": "writing-mode:vertical-rl",
    "contents": "display:contents",
    "icontip": "data-tooltip=",
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
    earlier = checks.earlier_generators(29, alongside=ALONGSIDE)
    source = "\n".join(p.read_text(encoding="utf-8") for p in earlier)
    for tell in (
        "<menu",
        "<mark",
        "writing-mode",
        "vertical-rl",
        "display:contents",
        "data-tooltip",
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
    strip = facts29(c, "menu", rows)
    assert strip.count("<li>") == 3 and "<ul" not in strip and _pairs(strip) == want
    marked = facts29(c, "mark", rows)
    assert marked.count("<mark>") == 3 and _pairs(marked) == want
    spine = facts29(c, "sideways", rows)
    assert "writing-mode:vertical-rl" in spine and _pairs(spine) == want
    grid = facts29(c, "contents", rows)
    assert "grid-template-columns:max-content 1fr" in grid and _pairs(grid) == want
    assert re.search(r"\.[\w-]+>div\{display:contents\}", grid)
    icons = facts29(c, "icontip", rows)
    assert _pairs(icons) == want and icons.count('role="img"') == 3
    text_nodes = re.findall(r">([^<]+)<", re.sub(r"<style>.*?</style>", "", icons, flags=re.S))
    assert not any(k in text_nodes for k, _ in want)  # the labels only in attributes
    assert "content:attr(data-tooltip)" in icons
    every = (strip, marked, spine, grid, icons)
    assert all("Year" not in x for x in every)
    assert all(values_after(x, "Runtime") == ["111 min"] for x in every)


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
        names = re.findall(r"</p><p>[^<]*?(?::|by|bi) ([^<]+?)</p>", page.html)
        assert names, page.url
        assert not {html.unescape(n) for n in names} & set(page.expected["directors"]), page.url


def test_view_counters_are_not_the_votes() -> None:
    for design in (*LOCALIZED, "stvplayer", "ninenow", "crave"):
        seen = 0
        for page in rendered(design, COUNT):
            views = re.search(r'-views-[0-9a-f]{5}">([^<]*)</p>', page.html)
            assert views, (design, page.url)
            count = int(re.sub(r"\D", "", html.unescape(views.group(1))))
            assert count != page.expected["user_rating_count"]
            seen += page.expected["user_rating_count"] is not None
        assert seen > 10, design


def test_formats_say_what_the_record_says() -> None:
    d = date(1995, 10, 7)
    usd = Money(3600000, "USD")
    assert itvx.uk_date(d, True) == "7 October 1995" and itvx.uk_date(d, False) == "07.10.1995"
    assert itvx.duration(111, True) == "1h 51m" and itvx.duration(120, True) == "2h"
    assert itvx.duration(45, True) == "45 mins" and itvx.duration(111, False) == "111 mins"
    assert stvplayer.stv_date(d, True) == "7 Oct 1995"
    assert stvplayer.stv_date(d, False) == "07/10/1995"
    assert (
        stvplayer.runtime(111, True) == "1 hr 51 min" and stvplayer.runtime(111, False) == "111 min"
    )
    assert stvplayer.ratings(1) == "(1 rating)" and stvplayer.ratings(1234) == "(1,234 ratings)"
    assert stvplayer.money(usd) == "$3,600,000" and stvplayer.money(Money(5, "GBP")) == "£5"
    assert ninenow.au_date(d, True) == "7 October 1995" and ninenow.length(111, True) == "1h 51m"
    assert ninenow.length(111, False) == "111m" and ninenow.ratings(12) == "(12 ratings)"
    assert crave.ca_date(d, True) == "October 7, 1995" and crave.ca_date(d, False) == "1995-10-07"
    assert crave.duration(111, True) == "1 h 51 min" and crave.duration(60, True) == "1 h"
    assert crave.money(usd) == "US$3,600,000" and crave.money(Money(7, "CAD")) == "CA$7"
    assert culturevannin.laa(d, True) == "7 Jerrey Fouyir 1995"
    assert culturevannin.laa(d, False) == "07/10/1995"
    assert culturevannin.traa(111, True) == "1 oor as 51 minnid"
    assert (
        culturevannin.traa(111, False) == "111 minnid" and culturevannin.traa(120, True) == "2 oor"
    )
    assert culturevannin.teiyn(1234) == "(1,234 teiyn)" and culturevannin.teiyn(1) == "(1 teiy)"
    assert culturevannin.argid(usd) == "$3,600,000"
    assert tbc.aho(d, True) == "7 ʻOkatopa 1995" and tbc.aho(d, False) == "07/10/1995"
    assert tbc.loloa(111, True) == "houa ʻe 1 mo e miniti ʻe 51"
    assert tbc.loloa(111, False) == "miniti ʻe 111" and tbc.loloa(120, True) == "houa ʻe 2"
    assert tbc.fili(1234) == "(fili ʻe 1,234)" and tbc.patiseti(usd) == "USD 3,600,000"
    assert fbctv.siga(d, True) == "7 Okotova 1995" and fbctv.siga(d, False) == "07/10/1995"
    assert fbctv.balavu(111, True) == "1 na aua 51 na miniti"
    assert fbctv.balavu(111, False) == "111 na miniti" and fbctv.voti(1234) == "(1,234 na voti)"
    assert fbctv.lavo(usd) == "3,600,000 USD"
    assert dca.scots_date(date(1995, 3, 7), True) == "7 Mairch 1995"
    assert dca.scots_date(d, False) == "07.10.1995"
    assert dca.lenth(111, True) == "1 oor 51 meenits" and dca.lenth(180, True) == "3 oors"
    assert dca.lenth(111, False) == "111 meenits"
    assert dca.rated_by(1) == "(1 body has rated it)"
    assert dca.rated_by(1234) == "(1,234 fowk hae rated it)" and dca.siller(usd) == "$3,600,000"


def test_certificates_are_the_local_classes() -> None:
    allowed = {
        "itvx": {"U", "PG", "12", "15", "18"},
        "stvplayer": {"U", "PG", "12", "15", "18"},
        "ninenow": {"G", "PG", "M", "MA15+", "R18+"},
        "crave": {"G", "PG", "14+", "18+"},
        "culturevannin": {"U", "PG", "12", "15", "18"},
        "tbc": {"Kotoa", "PG", "13", "16", "18"},
        "fbctv": {"G", "PG", "M", "R16", "R18"},
        "dca": {"U", "PG", "12A", "15", "18"},
    }
    for design, marks in allowed.items():
        seen = {p.expected["content_rating"] for p in rendered(design, 80)} - {None}
        assert seen <= marks and len(seen) >= 3, (design, seen)


EXTRA = {d: {k for k, _ in MODULES[d].SITE.extra_rows(None, random.Random(0))} for d in DESIGNS}


def _own_markup_pages(style: str) -> list[tuple[str, SitePage, str]]:
    return [
        (d, p, details(p))
        for d in DESIGNS
        if style in MODULES[d].SITE.styles
        for p in rendered(d, COUNT)
        if MARKERS[style] in details(p)
    ]


@pytest.mark.parametrize("style", NEW_STYLES)
def test_new_markups_pair_each_label_with_its_value(style: str) -> None:
    found = _own_markup_pages(style)
    assert len(found) > 10, style
    for design, page, markup in found:
        site = MODULES[design].SITE
        labels = set(site.words.labels.values()) | {site.later} | EXTRA[design]
        pairs = _pairs(markup) or []
        items = len(re.findall(r"<li>|<p><mark>|<div><small>|<div><em>", markup))
        assert all(k and v for k, v in pairs), page.url
        assert pairs and len(pairs) == items, page.url
        assert all(html.unescape(k) in labels for k, _ in pairs), page.url
        assert not any(html.unescape(v) in labels for _, v in pairs), page.url


def test_sideways_labels_are_still_text_a_reader_sees() -> None:
    for _, page, markup in _own_markup_pages("sideways"):
        pairs = _pairs(markup) or []
        text = page_text(page)
        assert all(html.unescape(k) in text for k, _ in pairs), page.url
        # turned, not hidden or clipped
        assert "display:none" not in markup and "overflow" not in markup, page.url


def test_screenings_are_not_the_release_or_the_money() -> None:
    site = dca.SITE
    for page in rendered("dca", COUNT):
        e = page.expected
        block = re.search(r"<h2>Screenins</h2>(.*?)</section>", page.html, re.S)
        assert block, page.url
        released = date.fromisoformat(e["release_date"]) if e["release_date"] else None
        for long in (True, False):
            assert released is None or site.date(released, long) not in block.group(1)
        for m in [e[k] for k in ("budget", "box_office") if e[k]]:
            assert site.money(Money(int(m["amount"]), m["currency"])) not in block.group(1)
        assert re.search(r"£\d", block.group(1)), page.url


def test_some_deploys_fold_the_facts_under_a_button_that_opens_them() -> None:
    for design in DESIGNS:
        pages = rendered(design, 60)
        folded = [p for p in pages if 'hidden="until-found"' in details(p)]
        assert 0 < len(folded) < len(pages), design
        for page in folded:
            fold = re.search(r'aria-controls="([^"]+)">[^<]+</button></h2><div id="\1"', page.html)
            assert fold, page.url
