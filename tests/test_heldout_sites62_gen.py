# ruff: noqa: E501  (HTML patterns read best on one line)
"""The sixty-second held-out site generator itself (not the parser): deterministic,
spec-shaped, honest pages whose markup varies per page. Nothing here measures marquee's
accuracy (benchmarks/sites62.py does)."""

from __future__ import annotations

import html
import importlib
import json
import pathlib
import random
import re
from datetime import date
from decimal import Decimal
from functools import cache
from types import ModuleType
from typing import Any

import pytest

import tests.heldout_sites57
import tests.heldout_sites58
import tests.heldout_sites59
import tests.heldout_sites60
from tests import site_set_checks as checks
from tests.heldout_sites2.records import Money
from tests.heldout_sites62 import (
    DESIGNS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    reelguide_angular,
    reelguide_astro,
    reelguide_htmx,
    reelguide_nextjs,
    reelguide_nuxt,
    reelguide_qwikcity,
    reelguide_solidstart,
    reelguide_svelte,
    site_pages,
)
from tests.heldout_sites62.common import NEW_STYLES, TEMPLATES, Classes, facts62
from tests.test_heldout_sites44_gen import _pairs as pairs44
from tests.test_heldout_sites60_gen import EARLIER as BEFORE_SITES60

COUNT = 30
# sites57-60 were written alongside each other: sites60's EARLIER holds none of them, so every
# one of their DESIGNS is unioned in here
EARLIER = (
    BEFORE_SITES60
    | set(tests.heldout_sites57.DESIGNS)
    | set(tests.heldout_sites58.DESIGNS)
    | set(tests.heldout_sites59.DESIGNS)
    | set(tests.heldout_sites60.DESIGNS)
)
ALONGSIDE = (61, 63, 64)  # written at the same time by other writers, blind to this set
MODULES: dict[str, ModuleType] = {
    m.NAME: m
    for m in (
        reelguide_nuxt,
        reelguide_svelte,
        reelguide_angular,
        reelguide_astro,
        reelguide_nextjs,
        reelguide_qwikcity,
        reelguide_solidstart,
        reelguide_htmx,
    )
}
# each relaunch: the framework its docstring names, its two markups, and the words its facts
# use that set it apart
IDEAS = {
    "reelguide_nuxt": ("Nuxt", ("nuxt-fragment-rows", "nuxt-fragment-dl"), ("Screenplay", "Original score", "Production companies")),
    "reelguide_svelte": ("SvelteKit", ("svelte-hash-rows", "svelte-html-tag-table"), ("Directed by", "Cinematography by", "Running time")),
    "reelguide_angular": ("Angular", ("ng-hydrated-rows", "ng-mat-list"), ("Duration", "MPA rating", "Theatrical release", "Estimated budget")),
    "reelguide_astro": ("Astro", ("astro-island-props", "astro-cid-dl"), ("Direction", "Certificate", "Studio credit", "Takings")),
    "reelguide_nextjs": ("Next.js", ("rsc-text-separators", "rsc-suspense-reveal"), ("Run time", "In theaters", "Production budget")),
    "reelguide_qwikcity": ("Qwik City", ("qwik-virtual-rows", "qwik-keyed-dl"), ("Filmmaker", "Script", "Premiered")),
    "reelguide_solidstart": ("SolidStart", ("solid-hk-rows", "solid-hk-table"), ("Release", "Worldwide box office", "Length")),
    "reelguide_htmx": ("htmx", ("alpine-x-text-rows", "htmx-swap-rows"), ("Runs", "Photographed by", "Cost")),
}  # fmt: skip
# each new markup's tell, the string grepped for in every earlier generator
TELLS = {
    "nuxt-fragment-rows": "data-v-3f2a1b7c",
    "nuxt-fragment-dl": "meta-list__term",
    "svelte-hash-rows": "svelte-1xk9r2q",
    "svelte-html-tag-table": "HTML_TAG_START",
    "ng-hydrated-rows": "_ngcontent-ng-c3390261",
    "ng-mat-list": "matlistitemline",
    "astro-island-props": "FactChip",
    "astro-cid-dl": "data-astro-cid-j7pv25f6",
    "rsc-text-separators": "<!-- -->: <!-- -->",
    "rsc-suspense-reveal": "Facts_term__",
    "qwik-virtual-rows": "<!--qv",
    "qwik-keyed-dl": "facts-dl__row",
    "solid-hk-rows": 'data-hk="1-0-2-',
    "solid-hk-table": 'data-hk="1-0-3-',
    "alpine-x-text-rows": 'x-text="label"',
    "htmx-swap-rows": 'hx-trigger="click"',
}
# the framework's tag in the page's <head>, and its state or bootstrap before </body>
HEAD_TELLS = {
    "reelguide_nuxt": "/_nuxt/entry.",
    "reelguide_svelte": "/_app/immutable/entry/",
    "reelguide_angular": "<style ng-app-id=",
    "reelguide_astro": 'content="Astro v',
    "reelguide_nextjs": "/_next/static/",
    "reelguide_qwikcity": 'id="qwikloader"',
    "reelguide_solidstart": "/_build/assets/",
    "reelguide_htmx": "/static/vendor/htmx.",
}
TAIL_TELLS = {
    "reelguide_nuxt": 'id="__NUXT_DATA__"',
    "reelguide_svelte": "__sveltekit_",
    "reelguide_angular": '<script id="ng-state"',
    "reelguide_astro": "astro:visible",
    "reelguide_nextjs": "self.__next_f",
    "reelguide_qwikcity": '<script type="qwik/json">',
    "reelguide_solidstart": "_$HY",
    "reelguide_htmx": "window.__remixContext",
}
MPA = ("G", "PG", "PG-13", "R", "NC-17")
# what tells each component apart in the page (the earlier sets' markups by their own tells)
MARKERS = {style: f'data-ssr-markup="{style}"' for style in TEMPLATES} | {
    "stats": 'data-layout="tiles"',
    "caption": "<p data-caption=",
    "leaders": '<span aria-hidden="true">&hellip;</span>',
    "dl": "<dt>",
    "table": "<tr><th>",
    "sprite": "<svg title=",
    "prose": 'data-facts="prose"',
    "frames": "<turbo-frame ",
}


