"""The forty-first held-out site generator itself (not the parser): deterministic,
spec-shaped, honest pages whose markup varies per page. Nothing here measures marquee's
accuracy (benchmarks/sites41.py does)."""

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

import tests.heldout_sites39
import tests.heldout_sites40
from tests import site_set_checks as checks
from tests.heldout_sites2.records import Money
from tests.heldout_sites41 import (
    DESIGNS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    amcplus,
    boxofficeindia,
    directv,
    flicks,
    koimoi,
    site_pages,
    sonyliv,
    virginmedia,
    xfinity,
)
from tests.heldout_sites41.common import NEW_STYLES, Classes, facts41, uk_date, us_date
from tests.test_heldout_sites40_gen import EARLIER as BEFORE_SITES40

COUNT = 30
EARLIER = BEFORE_SITES40 | set(tests.heldout_sites39.DESIGNS) | set(tests.heldout_sites40.DESIGNS)
ALONGSIDE = (42,)  # written at the same time by another writer, blind to this set
MODULES: dict[str, ModuleType] = {
    m.NAME: m
    for m in (xfinity, directv, virginmedia, flicks, koimoi, boxofficeindia, sonyliv, amcplus)
}
LANGS = {
    "xfinity": "en-US",
    "directv": "en-US",
    "virginmedia": "en-GB",
    "flicks": "en-NZ",
    "koimoi": "en-IN",
    "boxofficeindia": "en-IN",
    "sonyliv": "en-IN",
    "amcplus": "en-US",
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
    assert {"emirates", "dvdtalk", "serializd", "zavvi"} <= EARLIER
    assert set(tests.heldout_sites39.DESIGNS) | set(tests.heldout_sites40.DESIGNS) <= EARLIER
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
    assert 'content="WordPress' in koimoi.STACK_HEAD


def _earlier_source() -> str:
    earlier = checks.earlier_generators(41, alongside=ALONGSIDE)
    assert len(earlier) > 100
    assert not any(f"heldout_sites{n}/" in str(p) for p in earlier for n in (*ALONGSIDE, 41))
    assert any("heldout_sites40/" in str(p) for p in earlier)
    assert any("heldout_sites39/" in str(p) for p in earlier)
    return "\n".join(p.read_text(encoding="utf-8") for p in earlier)


def test_no_earlier_generator_models_these_sites() -> None:
    source = _earlier_source()
    for name in (
        "Xfinity",
        "DIRECTV",
        "Virgin Media",
        "Flicks.co.nz",
        "Koimoi",
        "Box Office India",
        "SonyLIV",
        "AMC+",
    ):
        assert not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", source, re.I), name


def test_the_sites_earlier_sets_modelled_were_skipped() -> None:
    """Why Pluto, Philo, Sling, Kinopoisk, MovieMeter, Bollywood Hungama and others are not here."""
    source = _earlier_source()
    for name in (
        "Pluto",
        "Philo",
        "Sling",
        "Kinopoisk",
        "MovieMeter",
        "Bollywood Hungama",
        "Vudu",
        "Hotstar",
        "ZEE5",
        "Tubi",
        "Peacock",
        "Letterboxd",
        "Fandango",
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
    for tell in (
        "output for=",
        "<output for",
        "data-th=",
        "attr(data-th)",
        "</summary><dl",
        "<tspan",
    ):
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
    outs = facts41(c, "outputs", rows)
    assert outs.count("<output for=") == outs.count("<span id=") == 3 and _pairs(outs) == want
    assert '<span id="x-k-run-time">Run Time</span> <output for="x-k-run-time"' in outs
    table = facts41(c, "datath", rows)
    assert table.count("data-th=") == table.count('<th scope="col">') == 3
    assert '<td data-th="Run Time">111 min</td>' in table and _pairs(table) == want
    assert "content:attr(data-th)" in table and "<tr><th>" not in table
    disclosure = facts41(c, "detailsdl", rows, "Movie Info")
    assert disclosure.count("<dt>") == disclosure.count("<dd>") == 3 and _pairs(disclosure) == want
    assert " open><summary>" in disclosure and disclosure.endswith("</dl></details>")
    card = facts41(c, "tspans", rows)
    assert card.count("<text ") == card.count('<tspan class="k">') == 3 and _pairs(card) == want
    assert '<svg class="' in card and 'viewBox="0 0 720 100"' in card
    made = (outs, table, disclosure, card)
    assert all("Year" not in x for x in made)
    assert all(values_after(x, "Run Time") == ["111 min"] for x in made)
    assert facts41(c, "table", rows).count("<tr><th>") == 3
    assert facts41(c, "layout", rows).count("<tr><td>") == 3
    assert facts41(c, "sdui", rows).count('data-sdui-type="KeyValueRow"') == 3


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
    inr = Money(7200000, "INR")
    assert us_date(d, True) == "October 7, 1995" and us_date(d, False) == "10/07/1995"
    assert uk_date(d, True) == "7 October 1995" and uk_date(d, False) == "07/10/1995"
    assert xfinity.duration(111, True) == "1h 51m" and xfinity.duration(120, True) == "2h"
    assert xfinity.duration(111, False) == "111 min" and xfinity.votes(1234) == "1,234 ratings"
    assert directv.run_time(111, True) == "1hr 51min" and directv.run_time(111, False) == "111 mins"
    assert directv.short_date(d, True) == "Oct 7, 1995"
    assert directv.short_date(d, False) == "10/07/1995"
    assert virginmedia.running_time(111, True) == "111 mins"
    assert virginmedia.running_time(111, False) == "1hr 51mins"
    assert virginmedia.running_time(120, False) == "2hrs"
    assert virginmedia.votes(1234) == "(1,234 reviews)" and virginmedia.SITE.date is uk_date
    assert flicks.runtime(111, True) == "111 mins" and flicks.runtime(111, False) == "1h 51m"
    assert flicks.SITE.date is uk_date and flicks.votes(1) == "1 rating"
    assert (
        koimoi.duration(111, True) == "111 mins" and koimoi.duration(111, False) == "1 hr 51 mins"
    )
    assert koimoi.release(d, True) == "7 Oct 1995" and koimoi.release(d, False) == "07-10-1995"
    assert koimoi.money(usd) == "$3,600,000" and koimoi.money(inr) == "INR 7,200,000"
    assert koimoi.votes(1234) == "1,234 user ratings"
    assert boxofficeindia.running_time(111, True) == "111 min"
    assert boxofficeindia.running_time(111, False) == "1:51"
    assert boxofficeindia.release(d, True) == "7 October 1995"
    assert boxofficeindia.release(d, False) == "07.10.1995"
    assert boxofficeindia.money(usd) == "USD 3,600,000"
    assert (
        sonyliv.duration(111, True) == "1 Hr 51 Min" and sonyliv.duration(111, False) == "111 Min"
    )
    assert sonyliv.release(d, True) == "Oct 7, 1995" and sonyliv.release(d, False) == "07/10/1995"
    assert amcplus.runtime(111, True) == "1h 51m" and amcplus.runtime(111, False) == "111 min"
    assert amcplus.SITE.date is us_date and xfinity.SITE.date is us_date


def test_certificates_are_the_local_classes() -> None:
    mpa = {"G", "PG", "PG-13", "R", "NC-17"}
    cbfc = {"U", "U/A 7+", "U/A 13+", "U/A 16+", "A"}
    allowed = {
        "xfinity": mpa,
        "directv": mpa,
        "virginmedia": {"U", "PG", "12A", "15", "18"},
        "flicks": {"G", "PG", "M", "R16", "R18"},
        "koimoi": cbfc,
        "boxofficeindia": {"U", "UA", "A"},
        "sonyliv": cbfc,
        "amcplus": {"TV-G", "TV-PG", "TV-14", "TV-MA"},
    }
    for design, marks in allowed.items():
        seen = {p.expected["content_rating"] for p in rendered(design, 80)} - {None}
        assert seen <= marks and len(seen) >= 3, (design, seen)


def test_day_first_sites_write_dates_day_first() -> None:
    d = date(1995, 10, 27)
    for design in ("virginmedia", "flicks", "koimoi", "boxofficeindia"):
        site = MODULES[design].SITE
        assert site.date(d, True).startswith("27 "), design
        assert site.date(d, False).startswith("27"), design
    assert sonyliv.SITE.date(d, False).startswith("27/") and sonyliv.SITE.date(d, True)[0] == "O"


def test_director_of_photography_is_not_the_director() -> None:
    """DIRECTV's 'Director of Photography' begins with the director's label."""
    assert label("directv", "camera") == "Director of Photography"
    for page in rendered("directv", COUNT):
        markup = details(page)
        dop = values_after(markup, "Director of Photography")
        assert len(dop) == 1 and dop[0] not in page.expected["directors"], page.url
        found = values_after(markup, "Director")
        want = page.expected["directors"]
        assert found == ([", ".join(want)] if want else []), page.url


def test_music_director_is_not_the_director() -> None:
    """Koimoi's, Box Office India's and SonyLIV's 'Music Director' ends with 'Director'."""
    for design in ("koimoi", "boxofficeindia", "sonyliv"):
        assert (
            label(design, "music") == "Music Director" and label(design, "director") == "Director"
        )
        for page in rendered(design, COUNT):
            markup = details(page)
            composer = values_after(markup, "Music Director")
            assert len(composer) == 1 and composer[0] not in page.expected["directors"], page.url
            want = page.expected["directors"]
            assert values_after(markup, "Director") == ([", ".join(want)] if want else [])


def test_collections_in_crore_are_not_the_box_office() -> None:
    """Koimoi's 'Day 1 Collection' and Box Office India's 'First Week Nett' are rupee figures
    under labels the record has no key for; the box office is the 'Box Office' / 'Worldwide
    Gross' row alone."""
    for design, row, unit in (
        ("koimoi", "Day 1 Collection", " cr"),
        ("boxofficeindia", "First Week Nett", " crore"),
    ):
        site = MODULES[design].SITE
        for page in rendered(design, COUNT):
            markup = details(page)
            found = values_after(markup, row)
            assert len(found) == 1 and re.fullmatch(rf"₹\d+\.\d\d{unit}", found[0]), page.url
            m = page.expected["box_office"]
            gross = values_after(markup, label(design, "box_office"))
            if m:
                assert gross == [site.money(Money(int(m["amount"]), m["currency"]))], page.url
            else:
                assert not gross, page.url


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


def test_outputs_name_the_span_that_labels_them() -> None:
    found = _own_pages("outputs", _by_style("outputs"))
    assert len(found) > 10
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and markup.count("<output for=") == len(pairs), page.url
        ids = re.findall(r'<span id="([^"]*)">', markup)
        fors = re.findall(r'<output for="([^"]*)"', markup)
        assert ids == fors and len(set(ids)) == len(ids), page.url
        assert all(k in _labels(design) for k, _ in pairs), page.url
        assert not any(v in _labels(design) for _, v in pairs), page.url


def test_responsive_tables_label_each_cell_as_its_column_head() -> None:
    found = _own_pages("datath", _by_style("datath"))
    assert len(found) > 10
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        heads = re.findall(r'<th scope="col">([^<]*)</th>', markup)
        assert pairs and heads == [k for k, _ in pairs], page.url
        assert markup.count('<tr role="row">') == 2 and "td::before{content:attr(data-th)" in markup
        assert all(k in _labels(design) for k, _ in pairs), page.url
        assert not any(v in _labels(design) for _, v in pairs), page.url


def test_disclosures_hold_one_open_description_list() -> None:
    found = _own_pages("detailsdl", _by_style("detailsdl"))
    assert len(found) > 10
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and markup.count("<details ") == 1 and markup.count("<dl>") == 1, page.url
        assert re.search(r'<details class="[^"]*" open><summary>All details</summary><dl>', markup)
        assert all(k in _labels(design) for k, _ in pairs), page.url
        assert not any(v in _labels(design) for _, v in pairs), page.url


def test_svg_fact_cards_put_each_fact_on_its_own_line() -> None:
    found = _own_pages("tspans", _by_style("tspans"))
    assert len(found) > 10
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and markup.count("<text ") == len(pairs), page.url
        ys = [int(y) for y in re.findall(r'<text x="12" y="(\d+)">', markup)]
        assert ys == [28 * (i + 1) for i in range(len(pairs))], page.url
        assert f'height="{28 * len(pairs) + 16}"' in markup, page.url
        assert all(k in _labels(design) for k, _ in pairs), page.url
        assert not any(v in _labels(design) for _, v in pairs), page.url


def test_prices_are_not_the_money_or_the_dates() -> None:
    for design, head in (
        ("xfinity", "Rent or Buy"),
        ("directv", "Pay-Per-View"),
        ("virginmedia", "Rent or buy"),
        ("flicks", "Sessions today"),
        ("koimoi", "Book Tickets"),
        ("boxofficeindia", "Average Ticket Price"),
        ("sonyliv", "Subscribe to Premium"),
        ("amcplus", "Choose Your Plan"),
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
    """An output's for= and its label's id, and a cell's data-th, spell the row's label."""
    for _design, page, markup in _own_pages("outputs", _by_style("outputs")):
        pairs = re.findall(r'<span id="[a-z]+-k-([^"]*)">([^<]*)</span>', markup)
        assert pairs and all(h == _slugged(html.unescape(k)) for h, k in pairs), page.url
        names = re.findall(r'<output for="[a-z]+-k-([^"]*)" name="([^"]*)">', markup)
        assert names and all(a == b for a, b in names), page.url
    for _design, page, markup in _own_pages("datath", _by_style("datath")):
        assert all(k for k, _ in _pairs(markup) or []), page.url


def test_the_fact_card_is_an_image_with_a_name() -> None:
    for _design, page, markup in _own_pages("tspans", _by_style("tspans")):
        assert 'role="img" aria-label="Facts"' in markup, page.url


def test_counters_beside_the_votes_are_named_for_what_they_count() -> None:
    words = {
        "xfinity": "recordings scheduled",
        "directv": "recordings",
        "virginmedia": "added to My Stuff",
        "flicks": "want to see",
        "koimoi": "views",
        "boxofficeindia": "page views",
        "sonyliv": "watching",
        "amcplus": "added to watchlists",
    }
    for design, word in words.items():
        for page in rendered(design, 10):
            views = re.search(r'-views-[0-9a-f]{5}">([^<]*)</p>', page.html)
            assert views and views.group(1).endswith(" " + word), (design, page.url)
