"""The thirty-fourth held-out site generator itself (not the parser): deterministic,
spec-shaped, honest pages whose markup varies per page. Nothing here measures marquee's
accuracy (benchmarks/sites34.py does)."""

from __future__ import annotations

import html
import json
import random
import re
from datetime import date
from functools import cache
from types import ModuleType
from typing import Any

import pytest

import tests.heldout_sites31
import tests.heldout_sites32
from tests import site_set_checks as checks
from tests.heldout_sites2.records import Money
from tests.heldout_sites34 import (
    DESIGNS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    imdbref,
    msstore,
    my5,
    rakutentv,
    sbsondemand,
    sevenplus,
    site_pages,
    skystore,
    threenow,
)
from tests.heldout_sites34.common import NEW_STYLES, Classes, facts34, hm, uk_date, us_date
from tests.test_heldout_sites32_gen import EARLIER as BEFORE_SITES32

COUNT = 30
EARLIER = BEFORE_SITES32 | set(tests.heldout_sites31.DESIGNS) | set(tests.heldout_sites32.DESIGNS)
ALONGSIDE = (33,)  # written at the same time by another writer, blind to this set
MODULES: dict[str, ModuleType] = {
    m.NAME: m
    for m in (imdbref, rakutentv, skystore, msstore, sbsondemand, sevenplus, threenow, my5)
}
ENGLISH = {"en-US", "en-GB", "en-AU", "en-NZ"}


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
    if "data-title=" in markup:
        return re.findall(r'<li data-title="([^"]*)">([^<]*)</li>', markup)
    if "<details open>" in markup:
        return re.findall(
            r"<details open><summary>([^<]*)</summary><p>([^<]*)</p></details>", markup
        )
    if 'itemprop="value"' in markup:
        return re.findall(
            r'<span itemprop="name">([^<]*)</span> <span itemprop="value">([^<]*)</span>', markup
        )
    if "data-source=" in markup:
        return re.findall(
            r'<div data-source="[^"]*"><h3>([^<]*)</h3><div class="[^"]*">([^<]*)</div></div>',
            markup,
        )
    if "<dl class=" in markup and "<div><dt>" in markup:
        return re.findall(r"<div><dt>([^<]*)</dt><dd>([^<]*)</dd></div>", markup)
    if "display:inline-grid" in markup:
        return re.findall(r"<span><em>([^<]*)</em><strong>([^<]*)</strong></span>", markup)
    if "underline dotted" in markup:
        return re.findall(r'<p><dfn title="[^"]*">([^<]*)</dfn>: ([^<]*)</p>', markup)
    if "<menu " in markup:
        return re.findall(r"<li><span>([^<]*)</span> ([^<]*)</li>", markup)
    if "display:contents" in markup:
        return re.findall(r"<div><span>([^<]*)</span><span>([^<]*)</span></div>", markup)
    if "</b> " in markup:  # the earlier sets' bold-label lines
        return re.findall(r"<p[^>]*><b>([^<]*?):?</b> ([^<]*)</p>", markup)
    return None


def values_after(markup: str, label: str) -> list[str]:
    """What a reader finds for each use of `label` in the facts markup: this set's pairs (the
    <menu> item's, the <mark> pill's line, the sideways tile's, the accordion panel the
    button's aria-details names, the display:contents grid row's), the earlier sets' tiles, or
    else the next text after the label."""
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
    assert {"rts", "tvnzplus", "imdbmobile", "trakt", "nfsa", "iplayer", "amc", "vue"} <= EARLIER
    assert not EARLIER & set(DESIGNS)


def test_every_design_is_english() -> None:
    langs = {d: re.search(r'<html lang="([a-zA-Z-]+)"', rendered(d, 1)[0].html) for d in DESIGNS}
    assert all(m and m.group(1) in ENGLISH for m in langs.values()), langs
    assert {m.group(1) for m in langs.values() if m} == ENGLISH


