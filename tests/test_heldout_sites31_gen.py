"""The thirty-first held-out site generator itself (not the parser): deterministic,
spec-shaped, honest pages whose markup varies per page. Nothing here measures marquee's
accuracy (benchmarks/sites31.py does)."""

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

import tests.heldout_sites27
import tests.heldout_sites28
import tests.heldout_sites29
import tests.heldout_sites30
from tests import site_set_checks as checks
from tests.heldout_sites2.records import Money
from tests.heldout_sites31 import (
    DESIGNS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    amc,
    cinemark,
    everyman,
    hoopla,
    moviefone,
    regal,
    showcase,
    site_pages,
    vue,
)
from tests.heldout_sites31.common import NEW_STYLES, Classes, facts31
from tests.test_heldout_sites30_gen import EARLIER as BEFORE_SITES30

COUNT = 30
EARLIER = (
    BEFORE_SITES30
    | set(tests.heldout_sites27.DESIGNS)
    | set(tests.heldout_sites28.DESIGNS)
    | set(tests.heldout_sites29.DESIGNS)
    | set(tests.heldout_sites30.DESIGNS)
)
ALONGSIDE = (32,)  # written at the same time by another writer, blind to this set
MODULES: dict[str, ModuleType] = {
    m.NAME: m for m in (amc, regal, cinemark, vue, showcase, hoopla, moviefone, everyman)
}
ENGLISH = {"en-US", "en-GB"}
ACCORDION = r'aria-details="([^"]+)">([^<]*)</button></h3><div id="\1">([^<]*)</div>'


@functools.cache
@cache  # every test reads the same 80 pages a design: render them once a process
def _first_80(design: str, seed: int) -> list[SitePage]:
    return site_pages(design, 80, seed)


def rendered(design: str, count: int, seed: int = 0) -> list[SitePage]:
    return _first_80(design, seed)[:count] if seed == 0 else site_pages(design, count, seed)


def page_text(page: SitePage) -> str:
    """Visible text plus attribute values that name, label or show things, entities decoded."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", page.html, flags=re.S)
    attrs = " ".join(
        re.findall(r'(?:alt|title|aria-label|content|label|value|data-value)="([^"]*)"', body)
    )
    text = re.sub(r"<[^>]+>", " ", body)
    return " ".join(html.unescape(f"{text} {attrs}").split())


def _pairs(markup: str) -> list[tuple[str, str]] | None:
    """(label, value) pairs as a reader sees them in this set's own markups (None: another)."""
    if "<ion-list" in markup:
        return re.findall(
            r'<ion-label[^>]*>([^<]*)</ion-label><ion-note slot="end"[^>]*>([^<]*)</ion-note>',
            markup,
        )
    if "aria-rowindex" in markup:
        return re.findall(
            r'<span role="rowheader" aria-colindex="1">([^<]*)</span>'
            r'<span role="cell" aria-colindex="2">([^<]*)</span>',
            markup,
        )
    if "<sl-tooltip" in markup:
        return re.findall(
            r'<sl-tooltip content="([^"]*)" placement="top">'
            r'<sl-tag size="small" pill>([^<]*)</sl-tag>',
            markup,
        )
    if "<sl-card" in markup:
        return re.findall(
            r'<sl-card[^>]*><div slot="header">([^<]*)</div>([^<]*)</sl-card>', markup
        )
    if "<menu " in markup:
        return re.findall(r"<li><span>([^<]*)</span> ([^<]*)</li>", markup)
    if "<mark>" in markup:
        return re.findall(r"<p><mark>([^<]*)</mark> ([^<]*)</p>", markup)
    if "writing-mode" in markup:
        return re.findall(r"<div><span>([^<]*)</span><b>([^<]*)</b></div>", markup)
    if "aria-details" in markup:
        return [(k, v) for _, k, v in re.findall(ACCORDION, markup)]
    if "display:contents" in markup:
        return re.findall(r"<div><span>([^<]*)</span><span>([^<]*)</span></div>", markup)
    return None


