# ruff: noqa: E501  (HTML patterns read best on one line)
"""The fifty-eighth held-out site generator itself (not the parser): deterministic,
spec-shaped, honest pages whose markup varies per page. Nothing here measures marquee's
accuracy (benchmarks/sites58.py does)."""

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

import tests.heldout_sites55
import tests.heldout_sites56
from tests import site_set_checks as checks
from tests.heldout_sites2.records import Money
from tests.heldout_sites58 import (
    DESIGNS,
    LIBRARIES,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    reelguide_enhance,
    reelguide_fast,
    reelguide_lit,
    reelguide_lwc,
    reelguide_polymer,
    reelguide_spectrum,
    reelguide_stencil,
    reelguide_vaadin,
    site_pages,
)
from tests.heldout_sites58.common import NEW_STYLES, TEMPLATES, Classes, facts58
from tests.test_heldout_sites44_gen import _pairs as pairs44
from tests.test_heldout_sites56_gen import EARLIER as BEFORE_SITES56

COUNT = 30
EARLIER = BEFORE_SITES56 | set(tests.heldout_sites55.DESIGNS) | set(tests.heldout_sites56.DESIGNS)  # fmt: skip
ALONGSIDE = (57, 59, 60)  # written at the same time by other writers, blind to this set
MODULES: dict[str, ModuleType] = {
    m.NAME: m
    for m in (
        reelguide_lit,
        reelguide_stencil,
        reelguide_fast,
        reelguide_polymer,
        reelguide_lwc,
        reelguide_spectrum,
        reelguide_vaadin,
        reelguide_enhance,
    )
}
# each relaunch: the library its docstring names, its two markups, and the words its facts
# use that set it apart
IDEAS = {
    "reelguide_lit": ("Lit", ("lit-ssr-shadow", "lit-slotted-data"), ("Runtime", "Release", "Studios")),
    "reelguide_stencil": ("Stencil", ("stencil-scoped-stat", "stencil-attr-css"), ("Running time", "Premiere", "Estimated budget", "Worldwide gross")),
    "reelguide_fast": ("FAST", ("fast-ssr-slot", "fast-output-rows"), ("Director(s)", "Duration", "Content rating", "Country of origin")),
    "reelguide_polymer": ("Polymer", ("polymer-paper-items", "polymer-iron-label"), ("Screenplay", "Opened", "Made by", "Cost", "Takings")),
    "reelguide_lwc": ("Lightning Web Components", ("lwc-output-field", "lwc-tile-list"), ("Run Time", "Release Date", "Production Company", "Revenue")),
    "reelguide_spectrum": ("Spectrum Web Components", ("spectrum-field-label", "spectrum-table"), ("Direction", "Writing", "Age rating", "Theatrical release")),
    "reelguide_vaadin": ("Vaadin", ("vaadin-form-items", "vaadin-readonly-fields"), ("Running length", "MPA", "First released", "Box office gross")),
    "reelguide_enhance": ("Enhance", ("enhance-ssr-data", "enhance-builtin-li"), ("Screenwriters", "From", "In theaters", "Length")),
}  # fmt: skip
# each new markup's tell, the string grepped for in every earlier generator
TELLS = {
    "lit-ssr-shadow": "<!--lit-part",
    "lit-slotted-data": "rg-fact-row",
    "stencil-scoped-stat": "sc-rg-stat",
    "stencil-attr-css": "rg-meta-item",
    "fast-ssr-slot": "needs-hydration",
    "fast-output-rows": '<output id="rgo-',
    "polymer-paper-items": "paper-item-body",
    "polymer-iron-label": "<iron-label",
    "lwc-output-field": "slds-form-element__label",
    "lwc-tile-list": "slds-item_label",
    "spectrum-field-label": "sp-field-label",
    "spectrum-table": "sp-table-cell",
    "vaadin-form-items": "vaadin-form-item",
    "vaadin-readonly-fields": 'slot="input"',
    "enhance-ssr-data": 'enhanced="',
    "enhance-builtin-li": 'is="rg-fact-li"',
}
# each library's own words, none of them in an earlier ReelGuide design
LIBRARY_WORDS = {
    "reelguide_lit": ("lit-part", "@lit-labs", "lit-element-hydrate"),
    "reelguide_stencil": ("Stencil", "sc-rg-", "esm.js"),
    "reelguide_fast": ("fast-ssr", "needs-hydration", "FASTElement"),
    "reelguide_polymer": ("Polymer", "paper-item", "iron-label", "webcomponents-loader"),
    "reelguide_lwc": ("Lightning Web", "lightning-", "slds-", "/lwr/"),
    "reelguide_spectrum": ("Spectrum Web", "sp-field", "sp-table", "@spectrum-web-components"),
    "reelguide_vaadin": ("Vaadin", "vaadin-", "/VAADIN/"),
    "reelguide_enhance": ("Enhance", "enhanced=", "/_public/"),
}
MPA = ("G", "PG", "PG-13", "R", "NC-17")
# what tells each component apart in the page (the earlier sets' markups by their own tells)
MARKERS = {style: f'data-wc-markup="{style}"' for style in TEMPLATES} | {
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
    """A component's one fact as a pattern: the label and the value each a group (a label or
    value written twice, in an attribute and in text, is the same both times)."""
    item = TEMPLATES[style][1]
    out = re.escape(item)
    out = out.replace(re.escape("{k}"), r'(?P<k>[^<"]*?)', 1)
    out = out.replace(re.escape("{v}"), r'(?P<v>[^<"]*)', 1)
    # a <data value> may be a <time datetime> (dates, durations)
    out = out.replace(re.escape("<data "), "<(?:data|time) ")
    out = out.replace(re.escape("</data>"), "</(?:data|time)>")
    out = out.replace(re.escape('value="{raw}"'), '(?:value|datetime)="[^"]*"')
    for hole, group in (
        ("{k}", r"(?P=k)"),
        ("{v}", r"(?P=v)"),
        ("{slug}", r'[^"]*'),
        ("{raw}", r'[^"]*'),
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


def _earlier_set_numbers() -> list[int]:
    root = pathlib.Path(__file__).parent
    found = []
    for folder in root.glob("heldout_sites*"):
        digits = folder.name.removeprefix("heldout_sites")
        number = int(digits or 1)
        if number < 58 and number not in ALONGSIDE and (folder / "__init__.py").exists():
            found.append(number)
    return sorted(found)


def test_eight_new_designs() -> None:
    assert len(DESIGNS) == len(set(DESIGNS)) == 8 == len(MODULES) == len(IDEAS)
    assert {"dendy", "reelguide_pro", "decider", "imdbref", "reelguide_cms"} <= EARLIER
    for n in (53, 54, 55, 56):
        assert set(getattr(tests, f"heldout_sites{n}").DESIGNS) <= EARLIER, n
    assert {"reelguide_shoelace", "reelguide_material", "reelguide_embed"} <= EARLIER
    assert all(d.startswith("reelguide_") for d in DESIGNS)
    assert not EARLIER & set(DESIGNS)


def test_no_earlier_set_of_any_number_has_these_designs() -> None:
    """The EARLIER chain skips a set here and there (sites54's lacks sites25): every earlier
    set's own DESIGNS too."""
    numbers = _earlier_set_numbers()
    assert len(numbers) > 50 and 25 in numbers and 56 in numbers
    for n in numbers:
        module = importlib.import_module(f"tests.heldout_sites{'' if n == 1 else n}")
        designs = set(getattr(module, "DESIGNS", ()))
        assert not designs & set(DESIGNS), n


def test_each_relaunch_is_us_english_on_the_sites_own_paths() -> None:
    for d in DESIGNS:
        name, _, _ = IDEAS[d]
        assert name in (MODULES[d].__doc__ or "") and LIBRARIES[d] in name
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
        assert f'<body class="{prefix}-wc">' in page.html, page.url


def test_the_relaunches_word_their_facts_each_their_own_way() -> None:
    vocab = {d: tuple(MODULES[d].SITE.words.labels.values()) for d in DESIGNS}
    assert len(set(vocab.values())) == 8
    for d in DESIGNS:
        for other in DESIGNS:
            if other != d:
                shared = set(vocab[d]) & set(vocab[other])
                assert len(shared) <= 10, (d, other, shared)


@cache  # read the earlier generators once a process
def _earlier_source() -> str:
    earlier = checks.earlier_generators(58, alongside=ALONGSIDE)
    assert len(earlier) > 100
    assert not any(f"heldout_sites{n}/" in str(p) for p in earlier for n in (*ALONGSIDE, 58))
    assert any("heldout_sites56/" in str(p) for p in earlier)
    assert any("heldout_sites55/" in str(p) for p in earlier)
    return "\n".join(p.read_text(encoding="utf-8") for p in earlier)


@cache
def _reelguide_redesigns() -> tuple[str, ...]:
    """Every file of every earlier set that redesigned ReelGuide (33, 35, 38, ..., 56)."""
    root = pathlib.Path(__file__).parent
    files = []
    for n in _earlier_set_numbers():
        folder = root / f"heldout_sites{'' if n == 1 else n}"
        if any(folder.glob("reelguide_*.py")) or n in (33, 35):
            files += [f.read_text(encoding="utf-8") for f in sorted(folder.glob("*.py"))]
    assert "ReelGuide" in "".join(files) and len(files) >= 100
    return tuple(files)


def test_earlier_reelguide_redesigns_had_other_ideas() -> None:
    """sites33 .. 56 redesigned ReelGuide too (rgds's <reel-fact> slots, design systems among
    them Material Web, Carbon, Fluent and Shoelace); none on these component libraries: no
    library's name or server-rendered tell, no design of these names."""
    redesigns = "".join(_reelguide_redesigns())
    for design in DESIGNS:
        assert not re.search(rf"\b{design}\b", redesigns), design
        for word in LIBRARY_WORDS[design]:
            assert word not in redesigns, (design, word)
    for tell in TELLS.values():
        assert tell not in redesigns, tell
    assert "data-wc-markup" not in redesigns
    # the web components earlier sets did use, which this set leaves alone
    for used in ("reel-fact", "sl-details", "md-list", "cds-structured"):
        assert used in redesigns, used
    for design in DESIGNS:
        for page in rendered(design, 10):
            assert not any(w in page.html for w in ("<reel-fact", "<sl-", "<md-", "<cds-")), (
                page.url
            )


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
    """Every design draws its facts' markup per page from three, two of them its library's
    own, the third an earlier set's."""
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
        assert tell in facts58(c, style, [("Genre", "Drama")]), style
        assert tell not in source, tell
    assert "data-wc-markup=" not in source


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
        out = facts58(c, style, rows, raws={"Length": "111"})
        assert _pairs(out) == want, style
        assert "Year" not in out, style
        assert values_after(out, "Length") == ["111 mins"], style
    shown = {style: facts58(c, style, rows, raws={"Length": "111"}) for style in NEW_STYLES}
    expect = {
        "lit-ssr-shadow": '<rg-fact label="Length" value="111 mins"><template shadowrootmode="open"><!--lit-part--><span part="label">Length</span> <span part="value">111 mins</span><!--/lit-part--></template></rg-fact>',
        "lit-slotted-data": '<rg-fact-row role="listitem"><span slot="label">Length</span> <data slot="value" value="111">111 mins</data></rg-fact-row>',
        "stencil-scoped-stat": '<span class="sc-rg-stat sc-rg-stat-s" slot="label">Length</span> <span class="sc-rg-stat sc-rg-stat-s" slot="value">111 mins</span>',
        "stencil-attr-css": '<rg-meta-item class="hydrated" label="Length" value="111 mins"></rg-meta-item>',
        "fast-ssr-slot": '<rg-detail label="Length" needs-hydration><template shadowrootmode="open"><span part="term">Length</span> <span part="definition"><slot></slot></span></template>111 mins</rg-detail>',
        "fast-output-rows": '<label for="rgo-length">Length</label> <output id="rgo-length">111 mins</output>',
        "polymer-paper-items": "<paper-item><paper-item-body two-line><div>Length</div><div secondary>111 mins</div></paper-item-body></paper-item>",
        "polymer-iron-label": '<iron-label for="pf-length">Length</iron-label> <span id="pf-length">111 mins</span>',
        "lwc-output-field": '<span class="slds-form-element__label">Length</span><div class="slds-form-element__control"><lightning-formatted-text value="111 mins">111 mins</lightning-formatted-text></div>',
        "lwc-tile-list": '<dt class="slds-item_label slds-text-color_weak slds-truncate" title="Length">Length:</dt><dd class="slds-item_detail slds-truncate" title="111 mins">111 mins</dd>',
        "spectrum-field-label": '<sp-field-label for="sf-length" size="m">Length</sp-field-label><sp-textfield id="sf-length" readonly quiet value="111 mins"><template shadowrootmode="open"><input readonly value="111 mins"></template></sp-textfield>',
        "spectrum-table": '<sp-table-row><sp-table-cell role="rowheader">Length</sp-table-cell><sp-table-cell>111 mins</sp-table-cell></sp-table-row>',
        "vaadin-form-items": '<vaadin-form-item><label slot="label">Length</label><span>111 mins</span></vaadin-form-item>',
        "vaadin-readonly-fields": '<vaadin-text-field readonly label="Length" value="111 mins"><label slot="label">Length</label><input slot="input" readonly value="111 mins"></vaadin-text-field>',
        "enhance-ssr-data": '<rg-fact enhanced="✨" label="Length"><strong>Length</strong> <data value="111">111 mins</data></rg-fact>',
        "enhance-builtin-li": '<li is="rg-fact-li" data-label="Length"><span class="rg-facts__k">Length</span> <span class="rg-facts__v">111 mins</span></li>',
    }
    assert set(expect) == set(NEW_STYLES)
    for style, piece in expect.items():
        assert piece in shown[style], style
    # a label with no machine value has its text as its machine value; a date or a duration
    # is a <time datetime>
    assert '<data slot="value" value="Drama">Drama</data>' in shown["lit-slotted-data"]
    timed = facts58(
        c,
        "enhance-ssr-data",
        [("Out", "Oct 27, 1995"), ("Length", "1h 51m")],
        raws={"Out": "1995-10-27", "Length": "PT111M"},
    )
    assert '<strong>Out</strong> <time datetime="1995-10-27">Oct 27, 1995</time>' in timed
    assert '<strong>Length</strong> <time datetime="PT111M">1h 51m</time>' in timed
    assert _pairs(timed) == [("Out", "Oct 27, 1995"), ("Length", "1h 51m")]


def test_attribute_only_facts_are_drawn_by_the_pages_own_css() -> None:
    """Stencil's <rg-meta-item label value> holds no text: the stylesheet in the same block
    draws its label and value from the attributes, so a reader sees both."""
    found = _own_pages("stencil-attr-css")
    assert len(found) > 3
    for _design, page, markup in found:
        assert "rg-meta-item::before{content:attr(label)" in markup, page.url
        assert "rg-meta-item::after{content:attr(value)}" in markup, page.url
        assert not re.search(r"<rg-meta-item[^>]*>[^<]", markup), page.url
        head = page.html.split("</head>", 1)[0]
        assert "rg-meta{visibility:hidden}.hydrated{visibility:inherit}" in head
        assert '<rg-meta class="hydrated">' in markup, page.url


@pytest.mark.parametrize("style", ["lit-ssr-shadow", "fast-ssr-slot", "spectrum-field-label"])
def test_shadow_roots_show_what_the_attributes_say(style: str) -> None:
    """A declarative shadow root is rendered: its text (or its <input>'s value, or the slotted
    light-DOM value) is what the host's attributes hold."""
    found = _own_pages(style)
    assert len(found) > 3
    for _design, page, markup in found:
        hosts = re.findall(
            r'label="([^"]*)"[^>]*><template shadowrootmode="open">(.*?)</template>', markup
        )
        hosts += re.findall(
            r'for="sf-[^"]*" size="m">([^<]*)</sp-field-label><sp-textfield[^>]*><template shadowrootmode="open">(.*?)</template>',
            markup,
        )
        assert hosts, page.url
        for k, shadow in hosts:
            assert k in shadow or 'value="' in shadow, page.url


@pytest.mark.parametrize("style", ["lit-slotted-data", "enhance-ssr-data"])
def test_data_values_say_what_their_text_says(style: str) -> None:
    """<data value> the money's amount and the year; <time datetime> the release's ISO date
    and the length's ISO 8601 duration ('PT111M')."""
    found = _own_pages(style)
    assert len(found) > 3
    for design, page, markup in found:
        e, labels = page.expected, MODULES[design].SITE.words.labels
        data = {
            html.unescape(k): html.unescape(raw)
            for k, raw in re.findall(
                r'(?:<span slot="label">|<strong>)([^<]*)</(?:span|strong)> <(?:data|time) (?:slot="value" )?(?:value|datetime)="([^"]*)"',
                markup,
            )
        }
        assert data, page.url
        if e["runtime_minutes"]:
            assert data[labels["runtime"]] == f"PT{e['runtime_minutes']}M", page.url
            assert f'<time slot="value" datetime="PT{e["runtime_minutes"]}M">' in markup or (
                f'<time datetime="PT{e["runtime_minutes"]}M">' in markup
            ), page.url
        if e["release_date"]:
            assert data[labels["released"]] == e["release_date"], page.url
            assert f'datetime="{e["release_date"]}"' in markup, page.url
        if e["release_year"]:
            assert data[labels["year"]] == str(e["release_year"]), page.url
        for key in ("budget", "box_office"):
            if e[key]:
                assert data[labels[key]] == e[key]["amount"], page.url


def test_the_score_is_a_meter_and_the_count_a_data_value_on_some_pages() -> None:
    meters = datas = 0
    for design in DESIGNS:
        for page in rendered(design, COUNT):
            n = page.expected["user_rating_count"]
            meter = re.search(
                r'<meter min="0" max="10" value="(\d\.\d)" title="\1 out of 10">\1</meter>',
                page.html,
            )
            data = re.search(
                r'-score-[0-9a-f]{5}">(?:(?!</div>).)*?<data value="(\d+)">([^<]*)</data>',
                page.html,
            )
            meters += bool(meter)
            if data:
                datas += 1
                assert int(data.group(1)) == n, page.url
                assert html.unescape(data.group(2)) == MODULES[design].SITE.votes(n), page.url
            if n is None:
                assert not meter and not data, page.url
    assert meters > 20 and datas > 20, (meters, datas)


def test_every_value_sits_after_its_label_in_the_librarys_markup() -> None:
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


def test_director_of_photography_and_abbreviations_are_read_right() -> None:
    """'Director of photography' (Stencil), 'DoP' (LWC) and 'Cinematography' beside
    'Direction' (Spectrum) are not the director."""
    for design, trap, own in (
        ("reelguide_stencil", "Director of photography", "Directed by"),
        ("reelguide_lwc", "DoP", "Director"),
        ("reelguide_spectrum", "Cinematography", "Direction"),
    ):
        assert trap == label(design, "camera") and own == label(design, "director")
        for page in rendered(design, COUNT):
            markup = details(page)
            found = values_after(markup, trap)
            assert len(found) == 1 and found[0] not in page.expected["directors"], page.url
            want = page.expected["directors"]
            assert values_after(markup, own) == ([", ".join(want)] if want else []), page.url


def test_counters_beside_the_votes_are_named_for_what_they_count() -> None:
    words = {
        "reelguide_lit": r"[\d,]+ watchlists",
        "reelguide_stencil": r"[\d,]+ page views",
        "reelguide_fast": r"[\d,]+ followers",
        "reelguide_polymer": r"[\d,]+ saves",
        "reelguide_lwc": r"[\d,]+ record views",
        "reelguide_spectrum": r"[\d,]+ likes",
        "reelguide_vaadin": r"[\d,]+ bookmarks",
        "reelguide_enhance": r"[\d,]+ hearts",
    }
    assert set(words) == set(DESIGNS)
    for design, word in words.items():
        for page in rendered(design, 10):
            views = re.search(r'-views-[0-9a-f]{5}">([^<]*)</p>', page.html)
            assert views and re.fullmatch(word, views.group(1)), (design, page.url)


SCALE = {"": 1, "M": 10**6, " million": 10**6, "B": 10**9, " billion": 10**9}
OWN_MONEY = ("reelguide_polymer", "reelguide_vaadin")  # in full, in the title's own currency
FULL = ("reelguide_fast", *OWN_MONEY)


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
    and currency; Polymer and Vaadin in the title's own money, the rest in US dollars."""
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
            if design in FULL:
                assert not re.search(r"\d(M|B| million| billion)$", shown), shown
            seen[m["currency"]] = seen.get(m["currency"], 0) + 1
    if design in OWN_MONEY:
        assert len(seen) > 1 and seen.get("USD", 0) > 3, (design, seen)
    else:
        assert set(seen) == {"USD"} and seen["USD"] > 10, (design, seen)


def test_money_formats() -> None:
    assert reelguide_lit.money(Money(150000000, "USD")) == "$150M"
    assert reelguide_lit.money(Money(1200000000, "USD")) == "$1.2B"
    assert reelguide_lit.money(Money(800000, "USD")) == "$800,000"
    assert reelguide_stencil.money(Money(150000000, "USD")) == "$150 million"
    assert reelguide_fast.money(Money(150000000, "USD")) == "$150,000,000"
    assert reelguide_polymer.money(Money(7200000, "EUR")) == "EUR 7,200,000"
    assert reelguide_polymer.money(Money(3600000, "USD")) == "$3,600,000"
    assert reelguide_lwc.money(Money(3600000, "USD")) == "$3.6M"
    assert reelguide_spectrum.money(Money(1250000000, "USD")) == "$1.25B"
    assert reelguide_vaadin.money(Money(7200000, "EUR")) == "EUR 7,200,000"
    assert reelguide_enhance.money(Money(3600000, "USD")) == "$3.6 million"


def test_formats_say_what_the_record_says() -> None:
    d = date(1995, 10, 7)
    assert reelguide_lit.date_(d, True) == "Oct 7, 1995"
    assert reelguide_lit.date_(d, False) == "10/07/1995"
    assert reelguide_stencil.date_(d, True) == "October 7, 1995"
    assert reelguide_fast.date_(d, True) == "Oct 7, 1995"
    assert reelguide_fast.date_(d, False) == "1995-10-07"
    assert reelguide_polymer.date_(d, True) == "Saturday, October 7, 1995"
    assert reelguide_lwc.date_(d, False) == "10/07/1995"
    assert reelguide_spectrum.date_(d, True) == "October 7, 1995"
    assert reelguide_vaadin.date_(d, True) == "Oct. 7, 1995"
    assert reelguide_vaadin.date_(date(1995, 3, 3), True) == "March 3, 1995"
    assert reelguide_enhance.date_(d, True) == "Oct 7, 1995"
    assert reelguide_lit.running(111, True) == "1h 51m"
    assert reelguide_lit.running(111, False) == "111 min"
    assert reelguide_stencil.running(111, True) == "111 minutes"
    assert reelguide_stencil.running(111, False) == "1 hr 51 min"
    assert reelguide_fast.running(111, True) == "1 h 51 min"
    assert reelguide_polymer.running(111, True) == "111 mins"
    assert reelguide_polymer.running(111, False) == "1 hr 51 mins"
    assert reelguide_polymer.running(61, False) == "1 hr 1 min"
    assert reelguide_lwc.running(111, True) == "1h 51m"
    assert reelguide_lwc.running(111, False) == "111m"
    assert reelguide_spectrum.running(111, True) == "1 hr 51 min"
    assert reelguide_vaadin.running(111, True) == "1 hour 51 minutes"
    assert reelguide_vaadin.running(120, True) == "2 hours"
    assert reelguide_vaadin.running(111, False) == "111 min."
    assert reelguide_enhance.running(111, True) == "1hr 51min"
    assert reelguide_enhance.running(45, True) == "45min"
    assert reelguide_enhance.running(111, False) == "111 mins"
    assert reelguide_polymer.votes(1234) == "1,234 user ratings"
    assert reelguide_lit.votes(1) == "1 rating"


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
        ("reelguide_lit", "Rent or buy"),
        ("reelguide_stencil", "Get tickets"),
        ("reelguide_fast", "Buy or rent"),
        ("reelguide_polymer", "Own it"),
        ("reelguide_lwc", "Subscription"),
        ("reelguide_spectrum", "Ways to watch"),
        ("reelguide_vaadin", "Offers"),
        ("reelguide_enhance", "Watch it"),
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
    return _text_of(page.html)


@cache  # several tests read the same pages' text
def _text_of(markup: str) -> str:
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S)
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


# the tag in the page's <head> by which each relaunch loads its library
HEAD_TELLS = {
    "reelguide_lit": "lit-element-hydrate-support.js",
    "reelguide_stencil": "/build/reelguide.esm.js",
    "reelguide_fast": 'content="@microsoft/fast-ssr"',
    "reelguide_polymer": "webcomponents-loader.js",
    "reelguide_lwc": 'href="/lwr/module/',
    "reelguide_spectrum": "/@spectrum-web-components/bundle/",
    "reelguide_vaadin": 'src="/VAADIN/build/',
    "reelguide_enhance": 'src="/_public/browser/',
}


def test_each_relaunch_loads_its_library_in_the_head() -> None:
    assert set(HEAD_TELLS) == set(DESIGNS)
    source = _earlier_source()
    for design in DESIGNS:
        assert HEAD_TELLS[design] not in source, design
        for page in rendered(design, 5):
            head = page.html.split("</head>", 1)[0]
            for other, tell in HEAD_TELLS.items():
                assert (tell in head) == (other == design), (design, other, page.url)
