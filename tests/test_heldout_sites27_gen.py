"""The twenty-seventh held-out site generator itself (not the parser): deterministic,
spec-shaped, honest pages whose markup varies per page. Nothing here measures marquee's
accuracy (benchmarks/sites27.py does)."""

from __future__ import annotations

import ast
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
import tests.heldout_sites27
from tests import site_set_checks as checks
from tests.heldout_sites2.records import Money
from tests.heldout_sites27 import (
    DESIGNS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    curiositystream,
    freevee,
    googletv,
    hallmarknow,
    mgmplus,
    paramountplus,
    site_pages,
    sundancenow,
    xumo,
)
from tests.heldout_sites27.common import NEW_STYLES, Classes, facts27
from tests.test_heldout_sites26_gen import EARLIER as BEFORE_SITES26
from tests.test_heldout_sites26_gen import page_text as page_text26
from tests.test_heldout_sites26_gen import values_after as values_after26

COUNT = 30
ALONGSIDE = (28, 29, 30)  # written at the same time by other writers, blind to this one
EARLIER = BEFORE_SITES26 | set(tests.heldout_sites25.DESIGNS) | set(tests.heldout_sites26.DESIGNS)
MODULES: dict[str, ModuleType] = {
    m.NAME: m
    for m in (
        sundancenow,
        curiositystream,
        paramountplus,
        freevee,
        googletv,
        xumo,
        hallmarknow,
        mgmplus,
    )
}
SITES = {
    "sundancenow": "Sundance Now",
    "curiositystream": "CuriosityStream",
    "paramountplus": "Paramount+",
    "freevee": "Freevee",
    "googletv": "Google TV",
    "xumo": "Xumo",
    "hallmarknow": "Hallmark",
    "mgmplus": "MGM+",
}


@functools.cache
@cache  # every test reads the same 80 pages a design: render them once a process
def _first_80(design: str, seed: int) -> list[SitePage]:
    return site_pages(design, 80, seed)


def rendered(design: str, count: int, seed: int = 0) -> list[SitePage]:
    return _first_80(design, seed)[:count] if seed == 0 else site_pages(design, count, seed)


def page_text(page: SitePage) -> str:
    """Visible text plus attribute values that name, label or show things, entities decoded,
    and the labels a stylesheet draws from an item's custom property (--k)."""
    return str(page_text26(page))


def _pairs(markup: str) -> list[tuple[str, str]] | None:
    """(label, value) pairs as a reader sees them in this set's own markups (None: another)."""
    if "mask-image" in markup:
        return re.findall(
            r'<li><span class="[^"]+" role="img" aria-label="([^"]*)" style="[^"]*"></span> '
            r"([^<]*)</li>",
            markup,
        )
    if "<menu" in markup:
        return re.findall(r"<li><mark>([^<]*)</mark> ([^<]*)</li>", markup)
    if "column-reverse" in markup:
        return [(k, v) for v, k in re.findall(r"<div><p>([^<]*)</p><p>([^<]*)</p></div>", markup)]
    if "float:right" in markup:
        return [(k, v) for v, k in re.findall(r"<p><span>([^<]*)</span>([^<]*)</p>", markup)]
    if "writing-mode:vertical-rl" in markup:
        return re.findall(r"<div><span>([^<]*)</span><em>([^<]*)</em></div>", markup)
    return None


def values_after(markup: str, label: str) -> list[str]:
    """What a reader finds for each use of `label` in the facts markup: this set's pairs (the
    pill's item, the card the label is drawn above, the spec line floated beside it, the row
    beside the turned tab), or else the twenty-sixth set's reading of its and earlier markups."""
    pairs = _pairs(markup)
    if pairs is not None:
        return [html.unescape(v) for k, v in pairs if html.unescape(k) == label]
    return list(values_after26(markup, label))


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
    keys = ("title", "tagline", "synopsis", "audience_summary", "content_rating")
    found = [expected[k] for k in keys if expected[k]]
    for key in ("genres", "countries", "studios", "directors", "writers"):
        found += expected[key]
    for credit in expected["cast"]:
        found += [v for v in credit.values() if v]
    return found