def values_after(markup: str, label: str) -> list[str]:
    """What a reader finds for each use of `label` in the facts markup: this set's pairs (the
    <ion-item>'s label and note, the ARIA table row's rowheader and cell, the <sl-card>'s
    header and body, the <sl-tooltip>'s content and its <sl-tag>'s text), the thirtieth set's
    (the <menu> item's, the <mark> pill's line, the accordion panel the button's aria-details
    names, the display:contents grid row's), the earlier sets' tiles, or else the next text
    after the label."""
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
    assert {"rts", "stan", "tvperu", "binge", "hayu", "philo", "sling"} <= EARLIER
    assert not EARLIER & set(DESIGNS)


def test_every_design_is_in_english() -> None:
    langs = {d: re.search(r'<html lang="([a-zA-Z-]+)"', rendered(d, 1)[0].html) for d in DESIGNS}
    assert {m.group(1) for m in langs.values() if m} == ENGLISH, langs
    assert all(m for m in langs.values()), langs


def _earlier_source() -> str:
    earlier = checks.earlier_generators(31, alongside=ALONGSIDE)
    assert len(earlier) > 100
    assert not any(f"heldout_sites{n}" in str(p) for p in earlier for n in (*ALONGSIDE, 31))
    return "\n".join(p.read_text(encoding="utf-8") for p in earlier)


def test_no_earlier_generator_modelled_these_sites() -> None:
    """Moviefone, Everyman, Vue and Showcase are named nowhere before; AMC, Regal and
    Cinemark were only cinemas in Fandango's listings, hoopla only a service in a list: no
    earlier design is named after any of them nor carries one as its site name."""
    source = _earlier_source()
    for name in ("Moviefone", "Everyman", "Vue", "Showcase"):
        assert not re.search(rf"\b{name}\b", source, re.I), name
    names = set(re.findall(r'^NAME = "([^"]+)"', source, re.M))
    assert len(names) > 200 and not names & set(DESIGNS), names & set(DESIGNS)
    for site in ("AMC Theatres", "AMC", "Regal", "Cinemark", "hoopla", "Vue", "Showcase Cinemas"):
        assert not re.search(rf'Chrome\(\s*"[^"]*",\s*"{site}"', source, re.I), site


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
    "ion": "<ion-list",
    "aria": "aria-rowindex",
    "slcard": "<sl-card",
    "tips": "<sl-tooltip",
    "menu": "<menu ",
    "marks": "<mark>",
    "vertical": "writing-mode",
    "accordion": "aria-details",
    "contents": "display:contents",
    "dl": "<dl class=",
    "lines": "</b> ",
    "table": "<tr><th>",
    "tiles": "</strong><small>",
    "leaders": '<i aria-hidden="true"></i>',
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
    source = _earlier_source()
    for tell in ("<ion-", "aria-rowindex", "aria-colindex", "aria-rowcount", "<sl-"):
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
    ion = facts31(c, "ion", rows)
    assert ion.count("<ion-item ") == 3 and ion.count('slot="end"') == 3 and _pairs(ion) == want
    aria = facts31(c, "aria", rows, "Details")
    assert 'role="table" aria-label="Details" aria-rowcount="3"' in aria
    assert re.findall(r'aria-rowindex="(\d)"', aria) == ["1", "2", "3"] and _pairs(aria) == want
    cards = facts31(c, "slcard", rows)
    assert cards.count("<sl-card ") == 3 and _pairs(cards) == want
    tags = facts31(c, "tips", rows)
    assert re.findall(r'<sl-tooltip content="([^"]*)"', tags) == [k for k, _ in want]
    assert tags.count("<sl-tag ") == 3 and _pairs(tags) == want
    outs = (ion, aria, cards, tags)
    assert all("Year" not in x for x in outs)
    assert all(values_after(x, "Runtime") == ["111 min"] for x in outs)


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
        assert seen > 10 or "user_rating_count" in NOT_SHOWN[design], design