def _earlier_source() -> str:
    earlier = checks.earlier_generators(34, alongside=ALONGSIDE)
    assert len(earlier) > 100
    assert not any(f"heldout_sites{n}/" in str(p) for p in earlier for n in (*ALONGSIDE, 34))
    assert any("heldout_sites32/" in str(p) for p in earlier)
    assert any("heldout_sites31/" in str(p) for p in earlier)
    return "\n".join(p.read_text(encoding="utf-8") for p in earlier)


def test_no_earlier_generator_models_these_sites() -> None:
    """(The Microsoft Store is named by earlier sets only as a store in where-to-buy lists.)"""
    source = _earlier_source()
    for name in (
        "reference view",
        "Rakuten TV",
        "Sky Store",
        "SBS On Demand",
        "SBS",
        "7plus",
        "ThreeNow",
        "My5",
    ):
        assert not re.search(rf"\b{re.escape(name)}\b", source, re.I), name
    store = re.findall(r".Microsoft Store.", source)
    assert store and set(store) == {'"Microsoft Store"'}, set(store)  # a where-to-buy list's item


def test_the_reference_view_is_imdbs_own_page_without_a_link_to_imdb() -> None:
    for page in rendered("imdbref", COUNT):
        assert "imdb.com/title/" not in page.html and page.expected["imdb_id"] is None