def _earlier_source() -> str:
    earlier = checks.earlier_generators(27, alongside=ALONGSIDE)
    assert len(earlier) > 100
    return "\n".join(p.read_text(encoding="utf-8") for p in earlier)


def test_eight_new_designs() -> None:
    assert len(DESIGNS) == len(set(DESIGNS)) == 8 == len(MODULES)
    assert {"starz", "tvnzplus", "centurycinemax", "rts", "stan", "pbs"} <= EARLIER
    assert not EARLIER & set(DESIGNS)


def test_every_design_is_in_english() -> None:
    for design in DESIGNS:
        lang = re.search(r'<html lang="([a-zA-Z-]+)"', rendered(design, 1)[0].html)
        assert lang and lang.group(1) in ("en-US", "en-GB"), design


def test_no_earlier_generator_models_these_sites() -> None:
    """No earlier design module, docstring or site chrome names these services (the records'
    list of streaming platforms, where Paramount+ is one provider among others, models no
    site's page)."""
    earlier = checks.earlier_generators(27, alongside=ALONGSIDE)
    docs = "\n".join(
        ast.get_docstring(ast.parse(p.read_text(encoding="utf-8"))) or "" for p in earlier
    )
    stems = {p.stem for p in earlier}
    source = _earlier_source()
    for design, name in SITES.items():
        assert name not in docs, name
        assert f'Chrome("en-US", "{name}' not in source and f'Chrome("en-GB", "{name}' not in source
        assert design not in stems and design not in EARLIER
        assert name in str(MODULES[design].__doc__) and name in str(tests.heldout_sites27.__doc__)
    for name in (
        "Sundance Now",
        "CuriosityStream",
        "Freevee",
        "Google TV",
        "Xumo",
        "Hallmark",
        "MGM+",
    ):
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
    "marks": "<menu",
    "reverse": "column-reverse",
    "floats": "float:right",
    "vlabels": "writing-mode:vertical-rl",
    "icons": "mask-image",
    "cssvar": "content:var(--k)",
    "csstable": "display:table",
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
    for tell in ("<menu", "<mark", "column-reverse", "float:", "writing-mode", "mask-image"):
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
    pills = facts27(c, "marks", rows)
    assert "<li><mark>Runtime</mark> 111 min</li>" in pills and _pairs(pills) == want
    cards = facts27(c, "reverse", rows)
    # the value first in the markup, the label after it, drawn above by column-reverse
    assert "<div><p>111 min</p><p>Runtime</p></div>" in cards and _pairs(cards) == want
    assert "flex-direction:column-reverse" in cards
    spec = facts27(c, "floats", rows)
    assert "<p><span>111 min</span>Runtime</p>" in spec and _pairs(spec) == want
    assert re.search(r"p>span\{float:right", spec)
    tabs = facts27(c, "vlabels", rows)
    assert "<div><span>Runtime</span><em>111 min</em></div>" in tabs and _pairs(tabs) == want
    row = facts27(c, "icons", rows)
    # no element or text node holds a label: only the icons' accessible names do
    assert not any(f">{k}" in row for k, _ in want) and _pairs(row) == want
    assert 'role="img" aria-label="Runtime" style="mask-image:url(/icons/runtime.svg)"' in row
    assert all("Year" not in x for x in (pills, cards, spec, tabs, row))
    assert all(values_after(x, "Runtime") == ["111 min"] for x in (pills, cards, spec, tabs, row))


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
        ):
            under(key, {", ".join(e[rec])} if e[rec] else None)
        more = (e["studios_total"] or 0) - len(e["studios"])
        shown = ", ".join(e["studios"]) + (f" +{more} more" if more else "")
        under("studio", {shown} if e["studios"] else None)
        under("rating", {e["content_rating"]} if e["content_rating"] else None)
        under("seasons", {str(e["seasons"])} if e["seasons"] else None)
        under("year", {str(e["release_year"])} if e["release_year"] else None)
        for key in ("budget", "box_office"):
            if key not in site.hidden:
                m = e[key]
                under(key, {site.money(Money(int(m["amount"]), m["currency"]))} if m else None)
        if e["user_rating_count"]:
            assert site.votes(e["user_rating_count"]) in page_text(page), page.url
        if e["imdb_id"]:
            assert f"https://www.imdb.com/title/{e['imdb_id']}/" in markup, page.url
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
        names = re.findall(r"</p><p>[^<]*?(?::|[Bb]y) ([^<]+?)</p>", page.html)
        assert names, page.url
        assert not {html.unescape(n) for n in names} & set(page.expected["directors"]), page.url


