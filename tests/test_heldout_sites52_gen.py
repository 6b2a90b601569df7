# ruff: noqa: E501  (HTML patterns read best on one line)
"""The fifty-second held-out site generator itself (not the parser): deterministic,
spec-shaped, honest pages whose markup varies per page. Nothing here measures marquee's
accuracy (benchmarks/sites52.py does)."""

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

import tests.heldout_sites49
import tests.heldout_sites50
from tests import site_set_checks as checks
from tests.heldout_sites2.records import Money
from tests.heldout_sites52 import (
    DESIGNS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    reelguide_docusaurus,
    reelguide_hexo,
    reelguide_hugo,
    reelguide_jekyll,
    reelguide_mkdocs,
    reelguide_sphinx,
    reelguide_starlight,
    reelguide_vitepress,
    site_pages,
)
from tests.heldout_sites52.common import (
    NEW_STYLES,
    TEMPLATES,
    Classes,
    ap_date,
    facts52,
    short_date,
    us_date,
    weekday_date,
    words_hm,
)
from tests.test_heldout_sites44_gen import _pairs as pairs44
from tests.test_heldout_sites50_gen import EARLIER as BEFORE_SITES50

COUNT = 30
EARLIER = BEFORE_SITES50 | set(tests.heldout_sites49.DESIGNS) | set(tests.heldout_sites50.DESIGNS)  # fmt: skip
ALONGSIDE = (51,)  # written at the same time by another writer, blind to this set
MODULES: dict[str, ModuleType] = {
    m.NAME: m
    for m in (
        reelguide_hugo,
        reelguide_jekyll,
        reelguide_vitepress,
        reelguide_starlight,
        reelguide_docusaurus,
        reelguide_mkdocs,
        reelguide_sphinx,
        reelguide_hexo,
    )
}
# each relaunch's generator: what its docstring calls it, its two markups, and the words its
# facts use that set it apart
IDEAS = {
    "reelguide_hugo": ("Hugo", ("hugo-papermod-meta", "hugo-docsy-alert"), ("Length", "Rated", "Categories", "Release date")),
    "reelguide_jekyll": ("Jekyll", ("jekyll-jtd-table", "jekyll-chirpy-prompt"), ("Directed by", "Cinematography by", "Running time", "Production companies")),
    "reelguide_vitepress": ("VitePress", ("vitepress-container", "vitepress-details"), ("Screenwriter", "Director of photography", "Release", "Gross")),
    "reelguide_starlight": ("Starlight", ("starlight-aside", "starlight-card"), ("Direction", "Script", "Camera", "Duration", "Premiered")),
    "reelguide_docusaurus": ("Docusaurus", ("docusaurus-admonition", "docusaurus-details"), ("Director(s)", "Writer(s)", "Release year", "Content rating")),
    "reelguide_mkdocs": ("MkDocs Material", ("mkdocs-admonition", "mkdocs-grid-cards"), ("Original score", "Run time", "Theatrical release", "Production company")),
    "reelguide_sphinx": ("Sphinx", ("sphinx-field-list", "sphinx-docutils-table"), ("Author", "Photography", "Released on", "Running time")),
    "reelguide_hexo": ("Hexo", ("hexo-next-note", "hexo-next-meta"), ("Film length", "MPA rating", "Categories", "Released")),
}  # fmt: skip
# what tells each component apart in the page (the earlier sets' markups by their own tells)
MARKERS = {style: f'data-ssg="{style}"' for style in TEMPLATES} | {
    "stats": 'data-layout="tiles"',
    "caption": "<p data-caption=",
    "leaders": '<span aria-hidden="true">&hellip;</span>',
    "dl": "<dt>",
    "table": "<tr><th>",
}


@cache  # every test reads the same pages a design: render them once a process
def _first_80(design: str, seed: int) -> list[SitePage]:
    return site_pages(design, 80, seed)


def rendered(design: str, count: int, seed: int = 0) -> list[SitePage]:
    if seed != 0 or count > 80:
        return site_pages(design, count, seed)
    return _first_80(design, 0)[:count]


