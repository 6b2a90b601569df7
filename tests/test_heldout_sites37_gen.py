"""The thirty-seventh held-out site generator itself (not the parser): deterministic,
spec-shaped, honest pages whose markup varies per page. Nothing here measures marquee's
accuracy (benchmarks/sites37.py does)."""

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

import tests.heldout_sites35
import tests.heldout_sites36
from tests import site_set_checks as checks
from tests.heldout_sites2.records import Money
from tests.heldout_sites37 import (
    DESIGNS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    comingsoon,
    decider,
    empire,
    filmsite,
    ign,
    rogerebert,
    site_pages,
    variety,
    vulture,
)
from tests.heldout_sites37.common import NEW_STYLES, Classes, facts37, hm, uk_date, us_date
from tests.test_heldout_sites36_gen import EARLIER as BEFORE_SITES36

COUNT = 30
EARLIER = BEFORE_SITES36 | set(tests.heldout_sites35.DESIGNS) | set(tests.heldout_sites36.DESIGNS)
ALONGSIDE = (38,)  # written at the same time by another writer, blind to this set
MODULES: dict[str, ModuleType] = {
    m.NAME: m
    for m in (
        decider,
        ign,
        empire,
        variety,
        filmsite,
        rogerebert,
        vulture,
        comingsoon,
    )
}
ENGLISH = {"en-US", "en-GB"}


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
    if "</th></tr></thead><tbody><tr><td>" in markup:
        found = []
        for heads, cells in re.findall(
            r"<thead><tr>(.*?)</tr></thead><tbody><tr>(.*?)</tr></tbody>", markup
        ):
            found += list(
                zip(
                    re.findall(r"<th>([^<]*)</th>", heads),
                    re.findall(r"<td>([^<]*)</td>", cells),
                    strict=True,
                )
            )
        return found
    if "</span><ol><li>" in markup:
        return [
            (k, ", ".join(re.findall(r"<li>([^<]*)</li>", items)))
            for k, items in re.findall(r"<li><span>([^<]*)</span><ol>(.*?)</ol></li>", markup)
        ]
    if "data-tip=" in markup:
        return [
            (k, v)
            for tip, k, v in re.findall(r'<p data-tip="([^"]*)"><i>([^<]*)</i> ([^<]*)</p>', markup)
            if tip == k
        ]
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
    assert {"imdbref", "rakutentv", "my5", "rts", "trakt", "iplayer", "amc", "vue"} <= EARLIER
    assert {"flixster", "collider", "screenrant", "totalfilm"} <= EARLIER
    assert set(tests.heldout_sites35.DESIGNS) <= EARLIER
    assert not EARLIER & set(DESIGNS)


def test_all_eight_designs_are_english() -> None:
    langs = {d: re.search(r'<html lang="([a-zA-Z-]+)"', rendered(d, 1)[0].html) for d in DESIGNS}
    found = {d: m.group(1) if m else "" for d, m in langs.items()}
    assert set(found.values()) == ENGLISH, found
    assert found["empire"] == "en-GB"
    for design in DESIGNS:
        for page in rendered(design, 5):
            assert "cookie" in page_text(page).lower(), design


def _earlier_source() -> str:
    earlier = checks.earlier_generators(37, alongside=ALONGSIDE)
    assert len(earlier) > 100
    assert not any(f"heldout_sites{n}/" in str(p) for p in earlier for n in (*ALONGSIDE, 37))
    assert any("heldout_sites36/" in str(p) for p in earlier)
    assert any("heldout_sites35/" in str(p) for p in earlier)
    return "\n".join(p.read_text(encoding="utf-8") for p in earlier)


def test_no_earlier_generator_models_these_sites() -> None:
    source = _earlier_source()
    names = {p.stem for p in checks.earlier_generators(37, alongside=ALONGSIDE)}
    assert not names & set(DESIGNS)
    for name in ("Decider", "IGN", "Filmsite", "Vulture", "ComingSoon", "ComingSoon.net"):
        assert not re.search(rf"\b{re.escape(name)}\b", source), name
    # named in passing only (a Danish cinema 'Empire Bio', a trade paper cited or quoted as a
    # critics' outlet, a 'Variety' channel menu), never a design's own site
    for name in ("Empire", "Variety", "RogerEbert.com"):
        assert not re.search(rf'Chrome\(\s*"[^"]*",\s*"{re.escape(name)}"', source), name
        assert len(re.findall(rf"\b{re.escape(name)}\b", source)) <= 3, name