def test_formats_say_what_the_record_says() -> None:
    d = date(1995, 10, 7)
    usd = Money(3600000, "USD")
    assert amc.amc_date(d, True) == "Saturday, October 7, 1995"
    assert amc.amc_date(d, False) == "10/07/1995"
    assert amc.amc_runtime(111, True) == "1 HR 51 MIN" and amc.amc_runtime(120, True) == "2 HR"
    assert amc.amc_runtime(111, False) == "111 MIN" and amc.amc_runtime(45, True) == "45 MIN"
    assert regal.regal_date(d, True) == "Oct. 7, 1995"
    assert regal.regal_date(date(1995, 5, 2), True) == "May 2, 1995"
    assert regal.run_time(111, True) == "1h 51min" and regal.run_time(111, False) == "111 min"
    assert cinemark.cm_date(d, True) == "Oct 7, 1995" and cinemark.cm_date(d, False) == "10/07/1995"
    assert (
        cinemark.cm_runtime(111, True) == "1 hr 51 min" and cinemark.cm_runtime(120, True) == "2 hr"
    )
    assert vue.vue_date(d, True) == "7th October 1995" and vue.vue_date(d, False) == "07/10/1995"
    assert [vue.ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "31st"
    ]  # fmt: skip
    assert vue.vue_runtime(111, True) == "1hr 51mins" and vue.vue_runtime(120, True) == "2hrs"
    assert vue.vue_runtime(61, True) == "1hr 1min" and vue.vue_runtime(111, False) == "111 mins"
    assert showcase.sc_date(d, True) == "7 Oct 1995" and showcase.sc_date(d, False) == "07.10.1995"
    assert showcase.duration(111, True) == "1h 51m" and showcase.duration(111, False) == "111 min"
    assert showcase.budget(usd) == "$3,600,000" and showcase.budget(Money(5, "INR")) == "INR 5"
    assert (
        hoopla.hoopla_date(d, True) == "Oct 7, 1995"
        and hoopla.hoopla_date(d, False) == "1995-10-07"
    )
    assert hoopla.length(111, True) == "1h 51m" and hoopla.length(111, False) == "111 min"
    assert hoopla.ratings(1) == "(1 rating)" and hoopla.ratings(1234) == "(1,234 ratings)"
    assert moviefone.ap_date(d, True) == "Oct. 7, 1995"
    assert moviefone.ap_date(date(1995, 3, 7), True) == "March 7, 1995"
    assert moviefone.ap_date(date(1995, 9, 7), True) == "Sept. 7, 1995"
    assert (
        moviefone.mf_runtime(111, True) == "1 hr. 51 min."
        and moviefone.mf_runtime(111, False) == "111 min."
    )
    assert (
        moviefone.fan_ratings(1) == "1 fan rating"
        and moviefone.fan_ratings(1234) == "1,234 fan ratings"
    )
    assert moviefone.money(usd) == "$3,600,000" and moviefone.money(Money(7, "EUR")) == "€7"
    assert everyman.em_date(d, True) == "Saturday 7 October 1995"
    assert everyman.em_date(d, False) == "07/10/1995"
    assert (
        everyman.em_runtime(111, True) == "1 hr 51 mins"
        and everyman.em_runtime(120, True) == "2 hrs"
    )
    assert everyman.em_runtime(111, False) == "111 mins"


def test_certificates_are_the_local_classes() -> None:
    bbfc = {"U", "PG", "12A", "15", "18"}
    for design in ("vue", "showcase", "everyman"):
        seen = {p.expected["content_rating"] for p in rendered(design, 80)} - {None}
        assert seen <= bbfc and len(seen) >= 3, (design, seen)
    for design in ("amc", "regal", "cinemark", "hoopla", "moviefone"):
        for page in rendered(design, 80):  # a movie's MPA certificate, a show's TV mark
            mark, kind = page.expected["content_rating"], page.expected["kind"]
            marks = (
                {"G", "PG", "PG-13", "R", "NC-17"}
                if kind == "movie"
                else {"TV-G", "TV-PG", "TV-14", "TV-MA"}
            )
            assert mark is None or mark in marks, (design, page.url, mark)


EXTRA = {d: {k for k, _ in MODULES[d].SITE.extra_rows(None, random.Random(0))} for d in DESIGNS}


