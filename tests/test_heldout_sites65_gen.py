"""Tests of the sixty-fifth held-out site set's generator alone (tests/heldout_sites65: saved and
archived copies of title pages). These never run the parser: that is benchmarks/sites65.py's
job."""

from __future__ import annotations

import html
import importlib
import json
import random
import re
from datetime import date, datetime
from functools import cache
from types import ModuleType
from typing import Any

import pytest

import tests.heldout_sites61
import tests.heldout_sites62
import tests.heldout_sites63
import tests.heldout_sites64
from tests import site_set_checks as checks
from tests.heldout_sites2.records import Money
from tests.heldout_sites65 import (
    DESIGNS,
    HOSTS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    archive_today_snap,
    cache_textview,
    pocket_article,
    print_copy,
    reader_view,
    saved_complete,
    singlefile_save,
    site_pages,
    wayback_capture,
)
from tests.heldout_sites65.common import NEW_STYLES, TEMPLATES, Classes, facts60, lead, slug
from tests.test_heldout_sites64_gen import EARLIER as BEFORE_SITES64

COUNT = 30
# sites64's EARLIER stops at sites60 (sites61-64 were written alongside each other): each of
# the four is unioned in here
EARLIER = (
    BEFORE_SITES64
    | set(tests.heldout_sites61.DESIGNS)
    | set(tests.heldout_sites62.DESIGNS)
    | set(tests.heldout_sites63.DESIGNS)
    | set(tests.heldout_sites64.DESIGNS)
)
ALONGSIDE = (66, 67)  # written at the same time by other writers, blind to this set
MODULES: dict[str, ModuleType] = {
    m.NAME: m
    for m in (
        wayback_capture,
        archive_today_snap,
        saved_complete,
        singlefile_save,
        reader_view,
        pocket_article,
        print_copy,
        cache_textview,
    )
}
# each design: the keeping tool's tells, on every page of the design and in no earlier
# generator (nor on the other designs' pages)
TOOL_TELLS = {
    "wayback_capture": ("BEGIN WAYBACK TOOLBAR INSERT", 'id="wm-ipp-base"', "FILE ARCHIVED ON"),
    "archive_today_snap": ("webpage capture", "All snapshots from host", "https://archive.ph/"),
    "saved_complete": ("<!-- saved from url=(",),
    "singlefile_save": ("Page saved with SingleFile",),
    "reader_view": ("Close Reader View", "reader-estimated-time", "mozReaderContent"),
    "pocket_article": ("View Original", "min read</span>", 'class="article-header"'),
    "print_copy": ('class="print-header"', 'class="print-footer"', "@page{size:A4;margin:12mm}"),
    "cache_textview": ("It is a snapshot of the page as it appeared on", "Text-only version"),
}
# a distinctive piece of each new markup, grepped for in every earlier generator
TELLS = {
    "wayback_capture-rows": "rgfacts__v",
    "wayback_capture-lines": "rgspec__line",
    "archive_today_snap-rows": "gazette-box__val",
    "archive_today_snap-lines": "gazette-notes__li",
    "saved_complete-rows": "reelguide-sheet__def",
    "saved_complete-lines": "reelguide-strip__cell",
    "singlefile_save-rows": "flickfile-meta__data",
    "singlefile_save-lines": "flickfile-tags__tag",
    "reader_view-rows": "screenlog-info__body",
    "reader_view-lines": "screenlog-list__entry",
    "pocket_article-rows": "reeltalk-facts__is",
    "pocket_article-lines": "reeltalk-aside__note",
    "print_copy-table": "reelguide-printsheet__td",
    "print_copy-lines": "reelguide-printlist__li",
    "cache_textview-rows": "filmfolio-card__value",
    "cache_textview-lines": "filmfolio-lines__line",
}
MARKERS = {style: f'data-local-facts="{style}"' for style in TEMPLATES} | {
    "dl": "<dt>",
    "leaders": '<span aria-hidden="true">&hellip;</span>',
    "caption": "<p data-caption=",
    "stats": 'data-layout="tiles"',
    "sprite": "/static/icons.svg#",
    "frames": "<turbo-frame ",
    "kv": "<p><var>",
}