@cache  # every test reads the same pages a design: render them once a process
def _first_80(design: str, seed: int) -> list[SitePage]:
    return site_pages(design, 80, seed)


def rendered(design: str, count: int, seed: int = 0) -> list[SitePage]:
    if seed != 0 or count > 80:
        return site_pages(design, count, seed)
    return _first_80(design, 0)[:count]


def _pattern(style: str) -> re.Pattern[str]:
    """A component's one fact as a pattern: the label and the value each a group (a label or
    value written twice, as an Astro island's props and its rendered chip do, is the same both
    times)."""
    item = TEMPLATES[style][1]
    out = re.escape(item)
    out = out.replace(re.escape("{k}"), r'(?P<k>[^<"]*?)', 1)
    out = out.replace(re.escape("{v}"), r'(?P<v>[^<"]*?)', 1)
    for hole, group in (
        ("{k}", r"(?P=k)"),
        ("{v}", r"(?P=v)"),
        ("{slug}", r'[^"\s>]*'),
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
    every: set[str] = set()
    for n in ("", *range(2, 61)):  # every earlier set's DESIGNS (sites54's EARLIER lacks sites25)
        every |= set(importlib.import_module(f"tests.heldout_sites{n}").DESIGNS)
    assert not every & set(DESIGNS)
    for n in (55, 56, 57, 58, 59, 60):
        assert set(importlib.import_module(f"tests.heldout_sites{n}").DESIGNS) <= EARLIER, n
    assert {"reelguide_embed", "reelguide_lit", "reelguide_qwik", "reelguide_solid"} <= EARLIER
    assert {"myanimelist", "anidb", "kitsu", "tvtime"} <= EARLIER
    assert all(d.startswith("reelguide_") for d in DESIGNS)
    assert not EARLIER & set(DESIGNS)


def test_each_relaunch_is_us_english_at_the_sites_own_address() -> None:
    for d in DESIGNS:
        name, _, _ = IDEAS[d]
        assert name in (MODULES[d].__doc__ or "") and name in MODULES[d].FRAMEWORK, d
        for page in rendered(d, 5):
            m = re.search(r'<html lang="([a-zA-Z-]+)"', page.html)
            assert m and m.group(1) == "en-US", d
            assert re.fullmatch(
                r"https://www\.reelguide\.example/(movie|show)/[a-z0-9-]+", page.url
            )
            assert "ReelGuide" in page_text(page), (d, page.url)


@pytest.mark.parametrize("design", DESIGNS)
def test_each_relaunch_wears_its_own_markup_and_words(design: str) -> None:
    _, styles, words = IDEAS[design]
    assert set(styles) <= set(MODULES[design].SITE.styles), design
    labels = set(MODULES[design].SITE.words.labels.values())
    assert set(words) <= labels, (design, set(words) - labels)
    prefix = MODULES[design].SITE.prefix
    for page in rendered(design, 10):
        assert f'<body class="{prefix}-ssr">' in page.html, page.url


def test_the_relaunches_word_their_facts_each_their_own_way() -> None:
    vocab = {d: tuple(MODULES[d].SITE.words.labels.values()) for d in DESIGNS}
    assert len(set(vocab.values())) == 8
    for d in DESIGNS:
        for other in DESIGNS:
            if other != d:
                shared = set(vocab[d]) & set(vocab[other])
                assert len(shared) <= 11, (d, other, shared)


def _earlier_source() -> str:
    earlier = checks.earlier_generators(62, alongside=ALONGSIDE)
    assert len(earlier) > 100
    assert not any(f"heldout_sites{n}/" in str(p) for p in earlier for n in (*ALONGSIDE, 62))
    for n in (57, 58, 59, 60, 35, 42):
        assert any(f"heldout_sites{n}/" in str(p) for p in earlier), n
    return "\n".join(p.read_text(encoding="utf-8") for p in earlier)


@cache  # read once a process
def _reelguide_redesigns() -> tuple[str, ...]:
    """Every earlier set that holds a ReelGuide design (sites33, 35 and those with a
    reelguide_* module), whole."""
    root = pathlib.Path(__file__).parent
    sets = {f.parent for f in root.glob("heldout_sites*/reelguide_*.py")}
    sets |= {root / "heldout_sites33", root / "heldout_sites35"}
    sets -= {root / f"heldout_sites{n}" for n in (*ALONGSIDE, 62)}
    assert root / "heldout_sites42" in sets and root / "heldout_sites58" in sets
    files = tuple(
        f.read_text(encoding="utf-8") for s in sorted(sets) for f in sorted(s.glob("*.py"))
    )
    assert len(files) >= 100 and "ReelGuide" in files[0]
    return files


def test_earlier_reelguide_relaunches_had_other_ideas() -> None:
    """sites35 relaunched ReelGuide on Nuxt, Angular, Astro and SvelteKit and sites42 on Qwik,
    Remix and SolidStart; none wrote the facts in the server renderers' own serialization: no
    design of these names, none of the new markups' tells."""
    redesigns = "".join(_reelguide_redesigns())
    for design in DESIGNS:
        assert not re.search(rf"\b{design}\b", redesigns), design
    for tell in TELLS.values():
        assert tell not in redesigns, tell
    # the stacks earlier sets did relaunch on, by their own designs' names
    for used in (
        "nuxtapp",
        "angularapp",
        "astroisland",
        "sveltekit",
        "reelguide_qwik",
        "reelguide_solid",
        "reelguide_remix",
    ):
        assert re.search(rf"\b{used}\b", redesigns), used


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
    """Every design draws its facts' markup per page from three, two of them its
    framework's own, the third an earlier set's."""
    styles = set(MODULES[design].SITE.styles)
    assert len(styles) == 3 and len(styles & set(NEW_STYLES)) == 2
    pages = rendered(design, 80)
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
        assert tell in facts62(c, style, [("Genre", "Drama")]), style
        assert tell not in source, tell
    assert "data-ssr-markup=" not in source


def test_the_new_markups_render_as_described() -> None:
    c = Classes("x", random.Random(1))
    rows: list[tuple[str, str | list[str]]] = [
        ("Director", ["Ada Gallo", "Bruno Sato"]),
        ("Length", "111 mins"),
        ("Year", ""),
        ("Genre", ["Drama"]),
        ("Colour", "Colour"),
    ]
    want = [
        ("Director", "Ada Gallo, Bruno Sato"),
        ("Length", "111 mins"),
        ("Genre", "Drama"),
        ("Colour", "Colour"),
    ]
    for style in NEW_STYLES:
        out = facts62(c, style, rows)
        assert _pairs(out) == want, style
        assert "Year" not in out, style
        assert values_after(out, "Length") == ["111 mins"], style
    shown = {style: facts62(c, style, rows) for style in NEW_STYLES}
    expect = {
        "nuxt-fragment-rows": '<!--[--><div class="fact" data-v-3f2a1b7c><span class="fact__label" data-v-3f2a1b7c>Director</span><span class="fact__value" data-v-3f2a1b7c>Ada Gallo, Bruno Sato</span></div>',
        "nuxt-fragment-dl": '<!--[--><dt class="meta-list__term" data-v-8c1e44d2>Length</dt><dd class="meta-list__desc" data-v-8c1e44d2>111 mins</dd><!--]-->',
        "svelte-hash-rows": '<span class="k svelte-1xk9r2q">Length</span> <span class="v svelte-1xk9r2q">111 mins</span>',
        "svelte-html-tag-table": '<th class="svelte-7hq3ab">Length</th><td class="svelte-7hq3ab"><!-- HTML_TAG_START -->111 mins<!-- HTML_TAG_END --></td>',
        "ng-hydrated-rows": '<span _ngcontent-ng-c3390261 class="fact-label">Length</span><span _ngcontent-ng-c3390261 class="fact-value">111 mins</span></div><!--container-->',
        "ng-mat-list": 'mdc-list-item__primary-text">Length</span><span matlistitemline class="mat-mdc-list-item-line mdc-list-item__secondary-text">111 mins</span>',
        "astro-island-props": 'props="{&quot;label&quot;:[0,&quot;Length&quot;],&quot;value&quot;:[0,&quot;111 mins&quot;]}" ssr client="visible"',
        "astro-cid-dl": "<dt data-astro-cid-j7pv25f6>Length</dt><dd data-astro-cid-j7pv25f6>111 mins</dd>",
        "rsc-text-separators": '<li class="Facts_item__k2Lq9">Length<!-- -->: <!-- -->111 mins</li>',
        "rsc-suspense-reveal": '<dt class="Facts_term__Lw9c3">Length</dt><dd class="Facts_def__Qe5t8">111 mins</dd>',
        "qwik-virtual-rows": '<div class="fact" q:key="length"><!--qv q:id=8 q:key=length--><span class="fact-label">Length</span> <span class="fact-value">111 mins</span><!--/qv-->',
        "qwik-keyed-dl": '<div q:key="length" class="facts-dl__row"><dt>Length</dt><dd q:key="length:value">111 mins</dd></div>',
        "solid-hk-rows": '<div data-hk="1-0-2-length" class="fact-row"><span class="fact-row__label">Length</span><span class="fact-row__value"><!--$-->111 mins<!--/--></span></div>',
        "solid-hk-table": '<tr data-hk="1-0-3-length"><th scope="row">Length</th><td><!--$-->111 mins<!--/--></td></tr>',
        "alpine-x-text-rows": '<div class="fact" x-data="{ label: &#x27;Length&#x27; }"><span class="fact-label" x-text="label">Length</span> <span class="fact-value">111 mins</span></div>',
        "htmx-swap-rows": '<p class="fact" id="fact-length" hx-get="/partials/fact/length" hx-swap="outerHTML" hx-trigger="click"><strong>Length</strong> 111 mins</p>',
    }
    assert set(expect) == set(NEW_STYLES)
    for style, piece in expect.items():
        assert piece in shown[style], style


def test_the_suspense_boundary_is_revealed_by_its_script() -> None:
    """The streamed boundary's facts sit in a hidden div after a fallback; the inline $RC
    script that follows moves them into the boundary (what a browser shows once loaded)."""
    found = _own_pages("rsc-suspense-reveal")
    assert len(found) > 3
    for _design, page, markup in found:
        assert re.search(
            r'<!--\$\?--><template id="B:1"></template><p [^>]*>Loading details…</p><!--/\$--><div hidden id="S:1">',
            markup,
        ), page.url
        assert markup.count('$RC("B:1","S:1")') == 1, page.url


def test_every_value_sits_after_its_label_in_the_frameworks_markup() -> None:
    """The value follows its label in document order in every new markup, and is never one
    of the design's labels."""
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
    """'Director of photography' (Nuxt, SolidStart) begins with the director's word; the
    director is under 'Director'."""
    for design in ("reelguide_nuxt", "reelguide_solidstart"):
        assert label(design, "camera") == "Director of photography"
        assert label(design, "director") == "Director"
        for page in rendered(design, COUNT):
            markup = details(page)
            found = values_after(markup, "Director of photography")
            assert len(found) == 1 and found[0] not in page.expected["directors"], page.url
            want = page.expected["directors"]
            assert values_after(markup, "Director") == ([", ".join(want)] if want else []), page.url


def test_counters_beside_the_votes_are_named_for_what_they_count() -> None:
    words = {
        "reelguide_nuxt": r"[\d,]+ watchlist saves",
        "reelguide_svelte": r"[\d,]+ page views",
        "reelguide_angular": r"[\d,]+ followers",
        "reelguide_astro": r"[\d,]+ plays",
        "reelguide_nextjs": r"[\d,]+ shares",
        "reelguide_qwikcity": r"[\d,]+ added to lists",
        "reelguide_solidstart": r"[\d,]+ watching now",
        "reelguide_htmx": r"[\d,]+ likes",
    }
    assert set(words) == set(DESIGNS)
    for design, word in words.items():
        for page in rendered(design, 10):
            views = re.search(r'-views-[0-9a-f]{5}">([^<]*)</p>', page.html)
            assert views and re.fullmatch(word, views.group(1)), (design, page.url)


SCALE = {"": 1, "M": 10**6, " million": 10**6, "B": 10**9, " billion": 10**9}


def read_money(text: str) -> tuple[int, str]:
    """What a reader makes of a budget: a bare '$' is US dollars, else the currency's code;
    the figure, then the magnitude word or letter."""
    code, rest = ("USD", text[1:]) if text.startswith("$") else text.split(" ", 1)
    m = re.fullmatch(r"([\d,]+(?:\.\d+)?)(|M|B| million| billion)", rest)
    assert m, text
    amount = Decimal(m.group(1).replace(",", "")) * SCALE[m.group(2)]
    assert amount == int(amount), text
    return int(amount), code


@pytest.mark.parametrize("design", DESIGNS)
def test_money_reads_back_as_the_record_says(design: str) -> None:
    """Every budget and gross, as the relaunch prints it, reads back to the record's amount
    and currency: always US dollars."""
    site = MODULES[design].SITE
    seen: dict[str, int] = {}
    for page in rendered(design, 80):
        for key in ("budget", "box_office"):
            m = page.expected[key]
            if not m:
                continue
            shown = site.money(Money(int(m["amount"]), m["currency"]))
            assert read_money(shown) == (int(m["amount"]), m["currency"]), shown
            assert shown in html.unescape(details(page)), (page.url, shown)
            seen[m["currency"]] = seen.get(m["currency"], 0) + 1
    assert set(seen) == {"USD"} and seen["USD"] > 10, (design, seen)


def test_money_formats() -> None:
    assert reelguide_nuxt.money(Money(150000000, "USD")) == "$150,000,000"
    assert reelguide_svelte.money(Money(1200000000, "USD")) == "$1.2 billion"
    assert reelguide_svelte.money(Money(800000, "USD")) == "$800,000"
    assert reelguide_angular.money(Money(150000000, "USD")) == "$150M"
    assert reelguide_astro.money(Money(1250000000, "USD")) == "$1.25B"
    assert reelguide_nextjs.money(Money(3600000, "USD")) == "$3,600,000"
    assert reelguide_qwikcity.money(Money(3600000, "USD")) == "$3.6M"
    assert reelguide_solidstart.money(Money(3600000, "USD")) == "$3.6 million"
    assert reelguide_htmx.money(Money(150000000, "USD")) == "$150M"
    assert reelguide_htmx.money(Money(7200000, "EUR")) == "EUR 7,200,000"


def test_formats_say_what_the_record_says() -> None:
    d = date(1995, 10, 7)
    assert reelguide_nuxt.date_(d, True) == "October 7, 1995"
    assert reelguide_nuxt.date_(d, False) == "10/07/1995"
    assert reelguide_svelte.date_(d, True) == "Oct 7, 1995"
    assert reelguide_svelte.date_(d, False) == "1995-10-07"
    assert reelguide_angular.date_(d, True) == "Saturday, October 7, 1995"
    assert reelguide_astro.date_(d, True) == "Oct. 7, 1995"
    assert reelguide_astro.date_(date(1995, 3, 3), True) == "March 3, 1995"
    assert reelguide_nextjs.date_(d, False) == "1995-10-07"
    assert reelguide_qwikcity.date_(d, True) == "Oct 7, 1995"
    assert reelguide_solidstart.date_(d, False) == "10/07/1995"
    assert reelguide_htmx.date_(d, True) == "Saturday, October 7, 1995"
    assert reelguide_htmx.date_(d, False) == "1995-10-07"
    assert reelguide_nuxt.running(111, True) == "1h 51m"
    assert reelguide_nuxt.running(111, False) == "111 min"
    assert reelguide_svelte.running(111, True) == "111 minutes"
    assert reelguide_svelte.running(111, False) == "1 hr 51 min"
    assert reelguide_angular.running(111, True) == "1 hour 51 minutes"
    assert reelguide_angular.running(120, True) == "2 hours"
    assert reelguide_angular.running(111, False) == "111 mins"
    assert reelguide_astro.running(111, True) == "1 hr. 51 min."
    assert reelguide_nextjs.running(111, True) == "1h 51min"
    assert reelguide_nextjs.running(111, False) == "111m"
    assert reelguide_qwikcity.running(111, True) == "1 h 51 min"
    assert reelguide_solidstart.running(111, False) == "1h 51m"
    assert reelguide_htmx.running(45, True) == "45 min"
    assert reelguide_nuxt.votes(1234) == "1,234 ratings"
    assert reelguide_qwikcity.votes(1) == "1 member rating"


def test_certificates_are_the_mpas() -> None:
    for design in DESIGNS:
        seen = {p.expected["content_rating"] for p in rendered(design, 80)} - {None}
        assert seen <= set(MPA) and len(seen) >= 3, (design, seen)
        assert set(MODULES[design].BOARD.values()) == set(MPA), design


def test_dates_are_month_first_named_or_iso() -> None:
    """A US page writes a numeric date month first ('06/05/1995') or as ISO ('1995-06-05')."""
    d = date(1995, 6, 5)
    for design in DESIGNS:
        site = MODULES[design].SITE
        assert site.date(d, False) in ("06/05/1995", "1995-06-05"), design
        assert re.search(r"\bJune?\b", site.date(d, True)), design
        assert re.search(r"\b0?5\b", site.date(d, True)), design


EXTRA = {d: {k for k, _ in MODULES[d].SITE.extra_rows(None, random.Random(0))} for d in DESIGNS}


def test_prices_are_not_the_money_or_the_dates() -> None:
    for design, head in (
        ("reelguide_nuxt", "Rent or buy"),
        ("reelguide_svelte", "Tickets"),
        ("reelguide_angular", "ReelGuide Premium"),
        ("reelguide_astro", "Editions"),
        ("reelguide_nextjs", "Watch options"),
        ("reelguide_qwikcity", "Deals"),
        ("reelguide_solidstart", "Showtimes"),
        ("reelguide_htmx", "Membership"),
    ):
        site = MODULES[design].SITE
        for page in rendered(design, COUNT):
            e = page.expected
            block = re.search(rf"<h2>{re.escape(head)}</h2>(.*?)</aside>", page.html, re.S)
            assert block and re.search(r"\$\d", block.group(1)), (design, page.url)
            released = date.fromisoformat(e["release_date"]) if e["release_date"] else None
            for long in (True, False):
                assert released is None or site.date(released, long) not in block.group(1)
            for m in [e[k] for k in ("budget", "box_office") if e[k]]:
                assert site.money(Money(int(m["amount"]), m["currency"])) not in block.group(1)


@pytest.mark.parametrize("design", DESIGNS)
def test_each_fact_is_under_its_label_in_the_designs_own_format(design: str) -> None:
    site = MODULES[design].SITE
    seen: dict[str, int] = {}
    for page in rendered(design, 80):
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
        pages = rendered(design, 80)
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
    for page in rendered(design, COUNT):
        assert f'<link rel="canonical" href="{page.url}">' in page.html, page.url


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
    checks.rail_values_differ(rendered(design, 20), page_text, nulls_may_match=True)


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


def test_each_relaunch_loads_its_framework_and_ends_in_its_state() -> None:
    """The framework's own tag in the <head>, and its state or bootstrap after the page's
    content, and none of another relaunch's; neither carries the title's facts."""
    assert set(HEAD_TELLS) == set(TAIL_TELLS) == set(DESIGNS)
    for design in DESIGNS:
        module = MODULES[design]
        for page in rendered(design, 5):
            head, body = page.html.split("</head>", 1)
            for other in DESIGNS:
                assert (HEAD_TELLS[other] in head) == (other == design), (design, other, page.url)
                assert (TAIL_TELLS[other] in body) == (other == design), (design, other, page.url)
            assert body.index(TAIL_TELLS[design]) > body.index("-details-"), page.url
            for blob in (module.HEAD, module.TAIL):
                assert page.expected["title"] not in blob and blob in page.html
    for page in rendered("reelguide_angular", 5):
        assert '<app-root ng-version="17.3.4" ngh="0" ng-server-context="ssr">' in page.html
        assert page.html.index("</app-root>") > page.html.index("-details-")


def test_hydration_markers_are_balanced() -> None:
    """Every fragment, virtual-node and insert marker the markups open, they close."""
    for style, (opening, item, closing) in TEMPLATES.items():
        whole = opening + item + item + closing
        assert whole.count("<!--[-->") == whole.count("<!--]-->"), style
        assert whole.count("<!--qv ") == whole.count("<!--/qv-->"), style
        assert whole.count("<!--$-->") == whole.count("<!--/-->"), style
        assert whole.count("HTML_TAG_START") == whole.count("HTML_TAG_END"), style


def test_astro_island_props_are_the_json_of_what_it_renders() -> None:
    for _design, page, markup in _own_pages("astro-island-props"):
        islands = re.findall(
            r'props="([^"]*)"[^>]*><div class="fact-chip"><span class="fact-chip__label">([^<]*)</span><span class="fact-chip__value">([^<]*)</span>',
            markup,
        )
        assert islands, page.url
        for props, k, v in islands:
            assert json.loads(html.unescape(props)) == {
                "label": [0, html.unescape(k)],
                "value": [0, html.unescape(v)],
            }, page.url
