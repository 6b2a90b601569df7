"""The fortieth held-out site generator itself (not the parser): deterministic,
spec-shaped, honest pages whose markup varies per page. Nothing here measures marquee's
accuracy (benchmarks/sites40.py does)."""

from __future__ import annotations

import html
import json
import pathlib
import random
import re
from datetime import date
from functools import cache
from types import ModuleType
from typing import Any

import pytest

import tests.heldout_sites37
import tests.heldout_sites38
from tests import site_set_checks as checks
from tests.heldout_sites2.records import Money
from tests.heldout_sites40 import (
    DESIGNS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    dvdtalk,
    emirates,
    reelguide_cms,
    reelguide_print,
    reelguide_sdui,
    reelguide_tv,
    serializd,
    site_pages,
    zavvi,
)
from tests.heldout_sites40.common import NEW_STYLES, Classes, facts40, hm, uk_date, us_date
from tests.test_heldout_sites38_gen import EARLIER as BEFORE_SITES38

COUNT = 30
EARLIER = BEFORE_SITES38 | set(tests.heldout_sites37.DESIGNS) | set(tests.heldout_sites38.DESIGNS)
ALONGSIDE = (39,)  # written at the same time by another writer, blind to this set
MODULES: dict[str, ModuleType] = {
    m.NAME: m
    for m in (
        emirates,
        dvdtalk,
        serializd,
        zavvi,
        reelguide_cms,
        reelguide_sdui,
        reelguide_print,
        reelguide_tv,
    )
}
LANGS = {
    "emirates": "en-GB",
    "dvdtalk": "en-US",
    "serializd": "en-US",
    "zavvi": "en-GB",
    "reelguide_cms": "en-US",
    "reelguide_sdui": "en-US",
    "reelguide_print": "en-US",
    "reelguide_tv": "en-US",
}
REDESIGNS = ("reelguide_cms", "reelguide_sdui", "reelguide_print", "reelguide_tv")


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
    assert set(tests.heldout_sites37.DESIGNS) | set(tests.heldout_sites38.DESIGNS) <= EARLIER
    assert not EARLIER & set(DESIGNS)


def test_all_eight_are_english_in_their_regions_spelling() -> None:
    found = {}
    for d in DESIGNS:
        m = re.search(r'<html lang="([a-zA-Z-]+)"', rendered(d, 1)[0].html)
        found[d] = m.group(1) if m else ""
    assert found == LANGS, found


def test_the_redesigns_are_reelguides_own_and_the_others_are_not() -> None:
    for design in DESIGNS:
        for page in rendered(design, 5):
            text = page_text(page)
            assert ("ReelGuide" in text) == (design in REDESIGNS), (design, page.url)
            assert page.url.startswith("https://www.reelguide.example/")


def test_each_redesign_names_its_stack() -> None:
    assert "headless CMS" in (reelguide_cms.__doc__ or "")
    assert "server-driven UI" in (reelguide_sdui.__doc__ or "")
    assert "print" in (reelguide_print.__doc__ or "") and "10-foot" in (reelguide_tv.__doc__ or "")
    for page in rendered("reelguide_cms", 10):
        assert 'content="ReelGuide Studio (headless CMS) + static build"' in page.html
        assert '<main data-sb-object-id="entry-' in page.html
        assert 'data-block-type="paragraph"' in page.html or not page.expected["synopsis"]
    for page in rendered("reelguide_sdui", 10):
        tree = re.search(
            r'<script type="application/json" id="rgs-screen">(.*?)</script>', page.html
        )
        assert tree and json.loads(tree.group(1))["screen"] == "TitleDetail", page.url
        assert page.expected["title"] not in tree.group(1)
        assert '<section data-sdui-type="Hero"' in page.html
    for page in rendered("reelguide_print", 10):
        assert '<style media="print">' in page.html and "window.print()" in page.html
        assert "-backdrop-" not in page.html and "-poster-" not in page.html
        assert '<main data-view="reader"' in page.html
    for page in rendered("reelguide_tv", 10):
        assert 'content="width=1920, user-scalable=no"' in page.html
        assert '<body data-platform="tizen" data-focus-root="app">' in page.html
        assert "spatial-navigation" in page.html


def _earlier_source() -> str:
    earlier = checks.earlier_generators(40, alongside=ALONGSIDE)
    assert len(earlier) > 100
    assert not any(f"heldout_sites{n}/" in str(p) for p in earlier for n in (*ALONGSIDE, 40))
    assert any("heldout_sites38/" in str(p) for p in earlier)
    assert any("heldout_sites37/" in str(p) for p in earlier)
    return "\n".join(p.read_text(encoding="utf-8") for p in earlier)


def test_no_earlier_generator_models_these_sites() -> None:
    source = _earlier_source()
    for name in ("Emirates", "ice Digital", "DVD Talk", "DVDTalk", "Serializd", "Zavvi"):
        assert not re.search(rf"\b{re.escape(name)}\b", source, re.I), name