def _own_pages(style: str, designs: tuple[str, ...]) -> list[tuple[str, SitePage, str]]:
    found = []
    for design in designs:
        for page in rendered(design, COUNT):
            markup = details(page)
            if MARKERS[style] in markup:
                found.append((design, page, markup))
    return found


def _labels(design: str) -> set[str]:
    site = MODULES[design].SITE
    return set(site.words.labels.values()) | {site.later} | EXTRA[design]


def test_ion_items_hold_one_fact_each() -> None:
    found = _own_pages("ion", ("amc", "regal", "vue", "showcase", "moviefone"))
    assert len(found) > 10
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and markup.count("<ion-item ") == len(pairs), page.url
        assert all(k in _labels(design) for k, _ in pairs), page.url


def test_aria_table_rows_are_numbered_label_and_value() -> None:
    found = _own_pages("aria", ("amc", "cinemark", "showcase", "moviefone", "everyman"))
    assert len(found) > 10
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and all(k in _labels(design) for k, _ in pairs), page.url
        rows = re.findall(r'aria-rowindex="(\d+)"', markup)
        assert rows == [str(i) for i in range(1, len(pairs) + 1)], page.url
        assert f'aria-rowcount="{len(pairs)}"' in markup, page.url


def test_card_headers_are_labels_and_never_values() -> None:
    found = _own_pages("slcard", ("cinemark", "vue", "hoopla", "everyman"))
    assert len(found) > 10
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and markup.count("<sl-card ") == len(pairs), page.url
        assert all(k in _labels(design) for k, _ in pairs), page.url
        genre = label(design, "genre")  # a genre may be named like a label ('Music')
        assert not any(v in _labels(design) for k, v in pairs if k != genre), page.url


def test_tooltip_labels_name_their_tags_and_never_values() -> None:
    found = _own_pages("tips", ("regal", "vue", "hoopla"))
    assert len(found) > 10
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and markup.count("<sl-tag ") == markup.count("<sl-tooltip ") == len(pairs)
        assert all(k in _labels(design) for k, _ in pairs), page.url
        genre = label(design, "genre")  # a genre may be named like a label ('Music')
        assert not any(v in _labels(design) for k, v in pairs if k != genre), page.url
        texts = {x.strip() for x in re.findall(r">([^<]+)<", markup.split("</style>", 1)[1])}
        shown = {k for k, _ in pairs} - {v for _, v in pairs}
        assert not shown & texts, page.url  # the labels are attributes only


def test_subscription_prices_are_not_the_money_or_the_dates() -> None:
    for design, head in (
        ("amc", "Tickets &amp; Savings"),
        ("regal", "Regal Unlimited"),
        ("cinemark", "Movie Club"),
        ("vue", "Tickets"),
        ("showcase", "Showcase Unlimited"),
        ("hoopla", "Borrow with your library card"),
        ("moviefone", "Showtimes Near You"),
        ("everyman", "Your seat"),
    ):
        site = MODULES[design].SITE
        for page in rendered(design, COUNT):
            e = page.expected
            block = re.search(rf"<h2>{re.escape(head)}</h2>(.*?)</aside>", page.html, re.S)
            assert block and re.search(r"[$£]\d", block.group(1)), (design, page.url)
            released = date.fromisoformat(e["release_date"]) if e["release_date"] else None
            for long in (True, False):
                assert released is None or site.date(released, long) not in block.group(1)
            for m in [e[k] for k in ("budget", "box_office") if e[k]]:
                assert site.money(Money(int(m["amount"]), m["currency"])) not in block.group(1)


def test_some_deploys_fold_the_facts_under_a_button_that_opens_them() -> None:
    for design in DESIGNS:
        pages = rendered(design, 60)
        folded = [p for p in pages if 'hidden="until-found"' in details(p)]
        assert 0 < len(folded) < len(pages), design
        for page in folded:
            fold = re.search(r'aria-controls="([^"]+)">[^<]+</button></h2><div id="\1"', page.html)
            assert fold, page.url