def _pattern(style: str) -> re.Pattern[str]:
    """A component's one fact as a pattern: the label and the value each a group (a label
    written twice, as Starlight's aside does, is the same label both times)."""
    item = TEMPLATES[style][1]
    out = re.escape(item)
    out = out.replace(re.escape("{k}"), r'(?P<k>[^<"]*?)', 1)
    for hole, group in (
        ("{k}", r"(?P=k)"),
        ("{v}", r'(?P<v>[^<"]*)'),
        ("{slug}", r'[^"]*'),
    ):
        out = out.replace(re.escape(hole), group)
    return re.compile(out)


PATTERNS = {style: _pattern(style) for style in TEMPLATES}


def _pairs(markup: str) -> list[tuple[str, str]] | None:
    """(label, value) pairs as a reader sees them in this set's component markups or an
    earlier set's (None: none of them)."""
    for style, pattern in PATTERNS.items():
        if MARKERS[style] in markup:
            return [(m.group("k"), m.group("v")) for m in pattern.finditer(markup)]
    return pairs44(markup)


def values_after(markup: str, label: str) -> list[str]:
    """What a reader finds for each use of `label` in the facts markup: this set's or an earlier
    set's pairs, or a table's or definition list's next text after the label."""
    pairs = _pairs(markup)
    if pairs is not None:
        return [html.unescape(v) for k, v in pairs if html.unescape(k) == label]
    found = []
    for m in re.finditer(rf"<(?:dt|th)>\s*{re.escape(html.escape(label))}:?\s*<", markup):
        nxt = re.search(r">([^<]*[^\s<][^<]*)<", markup[m.end() - 1 :])
        if nxt:
            found.append(html.unescape(nxt.group(1).strip()))
    return found


def test_eight_new_designs() -> None:
    assert len(DESIGNS) == len(set(DESIGNS)) == 8 == len(MODULES) == len(IDEAS)
    assert {"dendy", "reelguide_pro", "decider", "imdbref", "reelguide_cms"} <= EARLIER
    for n in (49, 50):
        assert set(getattr(tests, f"heldout_sites{n}").DESIGNS) <= EARLIER, n
    assert {"reelguide_ledger", "reelguide_almanac", "reelguide_qwik", "reelguide_govuk"} <= EARLIER
    assert {"reelguide_webflow", "reelguide_ghost", "reelguide_shopify"} <= EARLIER
    assert all(d.startswith("reelguide_") for d in DESIGNS)
    assert not EARLIER & set(DESIGNS)


def test_all_eight_are_english_us() -> None:
    for d in DESIGNS:
        m = re.search(r'<html lang="([a-zA-Z-]+)"', rendered(d, 1)[0].html)
        assert m and m.group(1) == "en-US", d


def test_all_eight_are_reelguides_own() -> None:
    for design in DESIGNS:
        for page in rendered(design, 5):
            assert "ReelGuide" in page_text(page), (design, page.url)
            assert page.url.startswith("https://www.reelguide.example/")


@pytest.mark.parametrize("design", DESIGNS)
def test_each_relaunch_names_its_system_and_wears_it(design: str) -> None:
    system, styles, words = IDEAS[design]
    assert system in (MODULES[design].__doc__ or ""), design
    assert set(styles) <= set(MODULES[design].SITE.styles), design
    labels = set(MODULES[design].SITE.words.labels.values())
    assert set(words) <= labels, (design, set(words) - labels)
    prefix = MODULES[design].SITE.prefix
    for page in rendered(design, 10):
        assert f'<body class="{prefix}-{design.split("_")[1]}">' in page.html, page.url


def test_the_relaunches_word_their_facts_each_their_own_way() -> None:
    vocab = {d: tuple(MODULES[d].SITE.words.labels.values()) for d in DESIGNS}
    assert len(set(vocab.values())) == 8
    for d in DESIGNS:
        for other in DESIGNS:
            if other != d:
                shared = set(vocab[d]) & set(vocab[other])
                assert len(shared) <= 11, (d, other, shared)