def test_earlier_sets_wrote_reelguide_redesigns_but_not_these_four() -> None:
    """sites35 and sites38 redesigned ReelGuide too; none on a headless CMS, a server-driven UI,
    a print reader view or a 10-foot TV app (tests/heldout5, an early kit, had a headless-CMS
    page and a print-friendly one, neither ReelGuide's nor in these markups)."""
    source = _earlier_source()
    assert "ReelGuide" in source
    redesigns = "\n".join(
        p.read_text(encoding="utf-8")
        for n in (35, 38)
        for p in pathlib.Path(__file__).parent.glob(f"heldout_sites{n}/*.py")
    )
    assert "ReelGuide" in redesigns
    for tell in (
        "headless",
        "server-driven",
        "reader view",
        "print-friendly",
        "10-foot",
        "smart-tv",
    ):
        assert tell not in redesigns.lower(), tell
    for tell in (
        "server-driven",
        "data-sb-",
        "data-sdui",
        'media="print"',
        "window.print",
        "10-foot",
        "data-focus-key",
        "spatial-navigation",
    ):
        assert tell not in source, tell


def test_the_sites_earlier_sets_modelled_were_skipped() -> None:
    """Why TVmaze, TheTVDB, Moviefone, Rotten Tomatoes, Metacritic and the others are not here."""
    source = _earlier_source()
    for name in (
        "TVmaze",
        "TheTVDB",
        "Moviefone",
        "Rotten Tomatoes",
        "Metacritic",
        "Wikipedia",
        "Blu-ray.com",
        "AllMovie",
        "Fandango",
        "Letterboxd",
        "Trakt",
        "Simkl",
        "Dendy",
        "Decider",
        "Vulture",
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
    for tell in ("data-sb-field-path", "data-sb-object-id", "data-focus-key", "data-sdui"):
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
    cms = facts40(c, "cms", rows)
    assert cms.count("<h4>") == cms.count('data-sb-field-path="facts.') == 3
    assert '<div data-sb-field-path="facts.runtime"><h4>Runtime</h4><p>111 min</p></div>' in cms
    assert _pairs(cms) == want and 'data-sb-object-id="title-facts"' in cms
    tiles = facts40(c, "focus", rows)
    assert tiles.count('data-focus-key="fact-') == tiles.count("<button") == 3
    assert 'data-focus-key="fact-runtime"' in tiles and _pairs(tiles) == want
    assert ":focus" in tiles and 'role="group"' in tiles
    rows_ = facts40(c, "sdui", rows)
    assert rows_.count('data-sdui-type="KeyValueRow"') == 3 and _pairs(rows_) == want
    assert rows_.count('data-sdui-slot="key"') == rows_.count('data-sdui-slot="value"') == 3
    outs = (cms, tiles, rows_)
    assert all("Year" not in x for x in outs)
    assert all(values_after(x, "Runtime") == ["111 min"] for x in outs)
    assert facts40(c, "table", rows).count("<tr><th>") == 3
    assert facts40(c, "layout", rows).count("<tr><td>") == 3
    assert facts40(c, "kv", rows).count("<var>") == 3


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
    assert emirates.duration(111, True) == "1h 51m" and emirates.duration(111, False) == "111 mins"
    assert emirates.SITE.date is uk_date and zavvi.SITE.date is uk_date
    assert dvdtalk.SITE.date is us_date and reelguide_cms.SITE.date is us_date
    assert dvdtalk.running_time(111, True) == "111 minutes"
    assert dvdtalk.running_time(111, False) == "1:51" and dvdtalk.running_time(45, False) == "0:45"
    assert dvdtalk.votes(1234) == "1,234 reader ratings" and dvdtalk.votes(1) == "1 reader rating"
    assert serializd.short_date(d, True) == "Oct 7, 1995"
    assert serializd.short_date(d, False) == "10/07/1995"
    assert serializd.runtime(111, True) == "1h 51m" and serializd.runtime(111, False) == "111m"
    assert zavvi.run_time(111, True) == "111 minutes" and zavvi.run_time(111, False) == "1h 51m"
    assert zavvi.votes(1234) == "(1,234 ratings)"
    assert (
        reelguide_cms.hr_min(111, True) == "1 hr 51 min"
        and reelguide_cms.hr_min(120, True) == "2 hr"
    )
    assert (
        reelguide_cms.hr_min(111, False) == "111 min" and reelguide_cms.money(usd) == "$3,600,000"
    )
    assert reelguide_cms.money(Money(7200000, "EUR")) == "EUR 7,200,000"
    assert reelguide_sdui.now_date(d, True) == "Oct 7, 1995"
    assert reelguide_sdui.now_date(d, False) == "1995-10-07"
    assert reelguide_sdui.runtime(111, True) == "1h 51m" and reelguide_sdui.votes(2) == "2 ratings"
    assert reelguide_print.running_time(111, True) == "111 minutes"
    assert reelguide_print.running_time(111, False) == "1 h 51 min"
    assert reelguide_print.running_time(120, False) == "2 h"
    assert (
        reelguide_tv.runtime(111, True) == "1h 51m"
        and reelguide_tv.runtime(111, False) == "111 min"
    )


def test_certificates_are_the_local_classes() -> None:
    mpa = {"G", "PG", "PG-13", "R", "NC-17"}
    allowed = {
        "emirates": {"G", "PG", "PG-13", "R"},
        "dvdtalk": mpa,
        "serializd": {"TV-G", "TV-PG", "TV-14", "TV-MA"},
        "zavvi": {"U", "PG", "12", "15", "18"},
        "reelguide_cms": mpa,
        "reelguide_sdui": mpa,
        "reelguide_print": mpa,
        "reelguide_tv": mpa,
    }
    for design, marks in allowed.items():
        seen = {p.expected["content_rating"] for p in rendered(design, 80)} - {None}
        assert seen <= marks and len(seen) >= 3, (design, seen)


def test_uk_sites_write_dates_day_first() -> None:
    for design in ("emirates", "zavvi"):
        site = MODULES[design].SITE
        d = date(1995, 10, 27)
        assert site.date(d, True).startswith("27 "), design
        assert site.date(d, False).startswith("27"), design


def test_director_of_photography_is_not_the_director() -> None:
    """Serializd's and Zavvi's 'Director of Photography' begins with the director's label."""
    for design in ("serializd", "zavvi"):
        assert label(design, "camera") == "Director of Photography"
        for page in rendered(design, COUNT):
            markup = details(page)
            dop = values_after(markup, "Director of Photography")
            assert len(dop) == 1 and dop[0] not in page.expected["directors"], page.url
            found = values_after(markup, "Director")
            want = page.expected["directors"]
            assert found == ([", ".join(want)] if want else []), page.url


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


def test_cms_fields_hold_an_h4_label_and_a_paragraph_value() -> None:
    found = _own_pages("cms", _by_style("cms"))
    assert len(found) > 10
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and markup.count("<h4>") == len(pairs), page.url
        assert markup.count('data-sb-field-path="facts.') == len(pairs), page.url
        assert all(k in _labels(design) for k, _ in pairs), page.url
        assert not any(v in _labels(design) for _, v in pairs), page.url


def test_focus_tiles_are_buttons_with_a_caption_and_a_value() -> None:
    found = _own_pages("focus", _by_style("focus"))
    assert len(found) > 10
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and markup.count('data-focus-key="fact-') == len(pairs), page.url
        assert markup.count('<button type="button" tabindex="-1"') == len(pairs), page.url
        assert all(k in _labels(design) for k, _ in pairs), page.url
        keys = re.findall(r'data-focus-key="fact-([^"]*)"', markup)
        assert len(set(keys)) == len(keys), page.url


def test_sdui_rows_name_their_key_and_value_slots() -> None:
    found = _own_pages("sdui", _by_style("sdui"))
    assert len(found) > 10
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and markup.count('data-sdui-slot="key"') == len(pairs), page.url
        assert markup.count('data-sdui-slot="value"') == len(pairs), page.url
        assert all(k in _labels(design) for k, _ in pairs), page.url
        assert not any(v in _labels(design) for _, v in pairs), page.url


def test_prices_are_not_the_money_or_the_dates() -> None:
    for design, head in (
        ("emirates", "Stay connected"),
        ("dvdtalk", "Buy It"),
        ("serializd", "Serializd Pro"),
        ("zavvi", "Price"),
        ("reelguide_cms", "ReelGuide+"),
        ("reelguide_sdui", "Choose a plan"),
        ("reelguide_print", "ReelGuide in print"),
        ("reelguide_tv", "Rent or buy"),
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
    """A tile's data-focus-key, a row's data-sdui-id and a block's field path spell its label."""
    hooks = {
        "cms": r'data-sb-field-path="facts\.([^"]*)"><h4>([^<]*)</h4>',
        "focus": r'data-focus-key="fact-([^"]*)"><span class="cap">([^<]*)</span>',
        "sdui": r'data-sdui-id="row-([^"]*)"><span data-sdui-slot="key">([^<]*)</span>',
    }
    for style, pattern in hooks.items():
        found = _own_pages(style, _by_style(style))
        assert found, style
        for _design, page, markup in found:
            pairs = re.findall(pattern, markup)
            assert pairs, (style, page.url)
            assert all(hook == _slugged(html.unescape(k)) for hook, k in pairs), page.url


def test_the_reader_view_and_the_in_flight_catalogue_show_no_trailer() -> None:
    for design in ("reelguide_print", "emirates"):
        assert "trailer_url" in NOT_SHOWN[design]
        for page in rendered(design, COUNT):
            assert "youtube" not in page.html.lower() and page.expected["trailer_url"] is None


def test_counters_beside_the_votes_are_named_for_what_they_count() -> None:
    words = {
        "emirates": "plays on board this month",
        "dvdtalk": "reads",
        "serializd": "followers",
        "zavvi": "people have this in their basket",
        "reelguide_cms": "reads",
        "reelguide_sdui": "plays",
        "reelguide_print": "prints",
        "reelguide_tv": "watching now",
    }
    for design, word in words.items():
        for page in rendered(design, 10):
            views = re.search(r'-views-[0-9a-f]{5}">([^<]*)</p>', page.html)
            assert views and views.group(1).endswith(" " + word), (design, page.url)