@cache  # every test reads the same pages a design: render them once a process
def _first_60(design: str, seed: int) -> list[SitePage]:
    return site_pages(design, 60, seed)


def rendered(design: str, count: int, seed: int = 0) -> list[SitePage]:
    if seed != 0 or count > 60:
        return site_pages(design, count, seed)
    return _first_60(design, 0)[:count]


def _pattern(style: str) -> re.Pattern[str]:
    item = TEMPLATES[style][1]
    out = re.escape(item)
    for hole, group in (
        ("{k}", r'(?P<k>[^<"]*?)'),
        ("{v}", r'(?P<v>[^<"]*)'),
        ("{slug}", r'[^"]*'),
    ):
        out = out.replace(re.escape(hole), group)
    return re.compile(out)


PATTERNS = {style: _pattern(style) for style in TEMPLATES}


# the earlier markups this set reuses, each read by a pattern of its own (value first in the
# tiles; the label only an svg's title in the sprite rows; the definition list by its <dt>)
EARLIER_PAIRS = {
    "kv": re.compile(r"<p><var>([^<]*)</var> <samp>([^<]*)</samp></p>"),
    "frames": re.compile(
        r'<turbo-frame id="[^"]*"><header>([^<]*)</header><div>([^<]*)</div></turbo-frame>'
    ),
    "caption": re.compile(r'<p data-caption="([^"]*)">([^<]*)</p>'),
    "leaders": re.compile(
        r'<p><span>([^<]*)</span><span aria-hidden="true">&hellip;</span><span>([^<]*)</span></p>'
    ),
    "sprite": re.compile(r'<svg title="([^"]*)"[^>]*><use [^>]*></use></svg> <span>([^<]*)</span>'),
    "dl": re.compile(r"<dt>([^<]*)</dt>\s*<dd>([^<]*)</dd>"),
}


def _pairs(markup: str) -> list[tuple[str, str]] | None:
    """(label, value) pairs in this set's markups or the two earlier ones above (None: none of
    them)."""
    for style, pattern in PATTERNS.items():
        if MARKERS[style] in markup:
            return [(m.group("k"), m.group("v")) for m in pattern.finditer(markup)]
    if MARKERS["stats"] in markup:
        return [(k, v) for v, k in re.findall(r"<li><b>([^<]*)</b><sub>([^<]*)</sub></li>", markup)]
    for style, earlier in EARLIER_PAIRS.items():
        if MARKERS[style] in markup:
            return earlier.findall(markup)
    return None


def values_after(markup: str, label: str) -> list[str]:
    """What a reader finds for each use of `label` in the facts markup: this set's pairs, or
    an earlier set's markup as the forty-fourth set's test reads it."""
    if 'data-facts="prose"' in markup:  # each sentence opens with its fact's own words
        opening = lead(label) + " "
        found = []
        for hook, sentence in re.findall(r'<span data-fact="([^"]*)">([^<]*)</span>', markup):
            text = html.unescape(sentence)
            if hook == slug(label):
                assert text.startswith(opening) and text.endswith("."), text
                found.append(text[len(opening) : -1])
        return found
    pairs = _pairs(markup)
    assert pairs is not None, markup[:200]
    return [html.unescape(v) for k, v in pairs if html.unescape(k) == label]