def _earlier_source() -> str:
    earlier = checks.earlier_generators(52, alongside=ALONGSIDE)
    assert len(earlier) > 100
    assert not any(f"heldout_sites{n}/" in str(p) for p in earlier for n in (*ALONGSIDE, 52))
    assert any("heldout_sites50/" in str(p) for p in earlier)
    assert any("heldout_sites49/" in str(p) for p in earlier)
    return "\n".join(p.read_text(encoding="utf-8") for p in earlier)


def _reelguide_redesigns() -> list[str]:
    files = [
        f.read_text(encoding="utf-8")
        for n in (33, 35, 38, 40, 42, 44, 46, 48, 50)
        for f in sorted(pathlib.Path(__file__).parent.glob(f"heldout_sites{n}/*.py"))
    ]
    assert "ReelGuide" in "".join(files)
    return files


def test_earlier_reelguide_redesigns_had_other_ideas() -> None:
    """sites33, 35, 38, 40, 42, 44, 46, 48 and 50 redesigned ReelGuide too; none on a static
    site generator's or docs/blog framework's theme."""
    redesigns = "".join(_reelguide_redesigns())
    for design in DESIGNS:
        assert design not in redesigns, design
    for word in (
        "Hugo",
        "PaperMod",
        "Docsy",
        "Jekyll",
        "Just the Docs",
        "Chirpy",
        "VitePress",
        "Starlight",
        "Docusaurus",
        "MkDocs",
        "Sphinx",
        "Read the Docs",
        "Hexo",
        "NexT",
        "static site generator",
    ):
        assert word not in redesigns, word


def test_no_earlier_reelguide_used_these_words_for_these_facts() -> None:
    """No earlier ReelGuide design words its length, release, rating, studio, budget and
    gross as any one of these does."""
    keys = ("runtime", "released", "rating", "studio", "budget", "box_office")
    for design in DESIGNS:
        labels = MODULES[design].SITE.words.labels
        for source in _reelguide_redesigns():
            assert not all(f'"{k}": "{labels[k]}"' in source for k in keys), design


@pytest.mark.parametrize("design", DESIGNS)
def test_each_markup_is_on_some_pages_only(design: str) -> None:
    """Every design draws its facts' markup per page from three, two of them its builder's
    own, the third an earlier set's."""
    styles = set(MODULES[design].SITE.styles)
    assert len(styles) == 3 and len(styles & set(NEW_STYLES)) == 2
    pages = rendered(design, 60)
    for style in styles:
        having = sum(MARKERS[style] in details(p) for p in pages)
        assert 0 < having < len(pages), (style, having)
    assert sum(sum(MARKERS[s] in details(p) for s in styles) == 1 for p in pages) == len(pages)


def test_every_new_markup_is_used_by_one_design() -> None:
    used = [s for m in MODULES.values() for s in m.SITE.styles if s in NEW_STYLES]
    assert sorted(used) == sorted(NEW_STYLES) and len(used) == 16


def test_no_earlier_generator_uses_the_new_markups() -> None:
    source = _earlier_source()
    for tell in (
        'class="post-meta"',
        "alert-heading",
        "table-wrapper",
        "prompt-info",
        "custom-block",
        "starlight-aside",
        "card sl-flex",
        "theme-admonition",
        "collapsibleContent",
        "admonition-title",
        "grid cards",
        "field-list",
        "docutils",
        "note info",
        "post-meta-item",
        "data-ssg=",
    ):
        assert tell not in source, tell


