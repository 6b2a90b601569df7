"""The thirty-third held-out site generator itself (not the parser): deterministic,
spec-shaped, honest pages whose markup varies per page. Nothing here measures marquee's
accuracy (benchmarks/sites33.py does)."""

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

import tests.heldout_sites31
import tests.heldout_sites32
from tests import site_set_checks as checks
from tests.heldout_sites2.records import Money
from tests.heldout_sites33 import (
    DESIGNS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    rga11y,
    rgds,
    rgeditorial,
    rgminimal,
    rgmobile,
    rgnext,
    rgpro,
    rgstream,
    site_pages,
)
from tests.heldout_sites33.common import (
    NEW_STYLES,
    Classes,
    facts33,
    hm,
    hr_min,
    money_code,
    money_grouped,
    money_words,
    short_date,
    us_date,
    votes,
)
from tests.test_heldout_sites32_gen import EARLIER as BEFORE_SITES32

COUNT = 30
EARLIER = BEFORE_SITES32 | set(tests.heldout_sites31.DESIGNS) | set(tests.heldout_sites32.DESIGNS)
ALONGSIDE = (34,)  # written at the same time by another writer, blind to this set
MODULES: dict[str, ModuleType] = {
    m.NAME: m for m in (rgnext, rgds, rgmobile, rgeditorial, rgpro, rgstream, rga11y, rgminimal)
}
ENGLISH = {"en", "en-US"}


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
    """(label, value) pairs as a reader sees them in the markups this set uses (None: another)."""
    if "<reel-fact>" in markup:
        return re.findall(
            r'<reel-fact><span slot="term">([^<]*)</span><span slot="detail">([^<]*)</span>'
            r"</reel-fact>",
            markup,
        )
    if "<details name=" in markup:
        return re.findall(
            r'<details name="[^"]*"(?: open)?><summary>([^<]*)</summary><div>([^<]*)</div>'
            r"</details>",
            markup,
        )
    if '<span role="img" aria-label=' in markup:
        return re.findall(
            r'<li><span role="img" aria-label="([^"]*)" title="[^"]*">[^<]*</span> '
            r"<span>([^<]*)</span></li>",
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
    """What a reader finds for each use of `label` in the facts markup: the pairs of the
    markups this set uses (the web component's detail slot, the accordion's panel, the icon's
    neighbour, ...), the earlier sets' tiles, or else the next text after the label."""
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
    assert {"rts", "tvnzplus", "iview", "nfsa", "bluraycom", "stan", "philo", "hayu"} <= EARLIER
    assert not EARLIER & set(DESIGNS)


def test_every_design_is_english() -> None:
    langs = {d: re.search(r'<html lang="([a-zA-Z-]+)"', rendered(d, 1)[0].html) for d in DESIGNS}
    assert all(m and m.group(1) in ENGLISH for m in langs.values()), langs
    assert {m.group(1) for m in langs.values() if m} == ENGLISH


def _earlier_source() -> str:
    earlier = checks.earlier_generators(33, alongside=ALONGSIDE)
    assert len(earlier) > 100
    assert not any(f"heldout_sites{n}/" in str(p) for p in earlier for n in (*ALONGSIDE, 33))
    assert any("heldout_sites32/" in str(p) for p in earlier)
    assert any("heldout_sites31/" in str(p) for p in earlier)
    return "\n".join(p.read_text(encoding="utf-8") for p in earlier)


def test_every_design_is_reelguides_own_brand() -> None:
    """All eight are ReelGuide's own redesigns: its brand, its domain, no other site's name."""
    for design in DESIGNS:
        page = rendered(design, 1)[0]
        assert "| ReelGuide</title>" in page.html and page.url.startswith(
            "https://www.reelguide.example/"
        )
        assert MODULES[design].CHROME.brand == "ReelGuide"


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
    "slotted": "<reel-fact>",
    "exclusive": "<details name=",
    "iconic": '<span role="img" aria-label=',
    "groups": "<div><dt>",
    "chips": "display:inline-grid",
    "tooltips": "underline dotted",
    "menu": "<menu ",
    "contents": "display:contents",
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
    for tell in ("<reel-fact", "reel-fact", 'slot="term"', 'slot="detail"', "<details name="):
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
    comp = facts33(c, "slotted", rows)
    assert comp.count("<reel-fact>") == 3 and "<reel-fact-list " in comp and _pairs(comp) == want
    acc = facts33(c, "exclusive", rows)
    names = re.findall(r'<details name="([^"]+)"( open)?>', acc)
    assert len(names) == 3 and len({n for n, _ in names}) == 1
    assert [o for _, o in names] == [" open", "", ""] and _pairs(acc) == want
    icons = facts33(c, "iconic", rows)
    assert re.findall(r'aria-label="([^"]*)" title="\1"', icons) == [k for k, _ in want]
    assert _pairs(icons) == want
    outs = (comp, acc, icons)
    assert all("Year" not in x for x in outs)
    assert all(values_after(x, "Runtime") == ["111 min"] for x in outs)


def test_formats_say_what_the_record_says() -> None:
    d = date(1995, 10, 7)
    usd = Money(3600000, "USD")
    assert us_date(d, True) == "October 7, 1995" and us_date(d, False) == "10/07/1995"
    assert short_date(d, True) == "Oct 7, 1995" and short_date(d, False) == "1995-10-07"
    assert hm(111, True) == "1h 51m" and hm(120, True) == "2h" and hm(45, True) == "45 min"
    assert hm(111, False) == "111 min"
    assert hr_min(111, True) == "1 hr 51 min" and hr_min(120, True) == "2 hr"
    assert hr_min(111, False) == "111 minutes"
    assert votes(1234) == "(1,234 ratings)" and votes(1) == "(1 rating)"
    assert money_grouped(usd) == "$3,600,000" and money_code(usd) == "USD 3,600,000"
    assert money_grouped(Money(7200000, "EUR")) == "€7,200,000"
    assert money_grouped(Money(900000000, "JPY")) == "JPY 900,000,000"
    assert money_words(usd) == "$3.6 million" and money_words(Money(12000000, "USD")) == (
        "$12 million"
    )
    assert money_words(Money(3650000, "USD")) == "$3,650,000"
    assert money_words(Money(900000000, "JPY")) == "JPY 900,000,000"


def test_certificates_are_the_us_classes() -> None:
    for design in DESIGNS:
        seen = {p.expected["content_rating"] for p in rendered(design, 80)} - {None}
        assert seen <= {"G", "PG", "PG-13", "R", "NC-17"} and len(seen) >= 3, (design, seen)


def test_where_to_watch_says_what_the_record_says() -> None:
    seen = 0
    for design in ("rgnext", "rgds", "rgstream", "rga11y"):
        for page in rendered(design, COUNT):
            s = page.expected["streaming"]
            block = re.search(r'-where-[0-9a-f]{5}"><h2>[^<]*</h2>(.*?)</section>', page.html)
            if s is None:
                assert not block or "Not streaming anywhere yet." in block.group(1), page.url
                continue
            assert block, page.url
            seen += 1
            n = s["platform_count"]
            say = f"Streaming on {n} service" if s["available"] else f"Streaming on 0 of {n} "
            assert say in block.group(1), page.url
            assert re.findall(r"<li>([^<]*)</li>", block.group(1)) == s["platforms"]
            verified = short_date(date.fromisoformat(s["verified_on"]), True)
            assert f"Last verified {verified}" in block.group(1), page.url
    assert seen > 20


def test_no_streaming_block_where_the_design_has_none() -> None:
    for design in ("rgmobile", "rgeditorial", "rgpro", "rgminimal"):
        for page in rendered(design, COUNT):
            assert not re.search(r'-where-[0-9a-f]{5}"', page.html), page.url


def test_trap_prices_and_counts_are_not_the_money() -> None:
    for page in rendered("rgpro", COUNT):
        chart = re.search(r"<h2>Weekend chart</h2>(.*?)</section>", page.html)
        assert chart, page.url
        for key in ("budget", "box_office"):
            m = page.expected[key]
            if m:
                assert money_code(Money(int(m["amount"]), m["currency"])) not in chart.group(1)


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
        names = re.findall(r"</p><p>[^<]*?(?::|by|Dir\.) ([^<]+?)</p>", page.html)
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


def test_some_deploys_fold_the_facts_under_a_button_that_opens_them() -> None:
    for design in DESIGNS:
        pages = rendered(design, 60)
        folded = [p for p in pages if 'hidden="until-found"' in details(p)]
        assert 0 < len(folded) < len(pages), design
        for page in folded:
            fold = re.search(r'aria-controls="([^"]+)">[^<]+</button></h2><div id="\1"', page.html)
            assert fold, page.url


def test_the_streaming_first_page_leads_with_where_to_watch() -> None:
    for page in rendered("rgstream", COUNT):
        hero = page.html.index("</section>", page.html.index("-hero-"))
        after = page.html[hero + len("</section>") :]
        assert after.startswith('<section class="rgs-where-') or (
            page.expected["streaming"] is None and after.startswith('<aside class="rgs-plus-')
        ), page.url


def test_the_editorial_lede_weaves_in_only_the_titles_own_facts() -> None:
    for page in rendered("rgeditorial", COUNT):
        e = page.expected
        found = re.search(r'-lede-[0-9a-f]{5}">(.*?)</p>', page.html)
        assert found, page.url
        text = html.unescape(re.sub(r"<[^>]+>", "", found.group(1)))
        assert text.startswith(f"{e['title']} is a"), page.url
        year = re.search(r" is a (\d{4}) ", text)
        assert (int(year.group(1)) if year else None) == e["release_year"], page.url
        runs = re.search(r"runs (\d+) minutes", text)
        assert (int(runs.group(1)) if runs else None) == e["runtime_minutes"], page.url