def test_the_sites_earlier_sets_modelled_were_skipped() -> None:
    """Why Letterboxd, Rotten Tomatoes, TMDb, AllMovie, The Numbers and the others are not here."""
    source = _earlier_source()
    for name in (
        "IMDb mobile",
        "Letterboxd",
        "Rotten Tomatoes",
        "TMDb",
        "AllMovie",
        "The Numbers",
        "Trakt",
        "JustWatch",
        "Crunchyroll",
        "BritBox",
    ):
        assert re.search(rf"\b{re.escape(name)}\b", source, re.I), name


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
    "datatitle": "data-title=",
    "opened": "<details open>",
    "propvalue": 'itemprop="value"',
    "portable": "data-source=",
    "groups": "<div><dt>",
    "chips": "display:inline-grid",
    "tooltips": "underline dotted",
    "dl": "<dt>",
    "lines": "</b> ",
    "table": "<tr><th>",
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
    for tell in (
        "data-title=",
        "attr(data-title)",
        "<details open",
        'itemprop="value"',
        "PropertyValue",
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
    attrs = facts34(c, "datatitle", rows)
    assert attrs.count("data-title=") == 3 and "content:attr(data-title)" in attrs
    assert attrs.startswith("<style>") and _pairs(attrs) == want
    opened = facts34(c, "opened", rows)
    assert opened.count("<details open>") == 3 and _pairs(opened) == want
    props = facts34(c, "propvalue", rows)
    assert props.count('itemtype="https://schema.org/PropertyValue"') == 3 and _pairs(props) == want
    outs = (attrs, opened, props)
    assert all("Year" not in x for x in outs)
    assert all(values_after(x, "Runtime") == ["111 min"] for x in outs)
    assert facts34(c, "table", rows).count("<tr><th>") == 3


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
    assert us_date(d, True) == "October 7, 1995" and us_date(d, False) == "10/07/1995"
    assert uk_date(d, True) == "7 October 1995" and uk_date(d, False) == "07/10/1995"
    assert hm(111, True) == "1h 51m" and hm(120, True) == "2h" and hm(45, True) == "45m"
    assert hm(111, False) == "111m" and hm(111, True, "hr", "min") == "1hr 51min"
    assert imdbref.minutes(111, True) == "111 min" and imdbref.minutes(111, False) == "1h 51m"
    assert imdbref.minutes(45, False) == "45 min" and imdbref.votes(1234) == "(1,234 votes)"
    assert imdbref.votes(1) == "(1 vote)" and imdbref.budget(usd) == "$3,600,000"
    assert imdbref.budget(Money(7200000, "EUR")) == "EUR 7,200,000"
    assert rakutentv.duration(111, True) == "1h 51m" and rakutentv.duration(111, False) == "111 min"
    assert rakutentv.duration(45, True) == "45 min" and rakutentv.votes(1) == "(1 rating)"
    assert skystore.duration(111, True) == "1h 51m" and skystore.duration(111, False) == "111 mins"
    assert msstore.store_date(d, True) == "10/07/1995"
    assert msstore.store_date(d, False) == "October 7, 1995"
    assert msstore.duration(111, True) == "1 h 51 min" and msstore.duration(120, True) == "2 h"
    assert msstore.duration(111, False) == "111 min" and msstore.votes(1234) == "1,234 ratings"
    assert (
        sbsondemand.duration(111, True) == "1h 51m" and sbsondemand.duration(111, False) == "111m"
    )
    assert sevenplus.runtime(111, True) == "1 hr 51 min" and sevenplus.runtime(120, True) == "2 hr"
    assert sevenplus.runtime(111, False) == "111 min"
    assert threenow.runtime(111, True) == "1hr 51min" and threenow.runtime(111, False) == "111min"
    assert my5.duration(111, True) == "1h 51m" and my5.duration(111, False) == "111 mins"


def test_certificates_are_the_local_classes() -> None:
    bbfc, mpa, acb = (
        {"U", "PG", "12", "15", "18"},
        {"G", "PG", "PG-13", "R", "NC-17"},
        {
            "G",
            "PG",
            "M",
            "MA15+",
            "R18+",
        },
    )
    allowed = {
        "imdbref": mpa,
        "rakutentv": bbfc,
        "skystore": bbfc,
        "msstore": mpa,
        "sbsondemand": acb,
        "sevenplus": acb,
        "threenow": {"G", "PG", "M", "16", "18"},
        "my5": bbfc,
    }
    for design, marks in allowed.items():
        seen = {p.expected["content_rating"] for p in rendered(design, 80)} - {None}
        assert seen <= marks and len(seen) >= 3, (design, seen)


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


def test_data_title_items_carry_their_label_only_in_the_attribute() -> None:
    found = _own_pages("datatitle", ("imdbref", "skystore", "msstore", "sevenplus", "threenow"))
    assert len(found) > 10
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and markup.count("<li data-title=") == len(pairs), page.url
        assert all(k in _labels(design) for k, _ in pairs), page.url
        assert not any(v in _labels(design) for _, v in pairs), page.url
        assert "content:attr(data-title)" in markup, page.url


def test_open_disclosures_hold_one_fact_each() -> None:
    found = _own_pages(
        "opened", ("imdbref", "rakutentv", "msstore", "sbsondemand", "threenow", "my5")
    )
    assert len(found) > 10
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and markup.count("<summary>") == markup.count("<details open>") == len(pairs)
        assert all(k in _labels(design) for k, _ in pairs), page.url


def test_property_values_name_the_fact_over_its_value() -> None:
    found = _own_pages("propvalue", ("rakutentv", "skystore", "sbsondemand", "sevenplus", "my5"))
    assert len(found) > 10
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and markup.count('itemprop="name"') == len(pairs), page.url
        assert all(k in _labels(design) for k, _ in pairs), page.url
        assert markup.count("itemscope") == len(pairs), page.url


def test_prices_are_not_the_money_or_the_dates() -> None:
    for design, head in (
        ("imdbref", "IMDbPro"),
        ("rakutentv", "Rent or buy"),
        ("skystore", "Buy &amp; Keep"),
        ("msstore", "Get it"),
        ("sbsondemand", "SBS Shop"),
        ("sevenplus", "7plus ad-free"),
        ("threenow", "Rent the latest films"),
        ("my5", "Go ad-free"),
    ):
        site = MODULES[design].SITE
        for page in rendered(design, COUNT):
            e = page.expected
            block = re.search(rf"<h2>{re.escape(head)}</h2>(.*?)</aside>", page.html, re.S)
            assert block and re.search(r"[$£₹]\d", block.group(1)), (design, page.url)
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