def test_the_new_markups_render_as_described() -> None:
    c = Classes("x", random.Random(1))
    rows: list[tuple[str, str | list[str]]] = [
        ("Director", ["Ada Gallo", "Bruno Sato"]),
        ("Length", "111 min"),
        ("Year", ""),
        ("Genre", ["Drama"]),
        ("Color", "Color"),
    ]
    want = [
        ("Director", "Ada Gallo, Bruno Sato"),
        ("Length", "111 min"),
        ("Genre", "Drama"),
        ("Color", "Color"),
    ]
    for style in NEW_STYLES:
        out = facts52(c, style, rows)
        assert _pairs(out) == want, style
        assert "Year" not in out, style
        assert values_after(out, "Length") == ["111 min"], style
    assert '<span class="meta-field">Length: 111 min</span>&nbsp;·&nbsp;' in facts52(
        c, "hugo-papermod-meta", rows
    )
    assert '<h4 class="alert-heading">Length</h4><p>111 min</p>' in facts52(
        c, "hugo-docsy-alert", rows
    )
    assert facts52(c, "jekyll-jtd-table", rows).count("<tr><td ") == 4
    assert "<p><strong>Length</strong>: 111 min</p>" in facts52(c, "jekyll-chirpy-prompt", rows)
    assert '<p class="custom-block-title">Length</p><p>111 min</p>' in facts52(
        c, "vitepress-container", rows
    )
    assert " open><summary>Length</summary><p>111 min</p></details>" in facts52(
        c, "vitepress-details", rows
    )
    assert '<aside aria-label="Length" class="starlight-aside' in facts52(
        c, "starlight-aside", rows
    )
    assert '<p class="title sl-flex"><span>Length</span></p>' in facts52(c, "starlight-card", rows)
    assert '<div class="admonitionHeading_Gvgb">Length</div>' in facts52(
        c, "docusaurus-admonition", rows
    )
    assert '<p class="admonition-title">Length</p><p>111 min</p>' in facts52(
        c, "mkdocs-admonition", rows
    )
    assert "<li><p><strong>Length</strong></p><hr><p>111 min</p></li>" in facts52(
        c, "mkdocs-grid-cards", rows
    )
    assert (
        '<dt class="field-odd">Length<span class="colon">:</span></dt><dd class="field-odd"><p>111 min</p></dd>'
        in facts52(c, "sphinx-field-list", rows)
    )
    assert '<th class="stub"><p>Length</p></th><td><p>111 min</p></td>' in facts52(
        c, "sphinx-docutils-table", rows
    )
    assert '<div class="note info"><p><strong>Length</strong></p>' in facts52(
        c, "hexo-next-note", rows
    )
    assert '<span class="post-meta-item-text">Length</span> <span>111 min</span>' in facts52(
        c, "hexo-next-meta", rows
    )
    assert facts52(c, "table", rows).count("<tr><th>") == 4


def test_collapsible_components_are_left_open() -> None:
    """VitePress's and Docusaurus's details blocks can hide their values; every page renders
    them open, so the value is in view."""
    opened = {
        "vitepress-details": ("<details ", " open>"),
        "docusaurus-details": ('data-collapsed="false"', " open>"),
    }
    for style, tells in opened.items():
        found = _own_pages(style)
        assert len(found) > 3, style
        for _design, page, markup in found:
            pairs = _pairs(markup) or []
            assert pairs, page.url
            for tell in tells:
                assert markup.count(tell) == len(pairs), (style, page.url, tell)


def test_starlights_aside_names_its_label_twice_the_same() -> None:
    """A Starlight aside carries its label as its aria-label and as its (aria-hidden) title."""
    found = _own_pages("starlight-aside")
    assert len(found) > 3
    for _design, page, markup in found:
        labels = re.findall(r'<aside aria-label="([^"]*)"', markup)
        titles = re.findall(
            r'<p class="starlight-aside__title" aria-hidden="true">([^<]*)</p>', markup
        )
        assert labels and labels == titles, page.url


def test_every_value_sits_after_its_label_in_the_builders_markup() -> None:
    """The value follows its label in document order in every builder markup (no attribute
    labels, no value-first tiles), and is never one of the design's labels."""
    for design in DESIGNS:
        for style in IDEAS[design][1]:
            for own, page, markup in _own_pages(style):
                if own != design:
                    continue
                pairs = _pairs(markup) or []
                assert pairs and all(html.unescape(k) in _labels(design) for k, _ in pairs), (
                    page.url
                )
                assert not any(html.unescape(v) in _labels(design) for _, v in pairs), page.url
                for k, v in pairs:
                    at = markup.index(k)
                    assert markup.index(v, at + len(k)) > at, page.url