@pytest.mark.parametrize("design", DESIGNS)
def test_view_counters_are_not_the_votes(design: str) -> None:
    for page in rendered(design, COUNT):
        views = re.search(r'-views-[0-9a-f]{5}">([^<]*)</p>', page.html)
        assert views, page.url
        count = int(re.sub(r"\D", "", html.unescape(views.group(1))))
        assert count != page.expected["user_rating_count"]


@pytest.mark.parametrize("design", DESIGNS)
def test_taglines_are_shown_with_or_without_quotes_but_recorded_bare(design: str) -> None:
    if "tagline" in NOT_SHOWN[design]:
        assert not any(p.expected["tagline"] for p in rendered(design, COUNT))
        return
    quoted = bare = 0
    for page in rendered(design, 60):
        tagline = page.expected["tagline"]
        if not tagline:
            continue
        assert not tagline.startswith(("“", '"')), page.url
        shown = re.search(r'-tagline-[0-9a-f]{5}">([^<]*)</p>', page.html)
        assert shown, page.url
        text = html.unescape(shown.group(1))
        quoted += text == f"“{tagline}”"
        bare += text == tagline
    assert quoted and bare and quoted + bare > 10


def test_audience_summaries_are_under_the_sites_own_heading() -> None:
    seen = 0
    for design in ("sundancenow", "googletv", "hallmarknow"):
        head = MODULES[design].SITE.words.heads["audience"]
        for page in rendered(design, COUNT):
            summary = page.expected["audience_summary"]
            block = re.search(r'-audience-[0-9a-f]{5}"><h2>([^<]*)</h2><p>([^<]*)</p>', page.html)
            assert bool(block) == bool(summary), page.url
            if block and summary:
                assert block.group(1) == head and html.unescape(block.group(2)) == summary
                seen += 1
    assert seen > 10


