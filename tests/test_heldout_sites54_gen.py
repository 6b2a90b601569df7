# ruff: noqa: E501  (HTML patterns read best on one line)
"""The fifty-fourth held-out site generator itself (not the parser): deterministic,
spec-shaped, honest pages whose markup varies per page. Nothing here measures marquee's
accuracy (benchmarks/sites54.py does)."""

from __future__ import annotations

import html
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

import tests.heldout_sites51
import tests.heldout_sites52
from tests import site_set_checks as checks
from tests.heldout_sites2.records import Money
from tests.heldout_sites54 import (
    DESIGNS,
    EDITIONS,
    NOT_SHOWN,
    SPEC_KEYS,
    SitePage,
    reelguide_au,
    reelguide_ca,
    reelguide_ie,
    reelguide_in,
    reelguide_nz,
    reelguide_sg,
    reelguide_uk,
    reelguide_za,
    site_pages,
)
from tests.heldout_sites54.common import (
    NEW_STYLES,
    TEMPLATES,
    Classes,
    compact,
    crore,
    facts54,
    indian_grouped,
    ordinal,
    spaced,
)
from tests.test_heldout_sites44_gen import _pairs as pairs44
from tests.test_heldout_sites52_gen import EARLIER as BEFORE_SITES52

COUNT = 30
EARLIER = BEFORE_SITES52 | set(tests.heldout_sites51.DESIGNS) | set(tests.heldout_sites52.DESIGNS)  # fmt: skip
ALONGSIDE = (53,)  # written at the same time by another writer, blind to this set
MODULES: dict[str, ModuleType] = {
    m.NAME: m
    for m in (
        reelguide_uk,
        reelguide_in,
        reelguide_au,
        reelguide_ca,
        reelguide_ie,
        reelguide_nz,
        reelguide_sg,
        reelguide_za,
    )
}
# each edition: the country its docstring names, its locale, its two markups, and the words
# its facts use that set it apart
IDEAS = {
    "reelguide_uk": ("United Kingdom", "en-GB", ("uk-fact-strip", "uk-gel-list"), ("BBFC certificate", "Series", "UK release date", "Running time")),
    "reelguide_in": ("India", "en-IN", ("in-info-heads", "in-colon-table"), ("CBFC certificate", "Banner", "Box office collection", "Duration")),
    "reelguide_au": ("Australia", "en-AU", ("au-figcaption", "au-meta-pipe"), ("Classification", "Australian release", "Runtime")),
    "reelguide_ca": ("Canada", "en-CA", ("ca-labelled-sections", "ca-wb-table"), ("Canadian rating", "Canadian release", "Worldwide gross", "Screenplay by")),
    "reelguide_ie": ("Ireland", "en-IE", ("ie-bootstrap-rows", "ie-small-big"), ("IFCO cert", "Irish release", "Takings", "Length")),
    "reelguide_nz": ("New Zealand", "en-NZ", ("nz-mark-lines", "nz-var-samp"), ("NZ rating", "NZ release", "Made in", "Gross")),
    "reelguide_za": ("South Africa", "en-ZA", ("za-em-dash-list", "za-label-pill"), ("FPB age restriction", "SA release", "Screenwriters")),
    "reelguide_sg": ("Singapore", "en-SG", ("sg-float-right", "sg-card-text"), ("IMDA rating", "Release date (SG)", "Distributor / studio")),
}  # fmt: skip
# each new markup's tell, the string grepped for in every earlier generator
TELLS = {
    "uk-fact-strip": "fact-strip__label",
    "uk-gel-list": "gel-pica-bold",
    "in-info-heads": "info-grid__key",
    "in-colon-table": "<td>:</td>",
    "au-figcaption": "spec-sheet__fact",
    "au-meta-pipe": "meta-line__sep",
    "ca-labelled-sections": 'aria-labelledby="fs-',
    "ca-wb-table": "wb-inv-label",
    "ie-bootstrap-rows": "col-4 fw-bold",
    "ie-small-big": "<big>",
    "nz-mark-lines": "kupu-facts",
    "nz-var-samp": "pair-list__pair",
    "za-em-dash-list": "facts-list",
    "za-label-pill": "label-pill",
    "sg-float-right": "float-right",
    "sg-card-text": "card-deck",
}
# the local board's certificates, from all ages to adults only
BOARDS = {
    "reelguide_uk": ("U", "PG", "12A", "15", "18"),
    "reelguide_in": ("U", "UA 7+", "UA 13+", "UA 16+", "A"),
    "reelguide_au": ("G", "PG", "M", "MA15+", "R18+"),
    "reelguide_ca": ("G", "PG", "14A", "18A", "R"),
    "reelguide_ie": ("G", "PG", "12A", "15A", "18"),
    "reelguide_nz": ("G", "PG", "M", "R16", "R18"),
    "reelguide_za": ("A", "PG", "13", "16", "18"),
    "reelguide_sg": ("G", "PG", "PG13", "NC16", "M18"),
}
LOCAL_MONEY = {
    "reelguide_uk": "GBP",
    "reelguide_in": "INR",
    "reelguide_au": "AUD",
    "reelguide_ca": "CAD",
    "reelguide_ie": "EUR",
    "reelguide_nz": "NZD",
    "reelguide_za": "ZAR",
    "reelguide_sg": "SGD",
}
# what tells each component apart in the page (the earlier sets' markups by their own tells)
MARKERS = {style: f'data-edition-kit="{style}"' for style in TEMPLATES} | {
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
    for n in (49, 50, 51, 52):
        assert set(getattr(tests, f"heldout_sites{n}").DESIGNS) <= EARLIER, n
    assert {"reelguide_hugo", "reelguide_sphinx", "reelguide_govuk"} <= EARLIER
    assert all(d.startswith("reelguide_") for d in DESIGNS)
    assert not EARLIER & set(DESIGNS)


def test_each_edition_speaks_its_locale_under_its_path() -> None:
    assert sorted(EDITIONS.values()) == sorted(("uk", "in", "au", "ca", "ie", "nz", "za", "sg"))
    for d in DESIGNS:
        country, locale, _, _ = IDEAS[d]
        assert country in (MODULES[d].__doc__ or "") and f"/{EDITIONS[d]}/" in (
            MODULES[d].__doc__ or ""
        )
        for page in rendered(d, 5):
            m = re.search(r'<html lang="([a-zA-Z-]+)"', page.html)
            assert m and m.group(1) == locale, d
            assert page.url.startswith(f"https://www.reelguide.example/{EDITIONS[d]}/"), page.url
            assert "ReelGuide" in page_text(page), (d, page.url)


def test_links_to_other_titles_stay_in_the_edition() -> None:
    for d in DESIGNS:
        for page in rendered(d, 5):
            assert not re.search(r'href="/(movie|show)/', page.html), page.url


@pytest.mark.parametrize("design", DESIGNS)
def test_each_edition_wears_its_own_kit_and_words(design: str) -> None:
    _, _, styles, words = IDEAS[design]
    assert set(styles) <= set(MODULES[design].SITE.styles), design
    labels = set(MODULES[design].SITE.words.labels.values())
    assert set(words) <= labels, (design, set(words) - labels)
    prefix = MODULES[design].SITE.prefix
    for page in rendered(design, 10):
        assert f'<body class="{prefix}-{EDITIONS[design]}">' in page.html, page.url


def test_the_editions_word_their_facts_each_their_own_way() -> None:
    vocab = {d: tuple(MODULES[d].SITE.words.labels.values()) for d in DESIGNS}
    assert len(set(vocab.values())) == 8
    for d in DESIGNS:
        for other in DESIGNS:
            if other != d:
                shared = set(vocab[d]) & set(vocab[other])
                assert len(shared) <= 11, (d, other, shared)


def _earlier_source() -> str:
    earlier = checks.earlier_generators(54, alongside=ALONGSIDE)
    assert len(earlier) > 100
    assert not any(f"heldout_sites{n}/" in str(p) for p in earlier for n in (*ALONGSIDE, 54))
    assert any("heldout_sites52/" in str(p) for p in earlier)
    assert any("heldout_sites51/" in str(p) for p in earlier)
    return "\n".join(p.read_text(encoding="utf-8") for p in earlier)


REDESIGNS = (33, 35, 38, 40, 42, 44, 46, 48, 50, 52)


def _reelguide_redesigns() -> list[str]:
    files = [
        f.read_text(encoding="utf-8")
        for n in REDESIGNS
        for f in sorted(pathlib.Path(__file__).parent.glob(f"heldout_sites{n}/*.py"))
    ]
    assert "ReelGuide" in "".join(files)
    return files


def _reelguide_design_modules() -> list[str]:
    """The earlier sets' ReelGuide designs themselves (those sets also hold other sites)."""
    files = [
        f.read_text(encoding="utf-8")
        for n in REDESIGNS
        for f in sorted(pathlib.Path(__file__).parent.glob(f"heldout_sites{n}/reelguide_*.py"))
    ]
    assert len(files) >= 40
    return files


def test_earlier_reelguide_redesigns_had_other_ideas() -> None:
    """sites33 .. 52 redesigned ReelGuide too; none as a regional edition: no edition path
    before the title's, no 'regional' edition, every ReelGuide design in US English but
    sites48's GOV.UK one (a design system's idea, at the site's own address)."""
    redesigns = "".join(_reelguide_redesigns())
    for design in DESIGNS:
        assert not re.search(rf"\b{design}\b", redesigns), design
    for word in ("regional edition", "Regional edition", "EDITION =", "edition_url"):
        assert word not in redesigns, word
    for edition in EDITIONS.values():
        assert f"reelguide.example/{edition}/" not in redesigns, edition
        assert f'href="/{edition}/' not in redesigns, edition
    langs = set()
    for module in _reelguide_design_modules():
        found = re.search(r'Chrome\(\s*"([a-zA-Z-]+)"', module)
        assert found, module[:80]
        langs.add(found.group(1))
        assert "regional" not in module.lower()
    assert langs <= {"en-US", "en-GB"}, langs
    govuk = [m for m in _reelguide_design_modules() if re.search(r'Chrome\(\s*"en-GB"', m)]
    assert len(govuk) == 1 and "GOV.UK" in govuk[0]


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
    """Every design draws its facts' markup per page from three, two of them its team's
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
    assert sorted(used) == sorted(NEW_STYLES) == sorted(TELLS) and len(used) == 16


def test_no_earlier_generator_uses_the_new_markups() -> None:
    source = _earlier_source()
    c = Classes("x", random.Random(1))
    for style, tell in TELLS.items():
        assert tell in facts54(c, style, [("Genre", "Drama")]), style
        assert tell not in source, tell
    assert "data-edition-kit=" not in source


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
        out = facts54(c, style, rows)
        assert _pairs(out) == want, style
        assert "Year" not in out, style
        assert values_after(out, "Length") == ["111 mins"], style
    shown = {style: facts54(c, style, rows) for style in NEW_STYLES}
    assert (
        '<span class="fact-strip__label">Length</span> <span class="fact-strip__value">111 mins</span>'
        in shown["uk-fact-strip"]
    )
    assert (
        '<h4 class="gel-pica-bold">Length</h4><p class="gel-body-copy">111 mins</p>'
        in shown["uk-gel-list"]
    )
    assert (
        '<h5 class="info-grid__key">Length</h5><h6 class="info-grid__val">111 mins</h6>'
        in shown["in-info-heads"]
    )
    assert (
        '<td class="tbl-kv__k">Length</td><td>:</td><td class="tbl-kv__v">111 mins</td>'
        in shown["in-colon-table"]
    )
    assert "<figcaption>Length</figcaption><p>111 mins</p>" in shown["au-figcaption"]
    assert (
        '<span class="meta-line__k">Length</span> <span class="meta-line__sep" aria-hidden="true">|</span> 111 mins'
        in shown["au-meta-pipe"]
    )
    assert (
        '<div role="region" aria-labelledby="fs-length"><h3 id="fs-length">Length</h3><p>111 mins</p></div>'
        in shown["ca-labelled-sections"]
    )
    assert (
        '<th scope="row" class="wb-inv-label">Length</th><td class="wb-val">111 mins</td>'
        in shown["ca-wb-table"]
    )
    assert (
        '<div class="col-4 fw-bold">Length</div><div class="col-8">111 mins</div>'
        in shown["ie-bootstrap-rows"]
    )
    assert "<small>Length</small><br><big>111 mins</big>" in shown["ie-small-big"]
    assert "<mark>Length</mark> 111 mins</p>" in shown["nz-mark-lines"]
    assert "<var>Length</var> <samp>111 mins</samp>" in shown["nz-var-samp"]
    assert "<li><em>Length</em> &mdash; 111 mins</li>" in shown["za-em-dash-list"]
    assert (
        '<span class="label-pill">Length</span><span class="flex-facts__value">111 mins</span>'
        in shown["za-label-pill"]
    )
    assert 'Length <span class="float-right">111 mins</span></li>' in shown["sg-float-right"]
    assert (
        '<h6 class="card-subtitle text-muted">Length</h6><p class="card-text">111 mins</p>'
        in shown["sg-card-text"]
    )


def test_labelled_sections_name_their_own_heading() -> None:
    """The Canadian sections are labelled by the heading they hold (aria-labelledby)."""
    found = _own_pages("ca-labelled-sections")
    assert len(found) > 3
    for _design, page, markup in found:
        refs = re.findall(r'<div role="region" aria-labelledby="([^"]+)"><h3 id="([^"]+)">', markup)
        assert refs and all(a == b for a, b in refs), page.url
        assert len(set(refs)) == len(refs), page.url


def test_every_value_sits_after_its_label_in_the_teams_markup() -> None:
    """The value follows its label in document order in every new markup, and is never one
    of the design's labels."""
    for design in DESIGNS:
        for style in IDEAS[design][2]:
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


def test_director_of_photography_and_music_director_are_not_the_director() -> None:
    """'Director of photography' (UK, Singapore) and India's 'Music director' carry a
    director's word; the director is under 'Director' or 'Directed by'."""
    for design, trap, own in (
        ("reelguide_uk", "Director of photography", "Director"),
        ("reelguide_sg", "Director of photography", "Director"),
        ("reelguide_in", "Music director", "Directed by"),
    ):
        assert trap in (label(design, "camera"), label(design, "music"))
        for page in rendered(design, COUNT):
            markup = details(page)
            found = values_after(markup, trap)
            assert len(found) == 1 and found[0] not in page.expected["directors"], page.url
            want = page.expected["directors"]
            assert values_after(markup, own) == ([", ".join(want)] if want else []), page.url


def test_counters_beside_the_votes_are_named_for_what_they_count() -> None:
    words = {
        "reelguide_uk": r"[\d,]+ page views",
        "reelguide_in": r"[\d,]+ views",
        "reelguide_au": r"[\d,]+ views",
        "reelguide_ca": r"[\d,]+ visits",
        "reelguide_ie": r"[\d,]+ reads",
        "reelguide_nz": r"[\d,]+ views",
        "reelguide_za": r"[\d ]+ views",
        "reelguide_sg": r"[\d,]+ views",
    }
    for design, word in words.items():
        for page in rendered(design, 10):
            views = re.search(r'-views-[0-9a-f]{5}">([^<]*)</p>', page.html)
            assert views and re.fullmatch(word, views.group(1)), (design, page.url)


SIGNS = {
    "US$": "USD",
    "CA$": "CAD",
    "A$": "AUD",
    "NZ$": "NZD",
    "S$": "SGD",
    "£": "GBP",
    "€": "EUR",
    "₹": "INR",
    "$": "USD",
}
SCALE = {
    "": 1,
    "m": 10**6,
    " million": 10**6,
    "bn": 10**9,
    " billion": 10**9,
    " crore": 10**7,
    " lakh": 10**5,
}


def read_money(design: str, text: str) -> tuple[int, str]:
    """What a reader of the edition makes of a budget: the mark ('R' on the South African
    edition is the rand), the figure (Indian or western grouping) and the magnitude word."""
    signs = dict(SIGNS)
    if design == "reelguide_za":
        signs["R"] = "ZAR"
    sign = next((x for x in signs if text.startswith(x)), "")
    code, rest = (signs[sign], text[len(sign) :]) if sign else text.split(" ", 1)
    m = re.fullmatch(r"([\d,]+(?:\.\d+)?)(| million|m|bn| billion| crore| lakh)", rest)
    assert m, (design, text)
    amount = Decimal(m.group(1).replace(",", "")) * SCALE[m.group(2)]
    assert amount == int(amount), (design, text)
    return int(amount), code


@pytest.mark.parametrize("design", DESIGNS)
def test_money_reads_back_as_the_record_says(design: str) -> None:
    """Every budget and gross, as the edition prints it, reads back to the record's amount
    and currency; about half are in the edition's own money, the rest in US dollars."""
    site = MODULES[design].SITE
    seen: dict[str, int] = {}
    for page in rendered(design, 80):
        for key in ("budget", "box_office"):
            m = page.expected[key]
            if not m:
                continue
            shown = site.money(Money(int(m["amount"]), m["currency"]))
            assert read_money(design, shown) == (int(m["amount"]), m["currency"]), shown
            assert shown in html.unescape(details(page)), (page.url, shown)
            seen[m["currency"]] = seen.get(m["currency"], 0) + 1
    assert set(seen) == {"USD", LOCAL_MONEY[design]} and min(seen.values()) > 3, (design, seen)


def test_money_formats() -> None:
    assert reelguide_uk.money(Money(3600000, "GBP")) == "£3.6m"
    assert reelguide_uk.money(Money(150000000, "USD")) == "$150m"
    assert reelguide_uk.money(Money(1200000000, "GBP")) == "£1.2bn"
    assert reelguide_in.money(Money(123500000, "INR")) == "₹12.35 crore"
    assert reelguide_in.money(Money(4500000, "INR")) == "₹45 lakh"
    assert reelguide_in.money(Money(120000000, "INR")) == "₹12,00,00,000"
    assert reelguide_in.money(Money(12000000000, "INR")) == "₹1,200 crore"
    assert reelguide_in.money(Money(20000000, "USD")) == "$20 million"
    assert reelguide_au.money(Money(3600000, "AUD")) == "A$3.6 million"
    assert reelguide_au.money(Money(150000000, "USD")) == "US$150 million"
    assert reelguide_ca.money(Money(3600000, "CAD")) == "CA$3.6 million"
    assert reelguide_ca.money(Money(3600000, "USD")) == "US$3.6 million"
    assert reelguide_ie.money(Money(3650000, "EUR")) == "€3.65m"
    assert reelguide_nz.money(Money(3600000, "NZD")) == "NZ$3.6m"
    assert reelguide_za.money(Money(45000000, "ZAR")) == "R45 million"
    assert reelguide_sg.money(Money(1230000000, "SGD")) == "S$1.23 billion"
    assert indian_grouped(123456) == "1,23,456" and indian_grouped(999) == "999"
    assert crore(100000) == "1 lakh" and compact(100000, "m", "bn") == "100,000"
    for design in DESIGNS:
        assert (
            not MODULES[design].money(Money(3600000, LOCAL_MONEY[design])).startswith("$")
            or LOCAL_MONEY[design] == "USD"
        )


def test_formats_say_what_the_record_says() -> None:
    d = date(1995, 10, 7)
    assert (
        reelguide_uk.date_(d, True) == "7 October 1995"
        and reelguide_uk.date_(d, False) == "07/10/1995"
    )
    assert (
        reelguide_in.date_(d, True) == "7 Oct, 1995"
        and reelguide_in.date_(d, False) == "07-10-1995"
    )
    assert reelguide_au.date_(d, True) == "Saturday 7 October 1995"
    assert (
        reelguide_ca.date_(d, False) == "1995-10-07"
        and reelguide_ca.date_(d, True) == "7 October 1995"
    )
    assert (
        reelguide_ie.date_(d, True) == "7th October 1995"
        and ordinal(22) == "22nd"
        and ordinal(12) == "12th"
    )
    assert reelguide_nz.date_(d, True) == "7 Oct 1995"
    assert reelguide_za.date_(d, False) == "1995/10/07"
    assert reelguide_sg.date_(d, True) == "07-Oct-1995"
    assert (
        reelguide_uk.running(111, True) == "111 mins"
        and reelguide_uk.running(111, False) == "1h 51m"
    )
    assert reelguide_in.running(151, True) == "2h 31min"
    assert reelguide_ca.running(111, False) == "1 h 51 min"
    assert (
        reelguide_ie.running(111, True) == "1hr 51mins" and reelguide_ie.running(120, True) == "2hr"
    )
    assert reelguide_nz.running(111, False) == "1 hr 51 min"
    assert reelguide_za.running(111, True) == "1 hr 51 min"
    assert reelguide_sg.running(111, False) == "1h 51mins"
    assert reelguide_in.votes(123456) == "1,23,456 votes" and reelguide_in.votes(1) == "1 vote"
    assert reelguide_za.votes(1234) == "1 234 ratings" and spaced(1234567) == "1 234 567"
    assert reelguide_uk.votes(1234) == "1,234 ratings"


def test_certificates_are_the_local_boards() -> None:
    for design in DESIGNS:
        seen = {p.expected["content_rating"] for p in rendered(design, 80)} - {None}
        assert seen <= set(BOARDS[design]) and len(seen) >= 3, (design, seen)
        assert set(MODULES[design].BOARD.values()) == set(BOARDS[design]), design


def test_dates_are_day_first_or_year_first() -> None:
    """No edition writes a date month first; a day of twelve or less is still the day."""
    d = date(1995, 6, 5)
    for design in DESIGNS:
        site = MODULES[design].SITE
        for long in (True, False):
            shown = site.date(d, long)
            assert not re.match(r"(June|Jun|06)\b", shown), (design, shown)
            assert re.search(r"\b0?5(th)?\b", shown), (design, shown)
        assert {site.date(d, True), site.date(d, False)} & {
            "05/06/1995", "05-06-1995", "1995-06-05", "1995/06/05"
        }, design  # fmt: skip


EXTRA = {d: {k for k, _ in MODULES[d].SITE.extra_rows(None, random.Random(0))} for d in DESIGNS}


def test_prices_are_not_the_money_or_the_dates() -> None:
    for design, head, mark in (
        ("reelguide_uk", "Cinema tickets", "£"),
        ("reelguide_in", "Ticket prices", "₹"),
        ("reelguide_au", "Session times", "A$"),
        ("reelguide_ca", "Showtimes", "CA$"),
        ("reelguide_ie", "Tickets", "€"),
        ("reelguide_nz", "Cinema prices", "NZ$"),
        ("reelguide_za", "Ticket prices", "R"),
        ("reelguide_sg", "Ticket prices", "S$"),
    ):
        site = MODULES[design].SITE
        for page in rendered(design, COUNT):
            e = page.expected
            block = re.search(rf"<h2>{re.escape(head)}</h2>(.*?)</aside>", page.html, re.S)
            assert block and re.search(rf"{re.escape(mark)}\d", block.group(1)), (design, page.url)
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
    """checks.spec_keys_and_source_id, but the page is under its edition's path: the
    source_id is still '<kind>/<slug>' from the canonical path's last two steps."""
    edition = EDITIONS[design]
    for page in rendered(design, COUNT):
        assert tuple(page.expected) == tuple(SPEC_KEYS)
        assert page.design == design
        kind, slug = page.expected["source_id"].split("/")
        assert page.url == f"https://www.reelguide.example/{edition}/{kind}/{slug}"
        assert kind == page.expected["kind"] in ("movie", "show")
        assert (page.expected["seasons"] is not None) == (kind == "show")
        assert f'<link rel="canonical" href="{page.url}">' in page.html
        assert f'href="https://www.reelguide.example/{kind}/{slug}"' not in page.html


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