def page_text(page: SitePage) -> str:
    """Visible text plus attribute values that name, label or show things, entities decoded."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", page.html, flags=re.S)
    attrs = " ".join(
        re.findall(r'(?:alt|title|aria-label|content|label|value|data-value)="([^"]*)"', body)
    )
    text = re.sub(r"<[^>]+>", " ", body)
    return " ".join(html.unescape(f"{text} {attrs}").split())


def details(page: SitePage) -> str:
    """The facts block alone (the menus, rails and episodes carry some label words too)."""
    found = re.search(r'-details-[0-9a-f]{5}">(.*?)</section>', page.html, re.S)
    assert found, page.url
    return found.group(1)


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


@cache  # several tests grep the same files: read them once a process
def _earlier_source() -> str:
    earlier = checks.earlier_generators(65, alongside=ALONGSIDE)
    assert len(earlier) > 100
    assert not any(f"heldout_sites{n}/" in str(p) for p in earlier for n in (*ALONGSIDE, 65))
    for n in (61, 62, 63, 64):
        assert any(f"heldout_sites{n}/" in str(p) for p in earlier), n
    return "\n".join(p.read_text(encoding="utf-8") for p in earlier)


def test_eight_new_designs() -> None:
    assert len(DESIGNS) == len(set(DESIGNS)) == 8 == len(MODULES) == len(TOOL_TELLS)
    assert {"dendy", "reelguide_pro", "decider", "imdbref", "reelguide_cms"} <= EARLIER
    every: set[str] = set()
    for n in ("", *range(2, 65)):  # every earlier set's DESIGNS (sites54's EARLIER lacks sites25)
        every |= set(importlib.import_module(f"tests.heldout_sites{n}").DESIGNS)
    assert every <= EARLIER | set(importlib.import_module("tests.heldout_sites25").DESIGNS)
    assert not every & set(DESIGNS)
    for n in range(57, 65):
        assert set(importlib.import_module(f"tests.heldout_sites{n}").DESIGNS) <= EARLIER, n
    assert not EARLIER & set(DESIGNS)


def test_no_earlier_generator_names_these_designs_or_their_tools_tells() -> None:
    source = _earlier_source()
    for design in DESIGNS:
        assert design not in source, design
        for tell in TOOL_TELLS[design]:
            assert tell not in source, (design, tell)


@pytest.mark.parametrize("design", DESIGNS)
def test_every_page_is_kept_by_its_own_tool(design: str) -> None:
    for page in rendered(design, 12):
        for tell in TOOL_TELLS[design]:
            assert tell in page.html, (page.url, tell)
        for other, tells in TOOL_TELLS.items():
            if other != design:
                assert not any(t in page.html for t in tells), (page.url, other)
        assert page.url.startswith(f"https://{HOSTS[design]}/"), page.url
        assert '<html lang="en"' in page.html, page.url


def test_the_tools_write_the_page_their_own_way() -> None:
    page = rendered("wayback_capture", 1)[0]
    ts = re.search(r'href="/web/(\d{14})/https://reelguide\.example/', page.html)
    assert ts, page.url
    assert re.search(r">[\d,]+ captures</a>", page.html)
    page = rendered("saved_complete", 1)[0]
    assert page.html.startswith(f"<!-- saved from url=({len(page.url):04d}){page.url} -->")
    assert "_files/" in page.html
    page = rendered("singlefile_save", 1)[0]
    assert f" url: {page.url} " in page.html and 'src="data:image/svg+xml;base64,' in page.html
    assert ' src="/' not in page.html
    page = rendered("cache_textview", 1)[0]
    assert f'This is the cache of <a href="{page.url}">' in page.html


def _kept_dates(page: SitePage) -> list[datetime]:
    """The keeping tool's own dates on the page (captured, archived, saved, printed, cached)."""
    text = page.html
    found = []
    for m in re.finditer(r"(\d{1,2}) ([A-Z][a-z]{2}) (\d{4}) \d\d:\d\d:\d\d", text):
        found.append(datetime.strptime(" ".join(m.groups()), "%d %b %Y"))
    for m in re.finditer(r"\d\d:\d\d:\d\d ([A-Z][a-z]{2}) (\d{1,2}), (\d{4})<", text):
        found.append(datetime.strptime(" ".join(m.groups()), "%b %d %Y"))
    for m in re.finditer(r"saved date: \w{3} ([A-Z][a-z]{2}) (\d\d) (\d{4})", text):
        found.append(datetime.strptime(" ".join(m.groups()), "%b %d %Y"))
    for m in re.finditer(r"Saved ([A-Z][a-z]{2}) (\d{1,2}), (\d{4})<", text):
        found.append(datetime.strptime(" ".join(m.groups()), "%b %d %Y"))
    for m in re.finditer(r"<span>(\d{1,2})/(\d{1,2})/(\d\d), \d{1,2}:\d\d [AP]M</span>", text):
        found.append(datetime(2000 + int(m.group(3)), int(m.group(1)), int(m.group(2))))
    return found