def test_formats_say_what_the_record_says() -> None:
    d = date(1995, 10, 7)
    usd = Money(3600000, "USD")
    assert sundancenow.us_date(d, True) == "October 7, 1995"
    assert sundancenow.us_date(d, False) == "10/07/1995"
    assert sundancenow.duration(111, True) == "1 hr 51 min"
    assert (
        sundancenow.duration(120, True) == "2 hr" and sundancenow.duration(111, False) == "111 min"
    )
    assert sundancenow.ratings(1) == "(1 rating)" and sundancenow.ratings(1234) == "(1,234 ratings)"
    assert curiositystream.premiered(d, True) == "Oct 7, 1995"
    assert curiositystream.premiered(d, False) == "1995-10-07"
    assert (
        curiositystream.length(111, True) == "1h 51m" and curiositystream.length(45, True) == "45m"
    )
    assert curiositystream.length(111, False) == "111m"
    assert paramountplus.ap_date(d, True) == "Oct. 7, 1995"
    assert paramountplus.ap_date(date(1995, 3, 3), True) == "March 3, 1995"
    assert paramountplus.ap_date(d, False) == "10/07/1995"
    assert paramountplus.runtime(111, True) == "1 hr. 51 min."
    assert paramountplus.runtime(111, False) == "111 min."
    assert paramountplus.dollars(usd) == "$3.6 million"
    assert paramountplus.dollars(Money(3650000, "USD")) == "$3,650,000"
    assert paramountplus.dollars(Money(12000000, "USD")) == "$12 million"
    assert (
        freevee.uk_date(d, True) == "7 October 1995" and freevee.uk_date(d, False) == "07/10/1995"
    )
    assert freevee.runtime(111, True) == "1 h 51 min" and freevee.runtime(111, False) == "111 min"
    assert googletv.released(d, True) == "October 7, 1995"
    assert googletv.released(d, False) == "Oct 7, 1995"
    assert googletv.running(111, True) == "1h 51m" and googletv.running(111, False) == "111m"
    assert googletv.reviews(1) == "(1 review)" and googletv.reviews(1234) == "(1,234 reviews)"
    assert xumo.release(d, True) == "10/07/1995" and xumo.release(d, False) == "7 Oct 1995"
    assert xumo.run_time(111, True) == "111 mins" and xumo.run_time(111, False) == "1 hr 51 mins"
    assert xumo.run_time(120, False) == "2 hrs" and xumo.run_time(45, False) == "45 mins"
    assert hallmarknow.premiere(d, True) == "Saturday, October 7, 1995"
    assert hallmarknow.premiere(d, False) == "10.07.1995"
    assert hallmarknow.runtime(111, True) == "1h 51m"
    assert hallmarknow.runtime(111, False) == "111 minutes"
    assert hallmarknow.hearts(1) == "(1 heart)" and hallmarknow.hearts(987) == "(987 hearts)"
    assert (
        hallmarknow.hearts(12400) == "(12.4K hearts)" and hallmarknow.hearts(3000) == "(3K hearts)"
    )
    assert hallmarknow.hearts(1_400_000) == "(1.4M hearts)"
    assert (
        hallmarknow.round_votes(12449) == 12400 and hallmarknow.round_votes(1_449_999) == 1_400_000
    )
    assert hallmarknow.round_votes(999) == 999
    assert mgmplus.original(d, True) == "October 7th, 1995"
    assert mgmplus.original(date(1995, 10, 22), True) == "October 22nd, 1995"
    assert mgmplus.original(date(1995, 10, 11), True) == "October 11th, 1995"
    assert mgmplus.original(d, False) == "10-07-1995"
    assert mgmplus.run_time(111, True) == "1 hr 51 mins" and mgmplus.run_time(120, True) == "2 hrs"
    assert mgmplus.fan_ratings(1234) == "(1,234 fan ratings)"


def test_certificates_are_the_sites_own_ratings() -> None:
    mpa = {"G", "PG", "PG-13", "R", "NC-17"}
    tv = {"TV-G", "TV-PG", "TV-14", "TV-MA"}
    allowed = {
        "sundancenow": mpa,
        "curiositystream": tv,
        "paramountplus": mpa,
        "freevee": {"ALL", "7+", "13+", "16+", "18+"},
        "googletv": mpa,
        "xumo": tv,
        "hallmarknow": {"TV-G", "TV-PG", "TV-14"},
        "mgmplus": mpa,
    }
    for design, marks in allowed.items():
        seen = {p.expected["content_rating"] for p in rendered(design, 80)} - {None}
        assert seen <= marks and len(seen) >= 3, (design, seen)


def test_reversed_markups_put_the_value_before_its_label() -> None:
    """In the cards and the spec lines the value comes first in the markup; the stylesheet
    draws the label above it or at the left, so the pairs read label, value."""
    seen = 0
    for design in DESIGNS:
        labels = set(MODULES[design].SITE.words.labels.values()) | {MODULES[design].SITE.later}
        extra = {k for k, _ in MODULES[design].SITE.extra_rows(None, random.Random(0))}
        for page in rendered(design, COUNT):
            markup = details(page)
            if "column-reverse" not in markup and "float:right" not in markup:
                continue
            seen += 1
            pairs = _pairs(markup)
            assert pairs and all(k in labels | extra for k, _ in pairs), page.url
            assert not any(v in labels for _, v in pairs), page.url
    assert seen > 20


def test_some_deploys_fold_the_facts_under_a_button_that_opens_them() -> None:
    for design in DESIGNS:
        pages = rendered(design, 60)
        folded = [p for p in pages if 'hidden="until-found"' in details(p)]
        assert 0 < len(folded) < len(pages), design
        for page in folded:
            fold = re.search(r'aria-controls="([^"]+)">[^<]+</button></h2><div id="\1"', page.html)
            assert fold, page.url


