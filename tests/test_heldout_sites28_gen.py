"""The twenty-eighth held-out site generator itself (not the parser): deterministic,
spec-shaped, honest pages whose markup varies per page. Nothing here measures marquee's
accuracy (benchmarks/sites28.py does)."""

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

import tests.heldout_sites26
from tests import site_set_checks as checks
from tests.heldout_sites2.records import Money
from tests.heldout_sites28 import (
    DESIGNS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    cineworld,
    eventcinemas,
    hoyts,
    marcus,
    odeon,
    picturehouse,
    radiotimes,
    simkl,
    site_pages,
)
from tests.heldout_sites28.common import NEW_STYLES, Classes, facts28
from tests.test_heldout_sites26_gen import EARLIER as BEFORE_SITES26

COUNT = 30
EARLIER = BEFORE_SITES26 | set(tests.heldout_sites26.DESIGNS)
ALONGSIDE = (27, 29, 30)  # written at the same time by other writers, blind to this one
MODULES: dict[str, ModuleType] = {
    m.NAME: m
    for m in (simkl, radiotimes, cineworld, picturehouse, hoyts, eventcinemas, odeon, marcus)
}
ENGLISH = {"en-US", "en-GB", "en-AU"}
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
    """(label, value) pairs as a reader sees them in this set's and sites26's markups (None:
    another)."""
    if "flex-direction:column-reverse" in markup:
        return [
            (k, v)
            for v, k in re.findall(
                r"<div><strong>([^<]*)</strong><span>([^<]*)</span></div>", markup
            )
        ]
    if "<menu" in markup:
        return re.findall(r"<li><span>([^<]*)</span><span>([^<]*)</span></li>", markup)
    if "<mark>" in markup:
        run = re.search(r'<p class="[^"]+">(.*?)</p>', markup, re.S)
        assert run
        return re.findall(r"(?:^|· )([^<·]*?) <mark>([^<]*)</mark>", run.group(1))
    if "float:left" in markup:
        return re.findall(r"<p><span>([^<]*)</span>([^<]*)</p>", markup)
    if "display:contents" in markup:
        return re.findall(r"<div><span>([^<]*)</span><span>([^<]*)</span></div>", markup)
    if "<picture>" in markup:
        return re.findall(
            r'alt="([^"]*)" width="18" height="18"></picture><span>([^<]*)</span>', markup
        )
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
    assert {"rts", "btv", "tvnzplus", "centurycinemax", "starz", "stan"} <= EARLIER
    assert not EARLIER & set(DESIGNS)


def test_every_design_is_in_english() -> None:
    langs = {d: re.search(r'<html lang="([a-zA-Z-]+)"', rendered(d, 1)[0].html) for d in DESIGNS}
    assert {m.group(1) for m in langs.values() if m} == ENGLISH and all(langs.values()), langs


SITES = (
    "Simkl",
    "Radio Times",
    "Cineworld",
    "Picturehouse",
    "HOYTS",
    "Hoyts",
    "Event Cinemas",
    "ODEON",
    "Marcus Theatres",
    "Marcus",
)