@pytest.mark.parametrize(
    "design",
    (
        "wayback_capture",
        "archive_today_snap",
        "singlefile_save",
        "pocket_article",
        "print_copy",
        "cache_textview",
    ),
)
def test_the_tools_dates_are_no_release_date(design: str) -> None:
    for page in rendered(design, COUNT):
        kept = _kept_dates(page)
        assert kept, page.url
        released = page.expected["release_date"]
        for when in kept:
            assert when.year >= 2024, page.url
            if released:
                assert when.date() > date.fromisoformat(released), page.url
                assert when.date().isoformat() != released


@pytest.mark.parametrize("design", DESIGNS)
def test_each_markup_is_on_some_pages_only(design: str) -> None:
    """Every design draws its facts' markup per page from three, two of them its own, the
    third an earlier set's."""
    styles = set(MODULES[design].SITE.styles)
    assert len(styles) == 3 and len(styles & set(NEW_STYLES)) == 2
    pages = rendered(design, 60)
    for style in styles:
        having = sum(MARKERS[style] in details(p) for p in pages)
        assert 0 < having < len(pages), (style, having)
    assert sum(sum(MARKERS[s] in details(p) for s in styles) == 1 for p in pages) == len(pages)


def test_every_new_markup_is_used_by_one_design() -> None:
    used = [s for m in MODULES.values() for s in m.SITE.styles if s in NEW_STYLES]
    assert sorted(used) == sorted(NEW_STYLES) == sorted(TELLS) and len(used) == 16


def test_no_earlier_generator_uses_the_new_markups() -> None:
    source = _earlier_source()
    c = Classes("x", random.Random(1))
    for style, tell in TELLS.items():
        assert tell in facts60(c, style, [("Genre", "Drama")]), style
        assert tell not in source, tell
    assert "data-fact-key=" not in source


def test_the_new_markups_render_as_described() -> None:
    c = Classes("x", random.Random(1))
    rows: list[tuple[str, str | list[str]]] = [
        ("Director", ["Ada Gallo", "Bruno Sato"]),
        ("Runtime", "111m"),
        ("Year", ""),
        ("Genre", ["Drama"]),
    ]
    want = [("Director", "Ada Gallo, Bruno Sato"), ("Runtime", "111m"), ("Genre", "Drama")]
    for style in NEW_STYLES:
        out = facts60(c, style, rows)
        assert _pairs(out) == want, style
        assert "Year" not in out, style
        assert values_after(out, "Runtime") == ["111m"], style
    li = facts60(c, "pocket_article-lines", rows)
    assert (
        '<li class="reeltalk-aside__note" data-fact-key="runtime">'
        '<b class="reeltalk-aside__what">Runtime:</b> 111m</li>' in li
    )
    table = facts60(c, "print_copy-table", rows)
    assert (
        '<th class="reelguide-printsheet__th" scope="row">Runtime</th>'
        '<td class="reelguide-printsheet__td">111m</td>' in table
    )


def label(design: str, key: str) -> str:
    return str(MODULES[design].SITE.words.labels[key])


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
        rating = e["content_rating"]
        under("rating", {rating} if rating else None)
        under("seasons", {str(e["seasons"])} if e["seasons"] else None)
        under("year", {str(e["release_year"])} if e["release_year"] else None)
        for key in ("budget", "box_office"):
            m = e[key]
            under(key, {site.money(Money(int(m["amount"]), m["currency"]))} if m else None)
        if e["user_rating_count"]:
            assert " ".join(site.votes(e["user_rating_count"]).split()) in page_text(page)
    assert all(n > 3 for n in seen.values()) and len(seen) >= 8, seen