def test_where_to_watch_says_what_the_record_says() -> None:
    seen = {"on": 0, "off": 0, "uncounted": 0}
    for design in DESIGNS:
        if design != "googletv":
            assert "Where to watch" not in rendered(design, 5)[0].html
            assert "streaming" in NOT_SHOWN[design]
    for page in rendered("googletv", 80):
        s = page.expected["streaming"]
        block = re.search(r"<h2>Where to watch</h2>(.*?)</section>", page.html, re.S)
        if s is None:
            if block:
                assert "Not available to stream yet." in block.group(1), page.url
                assert "services" not in block.group(1) and "service<" not in block.group(1)
                seen["uncounted"] += 1
            continue
        assert block, page.url
        n = s["platform_count"]
        count = googletv.services(n)
        head = (
            f"Streaming on {count}"
            if s["available"]
            else f"Not currently streaming on these {count}"
        )
        assert f"<p>{head}</p>" in block.group(1), page.url
        names = [html.unescape(x) for x in re.findall(r"<span>([^<]*)</span>", block.group(1))]
        assert names == s["platforms"], page.url
        d = date.fromisoformat(s["verified_on"])
        assert any(
            f"Last checked {googletv.released(d, lg)}<" in block.group(1) for lg in (True, False)
        )
        seen["on" if s["available"] else "off"] += 1
    assert all(n > 2 for n in seen.values()), seen


@pytest.mark.parametrize("design", DESIGNS)
def test_meta_lines_and_chips_say_the_titles_own_values(design: str) -> None:
    site = MODULES[design].SITE
    lines = chips = 0
    for page in rendered(design, 80):
        e = page.expected
        line = re.search(r'-meta-[0-9a-f]{5}">([^<]*)</p>', page.html)
        chip = re.search(r'-chips-[0-9a-f]{5}">(.*?)</ul>', page.html)
        assert not (line and chip), page.url
        if line:
            parts = html.unescape(line.group(1)).split(site.meta_sep)
            if e["release_year"]:
                assert parts[0] == str(e["release_year"]), page.url
            if e["content_rating"]:
                assert e["content_rating"] in parts, page.url
            lines += 1
        if chip:
            items = re.findall(r"<li>(.*?)</li>", chip.group(1))
            rating = e["content_rating"]
            if rating:
                badge = f'title="Rated {html.escape(rating, quote=False)}">'
                assert badge in chip.group(1), page.url
            if e["genres"]:
                genres = [html.unescape(x) for x in items[-len(e["genres"]) :]]
                assert genres == e["genres"], page.url
            chips += 1
    assert lines > 5 and chips > 5, (lines, chips)


def test_some_deploys_close_the_facts_in_an_accordion() -> None:
    for design in DESIGNS:
        pages = rendered(design, 80)
        closed = [p for p in pages if "<details><summary>" in details(p)]
        assert 0 < len(closed) < len(pages) // 2, design
        for page in closed:
            assert "<details open" not in details(page) and "</details>" in details(page)


def test_abbreviated_counts_stand_for_the_recorded_count_exactly() -> None:
    seen = 0
    for page in rendered("hallmarknow", 80):
        n = page.expected["user_rating_count"]
        if not n or n < 1000:
            continue
        shown = re.search(r"\((\d+(?:\.\d)?)([KM]) hearts\)", page_text(page))
        assert shown, page.url
        size = {"K": 1000, "M": 1_000_000}[shown.group(2)]
        assert round(float(shown.group(1)) * size) == n, page.url
        seen += 1
    assert seen > 10


def test_some_studio_lists_say_how_many_more_there_are() -> None:
    for design in DESIGNS:
        pages = rendered(design, 80)
        more = [p for p in pages if (p.expected["studios_total"] or 0) > len(p.expected["studios"])]
        if design in ("paramountplus", "mgmplus"):
            assert len(more) > 5, design
            for page in more:
                e = page.expected
                assert len(e["studios"]) == 2, page.url
                n = e["studios_total"] - 2
                assert f" +{n} more" in page_text(page), page.url
        else:
            assert not more, design