def test_no_earlier_generator_models_these_sites() -> None:
    earlier = checks.earlier_generators(28, alongside=ALONGSIDE)
    assert len(earlier) > 100
    source = "\n".join(p.read_text(encoding="utf-8") for p in earlier)
    for name in SITES:
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
    "reverse": "column-reverse",
    "menu": "<menu",
    "mark": "<mark>",
    "floats": "float:left",
    "contents": "display:contents",
    "icons": "<picture>",
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
    earlier = checks.earlier_generators(28, alongside=ALONGSIDE)
    source = "\n".join(p.read_text(encoding="utf-8") for p in earlier)
    for tell in (
        "column-reverse",
        "<menu",
        "<mark",
        "float:",
        "display:contents",
        "<picture",
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
    made = {style: facts28(c, style, rows) for style in NEW_STYLES}
    for style, markup in made.items():
        assert _pairs(markup) == want, style
        assert "Year" not in markup, style
        assert values_after(markup, "Runtime") == ["111 min"], style
    # the value before its label in the markup, the stylesheet turning the card over
    assert "<div><strong>111 min</strong><span>Runtime</span></div>" in made["reverse"]
    assert (
        "<menu" in made["menu"]
        and "<li><span>Runtime</span><span>111 min</span></li>" in made["menu"]
    )
    assert (
        "Director <mark>Ada Gallo, Bruno Sato</mark> · Runtime <mark>111 min</mark>" in made["mark"]
    )
    assert "<p><span>Runtime</span>111 min</p>" in made["floats"] and "float:left" in made["floats"]
    assert "display:grid" in made["contents"] and "display:contents" in made["contents"]
    # the icon's alt text is the only label
    outside = re.sub(r'alt="[^"]*"|srcset="[^"]*"|src="[^"]*"', "", made["icons"])
    assert not any(k in outside for k, _ in want)
    assert made["icons"].count("<picture>") == 3


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
    for design in DESIGNS:
        seen = 0
        for page in rendered(design, COUNT):
            views = re.search(r'-views-[0-9a-f]{5}">([^<]*)</p>', page.html)
            assert views, (design, page.url)
            count = int(re.sub(r"\D", "", html.unescape(views.group(1))))
            assert count != page.expected["user_rating_count"]
            seen += page.expected["user_rating_count"] is not None
        assert seen > 5


def test_formats_say_what_the_record_says() -> None:
    d = date(1995, 10, 7)
    usd, gbp = Money(3600000, "USD"), Money(2000000, "GBP")
    assert simkl.us_date(d, True) == "October 7, 1995" and simkl.us_date(d, False) == "10/07/1995"
    assert simkl.runtime(111, True) == "1h 51m" and simkl.runtime(120, True) == "2h"
    assert simkl.runtime(45, True) == "45m" and simkl.runtime(111, False) == "111 min"
    assert simkl.votes(1) == "1 vote" and simkl.votes(1234) == "1,234 votes"
    assert simkl.usd(usd) == "$3,600,000"
    assert radiotimes.uk_date(d, True) == "7 October 1995"
    assert radiotimes.uk_date(d, False) == "07/10/1995"
    assert radiotimes.running_time(111, True) == "1hr 51mins"
    assert radiotimes.running_time(120, True) == "2hrs"
    assert radiotimes.running_time(111, False) == "111 mins"
    assert radiotimes.ratings(1) == "(1 rating)" and radiotimes.ratings(1234) == "(1,234 ratings)"
    assert radiotimes.money(gbp) == "£2,000,000" and radiotimes.money(usd) == "$3,600,000"
    assert (
        cineworld.cw_date(d, True) == "7 Oct 1995" and cineworld.cw_date(d, False) == "07/10/1995"
    )
    assert cineworld.length(111, True) == "1 hr 51 mins" and cineworld.length(120, True) == "2 hrs"
    assert cineworld.length(60, True) == "1 hr" and cineworld.length(111, False) == "111 mins"
    assert cineworld.reviews(1) == "1 review" and cineworld.reviews(1234) == "1,234 reviews"
    assert picturehouse.ph_date(d, True) == "7 October 1995"
    assert picturehouse.ph_date(d, False) == "07.10.1995"
    assert picturehouse.duration(111, True) == "1 hour 51 minutes"
    assert picturehouse.duration(120, True) == "2 hours"
    assert picturehouse.duration(111, False) == "111 min"
    assert picturehouse.ratings(1234) == "1,234 member ratings"
    assert hoyts.au_date(d, True) == "7 Oct 1995" and hoyts.au_date(d, False) == "07/10/1995"
    assert hoyts.duration(111, True) == "1h 51m" and hoyts.duration(111, False) == "111 mins"
    assert hoyts.money(usd) == "US$3,600,000" and hoyts.money(Money(5, "AUD")) == "A$5"
    assert eventcinemas.ev_date(d, True) == "7 October 1995"
    assert eventcinemas.running_time(111, True) == "1 Hour 51 Minutes"
    assert eventcinemas.running_time(120, True) == "2 Hours"
    assert eventcinemas.running_time(111, False) == "111 Minutes"
    assert eventcinemas.ratings(1234) == "(1,234 user ratings)"
    assert eventcinemas.money(usd) == "USD 3,600,000"
    assert odeon.od_date(d, True) == "7 October 1995" and odeon.od_date(d, False) == "07-10-1995"
    assert (
        odeon.running_time(111, True) == "1h 51min" and odeon.running_time(111, False) == "111 min"
    )
    assert odeon.money(gbp) == "£2,000,000"
    assert marcus.us_date(d, True) == "October 7, 1995" and marcus.us_date(d, False) == "10/07/1995"
    assert marcus.runtime(111, True) == "1 HR 51 MIN" and marcus.runtime(120, True) == "2 HR"
    assert marcus.runtime(111, False) == "111 MIN" and marcus.money(usd) == "$3,600,000"
    assert marcus.ratings(1) == "1 audience rating"


def test_certificates_are_the_local_classes() -> None:
    bbfc, acb, mpa = (
        {"U", "PG", "12A", "15", "18"},
        {"G", "PG", "M", "MA15+", "R18+"},
        {"G", "PG", "PG-13", "R", "NC-17"},
    )
    allowed = {
        "simkl": mpa,
        "radiotimes": bbfc,
        "cineworld": bbfc,
        "picturehouse": bbfc,
        "hoyts": acb,
        "eventcinemas": acb,
        "odeon": bbfc,
        "marcus": mpa,
    }
    for design, marks in allowed.items():
        seen = {p.expected["content_rating"] for p in rendered(design, 80)} - {None, "Not Rated"}
        assert seen <= marks and len(seen) >= 3, (design, seen)


def _styled(designs: tuple[str, ...], marker: str) -> list[str]:
    return [details(p) for d in designs for p in rendered(d, COUNT) if marker in details(p)]


def test_reversed_cards_put_each_value_before_its_label() -> None:
    seen = _styled(("simkl", "picturehouse", "marcus"), "column-reverse")
    assert len(seen) > 10
    for markup in seen:
        pairs = _pairs(markup)
        assert pairs and markup.count("<strong>") == len(pairs)


def test_running_paragraphs_mark_every_value() -> None:
    seen = _styled(("radiotimes", "eventcinemas"), "<mark>")
    assert len(seen) > 5
    for markup in seen:
        pairs = _pairs(markup)
        assert pairs and markup.count("<mark>") == len(pairs)


def test_icon_rows_label_only_by_alt_text() -> None:
    seen = _styled(("cineworld", "hoyts", "odeon"), "<picture>")
    assert len(seen) > 10
    for markup in seen:
        pairs = _pairs(markup)
        assert pairs and markup.count("<picture>") == len(pairs)
        outside = re.sub(
            r'<style>.*?</style>|alt="[^"]*"|srcset="[^"]*"|src="[^"]*"', "", markup, flags=re.S
        )
        assert not any(f">{k}<" in outside for k, _ in pairs)


def test_custom_property_labels_are_drawn_only_by_the_stylesheet() -> None:
    seen = _styled(("odeon",), "content:var(--k)")
    assert len(seen) > 3
    for markup in seen:
        pairs = re.findall(CSSVAR, markup)
        outside = re.sub(r'<style>.*?</style>|style="[^"]*"', "", markup, flags=re.S)
        assert pairs and not any(f">{k}<" in outside for k, _ in pairs)


def test_slides_count_themselves() -> None:
    seen = _styled(("cineworld",), 'aria-roledescription="slide"')
    assert len(seen) > 3
    for markup in seen:
        counts = re.findall(r'aria-label="(\d+) / (\d+)"', markup)
        n = len(counts)
        assert counts == [(str(i), str(n)) for i in range(1, n + 1)]
        assert n == len(_pairs(markup) or [])


EXTRA = {d: {k for k, _ in MODULES[d].SITE.extra_rows(None, random.Random(0))} for d in DESIGNS}


def test_every_pair_is_a_known_label() -> None:
    for design in DESIGNS:
        site = MODULES[design].SITE
        labels = set(site.words.labels.values()) | {site.later}
        for page in rendered(design, COUNT):
            pairs = _pairs(details(page))
            if pairs is None:
                continue
            assert pairs and all(html.unescape(k) in labels | EXTRA[design] for k, _ in pairs), (
                page.url
            )
            # a value is never a label, save a genre that shares a label's word ('Music')
            assert all(v not in labels or v in page.expected["genres"] for _, v in pairs), page.url


def test_showtimes_are_not_the_release_or_the_money() -> None:
    for design, head in (
        ("cineworld", "Showtimes"),
        ("marcus", "Showtimes"),
        ("hoyts", "Sessions"),
    ):
        site = MODULES[design].SITE
        for page in rendered(design, COUNT):
            e = page.expected
            block = re.search(rf"<h2>{head}</h2>(.*?)</section>", page.html, re.S)
            assert block, page.url
            released = date.fromisoformat(e["release_date"]) if e["release_date"] else None
            for long in (True, False):
                assert released is None or site.date(released, long) not in block.group(1)
            for m in [e[k] for k in ("budget", "box_office") if e[k]]:
                assert site.money(Money(int(m["amount"]), m["currency"])) not in block.group(1)
            assert re.search(r"[£$]\d", block.group(1)), page.url


def test_some_deploys_fold_the_facts_under_a_button_that_opens_them() -> None:
    for design in DESIGNS:
        pages = rendered(design, 60)
        folded = [p for p in pages if 'hidden="until-found"' in details(p)]
        assert 0 < len(folded) < len(pages), design
        for page in folded:
            fold = re.search(r'aria-controls="([^"]+)">[^<]+</button></h2><div id="\1"', page.html)
            assert fold, page.url


def test_hero_meta_comes_in_every_form_and_says_the_titles_own_values() -> None:
    forms = {"line": 0, "chips": 0, "badge": 0, "none": 0}
    for design in DESIGNS:
        for page in rendered(design, COUNT):
            hero = re.search(r'-hero-[0-9a-f]{5}">(.*?)</section>', page.html, re.S)
            assert hero, page.url
            e = page.expected
            chips = re.search(r'-chips-[0-9a-f]{5}">(.*?)</ul>', hero.group(1))
            badge = re.search(r'-cert-[0-9a-f]{5}" title="([^"]*)">([^<]*)</span>', hero.group(1))
            if chips:
                forms["chips"] += 1
                items = [html.unescape(x) for x in re.findall(r"<li>([^<]*)</li>", chips.group(1))]
                if e["release_year"]:
                    assert items[0] == str(e["release_year"]), page.url
            elif badge:
                forms["badge"] += 1
                rating = html.unescape(badge.group(2))
                assert rating == e["content_rating"], page.url
                assert html.unescape(badge.group(1)) == f"{label(design, 'rating')}: {rating}"
            elif "-meta-" in hero.group(1):
                forms["line"] += 1
            else:
                forms["none"] += 1
            stars = re.search(r'role="img" aria-label="([\d.]+) out of 10">', hero.group(1))
            if stars:
                assert e["user_rating_count"], page.url
    assert all(n > 5 for n in forms.values()), forms


def test_the_critics_review_quotes_other_minutes_and_dates() -> None:
    site = radiotimes.SITE
    for page in rendered("radiotimes", COUNT):
        e = page.expected
        verdict = re.search(r'-verdict-[0-9a-f]{5}">(.*?)</section>', page.html, re.S)
        assert verdict, page.url
        quoted = re.search(r"earns its (\d+) minutes", verdict.group(1))
        assert quoted and int(quoted.group(1)) != e["runtime_minutes"], page.url
        if e["release_date"]:
            d = date.fromisoformat(e["release_date"])
            assert site.date(d, True) not in verdict.group(1), page.url