def test_director_of_photography_is_not_the_director() -> None:
    """VitePress's 'Director of photography' begins with a director's word; the director is
    'Director'."""
    assert label("reelguide_vitepress", "camera") == "Director of photography"
    for page in rendered("reelguide_vitepress", COUNT):
        markup = details(page)
        dop = values_after(markup, "Director of photography")
        assert len(dop) == 1 and dop[0] not in page.expected["directors"], page.url
        want = page.expected["directors"]
        assert values_after(markup, "Director") == ([", ".join(want)] if want else []), page.url


def test_reading_times_are_not_the_runtime() -> None:
    """PaperMod and NexT print the post's reading time and word or symbol count: short
    lengths under their own labels, never the title's runtime."""
    for design, reading in (("reelguide_hugo", "Reading time"), ("reelguide_hexo", "Reading time")):
        site = MODULES[design].SITE
        seen = 0
        for page in rendered(design, 40):
            found = values_after(details(page), reading)
            assert len(found) == 1, page.url
            n = page.expected["runtime_minutes"]
            own = {site.runtime(n, long) for long in (True, False)} if n else set()
            assert found[0] not in own and int(found[0].split()[0]) < 10, page.url
            seen += n is not None
        assert seen > 10, design


def test_blog_themes_tag_their_posts_with_words_that_are_not_genres() -> None:
    """PaperMod, Chirpy and NexT list the post's tags: 2 or 3 words none of which is a genre,
    a year or a length."""
    for design in ("reelguide_hugo", "reelguide_jekyll", "reelguide_hexo"):
        for page in rendered(design, COUNT):
            block = re.search(r'<(ul|div) class="post-tags">(.*?)</\1>', page.html, re.S)
            assert block, (design, page.url)
            tags = re.findall(r'href="/tags/([^/]+)/"', block.group(2))
            assert 2 <= len(tags) <= 3, page.url
            genres = {g.lower() for g in page.expected["genres"]}
            assert not genres & set(tags), page.url
            assert str(page.expected["release_year"]) not in block.group(2), page.url


def test_counters_beside_the_votes_are_named_for_what_they_count() -> None:
    words = {
        "reelguide_hugo": r"[\d,]+ page views",
        "reelguide_jekyll": r"[\d,]+ hits",
        "reelguide_vitepress": r"[\d,]+ stars",
        "reelguide_starlight": r"Edited [\d,]+ times",
        "reelguide_docusaurus": r"[\d,]+ page views",
        "reelguide_mkdocs": r"[\d,]+ downloads",
        "reelguide_sphinx": r"[\d,]+ downloads this month",
        "reelguide_hexo": r"Views: [\d,]+",
    }
    for design, word in words.items():
        for page in rendered(design, 10):
            views = re.search(r'-views-[0-9a-f]{5}">([^<]*)</p>', page.html)
            assert views and re.fullmatch(word, views.group(1)), (design, page.url)


