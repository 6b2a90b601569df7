"""The forty-third held-out site generator itself (not the parser): deterministic,
spec-shaped, honest pages whose markup varies per page. Nothing here measures marquee's
accuracy (benchmarks/sites43.py does)."""

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

import tests.heldout_sites41
import tests.heldout_sites42
from tests import site_set_checks as checks
from tests.heldout_sites2.records import Money
from tests.heldout_sites43 import (
    DESIGNS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    cinematerial,
    filmgrab,
    kinoafisha,
    nytwatching,
    pureflix,
    site_pages,
    telegraph,
    tvtropes,
    wetv,
)
from tests.heldout_sites43.common import NEW_STYLES, Classes, facts43, uk_date, us_date
from tests.test_heldout_sites42_gen import EARLIER as BEFORE_SITES42

COUNT = 30
EARLIER = BEFORE_SITES42 | set(tests.heldout_sites41.DESIGNS) | set(tests.heldout_sites42.DESIGNS)
ALONGSIDE = (44,)  # written at the same time by another writer, blind to this set
MODULES: dict[str, ModuleType] = {
    m.NAME: m
    for m in (wetv, tvtropes, filmgrab, cinematerial, pureflix, telegraph, nytwatching, kinoafisha)
}
LANGS = {
    "wetv": "en",
    "tvtropes": "en-US",
    "filmgrab": "en-US",
    "cinematerial": "en-US",
    "pureflix": "en-US",
    "telegraph": "en-GB",
    "nytwatching": "en-US",
    "kinoafisha": "en",
}


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
    if 'role="article"' in markup:
        return [
            (k, v)
            for i, j, k, v in re.findall(
                r'<div role="article" aria-labelledby="([^"]*)"><h3 id="([^"]*)">([^<]*)</h3>'
                r"<p>([^<]*)</p></div>",
                markup,
            )
            if i == j
        ]
    if 'role="figure"' in markup:
        return [
            (k, v)
            for i, v, j, k in re.findall(
                r'<div role="figure" aria-labelledby="([^"]*)"><span class="num">([^<]*)</span>'
                r'<span id="([^"]*)" class="cap">([^<]*)</span></div>',
                markup,
            )
            if i == j
        ]
    if "<center " in markup:
        block = re.search(r'<center class="[^"]*">(.*?)</center>', markup, re.S)
        assert block
        lines = [x.strip() for x in block.group(1).split("<br>") if x.strip()]
        return [(k, v) for k, _, v in (x.partition(": ") for x in lines)]
    if "<output for=" in markup:
        return [
            (k, v)
            for i, k, j, v in re.findall(
                r'<p><span id="([^"]*)">([^<]*)</span> <output for="([^"]*)" name="[^"]*">'
                r"([^<]*)</output></p>",
                markup,
            )
            if i == j
        ]
    if "data-th=" in markup:
        return re.findall(r'<td data-th="([^"]*)">([^<]*)</td>', markup)
    if "</summary><dl>" in markup:
        return re.findall(r"<dt>([^<]*)</dt><dd>([^<]*)</dd>", markup)
    if "<tspan" in markup:
        return re.findall(
            r'<text x="12" y="\d+"><tspan class="k">([^<]*)</tspan>'
            r'<tspan class="v" x="180">([^<]*)</tspan></text>',
            markup,
        )
    if "data-sb-field-path=" in markup:
        return re.findall(
            r'<div data-sb-field-path="facts\.[^"]*"><h4>([^<]*)</h4><p>([^<]*)</p></div>', markup
        )
    if "data-focus-key=" in markup:
        return re.findall(
            r'<button type="button" tabindex="-1" data-focus-key="fact-[^"]*">'
            r'<span class="cap">([^<]*)</span> <span class="val">([^<]*)</span></button>',
            markup,
        )
    if "data-sdui-type=" in markup:
        return re.findall(
            r'<div data-sdui-type="KeyValueRow" data-sdui-id="row-[^"]*">'
            r'<span data-sdui-slot="key">([^<]*)</span>'
            r'<span data-sdui-slot="value">([^<]*)</span></div>',
            markup,
        )
    if "<var>" in markup:
        return re.findall(r"<p><var>([^<]*)</var> <samp>([^<]*)</samp></p>", markup)
    if "aria-description=" in markup:
        return re.findall(
            r'<li aria-description="([^"]*)"><span class="k">\1</span> '
            r'<span class="v">([^<]*)</span></li>',
            markup,
        )
    if "data-cy=" in markup:
        return re.findall(
            r'<div data-cy="fact-[^"]*"><span data-cy="fact-label">([^<]*)</span>'
            r'<span data-cy="fact-value">([^<]*)</span></div>',
            markup,
        )
    if 'role="presentation"' in markup:
        return re.findall(r"<tr><td>([^<]*)</td><td>([^<]*)</td></tr>", markup)
    if '<use href="#ic-' in markup:
        return re.findall(
            r'<svg role="img" viewBox="0 0 24 24"><title>([^<]*)</title>'
            r'<use href="#ic-[^"]*"></use></svg><span>([^<]*)</span>',
            markup,
        )
    if "data-field=" in markup:
        return re.findall(
            r'<div data-field="[^"]*"><span class="lbl">([^<]*)</span> '
            r'<span class="val">([^<]*)</span></div>',
            markup,
        )
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
    CMS field block's, the focusable tile's, the server-driven row's), the earlier sets' pairs
    and tiles, or else the next text after the label."""
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
    assert {"dendy", "reelguide_pro", "decider", "vulture", "imdbref", "trakt"} <= EARLIER
    assert {"emirates", "dvdtalk", "serializd", "zavvi", "xfinity", "koimoi"} <= EARLIER
    assert set(tests.heldout_sites41.DESIGNS) | set(tests.heldout_sites42.DESIGNS) <= EARLIER
    assert {"reelguide_qwik", "reelguide_solid", "amcplus"} <= EARLIER
    assert not EARLIER & set(DESIGNS)


def test_all_eight_are_english_in_their_regions_spelling() -> None:
    found = {}
    for d in DESIGNS:
        m = re.search(r'<html lang="([a-zA-Z-]+)"', rendered(d, 1)[0].html)
        found[d] = m.group(1) if m else ""
    assert found == LANGS, found


def test_none_is_a_reelguide_redesign() -> None:
    for design in DESIGNS:
        for page in rendered(design, 5):
            assert "ReelGuide" not in page_text(page), (design, page.url)
            assert page.url.startswith("https://www.reelguide.example/")
            assert MODULES[design].CHROME.brand in page.html, (design, page.url)


def test_each_site_stamps_its_front_end() -> None:
    for design in DESIGNS:
        module = MODULES[design]
        for page in rendered(design, 5):
            assert page.html.count(f"<body {module.STACK_BODY}>") == 1, (design, page.url)
            head = page.html.split("</head>", 1)[0]
            assert module.STACK_HEAD in head and page.expected["title"] not in module.STACK_HEAD
    assert 'content="WordPress' in filmgrab.STACK_HEAD


def _earlier_source() -> str:
    earlier = checks.earlier_generators(43, alongside=ALONGSIDE)
    assert len(earlier) > 100
    assert not any(f"heldout_sites{n}/" in str(p) for p in earlier for n in (*ALONGSIDE, 43))
    assert any("heldout_sites42/" in str(p) for p in earlier)
    assert any("heldout_sites41/" in str(p) for p in earlier)
    return "\n".join(p.read_text(encoding="utf-8") for p in earlier)


def test_no_earlier_generator_models_these_sites() -> None:
    source = _earlier_source()
    for name in (
        "WeTV",
        "TV Tropes",
        "TVTropes",
        "Film-Grab",
        "FilmGrab",
        "CineMaterial",
        "Pure Flix",
        "PureFlix",
        "Great American",
        "Telegraph",
        "New York Times",
        "nytimes",
        "Kinoafisha",
    ):
        assert not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", source, re.I), name


def test_the_sites_earlier_sets_modelled_were_skipped() -> None:
    """Why Viki, iQIYI, Hallmark, Hoichoi, Freevee, JustWatch, Reelgood, SensaCine and others are
    not here."""
    source = _earlier_source()
    for name in (
        "Viki",
        "iQIYI",
        "Hallmark",
        "Hoichoi",
        "Freevee",
        "JustWatch",
        "Reelgood",
        "Tubi",
        "SensaCine",
        "Moviepilot",
        "Plex",
        "Guardian",
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
    # 160 titles: a year is missing on about one title in fourteen, so 80 may happen to have
    # one each
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
    "articles": 'role="article"',
    "figures": 'role="figure"',
    "center": "<center ",
    "outputs": "<output for=",
    "datath": "data-th=",
    "detailsdl": "</summary><dl>",
    "tspans": '<tspan class="k">',
    "cms": 'data-sb-field-path="facts.',
    "focus": 'data-focus-key="fact-',
    "sdui": 'data-sdui-type="KeyValueRow"',
    "kv": "<p><var>",
    "described": "aria-description=",
    "cypress": 'data-cy="fact-',
    "layout": 'role="presentation"',
    "icons": '<use href="#ic-',
    "fields": "data-field=",
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
    for tell in ('role="article"', "role=article", 'role="figure"', "role=figure", "<center"):
        assert tell not in source, tell


def test_the_new_markups_render_as_described() -> None:
    c = Classes("x", random.Random(1))
    rows: list[tuple[str, str | list[str]]] = [
        ("Director", ["Ada Gallo", "Bruno Sato"]),
        ("Run Time", "111 min"),
        ("Year", ""),
        ("Genre", ["Drama"]),
    ]
    want = [("Director", "Ada Gallo, Bruno Sato"), ("Run Time", "111 min"), ("Genre", "Drama")]
    cells = facts43(c, "articles", rows)
    assert cells.count('role="article"') == cells.count("<h3 id=") == 3 and _pairs(cells) == want
    assert (
        '<div role="article" aria-labelledby="x-a-run-time">'
        '<h3 id="x-a-run-time">Run Time</h3><p>111 min</p></div>' in cells
    )
    tiles = facts43(c, "figures", rows)
    assert tiles.count('role="figure"') == tiles.count('class="cap"') == 3 and _pairs(tiles) == want
    assert (
        '<span class="num">111 min</span><span id="x-f-run-time" class="cap">Run Time</span>'
        in tiles
    )
    assert "flex-direction:column-reverse" in tiles
    legacy = facts43(c, "center", rows)
    assert legacy.count("<br>") == 3 and _pairs(legacy) == want
    assert "Run Time: 111 min<br>" in legacy and legacy.endswith("</center>")
    assert "<b>" not in legacy and "<span" not in legacy
    made = (cells, tiles, legacy)
    assert all("Year" not in x for x in made)
    assert all(values_after(x, "Run Time") == ["111 min"] for x in made)
    assert facts43(c, "table", rows).count("<tr><th>") == 3
    assert facts43(c, "outputs", rows).count("<output for=") == 3
    assert facts43(c, "sdui", rows).count('data-sdui-type="KeyValueRow"') == 3


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
    gbp = Money(7200000, "GBP")
    assert us_date(d, True) == "October 7, 1995" and us_date(d, False) == "10/07/1995"
    assert uk_date(d, True) == "7 October 1995" and uk_date(d, False) == "07/10/1995"
    assert wetv.runtime(111, True) == "1h 51min" and wetv.runtime(120, True) == "2h"
    assert wetv.runtime(111, False) == "111min"
    assert wetv.release(d, True) == "Oct 7, 1995" and wetv.release(d, False) == "1995-10-07"
    assert tvtropes.runtime(111, True) == "111 minutes"
    assert (
        tvtropes.runtime(111, False) == "1 hr. 51 min." and tvtropes.runtime(120, False) == "2 hr."
    )
    assert filmgrab.runtime(111, True) == "111 min" and filmgrab.runtime(111, False) == "1:51"
    assert filmgrab.runtime(45, False) == "45 min"
    assert (
        cinematerial.runtime(111, True) == "1h 51m"
        and cinematerial.runtime(111, False) == "111 min"
    )
    assert cinematerial.votes(1234) == "(1,234 ratings)"
    assert cinematerial.money(usd) == "$3,600,000" and cinematerial.money(gbp) == "GBP 7,200,000"
    assert (
        pureflix.runtime(111, True) == "1 hr 51 min" and pureflix.runtime(111, False) == "111 min"
    )
    assert pureflix.runtime(120, True) == "2 hr"
    assert (
        telegraph.runtime(111, True) == "111 mins" and telegraph.runtime(111, False) == "1hr 51min"
    )
    assert telegraph.SITE.date is uk_date
    assert nytwatching.runtime(111, True) == "1 hour 51 minutes"
    assert (
        nytwatching.runtime(61, True) == "1 hour 1 minute"
        and nytwatching.runtime(120, True) == "2 hours"
    )
    assert nytwatching.runtime(111, False) == "111 minutes"
    assert (
        nytwatching.ap_date(d, True) == "Oct. 7, 1995"
        and nytwatching.ap_date(d, False) == "10/07/1995"
    )
    assert nytwatching.ap_date(date(1995, 6, 7), True) == "June 7, 1995"
    assert (
        kinoafisha.runtime(111, True) == "111 min."
        and kinoafisha.runtime(111, False) == "1 h 51 min."
    )
    assert (
        kinoafisha.release(d, True) == "7 October 1995"
        and kinoafisha.release(d, False) == "07.10.1995"
    )
    assert kinoafisha.votes(1234) == "1,234 votes" and kinoafisha.votes(1) == "1 vote"
    assert kinoafisha.money(usd) == "$3,600,000"
    assert tvtropes.SITE.date is us_date and filmgrab.SITE.date is us_date


def test_certificates_are_the_local_classes() -> None:
    mpa = {"G", "PG", "PG-13", "R", "NC-17"}
    allowed = {
        "wetv": {"ALL", "7+", "13+", "16+", "18+"},
        "tvtropes": mpa,
        "filmgrab": mpa,
        "cinematerial": mpa,
        "pureflix": {"G", "PG", "PG-13", "TV-G", "TV-PG"},
        "telegraph": {"U", "PG", "12A", "15", "18"},
        "nytwatching": mpa,
        "kinoafisha": {"0+", "6+", "12+", "16+", "18+"},
    }
    for design, marks in allowed.items():
        seen = {p.expected["content_rating"] for p in rendered(design, 80)} - {None}
        assert seen <= marks and len(seen) >= 3, (design, seen)


def test_day_first_sites_write_dates_day_first() -> None:
    d = date(1995, 10, 27)
    for design in ("telegraph", "kinoafisha"):
        site = MODULES[design].SITE
        assert site.date(d, True).startswith("27 "), design
        assert site.date(d, False).startswith("27"), design
    assert wetv.SITE.date(d, False) == "1995-10-27"


def test_director_of_photography_is_not_the_director() -> None:
    """Pure Flix's 'Director of Photography' begins with the director's label."""
    assert label("pureflix", "camera") == "Director of Photography"
    for page in rendered("pureflix", COUNT):
        markup = details(page)
        dop = values_after(markup, "Director of Photography")
        assert len(dop) == 1 and dop[0] not in page.expected["directors"], page.url
        found = values_after(markup, "Director")
        want = page.expected["directors"]
        assert found == ([", ".join(want)] if want else []), page.url


def test_the_operator_is_the_cinematographer_not_a_director() -> None:
    """Kinoafisha's 'Operator' (the Russian word for the cinematographer) is crew the record has
    no key for."""
    assert label("kinoafisha", "camera") == "Operator"
    for page in rendered("kinoafisha", COUNT):
        e = page.expected
        found = values_after(details(page), "Operator")
        assert len(found) == 1 and found[0] not in e["directors"] + e["writers"], page.url


def test_budget_and_gross_are_shown_where_the_site_shows_money() -> None:
    for design in ("cinematerial", "kinoafisha"):
        site = MODULES[design].SITE
        pages = rendered(design, 80)
        with_money = [p for p in pages if p.expected["budget"] or p.expected["box_office"]]
        assert 0 < len(with_money) < len(pages), design
        for page in with_money:
            for key in ("budget", "box_office"):
                m = page.expected[key]
                if m:
                    want = site.money(Money(int(m["amount"]), m["currency"]))
                    assert values_after(details(page), label(design, key)) == [want], page.url
    for design in DESIGNS:
        if design not in ("cinematerial", "kinoafisha"):
            assert {"budget", "box_office"} <= NOT_SHOWN[design], design


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


def _by_style(style: str) -> tuple[str, ...]:
    return tuple(d for d in DESIGNS if style in MODULES[d].SITE.styles)


def test_article_cells_are_named_by_their_own_heading() -> None:
    found = _own_pages("articles", _by_style("articles"))
    assert len(found) > 10
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and markup.count('role="article"') == len(pairs), page.url
        named = re.findall(r'role="article" aria-labelledby="([^"]*)"><h3 id="([^"]*)">', markup)
        assert all(a == b for a, b in named) and len({a for a, _ in named}) == len(named)
        assert all(k in _labels(design) for k, _ in pairs), page.url
        assert not any(v in _labels(design) for _, v in pairs), page.url


def test_stat_tiles_put_the_value_before_its_caption() -> None:
    found = _own_pages("figures", _by_style("figures"))
    assert len(found) > 10
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and markup.count('role="figure"') == len(pairs), page.url
        assert markup.count('class="num"') == markup.count('class="cap"') == len(pairs)
        assert "flex-direction:column-reverse" in markup, page.url
        assert all(k in _labels(design) for k, _ in pairs), page.url
        assert not any(v in _labels(design) for _, v in pairs), page.url


def test_the_centred_block_is_plain_lines() -> None:
    found = _own_pages("center", _by_style("center"))
    assert len(found) > 10
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and markup.count("<center ") == 1, page.url
        block = re.search(r"<center [^>]*>(.*?)</center>", markup, re.S)
        assert block and "<" not in block.group(1).replace("<br>", ""), page.url
        assert block.group(1).count("<br>") == len(pairs), page.url
        assert all(k in _labels(design) for k, _ in pairs), page.url
        assert not any(v in _labels(design) for _, v in pairs), page.url


def test_prices_are_not_the_money_or_the_dates() -> None:
    for design, head in (
        ("wetv", "Join VIP"),
        ("tvtropes", "Go Ad-Free"),
        ("filmgrab", "Support Film-Grab"),
        ("cinematerial", "CineMaterial Pro"),
        ("pureflix", "Start Streaming"),
        ("telegraph", "Subscribe to The Telegraph"),
        ("nytwatching", "Subscribe"),
        ("kinoafisha", "Showtimes and tickets"),
    ):
        site = MODULES[design].SITE
        for page in rendered(design, COUNT):
            e = page.expected
            block = re.search(rf"<h2>{re.escape(head)}</h2>(.*?)</aside>", page.html, re.S)
            assert block and re.search(r"[$£]\d|\d ₽", block.group(1)), (design, page.url)
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


@pytest.mark.parametrize("design", DESIGNS)
def test_pages_weigh_what_real_pages_weigh(design: str) -> None:
    """The design system's CSS, the icon sprite and the config blob bring a page to 40-80 KB."""
    for page in rendered(design, 10):
        assert 40_000 <= len(page.html.encode("utf-8")) <= 80_000, (page.url, len(page.html))
        prefix = MODULES[design].SITE.prefix
        config = re.search(
            rf'<script type="application/json" id="{prefix}-config">(.*?)</script>', page.html
        )
        assert config and f'<style id="{prefix}-design-system">' in page.html, page.url
        blob = json.loads(config.group(1))
        assert set(blob) == {"routes", "flags", "strings", "build"}
        assert page.expected["title"] not in config.group(1), page.url


def _slugged(label_: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in label_.lower()).strip("-")


def test_the_new_markups_hooks_name_their_rows_label() -> None:
    """An article cell's and a stat tile's aria-labelledby, and its label's id, spell the label."""
    for style, tag in (("articles", "a"), ("figures", "f")):
        for _design, page, markup in _own_pages(style, _by_style(style)):
            ids = re.findall(rf'id="[a-z]+-{tag}-([^"]*)"[^>]*>([^<]*)<', markup)
            assert ids and all(h == _slugged(html.unescape(k)) for h, k in ids), page.url


def test_counters_beside_the_votes_are_named_for_what_they_count() -> None:
    words = {
        "wetv": "followers",
        "tvtropes": "page views",
        "filmgrab": "views",
        "cinematerial": "poster views",
        "pureflix": "added to My List",
        "telegraph": "comments",
        "nytwatching": "readers saved this",
        "kinoafisha": "want to watch",
    }
    for design, word in words.items():
        for page in rendered(design, 10):
            views = re.search(r'-views-[0-9a-f]{5}">([^<]*)</p>', page.html)
            assert views and views.group(1).endswith(" " + word), (design, page.url)