@pytest.mark.parametrize("design", DESIGNS)
def test_a_later_date_under_the_trap_label_is_after_the_release(design: str) -> None:
    site = MODULES[design].SITE
    later = 0
    for page in rendered(design, 60):
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
    shows = [p for p in rendered(design, 60) if p.expected["kind"] == "show"]
    episodic = [p for p in shows if "-episode-" in p.html]
    assert episodic
    for page in episodic:
        names = re.findall(r"</p><p>[^<]*?: ([^<]+?)</p>", page.html)
        assert names, page.url
        assert not {html.unescape(n) for n in names} & set(page.expected["directors"]), page.url


def test_view_counters_are_not_the_votes() -> None:
    for design in DESIGNS:
        seen = 0
        for page in rendered(design, COUNT):
            views = re.search(r'-views-[0-9a-f]{5}">([^<]*)</p>', page.html)
            assert views, (design, page.url)
            assert views.group(1) == html.escape(
                MODULES[design].SITE.views(int(re.sub(r"\D", "", html.unescape(views.group(1)))))
            )
            count = int(re.sub(r"\D", "", html.unescape(views.group(1))))
            assert count != page.expected["user_rating_count"]
            seen += page.expected["user_rating_count"] is not None
        assert seen > 10, design


def test_the_lists_widget_counts_members_and_its_price_is_no_money() -> None:
    for design in DESIGNS:
        site = MODULES[design].SITE
        for page in rendered(design, COUNT):
            block = re.search(r'<ul role="radiogroup">(.*?)</aside>', page.html, re.S)
            assert block and len(re.findall(r"data-list=", block.group(1))) == 4, page.url
            e = page.expected
            for m in [e[k] for k in ("budget", "box_office") if e[k]]:
                assert html.escape(
                    site.money(Money(int(m["amount"]), m["currency"]))
                ) not in block.group(1)


def test_some_deploys_fold_the_facts_under_a_button_that_opens_them() -> None:
    for design in DESIGNS:
        pages = rendered(design, 60)
        folded = [p for p in pages if 'hidden="until-found"' in p.html]
        assert 0 < len(folded) < len(pages), design


@pytest.mark.parametrize("design", DESIGNS)
def test_pages_weigh_what_real_pages_weigh(design: str) -> None:
    for page in rendered(design, 10):
        assert 40_000 <= len(page.html.encode("utf-8")) <= 90_000, (page.url, len(page.html))
        prefix = MODULES[design].SITE.prefix
        config = re.search(
            rf'<script type="application/json" id="{prefix}-config">(.*?)</script>', page.html
        )
        assert config and f'<style id="{prefix}-design-system">' in page.html, page.url
        assert page.expected["title"] not in config.group(1), page.url


@pytest.mark.parametrize("design", DESIGNS)
def test_deterministic_per_seed(design: str) -> None:
    checks.deterministic_per_seed(lambda seed: site_pages(design, 5, seed=seed))


@pytest.mark.parametrize("design", DESIGNS)
def test_markup_varies_from_page_to_page(design: str) -> None:
    checks.markup_varies_from_page_to_page(rendered(design, 12, seed=2))


@pytest.mark.parametrize("design", DESIGNS)
def test_expected_has_the_spec_keys_and_source_id(design: str) -> None:
    host = HOSTS[design]
    for page in rendered(design, COUNT):
        assert tuple(page.expected) == tuple(SPEC_KEYS)
        assert page.design == design
        kind, slug = page.expected["source_id"].split("/")
        assert page.url == f"https://{host}/{kind}/{slug}"
        assert kind == page.expected["kind"] in ("movie", "show")
        assert (page.expected["seasons"] is not None) == (kind == "show")
        assert f'<link rel="canonical" href="{page.url}">' in page.html


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
        rendered(design, 60), SPEC_KEYS, NOT_SHOWN[design]
    )


def test_designs_differ() -> None:
    checks.designs_differ({d: rendered(d, 1, seed=0)[0] for d in DESIGNS})


@pytest.mark.parametrize("design", DESIGNS)
def test_rail_titles_values_differ_from_the_titles_own(design: str) -> None:
    checks.rail_values_differ(rendered(design, 15), page_text, nulls_may_match=True)


@pytest.mark.parametrize("design", DESIGNS)
def test_pages_have_real_size_furniture(design: str) -> None:
    checks.real_size_furniture(rendered(design, 10), ("window.__",))


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