def test_the_sites_earlier_sets_modelled_were_skipped() -> None:
    """Why Letterboxd, Rotten Tomatoes, TMDb, MUBI, Plex and the others are not here."""
    source = _earlier_source()
    for name in (
        "Letterboxd",
        "Rotten Tomatoes",
        "TMDb",
        "Trakt",
        "JustWatch",
        "Reelgood",
        "Metacritic",
        "TV Guide",
        "TVmaze",
        "Kanopy",
        "Tubi",
        "Pluto TV",
        "Plex",
        "Crunchyroll",
        "BritBox",
        "Criterion",
        "MUBI",
        "Peacock",
        "Apple TV",
        "Starz",
        "Vudu",
        "Hoopla",
        "Moviefone",
        "Simkl",
        "Paramount",
        "Flixster",
        "Collider",
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
    "columns": "</th></tr></thead><tbody><tr><td>",
    "sublist": "</span><ol><li>",
    "tips": "data-tip=",
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
    for tell in ("</th></tr></thead><tbody><tr><td>", "</span><ol><li>", "<ol><li>", "data-tip"):
        assert tell not in source, tell


def test_the_new_markups_render_as_described() -> None:
    c = Classes("x", random.Random(1))
    rows: list[tuple[str, str | list[str]]] = [
        ("Director", ["Ada Gallo", "Bruno Sato"]),
        ("Runtime", "111 min"),
        ("Year", ""),
        ("Genre", ["Drama"]),
        ("Country", ["France"]),
        ("Rated", "R"),
    ]
    want = [
        ("Director", "Ada Gallo, Bruno Sato"),
        ("Runtime", "111 min"),
        ("Genre", "Drama"),
        ("Country", "France"),
        ("Rated", "R"),
    ]
    sheet = facts37(c, "columns", rows)
    assert sheet.count("<th>") == sheet.count("<td>") == 5 and sheet.count("<thead>") == 2
    assert sheet.startswith("<style>") and _pairs(sheet) == want
    assert "<th>Director</th><th>Runtime</th>" in sheet  # labels side by side, not beside values
    outline = facts37(c, "sublist", rows)
    assert outline.count("<ol>") == 5 and _pairs(outline) == want
    assert "<ol><li>Ada Gallo</li><li>Bruno Sato</li></ol>" in outline
    assert "Ada Gallo, Bruno Sato" not in outline
    pills = facts37(c, "tips", rows)
    assert pills.count("data-tip=") == 5 and _pairs(pills) == want
    assert '<p data-tip="Runtime"><i>Runtime</i> 111 min</p>' in pills
    outs = (sheet, outline, pills)
    assert all("Year" not in x for x in outs)
    assert all(values_after(x, "Runtime") == ["111 min"] for x in outs)
    assert facts37(c, "layout", rows).count('role="presentation"') == 1


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
    usd, eur = Money(3600000, "USD"), Money(7200000, "EUR")
    assert us_date(d, True) == "October 7, 1995" and us_date(d, False) == "10/07/1995"
    assert uk_date(d, True) == "7 October 1995" and uk_date(d, False) == "07/10/1995"
    assert hm(111, True) == "1h 51m" and hm(120, True) == "2h" and hm(45, True) == "45m"
    assert decider.runtime(111, True) == "111 min" and decider.runtime(111, False) == "1h 51m"
    assert decider.votes(1234) == "1,234 Stream It/Skip It votes"
    assert decider.votes(1) == "1 Stream It/Skip It vote"
    assert ign.runtime(111, True) == "1h 51m" and ign.runtime(111, False) == "111 min"
    assert ign.votes(1234) == "1,234 Community Ratings" and ign.votes(1) == "1 Community Rating"
    assert ign.money(usd) == "$3,600,000" and ign.money(eur) == "EUR 7,200,000"
    assert empire.runtime(111, True) == "111 mins" and empire.runtime(111, False) == "1h 51m"
    assert empire.votes(1234) == "1,234 user reviews"
    assert variety.runtime(111, True) == "111 MIN." and variety.runtime(111, False) == "111 min."
    assert variety.money(usd) == "$3,600,000"
    assert filmsite.runtime(111, True) == "111 minutes"
    assert filmsite.runtime(111, False) == "1 hr 51 min" and filmsite.runtime(120, False) == "2 hr"
    assert rogerebert.runtime(111, True) == "111 minutes"
    assert rogerebert.runtime(111, False) == "111 min"
    assert (
        vulture.runtime(111, True) == "1 hr. 51 min." and vulture.runtime(111, False) == "111 min."
    )
    assert vulture.runtime(45, True) == "45 min."
    assert comingsoon.runtime(111, True) == "111 mins" and comingsoon.votes(1) == "1 user rating"
    assert comingsoon.money(eur) == "EUR 7,200,000"
    for module in (decider, empire, rogerebert):
        assert module.money(usd) == ""
    for module in (variety, filmsite, rogerebert, vulture):
        assert module.votes(1234) == ""


def test_certificates_are_the_local_classes() -> None:
    bbfc, mpa = {"U", "PG", "12A", "15", "18"}, {"G", "PG", "PG-13", "R", "NC-17"}
    for design in DESIGNS:
        marks = bbfc if design == "empire" else mpa
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


def _by_style(style: str) -> tuple[str, ...]:
    return tuple(d for d in DESIGNS if style in MODULES[d].SITE.styles)


def test_spec_sheets_put_each_label_over_its_value() -> None:
    found = _own_pages("columns", _by_style("columns"))
    assert len(found) > 10
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and markup.count("<th>") == markup.count("<td>") == len(pairs), page.url
        assert all(k in _labels(design) for k, _ in pairs), page.url
        assert not any(v in _labels(design) for _, v in pairs), page.url
        bands = re.findall(r"<thead><tr>(.*?)</tr></thead>", markup)
        assert all(1 <= b.count("<th>") <= 4 for b in bands), page.url
        assert "<td>" not in "".join(bands), page.url


def test_outlines_list_each_value_as_its_own_item() -> None:
    found = _own_pages("sublist", _by_style("sublist"))
    assert len(found) > 10
    several = 0
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and markup.count("<ol>") == len(pairs), page.url
        assert all(k in _labels(design) for k, _ in pairs), page.url
        e = page.expected
        items = [html.unescape(x) for x in re.findall(r"<li>([^<]*)</li>", markup)]
        for name in e["directors"] + e["writers"]:
            assert name in items, (page.url, name)
        several += len(e["directors"]) > 1 or len(e["writers"]) > 1
    assert several > 0


def test_pills_carry_their_label_in_the_tip_too() -> None:
    found = _own_pages("tips", _by_style("tips"))
    assert len(found) > 10
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and markup.count("data-tip=") == len(pairs), page.url
        assert all(k in _labels(design) for k, _ in pairs), page.url


def test_prices_are_not_the_money_or_the_dates() -> None:
    for design, head in (
        ("decider", "Stream It On"),
        ("ign", "Where to Watch"),
        ("empire", "Subscribe to Empire"),
        ("variety", "Subscribe to Variety"),
        ("filmsite", "Support Filmsite"),
        ("rogerebert", "Support RogerEbert.com"),
        ("vulture", "Subscribe to New York"),
        ("comingsoon", "Get Tickets"),
    ):
        site = MODULES[design].SITE
        for page in rendered(design, COUNT):
            e = page.expected
            block = re.search(rf"<h2>{re.escape(head)}</h2>(.*?)</aside>", page.html, re.S)
            assert block and re.search(r"[$£]\d|\d,\d\d €", block.group(1)), (design, page.url)
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
def test_furniture_carries_no_fact_of_the_title(design: str) -> None:
    """The mega menu, the trending headlines (with numbers of their own) and the ad config a
    tag manager reads are on every page and name nothing of the title's."""
    for page in rendered(design, 10):
        e = page.expected
        config = re.search(r"<script>window.__ADCONFIG__ = (\{.*?\});</script>", page.html)
        assert config and len(json.loads(config.group(1))["ads"]["slots"]) == 64, page.url
        mega = re.search(r'aria-label="All sections">(.*?)</nav>', page.html, re.S)
        trending = re.search(r'aria-label="Trending">(.*?)</aside>', page.html, re.S)
        assert mega and trending and re.search(r"\d", trending.group(1)), page.url
        for block in (config.group(1), mega.group(1), trending.group(1)):
            assert e["title"] not in block and page.url not in block, page.url
            assert not any(name in block for name in e["directors"] + e["writers"]), page.url
        assert len(page.html) > 30000, page.url