def test_formats_say_what_the_record_says() -> None:
    d = date(1995, 10, 7)
    usd = Money(3600000, "USD")
    assert us_date(d, True) == "October 7, 1995" and us_date(d, False) == "10/07/1995"
    assert short_date(d, True) == "Oct 7, 1995" and ap_date(d, True) == "Oct. 7, 1995"
    assert words_hm(111) == "1 hour 51 minutes" and words_hm(120) == "2 hours"
    assert weekday_date(d, True) == "Saturday, October 7, 1995"
    assert reelguide_hugo.running(111, True) == "111 min"
    assert reelguide_hugo.running(111, False) == "1h 51m"
    assert reelguide_hugo.votes(1234) == "1,234 ratings"
    assert reelguide_jekyll.running(111, False) == "1 hr 51 min"
    assert reelguide_jekyll.running(120, False) == "2 hr"
    assert reelguide_vitepress.running(111, True) == "111m"
    assert reelguide_starlight.running(111, False) == "1 hour 51 minutes"
    assert reelguide_starlight.running(45, False) == "45 minutes"
    assert reelguide_docusaurus.running(111, False) == "1 h 51 min"
    assert reelguide_mkdocs.running(111, True) == "111 mins"
    assert reelguide_mkdocs.running(111, False) == "1h 51min"
    assert reelguide_sphinx.running(111, True) == "111 minutes"
    assert reelguide_hexo.running(111, True) == "111 mins"
    assert reelguide_hexo.votes(1) == "1 vote"
    for m in MODULES.values():
        assert m.SITE.money(usd) == "$3,600,000"
        assert m.SITE.money(Money(7200000, "EUR")) == "EUR 7,200,000"
    dates = {m.NAME: m.SITE.date for m in MODULES.values()}
    assert dates["reelguide_starlight"] is ap_date and dates["reelguide_jekyll"] is short_date
    assert dates["reelguide_docusaurus"] is weekday_date and dates["reelguide_hugo"] is us_date


def test_certificates_are_the_boards_ratings() -> None:
    for design in DESIGNS:
        board = {"G", "PG", "PG-13", "R", "NC-17"}
        seen = {p.expected["content_rating"] for p in rendered(design, 80)} - {None}
        assert seen <= board and len(seen) >= 3, (design, seen)


def test_dates_are_month_first() -> None:
    d = date(1995, 10, 27)
    for design in DESIGNS:
        site = MODULES[design].SITE
        assert not site.date(d, True).startswith("27"), design
        assert "10/27/1995" in {site.date(d, True), site.date(d, False)}, design


EXTRA = {d: {k for k, _ in MODULES[d].SITE.extra_rows(None, random.Random(0))} for d in DESIGNS}


def test_prices_are_not_the_money_or_the_dates() -> None:
    for design, head in (
        ("reelguide_hugo", "Buy me a coffee"),
        ("reelguide_jekyll", "Sponsor"),
        ("reelguide_vitepress", "Sponsors"),
        ("reelguide_starlight", "Supporters"),
        ("reelguide_docusaurus", "Backers"),
        ("reelguide_mkdocs", "Insiders"),
        ("reelguide_sphinx", "Donate"),
        ("reelguide_hexo", "Donate"),
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
        rendered(design, 80), SPEC_KEYS, NOT_SHOWN[design]
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


def _own_pages(style: str) -> list[tuple[str, SitePage, str]]:
    found = []
    for design in DESIGNS:
        if style not in MODULES[design].SITE.styles:
            continue
        for page in rendered(design, COUNT):
            markup = details(page)
            if MARKERS[style] in markup:
                found.append((design, page, markup))
    return found


def _labels(design: str) -> set[str]:
    site = MODULES[design].SITE
    return set(site.words.labels.values()) | {site.later} | EXTRA[design]


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


def test_the_captions_label_is_drawn_by_the_stylesheet_alone() -> None:
    found = _own_pages("caption")
    assert len(found) > 5
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and all(k in _labels(design) for k, _ in pairs), page.url
        text = re.sub(r"<style>.*?</style>", "", markup, flags=re.S)
        visible = re.sub(r"<[^>]+>", "\n", text)
        assert not any(k in visible.split("\n") for k, _ in pairs), page.url


def test_tiles_put_the_value_before_its_label() -> None:
    found = _own_pages("stats")
    assert len(found) > 5
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and markup.count("<sub>") == len(pairs), page.url
        assert all(k in _labels(design) for k, _ in pairs), page.url
        assert not any(v in _labels(design) for _, v in pairs), page.url


def test_leader_lines_hold_a_label_a_hidden_leader_and_a_value() -> None:
    found = _own_pages("leaders")
    assert len(found) > 5
    for design, page, markup in found:
        pairs = _pairs(markup) or []
        assert pairs and markup.count("&hellip;") == len(pairs), page.url
        assert all(k in _labels(design) for k, _ in pairs), page.url
